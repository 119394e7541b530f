"""Read-only lists shown as tables: one row selected at a time, whole rows, no grid editing.

Every table's columns are sized the same way (`fit_columns`): each short column as wide as its
header and its cells (up to MAX_COLUMN), one main text column taking the room left. A longer
cell ends in "…" and shows whole in its tooltip (`RowsTableModel` answers ToolTipRole with the
cell's text). The user can still drag a column's edge; the next fill measures again."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

LAST = -1  # the stretch column: the last one
MAX_COLUMN = 280  # pixels: a short column never takes all of the main column's room


def list_table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    accessible_name: str,
    *,
    stretch: int = LAST,
    widths: Mapping[int, int] | None = None,
) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    fit_columns(table, stretch, widths)
    return table


def fit_columns(
    table: QTableView, stretch: int = LAST, widths: Mapping[int, int] | None = None
) -> None:
    """Size `table`'s columns now and each time its model is filled: `stretch` takes the room
    left, never less than its header (the table scrolls sideways rather than cut it); the
    columns in `widths` keep the width given (measured once by the caller, for speed); every
    other one fits its header and cells, up to MAX_COLUMN. Called again (a new model, other
    widths), it replaces the previous sizing."""
    for previous in table.findChildren(_ColumnFitter):
        previous.stop()
    _ColumnFitter(table, stretch, dict(widths or {})).refit()


class _ColumnFitter(QObject):
    def __init__(self, table: QTableView, stretch: int, widths: dict[int, int]) -> None:
        super().__init__(table)
        self._table = table
        self._model: QAbstractItemModel | None = table.model()
        model = self._model
        header = table.horizontalHeader()
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns = model.columnCount() if model is not None else 0
        self._main = main = columns - 1 if stretch == LAST else stretch
        header.setStretchLastSection(main == columns - 1)
        if 0 <= main < columns:
            header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        self._widths = widths
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.headerDataChanged):
                signal.connect(self.refit)

    def stop(self) -> None:
        if self._model is not None:
            for signal in (
                self._model.modelReset,
                self._model.rowsInserted,
                self._model.headerDataChanged,
            ):
                signal.disconnect(self.refit)
        self._model = None
        self.deleteLater()

    def refit(self, *_args: object) -> None:
        table, model, main = self._table, self._model, self._main
        header = table.horizontalHeader()
        if model is None:
            return
        if header.count() > main >= 0:
            header.setMinimumSectionSize(header.sectionSizeFromContents(main).width())
        # A long cell in a short column is cut rather than the main column squeezed: each
        # takes at most a quarter of a narrow table (never less than its header).
        share = table.viewport().width() // 4 if table.isVisible() else MAX_COLUMN
        for column in range(header.count()):
            if column == main or column in self._widths:
                continue
            title = header.sectionSizeFromContents(column).width()
            fitted = table.sizeHintForColumn(column) if model.rowCount() else 0
            header.resizeSection(column, max(title, min(fitted, MAX_COLUMN, share)))
