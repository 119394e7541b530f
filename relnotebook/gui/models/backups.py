"""The restore list: a notebook's backups, when taken, what they hold, whether they are good."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from relnotebook.gui.labels import format_taken_at
from relnotebook.gui.models.table_model import Index, RowsTableModel
from relnotebook.store.files.backups import BackupInfo


class BackupsModel(RowsTableModel[BackupInfo]):
    """The restore list: when, how many people and notes, and whether it can be restored."""

    TAKEN, PEOPLE, NOTES, STATUS = range(4)

    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("backup_ui", "Taken"),
            QCoreApplication.translate("backup_ui", "People"),
            QCoreApplication.translate("backup_ui", "Notes"),
            QCoreApplication.translate("backup_ui", "Status"),
        ]

    def text(self, row: BackupInfo, column: int) -> str:
        if column == self.TAKEN:
            return format_taken_at(row.taken_at)
        if column == self.PEOPLE:
            return "" if row.people is None else str(row.people)
        if column == self.NOTES:
            return "" if row.notes is None else str(row.notes)
        return (
            QCoreApplication.translate("backup_ui", "Good")
            if row.ok
            else QCoreApplication.translate("backup_ui", "Damaged: cannot be restored")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.item(index.row())
            return str(row.path) if row.ok else row.problem
        counts = (self.PEOPLE, self.NOTES)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in counts:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
