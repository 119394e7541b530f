"""Shared fixtures: every test gets its own notebook, and no test can reach the real data dir."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from relnotebook.core.demo.writer import write_demo  # noqa: E402
from relnotebook.store import Notebook  # noqa: E402
from tests import pg_server  # noqa: E402
from tests.helpers.empty import new_notebook_file  # noqa: E402

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """platformdirs reads these: point them at a temporary home for every test."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    return home


@pytest.fixture
def notebook_path(tmp_path: Path) -> Path:
    return tmp_path / "test-notebook.sqlite"


ON_SERVER = os.environ.get("RELNB_STORE", "sqlite") == "postgresql"


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_server.Server]:
    """A PostgreSQL server for this test run, or a skip saying why there is none."""
    try:
        server = pg_server.start()
    except pg_server.ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield server
    server.stop()


@pytest.fixture
def server_notebook(postgres: pg_server.Server) -> Iterator[Notebook]:
    """An empty notebook in a database of its own on the test server."""
    name = postgres.fresh_database()
    nb = Notebook.open(postgres.url(name))
    yield nb
    nb.close()
    postgres.drop(name)


@pytest.fixture
def guarded(postgres):
    """A database on the test server whose user `anne` must give the password `croatie`."""
    hba = postgres.folder / "data" / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text("host all anne 127.0.0.1/32 scram-sha-256\n" + before)
    postgres.sql("CREATE ROLE anne LOGIN PASSWORD 'croatie'")
    postgres.sql("CREATE DATABASE relnb_guarded OWNER anne")
    postgres.sql("SELECT pg_reload_conf()")
    yield f"postgresql://anne@127.0.0.1:{postgres.port}/relnb_guarded"
    hba.write_text(before)
    postgres.sql("SELECT pg_reload_conf()")
    postgres.drop("relnb_guarded")
    postgres.sql("DROP ROLE anne")


@pytest.fixture
def notebook(request: pytest.FixtureRequest, notebook_path: Path) -> Iterator[Notebook]:
    """An empty notebook: an SQLite file, or with RELNB_STORE=postgresql a server database."""
    if ON_SERVER:
        yield request.getfixturevalue("server_notebook")
        return
    nb = Notebook.open(new_notebook_file(notebook_path))  # an empty one, migrated once
    yield nb
    nb.close()


@pytest.fixture
def demo_notebook(request: pytest.FixtureRequest, notebook_path: Path) -> Iterator[Notebook]:
    """The sample notebook written on TODAY: a copy of one written once per session (the demo
    writer takes a quarter of a second), or written anew on a server."""
    if ON_SERVER:
        nb = request.getfixturevalue("server_notebook")
        write_demo(nb, today=TODAY)
        yield nb
        return
    shutil.copyfile(request.getfixturevalue("_demo_template"), notebook_path)
    notebook_path.chmod(0o600)
    nb = Notebook.open(notebook_path)
    yield nb
    nb.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = new_notebook_file(tmp_path_factory.mktemp("template") / "demo.sqlite")
    nb = Notebook.open(path)
    write_demo(nb, today=TODAY)
    nb.close()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: the file alone is the notebook
    return path


# A test that asks for none of these (and is not marked `on_store`) never reaches the server: the
# PostgreSQL pass leaves it out instead of running the same SQLite or pure-domain test again.
_STORE_FIXTURES = frozenset({"notebook", "demo_notebook", "server_notebook", "postgres", "guarded"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_SERVER:
        return
    elsewhere = [
        i
        for i in items
        if not _STORE_FIXTURES & set(getattr(i, "fixturenames", ()))
        and not i.get_closest_marker("on_store")
    ]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        items[:] = [i for i in items if i not in set(elsewhere)]
    reason = pytest.mark.skip(
        reason="needs the notebook as an SQLite file (its path, FTS5, scrub, backups): "
        "not built for PostgreSQL yet"
    )
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(reason)


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process without the interpreter's final garbage collection.

    After some runs of the single-instance tests (QLocalServer, QLockFile), PySide6 frees a
    leftover wrapper during interpreter shutdown, after Qt itself, and the process aborts
    ("bool_dealloc") once every test has passed. The app is not affected: it quits through
    QApplication.exec() with its windows closed (checked by hand); only the test process is.
    """
    if "PySide6.QtCore" in sys.modules and _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
