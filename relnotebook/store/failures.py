"""Reads and writes the database failed, told in one sentence the user can act on.

A full disk or a read-only folder reaches the app as a driver error ("database or disk is full",
"attempt to write a readonly database"), a damaged page as another ("database disk image is
malformed"). The transaction was rolled back, so nothing was written; the user needs to know
that, and what to do. The store raises these as `StorageError` (`storage_error`), so nothing
above it catches the driver's errors or shows its words. The SQLite wording is known only here.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

from relnotebook.errors import Sentence, StorageError, ValidationError

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

# Why a read failed, in words (the driver's own words are shown only for what is not here).
DAMAGED = Sentence("the file is damaged")
NOT_A_DATABASE = Sentence("the file is no longer a database")
DISK_FAILED = Sentence("the disk reported an error")
NO_ROOM = Sentence("the disk is full")
IN_USE = Sentence("another program is using it")
NO_ACCESS = Sentence("it may not be read here")
NO_SERVER = Sentence("the server cannot be reached")

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_AUTH, _SQLITE_NOTADB = 23, 26
_BY_CODE = {
    _SQLITE_FULL: DISK_FULL,
    _SQLITE_READONLY: READ_ONLY,
    _SQLITE_IOERR: DISK_ERROR,
    _SQLITE_BUSY: BUSY,
    _SQLITE_LOCKED: BUSY,
}
_REASON_BY_CODE = {
    _SQLITE_CORRUPT: DAMAGED,
    _SQLITE_NOTADB: NOT_A_DATABASE,
    _SQLITE_IOERR: DISK_FAILED,
    _SQLITE_FULL: NO_ROOM,
    _SQLITE_BUSY: IN_USE,
    _SQLITE_LOCKED: IN_USE,
    _SQLITE_PERM: NO_ACCESS,
    _SQLITE_READONLY: NO_ACCESS,
    _SQLITE_CANTOPEN: NO_ACCESS,
    _SQLITE_AUTH: NO_ACCESS,
}
_DAMAGE = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})
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


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error and the ones under it: SQLAlchemy's wrapper, then the driver's own error."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__


def describe_write_failure(exc: BaseException) -> Sentence | None:
    """A sentence for a write refused by the disk, or None for any other error (a bug, say).

    Follows the exception chain, so a `StorageError`, SQLAlchemy's wrapper and the driver's
    own error all work.
    """
    return next((s for error in _chain(exc) if (s := _describe_one(error)) is not None), None)


def _sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of the driver's error under `exc`, if it is one."""
    for error in _chain(exc):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(error, sqlite3.Error) and isinstance(code, int):
            return code & 0xFF
    return None


def _reason(exc: BaseException) -> Sentence | str:
    """Why reading or writing failed: in words when known, else the driver's first line."""
    code = _sqlite_code(exc)
    if code in _REASON_BY_CODE:
        return _REASON_BY_CODE[code]
    errors = list(_chain(exc))
    if any(_lost_server(error) for error in errors):
        return NO_SERVER
    words = str(errors[-1]).strip().splitlines()
    return words[0] if words else type(errors[-1]).__name__


def storage_error(name: str, exc: BaseException, *, writing: bool, on_server: bool) -> StorageError:
    """The core's error for the driver's error `exc`, met while reading (or, with `writing`,
    in a transaction that writes) the notebook called `name` (`Notebook.name`)."""
    if writing and (sentence := describe_write_failure(exc)) is not None:
        return StorageError(sentence.template, **sentence.params)
    reason = _reason(exc)
    if writing and _sqlite_code(exc) not in _DAMAGE:
        return StorageError(
            "{name} could not be written ({reason}); nothing was saved.", name=name, reason=reason
        )
    if on_server:
        return StorageError("{name} could not be read ({reason}).", name=name, reason=reason)
    return StorageError(
        "{name} could not be read ({reason}); run `relnotebook check` on it.",
        name=name,
        reason=reason,
    )


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
