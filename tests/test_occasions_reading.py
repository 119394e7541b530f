"""Today reads every birthday each time it is shown (3,532 texts at 50,000 people): a birthday
typed as text is read only when it can fall in the coming days (issue 22)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relnotebook.core.dates import may_hold_month, month_day_in
from relnotebook.core.models import DetailKind, Stage
from relnotebook.core.people import occasions
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.occasions import months_between, occasions_between
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook

MONDAY = dt.date(2026, 12, 7)


def test_a_birthday_text_is_read_only_when_it_can_fall_in_the_coming_days(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {
        "Anne": "Birthday: 9 December 1980",
        "Luc": "Né le 10 déc.",
        "Paul": "Birthday: 15 April 1980",
        "Zoé": "Née le 3 février, fête ça",
        "Marc": "Anniversaire : 14 mars",
        "Eve": "born 1975-07-01",  # a dash: read, then found to be in July
    }
    for name, text in texts.items():
        person = add_person(notebook, PersonFields(given_name=name, stage=Stage.CLIENT))
        add_detail(notebook, person, text=text, kind=DetailKind.BIRTHDAY)
    read: list[str] = []

    def counted(text: str) -> tuple[int, int, int | None] | None:
        read.append(text)
        return month_day_in(text)

    monkeypatch.setattr(occasions, "month_day_in", counted)
    found = occasions_between(notebook, MONDAY, 3)
    assert [(o.person_name, o.on, o.years) for o in found] == [
        ("Anne", dt.date(2026, 12, 9), 46),
        ("Luc", dt.date(2026, 12, 10), None),
    ]
    assert sorted(read) == sorted([texts["Anne"], texts["Luc"], texts["Eve"]])


def test_the_months_of_the_coming_days() -> None:
    assert months_between(MONDAY, 3) == {12}
    assert months_between(dt.date(2026, 12, 30), 3) == {12, 1}
    assert months_between(dt.date(2027, 1, 31), 31) == {1, 2, 3}
    assert months_between(MONDAY, 90) == {12, 1, 2, 3}
    assert months_between(dt.date(2026, 1, 1), 364) is None  # all twelve: no text left unread
    assert months_between(dt.date(9999, 12, 30), 31) == {12}  # the end of the calendar


FRAGMENTS = st.sampled_from(
    [
        "15",
        "1er",
        "3rd",
        "29",
        "1980",
        "2026-04-15",
        "--04-15",
        "04",
        "-",
        " ",
        ":",
        ",",
        "’",
        "avril",
        "Avril",
        "AVR",
        "février",
        "FÉVRIER",
        "fe\u0301vrier",
        "août",
        "Aout",
        "déc",
        "Décembre",
        "mai",
        "May",
        "sept.",
        "Birthday",
        "Né le",
        "anniversaire",
        "Mars",
        "maison",
    ]  # fmt: skip
)


@given(st.lists(FRAGMENTS, max_size=6).map("".join), st.lists(FRAGMENTS, max_size=6).map(" ".join))
def test_no_text_that_names_a_month_is_left_unread(glued: str, spaced: str) -> None:
    for text in (glued, spaced):
        found = month_day_in(text)
        if found is not None:
            assert may_hold_month(text, frozenset({found[0]}))
