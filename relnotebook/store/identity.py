"""Ids after rows were inserted with their own (a notebook JSON load, a copy between stores).

SQLite hands out the next id after the largest one in the table, so nothing is needed there.
A PostgreSQL sequence does not see explicit ids: without catching up, the next new person would
take an id the copy already used, and the insert would fail. Only the store knows this.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Integer, Table, func, select
from sqlalchemy.engine import Connection


def catch_up_ids(connection: Connection, tables: Sequence[Table]) -> None:
    """Move each table's id sequence past the largest id now in it (PostgreSQL only)."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        key = keys[0]
        sequence = func.pg_get_serial_sequence(table.name, key.name)
        following = select(func.coalesce(func.max(key), 0) + 1).scalar_subquery()
        # setval(NULL, …) is NULL: a key that is not a serial column is left alone.
        connection.execute(select(func.setval(sequence, following, False)))
