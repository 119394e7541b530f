"""`today` and `ics`: the day's agenda as the Today view shows it, and the coming days as a
calendar file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from relnotebook.cli.common import EXIT_OK, print_lines, print_written, read_notebook, unwritable


def run_today(path: Path | str, day: dt.date, as_json: bool) -> int:
    """The same agenda as the Today view, for scripts and for a quick look."""
    from relnotebook.cli.render.agenda import agenda_json, agenda_text
    from relnotebook.core.outreach.service import agenda_on

    items = read_notebook(path, lambda notebook: agenda_on(notebook, day))
    if isinstance(items, int):
        return items
    if as_json:
        print(json.dumps(agenda_json(items, day), ensure_ascii=False, indent=2))
        return EXIT_OK
    return print_lines(agenda_text(items, day))


def run_ics(path: Path | str, out: Path, days: int, day: dt.date) -> int:
    """The coming check-ins, coffees and tasks as an .ics file (names inside: mode 0600)."""
    from relnotebook.core.exchange.calendar_export import save_calendar

    if (problem := unwritable(out, path)) is not None:
        return problem

    def write(notebook: Any) -> str:
        return f"Wrote {save_calendar(notebook, out, today=day, days=days)} events to {out}."

    return print_written(path, out, write)
