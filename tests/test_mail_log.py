"""The mail log (issue 25) on mail stores the tests write: an mbox, a Maildir, a folder of .eml
files, a Thunderbird-like profile. Headers only, once per message, answers found, a run
cancelled or killed leaves the notebook as it was."""

from __future__ import annotations

import datetime as dt
import os
import signal as os_signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from relnotebook.cli.render.agenda import reason_text
from relnotebook.core import settings
from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.mail.local import MailSourceError
from relnotebook.core.mail.service import MailRunCancelled, Source, SourceKind, log_mail
from relnotebook.core.models import (
    Channel,
    Contact,
    Initiator,
    MailLogged,
    MailSource,
    Person,
    Signal,
    SignalKind,
    SignalResponse,
)
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.outbox import eml_bytes, new_message_id
from relnotebook.core.outreach.rules import PromptKind
from relnotebook.core.outreach.service import prompts_on
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.helpers.mailboxes import (
    JULIE,
    ME,
    ROBERT,
    STRANGER,
    Mail,
    write_eml_folder,
    write_maildir,
    write_mbox,
    write_thunderbird,
)

DAY = TODAY - dt.timedelta(days=10)


@pytest.fixture
def people(notebook: Notebook) -> dict[str, int]:
    robert = add_person(
        notebook, PersonFields(given_name="Robert", family_name="Tremblay", emails=(ROBERT,))
    )
    julie = add_person(
        notebook,
        PersonFields(
            given_name="Julie", family_name="Martel", emails=("julie.martel@martel.example",)
        ),
    )
    settings.set_text(notebook, settings.MAIL_MY_ADDRESSES, ME)
    return {"robert": robert, "julie": julie}


def _basic() -> list[Mail]:
    return [
        Mail(ME, [ROBERT], DAY, "<sent-1@conseil.example>"),
        Mail(JULIE, [ME], DAY + dt.timedelta(days=1), "<recu-1@martel.example>"),
        Mail(STRANGER, [ME], DAY, "<spam-1@ailleurs.example>"),
    ]


Writer = Callable[[Path, list[Mail]], Source]


def _mbox(folder: Path, messages: list[Mail]) -> Source:
    return Source(SourceKind.MBOX, str(write_mbox(folder / "mail.mbox", messages)))


def _maildir(folder: Path, messages: list[Mail]) -> Source:
    return Source(SourceKind.MAILDIR, str(write_maildir(folder / "Maildir", messages)))


def _eml(folder: Path, messages: list[Mail]) -> Source:
    existing = len(list((folder / "eml").glob("*.eml"))) if (folder / "eml").exists() else 0
    path = write_eml_folder(folder / "eml", messages, start=existing)
    return Source(SourceKind.EML, str(path))


def _thunderbird(folder: Path, messages: list[Mail]) -> Source:
    profile = folder / "abcd.default-release"
    append = profile.exists()
    return Source(SourceKind.THUNDERBIRD, str(write_thunderbird(profile, messages, append=append)))


STORES = {"mbox": _mbox, "maildir": _maildir, "eml": _eml, "thunderbird": _thunderbird}


def _count(notebook: Notebook, model: type) -> int:
    with notebook.reader() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


@pytest.mark.parametrize("store", sorted(STORES))
def test_sent_and_received_are_logged_once_and_a_second_run_adds_nothing(
    notebook: Notebook, people: dict[str, int], tmp_path: Path, store: str
) -> None:
    write = STORES[store]
    source = write(tmp_path, _basic())
    run = log_mail(notebook, source, today=TODAY)
    assert (run.read, run.logged, run.people, run.malformed) == (3, 2, 2, 0)
    robert = person_contacts(notebook, people["robert"])
    julie = person_contacts(notebook, people["julie"])
    assert [(c.on, c.channel, c.initiated_by, c.note) for c in robert] == [
        (DAY, Channel.EMAIL, Initiator.ME, "")
    ]
    assert [(c.on, c.initiated_by) for c in julie] == [(DAY + dt.timedelta(days=1), Initiator.THEM)]
    with notebook.reader() as session:
        last = session.get(Person, people["julie"])
        assert last is not None and last.last_contact_on == DAY + dt.timedelta(days=1)
        kept = session.exec(select(MailLogged.message_hash)).all()
    assert all(len(h) == 64 and "@" not in h for h in kept)  # a hash, never the Message-ID

    again = log_mail(notebook, source, today=TODAY)
    assert again.logged == 0 and _count(notebook, Contact) == 2

    # Incremental: one more message, and only it is read.
    later = Mail(ROBERT, [ME], DAY + dt.timedelta(days=2), "<recu-2@tremblay.example>")
    if store in ("mbox", "thunderbird"):
        location = Path(source.location)
        if store == "mbox":
            write_mbox(location, [later], append=True)
        else:
            write_thunderbird(location, [later], append=True)
    else:
        write(tmp_path, [later])
    third = log_mail(notebook, source, today=TODAY)
    assert third.logged == 1
    if store in ("mbox", "thunderbird"):
        assert third.read == 1
    assert _count(notebook, Contact) == 3


def test_the_same_message_read_from_two_stores_is_logged_once(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    log_mail(notebook, _mbox(tmp_path, _basic()), today=TODAY)
    run = log_mail(notebook, _maildir(tmp_path, _basic()), today=TODAY)
    assert (run.logged, run.already) == (0, 2)


def test_addresses_match_whatever_their_case_and_cc_counts(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    message = Mail(ME.upper(), [STRANGER], DAY, "<cc@x.example>", cc=[ROBERT.upper()])
    run = log_mail(notebook, _mbox(tmp_path, [message]), today=TODAY)
    assert run.logged == 1
    assert person_contacts(notebook, people["robert"])[0].initiated_by == Initiator.ME


def _sent_invitation(notebook: Notebook, person_id: int, message_id: str) -> int:
    signal_id = signals.record_signal(
        notebook,
        person_id,
        kind=SignalKind.COFFEE_INVITATION,
        body="Robert, I'd love to hear more about your cycling trip across Croatia.",
        sent_on=DAY,
        channel="eml",
        message_id=message_id,
    )
    # Left without an answer: the quiet period is on.
    signals.record_response(notebook, signal_id, SignalResponse.NO_REPLY, on=DAY)
    return signal_id


def test_a_reply_ends_the_quiet_period_and_shows_on_today(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    message_id = new_message_id(DAY)
    signal_id = _sent_invitation(notebook, people["robert"], message_id)
    reply = Mail(
        ROBERT, [ME], DAY + dt.timedelta(days=3), "<re@tremblay.example>", in_reply_to=message_id
    )
    run = log_mail(notebook, _mbox(tmp_path, [reply]), today=TODAY)
    assert [(r.signal_id, r.kind, r.on) for r in run.replies] == [
        (signal_id, SignalKind.COFFEE_INVITATION, DAY + dt.timedelta(days=3))
    ]
    with notebook.reader() as session:
        row = session.get(Signal, signal_id)
        assert row is not None
        assert (row.response, row.responded_on) == ("replied", DAY + dt.timedelta(days=3))
    prompts = [p for p in prompts_on(notebook, TODAY) if p.person_id == people["robert"]]
    assert [p.kind for p in prompts] == [PromptKind.REPLIED]
    assert "Robert Tremblay replied to your coffee invitation" in reason_text(prompts[0])
    # Two weeks on, it is gone from Today, and no quiet period holds messages back.
    later = prompts_on(notebook, DAY + dt.timedelta(days=3 + 14))
    assert all(p.kind != PromptKind.REPLIED for p in later)


def test_a_reply_without_references_is_found_by_date(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    signal_id = _sent_invitation(notebook, people["robert"], "")
    before = Mail(ROBERT, [ME], DAY - dt.timedelta(days=2), "<old@tremblay.example>")
    after = Mail(ROBERT, [ME], DAY + dt.timedelta(days=1), "<new@tremblay.example>")
    run = log_mail(notebook, _mbox(tmp_path, [before, after]), today=TODAY)
    assert [(r.signal_id, r.on) for r in run.replies] == [(signal_id, DAY + dt.timedelta(days=1))]


def test_my_own_message_is_not_an_answer(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    _sent_invitation(notebook, people["robert"], "")
    mine = Mail(ME, [ROBERT], DAY + dt.timedelta(days=1), "<again@conseil.example>")
    assert log_mail(notebook, _mbox(tmp_path, [mine]), today=TODAY).replies == ()


def test_malformed_headers_are_skipped_and_encoded_names_decoded(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    renee = "=?utf-8?q?Ren=C3=A9e_C=C3=B4t=C3=A9?= <renee.cote@cote.example>"
    to_renee = [Mail(ME, [renee], DAY, f"<r{i}@conseil.example>") for i in range(3)]
    no_sender = b"To: anne@conseil.example\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n\nbody\n"
    bad_date = (
        b"From: " + ROBERT.encode() + b"\nTo: " + ME.encode() + b"\nDate: the day after\n\nbody\n"
    )
    garbage = b"\xff\xfe\x00\x01 not a header at all\n\n"
    encoded_sender = Mail(
        f"=?utf-8?q?Julie_Ma=C3=AFtel?= <{JULIE}>", [ME], DAY, "<enc@martel.example>"
    )
    run = log_mail(
        notebook,
        _mbox(tmp_path, [*to_renee, no_sender, bad_date, garbage, encoded_sender]),  # type: ignore[list-item]
        today=TODAY,
    )
    assert (run.read, run.malformed, run.logged) == (7, 3, 1)
    assert [(c.address, c.name, c.messages) for c in run.frequent] == [
        ("renee.cote@cote.example", "Renée Côté", 3)
    ]
    assert _count(notebook, Person) == 2  # offered, never added


def test_the_subject_is_kept_only_when_turned_on(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    settings.set_int(notebook, settings.MAIL_READ_SUBJECT, 1)
    message = Mail(ME, [ROBERT], DAY, "<s@conseil.example>", subject="=?utf-8?q?Caf=C3=A9?= jeudi")
    log_mail(notebook, _mbox(tmp_path, [message]), today=TODAY)
    assert [c.note for c in person_contacts(notebook, people["robert"])] == ["Café jeudi"]


def test_the_first_read_goes_back_the_months_set(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    settings.set_int(notebook, settings.MAIL_FIRST_MONTHS, 1)
    old = Mail(ME, [ROBERT], TODAY - dt.timedelta(days=60), "<old@conseil.example>")
    run = log_mail(notebook, _mbox(tmp_path, [old, *_basic()]), today=TODAY)
    assert (run.older, run.logged) == (1, 2)


def test_a_dry_run_writes_nothing(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    run = log_mail(notebook, _mbox(tmp_path, _basic()), today=TODAY, dry_run=True)
    assert run.logged == 2
    assert _count(notebook, Contact) == _count(notebook, MailLogged) == 0
    assert _count(notebook, MailSource) == 0


def test_without_my_addresses_nothing_is_read(notebook: Notebook, tmp_path: Path) -> None:
    with pytest.raises(MailSourceError, match="Say which addresses are yours"):
        log_mail(notebook, _mbox(tmp_path, _basic()), today=TODAY)


def test_a_missing_mailbox_is_one_sentence(notebook: Notebook, people: dict[str, int]) -> None:
    for kind in SourceKind:
        if kind is SourceKind.IMAP:
            continue
        with pytest.raises(MailSourceError, match="does not exist"):
            log_mail(notebook, Source(kind, "/nowhere/mail"), today=TODAY)


def test_a_cancelled_run_logs_nothing(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    messages = [Mail(ME, [ROBERT], DAY, f"<m{i}@conseil.example>") for i in range(450)]
    with pytest.raises(MailRunCancelled):
        log_mail(notebook, _mbox(tmp_path, messages), today=TODAY, cancelled=lambda: True)
    assert _count(notebook, Contact) == _count(notebook, MailSource) == 0


def test_drafts_saved_as_eml_carry_the_message_id_recorded_with_the_message(
    notebook: Notebook, people: dict[str, int]
) -> None:
    message_id = new_message_id(TODAY)
    assert message_id.startswith("<20261123.") and message_id.endswith("@relnotebook.invalid>")
    data = eml_bytes(ROBERT, "Café", "Bonjour", message_id=message_id)
    assert f"Message-ID: {message_id}".encode() in data
    assert new_message_id(TODAY) != message_id
    signal_id = signals.record_signal(
        notebook,
        people["robert"],
        kind=SignalKind.COFFEE_INVITATION,
        body="Bonjour",
        sent_on=TODAY,
        channel="eml",
        message_id=message_id,
    )
    with notebook.reader() as session:
        row = session.get(Signal, signal_id)
        assert row is not None and row.message_id == message_id


_KILLER = textwrap.dedent(
    """
    import os, signal, sys, datetime as dt
    from relnotebook.core.mail import service
    from relnotebook.core.mail.service import Source, SourceKind, log_mail
    from relnotebook.store import Notebook

    real = service.add_contacts

    def add_then_die(session, contacts):
        real(session, contacts)  # written in the transaction, not committed yet
        session.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    service.add_contacts = add_then_die
    notebook = Notebook.open(sys.argv[1])
    log_mail(notebook, Source(SourceKind.MBOX, sys.argv[2]), today=dt.date(2026, 11, 23))
    """
)


@pytest.mark.sqlite_only
def test_a_run_killed_midway_leaves_the_notebook_as_it_was_and_the_next_one_finishes(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    messages = [
        Mail(ME if i % 2 else ROBERT, [ROBERT if i % 2 else ME], DAY, f"<k{i}@x.example>")
        for i in range(40)
    ]
    source = _mbox(tmp_path, messages)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, str(notebook.path), source.location],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert killed.returncode == -os_signal.SIGKILL, killed.stderr.decode()
    assert _count(notebook, Contact) == _count(notebook, MailLogged) == 0
    assert _count(notebook, MailSource) == 0
    with notebook.reader() as session:
        robert = session.get(Person, people["robert"])
        assert robert is not None and robert.last_contact_on is None
    run = log_mail(notebook, source, today=TODAY)
    assert run.logged == 40
    with notebook.reader() as session:
        assert session.exec(select(func.count()).where(col(Contact.person_id) > 0)).one() == 40


def test_a_client_written_to_is_ticked_off_the_open_market_sweep(
    notebook: Notebook, tmp_path: Path
) -> None:
    from relnotebook.core.checkins import sweeps
    from relnotebook.core.models import Stage

    settings.set_text(notebook, settings.MAIL_MY_ADDRESSES, ME)
    client = add_person(
        notebook, PersonFields(given_name="Pierre", stage=Stage.CLIENT, emails=(ROBERT,))
    )
    other = add_person(notebook, PersonFields(given_name="Louis", stage=Stage.CLIENT))
    sweeps.start_sweep(notebook, title="Markets", segment=sweeps.CLIENTS, started_on=DAY)
    before = Mail(ME, [ROBERT], DAY - dt.timedelta(days=1), "<before@conseil.example>")
    log_mail(notebook, _mbox(tmp_path, [before]), today=TODAY)
    assert {c.person_id for c in sweeps.pending_calls(notebook)} == {client, other}
    after = Mail(ME, [ROBERT], DAY + dt.timedelta(days=1), "<after@conseil.example>")
    write_mbox(tmp_path / "mail.mbox", [after], append=True)
    log_mail(notebook, Source(SourceKind.MBOX, str(tmp_path / "mail.mbox")), today=TODAY)
    assert {c.person_id for c in sweeps.pending_calls(notebook)} == {other}


def test_a_mailto_draft_asks_for_its_message_id() -> None:
    from urllib.parse import parse_qs, urlsplit

    from relnotebook.core.outreach.outbox import mailto_url

    message_id = new_message_id(TODAY)
    url = mailto_url(ROBERT, "Café", "Bonjour", message_id=message_id)
    assert parse_qs(urlsplit(url).query)["Message-ID"] == [message_id]
    assert "Message-ID" not in mailto_url(ROBERT, "Café", "Bonjour")
