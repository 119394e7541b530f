"""The People list, a screenful at a time: which people it shows, in which order, as ids.

At 50,000 people, reading everyone to sort and filter them in Python took more than a second
at every reload. Here the order and the filter are SQL over the keys each person keeps folded
(`keys.py`, migration 0020); the list then reads the people it paints (`service.list_people`),
a block of rows at a time. Orders over what a person row does not hold (first email, tags,
proactive share) read that one value for the people shown and sort in Python, as before.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, case, or_
from sqlmodel import Session, col, select

from relnotebook.core.checkins.shares import shares_by_person
from relnotebook.core.models import (
    ContactKind,
    ContactPoint,
    Person,
    PersonTag,
    Stage,
    Tag,
    stored,
)
from relnotebook.core.validation import display_name
from relnotebook.folding import fold
from relnotebook.store import Notebook


class Order(StrEnum):
    """What the list is sorted by (its columns)."""

    NAME = "name"
    ORGANISATION = "organisation"
    STAGE = "stage"
    PROACTIVE = "proactive"  # the proactive share over 90 days
    EMAIL = "email"
    TAGS = "tags"


PROACTIVE_DAYS = 90


@dataclass(frozen=True)
class PeopleQuery:
    """The People list as the user set it: the filter typed, the stage chosen, the order."""

    text: str = ""  # every word in the name, the organisation or a tag (accents and case aside)
    stage: Stage | None = None
    order: Order = Order.NAME
    descending: bool = False

    @property
    def words(self) -> list[str]:
        return fold(self.text).split()


def _matching(session: Session, words: Sequence[str]) -> list[ColumnElement[bool]]:
    """One condition per word: in the folded name, organisation, or one of the tags (tags are
    few: folded here, then matched by id)."""
    if not words:
        return []
    tags = session.exec(select(col(Tag.id), col(Tag.name))).all()
    conditions = []
    for word in words:
        either: list[ColumnElement[bool]] = [
            col(Person.name_key).contains(word, autoescape=True),
            col(Person.organisation_key).contains(word, autoescape=True),
        ]
        tagged = [tag_id for tag_id, name in tags if word in fold(name)]
        if tagged:
            either.append(
                col(Person.id).in_(
                    select(col(PersonTag.person_id)).where(col(PersonTag.tag_id).in_(tagged))
                )
            )
        conditions.append(or_(*either))
    return conditions


def people_ids(notebook: Notebook, query: PeopleQuery, today: dt.date) -> list[int]:
    """The ids of the people the list shows, in its order (ties by id, in either direction)."""
    with notebook.reader() as session:
        where = _matching(session, query.words)
        if query.stage is not None:
            where.append(col(Person.stage) == query.stage.value)
        chosen = select(col(Person.id)).where(and_(True, *where))
        # Through the connection: plain ints, without the ORM's work per row (50,000 rows).
        connection = session.connection()
        in_sql = _STORED.get(query.order)
        if in_sql is not None:
            key = in_sql()
            ordered = chosen.order_by(key.desc() if query.descending else key, col(Person.id))
            return cast("list[int]", list(connection.execute(ordered).scalars()))
        ids = cast("list[int]", list(connection.execute(chosen.order_by(col(Person.id))).scalars()))
        value: Callable[[int], Any]
        if query.order in _TEXTS:
            value = _TEXTS[query.order](session)
    if query.order is Order.PROACTIVE:
        value = _ratios(notebook, today)
    return sorted(ids, key=value, reverse=query.descending)


def _stage_rank() -> ColumnElement[Any]:
    return case({stage.value: rank for rank, stage in enumerate(Stage)}, value=col(Person.stage))


_STORED: dict[Order, Callable[[], Any]] = {
    Order.NAME: lambda: col(Person.name_key),
    Order.ORGANISATION: lambda: col(Person.organisation_key),
    Order.STAGE: _stage_rank,
}


def _first_emails(session: Session) -> Callable[[int], str]:
    rows = session.exec(
        select(col(ContactPoint.person_id), col(ContactPoint.value))
        .where(col(ContactPoint.kind) == ContactKind.EMAIL.value)
        .order_by(col(ContactPoint.person_id), col(ContactPoint.position).desc())
    ).all()
    first = dict(rows)  # the last written for a person is their first in position
    return lambda person_id: fold(first.get(person_id, ""))


def _tag_lists(session: Session) -> Callable[[int], str]:
    tags: dict[int, list[str]] = defaultdict(list)
    query = select(col(PersonTag.person_id), col(Tag.name)).join(Tag).order_by(col(Tag.name))
    for person_id, name in session.exec(query).all():
        tags[person_id].append(name)
    return lambda person_id: fold(", ".join(tags.get(person_id, ())))


_TEXTS: dict[Order, Callable[[Session], Callable[[int], str]]] = {
    Order.EMAIL: _first_emails,
    Order.TAGS: _tag_lists,
}


def _ratios(notebook: Notebook, today: dt.date) -> Callable[[int], float]:
    shares = shares_by_person(notebook, today, days=PROACTIVE_DAYS)

    def ratio(person_id: int) -> float:
        share = shares.get(person_id)
        return -1.0 if share is None or share.ratio is None else share.ratio

    return ratio


def people_named(
    notebook: Notebook, text: str, *, limit: int, leave_out: int | None = None
) -> list[tuple[int, str]]:
    """The first `limit` people (id, name as shown) whose name holds every word typed, by name:
    what a field choosing a person offers as the user types."""
    with notebook.reader() as session:
        where = [
            col(Person.name_key).contains(word, autoescape=True) for word in fold(text).split()
        ]
        if leave_out is not None:
            where.append(col(Person.id) != leave_out)
        rows = session.exec(
            select(
                col(Person.id),
                col(Person.given_name),
                col(Person.family_name),
                col(Person.preferred_name),
            )
            .where(and_(True, *where))
            .order_by(col(Person.name_key), col(Person.id))
            .limit(limit)
        ).all()
    return [
        (stored(i), display_name(given, family, preferred)) for i, given, family, preferred in rows
    ]
