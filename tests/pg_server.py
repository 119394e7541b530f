"""A throwaway PostgreSQL server for the tests, started from Debian's packages on loopback.

`RELNB_STORE=postgresql pytest …` runs the store and domain tests against it: each test gets a
fresh database copied from a template that was migrated once (a `CREATE DATABASE … TEMPLATE`
takes ~50 ms; migrating from nothing takes ~1.7 s). When no server can be started (no
`postgresql` package, no `runuser` as root) the tests that need one are skipped with the reason,
so a developer without PostgreSQL still runs the rest.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.loopback import ServerUnavailable, free_port

TEMPLATE = "relnb_template"
_counter = itertools.count(1)


def _binaries() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerUnavailable("PostgreSQL is not installed (apt-get install postgresql)")


@dataclass
class Server:
    folder: Path
    port: int
    binaries: Path
    as_postgres: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        ) as connection:
            connection.execute(statement)

    def fresh_database(self) -> str:
        """The name of a new database holding an empty, migrated notebook."""
        name = f"relnb_test_{os.getpid()}_{next(_counter)}"
        # From PostgreSQL 15 a template is copied through the write-ahead log unless told
        # otherwise; with fsync off (-F) a file copy takes a third of the time, once per test.
        version = self.binaries.parent.name  # /usr/lib/postgresql/<version>/bin
        strategy = " STRATEGY FILE_COPY" if version.isdigit() and int(version) >= 15 else ""
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE}{strategy}')
        return name

    def drop(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(
            [
                *self.as_postgres,
                str(self.binaries / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """initdb + pg_ctl start in a temporary folder (about a second), then the template."""
    binaries = _binaries()
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ServerUnavailable("psycopg is not installed (pip install '.[postgresql]')") from exc
    folder = Path(tempfile.mkdtemp(prefix="relnb-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        if not shutil.which("runuser"):
            raise ServerUnavailable("running as root without runuser to become postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    port = free_port()
    steps = [
        [
            str(binaries / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        [
            str(binaries / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "log"),
            "-w",
            "-o",
            f"-k {folder} -p {port} -h 127.0.0.1 -F",
            "start",
        ],
    ]
    for step in steps:
        done = subprocess.run([*as_postgres, *step], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise ServerUnavailable(f"{Path(step[0]).name} failed: {done.stderr.strip()[-300:]}")
    server = Server(folder, port, binaries, as_postgres)
    try:
        _make_template(server)
    except Exception:
        server.stop()
        raise
    return server


def _make_template(server: Server) -> None:
    from relnotebook.store import Notebook

    server.sql(f"CREATE DATABASE {TEMPLATE}")
    Notebook.open(server.url(TEMPLATE)).close()
