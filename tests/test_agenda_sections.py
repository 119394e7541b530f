"""Today's sections: each item in its place, one row per person and section, every reason said."""

from __future__ import annotations

import datetime as dt

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.sweeps import PendingCall
from relnotebook.core.checkins.tasks import TaskView
from relnotebook.core.outreach.agenda import (
    SECTIONS,
    AgendaItem,
    MoreCheckins,
    MoreRows,
    Section,
    agenda_rows,
    ordered,
    paged,
    section_counts,
)
from relnotebook.core.outreach.rules import Prompt, PromptKind
from relnotebook.core.people.occasions import Occasion, OccasionKind
from relnotebook.core.referrals.newsletter import Subscriber

TODAY = dt.date(2026, 12, 7)


def call(person: int, name: str, days: int) -> CheckinDue:
    status = DueStatus.OVERDUE if days < 0 else DueStatus.TODAY if days == 0 else DueStatus.UPCOMING
    return CheckinDue(
        person, name, TODAY + dt.timedelta(days), status, 90, None, None, None, False, ""
    )


def sweep(person: int, name: str, sweep_id: int = 1) -> PendingCall:
    return PendingCall(sweep_id, f"Rates {sweep_id}", TODAY + dt.timedelta(3), person, name)


def prompt(kind: PromptKind, person: int, name: str) -> Prompt:
    return Prompt(kind, person, name, "fr", TODAY - dt.timedelta(1))


def task(task_id: int, person: int | None, days: int) -> TaskView:
    return TaskView(task_id, person, "", f"task {task_id}", TODAY + dt.timedelta(days), "", None)


def birthday(person: int, name: str, days: int) -> Occasion:
    on = TODAY + dt.timedelta(days)
    return Occasion(person, name, name, OccasionKind.BIRTHDAY, on, None, "fr", "")


def consent(person: int, name: str) -> Subscriber:
    return Subscriber(person, name, "", "fr", None, TODAY + dt.timedelta(20), True)  # type: ignore[arg-type]


def test_every_kind_of_item_goes_to_its_section_in_the_agenda_order() -> None:
    items: list[AgendaItem] = [
        birthday(9, "Ines", 3),
        consent(8, "Hugo"),
        task(1, None, 0),
        prompt(PromptKind.NEXT_DAY_NOTE, 7, "Gina"),
        sweep(6, "Fabien"),
        call(5, "Elise", -10),
        prompt(PromptKind.FOLLOW_UP, 4, "Denis"),
        task(2, None, -2),
        call(3, "Chloe", 5),
        birthday(2, "Bruno", 0),
        prompt(PromptKind.REPLIED, 1, "Anne"),
    ]
    rows = agenda_rows(items, TODAY)
    sections = [row.section for row in rows]
    assert sections == sorted(sections, key=SECTIONS.index)
    where = {(row.first.person_id, type(row.first).__name__): row.section for row in rows}
    assert where[(4, "Prompt")] == Section.LATE  # a follow-up promised
    assert [
        r.first.id for r in rows if r.section == Section.LATE and isinstance(r.first, TaskView)
    ] == [2]
    assert where[(5, "CheckinDue")] == Section.CALLS
    assert where[(6, "PendingCall")] == Section.SWEEPS
    assert where[(7, "Prompt")] == Section.MESSAGES
    assert where[(1, "Prompt")] == Section.MESSAGES  # a reply to record, with the messages
    assert where[(2, "Occasion")] == Section.MESSAGES  # a birthday today: wishes to send
    assert [r.first.id for r in rows if r.section == Section.TASKS] == [1]
    assert where[(8, "Subscriber")] == Section.CONSENTS
    assert where[(3, "CheckinDue")] == Section.COMING_UP
    assert where[(9, "Occasion")] == Section.COMING_UP
    assert section_counts(rows) == {
        Section.LATE: 2,
        Section.CALLS: 1,
        Section.SWEEPS: 1,
        Section.MESSAGES: 3,
        Section.TASKS: 1,
        Section.CONSENTS: 1,
        Section.COMING_UP: 2,
    }


def test_a_client_due_for_a_call_and_in_a_sweep_is_one_call_row_saying_both() -> None:
    due, in_sweep = call(5, "Elise", -10), sweep(5, "Elise")
    rows = agenda_rows([in_sweep, sweep(6, "Fabien"), due], TODAY)
    assert [(row.section, row.items) for row in rows] == [
        (Section.CALLS, (due, in_sweep)),
        (Section.SWEEPS, (sweep(6, "Fabien"),)),
    ]
    assert section_counts(rows) == {Section.CALLS: 1, Section.SWEEPS: 1}


def test_a_call_coming_up_is_said_on_the_sweep_call_that_comes_first() -> None:
    rows = agenda_rows([call(5, "Elise", 4), sweep(5, "Elise"), sweep(5, "Elise", 2)], TODAY)
    assert len(rows) == 1
    assert rows[0].section == Section.SWEEPS
    assert [type(item).__name__ for item in rows[0].items] == ["PendingCall"] * 2 + ["CheckinDue"]


def test_one_row_per_person_and_section_the_most_urgent_first() -> None:
    offer = prompt(PromptKind.NEWSLETTER_OFFER, 7, "Gina")
    note = prompt(PromptKind.NEXT_DAY_NOTE, 7, "Gina")
    other = prompt(PromptKind.NEXT_DAY_NOTE, 8, "Hugo")
    follow = prompt(PromptKind.FOLLOW_UP, 7, "Gina")
    rows = agenda_rows([offer, other, note, follow], TODAY)
    assert [(row.section, row.items) for row in rows] == [
        (Section.LATE, (follow,)),  # another section: its own row
        (Section.MESSAGES, (note, offer)),
        (Section.MESSAGES, (other,)),
    ]


def test_things_about_nobody_stay_one_row_each_and_a_page_of_calls_counts_all_it_hides() -> None:
    rows = agenda_rows(
        [task(1, None, 0), task(2, None, 0), call(5, "Elise", -3), MoreCheckins(40)], TODAY
    )
    assert [len(row.items) for row in rows] == [1, 1, 1, 1]
    assert section_counts(rows) == {Section.CALLS: 41, Section.TASKS: 2}
    assert agenda_rows([], TODAY) == []


def test_a_long_section_shows_a_page_and_one_row_standing_for_the_rest() -> None:
    rows = agenda_rows(
        [sweep(i, f"P{i:02}") for i in range(7)]
        + [call(50 + i, "late", -3) for i in range(4)]
        + [prompt(PromptKind.NEXT_DAY_NOTE, 80, "Gina")],
        TODAY,
    )
    shown = paged(rows, {Section.SWEEPS: 5}, page=2)
    assert [(row.section, len(row.items)) for row in shown].count((Section.CALLS, 1)) == 4
    sweeps = [row for row in shown if row.section == Section.SWEEPS]
    assert [r.person_id for r in sweeps[:5]] == [0, 1, 2, 3, 4]
    assert sweeps[5].first == MoreRows(Section.SWEEPS, 2)
    assert [row.first for row in shown if row.section == Section.MESSAGES] == [
        prompt(PromptKind.NEXT_DAY_NOTE, 80, "Gina")
    ]  # under a page: no row for more
    assert (
        section_counts(shown)
        == section_counts(rows)
        == {
            Section.CALLS: 4,
            Section.SWEEPS: 7,
            Section.MESSAGES: 1,
        }
    )
    assert paged(rows, {}, page=100) == rows


def test_names_on_the_same_day_are_in_the_order_of_the_people_list() -> None:
    """Accents and case aside, as the People list orders them: Émile among the E's."""
    items = [call(1, "Zoé Roy", 3), call(2, "Émile Nelligan", 3), call(3, "emma Stone", 3)]
    assert [i.person_name for i in ordered(items)] == ["Émile Nelligan", "emma Stone", "Zoé Roy"]
