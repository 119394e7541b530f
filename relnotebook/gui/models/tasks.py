"""A person's tasks, with a box to tick them done: the table on the Check-ins tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from relnotebook.core.checkins.tasks import TaskView
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.table_model import Index, RowsTableModel


class TasksTableModel(RowsTableModel[TaskView]):
    """Tasks with a checkbox: ticking it marks the task done (through the callback)."""

    DONE, TITLE, DUE = range(3)

    def __init__(
        self,
        tick: Callable[[TaskView, bool], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tick = tick

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Done"), self.tr("Task"), self.tr("Due"))

    def text(self, row: TaskView, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.DUE:
            return format_date(row.due_on)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE and self._tick is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == self.DONE
            and 0 <= index.row() < self.rowCount()
        ):
            done = self.item(index.row()).done_on is not None
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self._tick is None or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._tick(self.item(index.row()), checked)
        return True
