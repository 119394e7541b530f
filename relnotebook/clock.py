"""The one "today": a clock built by the composition root (`app.py`, `cli`) and passed down.

What is due, which prompts show, how long ago we met: every rule depends on the day, so the day
is an argument everywhere below, never read from the system. The GUI and the command line ask
their clock; tests give them a `FixedClock`, so a test written in November still passes in
March. This module is the only place that reads the system's date and time.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The machine's local date and time."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now()


class FixedClock:
    """A day that moves only when told to (tests; `relnotebook today --date`)."""

    def __init__(self, day: dt.date, time: dt.time = dt.time(9, 0)) -> None:
        self._now = dt.datetime.combine(day, time)

    def today(self) -> dt.date:
        return self._now.date()

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, days: int = 0, *, seconds: float = 0) -> None:
        self._now += dt.timedelta(days=days, seconds=seconds)


def utc_now() -> dt.datetime:
    """This moment in UTC, without tzinfo: when a row was written or a file made (stored
    timestamps, which no rule reads a day from, so no clock is passed down for them)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def stamp_now() -> dt.datetime:
    """This moment in local time, to stamp a file name when the caller gave none (a backup,
    a copy set aside): names, not rules, so no clock is passed down for them."""
    return dt.datetime.now()


__all__ = ["Clock", "FixedClock", "SystemClock", "stamp_now", "utc_now"]
