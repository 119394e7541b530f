"""A person's personal details as an editable table; edits go back through a callback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from relnotebook.core.people.details import stored_mention
from relnotebook.core.people.views import DetailView
from relnotebook.gui.labels import format_date, kind_label
from relnotebook.gui.models.table_model import Index, RowsTableModel

FIELDS = ("kind", "text", "mentioned_on", "starts_on", "ends_on", "mention")


class DetailsTableModel(RowsTableModel[DetailView]):
    """`mention` is what a message to this person says of the detail (their language and
    form): the stored mention, else the suggestion; "—" when there is none."""

    KIND, TEXT, MENTIONED, STARTS, ENDS, MENTION = range(6)

    def __init__(
        self,
        edit: Callable[[DetailView, str, Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self.language: str = "fr"
        self.form: str | None = "tu"  # None in English

    def mention(self, row: DetailView) -> str:
        return stored_mention(row, self.language, self.form, self.language)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Kind"),
            self.tr("Detail"),
            self.tr("Mentioned"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("In a message"),
        )

    def text(self, row: DetailView, column: int) -> str:
        if column == self.KIND:
            return kind_label(row.kind)
        if column == self.TEXT:
            return row.text
        if column in (self.MENTIONED, self.STARTS, self.ENDS):
            return format_date(getattr(row, FIELDS[column]))
        if column == self.MENTION:
            return self.mention(row) or "—"
        return ""

    def edit_text(self, row: DetailView, column: int) -> Any:
        if column == self.KIND:
            return row.kind
        if column == self.MENTION:
            return self.mention(row)
        value = getattr(row, FIELDS[column])
        return value.isoformat() if hasattr(value, "isoformat") else value

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._edit is None:
            return False
        return self._edit(self.item(index.row()), FIELDS[index.column()], value)
