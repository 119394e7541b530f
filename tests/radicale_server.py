"""A throwaway Radicale CalDAV/CardDAV server on loopback for the sync tests.

Radicale (a test dependency from PyPI) runs as its own process, from the same Python as the
tests, on a free port of 127.0.0.1, with its storage in a temporary folder: either without
authentication (any user name is taken as given) or with an htpasswd file (plain passwords).
`ServerUnavailable` says why it could not be started, for the tests to skip with.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.loopback import ServerProcess, ServerUnavailable, free_port, stderr_of

USER = "anne"
PASSWORD = "croatie-2026"


@dataclass
class Server(ServerProcess):
    with_password: bool = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def password(self) -> str | None:
        return PASSWORD if self.with_password else None


def start(*, with_password: bool = False) -> Server:
    if importlib.util.find_spec("radicale") is None:
        raise ServerUnavailable("Radicale is not installed (pip install '.[test]')")
    folder = Path(tempfile.mkdtemp(prefix="relnb-dav-"))
    port = free_port()
    auth = ["--auth-type", "none"]
    if with_password:
        # One user per test that wants an address book of its own: anne, anne1 … anne199.
        users = [USER, *(f"{USER}{n}" for n in range(1, 200))]
        (folder / "users").write_text("".join(f"{user}:{PASSWORD}\n" for user in users))
        auth = [
            "--auth-type", "htpasswd",
            "--auth-htpasswd-filename", str(folder / "users"),
            "--auth-htpasswd-encryption", "plain",
            # Radicale waits a second before each 401, and a client's first request of a
            # session goes without the password: two to three seconds a test, for nothing.
            "--auth-delay", "0",
        ]  # fmt: skip
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(folder / "collections"),
            "--rights-type",
            "owner_only",
            "--logging-level",
            "warning",
            *auth,
        ],  # fmt: skip
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    server = Server(folder, port, process, with_password)
    server.wait_listening("Radicale", 20, lambda: stderr_of(process))
    return server
