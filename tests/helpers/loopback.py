"""What the test servers (PostgreSQL, Dovecot, Radicale) share: a free loopback port to listen
on, and the error saying why a server could not start, for the tests to skip with."""

from __future__ import annotations

import socket


class ServerUnavailable(RuntimeError):
    """The server could not be started here; the message says why."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
