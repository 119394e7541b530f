"""Closed days: weekends and the statutory holidays of the notebook's province.

The advisor in domain.md (section 2) planned his calls for after Labour Day and lost a client
over the long weekend. So a check-in, a task or a sweep deadline that falls on a closed day is
due on the last business day before it, and Today says which day it was and why ("due Monday
6 Sep: Labour Day"). Holidays come from the `holidays` package, with the observed-day rules it
knows (Christmas on a Saturday is also off on the Monday after); the country and province are
settings (Quebec by default). A country or province the package does not know counts
weekends only, or the country's national holidays: a notebook from a newer version never
breaks Today. The package's answers are kept between runs (`holiday_cache`): importing it
takes longer than Today's own work.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import dataclass

from relnotebook.core import settings
from relnotebook.core.checkins import holiday_cache
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook

DEFAULT_COUNTRY = "CA"
DEFAULT_REGION = "QC"
COUNTRY = settings.TextSetting("calendar.country", DEFAULT_COUNTRY, max_length=8)
# A province or state; "" for the country's national holidays only.
REGION = settings.TextSetting("calendar.region", DEFAULT_REGION, max_length=8)
NO_COUNTRY = ""  # weekends only

# How far a walk over closed days may go: no real calendar closes for this long.
_LONGEST_CLOSURE_DAYS = 60


@dataclass(frozen=True)
class HolidayName:
    """A holiday's name in the app's two languages (English when there is no French one)."""

    en: str
    fr: str

    def in_language(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class ClosedDay:
    """Something falls due on a closed day: it shows as due on `open_before`."""

    day: dt.date  # the closed day it falls due on
    open_before: dt.date  # the last business day before it
    closed_until: dt.date  # the last closed day of that stretch: the office opens the day after
    holiday: HolidayName | None  # the day's holiday, or the long weekend's; None: a weekend
    holiday_on: dt.date | None  # the day of that holiday


def supported_countries() -> dict[str, list[str]]:
    """Country codes (ISO 3166 alpha-2) and their provinces or states."""
    return {code: list(regions) for code, regions in _supported().items()}


@functools.lru_cache(maxsize=1)
def _supported() -> dict[str, tuple[str, ...]]:
    kept = holiday_cache.supported()
    if kept is not None:
        return kept
    import holidays

    found = {
        code: tuple(regions)
        for code, regions in holidays.list_supported_countries().items()
        if len(code) == 2
    }
    holiday_cache.keep_supported(found)
    return found


def region_names(country: str) -> dict[str, str]:
    """The provinces of a country by code, with a name when the package has one ("Quebec")."""
    import holidays

    codes = supported_countries().get(country, [])
    names: dict[str, str] = {}
    try:
        aliases: dict[str, str] = holidays.country_holidays(country).subdivisions_aliases
    except (NotImplementedError, AttributeError):
        aliases = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return {code: names.get(code, code) for code in codes}


def _language(country: str, wanted: tuple[str, ...]) -> str | None:
    import holidays

    supported = holidays.country_holidays(country).supported_languages
    return next((code for code in wanted if code in supported), None)


class _Holidays:
    """One country's and province's holidays, read from the package a year at a time and kept:
    shared by every calendar of the process, so filled under a lock."""

    def __init__(self, country: str, region: str) -> None:
        self.country, self.region = country, region
        self._years: dict[int, dict[dt.date, HolidayName]] = {}
        self._lock = threading.Lock()

    def of_year(self, year: int) -> dict[dt.date, HolidayName]:
        found = self._years.get(year)
        if found is None:
            with self._lock:
                found = self._years.get(year)
                if found is None:
                    found = self._years[year] = self._read(year)
        return found

    def _read(self, year: int) -> dict[dt.date, HolidayName]:
        kept = holiday_cache.year(self.country, self.region, year)
        if kept is None:
            kept = self._ask(year)
            holiday_cache.keep_year(self.country, self.region, year, kept)
        return {
            dt.date.fromisoformat(day): HolidayName(en=en, fr=fr) for day, (en, fr) in kept.items()
        }

    def _ask(self, year: int) -> holiday_cache.Names:
        """The package's answer: each holiday's day and its English and French names."""
        import holidays

        # The years around it too: a day observed in December may belong to next year's list.
        years = range(max(year - 1, dt.MINYEAR), min(year + 1, dt.MAXYEAR) + 1)
        subdiv = self.region or None
        english_code = _language(self.country, ("en_CA", "en_GB", "en_US"))
        french_code = _language(self.country, ("fr", "fr_CA", "fr_FR"))
        english = holidays.country_holidays(
            self.country, subdiv=subdiv, years=years, language=english_code
        )
        french = (
            holidays.country_holidays(
                self.country, subdiv=subdiv, years=years, language=french_code
            )
            if french_code
            else english
        )
        return {
            day.isoformat(): (name, french.get(day) or name)
            for day, name in english.items()
            if day.year == year
        }


@functools.lru_cache(maxsize=16)
def _holidays(country: str, region: str) -> _Holidays | None:
    return _Holidays(country, region) if country else None


class BusinessCalendar:
    """Which days are closed, for one country and province. Cheap to build: the holidays
    themselves are read once per process and year."""

    def __init__(self, country: str = DEFAULT_COUNTRY, region: str = DEFAULT_REGION) -> None:
        self.country, self.region = _known(country, region)
        self._holidays = _holidays(self.country, self.region)
        # Each day's answer, worked out once: Today asks about the same few days thousands of
        # times (every call of a market sweep has its deadline).
        self._closed: dict[dt.date, ClosedDay | None] = {}

    def holiday(self, day: dt.date) -> HolidayName | None:
        return self._holidays.of_year(day.year).get(day) if self._holidays else None

    def is_closed(self, day: dt.date) -> bool:
        return day.weekday() >= 5 or self.holiday(day) is not None

    def closed(self, day: dt.date) -> ClosedDay | None:
        """What Today says about something due on `day`; None when `day` is a business day."""
        if day not in self._closed:
            self._closed[day] = self._closure(day)
        return self._closed[day]

    def _closure(self, day: dt.date) -> ClosedDay | None:
        if not self.is_closed(day):
            return None
        first, last = self._walk(day, -1), self._walk(day, 1)
        stretch = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
        holiday_on = next((d for d in (day, *stretch) if self.holiday(d) is not None), None)
        return ClosedDay(
            day=day,
            open_before=first - _ONE_DAY if first > dt.date.min else first,
            closed_until=last,
            holiday=self.holiday(holiday_on) if holiday_on else None,
            holiday_on=holiday_on,
        )

    def _walk(self, day: dt.date, step: int) -> dt.date:
        """The farthest closed day reached from closed `day` going by `step` days."""
        for _ in range(_LONGEST_CLOSURE_DAYS):
            try:
                following = day + dt.timedelta(days=step)
            except OverflowError:
                return day
            if not self.is_closed(following):
                return day
            day = following
        return day

    def due_day(self, day: dt.date) -> dt.date:
        """The day something due on `day` shows as due: `day`, or the business day before."""
        closed = self.closed(day)
        return closed.open_before if closed else day

    def reach(self, day: dt.date) -> dt.date:
        """The last day whose items are due by `day`: `day`, and the closed days right after it
        (on the Friday before Labour Day, the Monday)."""
        try:
            following = day + _ONE_DAY
        except OverflowError:
            return day
        return self._walk(following, 1) if self.is_closed(following) else day

    def add_business_days(self, start: dt.date, days: int) -> dt.date:
        """The day `days` business days after `start`, skipping weekends and holidays.
        Starting on a closed day, the first business day after it is day one."""
        if days < 1:
            raise ValueError("days must be at least 1")
        day = start
        while days:
            day += _ONE_DAY
            if not self.is_closed(day):
                days -= 1
        return day


_ONE_DAY = dt.timedelta(days=1)


def _known(country: str, region: str) -> tuple[str, str]:
    """The country and province as far as the package knows them (see the module's doc)."""
    regions = _supported().get(country)
    if regions is None:
        return NO_COUNTRY, ""
    return country, region if region in regions else ""


def calendar_from(values: settings.Values) -> BusinessCalendar:
    return BusinessCalendar(values.text(COUNTRY), values.text(REGION))


def notebook_calendar(notebook: Notebook) -> BusinessCalendar:
    return calendar_from(settings.read_all(notebook))


def set_region(notebook: Notebook, country: str, region: str) -> None:
    """Choose whose holidays count: a country ("" for weekends only) and a province ("" for
    the national holidays only)."""
    country, region = country.strip().upper(), region.strip().upper()
    if country:
        regions = supported_countries().get(country)
        if regions is None:
            raise ValidationError(
                "calendar.country", "There is no holiday calendar for “{country}”.", country=country
            )
        if region and region not in regions:
            raise ValidationError(
                "calendar.region",
                "“{region}” is not a province or state of {country}.",
                region=region,
                country=country,
            )
    elif region:
        region = ""
    settings.set_text(notebook, COUNTRY, country)
    settings.set_text(notebook, REGION, region)
