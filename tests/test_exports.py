"""Exports: spreadsheet-safe CSV, vCards an address book reads back, the whole notebook as JSON
that loads back into an empty notebook exactly, the files it refuses, and the commands."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import hashlib
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
import vobject
from sqlalchemy import func, select

from relnotebook import cli
from relnotebook.core import settings
from relnotebook.core.checkins.sweeps import start_sweep
from relnotebook.core.checkins.tasks import add_task
from relnotebook.core.exchange.notebook_json import (
    FORMAT,
    export_notebook,
    import_notebook,
    notebook_document,
    tables,
)
from relnotebook.core.exchange.people_export import CSV_HEADER, people_csv, people_vcard
from relnotebook.core.exchange.spreadsheet import csv_bytes, safe_cell, write_csv
from relnotebook.core.mail.service import Source, SourceKind
from relnotebook.core.mail.sources import add_source
from relnotebook.core.models import (
    Language,
    MailLogged,
    NotDuplicate,
    SignalKind,
    SyncAccount,
    SyncCard,
    SyncItem,
)
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.messages.user_templates import add_template
from relnotebook.core.people.service import add_person, get_person, list_people, update_person
from relnotebook.core.people.views import Address, PersonFields, Website
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.helpers.empty import new_notebook


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def row_counts(notebook: Notebook) -> dict[str, int]:
    with notebook.reader() as session:
        connection = session.connection()
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in tables()
        }


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


# Spreadsheet cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # A quote after a separator would open a cell in a spreadsheet splitting there.
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example",\'"x")'),
        ("+1 514 555-0123", "'+1 514 555-0123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r'=1"),  # a line break may start a cell too
        ("Côté", "Côté"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


def test_write_csv_is_private_safe_and_excel_friendly(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    write_csv(out, ["name", "=header"], [["=1+1", None], ["Éloïse", 3]])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    assert read_csv(out) == [["name", "'=header"], ["'=1+1", ""], ["Éloïse", "3"]]
    if os.name == "posix":
        assert mode(out) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name != "list.csv"]  # no temporary left


def test_csv_bytes_quotes_separators_and_line_breaks() -> None:
    content = csv_bytes(["a"], [["one, two\nthree"]])
    assert list(csv.reader(io.StringIO(content.decode("utf-8-sig")))) == [
        ["a"],
        ["one, two\nthree"],
    ]


# People as CSV and vCard


@pytest.fixture
def people(notebook: Notebook) -> dict[str, int]:
    return {
        "robert": add_person(
            notebook,
            PersonFields(
                given_name="Robert",
                family_name="Tremblay",
                preferred_name="Bob",
                organisation="Tremblay, Architectes; inc.",
                role="Associé, design",
                language=Language.FRENCH,
                emails=("robert@tremblay.example", "bob@perso.example"),
                phones=("514 555-0123",),
                tags=("vélo", "golf, été"),
                how_met="Cocktail de la Chambre;\nparlé de la Croatie",
            ),
        ),
        "attacker": add_person(
            notebook,
            PersonFields(
                given_name='=HYPERLINK("http://evil.example")',
                family_name="+cmd",
                organisation="@corp",
                how_met="-1",
            ),
        ),
        "ann": add_person(notebook, PersonFields(given_name="Ann")),
    }


def test_people_csv_has_every_column_and_neutralises_formulas(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "people.csv"
    assert people_csv(notebook, out) == 3
    rows = read_csv(out)
    assert tuple(rows[0]) == CSV_HEADER
    by_given = {row[0]: dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]}
    robert = by_given["Robert"]
    assert robert["family name"] == "Tremblay"
    assert robert["preferred name"] == "Bob"
    assert robert["organisation"] == "Tremblay, Architectes; inc."
    assert robert["role"] == "Associé, design"
    assert (robert["language"], robert["stage"]) == ("fr", "acquaintance")
    assert robert["emails"] == "robert@tremblay.example; bob@perso.example"
    assert robert["phones"] == "(514) 555-0123"  # the national format of the notebook's region
    assert robert["tags"] == "golf, été; vélo"
    assert robert["how met"] == "Cocktail de la Chambre;\nparlé de la Croatie"
    attacker = by_given['\'=HYPERLINK("http://evil.example")']
    assert attacker["family name"] == "'+cmd"
    assert attacker["organisation"] == "'@corp"
    assert attacker["how met"] == "'-1"
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    if os.name == "posix":
        assert mode(out) == 0o600


def test_people_csv_of_the_selected_people_only(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "some.csv"
    assert people_csv(notebook, out, [people["ann"], 9999]) == 1  # a deleted id is skipped
    assert [row[0] for row in read_csv(out)[1:]] == ["Ann"]
    with pytest.raises(ValidationError, match="Select at least one person"):
        people_csv(notebook, tmp_path / "none.csv", [])
    assert not (tmp_path / "none.csv").exists()


def test_people_vcard_reads_back_with_vobject(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "people.vcf"
    assert people_vcard(notebook, out) == 3
    raw = out.read_bytes()
    assert b"\r\n" in raw and raw.decode("utf-8")
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == 3
    assert all(card.version.value == "3.0" for card in cards)
    robert = next(card for card in cards if card.n.value.family == "Tremblay")
    assert robert.n.value.given == "Robert"
    assert robert.fn.value == "Bob Tremblay"
    assert robert.nickname.value == "Bob"
    assert robert.org.value == ["Tremblay, Architectes; inc."]
    assert robert.title.value == "Associé, design"
    assert [e.value for e in robert.email_list] == [
        "robert@tremblay.example",
        "bob@perso.example",
    ]
    assert [t.value for t in robert.tel_list] == ["+1 514-555-0123"]
    assert robert.categories.value == ["golf, été", "vélo"]
    assert robert.note.value == "Cocktail de la Chambre;\nparlé de la Croatie"
    ann = next(card for card in cards if card.fn.value == "Ann")
    assert not hasattr(ann, "org") and not hasattr(ann, "email")
    if os.name == "posix":
        assert mode(out) == 0o600


def test_people_vcard_of_the_selected_people_and_cancel(
    notebook: Notebook, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "one.vcf"
    assert people_vcard(notebook, out, [people["robert"]]) == 1
    (card,) = vobject.readComponents(out.read_text(encoding="utf-8"))
    assert card.fn.value == "Bob Tremblay"
    stopped = tmp_path / "stopped.vcf"
    assert people_vcard(notebook, stopped, progress=lambda done, total: False) is None
    assert not stopped.exists()


# The whole notebook as JSON


@pytest.fixture
def full_notebook(demo_notebook: Notebook) -> Notebook:
    """The demo, plus a row in every table the demo leaves empty."""
    notebook = demo_notebook
    ids = [p.id for p in list_people(notebook)]
    settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, 45)
    settings.set_text(notebook, settings.SENDER_NAME, "Marie-Ève Lapointe")
    add_template(
        notebook,
        name="Café",
        kind=SignalKind.COFFEE_INVITATION,
        language=Language.FRENCH,
        source="Bonjour {{ person.first_name }}",
    )
    signal_id = signals.record_signal(
        notebook, ids[0], kind=SignalKind.NEXT_DAY_NOTE, body="Merci pour hier !", sent_on=TODAY
    )
    assert signal_id
    signals.add_follow_up(notebook, ids[1], due_on=TODAY, kind="coffee", text="Café")
    signals.snooze(notebook, f"message:{ids[2]}", ids[2], TODAY + dt.timedelta(days=3))
    add_task(notebook, title="Call head office", due_on=TODAY, person_id=ids[3])
    start_sweep(notebook, title="Markets are moving", segment="clients", started_on=TODAY)
    add_source(notebook, Source(SourceKind.MBOX, "/home/anne/mail.mbox"))
    with notebook.session() as session:
        session.add(MailLogged(person_id=ids[0], message_hash="0" * 64, on=TODAY))
        session.add(NotDuplicate(person_id=ids[0], other_id=ids[1]))
        account = SyncAccount(url="https://dav.example.ca/", user="anne", addressbook_token="t1")
        session.add(account)
        session.flush()
        assert account.id is not None
        href = "https://dav.example.ca/anne/contacts/person-1.vcf"
        session.add(SyncCard(account_id=account.id, person_id=ids[0], href=href, etag='"1"'))
        session.add(SyncItem(account_id=account.id, uid="task-1@relnotebook", href=href,
                             content_hash="abc"))  # fmt: skip
    card = {
        "nickname": "Bobo",
        "anniversary": dt.date(2001, 6, 12),
        "websites": (Website("https://www.linkedin.com/in/bob", "LinkedIn"),),
        "addresses": (Address("work", "1000 rue Sherbrooke O.", "Montréal", "QC", "H3A 3G4"),),
    }
    update_person(notebook, ids[4], card)
    return notebook


def test_round_trip_is_exact(full_notebook: Notebook, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    counts = export_notebook(full_notebook, first)
    assert counts == row_counts(full_notebook)
    empty_tables = [name for name, count in counts.items() if count == 0]
    assert empty_tables == [], "the fixture should fill every table"
    if os.name == "posix":
        assert mode(first) == 0o600

    target = Notebook.open(tmp_path / "restored.sqlite")
    try:
        assert import_notebook(target, first) == counts
        assert row_counts(target) == counts
        second = tmp_path / "second.json"
        export_notebook(target, second)
        one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        assert one["tables"] == two["tables"]
        assert list(one["tables"]) == [t.name for t in tables()]
        assert (one["format"], one["version"]) == (FORMAT, 1)
        # ids keep working: a new person gets a fresh id, never one in the file
        newest = add_person(target, PersonFields(given_name="Newcomer"))
        assert newest > max(row["id"] for row in one["tables"]["person"])
        assert settings.get_int(target, settings.QUIET_PERIOD_DAYS) == 45
    finally:
        target.close()


def test_the_order_respects_foreign_keys(full_notebook: Notebook) -> None:
    names = list(notebook_document(full_notebook)["tables"])
    for table in tables():
        for fk in table.foreign_keys:
            if fk.column.table is not table:
                assert names.index(fk.column.table.name) < names.index(table.name)


@pytest.mark.sqlite_only
def test_export_from_a_read_only_notebook(full_notebook: Notebook, tmp_path: Path) -> None:
    full_notebook.close()
    before = digest(full_notebook.path)
    reader = Notebook.open_read_only(full_notebook.path)
    try:
        counts = export_notebook(reader, tmp_path / "copy.json")
    finally:
        reader.close()
    assert counts is not None and counts["person"] == 25
    assert digest(full_notebook.path) == before


def test_values_are_iso_and_typed(full_notebook: Notebook) -> None:
    document = notebook_document(full_notebook)
    person = document["tables"]["person"][0]
    dt.datetime.fromisoformat(person["created_at"])
    note = document["tables"]["note"][0]
    assert dt.date.fromisoformat(note["date"]).isoformat() == note["date"]
    assert {"key": "signals.quiet_period_days", "value": "45"} in document["tables"]["setting"]
    assert isinstance(document["tables"]["contact_point"][0]["position"], int)


@pytest.fixture
def exported(full_notebook: Notebook) -> dict[str, Any]:
    return notebook_document(full_notebook)


@pytest.fixture
def empty(tmp_path: Path):
    target = new_notebook(tmp_path / "empty.sqlite")
    yield target
    target.close()


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_introductions_in_any_order_and_in_a_circle(
    exported: dict[str, Any], empty: Notebook, tmp_path: Path
) -> None:
    document = copy.deepcopy(exported)
    people = document["tables"]["person"]
    first, last = people[0], people[-1]
    first["introduced_by_id"], last["introduced_by_id"] = last["id"], first["id"]
    import_notebook(empty, write_json(tmp_path / "circle.json", document))
    assert get_person(empty, first["id"]).fields.introduced_by_id == last["id"]
    assert get_person(empty, last["id"]).fields.introduced_by_id == first["id"]
    assert notebook_document(empty)["tables"] == document["tables"]


def test_a_file_from_an_earlier_schema_gets_defaults(
    exported: dict[str, Any], empty: Notebook, tmp_path: Path
) -> None:
    document = copy.deepcopy(exported)
    del document["tables"]["prompt_snooze"]  # a table that did not exist yet
    row = document["tables"]["person"][0]
    del row["preferred_name"]
    row["created_at"] = "2026-11-23T09:30:00-05:00"  # an offset is converted to UTC
    counts = import_notebook(empty, write_json(tmp_path / "older.json", document))
    assert counts is not None and counts["prompt_snooze"] == 0
    restored = notebook_document(empty)["tables"]["person"][0]
    assert restored["preferred_name"] == ""
    assert restored["created_at"] == "2026-11-23T14:30:00"


def test_a_non_empty_notebook_is_refused(full_notebook: Notebook, tmp_path: Path) -> None:
    out = tmp_path / "self.json"
    export_notebook(full_notebook, out)
    before = row_counts(full_notebook)
    with pytest.raises(ValidationError, match="is not empty") as caught:
        import_notebook(full_notebook, out)
    assert caught.value.field == "notebook"
    assert row_counts(full_notebook) == before


def test_cancel_leaves_the_notebook_empty_and_writes_no_file(
    exported: dict[str, Any], full_notebook: Notebook, empty: Notebook, tmp_path: Path
) -> None:
    source = write_json(tmp_path / "all.json", exported)
    calls: list[tuple[int, int]] = []

    def stop_midway(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0  # the first batch goes in, then Cancel

    assert import_notebook(empty, source, progress=stop_midway) is None
    assert len(calls) == 2 and calls[0][1] == sum(row_counts(full_notebook).values())
    assert not any(row_counts(empty).values())
    out = tmp_path / "stopped.json"
    assert export_notebook(full_notebook, out, progress=lambda d, t: False) is None
    assert not out.exists()


def _edit(document: dict[str, Any], change) -> dict[str, Any]:  # noqa: ANN001
    document = copy.deepcopy(document)
    change(document)
    return document


def _set(table: str, field: str, value: Any, row: int = 0):  # noqa: ANN202
    def change(document: dict[str, Any]) -> None:
        document["tables"][table][row][field] = value

    return change


BROKEN: dict[str, tuple[Any, str]] = {
    "a list": (lambda d: [d], "not a Relationship Notebook JSON export"),
    "another format": (lambda d: {**d, "format": "vcard"}, "not a Relationship Notebook"),
    "a newer version": (lambda d: {**d, "version": 2}, "newer version"),
    "a version as text": (lambda d: {**d, "version": "1"}, "format version"),
    "a newer schema": (lambda d: {**d, "schema_revision": "9999"}, "newer version"),
    "no tables": (lambda d: {k: v for k, v in d.items() if k != "tables"}, "no tables"),
    "an unknown table": (
        lambda d: _edit(d, lambda x: x["tables"].update(secrets=[])),
        "tables this version does not know: secrets",
    ),
    "a table that is not a list": (
        lambda d: _edit(d, lambda x: x["tables"].update(person={})),
        "person is not a list of rows",
    ),
    "an unknown field": (
        lambda d: _edit(d, _set("person", "shoe_size", 42)),
        "row 1 of the table person has fields this version does not know: shoe_size",
    ),
    "a bad date": (
        lambda d: _edit(d, _set("note", "date", "2026-13-45", row=-1)),
        "date is '2026-13-45'; expected a date like 2026-11-23",
    ),
    "a date and time as a date": (
        lambda d: _edit(d, _set("event", "date", "2026-11-20T10:00:00")),
        "expected a date like",
    ),
    "a bad timestamp": (
        lambda d: _edit(d, _set("person", "created_at", "yesterday")),
        "expected a date and time",
    ),
    "an id as text": (lambda d: _edit(d, _set("person", "id", "1")), "expected a whole number"),
    "a yes/no as a number": (
        lambda d: _edit(d, _set("person", "good_prospect", 1)),
        "expected true or false",
    ),
    "a missing name": (
        lambda d: _edit(d, _set("event", "name", None)),
        "name is None; a value is needed",
    ),
    "a missing id": (
        lambda d: _edit(d, lambda x: x["tables"]["tag"][0].pop("id")),
        "row 1 of the table tag has no id",
    ),
    "a repeated id": (
        lambda d: _edit(d, lambda x: x["tables"]["tag"].append(dict(x["tables"]["tag"][0]))),
        "the table tag repeats an id",
    ),
    "a note about nobody": (
        lambda d: _edit(d, _set("note", "person_id", 99_999, row=-1)),
        "the table note repeats an id, or a row points to one that is not in the file",
    ),
    "an introduction by nobody": (
        lambda d: _edit(d, _set("person", "introduced_by_id", 99_999, row=-1)),
        "a row of the table person points to one that is not in the file",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_load_nothing(
    case: str, exported: dict[str, Any], empty: Notebook, tmp_path: Path
) -> None:
    make, expected = BROKEN[case]
    source = write_json(tmp_path / "broken.json", make(exported))
    with pytest.raises(ValidationError) as caught:
        import_notebook(empty, source)
    assert expected in caught.value.message
    assert caught.value.message.startswith("broken.json cannot be loaded: ")
    assert caught.value.field == "file"
    assert not any(row_counts(empty).values())
    # the notebook still works and still takes the good file afterwards
    assert import_notebook(empty, write_json(tmp_path / "good.json", exported)) is not None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not valid JSON"),
        (b"\x00\x01\xff\xfe binary", "not valid JSON"),
        (b'{"format": "relnotebook-notebook", "version": 1, "tab', "not valid JSON"),
        (b"BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\n", "not valid JSON"),
        (b"[" * 100_000, "not valid JSON"),
    ],
    ids=["empty", "binary", "truncated", "a vcard", "deeply nested"],
)
def test_files_that_are_not_json(
    content: bytes, expected: str, empty: Notebook, tmp_path: Path
) -> None:
    source = tmp_path / "backup.json"
    source.write_bytes(content)
    with pytest.raises(ValidationError, match=expected):
        import_notebook(empty, source)
    assert not any(row_counts(empty).values())


def test_a_truncated_export_is_refused(
    full_notebook: Notebook, empty: Notebook, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.json"
    export_notebook(full_notebook, whole)
    cut = tmp_path / "cut.json"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ValidationError, match="not valid JSON"):
        import_notebook(empty, cut)
    assert not any(row_counts(empty).values())


def test_missing_file_and_folder(empty: Notebook, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        import_notebook(empty, tmp_path / "nowhere.json")
    with pytest.raises(ValidationError, match="is a folder"):
        import_notebook(empty, tmp_path)


# The commands


@pytest.fixture(autouse=False)
def no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "run_gui", lambda *a, **k: pytest.fail("the GUI must not start"))


@pytest.fixture
def demo_path(full_notebook: Notebook, no_gui: None) -> Path:
    full_notebook.close()
    return full_notebook.path


@pytest.mark.sqlite_only
@pytest.mark.parametrize("kind", ["json", "csv", "vcard"])
def test_cli_export_never_changes_the_notebook(
    kind: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"out.{kind}"
    before = digest(demo_path)
    code = cli.main(["export", "--format", kind, "--out", str(out), "--notebook", str(demo_path)])
    assert code == cli.EXIT_OK
    printed = capsys.readouterr()
    assert str(out) in printed.out and printed.err == ""
    assert "25 people" in printed.out
    assert digest(demo_path) == before
    if os.name == "posix":
        assert mode(out) == 0o600
    content = out.read_bytes().decode("utf-8-sig")
    if kind == "json":
        assert json.loads(content)["format"] == FORMAT
    elif kind == "csv":
        assert len(read_csv(out)) == 26
    else:
        assert len(list(vobject.readComponents(content))) == 25


@pytest.mark.sqlite_only
def test_cli_export_refusals(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def export(out: Path, notebook: Path = demo_path) -> int:
        return cli.main(
            ["export", "--format", "csv", "--out", str(out), "--notebook", str(notebook)]
        )

    assert export(tmp_path / "missing" / "x.csv") == cli.EXIT_CANNOT_WRITE
    assert "does not exist" in capsys.readouterr().err
    assert export(tmp_path) == cli.EXIT_CANNOT_WRITE
    assert "is a folder" in capsys.readouterr().err
    assert export(demo_path) == cli.EXIT_USAGE
    assert "the notebook itself" in capsys.readouterr().err
    assert export(tmp_path / "x.csv", tmp_path / "none.sqlite") == cli.EXIT_BAD_NOTEBOOK
    assert not (tmp_path / "none.sqlite").exists()
    with pytest.raises(SystemExit) as caught:
        cli.main(["export", "--format", "xlsx", "--out", str(tmp_path / "x")])
    assert caught.value.code == cli.EXIT_USAGE


@pytest.mark.sqlite_only
def test_cli_round_trip_with_load_json(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "backup.json"
    assert (
        cli.main(["export", "--format", "json", "--out", str(out), "--notebook", str(demo_path)])
        == 0
    )
    restored = tmp_path / "restored.sqlite"
    assert cli.main(["load-json", str(out), "--notebook", str(restored)]) == cli.EXIT_OK
    assert "Loaded 25 people" in capsys.readouterr().out
    copy_out = tmp_path / "again.json"
    assert (
        cli.main(
            ["export", "--format", "json", "--out", str(copy_out), "--notebook", str(restored)]
        )
        == 0
    )
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (out, copy_out))
    assert one["tables"] == two["tables"]
    # loading again into the now full notebook is refused
    before = digest(restored)
    assert cli.main(["load-json", str(out), "--notebook", str(restored)]) == cli.EXIT_BAD_NOTEBOOK
    assert "is not empty" in capsys.readouterr().err
    assert digest(restored) == before


def test_cli_load_json_bad_file_leaves_no_notebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_gui: None
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "relnotebook-notebook", "version": 7, "tables": {}}')
    target = tmp_path / "new.sqlite"
    assert cli.main(["load-json", str(bad), "--notebook", str(target)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer version" in err
    assert not target.exists() and not list(tmp_path.glob("new.sqlite*"))
    assert cli.main(["load-json", str(tmp_path / "nope.json"), "--notebook", str(target)]) == 2
    assert not target.exists()
