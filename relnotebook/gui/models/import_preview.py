"""An import's preview: what each contact of the file would become, and the choice made for it
(create, merge, skip); the choice column is the only editable cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtCore import Signal as QtSignal

from relnotebook.core.exchange.contact_import import (
    Choice,
    ImportPreview,
    MatchReason,
    PreviewRow,
    RowStatus,
)
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.models.table_model import Index, RowsTableModel


class ImportPreviewModel(RowsTableModel[PreviewRow]):
    """The preview's rows; the Choice column is the only editable cell."""

    STATUS, NAME, ORGANISATION, EMAIL, CHOICE = range(5)
    choices_changed = QtSignal()

    def __init__(self, preview: ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[int, Choice] = preview.default_choices()
        self.set_rows(preview.rows)

    def key(self, row: PreviewRow) -> Any:
        return row.index

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Status"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Email"),
            self.tr("Do"),
        )

    def choice_label(self, choice: Choice) -> str:
        return {
            Choice.CREATE: self.tr("Create"),
            Choice.MERGE: self.tr("Merge"),
            Choice.SKIP: self.tr("Skip"),
        }[choice]

    def status_text(self, row: PreviewRow) -> str:
        if row.status is RowStatus.ERROR:
            return (
                self.tr("Error, line %1: %2")
                .replace("%1", str(row.line))
                .replace("%2", user_message(row.error) if row.error else "")
            )
        match = row.duplicate
        if match is None:
            return self.tr("New") + (" ⚠" if row.warnings else "")
        if match.person_id is not None:
            text = {
                MatchReason.EMAIL: self.tr("Duplicate of %1 (same email)"),
                MatchReason.PHONE: self.tr("Duplicate of %1 (same phone number)"),
            }.get(match.reason, self.tr("Duplicate of %1 (same name and organisation)"))
            text = text.replace("%1", match.name)
        else:
            text = {
                MatchReason.EMAIL: self.tr("Same as line %1 (same email)"),
                MatchReason.PHONE: self.tr("Same as line %1 (same phone number)"),
            }.get(match.reason, self.tr("Same as line %1 (same name and organisation)"))
            text = text.replace("%1", str(match.line))
        return text + (" ⚠" if row.warnings else "")

    def text(self, row: PreviewRow, column: int) -> str:
        if column == self.STATUS:
            return self.status_text(row)
        if column == self.NAME:
            return row.name
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.EMAIL:
            return row.email
        return self.choice_label(self.choices[row.index])

    def edit_text(self, row: PreviewRow, column: int) -> str:
        return self.choices[row.index].value if column == self.CHOICE else self.text(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.item(index.row())
            lines = [self.tr("Line %1").replace("%1", str(row.line)), self.status_text(row)]
            return "\n".join([*lines, *map(user_message, row.warnings)])
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        choosable = index.isValid() and index.column() == self.CHOICE
        if choosable and len(self.item(index.row()).choices) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.set_choice(index.row(), Choice(value))

    def set_choice(self, row_number: int, choice: Choice) -> bool:
        """False (and nothing changed) when the row does not allow that choice."""
        row = self.item(row_number)
        if choice not in row.choices:
            return False
        if self.choices[row.index] is not choice:
            self.choices[row.index] = choice
            cell = self.index(row_number, self.CHOICE)
            self.dataChanged.emit(cell, cell)
            self.choices_changed.emit()
        return True

    def count(self, choice: Choice) -> int:
        return sum(
            1
            for row in self._rows
            if row.status is not RowStatus.ERROR and self.choices[row.index] is choice
        )
