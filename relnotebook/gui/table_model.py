"""A small base for read-only-row table models: rows of frozen dataclasses, named columns."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Montréal" and "montreal" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers()` and `text(row, column)`; rows have an `id`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

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

    def key(self, row: Row) -> Any:
        """A row's identity, kept selected across reloads."""
        return row.id  # type: ignore[attr-defined]

    def row_of(self, key: Any) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.key(r) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self.key(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, index.column())
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        return None

    def sort_key(self, row: Row, column: int) -> Any:
        """What the sort proxy compares: folded text unless a column knows better."""
        return fold(self.text(row, column))

    def edit_text(self, row: Row, column: int) -> str:
        return self.text(row, column)
