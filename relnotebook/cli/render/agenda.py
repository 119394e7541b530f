"""`relnotebook today`: the agenda as lines (a title, then why) and as the README's JSON."""

from __future__ import annotations

import datetime as dt

from relnotebook.core.outreach.agenda import AgendaItem
from relnotebook.core.outreach.service import agenda_json, item_reason, item_title

__all__ = ["agenda_json", "agenda_text"]


def agenda_text(items: list[AgendaItem], day: dt.date) -> list[str]:
    """Two lines per item: its title, then why it is there; one line when there is nothing."""
    if not items:
        return [f"Nothing to do on {day:%d %b %Y}."]
    return [
        line for item in items for line in (f"- {item_title(item)}", f"  {item_reason(item, day)}")
    ]
