"""Contact files the first imports got wrong: special files (a pipe, a device, a socket) that
must be refused unread, huge notes that must be read within a small multiple of the file's size
and cut with a warning, contacts known only by an email address, and vCard 2.1
quoted-printable values running over several lines."""

from __future__ import annotations

import re
import socket
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.core.exchange.contact_import import (
    ImportFileError,
    RowStatus,
    apply_import,
    build_preview,
    csv_contacts,
    parse_csv,
    read_bytes,
    read_file,
)
from relnotebook.core.people.notes import MAX_NOTE_CHARS
from relnotebook.core.people.service import add_person, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.special_files import named_pipe, needs_fifo, unix_socket

FIXTURES = Path(__file__).parent / "fixtures" / "import"
SPECIAL = "is a special file (a pipe, a device or a socket), not a contacts file"


@pytest.fixture
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[Path]:
    with named_pipe(tmp_path / "contacts.vcf") as path:
        yield path


# --- special files ------------------------------------------------------------------------------


@needs_fifo
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(pipe: Path) -> None:
    with pytest.raises(ImportFileError, match=re.escape(SPECIAL)):
        read_file(pipe, today=TODAY)


@needs_fifo
def test_a_link_to_a_named_pipe_is_refused_too(pipe: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.vcf"
    link.symlink_to(pipe)
    with pytest.raises(ImportFileError, match=re.escape(SPECIAL)):
        read_file(link, today=TODAY)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused_without_being_read(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(ImportFileError, match=re.escape(SPECIAL)):
        read_file(device, today=TODAY)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    with (
        unix_socket(tmp_path / "s.vcf") as path,
        pytest.raises(ImportFileError, match=re.escape(SPECIAL)),
    ):
        read_file(path, today=TODAY)


def test_a_folder_is_still_named_as_one(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is a folder, not a contacts file"):
        read_file(tmp_path, today=TODAY)


def test_a_link_to_a_contacts_file_is_read(tmp_path: Path) -> None:
    link = tmp_path / "link.vcf"
    link.symlink_to(FIXTURES / "google.vcf")
    assert len(read_file(link, today=TODAY).contacts) == 2


@needs_fifo
@pytest.mark.usefixtures("_no_gui")
def test_cli_import_of_a_named_pipe_says_so_in_one_line(
    pipe: Path, notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    argv = ["import", str(pipe), "--notebook", notebook.location, "--dry-run"]
    assert cli.main(argv) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert SPECIAL in err


# --- big notes ----------------------------------------------------------------------------------


def _one_note_vcard(note_chars: int) -> bytes:
    """One card whose note is `note_chars` long, folded at 75 as exporters write it, with an
    accent now and then (so the text is not pure ASCII) and escaped commas."""
    words = "Rencontré au cocktail\\, puis au golf; "
    note = (words * (note_chars // len(words) + 1))[:note_chars]
    line = "NOTE:" + note
    folded = "\r\n ".join(line[i : i + 74] for i in range(0, len(line), 74))
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Note;Grosse;;;\r\n{folded}\r\nEND:VCARD\r\n"
    return text.encode("utf-8")


def _peak_traced_bytes(read: object) -> int:
    tracemalloc.start()
    try:
        read()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_a_big_vcard_note_takes_a_small_multiple_of_the_file() -> None:
    data = _one_note_vcard(1_500_000)
    peak = _peak_traced_bytes(lambda: read_bytes(data, name="note.vcf", today=TODAY))
    # Quadratic unfolding and vobject's character-by-character unescaping took 160 times the
    # file; the text in memory is at most 4 bytes a character, and a few copies of it are fine.
    assert peak < 12 * len(data), f"{peak / 1e6:.0f} MB for a {len(data) / 1e6:.1f} MB file"


def test_a_csv_cell_over_csv_module_field_limit_is_read() -> None:
    note = "Suivi du dossier de succession. " * 20_000  # 640,000 characters in one cell
    text = f'First Name,Last Name,Notes\r\nAnne,Roy,"{note}"\r\n'
    parsed = parse_csv(text, today=TODAY)
    assert parsed.errors == ()
    (anne,) = parsed.contacts
    assert anne.note == note.strip()


def test_a_huge_quoted_csv_cell_is_cut_before_the_csv_module_holds_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What a note can use, made small: a quoted cell is cut to it line by line, knowing from the
    # quotes before it whether a line starts inside a quoted cell, and nothing else changes.
    monkeypatch.setattr(csv_contacts, "LONGEST_RAW_NOTE", 12)
    lines = [
        "First Name,Notes,E-mail 1 - Value\r\n",
        'Anne,"Première ligne\r\n',
        'une deuxième, bien plus longue, ""citée"" et encore",anne@example.com\r\n',
        "Luc,court mais plus long que douze,luc@example.com\r\n",
        'Marc,"x,y,z",marc@example.com',
    ]
    assert list(csv_contacts._lines("".join(lines))) == [
        lines[0],
        'Anne,"Première lig\r\n',
        'une deuxième""citée"" et encore",anne@example.com\r\n',
        *lines[3:],
    ]
    anne, luc, marc = parse_csv("".join(lines), today=TODAY).contacts
    assert (anne.note, anne.emails) == ("Première lig", ("anne@example.com",))
    assert (luc.line, luc.emails) == (4, ("luc@example.com",))
    assert (marc.note, marc.emails) == ("x,y,z", ("marc@example.com",))


def test_a_note_over_the_limit_is_cut_with_a_warning_while_reading() -> None:
    note = "x" * (MAX_NOTE_CHARS + 10)
    vcard = read_bytes(
        f"BEGIN:VCARD\r\nN:Roy;Anne;;;\r\nNOTE:{note}\r\nEND:VCARD\r\n".encode(), today=TODAY
    )
    csv = read_bytes(f"First Name,Notes\nAnne,{note}\n".encode(), today=TODAY)
    for parsed in (vcard, csv):
        (anne,) = parsed.contacts
        assert len(anne.note) == MAX_NOTE_CHARS
        assert [warning.template for warning in anne.warnings] == [
            "The note is longer than {limit} characters; it was cut."
        ]


@pytest.mark.usefixtures("_no_gui")
def test_cli_dry_run_says_a_long_note_is_cut(
    notebook: Notebook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    path = tmp_path / "note.vcf"
    path.write_bytes(_one_note_vcard(MAX_NOTE_CHARS + 200_000))  # with its escapes
    argv = ["import", str(path), "--notebook", notebook.location, "--dry-run"]
    assert cli.main(argv) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "would create 1, would merge 0, refused 0" in out
    assert "line 1: Grosse Note: The note is longer than 5,000,000 characters; it was cut." in out


# --- contacts known by an email address only ----------------------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("jean.tremblay@courriel.example", ("Jean", "Tremblay")),
        ("LUC_OUELLET@Example.COM", ("Luc", "Ouellet")),
        ("marie-eve.roy@example.org", ("Marie-Eve", "Roy")),
        ("marie.eve.roy@example.org", ("Marie Eve", "Roy")),
        ("Jean.McDonald+infolettre@example.org", ("Jean", "McDonald")),
        ("jtremblay1975@cabinet.example", ("jtremblay1975", "")),
        ("info@fleuriste.example", ("info", "")),
        ("j.tremblay@cabinet.example", ("j.tremblay", "")),
        ("+infolettre@example.org", ("+infolettre", "")),
        ("o'neil.MARIE-EVE@example.org", ("O'Neil", "Marie-Eve")),
    ],
)
def test_name_from_email(address: str, expected: tuple[str, str]) -> None:
    from relnotebook.core.exchange.contact_import.preview import name_from_email

    assert name_from_email(address) == expected


def test_email_only_vcards_become_people_flagged_for_review(notebook: Notebook) -> None:
    preview = build_preview(notebook, read_file(FIXTURES / "android_email_only.vcf", today=TODAY))
    assert [row.status for row in preview.rows] == [RowStatus.NEW] * 4
    assert [row.name for row in preview.rows] == [
        "Jean Tremblay",
        "jtremblay1975",
        "Marie-Eve Roy",  # FN and N held the address itself
        "Marc Gagnon",
    ]
    jean, jt, marie_eve, marc = preview.rows
    assert jean.fields == PersonFields(
        given_name="Jean",
        family_name="Tremblay",
        how_met="Imported from vCard 2.1 (android_email_only.vcf)",
        emails=("jean.tremblay@courriel.example",),
    )
    assert marie_eve.email == "marie-eve.roy@example.org"
    for row in (jean, jt, marie_eve):
        (warning,) = row.warnings
        assert warning.template == (
            "This contact has no name: it is named “{name}” after its email address. "
            "Check the name."
        )
        assert warning.params["name"] == row.name
    assert marc.warnings == ()
    assert apply_import(notebook, preview, today=TODAY).created == 4
    people = {person.name: person.id for person in list_people(notebook)}
    assert set(people) == {"Jean Tremblay", "jtremblay1975", "Marie-Eve Roy", "Marc Gagnon"}
    jean = get_person(notebook, people["Jean Tremblay"])
    assert jean is not None and jean.fields.emails == ("jean.tremblay@courriel.example",)


def test_email_only_csv_rows_become_people_and_duplicates_are_still_found(
    notebook: Notebook,
) -> None:
    add_person(notebook, PersonFields(given_name="Luc", emails=("luc_ouellet@example.com",)))
    preview = build_preview(notebook, read_file(FIXTURES / "google_email_only.csv", today=TODAY))
    louise, luc, chloe = preview.rows
    assert (louise.status, louise.name, louise.line) == (RowStatus.NEW, "Louise Fortin", 2)
    assert "named “Louise Fortin” after its email address" in str(louise.warnings[0])
    assert luc.status is RowStatus.DUPLICATE  # the same address, ignoring case
    assert luc.name == "Luc Ouellet" and luc.duplicate is not None
    assert (chloe.name, chloe.warnings) == ("Chloé Bédard", ())


def test_a_contact_with_neither_name_nor_email_is_still_refused(notebook: Notebook) -> None:
    parsed = read_bytes(
        b"BEGIN:VCARD\r\nORG:Sans Nom Inc.\r\nTEL:514 555-0100\r\nEND:VCARD\r\n", today=TODAY
    )
    (row,) = build_preview(notebook, parsed).rows
    assert row.status is RowStatus.ERROR and "no name" in str(row.error)


@pytest.mark.usefixtures("_no_gui")
@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (
            "android_email_only.vcf",
            [
                "android_email_only.vcf (vCard 2.1): would create 4, would merge 0, refused 0.",
                "  line 1: Jean Tremblay: This contact has no name: it is named “Jean Tremblay” "
                "after its email address. Check the name.",
                "  line 7: jtremblay1975: This contact has no name: it is named “jtremblay1975” "
                "after its email address. Check the name.",
            ],
        ),
        (
            "google_email_only.csv",
            [
                "google_email_only.csv (Google Contacts CSV): would create 3, would merge 0, "
                "refused 0.",
                "  line 2: Louise Fortin: This contact has no name: it is named “Louise Fortin” "
                "after its email address. Check the name.",
            ],
        ),
    ],
)
def test_cli_dry_run_names_email_only_contacts_and_says_to_check(
    notebook: Notebook, capsys: pytest.CaptureFixture[str], name: str, lines: list[str]
) -> None:
    notebook.close()
    argv = ["import", str(FIXTURES / name), "--notebook", notebook.location, "--dry-run"]
    assert cli.main(argv) == cli.EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0] == lines[0]
    assert all(line in out for line in lines[1:])


# --- vCard 2.1 quoted-printable over several lines ----------------------------------------------


def test_vcard_21_quoted_printable_values_over_several_lines_are_read() -> None:
    parsed = read_file(FIXTURES / "android21_qp.vcf", today=TODAY)
    assert parsed.errors == ()
    jp, sylvie, martin = parsed.contacts
    # Android: every byte encoded, soft line breaks inside the name and the note; the commas
    # of a 2.1 note are text, not list separators
    assert (jp.given_name, jp.family_name) == ("Jean-Philippe", "Gagné")
    assert jp.note == (
        "Rencontrée au salon Investir, à Québec.\n"
        "Veut revoir son REER, puis le CELI de sa fille; rappeler en mars."
    )
    assert jp.emails == ("jp.gagne@courriel.example",) and jp.phones == ("+1-418-555-0142",)
    # a hard line break written as =0D=0A and a real line break, in the address and the note
    assert (sylvie.name, sylvie.line, sylvie.phones) == ("Sylvie Lavoie", 20, ("819-555-0163",))
    assert sylvie.note == (
        "Cliente depuis 2019, référée par Marc.\nPréfère le courriel, jamais avant 10 h."
    )
    # a soft line break right before END:VCARD
    assert (martin.name, martin.note) == ("Martin Roy", "Golf le samedi, tennis le mardi.")


def test_vcard_values_are_unescaped_once() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roy;Anne;;;\r\nNOTE:C:\\\\new\\, dossier\\nsuite\r\n"
    (anne,) = read_bytes((text + "END:VCARD\r\n").encode(), today=TODAY).contacts
    assert anne.note == "C:\\new, dossier\nsuite"


@pytest.mark.usefixtures("_no_gui")
def test_cli_dry_run_reads_every_android_21_card(
    notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    argv = ["import", str(FIXTURES / "android21_qp.vcf"), "--notebook", notebook.location]
    assert cli.main([*argv, "--dry-run"]) == cli.EXIT_OK
    assert capsys.readouterr().out == (
        "android21_qp.vcf (vCard 2.1): would create 3, would merge 0, refused 0.\n"
    )
