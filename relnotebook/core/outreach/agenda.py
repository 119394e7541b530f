"""Today's agenda: messages to send, check-ins due, tasks, sweep calls, consents about to lapse,
in one ordered list.

Each feature decides what is due by its own rules; this module only says in which order a person
should see them: what is late or promised for today first, the calls before the long weekend
last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.sweeps import PendingCall
from relnotebook.core.checkins.tasks import TaskView
from relnotebook.core.outreach.rules import URGENCY, Prompt, PromptKind
from relnotebook.core.people.occasions import Occasion
from relnotebook.core.referrals.newsletter import Subscriber
from relnotebook.folding import fold

# Late calls shown at first (the Today page, `relnotebook today`); the page adds as many each time
# "Show more calls" is pressed.
LATE_CALLS_PAGE = 50
# The same for the other sections (sweep calls, messages…): rows shown at first, and added.
ROWS_PAGE = 100


@dataclass(frozen=True)
class MoreCheckins:
    """Stands, at the end of the late calls, for those past the page shown: a list of two
    thousand overdue calls helps nobody, and showing it all made Today slow."""

    count: int
    person_id: None = None


@dataclass(frozen=True)
class Unread:
    """Stands for a section's items past the page read (`service.agenda_on`'s `pages`: the
    newsletter offers, the sweep calls): the people they are for, so that `agenda_rows` counts
    one row per person and merges their other calls into it, as if read."""

    section: Section
    people: frozenset[int]
    count: int  # the items it stands for (`due_count`): a person may be in two sweeps
    person_id: None = None


AgendaItem = Prompt | CheckinDue | TaskView | PendingCall | Subscriber | MoreCheckins | Occasion
AgendaEntry = AgendaItem | Unread  # what Today reads: the items, and what stands for the unread


def item_key(item: RowItem) -> str:
    """A stable identity, to keep the same row selected across reloads."""
    if isinstance(item, MoreRows):
        return f"more:{item.section.value}"
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
        return (0, item.since, fold(item.person_name))
    if isinstance(item, TaskView):
        return (0, item.due_on, fold(item.person_name))
    if isinstance(item, CheckinDue):
        group = 4 if item.status == DueStatus.UPCOMING else 1
        return (group, item.due_on, fold(item.person_name))
    if isinstance(item, MoreCheckins):
        return (1, dt.date.max, "")
    if isinstance(item, PendingCall):
        return (2, item.deadline, fold(item.person_name))
    if isinstance(item, Occasion):  # a birthday: before the messages, soonest first
        return (3, -1, item.on, fold(item.person_name))
    if isinstance(item, Subscriber):  # implied consent running out: ask for express consent
        return (3, len(URGENCY), item.expires_on, fold(item.name))
    return (3, URGENCY.index(item.kind), item.since, fold(item.person_name))


def ordered(items: list[AgendaItem]) -> list[AgendaItem]:
    return sorted(items, key=_order)


def days_late(item: CheckinDue, today: dt.date) -> int:
    return max(0, (today - item.due_on).days)


def due_count(items: Sequence[AgendaEntry], today: dt.date) -> int:
    """What is to do today: every item but the calls and the birthdays coming up (a page of
    late calls counts all those it stands for). Today's summary and the tray both say it."""
    return sum(
        item.count
        if isinstance(item, MoreCheckins | Unread)
        else 0
        if isinstance(item, CheckinDue) and item.status == DueStatus.UPCOMING
        else 0
        if isinstance(item, Occasion) and item.on > today
        else 1
        for item in items
    )


class Section(StrEnum):
    """Today's sections, in the order they are shown."""

    LATE = "late"  # follow-ups promised, tasks past their day
    CALLS = "calls"  # check-in calls due (before a long weekend: first, by their due day)
    SWEEPS = "sweeps"  # market sweep calls
    MESSAGES = "messages"  # notes, invitations, replies to record, birthdays today
    TASKS = "tasks"  # tasks due today or before the closed days ahead
    CONSENTS = "consents"  # implied newsletter consent running out
    COMING_UP = "coming_up"  # calls and birthdays ahead


SECTIONS = tuple(Section)


@dataclass(frozen=True)
class MoreRows:
    """Stands, at the end of a long section, for its rows past the page shown (`paged`)."""

    section: Section
    count: int
    person_id: None = None


RowItem = AgendaItem | MoreRows


@dataclass(frozen=True)
class AgendaRow:
    """One person in one section, with every reason they are there: the first item is the one
    the row acts on (the most urgent), the others are said alongside."""

    section: Section
    items: tuple[RowItem, ...]

    @property
    def first(self) -> RowItem:
        return self.items[0]

    @property
    def person_id(self) -> int | None:
        return self.first.person_id

    @property
    def stands_for(self) -> int:
        """How many the row counts for in its section's header (a page of late calls: all)."""
        return self.first.count if isinstance(self.first, MoreCheckins | MoreRows) else 1


def section_of(item: AgendaItem, today: dt.date) -> Section:
    if isinstance(item, Prompt):
        return Section.LATE if item.kind == PromptKind.FOLLOW_UP else Section.MESSAGES
    if isinstance(item, TaskView):
        return Section.LATE if item.due_on < today else Section.TASKS
    if isinstance(item, CheckinDue):
        return Section.COMING_UP if item.status == DueStatus.UPCOMING else Section.CALLS
    if isinstance(item, MoreCheckins):
        return Section.CALLS
    if isinstance(item, PendingCall):
        return Section.SWEEPS
    if isinstance(item, Occasion):
        return Section.MESSAGES if item.on <= today else Section.COMING_UP
    return Section.CONSENTS


# A call in one section and another call for the same person further down are one call: the
# later one is said on the earlier row (due for a check-in and in a sweep: one call row).
_CALLS = (Section.CALLS, Section.SWEEPS, Section.COMING_UP)


def agenda_rows(items: Sequence[AgendaEntry], today: dt.date) -> list[AgendaRow]:
    """The agenda by section, one row per person and section with all their reasons merged,
    the sections in `SECTIONS` order and each in the agenda's order (`ordered`). The people of
    an `Unread` item who have no row in its section yet are a `MoreRows` row at its end."""
    unread: list[Unread] = []
    read: list[AgendaItem] = []
    for entry in items:
        if isinstance(entry, Unread):
            unread.append(entry)
        else:
            read.append(entry)
    placed = sorted(
        ((section_of(item, today), item) for item in read),
        key=lambda pair: (SECTIONS.index(pair[0]), _order(pair[1])),
    )
    rows: dict[tuple[Section, object], list[AgendaItem]] = {}
    call_row: dict[int, tuple[Section, object]] = {}  # person → their first call row
    unread_calls = {p: m.section for m in unread if m.section in _CALLS for p in m.people}
    for section, item in placed:
        person = item.person_id
        if (
            person in unread_calls
            and person not in call_row
            and section in _CALLS
            and SECTIONS.index(section) > SECTIONS.index(unread_calls[person])
        ):
            continue  # said on their call row further up, past the page read
        key: tuple[Section, object] = (section, person if person is not None else id(item))
        if person is not None and section in _CALLS and person in call_row:
            key = call_row[person]
        elif person is not None and section in _CALLS:
            call_row[person] = key
        rows.setdefault(key, []).append(item)
    result = [AgendaRow(key[0], tuple(merged)) for key, merged in rows.items()]
    for more in unread:
        rowless = [
            person
            for person in more.people
            if (more.section, person) not in rows
            and not (more.section in _CALLS and person in call_row)
        ]
        if rowless:
            result.append(AgendaRow(more.section, (MoreRows(more.section, len(rowless)),)))
    return sorted(result, key=lambda row: SECTIONS.index(row.section))  # stable: More last


def section_counts(rows: list[AgendaRow]) -> dict[Section, int]:
    """How many each section's header says: people (or things) in it, a page of late calls
    counting all it stands for. Sections with nothing are left out."""
    counts: dict[Section, int] = {}
    for row in rows:
        counts[row.section] = counts.get(row.section, 0) + row.stands_for
    return counts


def paged(rows: list[AgendaRow], shown: dict[Section, int], page: int) -> list[AgendaRow]:
    """Each section's first rows (`shown[section]`, else `page`), and a `MoreRows` row for the
    rest: two thousand sweep calls help nobody on one screen. Late calls are paged by the query
    (`service.agenda_on`), so their section is left whole."""
    result: list[AgendaRow] = []
    kept: dict[Section, int] = {}
    hidden: dict[Section, int] = {}
    for number, row in enumerate(rows):
        section = row.section
        if isinstance(row.first, MoreRows):  # rows not read (`Unread`): said with the rest
            hidden[section] = hidden.get(section, 0) + row.first.count
        elif section == Section.CALLS or kept.get(section, 0) < shown.get(section, page):
            result.append(row)
            kept[section] = kept.get(section, 0) + 1
        else:
            hidden[section] = hidden.get(section, 0) + 1
        last = number + 1 == len(rows) or rows[number + 1].section != section
        if last and hidden.get(section):
            result.append(AgendaRow(section, (MoreRows(section, hidden[section]),)))
    return result
