"""The Events list."""

from __future__ import annotations

from relnotebook.core.events.service import EventSummary
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.table_model import RowsTableModel


class EventsTableModel(RowsTableModel[EventSummary]):
    DATE, NAME, PLACE, PEOPLE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Event"), self.tr("Place"), self.tr("People met"))

    def text(self, row: EventSummary, column: int) -> str:
        if column == self.DATE:
            return format_date(row.date)
        if column == self.NAME:
            return row.name
        if column == self.PLACE:
            return row.place
        if column == self.PEOPLE:
            return str(row.people_count)
        return ""

    def sort_key(self, row: EventSummary, column: int) -> object:
        if column == self.DATE:
            return row.date.isoformat()
        if column == self.PEOPLE:
            return row.people_count
        return super().sort_key(row, column)
