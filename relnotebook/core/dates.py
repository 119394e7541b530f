"""Dates as people type them after an event, in French or English.

"busy until mid-December", "jusqu'à la mi-décembre", "after the holidays", "2026-12-15": the
advisor types what they heard, and the app needs a day to act on. Anything we cannot read is an
error for the user to fix, never silently dropped. `today` is always passed in, so the rules are
testable for any date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata

from relnotebook.errors import ValidationError

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan", "janvier", "janv"),
        ("february", "feb", "fevrier", "fevr", "fev"),
        ("march", "mar", "mars"),
        ("april", "apr", "avril", "avr"),
        ("may", "mai"),
        ("june", "jun", "juin"),
        ("july", "jul", "juillet", "juil"),
        ("august", "aug", "aout"),
        ("september", "sep", "sept", "septembre"),
        ("october", "oct", "octobre"),
        ("november", "nov", "novembre"),
        ("december", "dec", "decembre"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

# Month names for writing dates in messages (French in lower case, as French writes them).
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "fr": (
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
    ),
    "en": (
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
    ),
}


def month_name(month: int, language: str) -> str:
    """The month's name in French ("fr") or English (anything else)."""
    return MONTH_NAMES["fr" if language == "fr" else "en"][month - 1]


# Where in a month "early", "mid" and "end of" fall (None: the month's last day).
_PART_OF_MONTH: dict[str, int | None] = {
    "early": 5,
    "beginning of": 1,
    "start of": 1,
    "debut": 1,
    "debut de": 1,
    "debut d": 1,
    "mid": 15,
    "middle of": 15,
    "mi": 15,
    "la mi": 15,
    "late": None,
    "end of": None,
    "fin": None,
    "fin de": None,
    "fin d": None,
}

_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 20),
    "printemps": (3, 20),
    "summer": (6, 21),
    "ete": (6, 21),
    "fall": (9, 22),
    "autumn": (9, 22),
    "automne": (9, 22),
    "winter": (12, 21),
    "hiver": (12, 21),
    "the holidays": (1, 6),
    "holidays": (1, 6),
    "les fetes": (1, 6),
    "fetes": (1, 6),
    "new year": (1, 1),
    "nouvel an": (1, 1),
    "the new year": (1, 1),
}

_RELATIVE_UNITS = {
    "day": 1,
    "days": 1,
    "jour": 1,
    "jours": 1,
    "week": 7,
    "weeks": 7,
    "semaine": 7,
    "semaines": 7,
}

# Words that frame the date but carry no meaning for it.
_FILLER = re.compile(
    r"^(?:(?:busy|very busy|occupee?s?|tres occupee?s?|until|till|til|jusqu ?a|jusqu ?au|"
    r"jusqu ?en|jusqu|after|apres|by|the|le|la|les|l|a|au|en|in|dans|around|vers)\b\s*)+"
)


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"[’'`,]", " ", plain)
    plain = re.sub(r"(\d)(?:er|st|nd|rd|th)\b", r"\1", plain)
    return re.sub(r"\s+", " ", plain).strip(" .")


def _build(year: int, month: int, day: int | None, text: str) -> dt.date:
    last = calendar.monthrange(year, month)[1]
    if day is None:
        day = last
    if not 1 <= day <= last:
        raise ValidationError("date", "“{text}” is not a day of that month.", text=text)
    return dt.date(year, month, day)


def _upcoming(month: int, day: int | None, today: dt.date, text: str) -> dt.date:
    """A date given without a year is the next one to come (or one just past)."""
    try:
        candidate = _build(today.year, month, day, text)
    except ValidationError:  # 29 February: next year may have one
        return _build(today.year + 1, month, day, text)
    if candidate < today - dt.timedelta(days=31):
        candidate = _build(today.year + 1, month, day, text)
    return candidate


def _numeric(text: str) -> dt.date | None:
    if match := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text):
        year, month, day = (int(part) for part in match.groups())
        return _checked(year, month, day, text)
    if match := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
        first, second, year = (int(part) for part in match.groups())
        # Day first, as written in Quebec and in Canadian English; swap only when it cannot be.
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _checked(year, month, day, text)
    return None


def _checked(year: int, month: int, day: int, text: str) -> dt.date:
    if not 1 <= month <= 12:
        raise ValidationError("date", "“{text}” has no month {month}.", text=text, month=month)
    return _build(year, month, day, text)


def _month_words(text: str, today: dt.date, original: str) -> dt.date | None:
    month_names = "|".join(sorted(_MONTHS, key=len, reverse=True))
    parts = "|".join(sorted((re.escape(p) for p in _PART_OF_MONTH), key=len, reverse=True))
    # "15 december 2026", "15 dec", "december 15 2026", "mid-december", "fin decembre"
    patterns = [
        rf"(?P<day>\d{{1,2}}) (?P<month>{month_names})(?: (?P<year>\d{{4}}))?",
        rf"(?P<month>{month_names}) (?P<day>\d{{1,2}})(?: (?P<year>\d{{4}}))?",
        rf"(?:(?P<part>{parts})[ -]?)?(?P<month>{month_names})(?: (?P<year>\d{{4}}))?",
    ]
    for pattern in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        month = _MONTHS[match["month"]]
        groups = match.groupdict()
        if groups.get("day"):
            day: int | None = int(groups["day"])
        elif groups.get("part"):
            day = _PART_OF_MONTH[groups["part"]]
        else:
            day = 1
        if groups.get("year"):
            return _build(int(groups["year"]), month, day, original)
        return _upcoming(month, day, today, original)
    return None


def _relative(text: str, today: dt.date) -> dt.date | None:
    simple = {
        "today": 0,
        "aujourd hui": 0,
        "tomorrow": 1,
        "demain": 1,
        "yesterday": -1,
        "hier": -1,
        "last night": -1,
        "hier soir": -1,
        "next week": 7,
        "semaine prochaine": 7,
        "next month": 30,
        "mois prochain": 30,
    }
    if text in simple:
        return today + dt.timedelta(days=simple[text])
    if match := re.fullmatch(r"(\d{1,3}) (\w+)", text):
        count, unit = int(match[1]), match[2]
        if unit in _RELATIVE_UNITS:
            return today + dt.timedelta(days=count * _RELATIVE_UNITS[unit])
        if unit in ("month", "months", "mois"):
            month_index = today.month - 1 + count
            year, month = today.year + month_index // 12, month_index % 12 + 1
            return _build(year, month, min(today.day, calendar.monthrange(year, month)[1]), text)
    return None


def parse_date(text: str, *, today: dt.date) -> dt.date | None:
    """Read a date typed by a person; None for an empty field.

    Raises `ValidationError` with a sentence naming the text when it cannot be read.
    """
    if not text or not text.strip():
        return None
    normalised = _normalise(text)
    stripped = _FILLER.sub("", normalised).strip(" -")
    for candidate in dict.fromkeys((normalised, stripped)):
        try:
            found = (
                _numeric(candidate)
                or _month_words(candidate, today, text)
                or _relative(candidate, today)
            )
        except ValueError as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError("date", "“{text}” is not a valid date.", text=text) from exc
        if found:
            return found
        if candidate in _SEASONS:
            return _upcoming(*_SEASONS[candidate], today, text)
    raise ValidationError(
        "date",
        "“{text}” is not a date I can read. Try 2026-12-15, 15 Dec or mid-December.",
        text=text,
    )


def shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, held at the ends of the calendar instead of overflowing."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


# The days a report (referrals, retention) can be made for. A report looks back up to a century,
# which from these days never leaves Python's calendar (years 1 to 9999); an earlier or later
# day is a typing mistake, not a day anyone reviews.
FIRST_REPORT_DAY = dt.date(1900, 1, 1)
LAST_REPORT_DAY = dt.date(2999, 12, 31)


def require_report_day(day: dt.date) -> dt.date:
    """`day`, or a `ValidationError` when no report can be made for it."""
    if not FIRST_REPORT_DAY <= day <= LAST_REPORT_DAY:
        raise ValidationError(
            "date",
            "No report can be made for {day}: choose a day from {first} to {last}.",
            day=day.isoformat(),
            first=FIRST_REPORT_DAY.isoformat(),
            last=LAST_REPORT_DAY.isoformat(),
        )
    return day


_MONTH_NAMES_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})",
        r"--(?P<month>\d{2})-?(?P<day>\d{2})",
        rf"(?P<day>\d{{1,2}}) (?P<month>{_MONTH_NAMES_PATTERN})\b(?: (?P<year>\d{{4}}))?",
        rf"(?P<month>{_MONTH_NAMES_PATTERN}) (?P<day>\d{{1,2}})\b(?: (?P<year>\d{{4}}))?",
    )
)


def may_hold_month(text: str, months: frozenset[int]) -> bool:
    """False only when `month_day_in(text)` cannot give a day in one of `months` (it needs a
    dash or one of their names): a look far cheaper than reading the text, for Today, which
    reads every birthday each time it is shown and wants only the coming days'."""
    if text.isascii():
        plain = text.lower()
    else:  # as `_normalise` reads it, less what cannot be in a month's name or a dash
        plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return "-" in plain or any(name in plain for name in _names_of(months))


@functools.lru_cache(maxsize=64)
def _names_of(months: frozenset[int]) -> tuple[str, ...]:
    return tuple(name for name, number in _MONTHS.items() if number in months)


@functools.lru_cache(maxsize=4096)
def month_day_in(text: str) -> tuple[int, int, int | None] | None:
    """The (month, day, year or None) a phrase like "Birthday: 15 April 1980", "Anniversaire :
    14 mars", "1980-04-15" or "--04-15" holds; None when it holds no day of the year. (Kept
    per text: Today reads every birthday each time it is shown.)"""
    plain = _normalise(text)
    for pattern in _MONTH_DAY_PATTERNS:
        if match := pattern.search(plain):
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS[month]
            day, year = int(match["day"]), match.groupdict().get("year")
            try:
                dt.date(int(year) if year else 2000, number, day)  # 2000: 29 February exists
            except ValueError:
                continue
            return number, day, int(year) if year else None
    return None
