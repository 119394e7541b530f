"""An import into a full notebook reads the notebook's numbers that may match the file's only:
parsing every stored number took seconds at 50,000 people (benchmarks/app_benchmark.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from sqlmodel import Session

from relnotebook.core.exchange.contact_import import (
    MatchReason,
    RowStatus,
    apply_import,
    build_preview,
    parse_vcards,
)
from relnotebook.core.exchange.contact_import import apply as apply_module
from relnotebook.core.models import ContactKind, ContactPoint
from relnotebook.core.people import phones
from relnotebook.core.people.phones import KeyTails, phone_key
from relnotebook.core.people.search import search
from relnotebook.core.people.service import add_person, count_people
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from relnotebook.store.bulk import search_index_deferred
from tests.conftest import TODAY

# Numbers as people type them; several are one number.
TYPED = (
    "418 555 0100",
    "+1 (418) 555-0100",
    "418-555-0100 poste 218",
    "(418) 555-0100 x218",
    "+14185550100;ext=218",
    "１-418-555-０１００",
    "1-800-FLOWERS",
    "1 800 356-9377",
    "+33 1 42 68 53 00",
    "01 42 68 53 00",
    "555-CALL-NOW 12",
    "5552255669",
    "12345",
    "1234-5",
)


def test_the_tails_never_leave_out_a_number_that_is_the_same() -> None:
    for wanted in TYPED:
        key = phone_key(wanted, "CA")
        tails = KeyTails([key])
        for stored in TYPED:
            if phone_key(stored, "CA") == key:
                assert tails.may_match(stored), (stored, wanted)
    assert not KeyTails([phone_key("418 555 0100", "CA")]).may_match("+33142685300")


def card(name: str, phone: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:{phone}\r\nEND:VCARD\r\n"


def test_only_the_numbers_that_may_match_are_read(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = [add_person_in(notebook, f"Person {number}") for number in range(40)]
    with notebook.session() as session:  # typed before numbers were read (migration 0012)
        for number, person_id in enumerate(people):
            typed = "418 555 0100" if number in (7, 8, 9) else f"819 555 {number:04}"
            session.add(ContactPoint(person_id=person_id, kind=ContactKind.PHONE, value=typed))
    parsed = parse_vcards(card("Lucien Roy", "+1 418-555-0100"), today=TODAY)
    read: list[str] = []
    parse = phones._parsed

    def counted(text: str, region: str) -> object:
        read.append(text)
        return parse(text, region)

    monkeypatch.setattr(phones, "_parsed", counted)
    (row,) = build_preview(notebook, parsed).rows
    assert row.status is RowStatus.DUPLICATE
    assert row.duplicate is not None and row.duplicate.reason is MatchReason.PHONE
    assert row.duplicate.name == "Person 7"
    # Once, though three people share it (an office's switchboard), and none of the others.
    assert read.count("418 555 0100") == 1 and not [text for text in read if "819" in text]


def add_person_in(notebook: Notebook, name: str) -> int:
    given, family = name.split()
    return add_person(notebook, PersonFields(given_name=given, family_name=family))


def test_an_import_indexes_its_rows_once_at_the_end(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row by row, the search index's triggers were most of an import's time at 50,000 people:
    the import writes inside `search_index_deferred` (whose result test_bulk checks)."""
    blocks: list[int] = []
    deferred = search_index_deferred

    @contextlib.contextmanager
    def counted(session: Session) -> Iterator[None]:
        with deferred(session):
            blocks.append(count_people(notebook))
            yield

    monkeypatch.setattr(apply_module, "search_index_deferred", counted)
    text = "".join(card(f"Anne Roy{n}", f"+1 418 555 01{n:02}") for n in range(3))
    preview = build_preview(notebook, parse_vcards(text, today=TODAY))
    apply_import(notebook, preview, today=TODAY)
    assert blocks == [0]  # one block, entered before the first person was written
    assert [match.name for match in search(notebook, "roy1")] == ["Anne Roy1"]
    assert [match.name for match in search(notebook, "555 0102")] == ["Anne Roy2"]
