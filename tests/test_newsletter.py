"""Newsletter consent (CASL): expiry rules, records and refusals, the sending list as CSV, answers
to a newsletter offer, undo of a deleted person, and the `newsletter` command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
from pathlib import Path

import pytest
from sqlmodel import func, select

from relnotebook import cli, files
from relnotebook.core import settings
from relnotebook.core.events.service import EventFields, add_event
from relnotebook.core.exchange.spreadsheet import safe_cell
from relnotebook.core.models import (
    ConsentBasis,
    Language,
    NewsletterConsent,
    NewsletterStatus,
    SignalKind,
    SignalResponse,
)
from relnotebook.core.outreach import signals
from relnotebook.core.people.service import add_person, delete_person, restore_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.referrals import newsletter
from relnotebook.core.referrals.newsletter import (
    consent_expiry,
    csv_bytes,
    current_status,
    expiring,
    history,
    record_consent,
    sending_list,
    subscribers,
)
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
SUBSCRIBED = NewsletterStatus.SUBSCRIBED
DECLINED = NewsletterStatus.DECLINED
UNSUBSCRIBED = NewsletterStatus.UNSUBSCRIBED
WRITTEN, VERBAL = ConsentBasis.EXPRESS_WRITTEN, ConsentBasis.EXPRESS_VERBAL
BUSINESS, INQUIRY = ConsentBasis.IMPLIED_BUSINESS, ConsentBasis.IMPLIED_INQUIRY


def records(notebook: Notebook) -> int:
    with notebook.reader() as session:
        return session.exec(select(func.count()).select_from(NewsletterConsent)).one()


def person(notebook: Notebook, given: str, family: str = "", email: str = "", **kw) -> int:
    emails = (email,) if email else ()
    return add_person(
        notebook, PersonFields(given_name=given, family_name=family, emails=emails, **kw)
    )


# --- expiry rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("basis", "on", "last_business_on", "expected"),
    [
        (WRITTEN, dt.date(2020, 1, 1), None, None),
        (VERBAL, dt.date(2020, 1, 1), None, None),
        (BUSINESS, dt.date(2026, 5, 10), None, dt.date(2028, 5, 10)),
        (BUSINESS, dt.date(2026, 5, 10), dt.date(2025, 7, 1), dt.date(2027, 7, 1)),
        (BUSINESS, dt.date(2024, 3, 1), dt.date(2024, 2, 29), dt.date(2026, 2, 28)),
        (BUSINESS, dt.date(2024, 2, 29), None, dt.date(2026, 2, 28)),
        (BUSINESS, dt.date(2026, 2, 28), None, dt.date(2028, 2, 28)),
        (INQUIRY, dt.date(2026, 5, 10), None, dt.date(2026, 11, 10)),
        (INQUIRY, dt.date(2026, 8, 31), None, dt.date(2027, 2, 28)),
        (INQUIRY, dt.date(2026, 9, 15), dt.date(2020, 1, 1), dt.date(2027, 3, 15)),
    ],
)
def test_consent_expiry(
    basis: ConsentBasis, on: dt.date, last_business_on: dt.date | None, expected: dt.date | None
) -> None:
    assert consent_expiry(basis, on, last_business_on) == expected


def test_leap_day_business_consent_lapses_after_28_february(notebook: Notebook) -> None:
    ann = person(notebook, "Ann", email="ann@example.org")
    record_consent(
        notebook,
        ann,
        status=SUBSCRIBED,
        basis=BUSINESS,
        on=dt.date(2024, 2, 29),
        today=dt.date(2024, 2, 29),
    )
    (on_the_day,) = subscribers(notebook, dt.date(2026, 2, 28))
    assert (on_the_day.expires_on, on_the_day.valid) == (dt.date(2026, 2, 28), True)
    (after,) = subscribers(notebook, dt.date(2026, 3, 1))
    assert after.valid is False
    assert newsletter.sending_list(notebook, dt.date(2026, 3, 1)) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=cmd()", "'=cmd()"),
        ("+1", "'+1"),
        ("-x", "'-x"),
        ("@y", "'@y"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("Ann", "Ann"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


# --- recording ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"status": SUBSCRIBED}, "basis"),
        ({"status": SUBSCRIBED, "basis": WRITTEN, "on": TODAY + DAY}, "on"),
        ({"status": DECLINED, "on": TODAY + DAY}, "on"),
        (
            {"status": SUBSCRIBED, "basis": BUSINESS, "last_business_on": TODAY + DAY},
            "last_business_on",
        ),
        ({"status": NewsletterStatus.NOT_ASKED}, "status"),
        ({"status": DECLINED, "note": "x" * 100_001}, "note"),
    ],
)
def test_refusals_write_nothing(notebook: Notebook, kwargs: dict, field: str) -> None:
    ann = person(notebook, "Ann")
    with pytest.raises(ValidationError) as caught:
        record_consent(notebook, ann, **{"on": TODAY, **kwargs}, today=TODAY)
    assert caught.value.field == field
    assert caught.value.message.endswith(".")
    assert records(notebook) == 0
    assert current_status(notebook, ann) is None


def test_subscribing_needs_a_basis_in_a_sentence(notebook: Notebook) -> None:
    ann = person(notebook, "Ann")
    with pytest.raises(ValidationError, match="Say how consent was obtained"):
        record_consent(notebook, ann, status=SUBSCRIBED, on=TODAY, today=TODAY)


def test_a_deleted_person_or_event_is_refused(notebook: Notebook) -> None:
    ann = person(notebook, "Ann")
    with pytest.raises(LookupError):
        record_consent(notebook, 999, status=DECLINED, on=TODAY, today=TODAY)
    with pytest.raises(LookupError):
        record_consent(notebook, ann, status=DECLINED, on=TODAY, event_id=999, today=TODAY)
    assert records(notebook) == 0


def test_the_latest_record_is_the_status_and_history_keeps_all(notebook: Notebook) -> None:
    ann = person(notebook, "Ann")
    gala = add_event(notebook, EventFields(name="Gala", date=TODAY - 100 * DAY))
    assert current_status(notebook, ann) is None
    assert history(notebook, ann) == []
    first = record_consent(
        notebook,
        ann,
        status=SUBSCRIBED,
        basis=VERBAL,
        on=TODAY - 100 * DAY,
        event_id=gala,
        note=" Said yes at the gala ",
        today=TODAY,
    )
    second = record_consent(
        notebook, ann, status=UNSUBSCRIBED, basis=WRITTEN, on=TODAY - DAY, today=TODAY
    )
    # Recorded later, but about an earlier day: the newer day still wins.
    third = record_consent(notebook, ann, status=DECLINED, on=TODAY - 50 * DAY, today=TODAY)
    status = current_status(notebook, ann)
    assert status is not None
    assert (status.id, status.status, status.basis, status.expires_on) == (
        second,
        UNSUBSCRIBED,
        None,  # a basis given with an unsubscription is not kept
        None,
    )
    assert [v.id for v in history(notebook, ann)] == [second, third, first]
    oldest = history(notebook, ann)[-1]
    assert (oldest.event_id, oldest.note, oldest.basis) == (gala, "Said yes at the gala", VERBAL)


# --- subscribers, expiring, the sending list ---------------------------------------------------


@pytest.fixture
def audience(notebook: Notebook) -> dict[str, int]:
    """Valid, lapsed, refused and address-less people, some with formula-like names."""
    ids = {
        "formula": person(notebook, "=cmd()", "+1", "-x@example.org", language="en"),
        "at": person(notebook, "-x", "@y", "at@example.org"),
        "accents": person(notebook, "Éloïse", "Côté-Bélanger", "eloise@exemple.qc.ca"),
        "preferred": person(
            notebook, "Robert", "Tremblay", "bob@example.org", preferred_name="Bob"
        ),
        "expiring": person(notebook, "Soon", "Lapsing", "soon@example.org"),
        "expired": person(notebook, "Old", "Inquiry", "old@example.org"),
        "declined": person(notebook, "No", "Thanks", "no@example.org"),
        "unsubscribed": person(notebook, "Gone", "Away", "gone@example.org"),
        "no_email": person(notebook, "Paper", "Only"),
        "never_asked": person(notebook, "Never", "Asked", "never@example.org"),
    }
    consent = {
        "formula": (SUBSCRIBED, WRITTEN, TODAY - 10 * DAY, None),
        "at": (SUBSCRIBED, VERBAL, TODAY - 10 * DAY, None),
        "accents": (SUBSCRIBED, BUSINESS, TODAY - 30 * DAY, TODAY - 300 * DAY),
        "preferred": (SUBSCRIBED, INQUIRY, TODAY, None),
        # Bought 2 years less 20 days ago: lapses in 20 days.
        "expiring": (SUBSCRIBED, BUSINESS, TODAY, dt.date(2024, 12, 13)),
        "expired": (SUBSCRIBED, INQUIRY, TODAY - 200 * DAY, None),
        "declined": (DECLINED, None, TODAY, None),
        "no_email": (SUBSCRIBED, WRITTEN, TODAY, None),
    }
    for key, (status, basis, on, last) in consent.items():
        record_consent(
            notebook,
            ids[key],
            status=status,
            basis=basis,
            on=on,
            last_business_on=last,
            today=TODAY,
        )
    record_consent(
        notebook,
        ids["unsubscribed"],
        status=SUBSCRIBED,
        basis=WRITTEN,
        on=TODAY - 90 * DAY,
        today=TODAY,
    )
    record_consent(notebook, ids["unsubscribed"], status=UNSUBSCRIBED, on=TODAY - DAY, today=TODAY)
    return ids


def test_subscribers_and_validity(notebook: Notebook, audience: dict[str, int]) -> None:
    found = {s.person_id: s for s in subscribers(notebook, TODAY)}
    names = {key for key, pid in audience.items() if pid in found}
    assert names == {
        "formula",
        "at",
        "accents",
        "preferred",
        "expiring",
        "expired",
        "no_email",
    }
    assert found[audience["expired"]].valid is False
    # An inquiry on 2026-05-07: six months, to 2026-11-07.
    assert found[audience["expired"]].expires_on == dt.date(2026, 11, 7)
    assert all(s.valid for pid, s in found.items() if pid != audience["expired"])
    bob = found[audience["preferred"]]
    assert (bob.name, bob.first_name, bob.last_name, bob.email, bob.basis) == (
        "Bob Tremblay",
        "Bob",
        "Tremblay",
        "bob@example.org",
        INQUIRY,
    )
    assert found[audience["formula"]].language == Language.ENGLISH
    assert found[audience["no_email"]].email == ""


def test_expiring_within_the_warning_period(notebook: Notebook, audience: dict[str, int]) -> None:
    assert settings.get_int(notebook, settings.CONSENT_WARNING_DAYS) == 60
    (soon,) = expiring(notebook, TODAY)
    assert (soon.person_id, soon.expires_on) == (audience["expiring"], TODAY + 20 * DAY)
    assert expiring(notebook, TODAY, within_days=19) == []
    assert [s.person_id for s in expiring(notebook, TODAY, within_days=20)] == [
        audience["expiring"]
    ]
    # The inquiry today lasts to 2027-05-23; the business of 2026-01-27 to 2028-01-27.
    assert expiring(notebook, TODAY, within_days=300)[-1].expires_on == dt.date(2027, 5, 23)
    wide = [s.person_id for s in expiring(notebook, TODAY, within_days=800)]
    assert wide == [audience["expiring"], audience["preferred"], audience["accents"]]
    settings.set_int(notebook, settings.CONSENT_WARNING_DAYS, 10)
    assert expiring(notebook, TODAY) == []


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM, for spreadsheets
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_sending_list_csv(notebook: Notebook, audience: dict[str, int]) -> None:
    header, *rows = read_csv(csv_bytes(sending_list(notebook, TODAY), TODAY))
    assert header == ["email", "first_name", "last_name", "language"]
    assert sorted(rows) == sorted(
        [
            ["'-x@example.org", "'=cmd()", "'+1", "en"],
            ["at@example.org", "'-x", "'@y", "fr"],
            ["eloise@exemple.qc.ca", "Éloïse", "Côté-Bélanger", "fr"],
            ["bob@example.org", "Bob", "Tremblay", "fr"],
            ["soon@example.org", "Soon", "Lapsing", "fr"],
        ]
    )
    emails = {row[0] for row in rows}
    for never in ("old@example.org", "no@example.org", "gone@example.org", "never@example.org"):
        assert never not in emails
    # Once the business consent lapses, that person leaves the list.
    _, *later = read_csv(csv_bytes(sending_list(notebook, TODAY + 21 * DAY), TODAY + 21 * DAY))
    assert "soon@example.org" not in {row[0] for row in later}
    assert len(later) == 4


def test_an_empty_sending_list_is_just_the_header(notebook: Notebook) -> None:
    assert read_csv(csv_bytes(sending_list(notebook, TODAY), TODAY)) == [
        ["email", "first_name", "last_name", "language"]
    ]


# --- answers to a newsletter offer -------------------------------------------------------------


def offer(notebook: Notebook, person_id: int, kind: SignalKind = SignalKind.NEWSLETTER_OFFER):
    return signals.record_signal(
        notebook, person_id, kind=kind, body="Would you like our newsletter?", sent_on=TODAY
    )


def test_an_interested_answer_subscribes_by_express_written_consent(notebook: Notebook) -> None:
    ann = person(notebook, "Ann", email="ann@example.org")
    signal = offer(notebook, ann)
    signals.record_response(notebook, signal, SignalResponse.INTERESTED, on=TODAY)
    status = current_status(notebook, ann)
    assert status is not None
    assert (status.status, status.basis, status.recorded_on, status.expires_on) == (
        SUBSCRIBED,
        WRITTEN,
        TODAY,
        None,
    )
    assert [s.email for s in newsletter.sending_list(notebook, TODAY)] == ["ann@example.org"]
    # The same answer recorded again adds no record.
    signals.record_response(notebook, signal, SignalResponse.INTERESTED, on=TODAY)
    assert len(history(notebook, ann)) == 1

    signals.record_response(notebook, signal, SignalResponse.DECLINED, on=TODAY + DAY)
    status = current_status(notebook, ann)
    assert status is not None
    assert (status.status, status.basis) == (DECLINED, None)
    assert newsletter.sending_list(notebook, TODAY + DAY) == []
    assert len(history(notebook, ann)) == 2


def test_an_implied_consent_is_upgraded_by_a_yes(notebook: Notebook) -> None:
    ann = person(notebook, "Ann", email="ann@example.org")
    record_consent(notebook, ann, status=SUBSCRIBED, basis=INQUIRY, on=TODAY, today=TODAY)
    signals.record_response(notebook, offer(notebook, ann), SignalResponse.INTERESTED, on=TODAY)
    status = current_status(notebook, ann)
    assert status is not None
    assert (status.basis, status.expires_on) == (WRITTEN, None)


@pytest.mark.parametrize("response", [SignalResponse.NO_REPLY, SignalResponse.PENDING])
def test_no_answer_changes_no_status(notebook: Notebook, response: SignalResponse) -> None:
    ann = person(notebook, "Ann")
    signals.record_response(notebook, offer(notebook, ann), response, on=TODAY)
    assert current_status(notebook, ann) is None


def test_answers_to_other_messages_leave_the_newsletter_alone(notebook: Notebook) -> None:
    ann = person(notebook, "Ann")
    coffee = offer(notebook, ann, SignalKind.COFFEE_INVITATION)
    follow_up = signals.record_response(
        notebook, coffee, SignalResponse.INTERESTED, on=TODAY, coffee_on=TODAY + 7 * DAY
    )
    assert follow_up is not None  # signals' own behaviour is unchanged
    assert current_status(notebook, ann) is None
    assert records(notebook) == 0


def test_from_signal_response_directly(notebook: Notebook) -> None:
    ann = person(notebook, "Ann")
    assert newsletter.from_signal_response(notebook, ann, SignalResponse.NO_REPLY, TODAY) is None
    record = newsletter.from_signal_response(notebook, ann, SignalResponse.DECLINED, TODAY)
    assert record is not None
    assert current_status(notebook, ann).status == DECLINED  # type: ignore[union-attr]


# --- undo of a deleted person ------------------------------------------------------------------


def test_deleting_a_person_brings_their_consents_back_on_undo(notebook: Notebook) -> None:
    ann = person(notebook, "Ann", email="ann@example.org")
    record_consent(notebook, ann, status=SUBSCRIBED, basis=INQUIRY, on=TODAY - DAY, today=TODAY)
    record_consent(notebook, ann, status=UNSUBSCRIBED, on=TODAY, today=TODAY)
    before = history(notebook, ann)
    deleted = delete_person(notebook, ann)
    assert records(notebook) == 0
    assert history(notebook, ann) == []
    restore_person(notebook, deleted)
    assert history(notebook, ann) == before
    assert current_status(notebook, ann).status == UNSUBSCRIBED  # type: ignore[union-attr]


# --- the command line --------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.mark.sqlite_only
def test_cli_writes_a_private_csv(
    notebook: Notebook,
    audience: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    notebook.close()
    out = tmp_path / "exports" / "list.csv"
    out.parent.mkdir()
    out.write_bytes(b"an older list")
    out.chmod(0o644)
    code = cli.main(
        ["newsletter", "--notebook", str(notebook.path), "--out", str(out), "--date", "2026-11-23"]
    )
    assert code == cli.EXIT_OK
    printed, err = capsys.readouterr()
    assert (printed, err) == (f"Wrote 5 subscribers to {out}.\n", "")
    assert len(read_csv(out.read_bytes())) == 6
    assert [p.name for p in out.parent.iterdir()] == ["list.csv"]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    printed, err = capsys.readouterr()
    assert printed == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_cli_missing_notebook_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite"
    code = cli.main(["newsletter", "--notebook", str(missing), "--out", str(tmp_path / "x.csv")])
    assert code == cli.EXIT_BAD_NOTEBOOK
    assert one_error_line(capsys) == f"relnotebook: {missing} does not exist."
    assert list(tmp_path.iterdir()) == []


@pytest.mark.sqlite_only
def test_cli_unwritable_out(
    notebook: Notebook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    out = tmp_path / "nowhere" / "list.csv"
    code = cli.main(["newsletter", "--notebook", str(notebook.path), "--out", str(out)])
    assert code == cli.EXIT_CANNOT_WRITE
    assert one_error_line(capsys) == (
        f"relnotebook: cannot write {out}: the folder {out.parent} does not exist."
    )
    assert not out.parent.exists()


@pytest.mark.sqlite_only
def test_cli_failed_write_keeps_the_old_file(
    notebook: Notebook,
    audience: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notebook.close()
    out = tmp_path / "list.csv"
    out.write_bytes(b"previous")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    code = cli.main(["newsletter", "--notebook", str(notebook.path), "--out", str(out)])
    assert code == cli.EXIT_CANNOT_WRITE
    assert one_error_line(capsys) == f"relnotebook: cannot write {out}: Permission denied."
    assert out.read_bytes() == b"previous"
