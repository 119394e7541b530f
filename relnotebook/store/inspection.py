"""Looking at a notebook file without writing to it: is it ours, which version, is it sound?

Opening a notebook is the riskiest moment in the app's life, so it starts here, read-only (see
`notebook.py`): a file that is not SQLite, another application's database, one from a newer
version or a damaged one is refused with a sentence, and nothing beside it is created.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relnotebook.errors import (
    DamagedNotebookError,
    NewerNotebookError,
    NotANotebookError,
    NotebookAccessError,
    SpecialFileError,
)
from relnotebook.files import open_regular_file
from relnotebook.store import schema
from relnotebook.store.access import access_error, refused
from relnotebook.store.backup import (
    quick_check,
    read_file,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the file as ours ("RNbk"), so other tools can tell what it is.
APPLICATION_ID = 0x524E626B


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a notebook file found."""

    revision: str | None  # None: a new, empty file
    application_id: int

    @property
    def is_new(self) -> bool:
        return self.revision is None


@dataclass(frozen=True)
class CheckReport:
    """The result of `check_notebook`: what the command line prints and the GUI shows."""

    path: Path
    revision: str
    head: str
    integrity: str  # "ok" or SQLite's own description of the damage
    people: int = 0
    events: int = 0

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def inspect_file(path: Path) -> FileState:
    """Decide, without writing, whether `path` is a notebook we can open.

    Raises a `NotebookError` subclass with a sentence for the user when it is not.
    """
    try:
        with open_regular_file(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise NotebookAccessError(path, "{path} cannot be read: permission denied.") from exc
    except SpecialFileError as exc:  # a named pipe would make us wait for ever
        if exc.is_folder:
            raise NotANotebookError(path, "{path} is a folder, not a notebook file.") from exc
        raise NotANotebookError(
            path, "{path} is {kind}, not a notebook file.", kind=exc.kind
        ) from exc
    if size == 0:
        return FileState(revision=None, application_id=0)
    if header != SQLITE_HEADER:
        raise NotANotebookError(path, "{path} is not a Relationship Notebook file.")

    def look(conn: sqlite3.Connection) -> tuple[int, set[str], str | None]:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return app_id, tables, revision

    try:
        # read_file leaves no -wal/-shm behind: a refused file stays exactly as it was.
        app_id, tables, revision = read_file(path, look)
    except sqlite3.DatabaseError as exc:
        if refused(exc):
            raise access_error(path, exc) from exc
        raise DamagedNotebookError(
            path, "{path} looks damaged and cannot be read ({exc}).", exc=exc
        ) from exc
    if app_id not in (0, APPLICATION_ID):
        raise NotANotebookError(
            path, "{path} is a database of another application, not a notebook."
        )
    if revision is None:
        if tables:
            raise NotANotebookError(
                path, "{path} is a database of another application, not a notebook."
            )
        return FileState(revision=None, application_id=app_id)
    if app_id != APPLICATION_ID:
        # Every notebook carries our application_id from its first migration on; another
        # program's Alembic-managed database does not.
        raise NotANotebookError(
            path, "{path} is a database of another application, not a notebook."
        )
    if revision not in schema.known_revisions():
        raise NewerNotebookError(
            path,
            "{path} was written by a newer version of Relationship Notebook. Update the app"
            " to open it; the file was left untouched.",
        )
    return FileState(revision=revision, application_id=app_id)


def check_notebook(path: Path) -> CheckReport:
    """Integrity and version check for `relnotebook check`; never writes to the file, nor
    beside it (so it works in a folder the user cannot write in)."""
    path = Path(path)
    if not path.exists():
        raise NotebookAccessError(path, "{path} does not exist.")
    state = inspect_file(path)
    if state.is_new:
        raise NotANotebookError(path, "{path} is empty: it is not a notebook yet.")

    def check(conn: sqlite3.Connection) -> tuple[list[Any], list[int]]:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        counts = [
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("person", "event")
        ]
        return rows, counts

    try:
        rows, counts = read_file(path, check)
    except sqlite3.DatabaseError as exc:
        if refused(exc):
            raise access_error(path, exc) from exc
        raise DamagedNotebookError(path, "{path} is damaged ({exc}).", exc=exc) from exc
    integrity = "; ".join(str(row[0]) for row in rows[:5])
    if integrity != "ok":
        raise DamagedNotebookError(path, "{path} is damaged: {integrity}", integrity=integrity)
    assert state.revision is not None
    return CheckReport(
        path=path,
        revision=state.revision,
        head=schema.head(),
        integrity="ok",
        people=counts[0],
        events=counts[1],
    )


def check_sound(path: Path) -> None:
    """The start-up check: SQLite's quick_check, read-only, leaving no file behind.

    Raises `DamagedNotebookError` with a sentence for the user when it finds damage.
    """
    problems = quick_check(path)
    if problems:
        detail = problems[0] if len(problems[0]) <= 160 else problems[0][:157] + "…"
        raise DamagedNotebookError(
            path,
            "{path} is damaged (SQLite reports: {detail}) and was not opened. The file was "
            "left exactly as it is; restore a backup to carry on.",
            detail=detail,
        )
