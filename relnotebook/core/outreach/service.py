"""Today's prompts from a notebook: the store picks the candidates, `prompts` decides.

Only people a rule could apply to are loaded (met recently, a busy period just over, a detail
whose dates just passed, a good prospect, a follow-up due), so Today stays quick on a large
notebook. The GUI's Today view and `relnotebook today` both call `prompts_on`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Date, bindparam, union
from sqlmodel import Session, col, or_, select

from relnotebook.core import settings
from relnotebook.core.checkins.service import due_checkins_page
from relnotebook.core.checkins.sweeps import pending_calls
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
from relnotebook.core.outreach.agenda import AgendaItem, MoreCheckins, ordered
from relnotebook.core.outreach.rules import (
    ASK_WINDOW_DAYS,
    COFFEE_WINDOW_DAYS,
    NEXT_DAY_WINDOW_DAYS,
    DetailFact,
    FollowUpFact,
    Meeting,
    PersonFacts,
    Prompt,
    SignalFact,
    prompts_for,
)
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
_IDS = id_list("ids")


def _candidates_query() -> Any:
    """The people a rule could apply to, in one query (each part uses an index or a small table)."""
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
    prospects = select(Person.id).where(col(Person.good_prospect).is_(True))
    due = select(FollowUp.person_id).where(
        col(FollowUp.done_on).is_(None), col(FollowUp.due_on) <= _TODAY
    )
    return union(met, busy_over, dates_passed, prospects, due)


@functools.cache
def _queries() -> dict[str, Any]:
    """Today's statements, built once: building and caching a statement costs SQLAlchemy more
    than running it does, and Today runs them on every reload."""
    return {
        "candidates": _candidates_query(),
        "people": select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.preferred_name,
            Person.language,
            Person.stage,
            Person.good_prospect,
        ).where(one_of(Person.id, _IDS)),
        "emails": select(ContactPoint.person_id, ContactPoint.value)
        .where(one_of(ContactPoint.person_id, _IDS), ContactPoint.kind == ContactKind.EMAIL.value)
        .order_by(ContactPoint.position),
        "meetings": select(Attendance.person_id, Event.id, Event.name, Event.date)
        .join(Event)
        .where(one_of(Attendance.person_id, _IDS)),
        "details": select(
            PersonalDetail.person_id,
            PersonalDetail.id,
            PersonalDetail.kind,
            PersonalDetail.text,
            PersonalDetail.mentioned_on,
            PersonalDetail.starts_on,
            PersonalDetail.ends_on,
        ).where(one_of(PersonalDetail.person_id, _IDS)),
        "signals": select(
            Signal.person_id, Signal.kind, Signal.sent_on, Signal.response, Signal.detail_id
        ).where(one_of(Signal.person_id, _IDS)),
        "follow_ups": select(
            FollowUp.person_id, FollowUp.id, FollowUp.due_on, FollowUp.kind, FollowUp.text
        ).where(one_of(FollowUp.person_id, _IDS), col(FollowUp.done_on).is_(None)),
        "snoozes": select(PromptSnooze.person_id, PromptSnooze.key, PromptSnooze.until).where(
            one_of(PromptSnooze.person_id, _IDS), col(PromptSnooze.until) > _TODAY
        ),
    }


def _candidates(session: Session, today: dt.date) -> list[int]:
    return list(
        session.connection()
        .execute(
            _queries()["candidates"],
            {
                "today": today,
                "met_since": _days_before(today, NEXT_DAY_WINDOW_DAYS),
                "busy_since": _days_before(today, COFFEE_WINDOW_DAYS + 1),
                "ask_since": _days_before(today, ASK_WINDOW_DAYS),
            },
        )
        .scalars()
    )


def _grouped(rows: Iterable[Sequence[Any]], make: Callable[..., Any]) -> dict[int, list]:
    """{person id: [make(*rest of the row), …]} from rows that start with the person's id."""
    grouped: dict[int, list] = defaultdict(list)
    for person_id, *values in rows:
        grouped[person_id].append(make(*values))
    return grouped


_DETAIL_KINDS = {kind.value: kind for kind in DetailKind}
_SIGNAL_KINDS = {kind.value: kind for kind in SignalKind}
_RESPONSES = {response.value: response for response in SignalResponse}
_STAGES = {stage.value: stage for stage in Stage}


def gather_facts(notebook: Notebook, today: dt.date) -> list[PersonFacts]:
    """The facts about every candidate, read as plain columns (no ORM objects: Today reads
    hundreds of people and their details, messages and meetings)."""
    queries = _queries()
    with notebook.reader() as session:
        ids = _candidates(session, today)
        if not ids:
            return []
        connection = session.connection()
        params = {"ids": ids, "today": today}

        def run(name: str) -> Any:
            return connection.execute(queries[name], params)

        people = run("people").all()
        emails = _grouped(run("emails"), str)
        meetings = _grouped(run("meetings"), Meeting)
        details = _grouped(
            run("details"),
            lambda id_, kind, *rest: DetailFact(id_, _DETAIL_KINDS[kind], *rest),
        )
        signals = _grouped(
            run("signals"),
            lambda kind, sent_on, response, detail_id: SignalFact(
                _SIGNAL_KINDS.get(kind, SignalKind.OTHER), sent_on, _RESPONSES[response], detail_id
            ),
        )
        follow_ups = _grouped(run("follow_ups"), FollowUpFact)
        snoozes = _grouped(run("snoozes"), lambda key, until: (key, until))
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
    values = values or settings.read_all(notebook)
    quiet = values.int(settings.QUIET_PERIOD_DAYS)
    return prompts_for(gather_facts(notebook, today), today, quiet_days=quiet)


def agenda_on(
    notebook: Notebook, today: dt.date, *, late_calls: int | None = None
) -> list[AgendaItem]:
    """Everything for `today`, in order: what the Today view and `relnotebook today` show.

    `late_calls`: show only that many of the check-ins due by today (the most overdue), and a
    `MoreCheckins` item for the rest; None shows them all (the command line).
    """
    values = settings.read_all(notebook)
    calls = due_checkins_page(notebook, today, first=late_calls, values=values)
    more: list[AgendaItem] = [MoreCheckins(calls.hidden)] if calls.hidden else []
    items: list[AgendaItem] = [
        *prompts_on(notebook, today, values),
        *calls.items,
        *more,
        *due_tasks(notebook, until=today),
        *pending_calls(notebook),
        *expiring(notebook, today, values.int(settings.CONSENT_WARNING_DAYS)),
    ]
    return ordered(items)
