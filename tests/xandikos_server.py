"""A throwaway Xandikos CalDAV/CardDAV server on loopback: a second server for the sync tests.

Radicale is the sync tests' server; Xandikos (a test dependency from PyPI, a different
implementation that keeps each collection in a git repository and follows the RFCs strictly)
checks that the sync is not written to one server's habits. It serves one user, without
authentication, so each test starts one of its own (about a second). Same interface as
`radicale_server.Server` where the tests use it: `url`, `password`, `with_password`, `kill`,
`stop`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.helpers.loopback import ServerUnavailable, free_port


@dataclass
class Server:
    folder: Path
    port: int
    process: subprocess.Popen[bytes]
    with_password: bool = False
    password: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def kill(self) -> None:
        """The server gone at once, as a dropped network would leave it."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    if importlib.util.find_spec("xandikos") is None:
        raise ServerUnavailable("Xandikos is not installed (pip install '.[test]')")
    folder = Path(tempfile.mkdtemp(prefix="relnb-xandikos-"))
    port = free_port()
    log = folder / "log"  # a line per request: a pipe nobody reads would fill and stall it
    with open(log, "wb") as written:
        process = _launch(folder, port, written)
    server = Server(folder, port, process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = log.read_text(errors="replace")
            server.stop()
            raise ServerUnavailable(f"Xandikos did not start: {error.strip()[-300:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise ServerUnavailable("Xandikos did not listen within 20 seconds")


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
