"""What each person keeps folded for the People list (migration 0020): their name as shown and
their organisation, accent- and case-free (`relnotebook.folding`), so that the list is ordered
and filtered in SQL, a screenful at a time, instead of reading everyone to sort them.

They are never typed: every writer of a name keeps them. The ORM's inserts and updates of a
person get them from `models.Person`'s hooks, Core inserts from the columns' default; a Core
update of names calls `refresh_person_keys`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import TableClause, bindparam, select, update
from sqlalchemy.engine import Connection

from relnotebook.core.validation import display_name
from relnotebook.folding import fold

# What the keys are made of: a change to one of these changes them.
KEYED = ("given_name", "family_name", "preferred_name", "organisation")
NAME_KEY, ORGANISATION_KEY = "name_key", "organisation_key"
BATCH = 5_000


def person_keys(values: Mapping[str, Any]) -> dict[str, str]:
    """The keys of a person whose columns are `values` (a column missing is empty)."""

    def text(name: str) -> str:
        return values.get(name) or ""

    name = display_name(text("given_name"), text("family_name"), text("preferred_name"))
    return {NAME_KEY: fold(name), ORGANISATION_KEY: fold(text("organisation"))}


def refresh_person_keys(
    connection: Connection, ids: Iterable[int] | None = None, person: TableClause | None = None
) -> int:
    """Write again the keys of these people (everyone's with None) from their columns, a batch
    at a time; the number of people. `person` is the table (the migration passes its own)."""
    if person is None:
        from relnotebook.core.models import Person  # which imports this module

        person = Person.__table__  # type: ignore[attr-defined]  # SQLModel sets it
    columns = [person.c.id, *(person.c[name] for name in KEYED)]
    chosen = None if ids is None else sorted(set(ids))
    statement = (
        update(person)
        .where(person.c.id == bindparam("_id"))
        .values({NAME_KEY: bindparam("_name"), ORGANISATION_KEY: bindparam("_organisation")})
    )
    done, after = 0, 0
    while True:
        query = select(*columns).order_by(person.c.id).limit(BATCH)
        if chosen is None:
            rows = connection.execute(query.where(person.c.id > after)).all()
            if not rows:
                return done
            after = rows[-1][0]
        else:
            if not chosen:
                return done
            batch, chosen = chosen[:BATCH], chosen[BATCH:]
            rows = connection.execute(query.where(person.c.id.in_(batch))).all()
        if rows:
            connection.execute(statement, [_bound(row[0], row[1:]) for row in rows])
        done += len(rows)


def _bound(person_id: int, values: Iterable[Any]) -> dict[str, Any]:
    keys = person_keys(dict(zip(KEYED, values, strict=True)))
    return {"_id": person_id, "_name": keys[NAME_KEY], "_organisation": keys[ORGANISATION_KEY]}
