"""Permission problems told as such: never as damage, so they never lead to a recovery.

SQLite reports a folder it may not write in, or a `-shm` file another user left beside the
notebook (`sudo relnotebook …`), with the same kind of error as a damaged file unless its result
code is read: "attempt to write a readonly database", "unable to open database file". A healthy
notebook must not be called damaged for that, nor set aside for a backup. This module tells the
two apart and names what the user can fix: the folder, or the file beside the notebook.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from relnotebook.errors import NotebookAccessError

# The files SQLite keeps beside a notebook while it is open (or after a crash).
COMPANIONS = ("-wal", "-shm")

# SQLite primary result codes (the low byte of an extended code) meaning "not allowed here":
# SQLITE_PERM, SQLITE_READONLY (and its _DIRECTORY, _CANTINIT… variants), SQLITE_CANTOPEN,
# SQLITE_AUTH. Damage is SQLITE_CORRUPT or SQLITE_NOTADB, and stays damage.
_REFUSED = frozenset({3, 8, 14, 23})


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def refused(exc: BaseException) -> bool:
    """True when SQLite (or SQLAlchemy wrapping it) was refused access, rather than finding
    the file damaged."""
    error = getattr(exc, "orig", exc)
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlite3.Error) and isinstance(code, int) and code & 0xFF in _REFUSED


def _usable(path: Path) -> bool:
    return os.access(path, os.R_OK | os.W_OK)


def folder_error(path: Path) -> NotebookAccessError:
    return NotebookAccessError(
        path,
        "Cannot write in the folder {folder}: it is read-only for you, and {path} needs a "
        "folder it can write in (SQLite keeps its journal beside the notebook). This is a "
        "permission problem, not damage; the notebook was not changed.",
        folder=path.parent,
    )


def access_error(path: Path, exc: BaseException) -> NotebookAccessError:
    """The sentence for a notebook SQLite was refused access to (`refused(exc)`): the file
    beside it that the user cannot use, the folder the user cannot write in, or the file."""
    for suffix in COMPANIONS:
        beside = companion(path, suffix)
        if beside.exists() and not _usable(beside):
            return NotebookAccessError(
                path,
                "{path} cannot be opened: the file {file} beside it cannot be read or written "
                "by you (running the app as another user, with sudo for instance, leaves such "
                "a file). This is a permission problem, not damage: make the file yours "
                "again, then try again. The notebook was not changed.",
                file=beside.name,
            )
    if not os.access(path.parent, os.W_OK):
        return folder_error(path)
    if not os.access(path, os.R_OK):
        return NotebookAccessError(path, "{path} cannot be read: permission denied.")
    reason = getattr(exc, "orig", exc)
    return NotebookAccessError(
        path,
        "{path} cannot be opened: SQLite was not allowed to read or lock it ({reason}). This "
        "is a permission problem, not damage; the notebook was not changed.",
        reason=reason,
    )
