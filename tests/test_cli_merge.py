"""`relnotebook merge KEEP DROP`: the app's merge from the command line. What moves is said
first; everything about DROP ends up with KEEP; bad input gets one sentence and changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from sqlmodel import SQLModel, select

from relnotebook import cli
from relnotebook.cli.render.people import MOVED_KINDS
from relnotebook.core.checkins.service import log_contact
from relnotebook.core.checkins.tasks import add_task
from relnotebook.core.events.service import EventFields, add_event, link_person
from relnotebook.core.models import (
    Attendance,
    Contact,
    FollowUp,
    NewsletterConsent,
    NewsletterStatus,
    Note,
    Person,
    PersonalDetail,
    Referral,
    ReferralDirection,
    ReferralKind,
    Signal,
    SignalKind,
    Task,
)
from relnotebook.core.outreach.signals import add_follow_up, record_signal
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.merge import Counts
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.referrals.newsletter import record_consent
from relnotebook.core.referrals.service import add_referral
from relnotebook.store import Notebook
from relnotebook.store.files import instance_lock
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
# What belongs to a person and a merge moves, each with the column naming them.
OWNED: dict[type[SQLModel], Any] = {
    Note: Note.person_id,
    PersonalDetail: PersonalDetail.person_id,
    Signal: Signal.person_id,
    Contact: Contact.person_id,
    Task: Task.person_id,
    FollowUp: FollowUp.person_id,
    NewsletterConsent: NewsletterConsent.person_id,
    Referral: Referral.partner_id,
    Attendance: Attendance.person_id,
}


@dataclasses.dataclass
class Pair:
    notebook: Notebook
    keep: int
    drop: int

    def merge(self, *options: str) -> int:
        argv = ["merge", str(self.keep), str(self.drop), *options]
        return cli.main([*argv, "--notebook", self.notebook.location])

    def owned_by(self, person_id: int) -> dict[str, int]:
        with self.notebook.reader() as session:
            return {
                model.__name__: len(session.exec(select(model).where(column == person_id)).all())
                for model, column in OWNED.items()
            }

    def people(self) -> set[int]:
        with self.notebook.reader() as session:
            return {p.id for p in session.exec(select(Person)) if p.id is not None}


@pytest.fixture
def pair(notebook: Notebook) -> Pair:
    """Anne Roy (kept) and Annie Roy, typed twice by an import, Annie with one of everything."""
    keep = add_person(
        notebook,
        PersonFields(
            given_name="Anne",
            family_name="Roy",
            organisation="Roy CPA",
            emails=("anne@roy.example",),
        ),
    )
    drop = add_person(
        notebook,
        PersonFields(
            given_name="Annie", family_name="Roy", role="Associée", emails=("annie@mail.example",)
        ),
    )
    friend = add_person(notebook, PersonFields(given_name="Bob", family_name="Lee"))
    add_note(notebook, drop, text="Aime la voile", date=TODAY)
    add_detail(notebook, drop, text="Voyage au Japon en mai")
    record_signal(notebook, drop, kind=SignalKind.NEXT_DAY_NOTE, body="Merci", sent_on=TODAY)
    log_contact(notebook, drop, on=TODAY)
    add_task(notebook, title="Envoyer les formulaires", due_on=TODAY, person_id=drop)
    add_follow_up(notebook, drop, due_on=TODAY + DAY, kind="coffee", text="Café")
    add_referral(
        notebook,
        on=TODAY,
        direction=ReferralDirection.RECEIVED,
        partner_id=drop,
        referred_id=friend,
        kind=ReferralKind.TRUST,
        today=TODAY,
    )
    record_consent(notebook, drop, status=NewsletterStatus.DECLINED, on=TODAY, today=TODAY)
    event = add_event(notebook, EventFields(name="Gala", date=TODAY))
    with notebook.session() as session:
        link_person(session, event, drop)
    return Pair(notebook, keep, drop)


def test_everything_about_drop_ends_up_with_keep(
    pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(pair.owned_by(pair.drop).values()) == {1}  # one of each
    kept_before = pair.owned_by(pair.keep)
    assert pair.merge("--yes") == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    assert pair.owned_by(pair.drop) == dict.fromkeys(kept_before, 0)
    assert pair.owned_by(pair.keep) == {name: n + 1 for name, n in kept_before.items()}
    assert pair.drop not in pair.people() and pair.keep in pair.people()
    assert out.splitlines() == [
        f"This merges Annie Roy (#{pair.drop}) into Anne Roy (#{pair.keep}).",
        "Moves to Anne Roy: 1 notes, 1 personal details, 1 messages sent, 1 logged contacts, "
        "1 tasks, 1 follow-ups, 1 referrals, 1 consent records, 1 event attendances.",
        "Profile fields that differ:",
        "  given_name: keeps “Anne”, not “Annie”",
        "  organisation: keeps “Roy CPA” (Annie Roy has none)",
        "  role: takes “Associée” (Anne Roy has none)",
        "  emails: both kept: anne@roy.example and annie@mail.example",
        f"Then Annie Roy (#{pair.drop}) is deleted.",
        f"Merged Annie Roy (#{pair.drop}) into Anne Roy (#{pair.keep}).",
    ]


def test_take_gives_keep_the_value_of_drop(pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    assert pair.merge("--take", "given_name", "--take", "organisation", "--yes") == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "  given_name: takes “Annie” (--take), not “Anne”" in out.splitlines()
    assert "  organisation: takes nothing (--take), not “Roy CPA”" in out.splitlines()
    with pair.notebook.reader() as session:
        kept = session.get(Person, pair.keep)
        assert kept is not None
        # organisation: Annie had none, so taking hers empties Anne's
        assert (kept.given_name, kept.organisation, kept.role) == ("Annie", "", "Associée")


def test_it_asks_on_a_terminal_and_no_changes_nothing(
    pair: Pair, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = io.StringIO("n\ny\n")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    assert pair.merge() == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "Then Annie Roy" in out and out.endswith("Merge them? [y/N] Nothing was changed.\n")
    assert pair.drop in pair.people()
    assert pair.merge() == cli.EXIT_OK
    assert "Merged Annie Roy" in capsys.readouterr().out
    assert pair.drop not in pair.people()


FIELDS = (
    "given_name, family_name, preferred_name, organisation, role, language, french_form, stage, "
    "good_prospect, how_met, introduced_by_id, name_prefix, name_suffix, nickname, anniversary"
)


@pytest.mark.parametrize(
    ("options", "sentence"),
    [
        (["--take", "birthday"], f"--take birthday: not a profile field; the fields are {FIELDS}."),
        (["--take", "emails"], f"--take emails: not a profile field; the fields are {FIELDS}."),
        ([], "a merge cannot be undone here: add --yes to merge without a question."),
    ],
)
def test_usage_mistakes_get_one_sentence_and_change_nothing(
    pair: Pair, capsys: pytest.CaptureFixture[str], options: list[str], sentence: str
) -> None:
    before = pair.owned_by(pair.drop)
    assert pair.merge(*options) == cli.EXIT_USAGE  # pytest's stdin is no terminal
    assert capsys.readouterr() == ("", f"relnotebook: {sentence}\n")
    assert pair.owned_by(pair.drop) == before


@pytest.mark.parametrize("case", ["same", "unknown keep", "unknown drop"])
def test_the_same_person_or_no_one_is_refused_in_one_sentence(
    pair: Pair, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    keep, drop = {
        "same": (pair.keep, pair.keep),
        "unknown keep": (9999, pair.drop),
        "unknown drop": (pair.keep, 9999),
    }[case]
    argv = ["merge", str(keep), str(drop), "--yes", "--notebook", pair.notebook.location]
    assert cli.main(argv) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"relnotebook: KEEP and DROP are both person {keep}: give two people.\n"
        if case == "same"
        else "relnotebook: There is no person 9999 in this notebook.\n"
    )
    assert pair.people() >= {pair.keep, pair.drop}


def test_an_id_beyond_64_bits_is_a_usage_mistake(
    pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["merge", str(pair.keep), str(2**64), "--yes", "--notebook", pair.notebook.location]
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == cli.EXIT_USAGE
    assert "is not a person's number" in capsys.readouterr().err
    assert pair.drop in pair.people()


@pytest.mark.sqlite_only
def test_a_notebook_open_in_the_app_is_refused(
    pair: Pair, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance_lock, "notebook_in_use", lambda path: True)
    assert pair.merge("--yes") == cli.EXIT_BAD_NOTEBOOK
    assert capsys.readouterr().err == (
        f"relnotebook: {pair.notebook.path} is open in Relationship Notebook; close it first.\n"
    )
    assert pair.drop in pair.people()


def test_every_kind_a_merge_moves_is_shown() -> None:
    assert set(MOVED_KINDS) == {field.name for field in dataclasses.fields(Counts)}
