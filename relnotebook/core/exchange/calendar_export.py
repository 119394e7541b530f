"""What is coming up, as an iCalendar file for the advisor's own calendar app.

Advisors live in their calendar, not in this app: an `.ics` file of the check-ins, coffees,
tasks and sweep deadlines of the next weeks lets them see the calls beside their meetings. One
all-day event per item, marked free (TRANSP:TRANSPARENT) so that a reminder never blocks a
meeting slot.

Birthdays and anniversaries (for the people the Today setting names) come as their next
occurrence in the window, not as a yearly recurring event: the file is a window of the coming
weeks like everything else in it, so a birthday deleted or a person erased is gone from the
calendar at the next import instead of recurring there for ever, and 29 February falls on
28 February in other years as on Today (a yearly rule would skip those years). Its UID names the
person and the kind, so each year's export moves the same event.

Each event's UID names the thing it is about (the person's check-in, the task, the coffee), never
its date: when a contact is logged and the check-in moves, importing the next export again moves
the event instead of adding a second one. What is late is placed on the export day, since that is
when it should be done.

Private data: the file holds names, phone numbers and the reasons for each call (what the person
told you, the follow-up's text). It is only written where the user asks; nothing is sent
anywhere. The command line writes it with mode 0600 for the same reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from icalendar import Calendar, Event
from sqlmodel import col, select

from relnotebook.clock import utc_now
from relnotebook.core import settings
from relnotebook.core.checkins.closed_days import ClosedDay, notebook_calendar
from relnotebook.core.checkins.due import due_checkins
from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.sweeps import SweepView, open_sweeps
from relnotebook.core.checkins.tasks import ADMIN, RECONTACT, TaskView, due_tasks
from relnotebook.core.dates import month_name
from relnotebook.core.models import ContactKind, ContactPoint, FollowUp, Person, stored
from relnotebook.core.people.occasions import Occasion, OccasionKind, occasions_between, who_setting
from relnotebook.core.people.phones import region_in, shown_phone
from relnotebook.core.validation import display_name
from relnotebook.files import write_private_file
from relnotebook.store import Notebook
from relnotebook.store.files.outside_copies import CopyKind, record_copy

PRODID = "-//Relationship Notebook//relnotebook//EN"
CALENDAR_NAME = "Relationship Notebook"
UID_DOMAIN = "relnotebook"
COFFEE = "coffee"  # FollowUp.kind of a coffee the person agreed to (signals.record_response)
DEFAULT_DAYS = 90

_TASK_KINDS = {
    ADMIN: "Paperwork after a client left.",
    RECONTACT: "Get back in touch with a former client.",
}


@dataclass(frozen=True)
class CalendarItem:
    """One all-day event: `uid` stays the same whenever `day` moves."""

    uid: str
    day: dt.date
    summary: str
    description: str


def _long_date(day: dt.date) -> str:
    """ "3 December 2026": English whatever the process locale is (Qt sets it from the system)."""
    return f"{day.day} {month_name(day.month, 'en')} {day.year}"


def _plus_days(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max


def _phone_line(phone: str) -> list[str]:
    return [f"Phone: {phone}"] if phone else []


def _checkin_item(due: CheckinDue, today: dt.date) -> CalendarItem:
    cadence = f"Every {due.cadence_days} days" + (f" (tier {due.tier.value})" if due.tier else "")
    if due.last_contact is None:
        last = "no contact logged yet"
    else:
        last = f"last contact {_long_date(due.last_contact)}" + (
            f" ({due.last_channel.value})" if due.last_channel else ""
        )
    lines = [f"{cadence}; {last}."]
    if due.status == DueStatus.OVERDUE:
        lines.append(f"Overdue since {_long_date(due.due_on)}.")
    if due.call_them_first:
        lines.append("They called the last two times: call them first.")
    lines += _closed_line(due.closed)
    return CalendarItem(
        uid=f"checkin-{due.person_id}@{UID_DOMAIN}",
        day=max(due.closed.open_before if due.closed else due.due_on, today),
        summary=f"Check in with {due.person_name}",
        description="\n".join([*lines, *_phone_line(due.phone)]),
    )


def _closed_line(closed: ClosedDay | None) -> list[str]:
    """A check-in or task due on a closed day is placed on the business day before it."""
    if closed is None:
        return []
    why = closed.holiday.en if closed.holiday else "weekend"
    return [f"Due {_long_date(closed.day)} ({why}): placed on the business day before."]


def _task_item(task: TaskView, today: dt.date, phones: dict[int, str]) -> CalendarItem:
    summary = f"Task: {task.title}" + (f" ({task.person_name})" if task.person_name else "")
    lines = []
    if task.kind in _TASK_KINDS:
        lines.append(_TASK_KINDS[task.kind])
    if task.due_on < today:
        lines.append(f"Overdue since {_long_date(task.due_on)}.")
    lines += _closed_line(task.closed)
    phone = phones.get(task.person_id, "") if task.person_id is not None else ""
    return CalendarItem(
        uid=f"task-{task.id}@{UID_DOMAIN}",
        day=max(task.closed.open_before if task.closed else task.due_on, today),
        summary=summary,
        description="\n".join([*lines, *_phone_line(phone)]),
    )


@dataclass(frozen=True)
class _Coffee:
    id: int
    person_id: int
    person_name: str
    due_on: dt.date
    text: str


def _open_coffees(notebook: Notebook, until: dt.date) -> list[_Coffee]:
    with notebook.reader() as session:
        rows = session.exec(
            select(FollowUp, Person)
            .join(Person)
            .where(
                FollowUp.kind == COFFEE,
                col(FollowUp.done_on).is_(None),
                col(FollowUp.due_on) <= until,
            )
            .order_by(col(FollowUp.due_on), col(FollowUp.id))
        ).all()
    return [
        _Coffee(
            id=stored(follow_up.id),
            person_id=follow_up.person_id,
            person_name=display_name(person.given_name, person.family_name, person.preferred_name),
            due_on=follow_up.due_on,
            text=follow_up.text,
        )
        for follow_up, person in rows
    ]


def _coffee_item(coffee: _Coffee, today: dt.date, phones: dict[int, str]) -> CalendarItem:
    if coffee.due_on < today:
        lines = [f"Coffee planned for {_long_date(coffee.due_on)}, not marked done yet."]
    else:
        lines = ["Coffee agreed."]
    if coffee.text:
        lines.append(coffee.text)
    return CalendarItem(
        uid=f"coffee-{coffee.id}@{UID_DOMAIN}",
        day=max(coffee.due_on, today),
        summary=f"Coffee with {coffee.person_name}",
        description="\n".join([*lines, *_phone_line(phones.get(coffee.person_id, ""))]),
    )


def _sweep_item(sweep: SweepView, today: dt.date) -> CalendarItem:
    """A sweep's deadline, with how many are left to call (the event moves as they are)."""
    lines = [f"{sweep.reached} of {sweep.total} reached; {sweep.remaining} still to call."]
    if sweep.deadline < today:
        lines.append(f"The deadline was {_long_date(sweep.deadline)}.")
    return CalendarItem(
        uid=f"sweep-{sweep.id}@{UID_DOMAIN}",
        day=max(sweep.deadline, today),
        summary=f"Sweep deadline: {sweep.title}",
        description="\n".join(lines),
    )


def _occasion_item(occasion: Occasion) -> CalendarItem:
    birthday = occasion.kind == OccasionKind.BIRTHDAY
    summary = f"{'Birthday' if birthday else 'Anniversary'}: {occasion.person_name}"
    if occasion.years is not None:
        summary += f" ({occasion.years})"
    return CalendarItem(
        uid=f"{occasion.kind.value}-{occasion.person_id}@{UID_DOMAIN}",
        day=occasion.on,
        summary=summary,
        description="A short message on the day: Today copies one in their language.",
    )


def _phones(notebook: Notebook, person_ids: Iterable[int]) -> dict[int, str]:
    """Each person's first phone number, in the national format ("(514) 555-0177")."""
    ids = sorted(set(person_ids))
    found: dict[int, str] = {}
    if not ids:
        return found
    with notebook.reader() as session:
        region = region_in(session)
        for person_id, value in session.exec(
            select(ContactPoint.person_id, ContactPoint.value)
            .where(
                col(ContactPoint.person_id).in_(ids),
                ContactPoint.kind == ContactKind.PHONE.value,
            )
            .order_by(col(ContactPoint.position), col(ContactPoint.id))
        ):
            if person_id not in found:
                found[person_id] = shown_phone(value, region)
    return found


def calendar_items(
    notebook: Notebook, *, today: dt.date, days: int = DEFAULT_DAYS
) -> list[CalendarItem]:
    """Check-ins, coffees agreed, open tasks, open sweeps' deadlines, birthdays and
    anniversaries from `today` to `today + days`, by day.

    Anything late (a check-in overdue, a coffee not marked done, a task past its date) is placed
    on `today`.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    until = _plus_days(today, days)
    checkins = due_checkins(notebook, today, lookahead_days=days)
    calendar = notebook_calendar(notebook)
    tasks = [
        replace(t, closed=calendar.closed(t.due_on) if t.due_on > today else None)
        for t in due_tasks(notebook, until=until)
    ]
    coffees = _open_coffees(notebook, until)
    phones = _phones(
        notebook,
        [c.person_id for c in coffees] + [t.person_id for t in tasks if t.person_id is not None],
    )
    who = who_setting(settings.read_all(notebook))
    items = [
        *(_checkin_item(due, today) for due in checkins),
        *(_coffee_item(coffee, today, phones) for coffee in coffees),
        *(_task_item(task, today, phones) for task in tasks),
        *(_sweep_item(s, today) for s in open_sweeps(notebook) if s.deadline <= until),
        *(_occasion_item(o) for o in occasions_between(notebook, today, days, who=who)),
    ]
    # A stable sort: on each day, check-ins (most overdue first), then coffees, then tasks.
    return sorted(items, key=lambda item: item.day)


def save_calendar(
    notebook: Notebook, out: Path, *, today: dt.date, days: int = DEFAULT_DAYS
) -> int:
    """Write the coming items (`calendar_items`) to `out` as a private .ics file, remembered
    as a copy made outside the app (`outside_copies`); returns how many. OSError when the file
    cannot be written."""
    items = calendar_items(notebook, today=today, days=days)
    write_private_file(out, write_ics(items))
    record_copy(notebook.path, out, CopyKind.CALENDAR)
    return len(items)


def write_ics(items: Iterable[CalendarItem], *, stamp: dt.datetime | None = None) -> bytes:
    """The items as one iCalendar document (RFC 5545), UTF-8 with CRLF line ends.

    `stamp` is every event's DTSTAMP (when the file was made), in UTC; a naive datetime is taken
    as UTC. It is an argument so that the same items always give the same bytes in tests.
    """
    if stamp is None:
        stamp = utc_now().replace(tzinfo=dt.UTC)
    elif stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    else:
        stamp = stamp.astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        if item.day < dt.date.max:  # without DTEND an all-day event lasts the one day anyway
            event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
