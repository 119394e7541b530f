"""Today's agenda: messages to send, check-ins due, tasks, sweep calls, consents about to lapse,
in one ordered list.

Each feature decides what is due by its own rules; this module only says in which order a person
should see them: what is late or promised for today first, the calls before the long weekend
last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.sweeps import PendingCall
from relnotebook.core.checkins.tasks import TaskView
from relnotebook.core.outreach.rules import URGENCY, Prompt, PromptKind
from relnotebook.core.people.occasions import Occasion
from relnotebook.core.referrals.newsletter import Subscriber


@dataclass(frozen=True)
class MoreCheckins:
    """Stands, at the end of the late calls, for those past the page shown: a list of two
    thousand overdue calls helps nobody, and showing it all made Today slow."""

    count: int
    person_id: None = None


AgendaItem = Prompt | CheckinDue | TaskView | PendingCall | Subscriber | MoreCheckins | Occasion


def item_key(item: AgendaItem) -> str:
    """A stable identity, to keep the same row selected across reloads."""
    if isinstance(item, Prompt):
        return item.key
    if isinstance(item, CheckinDue):
        return f"checkin:{item.person_id}"
    if isinstance(item, TaskView):
        return f"task:{item.id}"
    if isinstance(item, Subscriber):
        return f"consent:{item.person_id}"
    if isinstance(item, MoreCheckins):
        return "checkins:more"
    if isinstance(item, Occasion):
        return f"{item.kind.value}:{item.person_id}"
    return f"sweep:{item.sweep_id}:{item.person_id}"


def item_person(item: AgendaItem) -> int | None:
    return item.person_id


def _order(item: AgendaItem) -> tuple[object, ...]:
    """Group, then date, then name."""
    if isinstance(item, Prompt) and item.kind == PromptKind.FOLLOW_UP:
        return (0, item.since, item.person_name.casefold())
    if isinstance(item, TaskView):
        return (0, item.due_on, item.person_name.casefold())
    if isinstance(item, CheckinDue):
        group = 4 if item.status == DueStatus.UPCOMING else 1
        return (group, item.due_on, item.person_name.casefold())
    if isinstance(item, MoreCheckins):
        return (1, dt.date.max, "")
    if isinstance(item, PendingCall):
        return (2, item.deadline, item.person_name.casefold())
    if isinstance(item, Occasion):  # a birthday: before the messages, soonest first
        return (3, -1, item.on, item.person_name.casefold())
    if isinstance(item, Subscriber):  # implied consent running out: ask for express consent
        return (3, len(URGENCY), item.expires_on, item.name.casefold())
    return (3, URGENCY.index(item.kind), item.since, item.person_name.casefold())


def ordered(items: list[AgendaItem]) -> list[AgendaItem]:
    return sorted(items, key=_order)


def days_late(item: CheckinDue, today: dt.date) -> int:
    return max(0, (today - item.due_on).days)


def due_count(items: list[AgendaItem], today: dt.date) -> int:
    """What is to do today: every item but the calls and the birthdays coming up (a page of
    late calls counts all those it stands for). Today's summary and the tray both say it."""
    return sum(
        item.count
        if isinstance(item, MoreCheckins)
        else 0
        if isinstance(item, CheckinDue) and item.status == DueStatus.UPCOMING
        else 0
        if isinstance(item, Occasion) and item.on > today
        else 1
        for item in items
    )
