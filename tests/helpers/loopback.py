"""What the test servers (PostgreSQL, Dovecot, Radicale, Xandikos) share: a free loopback port
to listen on, the error saying why a server could not start (for the tests to skip with), and
for those run as a process of their own, stopping it and waiting until it listens."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """The server could not be started here; the message says why."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ServerProcess:
    """A server started in a session of its own, its files in `folder`."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        """The server gone at once, as a crash or a dropped network would leave it."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def wait_listening(self, name: str, seconds: int, why: Callable[[], str]) -> None:
        """Return once the server accepts connections; else stop it and raise
        `ServerUnavailable` with `why()` (what it said before it ended) or the time waited."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = why()
                self.stop()
                raise ServerUnavailable(f"{name} did not start: {said.strip()[-300:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServerUnavailable(f"{name} did not listen within {seconds} seconds")


def stderr_of(process: subprocess.Popen[bytes]) -> str:
    """What a process that ended wrote on the pipe of its standard error."""
    return process.stderr.read().decode(errors="replace") if process.stderr else ""
