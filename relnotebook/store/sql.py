"""Date arithmetic and id lists in SQL, written once per database.

Check-in due dates are computed in the query (last contact + cadence), so that Today never loads
every person. SQLite and PostgreSQL spell date arithmetic differently; these constructs compile
to each, so the queries above them stay the same when a notebook moves to a server.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, Integer, String, bindparam, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator


class add_days(FunctionElement[dt.date]):  # noqa: N801 (reads as a SQL function)
    """`date + days` as a date."""

    type = Date()
    inherit_cache = True


class as_date(FunctionElement[dt.date]):  # noqa: N801
    """The calendar date of a timestamp (or a date)."""

    type = Date()
    inherit_cache = True


@compiles(add_days, "sqlite")
def _add_days_sqlite(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    # Day numbers, not date modifiers: date(x, printf('%+d days', n)) parses a format string for
    # every row, and Today computes this for every person with a cadence.
    return f"date(julianday({compiler.process(day, **kw)}) + {compiler.process(days, **kw)})"


@compiles(add_days, "postgresql")
def _add_days_postgresql(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"(CAST({compiler.process(day, **kw)} AS DATE) + {compiler.process(days, **kw)})"


@compiles(as_date, "sqlite")
def _as_date_sqlite(element: as_date, compiler: SQLCompiler, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"date({compiler.process(value, **kw)})"


@compiles(as_date, "postgresql")
def _as_date_postgresql(element: as_date, compiler: SQLCompiler, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"CAST({compiler.process(value, **kw)} AS DATE)"


class latest(FunctionElement[dt.date]):  # noqa: N801
    """The later of two dates, either of which may be NULL (NULL only when both are)."""

    type = Date()
    inherit_cache = True


@compiles(latest, "sqlite")
def _latest_sqlite(element: latest, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite's max() of several values is NULL as soon as one is; dates are ISO text, so the
    # empty string sorts before any of them. Each argument is evaluated once (they are often
    # correlated subqueries).
    first, second = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"nullif(max(coalesce({first}, ''), coalesce({second}, '')), '')"


@compiles(latest, "postgresql")
def _latest_postgresql(element: latest, compiler: SQLCompiler, **kw: Any) -> str:
    first, second = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"GREATEST({first}, {second})"


class _IdList(TypeDecorator[list[int]]):
    """A list of ids as one parameter: JSON text for SQLite, an array for PostgreSQL."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import ARRAY

            return dialect.type_descriptor(ARRAY(Integer()))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        ids = [int(i) for i in value]
        return json.dumps(ids) if dialect.name == "sqlite" else ids


class _id_values(FunctionElement[int]):  # noqa: N801
    """The ids of a list parameter as a one-column subquery."""

    type = Integer()
    inherit_cache = True


def id_list(name: str) -> Any:
    """A parameter holding a list of ids, to pass to `one_of` (value given at execution)."""
    return bindparam(name, type_=_IdList())


def one_of(column: Any, ids: Any) -> Any:
    """`column IN (ids)` with the ids sent as ONE parameter (`ids` is an `id_list`).

    Today reads the facts of several hundred people at once; an `IN` list of hundreds of bound
    parameters cost more to expand and bind than the query itself took to run.
    """
    values = _id_values(ids)
    return column.in_(select(literal_column("value")).select_from(values))


@compiles(_id_values, "sqlite")
def _id_values_sqlite(element: _id_values, compiler: SQLCompiler, **kw: Any) -> str:
    (ids,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"json_each({ids})"


@compiles(_id_values, "postgresql")
def _id_values_postgresql(element: _id_values, compiler: SQLCompiler, **kw: Any) -> str:
    (ids,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"unnest({ids}) AS value"


@compiles(_id_values)
def _id_values_default(element: _id_values, compiler: SQLCompiler, **kw: Any) -> str:
    (ids,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return ids  # printed statements only (logs, str())
