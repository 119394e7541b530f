"""What a contacts file holds once read, whatever app wrote it: one `IncomingContact` per card
or row, and a `RowError` for each one that could not be read.

The parsers only read; deciding what a contact becomes in the notebook (a new person, a merge,
nothing) is the preview's job, so the same rules apply to vCard and CSV alike.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from relnotebook.core.exchange.contact_import.mapping import ColumnMapping
from relnotebook.core.people.notes import MAX_NOTE_CHARS
from relnotebook.core.people.views import Address, Website
from relnotebook.core.validation import display_name
from relnotebook.errors import Sentence

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Apple Contacts writes a birthday without a year as year 1604 (X-APPLE-OMIT-YEAR=1604).
APPLE_NO_YEAR = 1604


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A birthday whose year is not known (vCard `--0415`)."""

    month: int
    day: int

    def __str__(self) -> str:
        return f"{self.day} {MONTHS[self.month - 1]}"


@dataclass(frozen=True, slots=True)
class IncomingContact:
    """One contact as the file gave it; emails and phones are not checked yet."""

    line: int  # 1-based line of the file where the card or row starts
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    role: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    note: str = ""
    birthday: dt.date | MonthDay | None = None
    # The rest of the card (vCard N's prefix and suffix, NICKNAME, ADR, URL, CATEGORIES…)
    name_prefix: str = ""
    name_suffix: str = ""
    preferred_name: str = ""  # only our own export writes it (X-RELNOTEBOOK-GOES-BY)
    nickname: str = ""
    anniversary: dt.date | MonthDay | None = None
    addresses: tuple[Address, ...] = ()
    websites: tuple[Website, ...] = ()
    categories: tuple[str, ...] = ()  # groups and labels: they become tags
    connected_on: dt.date | None = None  # LinkedIn's "Connected On": a dated note
    source: str = ""  # "Google Contacts vCard (contacts.vcf)": becomes the person's "how met"
    warnings: tuple[Sentence, ...] = ()  # what was left out while reading (a bad birthday)

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.family_name)


@dataclass(frozen=True, slots=True)
class RowError:
    """A card or row that could not be read at all; the others are still imported."""

    line: int
    sentence: Sentence

    @property
    def message(self) -> str:
        return self.sentence.english


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """Everything read from one file, before it is compared with the notebook."""

    source: str  # what kind of file it is, in English: "Outlook CSV", "vCard"
    contacts: tuple[IncomingContact, ...] = ()
    errors: tuple[RowError, ...] = ()
    # CSV only: the file's column names, and the mapping used to read it. When no column was
    # recognised, `needs_mapping` is set and the user chooses a mapping among `header`.
    header: tuple[str, ...] = ()
    mapping: ColumnMapping | None = None
    needs_mapping: bool = False


# How much of a note's raw text (escaped, or with CRLF line breaks) is worth reading: an escape
# or a CRLF is two characters for one, so this much still fills the notebook's limit and is
# still over it (and the warning is given). Cutting there first keeps a 20 MB note from being
# copied whole by each step that reads it.
LONGEST_RAW_NOTE = 2 * MAX_NOTE_CHARS + 1


def limited_note(note: str) -> tuple[str, tuple[Sentence, ...]]:
    """The note as the notebook keeps it, cut at its limit, and a warning when it was cut.

    The parsers cut it as soon as it is read, so that a huge note in a file is not kept whole
    through the preview."""
    if len(note) <= MAX_NOTE_CHARS:
        return note, ()
    warning = Sentence(
        "The note is longer than {limit} characters; it was cut.", {"limit": MAX_NOTE_CHARS}
    )
    return note[:MAX_NOTE_CHARS].rstrip(), (warning,)


def as_date(day: dt.date | MonthDay | None) -> dt.date | None:
    """A day as the notebook stores it: a day without a year is in year 1604 (as Apple's)."""
    if isinstance(day, MonthDay):
        return dt.date(APPLE_NO_YEAR, day.month, day.day)
    return day


def birthday_text(birthday: dt.date | MonthDay) -> str:
    """The birthday as the personal detail says it: "Birthday: 15 April 1980"."""
    if isinstance(birthday, MonthDay):
        return f"Birthday: {birthday}"
    return f"Birthday: {birthday.day} {MONTHS[birthday.month - 1]} {birthday.year}"


def _month_day(month: int, day: int) -> MonthDay | None:
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a birthday too
    except ValueError:
        return None
    return MonthDay(month, day)


def _date(year: int, month: int, day: int) -> dt.date | MonthDay | None:
    if year in (0, APPLE_NO_YEAR):
        return _month_day(month, day)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")
_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*Z?(?:[+-][\d:]+)?)?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")


def parse_birthday(
    text: str, *, today: dt.date, omit_year: int | None = None
) -> dt.date | MonthDay | None:
    """A birthday as contact apps write it: `1980-04-15`, `19800415`, `--0415`, `--04-15`,
    Outlook's `4/15/1980`. None for an empty value and for anything else (the caller warns).

    `omit_year` is Apple's X-APPLE-OMIT-YEAR: that year stands for "year not known". A year in
    two digits is the latest ending so, up to the year of `today`.
    """
    value = text.strip()
    if match := _NO_YEAR.fullmatch(value):
        return _month_day(int(match[1]), int(match[2]))
    if match := _ISO.fullmatch(value):
        year = int(match[1])
        if omit_year is not None and year == omit_year:
            return _month_day(int(match[2]), int(match[3]))
        return _date(year, int(match[2]), int(match[3]))
    if match := _SLASHED.fullmatch(value):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if year == 0 or first == 0 or second == 0:
            return None  # Outlook's "0/0/00": no birthday
        if len(match[3]) == 2:
            this_year = today.year
            year += 1900 if year > this_year % 100 else 2000
        # Outlook writes month/day; a first number over 12 can only be a day (day/month).
        month, day = (second, first) if first > 12 else (first, second)
        return _date(year, month, day)
    return None
