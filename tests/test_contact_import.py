"""Importing contacts: the vCard and CSV shapes Google, Apple, Outlook and LinkedIn export, bad
files, the preview's duplicates, one-transaction apply with merge and cancel, and the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlmodel import select

from relnotebook import cli
from relnotebook.core.exchange.contact_import import (
    MAX_FILE_BYTES,
    Choice,
    ColumnMapping,
    ImportCancelled,
    ImportFileError,
    MatchReason,
    MonthDay,
    ParsedFile,
    RowStatus,
    apply_import,
    build_preview,
    detect_mapping,
    parse_birthday,
    parse_csv,
    parse_vcards,
    read_bytes,
    read_file,
    redo_import,
    undo_import,
)
from relnotebook.core.models import DetailKind, Note, PersonalDetail
from relnotebook.core.people.service import add_person, count_people, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def fixture(name: str) -> ParsedFile:
    return read_file(FIXTURES / name, today=TODAY)


def by_name(parsed: ParsedFile) -> dict[str, object]:
    return {contact.name: contact for contact in parsed.contacts}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


# --- vCard shapes -------------------------------------------------------------------------------


def test_google_vcard() -> None:
    parsed = fixture("google.vcf")
    assert parsed.source == "Google Contacts vCard"
    assert parsed.errors == ()
    robert, julie = parsed.contacts
    assert (robert.line, julie.line) == (1, 16)
    assert (robert.given_name, robert.family_name) == ("Robert", "Tremblay")
    # the grouped item1.EMAIL is an email like any other
    assert robert.emails == (
        "robert.tremblay@tremblayarchitectes.example",
        "bob.velo@example.org",
    )
    assert robert.role == "Associé principal"
    # a folded line is unfolded, and "\," is a comma
    assert "à travers la Croatie en septembre, très occupé" in robert.note
    assert robert.birthday == dt.date(1975, 9, 4)
    assert julie.birthday == MonthDay(4, 15)  # BDAY:--04-15
    assert robert.source == "Google Contacts vCard (google.vcf)"


def test_apple_vcard_grouped_email_photo_and_year_less_birthday() -> None:
    parsed = fixture("apple.vcf")
    assert parsed.source == "Apple Contacts vCard"
    assert parsed.errors == ()
    people = by_name(parsed)
    jf = people["Jean-François Côté"]
    assert jf.emails == ("JF.Cote@Example.CA",)  # item1.EMAIL with its X-ABLabel
    assert jf.phones == ("514 555-0123",)
    assert jf.organisation == "Banque Laurentienne"
    assert jf.role == "Directeur, Gestion privée"  # ORG's unit follows the title
    assert jf.birthday == MonthDay(4, 15)  # 1604-04-15 with X-APPLE-OMIT-YEAR=1604
    # the second card starts after the folded base64 photo; its empty N falls back to FN
    louis = people["Louis Girard"]
    assert louis.line == 30
    assert louis.phones == ("(819) 555-0188",)


def test_outlook_vcard_21_quoted_printable() -> None:
    parsed = fixture("outlook21.vcf")
    assert parsed.source == "Outlook vCard"
    (amelie,) = parsed.contacts
    assert (amelie.given_name, amelie.family_name) == ("Amélie", "Bélanger")  # Windows-1252 QP
    assert amelie.role == "Conseillère principale, Successions"
    assert amelie.emails == ("amelie.belanger@example.com",)
    assert amelie.phones == ("(514) 555-0144", "(438) 555-0145")
    # the soft line break (`=` at the end of a line) joins the two halves of the note
    assert amelie.note == (
        "Préfère les appels le matin.\nA trois enfants; la plus jeune commence l'université "
        "en septembre."
    )
    assert amelie.birthday == dt.date(1982, 3, 12)


def test_vcard_4() -> None:
    (nadia,) = fixture("v4.vcf").contacts
    assert nadia.phones == ("+1-418-555-0177 ext. 12",)  # tel: URI with an extension
    assert nadia.emails == ("nadia@haddad-conseil.example",)
    assert nadia.birthday == MonthDay(4, 15)  # BDAY:--0415


def test_broken_cards_are_row_errors_and_the_rest_is_read() -> None:
    parsed = fixture("broken.vcf")
    assert [contact.name for contact in parsed.contacts] == ["Marc Gagnon"]
    assert [error.line for error in parsed.errors] == [7, 12]
    assert "cannot be read" in parsed.errors[0].message
    assert "cut short" in parsed.errors[1].message


def test_names_fall_back_from_n_to_fn_to_nickname() -> None:
    parsed = parse_vcards(
        card("N:;;;;", "FN:Jean de la Fontaine")
        + card("NICKNAME:Coco,Cocotte")
        + card("ORG:Only A Company"),
        today=TODAY,
    )
    first, second, third = parsed.contacts
    assert (first.given_name, first.family_name) == ("Jean", "de la Fontaine")
    assert second.given_name == "Coco"
    assert third.name == ""  # the preview refuses it


def test_preferred_email_comes_first_and_text_outside_cards_is_reported() -> None:
    text = "junk before\r\n" + card(
        "N:Roy;Luc;;;", "EMAIL:second@example.com", "EMAIL;TYPE=INTERNET,pref:first@example.com"
    )
    parsed = parse_vcards(text, today=TODAY)
    assert parsed.contacts[0].emails == ("first@example.com", "second@example.com")
    assert parsed.contacts[0].line == 2
    assert parsed.errors[0].line == 1
    assert "outside a card" in parsed.errors[0].message


def test_unreadable_birthday_is_a_warning_not_an_error() -> None:
    (contact,) = parse_vcards(card("N:Roy;Luc;;;", "BDAY:sometime in spring"), today=TODAY).contacts
    assert contact.birthday is None
    assert "sometime in spring" in str(contact.warnings[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1980-04-15", dt.date(1980, 4, 15)),
        ("19800415", dt.date(1980, 4, 15)),
        ("1980-04-15T00:00:00Z", dt.date(1980, 4, 15)),
        ("--0415", MonthDay(4, 15)),
        ("--04-15", MonthDay(4, 15)),
        ("--0229", MonthDay(2, 29)),
        ("4/15/1980", dt.date(1980, 4, 15)),
        ("15/4/1980", dt.date(1980, 4, 15)),
        ("0/0/00", None),
        ("--1315", None),
        ("1980-02-30", None),
        ("spring", None),
        ("", None),
    ],
)
def test_parse_birthday(text: str, expected: object) -> None:
    assert parse_birthday(text, today=TODAY) == expected


def test_apple_omitted_year() -> None:
    assert parse_birthday("1604-04-15", omit_year=1604, today=TODAY) == MonthDay(4, 15)
    assert parse_birthday("1604-04-15", today=TODAY) == MonthDay(4, 15)


# --- CSV shapes ---------------------------------------------------------------------------------


def test_google_csv() -> None:
    parsed = fixture("google.csv")
    assert parsed.source == "Google Contacts CSV"
    robert, chloe, nameless = parsed.contacts
    # the multi-line note keeps the next row's line number right
    assert (robert.line, chloe.line, nameless.line) == (2, 4, 5)
    assert robert.emails == (
        "robert.tremblay@tremblayarchitectes.example",
        "bob.velo@example.org",
    )
    assert robert.phones == ("+1 514-555-0199", "438 555-0100")  # " ::: " between values
    assert robert.note == "Cycling trip across Croatia.\nBusy until mid-December."
    assert (chloe.given_name, chloe.organisation, chloe.role) == (
        "Chloé",
        "Cabinet Bédard",
        "Avocate",
    )
    assert chloe.birthday == MonthDay(6, 21)
    assert nameless.name == ""


def test_outlook_csv_in_windows_1252() -> None:
    parsed = fixture("outlook.csv")
    assert parsed.source == "Outlook CSV"
    francois, helene = parsed.contacts
    assert (francois.given_name, francois.family_name) == ("François", "Lévesque")
    assert francois.role == "Directeur général"  # "Job Title", not the honorific "Title"
    assert francois.organisation == "Caisse Desjardins de Lévis"
    assert francois.birthday == dt.date(1982, 3, 12)
    assert francois.note == "Golf le samedi; préfère être appelé après 16 h."
    assert helene.emails == ("helene@bergeron-cpa.example", "h.bergeron@example.org")
    assert helene.phones == ("(581) 555-0177",)
    assert helene.birthday is None and helene.warnings == ()  # Outlook's "0/0/00"


def test_linkedin_connections_with_preamble() -> None:
    parsed = fixture("Connections.csv")
    assert parsed.source == "LinkedIn connections"
    sophie, karim = parsed.contacts
    assert (sophie.line, karim.line) == (5, 6)
    assert sophie.emails == ()
    assert (karim.organisation, karim.role) == (
        "Banque Nationale",
        "Conseiller, gestion de patrimoine",
    )
    assert karim.emails == ("karim.benali@example.com",)


def test_unknown_columns_need_a_mapping_then_read_with_it() -> None:
    parsed = fixture("clients.csv")
    assert parsed.needs_mapping
    assert parsed.contacts == ()
    assert parsed.header == ("Client", "Courriel principal", "Cie", "Cell")
    mapping = ColumnMapping(
        full_name="Client", emails=("Courriel principal",), organisation="Cie", phones=("Cell",)
    )
    mapped = read_file(FIXTURES / "clients.csv", mapping=mapping, today=TODAY)
    assert not mapped.needs_mapping
    marie, paul = mapped.contacts
    assert (marie.given_name, marie.family_name, marie.organisation) == (
        "Marie",
        "Ouellet",
        "Ouellet Design",
    )
    assert marie.phones == ("514 555 0166",)  # semicolon-separated file
    assert paul.emails == ("paul@simard.example",)


def test_a_mapping_naming_missing_columns_says_which() -> None:
    parsed = parse_csv("A,B\n1,2\n", mapping=ColumnMapping(full_name="Name", note="B"), today=TODAY)
    assert parsed.needs_mapping
    assert "Name" in parsed.errors[0].message


def test_detect_mapping_recognises_old_google_and_refuses_unknown() -> None:
    old_google = [
        "Name",
        "Given Name",
        "Family Name",
        "E-mail 1 - Type",
        "E-mail 1 - Value",
        "Phone 1 - Type",
        "Phone 1 - Value",
        "Organization 1 - Name",
        "Organization 1 - Title",
    ]
    mapping = detect_mapping(old_google)
    assert mapping is not None
    assert mapping.given_name == "Given Name" and mapping.family_name == "Family Name"
    assert mapping.emails == ("E-mail 1 - Value",)
    assert mapping.phones == ("Phone 1 - Value",)
    assert (mapping.organisation, mapping.role) == (
        "Organization 1 - Name",
        "Organization 1 - Title",
    )
    assert detect_mapping(["Client", "Courriel principal"]) is None


# --- bad files ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"just some words without separators", "neither a vCard nor a CSV"),
    ],
)
def test_files_that_hold_nothing_are_refused(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "contacts.txt"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        read_file(path, today=TODAY)


def test_binary_file_is_refused() -> None:
    with pytest.raises(ImportFileError, match="not a text file"):
        read_file(FIXTURES / "photo.vcf", today=TODAY)


def test_vcf_name_without_cards_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("First Name,Last Name\nAnn,Roy\n")
    with pytest.raises(ImportFileError, match="holds no contact card"):
        read_file(path, today=TODAY)


def test_format_is_decided_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(card("N:Roy;Luc;;;"))
    assert read_file(path, today=TODAY).contacts[0].name == "Luc Roy"


def test_file_over_20_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is actually written or read
    with pytest.raises(ImportFileError, match="over 20 MB"):
        read_file(path, today=TODAY)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_file(tmp_path / "nope.vcf", today=TODAY)
    with pytest.raises(ImportFileError, match="folder"):
        read_file(tmp_path, today=TODAY)


def test_encodings_are_detected() -> None:
    cp1252 = "BEGIN:VCARD\r\nN:Côté;François;;;\r\nEND:VCARD\r\n".encode("cp1252")
    assert read_bytes(cp1252, today=TODAY).contacts[0].name == "François Côté"
    # UTF-8 with one broken byte stays UTF-8: the other accents are not garbled
    broken = "First Name,Last Name\nHélène,Côté\nRené,Roy\n".encode() + b"Jo\xe9,Roy\n"
    names = [contact.name for contact in read_bytes(broken, today=TODAY).contacts]
    assert names == ["Hélène Côté", "René Roy", "Jo\ufffd Roy"]


def test_utf16_export_is_read() -> None:
    data = ("First Name,Last Name\r\nHélène,Roy\r\n").encode("utf-16")
    assert read_bytes(data, name="x.csv", today=TODAY).contacts[0].name == "Hélène Roy"


# --- fuzzing ------------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "N:Roy;Luc;;;",
        "FN:Luc Roy",
        "N;ENCODING=QUOTED-PRINTABLE:R=C3=B4y;L=",
        "NOTE;QUOTED-PRINTABLE:=E9=",
        "EMAIL;TYPE=pref:luc@example.com",
        "item1.TEL:514",
        "BDAY:--0230",
        "ORG:;;;",
        "PHOTO;ENCODING=b:AAAA",
        " continued",
        "=0D=0A",
        "",
    ]
)
LINES = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=LINES, newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_vcard_parser_never_raises(lines: list[str], newline: str) -> None:
    parsed = parse_vcards(newline.join(lines), today=TODAY)
    assert all(error.line >= 1 for error in parsed.errors)
    assert all(contact.line >= 1 for contact in parsed.contacts)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400))
def test_csv_parser_never_raises(text: str) -> None:
    parsed = parse_csv("First Name,Last Name,E-mail Address,Birthday\n" + text, today=TODAY)
    assert all(contact.line >= 2 for contact in parsed.contacts)
    parse_csv(text, today=TODAY)  # whatever the header, no exception


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600), name=st.sampled_from(["a.vcf", "a.csv", "a.txt", ""]))
def test_read_bytes_raises_only_import_file_error(data: bytes, name: str) -> None:
    try:
        parsed = read_bytes(data, name=name, today=TODAY)
    except ImportFileError as exc:
        assert exc.message
    else:
        assert parsed.contacts or parsed.errors or parsed.needs_mapping


NAME_PART = st.lists(
    st.text(alphabet=st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=12),
    min_size=1,
    max_size=3,
).map(" ".join)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> str:
    return "\r\n ".join(line[i : i + 60] for i in range(0, len(line), 60))


@settings(max_examples=200, deadline=None)
@given(given_name=NAME_PART, family_name=NAME_PART)
def test_generated_card_round_trips_its_name(given_name: str, family_name: str) -> None:
    text = card(_fold(f"N:{_escape(family_name)};{_escape(given_name)};;;"), "FN:x")
    (contact,) = parse_vcards(text, today=TODAY).contacts
    assert (contact.given_name, contact.family_name) == (given_name, family_name)


# --- preview ------------------------------------------------------------------------------------


@pytest.fixture
def known(notebook: Notebook) -> dict[str, int]:
    return {
        "robert": add_person(
            notebook,
            PersonFields(
                given_name="Robert",
                family_name="Tremblay",
                organisation="",
                emails=("Robert.Tremblay@TremblayArchitectes.example",),
            ),
        ),
        "helene": add_person(
            notebook,
            PersonFields(
                given_name="helene", family_name="BERGERON", organisation="Bergeron & associes"
            ),
        ),
    }


def test_preview_finds_duplicates_in_the_notebook(
    notebook: Notebook, known: dict[str, int]
) -> None:
    google = build_preview(notebook, fixture("google.csv"))
    robert, chloe, nameless = google.rows
    assert robert.status is RowStatus.DUPLICATE
    assert robert.duplicate is not None
    assert robert.duplicate.person_id == known["robert"]  # email, ignoring case
    assert robert.duplicate.reason is MatchReason.EMAIL
    assert robert.default_choice is Choice.SKIP
    assert chloe.status is RowStatus.NEW and chloe.default_choice is Choice.CREATE
    assert nameless.status is RowStatus.ERROR and nameless.line == 5
    assert "no name" in str(nameless.error)
    outlook = build_preview(notebook, fixture("outlook.csv"))
    helene = outlook.rows[1]
    assert helene.duplicate is not None  # name and organisation, ignoring case and accents
    assert helene.duplicate.person_id == known["helene"]
    assert helene.duplicate.reason is MatchReason.NAME_AND_ORGANISATION
    assert helene.duplicate.name == "helene BERGERON"


def test_preview_finds_duplicates_within_the_file(notebook: Notebook) -> None:
    parsed = parse_vcards(
        card("N:Roy;Luc;;;", "EMAIL:luc@example.com")
        + card("N:Roy;Lucien;;;", "EMAIL:LUC@example.com")
        + card("N:Roy;Luc;;;", "ORG:Acme")
        + card("N:Roy;LUC;;;", "ORG:ACMÉ"),
        today=TODAY,
    )
    rows = build_preview(notebook, parsed).rows
    assert [row.status for row in rows] == [
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
    ]
    assert rows[1].duplicate is not None and rows[1].duplicate.row == 0
    assert rows[1].duplicate.line == 1 and rows[1].duplicate.person_id is None
    assert rows[3].duplicate is not None and rows[3].duplicate.row == 2


def test_preview_leaves_out_bad_emails_with_a_warning(notebook: Notebook) -> None:
    parsed = parse_vcards(
        card("N:Roy;Luc;;;", "EMAIL:not an address", "TEL:call me maybe"), today=TODAY
    )
    (row,) = build_preview(notebook, parsed).rows
    assert row.status is RowStatus.NEW
    assert row.fields is not None and row.fields.emails == () and row.fields.phones == ()
    assert len(row.warnings) == 2 and "not an email address" in str(row.warnings[0])


def test_preview_reads_the_notebook_with_a_fixed_number_of_queries(notebook: Notebook) -> None:
    for number in range(30):
        add_person(notebook, PersonFields(given_name=f"P{number}", emails=(f"p{number}@x.ca",)))
    statements: list[str] = []
    event.listen(notebook.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    many = "".join(card(f"N:Roy;Luc{n};;;", f"EMAIL:p{n}@x.ca") for n in range(200))
    preview = build_preview(notebook, parse_vcards(many, today=TODAY))
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 3  # people, emails and phones, the phone region
    assert preview.count(RowStatus.DUPLICATE) == 30


# --- apply --------------------------------------------------------------------------------------


def test_apply_creates_people_with_emails_phones_note_and_birthday(notebook: Notebook) -> None:
    preview = build_preview(notebook, fixture("outlook21.vcf"))
    result = apply_import(notebook, preview, today=TODAY)
    assert (result.created, result.merged, result.skipped, result.failed) == (1, 0, 0, 0)
    page = get_person(notebook, result.created_ids[0])
    assert page is not None
    assert page.name == "Amélie Bélanger"
    assert page.fields.emails == ("amelie.belanger@example.com",)
    assert page.fields.phones == ("+15145550144", "+14385550145")  # E.164
    assert page.fields.how_met == "Imported from Outlook vCard (outlook21.vcf)"
    assert page.notes[0].date == TODAY and page.notes[0].text.startswith("Préfère les appels")
    (detail,) = page.details
    assert (detail.kind, detail.text) == (DetailKind.BIRTHDAY.value, "Birthday: 12 March 1982")


def test_apply_skips_duplicates_by_default_and_merges_when_asked(
    notebook: Notebook, known: dict[str, int]
) -> None:
    preview = build_preview(notebook, fixture("google.csv"))
    skipped = apply_import(notebook, preview, today=TODAY)
    assert (skipped.created, skipped.merged, skipped.skipped, skipped.failed) == (1, 0, 1, 1)
    assert count_people(notebook) == 3
    again = build_preview(notebook, fixture("google.csv"))
    robert_row = again.rows[0]
    merged = apply_import(notebook, again, {robert_row.index: Choice.MERGE}, today=TODAY)
    assert merged.merged == 1 and merged.created == 0  # Chloé is a duplicate by now
    robert = get_person(notebook, known["robert"])
    assert robert is not None
    assert robert.fields.given_name == "Robert"  # kept
    assert robert.fields.organisation == "Tremblay Architectes"  # was empty: filled
    assert robert.fields.role == "Associé principal"
    assert robert.fields.emails == (  # the stored spelling kept, the new address added
        "Robert.Tremblay@tremblayarchitectes.example",
        "bob.velo@example.org",
    )
    assert robert.fields.phones == ("+15145550199", "+14385550100")
    assert [note.text for note in robert.notes] == [
        "Cycling trip across Croatia.\nBusy until mid-December."
    ]
    # merging the same file again adds nothing twice
    third = build_preview(notebook, fixture("google.csv"))
    apply_import(notebook, third, {third.rows[0].index: Choice.MERGE}, today=TODAY)
    robert = get_person(notebook, known["robert"])
    assert robert is not None and len(robert.notes) == 1 and len(robert.details) == 1
    assert len(robert.fields.emails) == 2


def test_merge_within_the_file_goes_into_the_person_just_created(notebook: Notebook) -> None:
    parsed = parse_vcards(
        card("N:Roy;Luc;;;", "EMAIL:luc@example.com")
        + card("N:Roy;Luc;;;", "EMAIL:luc@example.com", "TEL:514 555 0100", "ORG:Acme"),
        today=TODAY,
    )
    preview = build_preview(notebook, parsed)
    result = apply_import(notebook, preview, {1: Choice.MERGE}, today=TODAY)
    assert (result.created, result.merged) == (1, 1)
    (person,) = list_people(notebook)
    assert (person.organisation, person.phone) == ("Acme", "+15145550100")


def test_merge_into_a_skipped_row_creates_instead(notebook: Notebook) -> None:
    parsed = parse_vcards(
        card("N:Roy;Luc;;;", "EMAIL:luc@example.com")
        + card("N:Roy;Luc;;;", "EMAIL:luc@example.com"),
        today=TODAY,
    )
    preview = build_preview(notebook, parsed)
    result = apply_import(notebook, preview, {0: Choice.SKIP, 1: Choice.MERGE}, today=TODAY)
    assert (result.created, result.merged, result.skipped) == (1, 0, 1)
    assert count_people(notebook) == 1


def test_merge_of_a_new_row_is_refused_and_nothing_is_written(notebook: Notebook) -> None:
    preview = build_preview(notebook, fixture("google.vcf"))
    with pytest.raises(ValidationError, match="no one to merge it with"):
        apply_import(notebook, preview, {0: Choice.CREATE, 1: Choice.MERGE}, today=TODAY)
    assert count_people(notebook) == 0


def test_progress_is_reported_and_cancel_rolls_everything_back(notebook: Notebook) -> None:
    many = "".join(card(f"N:Roy;Luc{n};;;", f"EMAIL:luc{n}@example.com") for n in range(120))
    preview = build_preview(notebook, parse_vcards(many, today=TODAY))
    calls: list[tuple[int, int]] = []

    def cancel_after_two_batches(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 100

    with pytest.raises(ImportCancelled):
        apply_import(notebook, preview, progress=cancel_after_two_batches, today=TODAY)
    assert calls == [(0, 120), (50, 120), (100, 120)]
    assert count_people(notebook) == 0
    with notebook.reader() as session:
        assert session.exec(select(Note)).all() == []
    seen: list[int] = []
    apply_import(
        notebook, preview, progress=lambda done, total: seen.append(done) or True, today=TODAY
    )
    assert seen == [0, 50, 100, 120]
    assert count_people(notebook) == 120


def test_undo_and_redo_of_an_import(notebook: Notebook, known: dict[str, int]) -> None:
    preview = build_preview(notebook, fixture("google.csv"))
    result = apply_import(notebook, preview, {0: Choice.MERGE}, today=TODAY)
    saved = undo_import(notebook, result)
    assert count_people(notebook) == 2
    robert = get_person(notebook, known["robert"])
    assert robert is not None
    assert robert.fields.organisation == "" and robert.notes == ()
    assert robert.fields.emails == ("Robert.Tremblay@tremblayarchitectes.example",)
    redo_import(notebook, result, saved)
    assert count_people(notebook) == 3
    robert = get_person(notebook, known["robert"])
    assert robert is not None and robert.fields.organisation == "Tremblay Architectes"
    assert len(robert.fields.emails) == 2
    with notebook.reader() as session:
        chloe_details = session.exec(
            select(PersonalDetail).where(PersonalDetail.text == "Birthday: 21 June")
        ).all()
    assert len(chloe_details) == 1


# --- command line -------------------------------------------------------------------------------


@pytest.fixture
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.fixture
def closed_notebook(notebook: Notebook, known: dict[str, int]) -> Iterator[Path]:
    notebook.close()
    yield notebook.path


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("_no_gui")
def test_cli_dry_run_writes_nothing(
    closed_notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(closed_notebook)
    argv = ["import", str(FIXTURES / "google.csv"), "--notebook", str(closed_notebook)]
    assert cli.main([*argv, "--dry-run"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "would create 1, would merge 0, refused 1" in out
    assert "line 2: Robert Tremblay looks like Robert Tremblay (#1), same email" in out
    assert "line 5: refused: This contact has no name" in out
    assert digest(closed_notebook) == before
    assert cli.main([*argv, "--dry-run", "--merge"]) == cli.EXIT_OK
    assert "would create 1, would merge 1, refused 1" in capsys.readouterr().out


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("_no_gui")
def test_cli_imports_and_merges(closed_notebook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["import", str(FIXTURES / "google.csv"), "--notebook", str(closed_notebook)]
    assert cli.main([*argv, "--merge"]) == cli.EXIT_OK
    assert "created 1, merged 1, skipped 0, refused 1" in capsys.readouterr().out
    notebook = Notebook.open(closed_notebook)
    try:
        assert count_people(notebook) == 3
        robert = get_person(notebook, 1)
        assert robert is not None and robert.fields.organisation == "Tremblay Architectes"
    finally:
        notebook.close()


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("_no_gui")
@pytest.mark.parametrize("name", ["photo.vcf", "clients.csv", "missing.vcf"])
def test_cli_refuses_files_it_cannot_read(
    closed_notebook: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    before = digest(closed_notebook)
    argv = ["import", str(FIXTURES / name), "--notebook", str(closed_notebook)]
    assert cli.main(argv) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("relnotebook: ") and err.count("\n") == 1
    assert digest(closed_notebook) == before


@pytest.mark.usefixtures("_no_gui")
def test_cli_dry_run_on_a_missing_notebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "none.sqlite"
    argv = ["import", str(FIXTURES / "v4.vcf"), "--notebook", str(path), "--dry-run"]
    assert cli.main(argv) == cli.EXIT_BAD_NOTEBOOK
    assert "does not exist" in capsys.readouterr().err
    assert not path.exists()
