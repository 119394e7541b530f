"""`today` and `ics`: the day's agenda as the Today view shows it, and the coming days as a
calendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from relnotebook.cli.common import (
    print_json,
    print_lines,
    print_written,
    read_notebook,
    unwritable,
)


def run_today(path: Path | str, day: dt.date, as_json: bool, everything: bool = False) -> int:
    """The same agenda as the Today view, for scripts and for a quick look: as text, each long
    section's first page as the Today page shows it (`everything`: all); as JSON, all."""
    from relnotebook.cli.render.agenda import agenda_json, agenda_text
    from relnotebook.core.outreach.agenda import LATE_CALLS_PAGE, ROWS_PAGE
    from relnotebook.core.outreach.service import agenda_on

    whole = as_json or everything
    late_calls = None if whole else LATE_CALLS_PAGE
    items = read_notebook(path, lambda notebook: agenda_on(notebook, day, late_calls=late_calls))
    if isinstance(items, int):
        return items
    if as_json:
        return print_json(agenda_json(items, day))
    return print_lines(agenda_text(items, day, page=None if whole else ROWS_PAGE))


def run_ics(path: Path | str, out: Path, days: int, day: dt.date) -> int:
    """The coming check-ins, coffees and tasks as an .ics file (names inside: mode 0600)."""
    from relnotebook.core.exchange.calendar_export import save_calendar

    if (problem := unwritable(out, path)) is not None:
        return problem

    def write(notebook: Any) -> str:
        return f"Wrote {save_calendar(notebook, out, today=day, days=days)} events to {out}."

    return print_written(path, out, write)
