"""Date arithmetic in SQL, written once per database.

Check-in due dates are computed in the query (last contact + cadence), so that Today never loads
every person. SQLite and PostgreSQL spell date arithmetic differently; these constructs compile
to each, so the queries above them stay the same when a notebook moves to a server.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class add_days(FunctionElement):  # noqa: N801 (reads as a SQL function)
    """`date + days` as a date."""

    type = Date()
    inherit_cache = True


class as_date(FunctionElement):  # noqa: N801
    """The calendar date of a timestamp (or a date)."""

    type = Date()
    inherit_cache = True


@compiles(add_days, "sqlite")
def _add_days_sqlite(element: add_days, compiler: Any, **kw: Any) -> str:
    day, days = list(element.clauses)
    return (
        f"date({compiler.process(day, **kw)}, printf('%+d days', {compiler.process(days, **kw)}))"
    )


@compiles(add_days, "postgresql")
def _add_days_postgresql(element: add_days, compiler: Any, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"(CAST({compiler.process(day, **kw)} AS DATE) + {compiler.process(days, **kw)})"


@compiles(as_date, "sqlite")
def _as_date_sqlite(element: as_date, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"date({compiler.process(value, **kw)})"


@compiles(as_date, "postgresql")
def _as_date_postgresql(element: as_date, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"CAST({compiler.process(value, **kw)} AS DATE)"


class latest(FunctionElement):  # noqa: N801
    """The later of two dates, either of which may be NULL (NULL only when both are)."""

    type = Date()
    inherit_cache = True


@compiles(latest, "sqlite")
def _latest_sqlite(element: latest, compiler: Any, **kw: Any) -> str:
    # SQLite's max() of several values is NULL as soon as one is; dates are ISO text, so the
    # empty string sorts before any of them. Each argument is evaluated once (they are often
    # correlated subqueries).
    first, second = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"nullif(max(coalesce({first}, ''), coalesce({second}, '')), '')"


@compiles(latest, "postgresql")
def _latest_postgresql(element: latest, compiler: Any, **kw: Any) -> str:
    first, second = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"GREATEST({first}, {second})"
