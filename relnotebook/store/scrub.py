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
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

from relnotebook.store.notebook import Notebook

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
    busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
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
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
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


def older_copies(notebook: Notebook) -> list[Path]:
    """Copies made before upgrades (`notebook.sqlite.before-upgrade-…`): they still hold what
    was erased since, and only the user can decide to delete them."""
    path = Path(notebook.path)
    return sorted(path.parent.glob(f"{path.name}.before-upgrade-*"))
