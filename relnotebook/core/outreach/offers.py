"""The newsletter offers waiting, read a page at a time: at 50,000 people a thousand good
prospects wait for the offer, and Today shows a hundred rows.

A good prospect who is a candidate for nothing else (not met lately, no busy period over, no
dates passed, no follow-up due, no reply to record) can only be offered the newsletter: the
offer rule (`rules._newsletter`, after `rules._quiet`) is then all that decides. This query
says which of them it would offer it to, and since when, so that Today reads the facts of the
first page only and counts the rest. tests/test_offers.py proves that it and the rules agree
on every case; a "Not now" is checked by `waiting_offers` (a small table, read whole).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, bindparam, func
from sqlmodel import Session, and_, col, exists, or_, select
from sqlmodel.sql.expression import Select

from relnotebook.core.dates import shift
from relnotebook.core.models import (
    Attendance,
    Event,
    Person,
    PromptSnooze,
    Signal,
    SignalKind,
    SignalResponse,
)
from relnotebook.core.outreach.rules import COURTED, GAP_AFTER_SIGNAL_DAYS

_TODAY = bindparam("today", type_=Date())
_GAP_SINCE = bindparam("gap_since", type_=Date())
_QUIET_SINCE = bindparam("quiet_since", type_=Date())


def offers_query() -> Select[int, dt.date]:
    """(person id, since) of the good prospects the offer rule would offer the newsletter to,
    were they candidates for no other rule (`waiting_offers` leaves out those who are)."""
    holds_back = select(Signal.id).where(
        Signal.person_id == Person.id,
        or_(
            Signal.kind == SignalKind.NEWSLETTER_OFFER.value,  # already offered
            col(Signal.sent_on) > _GAP_SINCE,  # a message just sent (`_quiet`)
            and_(
                Signal.response == SignalResponse.NO_REPLY.value,
                col(Signal.sent_on) > _QUIET_SINCE,  # left without reply lately
            ),
        ),
    )
    last_met = (
        select(func.max(Event.date))
        .join(Attendance)
        .where(Attendance.person_id == Person.id, col(Event.date) <= _TODAY)
        .scalar_subquery()
    )
    offers: Select[int, dt.date] = Select(col(Person.id), func.coalesce(last_met, _TODAY))
    return offers.where(
        col(Person.good_prospect).is_(True),
        col(Person.stage).in_([stage.value for stage in COURTED]),
        ~exists(holds_back),
    )


def offer_parameters(today: dt.date, quiet_days: int) -> dict[str, dt.date]:
    return {
        "gap_since": shift(today, -GAP_AFTER_SIGNAL_DAYS),
        "quiet_since": shift(today, -quiet_days),
    }


@dataclass(frozen=True)
class Offers:
    """The offers waiting: those whose facts are read (the first by `since`, ties included),
    and the people of the others."""

    read: list[int]
    unread: frozenset[int]


def waiting_offers(
    session: Session,
    statement: Select[int, dt.date],
    params: dict[str, object],
    others: set[int],
    first: int | None,
) -> Offers:
    """The offers `statement` finds, less those put off by "Not now" and the `others`
    (candidates for another rule, whose facts are read); the `first` soonest (all sharing the
    last one's day too: the rules order them by name), or all when None."""
    today = params["today"]
    snoozed = {
        person
        for person, key in session.connection().execute(
            select(PromptSnooze.person_id, PromptSnooze.key).where(col(PromptSnooze.until) > today)
        )
        if key == f"message:{person}"
    }
    found = sorted(
        (since, person)
        for person, since in session.connection().execute(statement, params)
        if person not in snoozed and person not in others
    )
    if first is None or first >= len(found):
        return Offers([person for _, person in found], frozenset())
    last = found[first - 1][0] if first > 0 else dt.date.min
    read = [person for since, person in found if since <= last]
    return Offers(read, frozenset(person for since, person in found if since > last))
