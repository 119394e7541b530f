"""A throwaway Xandikos CalDAV/CardDAV server on loopback: a second server for the sync tests.

Radicale is the sync tests' server; Xandikos (a test dependency from PyPI, a different
implementation that keeps each collection in a git repository and follows the RFCs strictly)
checks that the sync is not written to one server's habits. It serves one user, without
authentication, so each test starts one of its own (about a second). Same interface as
`radicale_server.Server` where the tests use it: `url`, `password`, `with_password`, `kill`,
`stop`.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.helpers.loopback import ServerProcess, ServerUnavailable, free_port


@dataclass
class Server(ServerProcess):
    with_password: bool = False
    password: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


def start() -> Server:
    if importlib.util.find_spec("xandikos") is None:
        raise ServerUnavailable("Xandikos is not installed (pip install '.[test]')")
    folder = Path(tempfile.mkdtemp(prefix="relnb-xandikos-"))
    port = free_port()
    log = folder / "log"  # a line per request: a pipe nobody reads would fill and stall it
    with open(log, "wb") as written:
        process = _launch(folder, port, written)
    server = Server(folder, port, process)
    server.wait_listening("Xandikos", 20, lambda: log.read_text(errors="replace"))
    return server


def _launch(folder: Path, port: int, log: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "xandikos",
            "serve",
            "--directory",
            str(folder / "collections"),
            "--defaults",  # a principal with a calendar and an address book, as on a phone's server
            "--listen-address",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-detect-systemd",
        ],  # fmt: skip
        # Its own state (keys, certificates) under the folder, never the user's data dir.
        env={**os.environ, "XDG_DATA_HOME": str(folder / "state")},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
