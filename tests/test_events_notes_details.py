"""Events, notes and personal details: add, edit, delete, and undo each of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from relnotebook.core.events.service import (
    EventFields,
    add_event,
    delete_event,
    get_event,
    link_person,
    list_events,
    restore_event,
    update_event,
)
from relnotebook.core.models import DetailKind, SignalKind
from relnotebook.core.outreach.signals import person_signals, record_signal
from relnotebook.core.people.details import add_detail, delete_detail, restore_detail, update_detail
from relnotebook.core.people.notes import add_note, delete_note, update_note
from relnotebook.core.people.service import add_person, count_people, get_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import restore_rows
from tests.conftest import TODAY


@pytest.fixture
def person(notebook: Notebook) -> int:
    return add_person(notebook, PersonFields(given_name="Ann", family_name="Lee"))


def page(notebook: Notebook, person_id: int):
    found = get_person(notebook, person_id)
    assert found is not None
    return found


# --- events ------------------------------------------------------------------------------------


def test_event_edit_and_undo(notebook: Notebook) -> None:
    event_id = add_event(notebook, EventFields(name=" Gala ", date=TODAY, notes="  as typed "))
    before = get_event(notebook, event_id)
    assert before is not None
    assert (before.name, before.notes) == ("Gala", "  as typed ")
    previous = update_event(notebook, event_id, {"name": "Spring gala", "place": "Québec"})
    assert previous == {"name": "Gala", "place": ""}
    assert get_event(notebook, event_id).place == "Québec"  # type: ignore[union-attr]
    update_event(notebook, event_id, previous)
    assert get_event(notebook, event_id) == before


@pytest.mark.parametrize(("changes", "field"), [({"name": "  "}, "name"), ({"date": ""}, "date")])
def test_event_needs_name_and_date(notebook: Notebook, changes: dict, field: str) -> None:
    event_id = add_event(notebook, EventFields(name="Gala", date=TODAY))
    with pytest.raises(ValidationError) as caught:
        update_event(notebook, event_id, changes)
    assert caught.value.field == field
    assert get_event(notebook, event_id).name == "Gala"  # type: ignore[union-attr]


def test_events_are_listed_newest_first_with_head_counts(notebook: Notebook, person: int) -> None:
    older = add_event(notebook, EventFields(name="Old", date=TODAY - dt.timedelta(days=30)))
    newer = add_event(notebook, EventFields(name="New", date=TODAY))
    with notebook.session() as session:
        link_person(session, newer, person)
        link_person(session, newer, person)  # once only
    assert [(e.id, e.people_count) for e in list_events(notebook)] == [(newer, 1), (older, 0)]


def test_deleting_an_event_keeps_people_and_notes(notebook: Notebook, person: int) -> None:
    event_id = add_event(notebook, EventFields(name="Gala", date=TODAY))
    with notebook.session() as session:
        link_person(session, event_id, person)
    note_id = add_note(notebook, person, text="Met at the gala", date=TODAY, event_id=event_id)
    event_before = get_event(notebook, event_id)

    deleted = delete_event(notebook, event_id)
    assert get_event(notebook, event_id) is None
    assert count_people(notebook) == 1
    [note] = page(notebook, person).notes
    assert (note.id, note.event_id, note.text) == (note_id, None, "Met at the gala")
    assert page(notebook, person).events == ()

    restore_event(notebook, deleted)
    assert get_event(notebook, event_id) == event_before
    [note] = page(notebook, person).notes
    assert (note.event_id, note.event_name) == (event_id, "Gala")
    assert [e.id for e in page(notebook, person).events] == [event_id]


# --- notes -------------------------------------------------------------------------------------


def test_note_edit_delete_and_undo(notebook: Notebook, person: int) -> None:
    note_id = add_note(notebook, person, text="First chat", date=TODAY)
    before = page(notebook, person).notes
    previous = update_note(notebook, note_id, {"text": "First chat, edited"})
    assert previous == {"text": "First chat"}
    assert page(notebook, person).notes[0].text == "First chat, edited"
    update_note(notebook, note_id, previous)
    # As it was, but for the count of changes: undo is one more.
    edited = page(notebook, person).notes
    assert edited == (replace(before[0], version=3),)

    saved = delete_note(notebook, note_id)
    assert page(notebook, person).notes == ()
    restore_rows(notebook, saved)
    assert page(notebook, person).notes == edited


@pytest.mark.parametrize(("text", "date"), [(" \n ", TODAY), ("Hello", "yesterday")])
def test_note_needs_text_and_date(notebook: Notebook, person: int, text: str, date) -> None:
    with pytest.raises(ValidationError):
        add_note(notebook, person, text=text, date=date)
    assert page(notebook, person).notes == ()


def test_deleting_one_note_keeps_the_others(notebook: Notebook, person: int) -> None:
    keep = add_note(notebook, person, text="keep", date=TODAY)
    drop = add_note(notebook, person, text="drop", date=TODAY)
    delete_note(notebook, drop)
    assert [n.id for n in page(notebook, person).notes] == [keep]
    with pytest.raises(LookupError):
        delete_note(notebook, drop)


# --- personal details --------------------------------------------------------------------------


def test_detail_edit_delete_and_undo(notebook: Notebook, person: int) -> None:
    detail_id = add_detail(
        notebook,
        person,
        text="  Trip to Japan ",
        kind=DetailKind.TRIP,
        mentioned_on=TODAY,
        starts_on=dt.date(2027, 4, 1),
        ends_on=dt.date(2027, 4, 20),
    )
    before = page(notebook, person).details
    assert before[0].text == "Trip to Japan"
    previous = update_detail(notebook, detail_id, {"kind": "hobby", "ends_on": None})
    assert previous == {"kind": "trip", "ends_on": dt.date(2027, 4, 20)}
    assert page(notebook, person).details[0].kind == "hobby"
    update_detail(notebook, detail_id, previous)
    edited = page(notebook, person).details
    assert edited == (replace(before[0], version=3),)

    saved = delete_detail(notebook, detail_id)
    assert page(notebook, person).details == ()
    restore_detail(notebook, saved)
    assert page(notebook, person).details == edited


def test_undoing_a_detail_delete_relinks_the_messages_about_it(
    notebook: Notebook, person: int
) -> None:
    """Otherwise "ask how it went" would come back for a trip already asked about."""
    detail_id = add_detail(notebook, person, text="Trip to Japan", kind=DetailKind.TRIP)
    signal_id = record_signal(
        notebook,
        person,
        kind=SignalKind.ASK_HOW_IT_WENT,
        body="How was Japan?",
        sent_on=dt.date(2026, 11, 1),
        detail_id=detail_id,
    )
    restore_detail(notebook, delete_detail(notebook, detail_id))
    assert [s.detail_text for s in person_signals(notebook, person)] == ["Trip to Japan"]
    assert person_signals(notebook, person)[0].id == signal_id


def test_detail_validation(notebook: Notebook, person: int) -> None:
    with pytest.raises(ValidationError) as caught:
        add_detail(notebook, person, text="   ")
    assert caught.value.field == "text"
    with pytest.raises(ValidationError) as caught:
        add_detail(notebook, person, text="Busy", ends_on="mid-December")  # type: ignore[arg-type]
    assert caught.value.field == "ends_on"
    with pytest.raises(ValueError):
        add_detail(notebook, person, text="Odd", kind="astrology")  # type: ignore[arg-type]
    assert page(notebook, person).details == ()
