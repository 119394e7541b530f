"""A person's whole card (migration 0012): addresses, websites, nickname, name prefix and suffix,
anniversary and categories, read from every kind of contacts file, written to vCard and back,
searchable; and phone numbers read with libphonenumber."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.core.exchange.contact_import import (
    apply_import,
    build_preview,
    read_file,
    redo_import,
    undo_import,
)
from relnotebook.core.exchange.contact_import.preview import Choice, MatchReason, RowStatus
from relnotebook.core.exchange.contact_import.vcard import parse_vcards
from relnotebook.core.exchange.people_export import people_vcard
from relnotebook.core.models import DetailKind
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.duplicates import Reason, find_duplicates
from relnotebook.core.people.phones import (
    FLAG,
    flagged_phone,
    phone_key,
    set_phone_region,
    shown_phone,
    stored_phone,
)
from relnotebook.core.people.search import search
from relnotebook.core.people.service import add_person, get_person, list_people, update_person
from relnotebook.core.people.views import Address, PersonFields, Website
from relnotebook.core.privacy.dossier import person_dossier
from relnotebook.core.privacy.summary import dossier_summary
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.helpers.empty import new_notebook
from tests.helpers.notebooks import everything
from tests.test_migrations import OLDER, _fill_old_notebook

FIXTURES = Path(__file__).parent / "fixtures" / "import"
OFFICE = Address("work", "1000 rue Sherbrooke Ouest", "Montréal", "QC", "H3A 3G4", "Canada")
HOME = Address("Chalet", "12 chemin du Lac", "Québec", "QC", "G1R 1N8", "Canada")
WHOLE = PersonFields(
    given_name="Robert",
    family_name="Tremblay",
    preferred_name="Bob",
    organisation="Tremblay Architectes",
    role="Associé",
    name_prefix="Dr.",
    name_suffix="Jr.",
    nickname="Le Prof",
    anniversary=dt.date(2001, 6, 12),
    emails=("robert@tremblay.example",),
    phones=("418 555 0100 poste 218", "+33 1 42 68 53 00"),
    tags=("clients", "golf"),
    websites=(
        Website("https://www.linkedin.com/in/robert-tremblay", "LinkedIn"),
        Website("https://tremblay.example", "work"),
    ),
    addresses=(OFFICE, HOME),
)
CARD_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "organisation",
    "role",
    "name_prefix",
    "name_suffix",
    "nickname",
    "anniversary",
    "emails",
    "phones",
    "tags",
    "websites",
    "addresses",
)


def _imported(notebook: Notebook, name: str) -> PersonFields:
    parsed = read_file(FIXTURES / name, today=TODAY)
    apply_import(notebook, build_preview(notebook, parsed), today=TODAY)
    (person,) = list_people(notebook)
    page = get_person(notebook, person.id)
    assert page is not None
    return page.fields


# --- phone numbers ------------------------------------------------------------------------------


def test_one_number_however_it_is_written() -> None:
    typed = ("418 555 0100 poste 218", "+1 (418) 555-0100 ext. 218", "418-555-0100 x218")
    assert {stored_phone(text, "CA") for text in typed} == {"+14185550100;ext=218"}
    assert stored_phone("+1 (418) 555-0100", "CA") == "+14185550100"
    assert shown_phone("+14185550100;ext=218", "CA") == "(418) 555-0100 ext. 218"
    assert shown_phone("+33142685300", "CA") == "+33 1 42 68 53 00"  # another country's
    assert phone_key("418 555 0100", "CA") == phone_key("+14185550100", "CA")


def test_a_number_that_cannot_be_read_is_kept_as_typed_and_flagged(notebook: Notebook) -> None:
    person_id = add_person(notebook, PersonFields(given_name="Ann", phones=("555-CALL-NOW 12",)))
    page = get_person(notebook, person_id)
    assert page is not None and page.fields.phones == ("555-CALL-NOW 12",)
    assert flagged_phone("555-CALL-NOW 12", "CA") == f"{FLAG} 555-CALL-NOW 12"
    assert flagged_phone("+14185550100", "CA") == "(418) 555-0100"
    with pytest.raises(ValidationError, match="is not a phone number"):
        add_person(notebook, PersonFields(given_name="Ann", phones=("call me",)))


def test_the_region_setting_reads_numbers_without_a_country_code(notebook: Notebook) -> None:
    set_phone_region(notebook, "fr")
    person_id = add_person(notebook, PersonFields(given_name="Élise", phones=("01 42 68 53 00",)))
    page = get_person(notebook, person_id)
    assert page is not None and page.fields.phones == ("+33142685300",)
    with pytest.raises(ValidationError, match="not a country code"):
        set_phone_region(notebook, "Quebec")


def test_import_finds_the_same_number_written_another_way(notebook: Notebook) -> None:
    add_person(notebook, PersonFields(given_name="Luc", phones=("+1 (418) 555-0100 ext. 218",)))
    parsed = parse_vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roy;Lucien;;;\r\nTEL:418 555 0100 poste 218\r\n"
        "END:VCARD\r\n",
        today=TODAY,
    )
    (row,) = build_preview(notebook, parsed).rows
    assert row.status is RowStatus.DUPLICATE
    assert row.duplicate is not None and row.duplicate.reason is MatchReason.PHONE


# --- the card in the notebook -------------------------------------------------------------------


def test_the_whole_card_is_kept_and_an_edit_is_undone(notebook: Notebook) -> None:
    person_id = add_person(notebook, WHOLE)
    page = get_person(notebook, person_id)
    assert page is not None
    assert page.fields.addresses == (OFFICE, HOME)
    assert page.fields.websites == WHOLE.websites
    assert (page.fields.nickname, page.fields.anniversary) == ("Le Prof", dt.date(2001, 6, 12))
    previous = update_person(notebook, person_id, {"addresses": (HOME,), "nickname": ""})
    update_person(notebook, person_id, previous)  # what undo does
    again = get_person(notebook, person_id)
    assert again is not None and again.fields.addresses == (OFFICE, HOME)
    assert again.fields.nickname == "Le Prof"


def test_search_finds_an_address_without_its_accents(notebook: Notebook) -> None:
    person_id = add_person(notebook, WHOLE)
    add_person(notebook, PersonFields(given_name="Other", phones=("514 555 0199",)))
    for query in ("montreal", "quebec", "H3A", "sherbrooke"):
        found = search(notebook, query)
        assert [m.person_id for m in found] == [person_id], query
        assert "address" in [s.kind for s in found[0].snippets], query
    assert [m.person_id for m in search(notebook, "555-0100")] == [person_id]  # E.164 stored
    assert len(search(notebook, "555 0199")) == 1


def test_the_dossier_lists_addresses_and_websites(notebook: Notebook) -> None:
    person_id = add_person(notebook, WHOLE)
    dossier = person_dossier(notebook, person_id)
    assert [a["city"] for a in dossier["addresses"]] == ["Montréal", "Québec"]
    assert [w["label"] for w in dossier["websites"]] == ["LinkedIn", "work"]
    assert "Montréal, QC" in dossier_summary(dossier, "en")


# --- files in and out ---------------------------------------------------------------------------


def test_a_vcard_export_reads_back_with_every_field(notebook: Notebook, tmp_path: Path) -> None:
    add_person(notebook, WHOLE)
    out = tmp_path / "people.vcf"
    people_vcard(notebook, out)
    target = new_notebook(tmp_path / "other.sqlite")
    try:
        fields = _imported_from(target, out)
    finally:
        target.close()
    (original,) = [get_person(notebook, p.id) for p in list_people(notebook)]
    assert original is not None
    for name in CARD_FIELDS:
        assert getattr(fields, name) == getattr(original.fields, name), name


def test_a_birthday_goes_out_as_bday_and_comes_back(notebook: Notebook, tmp_path: Path) -> None:
    """Birthdays live in personal details; the vCard carries them (BDAY) both ways."""
    with_year = add_person(notebook, WHOLE)
    add_detail(notebook, with_year, text="Birthday: 15 April 1980", kind=DetailKind.BIRTHDAY)
    out = tmp_path / "people.vcf"
    people_vcard(notebook, out)
    assert "BDAY:1980-04-15" in out.read_text(encoding="utf-8")
    target = new_notebook(tmp_path / "other.sqlite")
    try:
        _imported_from(target, out)
        (person,) = list_people(target)
        page = get_person(target, person.id)
        assert page is not None
        texts = [d.text for d in page.details if d.kind == DetailKind.BIRTHDAY]
    finally:
        target.close()
    assert texts == ["Birthday: 15 April 1980"]


def _imported_from(notebook: Notebook, path: Path) -> PersonFields:
    parsed = read_file(path, today=TODAY)
    apply_import(notebook, build_preview(notebook, parsed), today=TODAY)
    (person,) = list_people(notebook)
    page = get_person(notebook, person.id)
    assert page is not None
    return page.fields


def test_gmail_vcard_labels_and_apple_anniversary(notebook: Notebook) -> None:
    fields = _imported(notebook, "gmail_card.vcf")
    assert fields.nickname == "TheNickname"
    assert fields.addresses == (
        Address("home", "112 Main St", "NY", "New York", "10011"),
        Address("CustomAddressCategory", "115 Main St", "NY", "New York", "10011"),
    )
    assert fields.websites == (
        Website("http://www.example1.com"),
        Website("http://www.example2.com", "PROFILE"),
        Website("http://www.example4.com", "HomePage"),
        Website("http://www.example5.com", "work"),
    )
    assert fields.anniversary == dt.date(1930, 3, 20)


def test_vcard_21_and_40_cards(notebook: Notebook) -> None:
    parsed = read_file(FIXTURES / "card_21_40.vcf", today=TODAY)
    francois, helene = parsed.contacts
    assert (francois.name_prefix, francois.name_suffix) == ("M.", "Jr.")
    assert francois.addresses == (
        Address(
            "work",
            "1000 rue Sherbrooke Ouest, Bureau 300",
            "Montréal",
            "QC",
            "H3A 3G4",
            "Canada",
        ),
    )
    assert francois.websites == (Website("https://caisse.example/francois", "work"),)
    assert francois.categories == ("Clients", "Golf")
    assert (helene.name_prefix, helene.name_suffix, helene.nickname) == ("Me", "CPA", "Léna")
    assert helene.addresses[0].city == "Québec" and helene.addresses[0].kind == "home"
    assert helene.websites == (Website("https://www.linkedin.com/in/helene-bergeron", "work"),)
    apply_import(notebook, build_preview(notebook, parsed), today=TODAY)
    people = {p.name: p for p in list_people(notebook)}
    page = get_person(notebook, people["Hélène Bergeron"].id)
    assert page is not None
    assert page.fields.anniversary == dt.date(1604, 6, 12)  # a day without its year
    assert page.fields.phones == ("+15815550177;ext=12",)
    assert page.fields.tags == ("comptables",)
    assert people["François Marie Lévesque"].phone == "+14185550100;ext=218"


def test_google_csv_address_website_labels_and_event(notebook: Notebook) -> None:
    fields = _imported(notebook, "google_card.csv")
    assert (fields.name_prefix, fields.name_suffix, fields.nickname) == ("Dr.", "Jr.", "Bob")
    assert fields.addresses == (
        Address(
            "work", "1000 rue Sherbrooke O., Bureau 300", "Montréal", "QC", "H3A 3G4", "Canada"
        ),
    )
    assert fields.websites == (Website("https://www.linkedin.com/in/robert-tremblay", "Profile"),)
    assert fields.tags == ("clients", "golf")
    assert fields.anniversary == dt.date(2001, 6, 12)
    assert fields.phones == ("+14185550100;ext=218",)


def test_outlook_csv_addresses_web_page_and_categories(notebook: Notebook) -> None:
    fields = _imported(notebook, "outlook_card.csv")
    assert (fields.name_prefix, fields.name_suffix) == ("Mme", "Ad. E.")
    assert fields.addresses == (
        Address("work", "500 Grande Allée Est, Bureau 200", "Québec", "QC", "G1R 2J7", "Canada"),
        Address("home", "8 rue des Érables", "Lévis", "QC", "G6V 1A1", "Canada"),
    )
    assert fields.websites == (Website("https://bedard.example"),)
    assert fields.tags == ("clients", "notaires")
    assert fields.anniversary == dt.date(2001, 6, 12)
    assert fields.role == "Avocate"


def test_linkedin_profile_and_connected_on(notebook: Notebook) -> None:
    parsed = read_file(FIXTURES / "Connections.csv", today=TODAY)
    apply_import(notebook, build_preview(notebook, parsed), today=TODAY)
    (sophie,) = [p for p in list_people(notebook) if p.name == "Sophie Lavoie"]
    page = get_person(notebook, sophie.id)
    assert page is not None
    assert page.fields.websites == (
        Website("https://www.linkedin.com/in/sophie-lavoie-example", "LinkedIn"),
    )
    connected = [note for note in page.notes if note.text.startswith("Connected on LinkedIn")]
    assert [note.date for note in connected] == [dt.date(2025, 11, 15)]


# --- migration 0012 -----------------------------------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize("revision", OLDER)
def test_a_notebook_of_any_earlier_revision_gets_the_whole_card(
    notebook_path: Path, revision: str
) -> None:
    _fill_old_notebook(notebook_path, revision)
    with sqlite3.connect(notebook_path) as connection:  # a number as an older app kept it
        connection.execute(
            "INSERT INTO contact_point (person_id, kind, value, label, position) "
            "VALUES (1, 'phone', '418 555-0100 poste 218', '', 1)"
        )
    connection.close()
    notebook = Notebook.open(notebook_path)
    try:
        page = get_person(notebook, 1)
        assert page is not None
        assert (page.fields.nickname, page.fields.addresses, page.fields.anniversary) == (
            "",
            (),
            None,
        )
        assert page.fields.phones == ("418 555-0100 poste 218",)  # not rewritten
        update_person(notebook, 1, {"addresses": (OFFICE,), "phones": page.fields.phones})
        assert [m.person_id for m in search(notebook, "montreal")] == [1]
        assert [m.person_id for m in search(notebook, "555-0100")] == [1]
        again = get_person(notebook, 1)
        assert again is not None and again.fields.phones == ("+14185550100;ext=218",)
    finally:
        notebook.close()


# --- duplicates across the notebook -------------------------------------------------------------


def test_find_duplicates_lists_likely_pairs_strongest_first(notebook: Notebook) -> None:
    def person(given: str, family: str, **more: object) -> int:
        return add_person(notebook, PersonFields(given_name=given, family_name=family, **more))  # type: ignore[arg-type]

    bob = person("Robert", "Tremblay", emails=("Bob@Example.com",))
    bob2 = person("Bob", "T.", emails=("bob@example.com",))
    luc = person("Luc", "Roy", phones=("418 555 0100 poste 218",))
    luc2 = person("Lucien", "Roy", phones=("+1 (418) 555-0100 ext. 218",))
    jf = person("Jean-François", "Côté", organisation="Desjardins")
    jf2 = person("Jean Francois", "Cote", organisation="desjardins")
    cath = person("Catherine", "Gagnon")
    kath = person("Katherine", "Gagnon")
    swapped = person("Gagnon", "Catherine")
    person("Marc", "Tremblay")
    person("Marie", "Tremblay")
    pairs = find_duplicates(notebook)
    found = {(p.first_id, p.second_id): p.reasons for p in pairs}
    assert found == {
        (bob, bob2): (Reason.EMAIL,),
        (luc, luc2): (Reason.PHONE,),
        (jf, jf2): (Reason.NAME_AND_ORGANISATION, Reason.CLOSE_NAME),
        (cath, kath): (Reason.CLOSE_NAME,),
        (cath, swapped): (Reason.CLOSE_NAME,),
        (kath, swapped): (Reason.CLOSE_NAME,),
    }
    assert [p.reasons[0] for p in pairs[:2]] == [Reason.EMAIL, Reason.PHONE]
    assert pairs[1].shared == "+14185550100;ext=218"


def test_the_duplicates_command(notebook: Notebook, capsys: pytest.CaptureFixture[str]) -> None:
    first = add_person(notebook, PersonFields(given_name="Luc", phones=("418 555 0100",)))
    second = add_person(notebook, PersonFields(given_name="Lucien", phones=("+1 418-555-0100",)))
    location = str(notebook.location)
    notebook.close()
    assert cli.main(["duplicates", "--notebook", location]) == 0
    out = capsys.readouterr().out
    assert f"#{first} Luc / #{second} Lucien — same phone number (+14185550100)" in out
    assert cli.main(["duplicates", "--json", "--notebook", location]) == 0
    (pair,) = json.loads(capsys.readouterr().out)["pairs"]
    assert (pair["first"]["id"], pair["second"]["id"], pair["reasons"]) == (
        first,
        second,
        ["phone"],
    )


def test_undo_and_redo_of_an_import_take_back_and_restore_the_card(notebook: Notebook) -> None:
    parsed = read_file(FIXTURES / "card_21_40.vcf", today=TODAY)
    result = apply_import(notebook, build_preview(notebook, parsed), today=TODAY)
    before = {p.name: get_person(notebook, p.id) for p in list_people(notebook)}
    saved = undo_import(notebook, result)
    assert list_people(notebook) == []
    assert everything(notebook)["postal_address"] == []
    redo_import(notebook, result, saved)
    after = {p.name: get_person(notebook, p.id) for p in list_people(notebook)}
    assert after == before
    assert after["Hélène Bergeron"] is not None
    assert after["Hélène Bergeron"].fields.tags == ("comptables",)


def test_a_merge_fills_the_card_the_person_did_not_have(notebook: Notebook) -> None:
    person_id = add_person(
        notebook, PersonFields(given_name="Hélène", family_name="Bergeron", nickname="Lena")
    )
    parsed = read_file(FIXTURES / "card_21_40.vcf", today=TODAY)
    preview = build_preview(notebook, parsed)
    (row,) = [r for r in preview.rows if r.duplicate is not None]
    result = apply_import(notebook, preview, {row.index: Choice.MERGE}, today=TODAY)
    page = get_person(notebook, person_id)
    assert page is not None
    assert page.fields.nickname == "Lena"  # what the user typed stays
    assert (page.fields.name_prefix, page.fields.anniversary) == ("Me", dt.date(1604, 6, 12))
    assert page.fields.addresses[0].city == "Québec" and len(page.fields.websites) == 1
    undo_import(notebook, result)
    page = get_person(notebook, person_id)
    assert page is not None
    assert (page.fields.name_prefix, page.fields.anniversary, page.fields.addresses) == (
        "",
        None,
        (),
    )
