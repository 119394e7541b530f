"""Today's prompts from a notebook: the store picks the candidates, `prompts` decides.

Only people a rule could apply to are loaded (met recently, a busy period just over, a detail
whose dates just passed, a good prospect, a follow-up due), so Today stays quick on a large
notebook. The GUI's Today view and `relnotebook today` both call `prompts_on`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlmodel import Session, col, or_, select

from relnotebook import settings
from relnotebook.agenda import AgendaItem, item_key, ordered
from relnotebook.checkins import CheckinDue, DueStatus
from relnotebook.contacts import due_checkins
from relnotebook.dates import shift
from relnotebook.models import (
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
from relnotebook.newsletter import Subscriber, expiring
from relnotebook.prompts import (
    ASK_WINDOW_DAYS,
    COFFEE_WINDOW_DAYS,
    NEXT_DAY_WINDOW_DAYS,
    DetailFact,
    FollowUpFact,
    Meeting,
    PersonFacts,
    Prompt,
    PromptKind,
    SignalFact,
    prompts_for,
)
from relnotebook.store import Notebook
from relnotebook.sweeps import PendingCall, pending_calls
from relnotebook.tasks import TaskView, due_tasks
from relnotebook.validation import display_name


def _days_before(today: dt.date, count: int) -> dt.date:
    return shift(today, -count)


def _candidates(session: Session, today: dt.date) -> set[int]:
    met = (
        select(Attendance.person_id)
        .join(Event)
        .where(
            col(Event.date) >= _days_before(today, NEXT_DAY_WINDOW_DAYS), col(Event.date) < today
        )
    )
    busy_over = select(PersonalDetail.person_id).where(
        PersonalDetail.kind == DetailKind.BUSY.value,
        col(PersonalDetail.ends_on) < today,
        col(PersonalDetail.ends_on) >= _days_before(today, COFFEE_WINDOW_DAYS + 1),
    )
    dates_passed = select(PersonalDetail.person_id).where(
        or_(
            col(PersonalDetail.ends_on).between(_days_before(today, ASK_WINDOW_DAYS), today),
            col(PersonalDetail.starts_on).between(_days_before(today, ASK_WINDOW_DAYS), today),
        )
    )
    prospects = select(Person.id).where(col(Person.good_prospect).is_(True))
    due = select(FollowUp.person_id).where(
        col(FollowUp.done_on).is_(None), col(FollowUp.due_on) <= today
    )
    found: set[int] = set()
    for query in (met, busy_over, dates_passed, prospects, due):
        found.update(session.exec(query).all())  # type: ignore[call-overload]
    return found


def _by_person(rows: Iterable[tuple[int, object]]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for person_id, item in rows:
        grouped[person_id].append(item)
    return grouped


def gather_facts(notebook: Notebook, today: dt.date) -> list[PersonFacts]:
    with notebook.reader() as session:
        ids = list(_candidates(session, today))
        if not ids:
            return []
        people = session.exec(select(Person).where(col(Person.id).in_(ids))).all()
        emails = _by_person(
            session.exec(
                select(ContactPoint.person_id, ContactPoint.value)
                .where(col(ContactPoint.person_id).in_(ids), ContactPoint.kind == ContactKind.EMAIL)
                .order_by(ContactPoint.position)
            ).all()
        )
        meetings = _by_person(
            (a.person_id, Meeting(e.id, e.name, e.date))  # type: ignore[arg-type]
            for a, e in session.exec(
                select(Attendance, Event).join(Event).where(col(Attendance.person_id).in_(ids))
            )
        )
        details = _by_person(
            (
                d.person_id,
                DetailFact(
                    d.id,
                    DetailKind(d.kind),
                    d.text,
                    d.mentioned_on,
                    d.starts_on,  # type: ignore[arg-type]
                    d.ends_on,
                ),
            )
            for d in session.exec(
                select(PersonalDetail).where(col(PersonalDetail.person_id).in_(ids))
            )
        )
        signals = _by_person(
            (
                s.person_id,
                SignalFact(
                    _signal_kind(s.kind), s.sent_on, SignalResponse(s.response), s.detail_id
                ),
            )
            for s in session.exec(select(Signal).where(col(Signal.person_id).in_(ids)))
        )
        follow_ups = _by_person(
            (f.person_id, FollowUpFact(f.id, f.due_on, f.kind, f.text))  # type: ignore[arg-type]
            for f in session.exec(
                select(FollowUp).where(
                    col(FollowUp.person_id).in_(ids), col(FollowUp.done_on).is_(None)
                )
            )
        )
        snoozes = _by_person(
            (s.person_id, (s.key, s.until))
            for s in session.exec(
                select(PromptSnooze).where(
                    col(PromptSnooze.person_id).in_(ids), col(PromptSnooze.until) > today
                )
            )
        )
    return [
        PersonFacts(
            id=p.id,  # type: ignore[arg-type]
            name=display_name(p.given_name, p.family_name, p.preferred_name),
            language=p.language,
            stage=Stage(p.stage),
            good_prospect=p.good_prospect,
            email=next(iter(emails.get(p.id, [])), ""),  # type: ignore[arg-type]
            meetings=tuple(meetings.get(p.id, ())),  # type: ignore[arg-type]
            details=tuple(details.get(p.id, ())),  # type: ignore[arg-type]
            signals=tuple(signals.get(p.id, ())),  # type: ignore[arg-type]
            follow_ups=tuple(follow_ups.get(p.id, ())),  # type: ignore[arg-type]
            snoozed=dict(snoozes.get(p.id, ())),  # type: ignore[arg-type]
        )
        for p in people
    ]


def _signal_kind(value: str) -> SignalKind:
    try:
        return SignalKind(value)
    except ValueError:
        return SignalKind.OTHER


def prompts_on(notebook: Notebook, today: dt.date) -> list[Prompt]:
    """The message prompts for `today` (next-day notes, coffees, follow-ups…)."""
    quiet = settings.get_int(notebook, settings.QUIET_PERIOD_DAYS)
    return prompts_for(gather_facts(notebook, today), today, quiet_days=quiet)


def agenda_on(notebook: Notebook, today: dt.date) -> list[AgendaItem]:
    """Everything for `today`, in order: what the Today view and `relnotebook today` show."""
    items: list[AgendaItem] = [
        *prompts_on(notebook, today),
        *due_checkins(notebook, today),
        *due_tasks(notebook, until=today),
        *pending_calls(notebook),
        *expiring(notebook, today),
    ]
    return ordered(items)


_KIND_NAMES = {
    PromptKind.NEXT_DAY_NOTE: "Next-day note",
    PromptKind.COFFEE_INVITATION: "Coffee invitation",
    PromptKind.ASK_HOW_IT_WENT: "Ask how it went",
    PromptKind.NEWSLETTER_OFFER: "Newsletter offer",
    PromptKind.FOLLOW_UP: "Follow-up",
}


def reason_text(prompt: Prompt) -> str:
    """Why the prompt is there, in one line of English (the GUI has its own translated one)."""
    parts = []
    if prompt.follow_up is not None:
        parts.append(f"follow-up planned for {prompt.follow_up.due_on:%d %b %Y}")
        if prompt.follow_up.text:
            parts.append(prompt.follow_up.text)
    if prompt.meeting is not None:
        parts.append(f"Met at {prompt.meeting.event_name} on {prompt.meeting.date:%d %b %Y}")
    if prompt.detail is not None:
        ended = prompt.detail.ends_on or prompt.detail.starts_on
        when = (
            f" (ended {ended:%d %b %Y})"
            if prompt.kind == PromptKind.ASK_HOW_IT_WENT and ended
            else ""
        )
        parts.append(f"mentioned: {prompt.detail.text}{when}")
    if prompt.busy_until is not None:
        parts.append(f"busy until {prompt.busy_until:%d %b %Y}")
    if prompt.good_prospect and prompt.suggested == SignalKind.NEWSLETTER_OFFER:
        parts.append("good prospect, never offered the newsletter")
    return " · ".join(parts)


def prompt_title(prompt: Prompt) -> str:
    return f"{_KIND_NAMES[prompt.kind]}: {prompt.person_name}"


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def prompt_json(prompt: Prompt) -> dict[str, object]:
    """The documented JSON shape of one prompt (README, "relnotebook today --json")."""
    return {
        "key": prompt.key,
        "kind": prompt.kind.value,
        "since": prompt.since.isoformat(),
        "suggested_message": prompt.suggested.value if prompt.suggested else None,
        "person": {
            "id": prompt.person_id,
            "name": prompt.person_name,
            "language": prompt.language,
            "email": prompt.email or None,
        },
        "reason": reason_text(prompt),
        "event": (
            {
                "id": prompt.meeting.event_id,
                "name": prompt.meeting.event_name,
                "date": prompt.meeting.date.isoformat(),
            }
            if prompt.meeting
            else None
        ),
        "detail": (
            {
                "id": prompt.detail.id,
                "kind": prompt.detail.kind.value,
                "text": prompt.detail.text,
                "starts_on": _date(prompt.detail.starts_on),
                "ends_on": _date(prompt.detail.ends_on),
            }
            if prompt.detail
            else None
        ),
        "busy_until": _date(prompt.busy_until),
        "follow_up": (
            {
                "id": prompt.follow_up.id,
                "due_on": prompt.follow_up.due_on.isoformat(),
                "kind": prompt.follow_up.kind,
                "text": prompt.follow_up.text,
            }
            if prompt.follow_up
            else None
        ),
    }


def item_title(item: AgendaItem) -> str:
    if isinstance(item, Prompt):
        return prompt_title(item)
    if isinstance(item, CheckinDue):
        return f"Check-in: {item.person_name}"
    if isinstance(item, TaskView):
        return f"Task: {item.title}" + (f" ({item.person_name})" if item.person_name else "")
    if isinstance(item, Subscriber):
        return f"Ask for express consent: {item.name}"
    return f"Sweep call: {item.person_name}"


def item_reason(item: AgendaItem, today: dt.date) -> str:
    """Why the item is there, in one line of English (the GUI has its own translated one)."""
    if isinstance(item, Prompt):
        return reason_text(item)
    if isinstance(item, CheckinDue):
        when = {
            DueStatus.OVERDUE: f"overdue since {item.due_on:%d %b %Y}",
            DueStatus.TODAY: "due today",
            DueStatus.UPCOMING: f"due {item.due_on:%d %b %Y}",
        }[item.status]
        last = (
            f"last contact {item.last_contact:%d %b %Y}"
            + (f" ({item.last_channel.value})" if item.last_channel else "")
            if item.last_contact
            else "no contact logged yet"
        )
        parts = [when, f"every {item.cadence_days} days", last]
        if item.call_them_first:
            parts.append("they called the last two times: call them first")
        return " · ".join(parts)
    if isinstance(item, TaskView):
        late = "overdue, " if item.due_on < today else ""
        return f"{late}due {item.due_on:%d %b %Y}"
    if isinstance(item, Subscriber):
        return f"newsletter consent implied, expires {item.expires_on:%d %b %Y}"
    return f"market sweep “{item.sweep_title}”, by {item.deadline:%d %b %Y}"


def checkin_json(item: CheckinDue) -> dict[str, object]:
    return {
        "key": item_key(item),
        "status": item.status.value,
        "due_on": item.due_on.isoformat(),
        "person": {"id": item.person_id, "name": item.person_name, "phone": item.phone or None},
        "cadence_days": item.cadence_days,
        "tier": item.tier.value if item.tier else None,
        "last_contact": _date(item.last_contact),
        "last_channel": item.last_channel.value if item.last_channel else None,
        "call_them_first": item.call_them_first,
    }


def task_json(item: TaskView) -> dict[str, object]:
    return {
        "key": item_key(item),
        "id": item.id,
        "title": item.title,
        "kind": item.kind,
        "due_on": item.due_on.isoformat(),
        "person": {"id": item.person_id, "name": item.person_name} if item.person_id else None,
    }


def sweep_call_json(item: PendingCall) -> dict[str, object]:
    return {
        "key": item_key(item),
        "sweep": {
            "id": item.sweep_id,
            "title": item.sweep_title,
            "deadline": item.deadline.isoformat(),
        },
        "person": {"id": item.person_id, "name": item.person_name},
    }


def agenda_json(items: list[AgendaItem], today: dt.date) -> dict[str, object]:
    """The documented JSON of `relnotebook today --json` (README)."""
    return {
        "date": today.isoformat(),
        "prompts": [prompt_json(i) for i in items if isinstance(i, Prompt)],
        "check_ins": [checkin_json(i) for i in items if isinstance(i, CheckinDue)],
        "tasks": [task_json(i) for i in items if isinstance(i, TaskView)],
        "sweep_calls": [sweep_call_json(i) for i in items if isinstance(i, PendingCall)],
        "consents": [
            {
                "key": item_key(i),
                "person": {"id": i.person_id, "name": i.name, "email": i.email or None},
                "basis": i.basis.value if i.basis else None,
                "expires_on": _date(i.expires_on),
            }
            for i in items
            if isinstance(i, Subscriber)
        ],
    }
