"""A small base for read-only-row table models: rows of frozen dataclasses, named columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from relnotebook.folding import fold

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers()` and `text(row, column)`; rows have an `id`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # Sorting 10,000 rows asks for sort keys n·log n times and Qt asks for the column count
        # at every turn: both are kept, and forgotten whenever the rows or their data change.
        self._sort_keys: dict[tuple[int, int], Any] = {}
        self._column_count: int | None = None
        self.modelReset.connect(self._sort_keys.clear)
        self.dataChanged.connect(lambda *_args: self._sort_keys.clear())

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> Row:
        return self._rows[row]

    def row_at(self, row: int) -> Row:
        """The row whose cells `data` gives (a model that reads its rows late reads it here)."""
        return self._rows[row]

    def key(self, row: Row) -> Any:
        """A row's identity, kept selected across reloads."""
        return row.id  # type: ignore[attr-defined]

    def row_of(self, key: Any) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.key(r) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count is None:
            self._column_count = len(self.headers())
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == ID_ROLE:
            return self.key(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, index.column())
        if role == SORT_ROLE:
            cell = (index.row(), index.column())
            if cell not in self._sort_keys:
                self._sort_keys[cell] = self.sort_key(row, index.column())
            return self._sort_keys[cell]
        return None

    def sort_key(self, row: Row, column: int) -> Any:
        """What the sort proxy compares: folded text unless a column knows better."""
        return fold(self.text(row, column))

    def edit_text(self, row: Row, column: int) -> str:
        return self.text(row, column)
