"""People: creating, listing, editing with undo, deleting with undo, and storing text exactly."""

from __future__ import annotations

import pytest

from relnotebook.core.events.service import EventFields, add_event, get_event, link_person
from relnotebook.core.models import DetailKind, Language, Stage
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import (
    add_person,
    count_people,
    delete_person,
    get_person,
    list_people,
    restore_person,
    update_person,
)
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

ROBERT = PersonFields(
    given_name="Robert",
    family_name="Tremblay",
    preferred_name="Bob",
    organisation="Desjardins",
    role="CFO",
    language=Language.ENGLISH,
    stage=Stage.PROSPECT,
    how_met="Golf tournament",
    emails=("bob@Example.COM", "robert@work.example"),
    phones=("514 555 0199",),
    tags=("Golf",),
)


def page(notebook: Notebook, person_id: int):
    found = get_person(notebook, person_id)
    assert found is not None
    return found


# --- create, list, get -------------------------------------------------------------------------


def test_create_and_read_back(notebook: Notebook) -> None:
    person_id = add_person(notebook, ROBERT)
    fields = page(notebook, person_id).fields
    assert fields.name == "Bob Tremblay"
    assert fields.emails == ("bob@example.com", "robert@work.example")
    assert fields.phones == ("+15145550199",)  # stored in E.164 (core.people.phones)
    assert (fields.language, fields.stage, fields.good_prospect) == (
        Language.ENGLISH,
        Stage.PROSPECT,
        None,
    )
    [summary] = list_people(notebook)
    assert (summary.id, summary.name, summary.email, summary.tags) == (
        person_id,
        "Bob Tremblay",
        "bob@example.com",
        ("golf",),
    )
    assert get_person(notebook, person_id + 1) is None


def test_tags_are_normalised(notebook: Notebook) -> None:
    person_id = add_person(
        notebook, PersonFields(given_name="Ann", tags=(" Golf  Club ", "golf club", "VIP", " "))
    )
    assert page(notebook, person_id).fields.tags == ("golf club", "vip")


@pytest.mark.parametrize(
    "fields",
    [PersonFields(), PersonFields(given_name="  ", family_name=" ", preferred_name="")],
)
def test_a_person_needs_a_name(notebook: Notebook, fields: PersonFields) -> None:
    with pytest.raises(ValidationError) as caught:
        add_person(notebook, fields)
    assert caught.value.field == "given_name"
    assert count_people(notebook) == 0


def test_malformed_email_is_refused_and_nothing_written(notebook: Notebook) -> None:
    with pytest.raises(ValidationError) as caught:
        add_person(notebook, PersonFields(given_name="Ann", emails=("ann-at-example",)))
    assert caught.value.field == "email"
    assert count_people(notebook) == 0


# --- edit and undo -----------------------------------------------------------------------------


def test_update_returns_what_undo_needs(notebook: Notebook) -> None:
    introducer = add_person(notebook, PersonFields(given_name="Ida"))
    person_id = add_person(notebook, ROBERT)
    before = page(notebook, person_id).fields
    previous = update_person(
        notebook,
        person_id,
        {
            "given_name": " Rob ",
            "stage": "client",
            "good_prospect": True,
            "introduced_by_id": introducer,
            "emails": ["new@example.com"],
            "phones": [],
            "tags": ["VIP", "golf"],
        },
    )
    after = page(notebook, person_id)
    assert after.fields.given_name == "Rob"
    assert after.fields.stage is Stage.CLIENT
    assert after.fields.emails == ("new@example.com",)
    assert after.fields.tags == ("golf", "vip")
    assert after.introduced_by_name == "Ida"
    update_person(notebook, person_id, previous)
    assert page(notebook, person_id).fields == before


def test_blanking_the_name_is_refused_and_nothing_changes(notebook: Notebook) -> None:
    person_id = add_person(notebook, ROBERT)
    before = page(notebook, person_id)
    with pytest.raises(ValidationError) as caught:
        update_person(
            notebook,
            person_id,
            {"given_name": "", "family_name": "", "preferred_name": "", "tags": ["x"]},
        )
    assert caught.value.field == "given_name"
    assert page(notebook, person_id) == before


def test_update_rejects_bad_email_and_self_introduction(notebook: Notebook) -> None:
    person_id = add_person(notebook, ROBERT)
    with pytest.raises(ValidationError, match="not an email"):
        update_person(notebook, person_id, {"emails": ["bob at example"]})
    with pytest.raises(ValidationError) as caught:
        update_person(notebook, person_id, {"introduced_by_id": person_id})
    assert caught.value.field == "introduced_by_id"


# --- delete and undo ---------------------------------------------------------------------------


def test_delete_and_restore_brings_everything_back(notebook: Notebook) -> None:
    alice = add_person(
        notebook, PersonFields(given_name="Alice", emails=("a@x.org",), tags=("vip",))
    )
    bob = add_person(notebook, PersonFields(given_name="Bob", introduced_by_id=alice))
    event = add_event(notebook, EventFields(name="Gala", date=TODAY))
    update_person(notebook, alice, {"introduced_by_id": bob})
    with notebook.session() as session:
        link_person(session, event, alice)
    add_note(notebook, alice, text="Talked about sailing", date=TODAY, event_id=event)
    add_detail(notebook, alice, text="Sailing in June", kind=DetailKind.HOBBY)
    before = page(notebook, alice)
    assert before.introduced == ((bob, "Bob"),)

    deleted = delete_person(notebook, alice)
    assert get_person(notebook, alice) is None
    assert page(notebook, bob).fields.introduced_by_id is None
    assert get_event(notebook, event).people == ()  # type: ignore[union-attr]

    restore_person(notebook, deleted)
    assert page(notebook, alice) == before
    assert page(notebook, bob).fields.introduced_by_id == alice
    assert [p.id for p in get_event(notebook, event).people] == [alice]  # type: ignore[union-attr]


# --- text stored exactly -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(("Lorem ipsum dolor sit amet. " * 40_000)[:1_000_000], id="1MB"),
        pytest.param(
            "  Café à Montréal ☕🚴‍♀️👨‍👩‍👧 naïve Œuvre\r\n"
            "שלום, מה שלומך? — مرحبا، كيف حالك؟ 123\n\tend  ",
            id="unicode-rtl",
        ),
    ],
)
def test_notes_are_stored_exactly(notebook: Notebook, text: str) -> None:
    person_id = add_person(notebook, PersonFields(given_name="Ann"))
    add_note(notebook, person_id, text=text, date=TODAY)
    [note] = page(notebook, person_id).notes
    assert note.text == text
