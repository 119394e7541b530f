"""Writing many rows at once: the benchmarks' generator, and any caller with thousands of rows.

Rows go in as one multi-row statement per batch (`insert_rows`), without building a model object
per row. On SQLite the search index is the costly part: its triggers add one index row per source
row as it is written, in the order written, which costs a fifth of a millisecond a row in a large
index. Inside `search_index_deferred` the insert triggers are set aside and the rows written are
indexed once at the end, sorted by index rowid — five times faster — with the triggers' own
statements, so that what is indexed cannot differ from what the triggers would have indexed. It
all happens in the caller's transaction: a failure rolls the triggers back in place too.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlmodel import Session

BATCH = 10_000  # rows per statement

# The one statement shape migration 0007 writes in each insert trigger's body.
_TRIGGER = re.compile(
    r"^CREATE TRIGGER (?P<name>search_index_(?P<table>\w+)_insert) AFTER INSERT ON (?P=table) "
    r"BEGIN (?P<body>.*)END$",
    re.DOTALL,
)
_STATEMENT = re.compile(
    r"^INSERT INTO search_index (?P<columns>\([\w, ]+\)) SELECT (?P<values>.+) WHERE (?P<when>.+)$",
    re.DOTALL,
)

# A statement's end: a semicolon outside quotes (the contact point's trigger has "';'" inside).
_OUTSIDE_QUOTES_SEMICOLON = re.compile(r";(?=(?:[^']*'[^']*')*[^']*$)")


def insert_rows(session: Session, model: type, rows: Sequence[dict[str, Any]]) -> int:
    """Insert `rows` (column: value) into `model`'s table, with the columns' defaults (the time
    stamps, the version) filled in as for any insert; the number of rows written."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    for start in range(0, len(rows), BATCH):
        session.execute(insert(table), list(rows[start : start + BATCH]))
    return len(rows)


def new_ids(session: Session, model: type, after: int) -> list[int]:
    """The ids of `model`'s rows above `after` (what `insert_rows` just wrote), in order."""
    column = model.__table__.c.id  # type: ignore[attr-defined]
    return list(session.execute(select(column).where(column > after).order_by(column)).scalars())


def last_id(session: Session, model: type) -> int:
    """The highest id in `model`'s table, 0 when it is empty."""
    column = model.__table__.c.id  # type: ignore[attr-defined]
    return int(session.execute(select(func.coalesce(func.max(column), 0))).scalar_one())


@dataclass(frozen=True)
class _Deferred:
    name: str
    table: str
    create: str  # the trigger as it was, to put back
    backfill: tuple[str, ...]  # the trigger's statements over the rows written meanwhile
    mark: int  # the table's highest id before


def _deferred(session: Session, name: str, create: str) -> _Deferred | None:
    found = _TRIGGER.match(create.strip())
    if found is None:
        return None
    table = found["table"]
    statements = []
    for part in _OUTSIDE_QUOTES_SEMICOLON.split(found["body"]):
        if not part.strip():
            continue
        shape = _STATEMENT.match(part.strip())
        if shape is None:
            return None  # not the shape we know: leave this trigger as it is
        values = shape["values"].replace("NEW.", "src.")
        when = shape["when"].replace("NEW.", "src.")
        # OR REPLACE: a row updated meanwhile was indexed by the update trigger already.
        statements.append(
            f"INSERT OR REPLACE INTO search_index {shape['columns']} SELECT {values} "
            f"FROM {table} AS src WHERE src.id > :mark AND ({when}) ORDER BY 1"
        )
    mark = session.connection().exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}")  # noqa: S608
    return _Deferred(name, table, create, tuple(statements), int(mark.scalar_one()))


@contextlib.contextmanager
def search_index_deferred(session: Session) -> Iterator[None]:
    """Within `session`'s transaction: rows inserted in the block are added to the search index
    once, when it ends (see the module's docstring). Not on PostgreSQL, whose index is a column
    of each row: there it does nothing."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'search_index_%_insert'"
    ).fetchall()
    deferred = [d for name, sql in triggers if (d := _deferred(session, name, sql)) is not None]
    for trigger in deferred:
        connection.exec_driver_sql(f'DROP TRIGGER "{trigger.name}"')
    try:
        yield
        session.flush()
        for trigger in deferred:
            for statement in trigger.backfill:
                connection.exec_driver_sql(statement, {"mark": trigger.mark})
    finally:  # put back even when the block failed and its caller carries on
        for trigger in deferred:
            connection.exec_driver_sql(trigger.create)
