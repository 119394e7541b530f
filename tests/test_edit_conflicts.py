"""Two sessions editing the same record: the later change, started from an older version, is
refused (never silently saved over the other), and saving it anyway is an explicit choice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlmodel import Session

from relnotebook.core.checkins import tasks
from relnotebook.core.events import service as events
from relnotebook.core.models import Note
from relnotebook.core.people import details, notes
from relnotebook.core.people import service as people
from relnotebook.errors import EditConflictError
from relnotebook.store import Notebook
from relnotebook.store.rows import update_row
from tests.conftest import ON_SERVER

DAY = dt.date(2026, 12, 6)


@pytest.fixture
def other(notebook: Notebook) -> Iterator[Notebook]:
    """The same notebook opened a second time: another window, another computer."""
    second = Notebook.open(notebook.location)
    yield second
    second.close()


@pytest.fixture
def person(notebook: Notebook) -> int:
    return people.add_person(notebook, people.PersonFields(given_name="Léa", family_name="Roy"))


def _page(notebook: Notebook, person_id: int) -> people.PersonPage:
    page = people.get_person(notebook, person_id)
    assert page is not None
    return page


def test_a_profile_changed_elsewhere_is_not_saved_over(
    notebook: Notebook, other: Notebook, person: int
) -> None:
    seen = _page(notebook, person).version
    people.update_person(other, person, {"role": "Architect"}, seen_version=seen)

    with pytest.raises(EditConflictError) as caught:
        people.update_person(notebook, person, {"role": "Engineer"}, seen_version=seen)

    assert (caught.value.table, caught.value.key) == ("person", person)
    assert "changed elsewhere" in caught.value.message
    assert _page(notebook, person).fields.role == "Architect"  # theirs, untouched


def test_saving_mine_anyway_replaces_theirs_and_moves_the_version(
    notebook: Notebook, other: Notebook, person: int
) -> None:
    seen = _page(notebook, person).version
    people.update_person(other, person, {"role": "Architect"})
    people.update_person(notebook, person, {"role": "Engineer"})  # the user chose "mine"

    page = _page(other, person)
    assert page.fields.role == "Engineer"
    assert page.version == seen + 2


def test_a_change_of_emails_or_tags_alone_counts_as_a_change_of_the_profile(
    notebook: Notebook, other: Notebook, person: int
) -> None:
    seen = _page(notebook, person).version
    people.update_person(other, person, {"tags": ("golf",)})
    with pytest.raises(EditConflictError):
        people.update_person(notebook, person, {"emails": ("lea@example.org",)}, seen_version=seen)
    assert _page(notebook, person).fields.emails == ()


def test_my_own_successive_changes_from_the_page_as_reloaded_are_accepted(
    notebook: Notebook, person: int
) -> None:
    for role in ("Architect", "Engineer", "Director"):
        people.update_person(
            notebook, person, {"role": role}, seen_version=_page(notebook, person).version
        )
    assert _page(notebook, person).fields.role == "Director"


def _note(notebook: Notebook, person: int) -> tuple[int, int]:
    note_id = notes.add_note(notebook, person, text="Cycling across Croatia", date=DAY)
    return note_id, _page(notebook, person).notes[0].version


def _detail(notebook: Notebook, person: int) -> tuple[int, int]:
    detail_id = details.add_detail(notebook, person, text="Busy until spring")
    return detail_id, _page(notebook, person).details[0].version


def _task(notebook: Notebook, person: int) -> tuple[int, int]:
    return tasks.add_task(notebook, title="Call back", due_on=DAY, person_id=person), 1


def _event(notebook: Notebook, person: int) -> tuple[int, int]:
    return events.add_event(notebook, events.EventFields(name="Chamber breakfast", date=DAY)), 1


RECORDS: dict[str, tuple[Callable[[Notebook, int], tuple[int, int]], Callable, dict, dict]] = {
    "note": (_note, notes.update_note, {"text": "Theirs"}, {"text": "Mine"}),
    "detail": (_detail, details.update_detail, {"text": "Theirs"}, {"text": "Mine"}),
    "task": (_task, tasks.update_task, {"title": "Theirs"}, {"title": "Mine"}),
    "event": (_event, events.update_event, {"name": "Theirs"}, {"name": "Mine"}),
}


@pytest.mark.parametrize("record", sorted(RECORDS))
def test_every_record_edited_in_a_form_is_guarded(
    notebook: Notebook, other: Notebook, person: int, record: str
) -> None:
    create, update, theirs, mine = RECORDS[record]
    key, seen = create(notebook, person)
    update(other, key, theirs, seen_version=seen)

    with pytest.raises(EditConflictError):
        update(notebook, key, mine, seen_version=seen)
    previous: dict[str, Any] = update(notebook, key, mine)  # saving mine, chosen
    # A detail's new text also brings its new suggested mentions: undo puts those back too.
    assert {name: previous[name] for name in theirs} == theirs
    assert set(previous) - set(theirs) <= {"mention_en", "mention_tu", "mention_vous"}


@pytest.mark.skipif(
    not ON_SERVER, reason="SQLite lets one writer at a time: the other write waits for this one"
)
def test_a_change_committed_between_reading_and_writing_is_caught_when_written(
    notebook: Notebook, other: Notebook, person: int
) -> None:
    """The version check SQLAlchemy adds to the UPDATE: a row read in a transaction, changed
    and committed by another one before this one writes it."""
    note_id, _ = _note(notebook, person)
    with pytest.raises(EditConflictError), notebook.session() as session:
        read = session.get(Note, note_id)  # read, and kept (the session holds it weakly)
        assert read is not None and read.version == 1
        notes.update_note(other, note_id, {"text": "Theirs"})  # committed meanwhile: version 2
        update_row(session, Note, note_id, {"text": "Mine"})
    with Session(other.engine) as session:
        stored = session.get(Note, note_id)
        assert stored is not None
        assert (stored.text, stored.version) == ("Theirs", 2)
