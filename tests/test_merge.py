"""Merging duplicates: everything moves to the kept person in one step, and undo is exact."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from relnotebook.core.checkins.service import get_plan, log_contact, set_plan
from relnotebook.core.checkins.sweeps import start_sweep
from relnotebook.core.checkins.tasks import add_task
from relnotebook.core.demo.writer import write_demo
from relnotebook.core.events.service import get_event
from relnotebook.core.models import (
    FollowUp,
    NewsletterConsent,
    NewsletterStatus,
    Person,
    PromptSnooze,
    Referral,
    SignalKind,
    SweepMember,
    Task,
)
from relnotebook.core.outreach.signals import add_follow_up, record_signal, snooze
from relnotebook.core.people import merge
from relnotebook.core.people.merge import compare, merge_people, unmerge
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, get_person, list_people, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.referrals.newsletter import record_consent
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.helpers.notebooks import everything


def person_id(notebook: Notebook, name: str) -> int:
    return next(p.id for p in list_people(notebook) if p.name == name)


@pytest.fixture
def demo(demo_notebook: Notebook) -> Notebook:
    """The demo notebook, with Jean-François given a bit of everything a person can have."""
    notebook = demo_notebook
    isabelle = person_id(notebook, "Isabelle Fortin")
    jf = person_id(notebook, "Jean-François Côté")
    signal = record_signal(
        notebook, jf, kind=SignalKind.NEXT_DAY_NOTE, body="Merci pour hier", sent_on=TODAY
    )
    assert signal > 0
    add_follow_up(notebook, jf, due_on=TODAY + dt.timedelta(days=9), kind="coffee", text="Café")
    snooze(notebook, f"message:{jf}", jf, TODAY + dt.timedelta(days=5))
    snooze(notebook, f"message:{isabelle}", isabelle, TODAY + dt.timedelta(days=2))
    add_task(notebook, title="Send the forms", due_on=TODAY, person_id=jf)
    start_sweep(notebook, title="Markets", segment="clients", started_on=TODAY)
    log_contact(notebook, jf, on=TODAY)  # reached: ticked off the sweep
    record_consent(
        notebook, jf, status=NewsletterStatus.DECLINED, on=TODAY - dt.timedelta(days=3), today=TODAY
    )
    update_person(
        notebook,
        jf,
        {
            "emails": ("ISABELLE.FORTIN@fortinpelletier.example", "jf@perso.example"),
            "tags": ("golf", "chantier"),
        },
    )
    update_person(notebook, isabelle, {"tags": ("golf",), "role": ""})
    return notebook


def test_compare_shows_both_profiles_and_counts(demo: Notebook) -> None:
    isabelle = person_id(demo, "Isabelle Fortin")
    jf = person_id(demo, "Jean-François Côté")
    comparison = compare(demo, isabelle, jf)
    fields = {pair.name: pair for pair in comparison.fields}
    assert (comparison.kept_name, comparison.other_name) == (
        "Isabelle Fortin",
        "Jean-François Côté",
    )
    assert (fields["given_name"].kept, fields["given_name"].other) == ("Isabelle", "Jean-François")
    assert fields["given_name"].choosable and not fields["emails"].choosable
    assert "jf@perso.example" in fields["emails"].other
    assert comparison.other_counts.signals == 1
    assert comparison.other_counts.contacts == 3
    assert comparison.kept_counts.notes == 2
    swapped = compare(demo, jf, isabelle)
    assert swapped.kept_counts == comparison.other_counts


def test_merge_moves_everything_and_counts_add_up(demo: Notebook) -> None:
    isabelle = person_id(demo, "Isabelle Fortin")
    jf = person_id(demo, "Jean-François Côté")
    pierre = person_id(demo, "Pierre Gauthier")
    before = compare(demo, isabelle, jf)
    with demo.reader() as session:
        between = session.exec(
            select(Referral).where(Referral.partner_id == isabelle, Referral.referred_id == jf)
        ).all()
        events_of_both = get_person(demo, isabelle).events + get_person(demo, jf).events  # type: ignore[union-attr]
    assert len(between) == 1  # the demo has Isabelle referring Jean-François

    undo = merge_people(demo, isabelle, jf, frozenset({"organisation"}))

    after = compare(demo, isabelle, isabelle).kept_counts
    assert after.notes == before.kept_counts.notes + before.other_counts.notes
    assert after.details == before.kept_counts.details + before.other_counts.details
    assert after.signals == before.kept_counts.signals + before.other_counts.signals
    assert after.contacts == before.kept_counts.contacts + before.other_counts.contacts
    # The referral between the two is counted on both sides before, and gone after.
    assert after.referrals == before.kept_counts.referrals + before.other_counts.referrals - 2
    assert undo.referrals_between_them == 1
    assert after.events == len({event.id for event in events_of_both})
    assert get_person(demo, jf) is None
    page = get_person(demo, isabelle)
    assert page is not None
    # chosen field from the other; empty field filled; the rest stays
    assert page.fields.organisation == "Construction Côté & Fils"
    assert page.fields.given_name == "Isabelle"
    assert page.fields.role != ""
    # emails united, the same address in another case only once; tags united
    assert page.fields.emails == (
        "isabelle.fortin@fortinpelletier.example",
        "jf@perso.example",
    )
    assert page.fields.tags == ("chantier", "golf")
    assert (pierre, "Pierre Gauthier") in page.introduced
    with demo.reader() as session:
        assert session.exec(select(Task).where(Task.person_id == isabelle)).all()
        assert session.exec(select(FollowUp).where(FollowUp.person_id == isabelle)).all()
        assert session.exec(
            select(NewsletterConsent).where(NewsletterConsent.person_id == isabelle)
        ).all()
        snoozes = session.exec(select(PromptSnooze).where(PromptSnooze.person_id == isabelle))
        # both had put off messages: one key for the kept person, the later day
        assert {(s.key, s.until) for s in snoozes} == {
            (f"message:{isabelle}", TODAY + dt.timedelta(days=5))
        }
        [member] = session.exec(select(SweepMember).where(SweepMember.person_id == isabelle))
        assert member.reached_on == TODAY  # Jean-François was reached, so she counts as reached
        assert session.get(Person, pierre).introduced_by_id == isabelle  # type: ignore[union-attr]


def test_undo_gives_back_identical_rows_and_redo_merges_again(demo: Notebook) -> None:
    isabelle = person_id(demo, "Isabelle Fortin")
    jf = person_id(demo, "Jean-François Côté")
    before = everything(demo)
    undo = merge_people(demo, isabelle, jf, frozenset({"given_name", "stage"}))
    merged = everything(demo)
    assert merged != before
    unmerge(demo, undo)
    assert everything(demo) == before
    # redo (what the undo stack does) gives the same merge again
    again = merge_people(demo, isabelle, jf, frozenset({"given_name", "stage"}))
    assert again.kept == undo.kept
    unmerge(demo, again)
    assert everything(demo) == before
    with pytest.raises(ValidationError, match="already undone"):
        unmerge(demo, again)


def test_undo_when_the_dropped_person_was_introduced_by_the_kept_one(notebook: Notebook) -> None:
    ann = add_person(notebook, PersonFields(given_name="Ann", family_name="Lee"))
    twin = add_person(
        notebook, PersonFields(given_name="Ann", family_name="Lee", introduced_by_id=ann)
    )
    friend = add_person(notebook, PersonFields(given_name="Bea", introduced_by_id=twin))
    update_person(notebook, ann, {"introduced_by_id": twin})
    add_note(notebook, twin, text="Likes sailing", date=TODAY)
    set_plan(notebook, twin, {"tier": "A"})
    before = everything(notebook)
    undo = merge_people(notebook, ann, twin)
    with notebook.reader() as session:
        assert session.get(Person, ann).introduced_by_id is None  # type: ignore[union-attr]
        assert session.get(Person, friend).introduced_by_id == ann  # type: ignore[union-attr]
    assert get_person(notebook, ann).notes[0].text == "Likes sailing"  # type: ignore[union-attr]
    unmerge(notebook, undo)
    assert everything(notebook) == before


@pytest.mark.parametrize("case", ["themself", "missing", "unknown field", "missing kept"])
def test_refused_merges_write_nothing(demo: Notebook, case: str) -> None:
    isabelle = person_id(demo, "Isabelle Fortin")
    jf = person_id(demo, "Jean-François Côté")
    before = everything(demo)
    arguments: dict[str, tuple[int, int, frozenset[str]]] = {
        "themself": (isabelle, isabelle, frozenset()),
        "missing": (isabelle, 9999, frozenset()),
        "unknown field": (isabelle, jf, frozenset({"password"})),
        "missing kept": (9999, jf, frozenset()),
    }
    with pytest.raises(ValidationError) as caught:
        merge_people(demo, *arguments[case])
    assert caught.value.message.endswith(".")
    assert everything(demo) == before


def test_a_failure_half_way_leaves_the_notebook_as_it_was(
    demo: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    isabelle = person_id(demo, "Isabelle Fortin")
    jf = person_id(demo, "Jean-François Côté")
    before = everything(demo)

    def broken(*_args: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setitem(merge._SPECIAL, Referral, broken)  # most tables moved by then
    with pytest.raises(RuntimeError):
        merge_people(demo, isabelle, jf)
    assert everything(demo) == before


def test_merge_keeps_the_kept_plan_and_dedupes_event_attendance(notebook: Notebook) -> None:
    write_demo(notebook, today=TODAY)
    isabelle = person_id(notebook, "Isabelle Fortin")
    jf = person_id(notebook, "Jean-François Côté")
    set_plan(notebook, isabelle, {"cadence_days": 30})
    set_plan(notebook, jf, {"cadence_days": 200})
    event = get_person(notebook, isabelle).events[0].id  # type: ignore[union-attr]
    merge_people(notebook, isabelle, jf)
    assert get_plan(notebook, isabelle).own_cadence_days == 30
    people_there = [p.id for p in get_event(notebook, event).people]  # type: ignore[union-attr]
    assert people_there.count(isabelle) == 1


@pytest.mark.sqlite_only
def test_search_follows_the_merge_and_its_undo(demo: Notebook) -> None:
    search = pytest.importorskip("relnotebook.core.people.search")
    isabelle = person_id(demo, "Isabelle Fortin")
    jf = person_id(demo, "Jean-François Côté")
    add_note(demo, jf, text="Collectionne les hippocampes", date=TODAY)

    def found() -> list[int]:
        return [match.person_id for match in search.search(demo, "hippocampes")]

    assert found() == [jf]
    undo = merge_people(demo, isabelle, jf)
    assert found() == [isabelle]
    unmerge(demo, undo)
    assert found() == [jf]
