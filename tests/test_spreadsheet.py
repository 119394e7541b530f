"""Every CSV the app writes is safe in a spreadsheet that splits on "," and in one that splits
on ";" (Excel with a French list separator): no cell, and no piece of a cell, starts a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relnotebook.core.exchange.people_export import people_csv
from relnotebook.core.exchange.spreadsheet import FORMULA_STARTS, csv_bytes, safe_cell
from relnotebook.core.models import Language
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.referrals import newsletter
from relnotebook.store import Notebook
from tests.conftest import TODAY

PAYLOADS = (
    "Joe;=cmd|' /C calc'!A0",
    "Joe,=cmd|' /C calc'!A0",
    "Joe; =1+1",
    "514 555-0123; +1 438 555-0199",
    "Joe;\"=cmd|' /C calc'!A0\"",
    'x;""=1+1',
    "trailing;",
    "trailing,",
    "two lines\n=2+2",
    "Windows lines\r\n@SUM(A1:A9)",
    "old Mac line\r-3",
    "; -5",
    " =1+1",
    '"=quoted"',
    "\t=1",
    "Côté, Marie-Ève; avocate",
)


def pieces(data: bytes) -> list[tuple[str, str, str]]:
    """(how it was split, separator, field) for every field a spreadsheet could make of the file:
    a CSV reader with "," and with ";" (quotes honoured, as Excel does), and a naive split of
    each line on either separator (one opening quote removed)."""
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    text = data.decode("utf-8-sig")
    found: list[tuple[str, str, str]] = []
    for separator in (",", ";"):
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator):
            found.extend(("csv", separator, field) for field in row)
        for line in text.splitlines():
            found.extend(
                ("naive", separator, piece.removeprefix('"')) for piece in line.split(separator)
            )
    return found


def formulas(data: bytes) -> list[tuple[str, str, str]]:
    """The fields that a spreadsheet would read as a formula (leading spaces aside)."""
    return [
        (how, separator, field)
        for how, separator, field in pieces(data)
        if field.lstrip(" ").startswith(FORMULA_STARTS)
    ]


def quoted_everywhere(data: bytes) -> bool:
    """Every cell of the file is in quotes (written again quoted, it is the same file)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue().encode("utf-8-sig") == data


def test_the_french_excel_payload_is_one_quoted_cell() -> None:
    data = csv_bytes(["name", "note"], [["Joe;=cmd|' /C calc'!A0", "ok"]])
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[1] == '"Joe;\'=cmd|\' /C calc\'!A0","ok"'
    assert formulas(data) == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_piece_of_any_cell_starts_a_formula_whatever_the_separator(payload: str) -> None:
    for row in ([payload], [payload, "next"], ["first", payload], ["a", payload, "z"]):
        data = csv_bytes(["h"] * len(row), [row, row])
        assert formulas(data) == [], row
        # What was typed is all there, read back with the separator the file was written with.
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert [cell.replace("'", "") for cell in rows[1]] == [c.replace("'", "") for c in row]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list(",;\"' \r\n\t=+-@ab")), max_size=12),
        min_size=1,
        max_size=4,
    )
)
def test_property_no_formula_from_any_mix_of_separators_quotes_and_breaks(
    row: list[str],
) -> None:
    assert formulas(csv_bytes(["h"] * len(row), [row])) == []


def test_safe_cell_marks_each_place_a_split_could_start_a_cell() -> None:
    assert safe_cell("Joe;=cmd") == "Joe;'=cmd"
    assert safe_cell("Joe, @x") == "Joe, '@x"
    assert safe_cell("end;") == "end;'"
    assert safe_cell("a\r\n-3") == "a\r\n'-3"
    assert safe_cell("Tremblay, Architectes; inc.") == "Tremblay, Architectes; inc."
    assert safe_cell("Cocktail;\nparlé de la Croatie") == "Cocktail;\nparlé de la Croatie"


def test_the_people_export_is_safe_on_both_separators(notebook: Notebook, tmp_path: Path) -> None:
    for number, payload in enumerate(PAYLOADS):
        add_person(
            notebook,
            PersonFields(
                given_name=f"P{number}",
                family_name=payload.replace("\n", " ").replace("\r", " ").replace("\t", " "),
                organisation=payload.strip(),
                how_met=payload,
            ),
        )
    out = tmp_path / "people.csv"
    assert people_csv(notebook, out) == len(PAYLOADS)
    assert formulas(out.read_bytes()) == []
    assert quoted_everywhere(out.read_bytes())


def test_the_newsletter_list_is_safe_on_both_separators() -> None:
    subscribers = [
        newsletter.Subscriber(
            person_id=number,
            name=payload,
            email=f"p{number}@example.com",
            language=Language.FRENCH,
            basis=None,
            expires_on=None,
            valid=True,
            first_name=payload,
            last_name=payload,
        )
        for number, payload in enumerate(PAYLOADS, start=1)
    ]
    data = newsletter.csv_bytes(subscribers, TODAY + dt.timedelta(days=1))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(PAYLOADS) + 1
    assert formulas(data) == []
    assert quoted_everywhere(data)
