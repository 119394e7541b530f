"""Dates as people type them, in French and English, relative to a given `today`."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from relnotebook.core.dates import parse_date
from relnotebook.errors import ValidationError
from tests.conftest import TODAY

EN_MONTHS = list(calendar.month_name)[1:]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-15", dt.date(2026, 12, 15)),
        ("15/12/2026", dt.date(2026, 12, 15)),
        ("12/15/2026", dt.date(2026, 12, 15)),
        ("mid-December", dt.date(2026, 12, 15)),
        ("busy until mid-December", dt.date(2026, 12, 15)),
        ("jusqu'à la mi-décembre", dt.date(2026, 12, 15)),
        ("jusqu’à la mi-décembre", dt.date(2026, 12, 15)),
        ("fin janvier", dt.date(2027, 1, 31)),
        ("après les Fêtes", dt.date(2027, 1, 6)),
        ("after the holidays", dt.date(2027, 1, 6)),
        ("spring", dt.date(2027, 3, 20)),
        ("1er décembre", dt.date(2026, 12, 1)),
        ("Dec 15", dt.date(2026, 12, 15)),
        ("le 3 mars 2027", dt.date(2027, 3, 3)),
        ("in 2 weeks", dt.date(2026, 12, 7)),
        ("dans 3 semaines", dt.date(2026, 12, 14)),
        ("tomorrow", dt.date(2026, 11, 24)),
    ],
)
def test_readable_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "hello", "mid-Smarch"])
def test_unreadable_dates_are_errors(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, today=TODAY)
    assert caught.value.field == "date"
    assert text in caught.value.message


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_is_no_date(text: str) -> None:
    assert parse_date(text, today=TODAY) is None


def test_leap_day_without_year_is_the_next_one() -> None:
    assert parse_date("29 février", today=dt.date(2027, 12, 15)) == dt.date(2028, 2, 29)
    with pytest.raises(ValidationError):
        parse_date("29 February", today=dt.date(2026, 3, 15))  # neither 2026 nor 2027 has one


TODAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@given(day=st.dates(), today=TODAYS)
def test_iso_dates_read_back(day: dt.date, today: dt.date) -> None:
    assert parse_date(day.isoformat(), today=today) == day


def _leap_day_in_window(today: dt.date) -> bool:
    return any(
        calendar.isleap(year)
        and today - dt.timedelta(days=31) <= dt.date(year, 2, 29) <= today + dt.timedelta(days=366)
        for year in (today.year, today.year + 1)
    )


@given(
    day=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31)),
    today=TODAYS,
    style=st.sampled_from(["{d} {en}", "{en} {d}", "{d} {fr}", "le {d} {fr}"]),
)
@example(day=dt.date(2024, 2, 29), today=dt.date(2027, 12, 15), style="{d} {fr}")
@example(day=dt.date(2024, 2, 29), today=dt.date(1999, 1, 1), style="{d} {en}")
def test_day_without_year_is_near_today(day: dt.date, today: dt.date, style: str) -> None:
    text = style.format(d=day.day, en=EN_MONTHS[day.month - 1], fr=FR_MONTHS[day.month - 1])
    try:
        found = parse_date(text, today=today)
    except ValidationError:
        assert (day.month, day.day) == (2, 29)
        assert not _leap_day_in_window(today)
        return
    assert found is not None
    assert (found.month, found.day) == (day.month, day.day)
    # The next one to come: within a year, but for 29 February typed early in a year without
    # one, which is next year's (1 January 1999 → 29 February 2000, 424 days ahead).
    ahead = 366 if (day.month, day.day) != (2, 29) else 366 + 59
    assert today - dt.timedelta(days=31) <= found <= today + dt.timedelta(days=ahead)
    assert found.year in (today.year, today.year + 1)
