"""Leave no readable trace of deleted rows in the notebook's files: the store's part of erasure.

Deleting a row only unlinks it: its text stays in free pages, in the write-ahead log and in the
full-text index's older segments until something overwrites them. An erased person must not be
readable there with a hex editor, so after the delete:

- `secure_delete` (on for every connection, see `notebook._on_connect`) has already overwritten
  the freed space with zeros;
- the full-text index, if the notebook has one, is merged into one segment, which drops the
  erased entries from the index itself;
- the write-ahead log is folded into the file and truncated to nothing;
- VACUUM rewrites the file without free pages, then the log is truncated again.

On PostgreSQL a deleted row stays in its table's pages until they are rewritten: VACUUM FULL
rewrites every table of the notebook. The server's own write-ahead log, replicas and backups
are its administrator's, out of the app's reach (the erase dialog does not claim otherwise).

The app's own copies of a notebook (its backups, copies set aside) are SQLite files whatever the
store: `rewrite_copy` applies the same erasure to one of them as a notebook of its own.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import SQLModel

from relnotebook.errors import (
    DamagedNotebookError,
    NotANotebookError,
    NotebookAccessError,
    NotebookError,
    StorageError,
)
from relnotebook.store import schema
from relnotebook.store.backup import (
    BackupError,
    backup_file,
    install_copy,
    new_copy_file,
    quick_check,
    read_file,
    remove_backup,
)
from relnotebook.store.inspection import inspect_file
from relnotebook.store.notebook import Notebook, downgrade_file

SEARCH_INDEX = "search_index"
# VACUUM FULL waits for the other computers' transactions on a table: a few seconds at most,
# else the scrub is reported as incomplete rather than leaving the app waiting.
SERVER_LOCK_TIMEOUT = "10s"


def _fts5_table_exists(cursor: Any, name: str) -> bool:
    row = cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None and "fts5" in (row[0] or "").lower()


def _checkpoint(cursor: Any) -> bool:
    """Fold the log into the file and empty it; False when a reader kept it from finishing."""
    busy: int = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return busy == 0


def scrub(notebook: Notebook) -> bool:
    """Overwrite what deleted rows left behind; True when the log could be emptied too.

    Runs outside any transaction (VACUUM cannot run inside one), on a connection of its own;
    call it after the deleting unit of work has committed and while no other reading is going
    on (the app reads on the UI thread, so between two user actions).
    """
    if notebook.engine.dialect.name != "sqlite":
        return _scrub_server(notebook)
    raw = notebook.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # a connection just checked out of the pool
        cursor = driver.cursor()
        try:
            cursor.execute("PRAGMA secure_delete = ON")
            # VACUUM copies the whole notebook aside while it works: in memory, not in a
            # temporary file that would keep the data on disk after being deleted.
            cursor.execute("PRAGMA temp_store = MEMORY")
            if _fts5_table_exists(cursor, SEARCH_INDEX):
                cursor.execute(
                    f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES('optimize')"  # noqa: S608
                )
            _checkpoint(cursor)
            cursor.execute("VACUUM")
            return _checkpoint(cursor)
        finally:
            with contextlib.suppress(Exception):
                cursor.execute("PRAGMA temp_store = DEFAULT")
            cursor.close()
    finally:
        raw.close()


def _scrub_server(notebook: Notebook) -> bool:
    """Rewrite every table of the notebook (and its search index) without the dead rows;
    False when another session kept one of them locked for too long."""
    with notebook.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        present = set(inspect(connection).get_table_names())
        tables = [table.name for table in SQLModel.metadata.sorted_tables]
        connection.execute(text(f"SET lock_timeout = '{SERVER_LOCK_TIMEOUT}'"))
        try:
            for name in [*tables, SEARCH_INDEX]:
                if name in present:
                    connection.execute(text(f'VACUUM FULL "{name}"'))
        except OperationalError:
            return False
    return True


def holds_people(path: Path, person_ids: Iterable[int]) -> bool:
    """Whether the notebook copy at `path` has a row for any of these people; read-only, and
    nothing is left beside the file. Raises a `NotebookError` saying why when it is no notebook
    this version can read (damaged, from a newer version, another program's file)."""
    wanted = sorted(set(person_ids))
    if not wanted or inspect_file(path).is_new:
        return False

    def look(connection: sqlite3.Connection) -> bool:
        marks = ", ".join("?" for _ in wanted)
        query = f"SELECT count(*) FROM person WHERE id IN ({marks})"  # noqa: S608
        return bool(connection.execute(query, wanted).fetchone()[0])

    try:
        return read_file(path, look)
    except sqlite3.DatabaseError as exc:
        raise DamagedNotebookError(
            path, "{path} looks damaged and cannot be read ({exc}).", exc=exc
        ) from exc


def _self_contained(path: Path, *, compact: bool = False) -> None:
    """Fold the file's -wal (or roll back its -journal) into it and leave nothing beside it;
    `compact` rewrites it without free pages too (its deleted rows were zeroed already)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA temp_store = MEMORY")  # no temporary file holds a copy
        connection.execute("PRAGMA journal_mode = DELETE")
        if compact:
            connection.execute("VACUUM")


def _reason(exc: BaseException) -> object:
    """What went wrong, for a sentence: the system's words for a file error."""
    cause = exc.__cause__ if isinstance(exc, BackupError) and exc.__cause__ else exc
    if isinstance(cause, OSError):
        return cause.strerror or cause
    return cause  # an error with a sentence is shown as that sentence


def rewrite_copy(path: Path, change: Callable[[Notebook], int]) -> int:
    """Apply `change` to the notebook copy at `path` (a backup, a copy set aside) and put the
    result in its place, scrubbed; returns what `change` returned (0 leaves the file as it was).

    The work is done on a temporary copy beside it, checked, then renamed over it: the file is
    the old copy or the new one, never half-written. A copy written by an earlier version is
    upgraded for `change`, then taken back to its version, which can still open it. Raises a
    `NotebookError` saying why when the copy is damaged, from a newer version, read-only, or
    cannot be rewritten; it is then left as it was.
    """
    path = Path(path)
    revision = inspect_file(path).revision
    if revision is None:
        raise NotANotebookError(path, "{path} is empty: it is not a notebook.")
    problems = quick_check(path)
    if problems:
        raise DamagedNotebookError(
            path, "{path} is damaged (SQLite reports: {detail}).", detail=problems[0]
        )
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise NotebookAccessError(path, "{path} is read-only, so it could not be rewritten.")
    temporary = new_copy_file(path)
    installed = False
    try:
        _self_contained(path)  # its -wal, if any, must not outlive it
        backup_file(path, temporary)
        copy = Notebook.open(temporary, copy_before_upgrade=False)
        try:
            changed = change(copy)
            if changed:
                scrub(copy)
        finally:
            copy.close()
        if not changed:
            return 0
        older = revision != schema.head()
        if older:
            downgrade_file(temporary, revision)
        _self_contained(temporary, compact=older)  # `scrub` compacted it at this version
        problems = quick_check(temporary)
        if problems or inspect_file(temporary).revision != revision:
            raise DamagedNotebookError(
                path,
                "The rewritten copy of {path} failed its check ({detail}).",
                detail=problems[0] if problems else revision,
            )
        install_copy(temporary, path)
        installed = True
        return changed
    except (NotebookError, StorageError, OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise NotebookAccessError(
            path,
            "{path} could not be rewritten and was left as it was: {reason}",
            reason=_reason(exc),
        ) from exc
    finally:
        if not installed:
            remove_backup(temporary)
