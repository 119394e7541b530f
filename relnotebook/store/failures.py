"""Writes the disk (or the notebook's server) refused, told in one sentence the user can act on.

A full disk or a read-only folder reaches the app as a driver error ("database or disk is full",
"attempt to write a readonly database"). The transaction was rolled back, so nothing was
written; the user needs to know that, and what to do. The SQLite wording is known only here.
"""

from __future__ import annotations

import errno
import sqlite3

from relnotebook.errors import Sentence, ValidationError

DISK_FULL = Sentence("The disk is full: nothing was saved; free some space and try again.")
READ_ONLY = Sentence(
    "The notebook cannot be written (its file or folder is read-only, or the drive was "
    "unplugged): nothing was saved; make it writable and try again."
)
DISK_ERROR = Sentence(
    "The disk reported an error while saving: nothing was saved; check that the drive is "
    "connected and try again."
)
BUSY = Sentence(
    "Another program is using the notebook file right now: nothing was saved; try again in a "
    "moment."
)

SERVER_GONE = Sentence(
    "The notebook's server cannot be reached: nothing was saved, and what you typed is still "
    "here. Try again once the network or the server is back."
)

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 5, 6, 8, 10, 13
_BY_CODE = {
    _SQLITE_FULL: DISK_FULL,
    _SQLITE_READONLY: READ_ONLY,
    _SQLITE_IOERR: DISK_ERROR,
    _SQLITE_BUSY: BUSY,
    _SQLITE_LOCKED: BUSY,
}
_BY_TEXT = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk i/o error", DISK_ERROR),
    ("database is locked", BUSY),
)
_BY_ERRNO = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: DISK_ERROR,
}


class WriteFailedError(ValidationError):
    """A change the disk refused; nothing of it was written. `message` says what to do."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__("notebook", sentence.template, **sentence.params)


def describe_write_failure(exc: BaseException) -> Sentence | None:
    """A sentence for a write refused by the disk, or None for any other error (a bug, say).

    Follows the exception chain, so SQLAlchemy's wrapper and the driver's own error both work.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        sentence = _describe_one(current)
        if sentence is not None:
            return sentence
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _describe_one(exc: BaseException) -> Sentence | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
            return _BY_CODE[code & 0xFF]
        text = str(exc).casefold()
        return next((sentence for words, sentence in _BY_TEXT if words in text), None)
    if isinstance(exc, OSError) and exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    if _lost_server(exc):
        return SERVER_GONE
    return None


def _lost_server(exc: BaseException) -> bool:
    """PostgreSQL's driver reports a connection that failed or broke as its OperationalError
    (a refused statement is another class); SQLAlchemy marks a connection it had to drop."""
    if getattr(exc, "connection_invalidated", False):
        return True
    kind = type(exc)
    return kind.__module__.startswith("psycopg") and kind.__name__ == "OperationalError"
