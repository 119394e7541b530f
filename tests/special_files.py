"""Special files for the tests of code that must not read them: a named pipe nobody writes to
(opening it for reading waits for a writer for ever) and a Unix socket.

A test that regresses must fail, not hang the suite: while the pipe exists, a watchdog opens its
write end whenever a reader is waiting on it and closes it again, so that reader sees an empty
file instead of waiting for ever.
"""

from __future__ import annotations

import errno
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@contextmanager
def named_pipe(path: Path, *, patience: float = 3.0) -> Iterator[Path]:
    """A FIFO at `path` nobody writes to; a reader still waiting after `patience` seconds is
    given an empty file."""
    os.mkfifo(path)
    with unblocking_readers(path, patience=patience):
        yield path


@contextmanager
def unblocking_readers(path: Path | None, *, patience: float = 3.0) -> Iterator[None]:
    """While in the block, a reader still waiting on the named pipe `path` after `patience`
    seconds is given an empty file (nothing to do for None)."""
    if path is None:
        yield
        return
    done = threading.Event()

    def unblock_readers() -> None:
        while not done.wait(patience):
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError as exc:  # ENXIO: nobody is reading, which is what we hope
                if exc.errno != errno.ENXIO:
                    raise

    watchdog = threading.Thread(target=unblock_readers, daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        done.set()
        watchdog.join()


@contextmanager
def unix_socket(path: Path) -> Iterator[Path]:
    """A listening Unix socket at `path` (a file opening it for reading fails with ENXIO)."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        server.listen(1)
        yield path
    finally:
        server.close()
