"""After-event capture: rows become people, details, busy periods and attendance, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from relnotebook.core.events.capture import CaptureRow, row_problems, save_capture
from relnotebook.core.events.service import EventFields, add_event, get_event, list_events
from relnotebook.core.models import DetailKind
from relnotebook.core.people.details import guess_kind
from relnotebook.core.people.service import add_person, count_people, get_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

GALA = EventFields(name="Chamber of commerce gala", date=TODAY, place="Montréal")
ROWS = [
    CaptureRow(
        name="Jean de la Fontaine",
        organisation="Fables inc.",
        email="Jean@Fables.EXAMPLE",
        talked_about="cycling trip across Croatia",
        busy_until="mid-December",
    ),
    CaptureRow(),
    CaptureRow(name="Marie Roy", talked_about="golf"),
    CaptureRow(name="   ", email=" ", busy_until="\t"),
    CaptureRow(name="Sam Lee", email="sam@example.com"),
]


def counts(notebook: Notebook) -> tuple[int, int]:
    return count_people(notebook), len(list_events(notebook))


def test_capture_with_new_event_stores_everything(notebook: Notebook) -> None:
    result = save_capture(notebook, ROWS, new_event=GALA)
    assert len(result.created) == 3
    assert result.linked == ()
    assert counts(notebook) == (3, 1)
    event = get_event(notebook, result.event_id)
    assert event is not None
    assert sorted(p.name for p in event.people) == ["Jean de la Fontaine", "Marie Roy", "Sam Lee"]

    jean = get_person(notebook, result.created[0])
    assert jean is not None
    assert (jean.fields.given_name, jean.fields.family_name) == ("Jean", "de la Fontaine")
    assert jean.fields.organisation == "Fables inc."
    assert jean.fields.emails == ("Jean@fables.example",)
    assert jean.fields.how_met == GALA.name
    details = {d.kind: d for d in jean.details}
    assert details[DetailKind.TRIP.value].text == "cycling trip across Croatia"
    assert details[DetailKind.TRIP.value].mentioned_on == TODAY
    assert details[DetailKind.BUSY.value].ends_on == dt.date(2026, 12, 15)

    marie = get_person(notebook, result.created[1])
    assert marie is not None
    assert [d.kind for d in marie.details] == [DetailKind.HOBBY.value]


@pytest.mark.parametrize(
    ("bad_row", "field"),
    [
        (CaptureRow(name="Ann", email="ann-at-example"), "email"),
        (CaptureRow(name="Ann", busy_until="after the big thing"), "busy_until"),
        (CaptureRow(email="nameless@example.com"), "name"),
    ],
)
def test_one_bad_row_writes_nothing(notebook: Notebook, bad_row: CaptureRow, field: str) -> None:
    add_person(notebook, PersonFields(given_name="Already here"))
    before = counts(notebook)
    with pytest.raises(ValidationError) as caught:
        save_capture(notebook, [*ROWS, bad_row], new_event=GALA)
    assert caught.value.field == field
    assert counts(notebook) == before


def test_existing_person_is_linked_by_email_not_duplicated(notebook: Notebook) -> None:
    marie = add_person(
        notebook, PersonFields(given_name="Marie", emails=("Marie.Roy@example.com",))
    )
    event_id = add_event(notebook, GALA)
    result = save_capture(
        notebook,
        [CaptureRow(name="Marie R.", email="MARIE.ROY@EXAMPLE.COM", talked_about="golf")],
        event_id=event_id,
    )
    assert (result.event_id, result.created, result.linked) == (event_id, (), (marie,))
    assert count_people(notebook) == 1
    page = get_person(notebook, marie)
    assert page is not None
    assert page.fields.given_name == "Marie"
    assert [e.id for e in page.events] == [event_id]
    assert [d.text for d in page.details] == ["golf"]


def test_email_match_is_exact_not_a_pattern(notebook: Notebook) -> None:
    """`_` and `%` are ordinary characters in an address, not wildcards."""
    other = add_person(notebook, PersonFields(given_name="Axb", emails=("axb@example.com",)))
    result = save_capture(
        notebook, [CaptureRow(name="A B", email="a_b@example.com")], new_event=GALA
    )
    assert result.linked == ()
    assert other not in result.created
    assert count_people(notebook) == 2
    rows = [CaptureRow(name="A B", email="A_B@example.com")]
    again = save_capture(notebook, rows, event_id=result.event_id)
    assert again.linked == result.created


def test_same_new_email_twice_makes_one_new_person(notebook: Notebook) -> None:
    rows = [CaptureRow(name="Sam Lee", email="sam@example.com")] * 2
    result = save_capture(notebook, rows, new_event=GALA)
    assert count_people(notebook) == 1
    assert len(result.created) == 1
    assert result.linked == ()


def test_event_must_be_given_exactly_once(notebook: Notebook) -> None:
    with pytest.raises(ValueError):
        save_capture(notebook, ROWS)
    with pytest.raises(LookupError):
        save_capture(notebook, ROWS, event_id=999)
    assert counts(notebook) == (0, 0)


def test_row_problems_name_the_fields() -> None:
    bad = CaptureRow(name=" ", email="nope", busy_until="someday maybe")
    problems = row_problems(bad, index=4, reference=TODAY)
    assert [(p.row, p.field) for p in problems] == [(4, "name"), (4, "email"), (4, "busy_until")]
    assert all(p.message for p in problems)
    assert row_problems(CaptureRow(), index=0, reference=TODAY) == []
    assert row_problems(ROWS[0], index=0, reference=TODAY) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("cycling trip across Croatia", DetailKind.TRIP),
        ("voyage à vélo", DetailKind.TRIP),
        ("golf", DetailKind.HOBBY),
        ("golf tournament for the children's hospital", DetailKind.HOBBY),
        ("voyages en Italie", DetailKind.TRIP),
        ("Très occupé jusqu'aux impôts", DetailKind.BUSY),
        ("Sa fille se marie en juin", DetailKind.FAMILY),
        ("Got a promotion", DetailKind.WORK),
        ("likes blue", DetailKind.OTHER),
    ],
)
def test_guess_kind(text: str, kind: DetailKind) -> None:
    assert guess_kind(text) is kind


def test_undoing_a_capture_keeps_an_attendance_recorded_before_it(notebook: Notebook) -> None:
    from relnotebook.core.events.capture import undo_capture

    first = save_capture(notebook, [ROWS[0]], new_event=GALA)
    again = save_capture(notebook, [ROWS[0]], event_id=first.event_id)
    assert again.linked and again.attended == ()
    undo_capture(notebook, again)
    page = get_event(notebook, first.event_id)
    assert page is not None and len(page.people) == 1


def test_a_capture_keeps_a_website_and_a_nickname(notebook: Notebook) -> None:
    from relnotebook.core.events.capture import redo_capture, undo_capture
    from relnotebook.core.people.views import Website

    known = add_person(
        notebook, PersonFields(given_name="Paul", family_name="Gagnon", emails=("paul@ex.com",))
    )
    rows = [
        CaptureRow(
            name="Robert Tremblay",
            website="https://www.linkedin.com/in/robert-tremblay",
            nickname="Bob",
        ),
        CaptureRow(name="Paul", email="PAUL@ex.com", website="gagnon.ca", nickname="Polo"),
    ]
    result = save_capture(notebook, rows, new_event=GALA)
    people = dict(result.row_people)
    robert = get_person(notebook, people[0])
    assert robert is not None
    assert robert.fields.nickname == "Bob"
    linkedin = Website("https://www.linkedin.com/in/robert-tremblay", "LinkedIn")
    assert robert.fields.websites == (linkedin,)
    assert people[1] == known  # matched by email: their card gets what they did not have
    paul = get_person(notebook, known)
    assert paul is not None
    assert (paul.fields.nickname, paul.fields.websites) == ("Polo", (Website("gagnon.ca"),))
    saved = undo_capture(notebook, result)
    paul = get_person(notebook, known)
    assert paul is not None and (paul.fields.nickname, paul.fields.websites) == ("", ())
    redo_capture(notebook, result, saved)
    paul = get_person(notebook, known)
    assert paul is not None and (paul.fields.nickname, paul.fields.websites) == (
        "Polo",
        (Website("gagnon.ca"),),
    )


def test_a_website_that_cannot_be_one_is_a_problem_of_its_row() -> None:
    (problem,) = row_problems(CaptureRow(name="Luc", website="mon site"), index=0, reference=TODAY)
    assert problem.field == "website"
    assert "is not a web address" in problem.message
