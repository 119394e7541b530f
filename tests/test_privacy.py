"""Privacy requests: everything about a person, erasure without a trace, the retention review."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import event, inspect
from sqlmodel import select

from relnotebook import cli
from relnotebook.core.checkins.service import log_contact
from relnotebook.core.checkins.tasks import add_task
from relnotebook.core.demo.writer import write_demo
from relnotebook.core.events.service import EventFields, add_event, link_person
from relnotebook.core.models import (
    Channel,
    DetailKind,
    Language,
    NewsletterStatus,
    Person,
    Referral,
    ReferralDirection,
    ReferralKind,
    SignalKind,
    Tag,
)
from relnotebook.core.outreach.signals import add_follow_up, record_signal
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, create_person, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.core.privacy.dossier import person_dossier, write_dossier
from relnotebook.core.privacy.erasure import erase_people, erase_person, erasure_preview, same_name
from relnotebook.core.privacy.retention import retention_review
from relnotebook.core.privacy.summary import dossier_summary
from relnotebook.core.referrals.newsletter import record_consent
from relnotebook.core.referrals.service import add_referral
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

NAME = "Zygmunt Quillfeather"
# Words that appear nowhere else: if any byte sequence of them survives, erasure failed.
SECRETS = (b"zygmunt", b"quillfeather", b"xylophonist", b"snorkelwhale")


def notebook_bytes(path: Path) -> bytes:
    """The notebook file and its -wal / -shm companions, as they are on disk."""
    parts = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    return b"".join(part.read_bytes() for part in parts if part.exists())


def add_zygmunt(notebook: Notebook) -> dict[str, int]:
    """Zygmunt and a bit of everything about him; Ottilie referred him and he introduced Bo."""
    ottilie = add_person(
        notebook, PersonFields(given_name="Ottilie", family_name="Marchbanks", stage="client")
    )
    zygmunt = add_person(
        notebook,
        PersonFields(
            given_name="Zygmunt",
            family_name="Quillfeather",
            organisation="Quillfeather Snorkelwhale Inc.",
            how_met="Xylophonist at the gala",
            language=Language.ENGLISH,
            emails=("zygmunt@quillfeather.example",),
            phones=("514 555 0177",),
            tags=("quillfeather-family", "golf"),
        ),
    )
    bo = add_person(notebook, PersonFields(given_name="Bo", introduced_by_id=zygmunt))
    add_person(notebook, PersonFields(given_name="Gus", tags=("golf",)))
    gala = add_event(notebook, EventFields(name="Winter gala", date=TODAY))
    with notebook.session() as session:
        link_person(session, gala, zygmunt)
        link_person(session, gala, ottilie)
    add_note(notebook, zygmunt, text="Zygmunt is a xylophonist; snorkelwhale lover", date=TODAY)
    add_detail(notebook, zygmunt, text="Quillfeather family trip to Svalbard", kind=DetailKind.TRIP)
    record_signal(
        notebook,
        zygmunt,
        kind=SignalKind.COFFEE_INVITATION,
        subject="Coffee, Zygmunt?",
        body="Dear Zygmunt, tell me about the xylophonist years.",
        sent_on=TODAY,
    )
    add_follow_up(notebook, zygmunt, due_on=TODAY, kind="coffee", text="Zygmunt: coffee")
    log_contact(notebook, zygmunt, on=TODAY, channel=Channel.PHONE, note="Zygmunt called back")
    add_task(notebook, title="Send Zygmunt the forms", due_on=TODAY, person_id=zygmunt)
    record_consent(
        notebook,
        zygmunt,
        status=NewsletterStatus.DECLINED,
        on=TODAY,
        note="Zygmunt said no",
        today=TODAY,
    )
    referral = add_referral(
        notebook,
        on=TODAY,
        direction=ReferralDirection.RECEIVED,
        partner_id=ottilie,
        referred_id=zygmunt,
        kind=ReferralKind.TRUST,
        note="Zygmunt Quillfeather needs estate planning",
        today=TODAY,
    )
    add_referral(
        notebook,
        on=TODAY,
        direction=ReferralDirection.GIVEN,
        partner_id=zygmunt,
        referred_id=ottilie,
        kind=ReferralKind.TRUST,
        today=TODAY,
    )
    return {"ottilie": ottilie, "zygmunt": zygmunt, "bo": bo, "referral": referral}


def test_erase_leaves_no_readable_trace(notebook_path: Path) -> None:
    notebook = Notebook.open(notebook_path)
    write_demo(notebook, today=TODAY)  # a notebook with real content around him
    ids = add_zygmunt(notebook)
    before = notebook_bytes(notebook_path).lower()
    assert all(secret in before for secret in SECRETS)  # the test can see them when there

    report = erase_person(notebook, ids["zygmunt"])
    notebook.close()

    after = notebook_bytes(notebook_path).lower()
    found = [secret for secret in SECRETS if secret in after]
    assert found == []
    assert report.scrubbed
    assert report.name == NAME
    assert report.removed["notes"] == 1 and report.removed["messages"] == 1
    assert report.referrals_anonymised == 1
    assert report.introductions_unlinked == 1
    assert report.tags_removed == 1  # "golf" is Gus's too: it stays
    assert report.mentions == ()

    notebook = Notebook.open(notebook_path)
    try:
        assert get_person(notebook, ids["zygmunt"]) is None
        with notebook.reader() as session:
            kept = session.get(Referral, ids["referral"])
            assert kept is not None and kept.partner_id == ids["ottilie"]
            assert (kept.referred_id, kept.note) == (None, "")
            assert session.get(Person, ids["bo"]).introduced_by_id is None  # type: ignore[union-attr]
            assert [t.name for t in session.exec(select(Tag).where(Tag.name == "golf"))]
        assert get_person(notebook, ids["ottilie"]) is not None
    finally:
        notebook.close()


def test_erase_also_empties_the_full_text_index(notebook_path: Path) -> None:
    """The search index (FTS5) keeps old segments until merged: erasure merges them, and the
    index still finds everyone else. A notebook from before the search index (migration 0007)
    gets a stand-in index of the same name, which `scrub` must handle the same way."""
    notebook = Notebook.open(notebook_path)
    stand_in = "search_index" not in inspect(notebook.engine).get_table_names()
    if stand_in:
        with notebook.engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE VIRTUAL TABLE search_index USING fts5(person_id UNINDEXED, body)"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER search_person_gone AFTER DELETE ON person BEGIN "
                "DELETE FROM search_index WHERE person_id = old.id; END"
            )
    write_demo(notebook, today=TODAY)
    ids = add_zygmunt(notebook)
    if stand_in:
        with notebook.engine.begin() as connection:
            for person in list_people(notebook):
                connection.exec_driver_sql(
                    "INSERT INTO search_index(person_id, body) VALUES (?, ?)",
                    (person.id, f"{person.name} {person.organisation}"),
                )

    def hits(word: str) -> int:
        with notebook.engine.connect() as connection:
            return connection.exec_driver_sql(
                f"SELECT count(*) FROM search_index WHERE search_index MATCH '{word}'"
            ).scalar()

    assert hits("quillfeather") > 0
    erase_person(notebook, ids["zygmunt"])
    assert hits("quillfeather") == 0
    assert hits("tremblay") > 0  # the index still works for everyone else
    notebook.close()
    after = notebook_bytes(notebook_path).lower()
    assert [secret for secret in SECRETS if secret in after] == []


def test_erase_reports_other_records_that_still_name_them(notebook: Notebook) -> None:
    ids = add_zygmunt(notebook)
    note = add_note(notebook, ids["ottilie"], text="Lunch with zygmunt quillfeather", date=TODAY)
    other_referral = add_referral(
        notebook,
        on=TODAY,
        direction=ReferralDirection.RECEIVED,
        partner_id=ids["ottilie"],
        referred_id=ids["bo"],
        kind=ReferralKind.TRUST,
        note="Bo is Zygmunt Quillfeather's nephew",
        today=TODAY,
    )
    report = erase_person(notebook, ids["zygmunt"])
    assert [(m.kind, m.id, m.person_id) for m in report.mentions] == [
        ("note", note, ids["ottilie"])
    ]
    page = get_person(notebook, ids["ottilie"])
    assert page is not None and page.notes[0].text == "Lunch with zygmunt quillfeather"
    with notebook.reader() as session:
        kept = session.get(Referral, other_referral)
        assert kept is not None and (kept.referred_id, kept.note) == (ids["bo"], "")


def test_preview_then_erase_several_at_once_all_or_nothing(notebook: Notebook) -> None:
    ids = add_zygmunt(notebook)
    preview = erasure_preview(notebook, ids["zygmunt"])
    assert (preview.name, preview.referrals_kept, preview.introduced) == (NAME, 1, 1)
    assert preview.removed["notes"] == 1 and preview.removed["referrals"] == 1
    assert preview.removed_total == sum(preview.removed.values()) > 10
    with pytest.raises(ValidationError):
        erase_people(notebook, [ids["ottilie"], 999])
    assert "Ottilie Marchbanks" in [p.name for p in list_people(notebook)]
    reports = erase_people(notebook, [ids["zygmunt"], ids["bo"], ids["zygmunt"]])
    assert [r.name for r in reports] == [NAME, "Bo"]
    assert sorted(p.name for p in list_people(notebook)) == ["Gus", "Ottilie Marchbanks"]


def test_erase_a_missing_person_changes_nothing(notebook: Notebook) -> None:
    ids = add_zygmunt(notebook)
    with pytest.raises(ValidationError, match="no person 999"):
        erase_person(notebook, 999)
    assert get_person(notebook, ids["zygmunt"]) is not None
    assert len(list_people(notebook)) == 4


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Zygmunt Quillfeather", True),
        ("  zygmunt   QUILLFEATHER ", True),
        ("Zygmunt", False),
        ("", False),
    ],
)
def test_same_name(typed: str, expected: bool) -> None:
    assert same_name(typed, NAME) is expected
    assert same_name("jean-francois cote", "Jean-François Côté")


# --- the dossier -------------------------------------------------------------------------------


def test_dossier_holds_everything_about_the_person(notebook: Notebook) -> None:
    ids = add_zygmunt(notebook)
    dossier = person_dossier(notebook, ids["zygmunt"])
    json.dumps(dossier)  # JSON-ready as it is
    assert dossier["person"]["name"] == NAME
    assert dossier["person"]["organisation"] == "Quillfeather Snorkelwhale Inc."
    assert [e["value"] for e in dossier["emails"]] == ["zygmunt@quillfeather.example"]
    assert dossier["tags"] == ["golf", "quillfeather-family"]
    assert dossier["notes"][0]["text"].startswith("Zygmunt is a xylophonist")
    assert dossier["personal_details"][0]["kind"] == "trip"
    assert dossier["messages_sent"][0]["subject"] == "Coffee, Zygmunt?"
    assert dossier["follow_ups"][0]["kind"] == "coffee"
    assert dossier["contacts"][0]["note"] == "Zygmunt called back"
    assert dossier["tasks"][0]["title"] == "Send Zygmunt the forms"
    assert dossier["newsletter_consents"][0]["status"] == "declined"
    assert dossier["events"][0]["name"] == "Winter gala"
    assert dossier["introduced"] == [{"id": ids["bo"], "name": "Bo"}]
    roles = sorted((r["role"], r["partner"]["name"]) for r in dossier["referrals"])
    assert roles == [("partner", NAME), ("referred", "Ottilie Marchbanks")]
    # nothing about anybody else's notes
    assert all(n["text"] for n in dossier["notes"]) and len(dossier["notes"]) == 1


def test_summary_in_the_persons_language_or_the_one_asked(notebook: Notebook) -> None:
    ids = add_zygmunt(notebook)
    dossier = person_dossier(notebook, ids["zygmunt"])
    english = dossier_summary(dossier)
    assert english.startswith(f"Everything Relationship Notebook holds about {NAME}")
    assert "Notes (1)" in english and "Zygmunt is a xylophonist" in english
    assert "Calls and meetings (1)" in english and "I started it" in english
    french = dossier_summary(dossier, "fr")
    assert french.startswith(f"Tout ce que Relationship Notebook conserve au sujet de {NAME}")
    assert "Détails personnels (1)" in french and "à mon initiative" in french
    assert "Quillfeather family trip to Svalbard" in french


def test_write_dossier_writes_two_private_files(notebook: Notebook, tmp_path: Path) -> None:
    ids = add_zygmunt(notebook)
    folder = tmp_path / "out"
    folder.mkdir()
    json_path, txt_path = write_dossier(notebook, ids["zygmunt"], folder)
    assert json_path.name == f"zygmunt-quillfeather-{ids['zygmunt']}-dossier.json"
    assert json.loads(json_path.read_text("utf-8"))["person"]["name"] == NAME
    assert txt_path.read_text("utf-8").startswith("Everything Relationship Notebook holds")
    if os.name == "posix":
        assert stat.S_IMODE(json_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(txt_path.stat().st_mode) == 0o600
    with pytest.raises(ValidationError):
        write_dossier(notebook, 999, folder)


# --- retention ---------------------------------------------------------------------------------


def _old_person(notebook: Notebook, name: str, recorded: dt.date) -> int:
    with notebook.session() as session:
        return create_person(
            session,
            PersonFields(given_name=name),
            created_at=dt.datetime.combine(recorded, dt.time(9)),
        )


@pytest.fixture
def aged(notebook: Notebook) -> dict[str, int]:
    long_ago = dt.date(2010, 3, 1)
    ids = {
        name: _old_person(notebook, name, long_ago)
        for name in ("silent", "noted", "called", "messaged", "boundary", "new")
    }
    add_note(notebook, ids["noted"], text="Last heard", date=dt.date(2015, 6, 1))
    log_contact(notebook, ids["called"], on=dt.date(2024, 1, 5))
    old_event = add_event(notebook, EventFields(name="Old gala", date=dt.date(2012, 4, 4)))
    with notebook.session() as session:
        link_person(session, old_event, ids["messaged"])
    record_signal(
        notebook,
        ids["messaged"],
        kind=SignalKind.NEXT_DAY_NOTE,
        body="Thanks",
        sent_on=dt.date(2016, 2, 2),
    )
    add_note(notebook, ids["boundary"], text="Exactly seven years", date=dt.date(2019, 11, 23))
    with notebook.session() as session:
        row = session.get(Person, ids["new"])
        assert row is not None
        row.created_at = dt.datetime(2025, 1, 1, 9)
        session.add(row)
    return ids


def test_retention_lists_people_without_contact_the_longest_first(
    notebook: Notebook, aged: dict[str, int]
) -> None:
    found = retention_review(notebook, 7, today=TODAY)
    assert [(c.name, c.last_contact, c.last_kind, c.years) for c in found] == [
        ("silent", dt.date(2010, 3, 1), "recorded", 16),
        ("noted", dt.date(2015, 6, 1), "note", 11),
        ("messaged", dt.date(2016, 2, 2), "message", 10),
        ("boundary", dt.date(2019, 11, 23), "note", 7),
    ]
    assert [c.name for c in retention_review(notebook, 7, today=TODAY - dt.timedelta(days=1))][
        -1
    ] == "messaged"
    assert [c.name for c in retention_review(notebook, 2, today=TODAY)][-1] == "called"
    with pytest.raises(ValidationError):
        retention_review(notebook, 0, today=TODAY)


def test_retention_is_a_fixed_number_of_queries(notebook: Notebook) -> None:
    """Grouped queries, not one per person: ten times the people, the same statements."""
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    for name in "abc":
        _old_person(notebook, name, dt.date(2001, 1, 1))
    event.listen(notebook.engine, "before_cursor_execute", count)
    retention_review(notebook, 7, today=TODAY)
    few = len(statements)
    for index in range(30):
        person = _old_person(notebook, f"p{index}", dt.date(2001, 1, 1))
        add_note(notebook, person, text="old", date=dt.date(2005, 1, 1))
    statements.clear()
    assert len(retention_review(notebook, 7, today=TODAY)) == 33
    event.remove(notebook.engine, "before_cursor_execute", count)
    assert len(statements) == few <= 2


# --- command line ------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def zygmunt_file(notebook: Notebook) -> tuple[Path, dict[str, int]]:
    ids = add_zygmunt(notebook)
    notebook.close()
    return notebook.path, ids


def _people(path: Path) -> list[str]:
    notebook = Notebook.open(path)
    try:
        return sorted(p.name for p in list_people(notebook))
    finally:
        notebook.close()


@pytest.mark.sqlite_only
def test_cli_erase_with_yes(zygmunt_file, capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = zygmunt_file
    assert cli.main(["erase", str(ids["zygmunt"]), "--notebook", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Erased {NAME}" in out and "Kept 1 referrals" in out
    assert NAME not in _people(path)


@pytest.mark.sqlite_only
def test_cli_erase_refuses_without_yes_off_a_terminal(
    zygmunt_file, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = zygmunt_file
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{NAME}\n"))
    assert cli.main(["erase", str(ids["zygmunt"]), "--notebook", str(path)]) == cli.EXIT_USAGE
    assert "--yes" in capsys.readouterr().err
    assert NAME in _people(path)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("typed", "code"), [("Zygmunt Q", 2), ("zygmunt quillfeather", 0)])
def test_cli_erase_asks_for_the_name_on_a_terminal(
    zygmunt_file,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    code: int,
) -> None:
    path, ids = zygmunt_file
    monkeypatch.setattr("sys.stdin", _Terminal(f"{typed}\n"))
    assert cli.main(["erase", str(ids["zygmunt"]), "--notebook", str(path)]) == code
    out, err = capsys.readouterr()
    assert "Type the name to confirm" in out
    assert (NAME in _people(path)) is (code != 0)
    if code:
        assert "nothing was erased" in err


@pytest.mark.sqlite_only
def test_cli_erase_bad_targets(tmp_path: Path, zygmunt_file, capsys) -> None:
    path, _ids = zygmunt_file
    missing = tmp_path / "nowhere.sqlite"
    assert cli.main(["erase", "1", "--notebook", str(missing), "--yes"]) == cli.EXIT_BAD_NOTEBOOK
    assert not missing.exists()
    assert cli.main(["erase", "999", "--notebook", str(path), "--yes"]) == cli.EXIT_USAGE
    assert "no person 999" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_cli_dossier(zygmunt_file, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = zygmunt_file
    out = tmp_path / "dossiers"
    out.mkdir()
    argv = ["dossier", str(ids["zygmunt"]), "--notebook", str(path), "--out", str(out)]
    assert cli.main(argv) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".txt"]
    assert "Wrote" in capsys.readouterr().out
    argv[-1] = str(tmp_path / "missing-folder")
    assert cli.main(argv) == cli.EXIT_CANNOT_WRITE
    argv[1], argv[-1] = "999", str(out)
    assert cli.main(argv) == cli.EXIT_USAGE


@pytest.mark.sqlite_only
def test_cli_retention(notebook: Notebook, aged, capsys: pytest.CaptureFixture[str]) -> None:
    notebook.close()
    path = str(notebook.path)
    date = ["--date", TODAY.isoformat()]
    assert cli.main(["retention", "--notebook", path, "--json", *date]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["years"] == 7
    assert [p["name"] for p in document["people"]] == ["silent", "noted", "messaged", "boundary"]
    assert document["people"][0]["last_kind"] == "recorded"
    assert cli.main(["retention", "--notebook", path, "--years", "12", *date]) == 0
    assert cli.main(["retention", "--notebook", path, "--years", "12", *date]) == 0
    text = capsys.readouterr().out
    assert "silent" in text and "noted" not in text
    with pytest.raises(SystemExit) as caught:
        cli.main(["retention", "--notebook", path, "--years", "zero"])
    assert caught.value.code == cli.EXIT_USAGE


@pytest.mark.sqlite_only
def test_cli_erase_refuses_a_notebook_open_in_the_app(
    zygmunt_file, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = zygmunt_file
    monkeypatch.setattr("relnotebook.store.files.instance_lock.notebook_in_use", lambda _path: True)
    code = cli.main(["erase", str(ids["zygmunt"]), "--notebook", str(path), "--yes"])
    assert code == cli.EXIT_BAD_NOTEBOOK
    assert "close it first" in capsys.readouterr().err
    assert NAME in _people(path)
