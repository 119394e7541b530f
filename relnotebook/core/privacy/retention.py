"""Retention: the people with no contact for years, to keep or erase (seven by default)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.sql.expression import Select

from relnotebook.core.dates import require_report_day
from relnotebook.core.models import (
    Attendance,
    Contact,
    Event,
    Note,
    Person,
    Signal,
    Stage,
)
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.sql import as_date, latest

DEFAULT_RETENTION_YEARS = 7


@dataclass(frozen=True)
class RetentionCandidate:
    """Someone not in touch for years: keep them, or erase them."""

    id: int
    name: str
    organisation: str
    stage: Stage
    last_contact: dt.date  # the latest call, note, message or event; else when recorded
    last_kind: str  # contact, note, message, event or recorded
    years: int  # full years since `last_contact`


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier (28 February for a 29 February without its year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def full_years(since: dt.date, today: dt.date) -> int:
    years = today.year - since.year
    return years - 1 if (today.month, today.day) < (since.month, since.day) else years


def _latest_per_person(person_column: Any, day_column: Any, *joins: Any) -> Any:
    query = select(person_column.label("person_id"), func.max(day_column).label("day"))
    for target, on in joins:
        query = query.join(target, on)
    return query.group_by(person_column).subquery()


def retention_review(
    notebook: Notebook,
    years: int = DEFAULT_RETENTION_YEARS,
    *,
    today: dt.date,
) -> list[RetentionCandidate]:
    """People with no contact for `years` years or more by `today`, the longest first.

    A contact is a logged call or meeting, a note, a message sent or an event attended; for
    someone with none, the day they were recorded counts. Computed by the database (one
    grouped query per kind, joined), not person by person.
    """
    if not 1 <= years <= 100:
        raise ValidationError("years", "Choose a number of years from 1 to 100.")
    today = require_report_day(today)
    cutoff = years_before(today, years)
    latest_of = {
        "contact": _latest_per_person(Contact.person_id, Contact.on),
        "note": _latest_per_person(Note.person_id, Note.date),
        "message": _latest_per_person(Signal.person_id, Signal.sent_on),
        "event": _latest_per_person(
            Attendance.person_id, Event.date, (Event, col(Event.id) == Attendance.event_id)
        ),
    }
    days = [sub.c.day for sub in latest_of.values()]
    recorded = as_date(Person.created_at)
    last = func.coalesce(latest(latest(days[0], days[1]), latest(days[2], days[3])), recorded)
    # Who, then the last day of each kind of contact (None: none of that kind), the day recorded.
    Day = dt.date | None
    query: Select[int, str, str, str, str, str, Day, Day, Day, Day, dt.date] = Select(
        col(Person.id),
        col(Person.given_name),
        col(Person.family_name),
        col(Person.preferred_name),
        col(Person.organisation),
        col(Person.stage),
        *(sub.c.day.label(kind) for kind, sub in latest_of.items()),
        recorded.label("recorded"),
    )
    for sub in latest_of.values():
        query = query.outerjoin(sub, sub.c.person_id == Person.id)
    query = query.where(last <= cutoff).order_by(last, col(Person.id))
    with notebook.reader() as session:
        rows = session.exec(query).all()
    candidates = []
    for person_id, given, family, preferred, organisation, stage, *last_days, recorded_on in rows:
        found = {kind: day for kind, day in zip(latest_of, last_days, strict=True) if day}
        if found:
            kind, day = max(found.items(), key=lambda item: item[1])
        else:
            kind, day = "recorded", recorded_on
        candidates.append(
            RetentionCandidate(
                id=person_id,
                name=display_name(given, family, preferred),
                organisation=organisation,
                stage=Stage(stage),
                last_contact=day,
                last_kind=kind,
                years=full_years(day, today),
            )
        )
    return candidates
