"""`relnotebook today`: the agenda as lines (what, then why) and as the README's JSON.

The same read models as the Today view (`core.outreach.service.agenda_on`), worded in English
for a terminal or a script; the GUI has its own translated wording.
"""

from __future__ import annotations

import datetime as dt

from relnotebook.core.checkins.closed_days import ClosedDay
from relnotebook.core.checkins.rules import CheckinDue, DueStatus, status_on
from relnotebook.core.checkins.sweeps import PendingCall
from relnotebook.core.checkins.tasks import TaskView
from relnotebook.core.models import SignalKind
from relnotebook.core.outreach.agenda import (
    AgendaItem,
    MoreCheckins,
    Section,
    item_key,
    section_of,
)
from relnotebook.core.outreach.rules import Prompt, PromptKind
from relnotebook.core.people.occasions import Occasion, OccasionKind
from relnotebook.core.referrals.newsletter import Subscriber


def agenda_text(items: list[AgendaItem], day: dt.date, page: int | None = None) -> list[str]:
    """Two lines per item: its title, then why it is there; one line when there is nothing.

    `page`: each section's first `page` items, as the Today page shows them, and one line for
    the rest of a longer one (a `MoreCheckins` says how many late calls were left unread);
    None: everything. Items left out are counted, never worded.
    """
    if not items:
        return [f"Nothing to do on {day:%d %b %Y}."]
    sections = [section_of(item, day) for item in items]
    last = {section: number for number, section in enumerate(sections)}
    kept: dict[Section, int] = {}
    hidden: dict[Section, int] = {}
    lines: list[str] = []
    for number, (item, section) in enumerate(zip(items, sections, strict=True)):
        if isinstance(item, MoreCheckins):
            hidden[section] = hidden.get(section, 0) + item.count
        elif page is None or kept.get(section, 0) < page:
            kept[section] = kept.get(section, 0) + 1
            lines += (f"- {item_title(item)}", f"  {item_reason(item, day)}")
        else:
            hidden[section] = hidden.get(section, 0) + 1
        if last[section] == number and hidden.get(section):
            lines.append(more_text(section, hidden[section]))
    return lines


_MORE_NAMES = {  # one, several
    Section.LATE: ("late follow-up or task", "late follow-ups and tasks"),
    Section.CALLS: ("late check-in", "late check-ins"),
    Section.SWEEPS: ("sweep call", "sweep calls"),
    Section.MESSAGES: ("message or birthday", "messages and birthdays"),
    Section.TASKS: ("task", "tasks"),
    Section.CONSENTS: ("consent to ask for", "consents to ask for"),
    Section.COMING_UP: ("call or birthday coming up", "calls and birthdays coming up"),
}


def more_text(section: Section, count: int) -> str:
    """ "… and 15,873 more late check-ins: relnotebook today --all"."""
    one, several = _MORE_NAMES[section]
    return f"… and {count:,} more {one if count == 1 else several}: relnotebook today --all"


_KIND_NAMES = {
    PromptKind.NEXT_DAY_NOTE: "Next-day note",
    PromptKind.COFFEE_INVITATION: "Coffee invitation",
    PromptKind.ASK_HOW_IT_WENT: "Ask how it went",
    PromptKind.NEWSLETTER_OFFER: "Newsletter offer",
    PromptKind.FOLLOW_UP: "Follow-up",
    PromptKind.REPLIED: "Reply",
}
_ANSWERED = {
    SignalKind.NEXT_DAY_NOTE: "note",
    SignalKind.COFFEE_INVITATION: "coffee invitation",
    SignalKind.ASK_HOW_IT_WENT: "message",
    SignalKind.NEWSLETTER_OFFER: "newsletter offer",
}


def reason_text(prompt: Prompt) -> str:
    """Why the prompt is there, in one line of English (the GUI has its own translated one)."""
    parts = []
    if prompt.kind == PromptKind.REPLIED:
        what = _ANSWERED.get(prompt.answered or SignalKind.OTHER, "message")
        parts.append(f"{prompt.person_name} replied to your {what} on {prompt.since:%d %b %Y}")
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
    return f"{_KIND_NAMES[prompt.message_kind]}: {prompt.person_name}"


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


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_text(day: dt.date) -> str:
    """ "Monday 6 Sep"."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {day:%b}"


def closed_text(closed: ClosedDay, word: str = "due") -> str:
    """Why it shows before its day: "due Monday 6 Sep: Labour Day"."""
    when = f"{word} {day_text(closed.day)}"
    if closed.holiday is None:
        return f"{when}: weekend"
    if closed.holiday_on == closed.day:
        return f"{when}: {closed.holiday.en}"
    return f"{when}: closed until {day_text(closed.closed_until)}, {closed.holiday.en}"


_OCCASION_NAMES = {OccasionKind.BIRTHDAY: "Birthday", OccasionKind.ANNIVERSARY: "Anniversary"}


def occasion_reason(item: Occasion, today: dt.date) -> str:
    """ "Birthday on Thursday 10 Dec (turns 47)", "Anniversary today"."""
    when = "today" if item.on == today else f"on {day_text(item.on)}"
    text = f"{_OCCASION_NAMES[item.kind]} {when}"
    if item.years is None:
        return text
    birthday = item.kind == OccasionKind.BIRTHDAY
    return text + (f" (turns {item.years})" if birthday else f" ({item.years} years)")


def item_title(item: AgendaItem) -> str:
    if isinstance(item, Prompt):
        return prompt_title(item)
    if isinstance(item, CheckinDue):
        return f"Check-in: {item.person_name}"
    if isinstance(item, TaskView):
        return f"Task: {item.title}" + (f" ({item.person_name})" if item.person_name else "")
    if isinstance(item, Subscriber):
        return f"Ask for express consent: {item.name}"
    if isinstance(item, MoreCheckins):
        return f"{item.count} more calls due"
    if isinstance(item, Occasion):
        return f"{_OCCASION_NAMES[item.kind]}: {item.person_name}"
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
        if item.closed is not None and item.status != DueStatus.OVERDUE:
            when = closed_text(item.closed)
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
        if item.closed is not None:
            return closed_text(item.closed)
        late = "overdue, " if item.due_on < today else ""
        return f"{late}due {item.due_on:%d %b %Y}"
    if isinstance(item, Subscriber):
        return f"newsletter consent implied, expires {item.expires_on:%d %b %Y}"
    if isinstance(item, MoreCheckins):
        return "less overdue than those above"
    if isinstance(item, Occasion):
        return occasion_reason(item, today)
    if item.closed is not None:
        return f"market sweep “{item.sweep_title}”, {closed_text(item.closed, 'by')}"
    return f"market sweep “{item.sweep_title}”, by {item.deadline:%d %b %Y}"


def closed_json(closed: ClosedDay | None) -> dict[str, object]:
    """ "closed_until" (the last closed day) and "holiday" (its name): null on a business day."""
    return {
        "closed_until": _date(closed.closed_until) if closed else None,
        "holiday": closed.holiday.en if closed and closed.holiday else None,
    }


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
        **closed_json(item.closed),
    }


def task_json(item: TaskView, today: dt.date) -> dict[str, object]:
    return {
        "key": item_key(item),
        "id": item.id,
        "title": item.title,
        "kind": item.kind,
        "status": status_on(item.due_on, today, item.closed).value,
        "due_on": item.due_on.isoformat(),
        "person": {"id": item.person_id, "name": item.person_name} if item.person_id else None,
        **closed_json(item.closed),
    }


def sweep_call_json(item: PendingCall, today: dt.date) -> dict[str, object]:
    return {
        "key": item_key(item),
        "status": status_on(item.deadline, today, item.closed).value,
        "sweep": {
            "id": item.sweep_id,
            "title": item.sweep_title,
            "deadline": item.deadline.isoformat(),
        },
        "person": {"id": item.person_id, "name": item.person_name},
        **closed_json(item.closed),
    }


def occasion_json(item: Occasion) -> dict[str, object]:
    return {
        "key": item_key(item),
        "kind": item.kind.value,
        "on": item.on.isoformat(),
        "years": item.years,
        "person": {
            "id": item.person_id,
            "name": item.person_name,
            "language": item.language,
            "email": item.email or None,
        },
    }


def agenda_json(items: list[AgendaItem], today: dt.date) -> dict[str, object]:
    """The documented JSON of `relnotebook today --json` (README)."""
    return {
        "date": today.isoformat(),
        "prompts": [prompt_json(i) for i in items if isinstance(i, Prompt)],
        "check_ins": [checkin_json(i) for i in items if isinstance(i, CheckinDue)],
        "tasks": [task_json(i, today) for i in items if isinstance(i, TaskView)],
        "sweep_calls": [sweep_call_json(i, today) for i in items if isinstance(i, PendingCall)],
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
        "occasions": [occasion_json(i) for i in items if isinstance(i, Occasion)],
    }
