"""Birthdays and anniversaries coming up: a row on Today a few days ahead, an event in the
calendar file.

A setting says whose (clients only, everyone, or off) and how many days ahead (3 by default).
The rules work over plain (kind, day of the year) facts per person, whatever column or detail
they come from: birthdays are personal details of kind "birthday" (imported from a contact
card as "Birthday: 15 April 1980", or typed by hand; the detail's date wins over its text).
Someone born on 29 February has their birthday on 28 February in the other years: still in
February, as most calendar apps do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from relnotebook.core import settings
from relnotebook.core.dates import may_hold_month, month_day_in, shift
from relnotebook.core.models import (
    ContactKind,
    ContactPoint,
    DetailKind,
    Person,
    PersonalDetail,
    Stage,
    stored,
)
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook

CLIENTS, EVERYONE, OFF = "clients", "everyone", "off"
WHO_CHOICES = (CLIENTS, EVERYONE, OFF)
WHO = settings.TextSetting("occasions.who", CLIENTS, max_length=16)
DAYS_AHEAD = settings.IntSetting("occasions.days_ahead", 3, 0, 31)
# A year written as 1604 means "year not known" (Apple Contacts' convention, kept on import).
NO_YEAR = 1604


class OccasionKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True)
class DatedFact:
    """A day of the year that comes back for a person; `year` when it is known."""

    person_id: int
    kind: OccasionKind
    month: int
    day: int
    year: int | None = None


@dataclass(frozen=True)
class Occasion:
    """A birthday or an anniversary on `on`, for Today and the calendar file."""

    person_id: int
    person_name: str
    first_name: str
    kind: OccasionKind
    on: dt.date
    since_year: int | None
    language: str
    email: str

    @property
    def years(self) -> int | None:
        """How old they turn, or how many years married; None when the year is not known."""
        return self.on.year - self.since_year if self.since_year else None


def occurrence(month: int, day: int, year: int) -> dt.date:
    """The day in `year`: 29 February is 28 February when `year` has none."""
    if (month, day) == (2, 29) and not _is_leap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def next_occurrence(fact: DatedFact, today: dt.date) -> dt.date | None:
    """The first time on or after `today`; None past the end of the calendar."""
    for year in (today.year, today.year + 1):
        if year > dt.MAXYEAR:
            return None
        day = occurrence(fact.month, fact.day, year)
        if day >= today:
            return day
    return None


def coming(
    facts: Iterable[DatedFact], today: dt.date, days: int
) -> list[tuple[DatedFact, dt.date]]:
    """The facts that come back from `today` to `today + days`, soonest first."""
    found = []
    for fact in facts:
        on = next_occurrence(fact, today)
        if on is None or (on - today).days > days:
            continue
        if fact.year is None or fact.year <= on.year:  # not a birth year still to come
            found.append((fact, on))
    return sorted(found, key=lambda pair: (pair[1], pair[0].person_id, pair[0].kind))


def fact_from(
    person_id: int,
    kind: OccasionKind,
    text: str,
    day: dt.date | None,
    months: frozenset[int] | None = None,
) -> DatedFact | None:
    """A fact from a dated column or detail (`day`), else from the words of its `text`.
    `months`: only a fact in one of them is wanted (a text that cannot name one is not read)."""
    if day is not None:
        return DatedFact(
            person_id, kind, day.month, day.day, None if day.year == NO_YEAR else day.year
        )
    if months is not None and not may_hold_month(text, months):
        return None
    found = month_day_in(text)
    if found is None:
        return None
    month, day_of_month, year = found
    return DatedFact(person_id, kind, month, day_of_month, None if year == NO_YEAR else year)


# Where the facts come from: each source reads (person id, kind, text, date) rows.
Source = Callable[[Session], Iterable[tuple[int, OccasionKind, str, dt.date | None]]]


def birthday_details(session: Session) -> Iterable[tuple[int, OccasionKind, str, dt.date | None]]:
    rows = session.exec(
        select(PersonalDetail.person_id, PersonalDetail.text, col(PersonalDetail.starts_on)).where(
            PersonalDetail.kind == DetailKind.BIRTHDAY.value
        )
    ).all()
    return [(person_id, OccasionKind.BIRTHDAY, text, day) for person_id, text, day in rows]


def _anniversaries(session: Session) -> Iterable[tuple[int, OccasionKind, str, dt.date | None]]:
    rows = session.exec(
        select(Person.id, col(Person.anniversary)).where(col(Person.anniversary).is_not(None))
    ).all()
    return [
        (person_id, OccasionKind.ANNIVERSARY, "", day)
        for person_id, day in rows
        if person_id is not None  # (stored rows always have one)
    ]


SOURCES: tuple[Source, ...] = (birthday_details, _anniversaries)


def read_facts(
    session: Session, sources: Sequence[Source] = SOURCES, months: frozenset[int] | None = None
) -> list[DatedFact]:
    """Every fact the sources hold (`months`: at least those in these months, see `fact_from`)."""
    facts = []
    for source in sources:
        for person_id, kind, text, day in source(session):
            fact = fact_from(person_id, kind, text, day, months)
            if fact is not None:
                facts.append(fact)
    return facts


def months_between(today: dt.date, days: int) -> frozenset[int] | None:
    """The months of the days from `today` to `today + days`; None when that is all twelve."""
    last = shift(today, days)
    count = (last.year - today.year) * 12 + last.month - today.month + 1
    if count >= 12:
        return None
    return frozenset((today.month - 1 + step) % 12 + 1 for step in range(count))


def occasions_between(
    notebook: Notebook, today: dt.date, days: int, *, who: str = EVERYONE
) -> list[Occasion]:
    """Birthdays and anniversaries from `today` to `today + days` of the people `who` says."""
    if who == OFF or days < 0:
        return []
    with notebook.reader() as session:
        facts = read_facts(session, months=months_between(today, days))
        pairs = coming(facts, today, days)
        if not pairs:
            return []
        ids = sorted({fact.person_id for fact, _ in pairs})
        people = _people(session, ids, clients_only=who == CLIENTS)
        emails = _first_emails(session, list(people))
    return [
        Occasion(
            person_id=fact.person_id,
            person_name=display_name(person.given_name, person.family_name, person.preferred_name),
            first_name=person.preferred_name or person.given_name,
            kind=fact.kind,
            on=on,
            since_year=fact.year,
            language=person.language,
            email=emails.get(fact.person_id, ""),
        )
        for fact, on in pairs
        if (person := people.get(fact.person_id)) is not None
    ]


def occasions_on(notebook: Notebook, today: dt.date, values: settings.Values) -> list[Occasion]:
    """Today's rows: as the settings say (whose, how many days ahead)."""
    return occasions_between(notebook, today, values.int(DAYS_AHEAD), who=who_setting(values))


def who_setting(values: settings.Values) -> str:
    chosen = values.text(WHO)
    return chosen if chosen in WHO_CHOICES else CLIENTS


def set_who(notebook: Notebook, who: str) -> None:
    if who not in WHO_CHOICES:
        raise ValueError(f"unknown choice {who!r}: {WHO_CHOICES}")
    settings.set_text(notebook, WHO, who)


def _people(session: Session, ids: list[int], *, clients_only: bool) -> dict[int, Any]:
    query = select(Person).where(col(Person.id).in_(ids))
    if clients_only:
        query = query.where(Person.stage == Stage.CLIENT.value)
    return {stored(person.id): person for person in session.exec(query).all()}


def _first_emails(session: Session, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for person_id, value in session.exec(
        select(ContactPoint.person_id, ContactPoint.value)
        .where(col(ContactPoint.person_id).in_(ids), ContactPoint.kind == ContactKind.EMAIL.value)
        .order_by(col(ContactPoint.position), col(ContactPoint.id))
    ).all():
        found.setdefault(person_id, value)
    return found


__all__ = [
    "DAYS_AHEAD",
    "WHO",
    "DatedFact",
    "Occasion",
    "OccasionKind",
    "coming",
    "next_occurrence",
    "occasions_between",
    "occasions_on",
    "occurrence",
]
