"""Today's prompts from a notebook: the store picks the candidates, `prompts` decides.

Only people a rule could apply to are loaded (met recently, a busy period just over, a detail
whose dates just passed, a follow-up due, a reply to record; and the good prospects waiting for
the newsletter offer, `offers.py`, of whom Today reads a page), so Today stays quick on a large
notebook. The GUI's Today view and `relnotebook today` both call `agenda_on`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar, TypeVarTuple, overload

from sqlalchemy import CompoundSelect, Date, bindparam, union
from sqlmodel import Session, col, or_, select
from sqlmodel.sql.expression import Select

from relnotebook.core import settings
from relnotebook.core.checkins.closed_days import BusinessCalendar, ClosedDay, calendar_from
from relnotebook.core.checkins.due import due_checkins_page
from relnotebook.core.checkins.sweeps import pending_calls_page
from relnotebook.core.checkins.tasks import due_tasks
from relnotebook.core.dates import shift
from relnotebook.core.models import (
    Attendance,
    ContactKind,
    ContactPoint,
    DetailKind,
    Event,
    FollowUp,
    Person,
    PersonalDetail,
    PromptSnooze,
    Signal,
    SignalKind,
    SignalResponse,
    Stage,
)
from relnotebook.core.outreach.agenda import (
    AgendaEntry,
    AgendaItem,
    MoreCheckins,
    Section,
    Unread,
    ordered,
    section_of,
)
from relnotebook.core.outreach.offers import offer_parameters, offers_query, waiting_offers
from relnotebook.core.outreach.rules import (
    ASK_WINDOW_DAYS,
    COFFEE_WINDOW_DAYS,
    DEFAULT_QUIET_DAYS,
    NEXT_DAY_WINDOW_DAYS,
    REPLY_WINDOW_DAYS,
    DetailFact,
    FollowUpFact,
    Meeting,
    PersonFacts,
    Prompt,
    SignalFact,
    prompts_for,
)
from relnotebook.core.people.occasions import occasions_on
from relnotebook.core.referrals.newsletter import expiring
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook
from relnotebook.store.sql import id_list, one_of


def _days_before(today: dt.date, count: int) -> dt.date:
    return shift(today, -count)


_TODAY = bindparam("today", type_=Date())
_MET_SINCE = bindparam("met_since", type_=Date())
_BUSY_SINCE = bindparam("busy_since", type_=Date())
_ASK_SINCE = bindparam("ask_since", type_=Date())
_REPLIED_SINCE = bindparam("replied_since", type_=Date())
_IDS = id_list("ids")
_T = TypeVar("_T")
_Ts = TypeVarTuple("_Ts")


def _candidates_query() -> CompoundSelect[int]:
    """The people a rule other than the newsletter offer alone could apply to, in one query
    (each part uses an index or a small table); the offers are `offers.offers_query`."""
    met = (
        select(Attendance.person_id)
        .join(Event)
        .where(col(Event.date) >= _MET_SINCE, col(Event.date) < _TODAY)
    )
    busy_over = select(PersonalDetail.person_id).where(
        PersonalDetail.kind == DetailKind.BUSY.value,
        col(PersonalDetail.ends_on) < _TODAY,
        col(PersonalDetail.ends_on) >= _BUSY_SINCE,
    )
    dates_passed = select(PersonalDetail.person_id).where(
        or_(
            col(PersonalDetail.ends_on).between(_ASK_SINCE, _TODAY),
            col(PersonalDetail.starts_on).between(_ASK_SINCE, _TODAY),
        )
    )
    due = select(FollowUp.person_id).where(
        col(FollowUp.done_on).is_(None), col(FollowUp.due_on) <= _TODAY
    )
    replied = select(Signal.person_id).where(
        Signal.response == SignalResponse.REPLIED.value,
        col(Signal.responded_on) >= _REPLIED_SINCE,
    )
    return union(met, busy_over, dates_passed, due, replied)


_Day = dt.date | None  # a day that may be unknown


@dataclass(frozen=True)
class _Statements:
    """Today's statements, each row starting with the person's id (see `gather_facts`)."""

    candidates: CompoundSelect[int]
    offers: Select[int, dt.date]  # the good prospects only the offer rule decides for
    people: Select[int, str, str, str, str, str, bool | None]  # names, language, stage
    emails: Select[int, str]
    meetings: Select[int, int, str, dt.date]  # the event: id, name, day
    details: Select[int, int, str, str, _Day, _Day, _Day]  # id, kind, text and days
    signals: Select[int, str, dt.date, str, int | None, _Day]  # kind, sent, answer, detail, on
    follow_ups: Select[int, int, dt.date, str, str]  # id, due, kind, text
    snoozes: Select[int, str, dt.date]  # key, until


@functools.cache
def _queries() -> _Statements:
    """Today's statements, built once: building and caching a statement costs SQLAlchemy more
    than running it does, and Today runs them on every reload."""
    people: Select[int, str, str, str, str, str, bool | None] = Select(
        col(Person.id),
        col(Person.given_name),
        col(Person.family_name),
        col(Person.preferred_name),
        col(Person.language),
        col(Person.stage),
        col(Person.good_prospect),
    )
    details: Select[int, int, str, str, _Day, _Day, _Day] = Select(
        col(PersonalDetail.person_id),
        col(PersonalDetail.id),
        col(PersonalDetail.kind),
        col(PersonalDetail.text),
        col(PersonalDetail.mentioned_on),
        col(PersonalDetail.starts_on),
        col(PersonalDetail.ends_on),
    )
    signals: Select[int, str, dt.date, str, int | None, dt.date | None] = Select(
        col(Signal.person_id),
        col(Signal.kind),
        col(Signal.sent_on),
        col(Signal.response),
        col(Signal.detail_id),
        col(Signal.responded_on),
    )
    follow_ups: Select[int, int, dt.date, str, str] = Select(
        col(FollowUp.person_id),
        col(FollowUp.id),
        col(FollowUp.due_on),
        col(FollowUp.kind),
        col(FollowUp.text),
    )
    meetings: Select[int, int, str, dt.date] = Select(
        col(Attendance.person_id), col(Event.id), col(Event.name), col(Event.date)
    )
    return _Statements(
        candidates=_candidates_query(),
        offers=offers_query(),
        people=people.where(one_of(Person.id, _IDS)),
        emails=select(ContactPoint.person_id, ContactPoint.value)
        .where(one_of(ContactPoint.person_id, _IDS), ContactPoint.kind == ContactKind.EMAIL.value)
        .order_by(col(ContactPoint.position)),
        meetings=meetings.join(Event).where(one_of(Attendance.person_id, _IDS)),
        details=details.where(one_of(PersonalDetail.person_id, _IDS)),
        signals=signals.where(one_of(Signal.person_id, _IDS)),
        follow_ups=follow_ups.where(
            one_of(FollowUp.person_id, _IDS), col(FollowUp.done_on).is_(None)
        ),
        snoozes=select(
            col(PromptSnooze.person_id), col(PromptSnooze.key), col(PromptSnooze.until)
        ).where(one_of(PromptSnooze.person_id, _IDS), col(PromptSnooze.until) > _TODAY),
    )


def _parameters(today: dt.date, quiet_days: int) -> dict[str, object]:
    return {
        "today": today,
        "met_since": _days_before(today, NEXT_DAY_WINDOW_DAYS),
        "busy_since": _days_before(today, COFFEE_WINDOW_DAYS + 1),
        "replied_since": _days_before(today, REPLY_WINDOW_DAYS),
        "ask_since": _days_before(today, ASK_WINDOW_DAYS),
        **offer_parameters(today, quiet_days),
    }


def _grouped(rows: Iterable[tuple[int, *_Ts]], make: Callable[[*_Ts], _T]) -> dict[int, list[_T]]:
    """{person id: [make(*rest of the row), …]} from rows that start with the person's id."""
    grouped: dict[int, list[_T]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(make(*row[1:]))
    return grouped


_DETAIL_KINDS = {kind.value: kind for kind in DetailKind}
_SIGNAL_KINDS = {kind.value: kind for kind in SignalKind}
_RESPONSES = {response.value: response for response in SignalResponse}
_STAGES = {stage.value: stage for stage in Stage}


@dataclass(frozen=True)
class Gathered:
    """The facts of the candidates read, and the people of the newsletter offers not read."""

    facts: list[PersonFacts]
    unread_offers: frozenset[int] = frozenset()


def gather_facts(
    notebook: Notebook,
    today: dt.date,
    *,
    quiet_days: int = DEFAULT_QUIET_DAYS,
    offers: int | None = None,
    read: Collection[int] = (),
) -> Gathered:
    """The facts about every candidate; of the good prospects only the offer rule decides for,
    the `offers` soonest (`offers.waiting_offers`), or all when None; the people in `read`
    whatever they are."""
    queries = _queries()
    params = _parameters(today, quiet_days)
    with notebook.reader() as session:
        connection = session.connection()
        others = {*connection.execute(queries.candidates, params).scalars(), *read}
        waiting = waiting_offers(session, queries.offers, params, others, offers)
        ids = sorted({*others, *waiting.read})
        return Gathered(_facts(session, ids, today), waiting.unread)


def facts_of(notebook: Notebook, ids: list[int], today: dt.date) -> list[PersonFacts]:
    """The facts about these people, whatever the rules would say."""
    with notebook.reader() as session:
        return _facts(session, ids, today)


def _facts(session: Session, ids: list[int], today: dt.date) -> list[PersonFacts]:
    """The facts, read as plain columns (no ORM objects: Today reads hundreds of people and
    their details, messages and meetings)."""
    queries = _queries()
    if not ids:
        return []
    connection = session.connection()
    params = {"ids": ids, "today": today}
    people = connection.execute(queries.people, params).all()
    emails = _grouped(connection.execute(queries.emails, params), str)
    meetings = _grouped(connection.execute(queries.meetings, params), Meeting)
    details = _grouped(
        connection.execute(queries.details, params),
        lambda id_, kind, *rest: DetailFact(id_, _DETAIL_KINDS[kind], *rest),
    )
    signals = _grouped(
        connection.execute(queries.signals, params),
        lambda kind, sent_on, response, detail_id, responded_on: SignalFact(
            _SIGNAL_KINDS.get(kind, SignalKind.OTHER),
            sent_on,
            _RESPONSES[response],
            detail_id,
            responded_on,
        ),
    )
    follow_ups = _grouped(connection.execute(queries.follow_ups, params), FollowUpFact)
    snoozes = _grouped(connection.execute(queries.snoozes, params), lambda key, until: (key, until))
    return [
        PersonFacts(
            id=person_id,
            name=display_name(given, family, preferred),
            language=language,
            stage=_STAGES[stage],
            good_prospect=good_prospect,
            email=next(iter(emails.get(person_id, [])), ""),
            meetings=tuple(meetings.get(person_id, ())),
            details=tuple(details.get(person_id, ())),
            signals=tuple(signals.get(person_id, ())),
            follow_ups=tuple(follow_ups.get(person_id, ())),
            snoozed=dict(snoozes.get(person_id, ())),
        )
        for person_id, given, family, preferred, language, stage, good_prospect in people
    ]


def prompts_on(
    notebook: Notebook, today: dt.date, values: settings.Values | None = None
) -> list[Prompt]:
    """The message prompts for `today` (next-day notes, coffees, follow-ups…)."""
    return _prompts(notebook, today, values, None)[0]


def _prompts(
    notebook: Notebook,
    today: dt.date,
    values: settings.Values | None,
    offers: int | None,
    read: Collection[int] = (),
) -> tuple[list[Prompt], frozenset[int]]:
    """The prompts read (`gather_facts`'s `offers` and `read`) and the people of the offers
    not read."""
    values = values or settings.read_all(notebook)
    quiet = values.int(settings.QUIET_PERIOD_DAYS)
    gathered = gather_facts(notebook, today, quiet_days=quiet, offers=offers, read=read)
    return prompts_for(gathered.facts, today, quiet_days=quiet), gathered.unread_offers


@overload
def agenda_on(
    notebook: Notebook, today: dt.date, *, late_calls: int | None = None, pages: None = None
) -> list[AgendaItem]: ...
@overload
def agenda_on(
    notebook: Notebook,
    today: dt.date,
    *,
    late_calls: int | None = None,
    pages: Mapping[Section, int],
) -> list[AgendaEntry]: ...
def agenda_on(
    notebook: Notebook,
    today: dt.date,
    *,
    late_calls: int | None = None,
    pages: Mapping[Section, int] | None = None,
) -> list[AgendaItem] | list[AgendaEntry]:
    """Everything for `today`, in order: what the Today view and `relnotebook today` show.

    `late_calls`: show only that many of the check-ins due by today (the most overdue), and a
    `MoreCheckins` item for the rest; None shows them all (the command line). `pages`: read
    only so many rows of the messages (their newsletter offers) and of the sweep calls, with
    an `Unread` item for the rest (`agenda_rows` counts them); None reads them all.
    """
    values = settings.read_all(notebook)
    calendar = calendar_from(values)
    calls = due_checkins_page(notebook, today, first=late_calls, values=values)
    more: list[AgendaItem] = [MoreCheckins(calls.hidden)] if calls.hidden else []
    # A task due on the weekend or holiday just ahead is due today (closed_days.py).
    tasks = due_tasks(notebook, until=calendar.reach(today))
    occasions = occasions_on(notebook, today, values)
    # Someone wished a happy birthday today has one row for it and their offer: read whole.
    wished = {o.person_id for o in occasions if section_of(o, today) == Section.MESSAGES}
    offers = None if pages is None else pages.get(Section.MESSAGES)
    prompts, unread_offers = _prompts(notebook, today, values, offers, read=wished)
    # Someone with a late call has their sweep calls said on its row: read whole.
    late = {c.person_id for c in calls.items if section_of(c, today) == Section.CALLS}
    sweeps = pending_calls_page(
        notebook, None if pages is None else pages.get(Section.SWEEPS), late
    )
    items: list[AgendaItem] = [
        *prompts,
        *calls.items,
        *more,
        *(replace(t, closed=_closed(calendar, t.due_on, today)) for t in tasks),
        *(replace(c, closed=_closed(calendar, c.deadline, today)) for c in sweeps.calls),
        *expiring(notebook, today, values.int(settings.CONSENT_WARNING_DAYS)),
        *occasions,
    ]
    unread = [
        *([Unread(Section.MESSAGES, unread_offers, len(unread_offers))] if unread_offers else []),
        *([Unread(Section.SWEEPS, sweeps.unread, sweeps.unread_calls)] if sweeps.unread else []),
    ]
    if not unread:
        return ordered(items)
    return [*ordered(items), *unread]


def _closed(calendar: BusinessCalendar, day: dt.date, today: dt.date) -> ClosedDay | None:
    """Why something due on `day` is due before it; None when it is not (or already late)."""
    return calendar.closed(day) if day >= today else None
