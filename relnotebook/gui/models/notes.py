"""A person's notes, newest first; the full text is edited beside the list."""

from __future__ import annotations

from relnotebook.core.people.views import NoteView
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.table_model import RowsTableModel

PREVIEW_CHARS = 160


def preview(text: str) -> str:
    """The first line, shortened: a 1 MB note must not become a 1 MB table cell."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    if len(first) > PREVIEW_CHARS:
        return first[: PREVIEW_CHARS - 1] + "…"
    return first + (" …" if "\n" in text.strip() else "")


class NotesTableModel(RowsTableModel[NoteView]):
    DATE, TEXT, EVENT = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Note"), self.tr("Event"))

    def text(self, row: NoteView, column: int) -> str:
        if column == self.DATE:
            return format_date(row.date)
        if column == self.TEXT:
            return preview(row.text)
        if column == self.EVENT:
            return row.event_name
        return ""
