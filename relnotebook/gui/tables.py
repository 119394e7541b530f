"""Read-only lists shown as tables: one row selected at a time, whole rows, no grid editing.

Every table's columns are sized the same way (`fit_columns`): each short column as wide as its
header and its cells (up to MAX_COLUMN), one main text column taking the room left. A longer
cell ends in "…" and shows whole in its tooltip (`RowsTableModel` answers ToolTipRole with the
cell's text). The user can still drag a column's edge; the next fill measures again."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

LAST = -1  # the stretch column: the last one
MAX_COLUMN = 280  # pixels: a short column never takes all of the main column's room
MIN_SHARE = 150  # pixels: what a short column may always take


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


MIN_MAIN = 200  # pixels the main column keeps before the table scrolls sideways


def fit_columns(
    table: QTableView, stretch: int = LAST, widths: Mapping[int, int] | None = None
) -> None:
    """Size `table`'s columns now and each time its model is filled: `stretch` takes the room
    left (also when the table or another column is resized), never less than its header (the
    table scrolls sideways rather than cut it); the columns in `widths` keep the width given
    (measured once by the caller, for speed); every other one fits its header and cells, up
    to MAX_COLUMN. Called again (a new model, other widths), it replaces the previous one."""
    for previous in table.findChildren(_ColumnFitter):
        previous.stop()
    _ColumnFitter(table, stretch, dict(widths or {})).refit()


def whole_width(table: QTableView) -> int:
    """The width `table` needs to show every column without scrolling: the columns sized by
    `fit_columns` and its main column's title."""
    header = table.horizontalHeader()
    fitters = table.findChildren(_ColumnFitter)
    main = fitters[-1].main if fitters else -1
    columns = (
        header.sectionSizeFromContents(column).width()
        if column == main
        else header.sectionSize(column)
        for column in range(header.count())
        if not header.isSectionHidden(column)
    )
    return sum(columns) + 2 * table.frameWidth()


class _ColumnFitter(QObject):
    """Qt's Stretch mode squeezes a column to nothing and its minimum applies to every
    column: the main column is stretched here instead, never narrower than its title."""

    def __init__(self, table: QTableView, stretch: int, widths: dict[int, int]) -> None:
        super().__init__(table)
        self._table = table
        self._model: QAbstractItemModel | None = table.model()
        model = self._model
        header = table.horizontalHeader()
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        columns = model.columnCount() if model is not None else 0
        self.main = columns - 1 if stretch == LAST else stretch
        self._widths = widths
        self._stretching = False
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
        if model is not None:
            for signal in self._signals():
                signal.connect(self.refit)
        header.sectionResized.connect(self._stretch)
        table.viewport().installEventFilter(self)

    def _signals(self) -> tuple[SignalInstance, ...]:
        model = self._model
        assert model is not None
        return (model.modelReset, model.rowsInserted, model.headerDataChanged)

    @property
    def active(self) -> bool:
        return self._model is not None

    def stop(self) -> None:
        if self._model is not None:
            for signal in self._signals():
                signal.disconnect(self.refit)
        self._table.horizontalHeader().sectionResized.disconnect(self._stretch)
        self._table.viewport().removeEventFilter(self)
        self._model = None
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self._stretch()
        return False

    def refit(self, *_args: object) -> None:
        table, model = self._table, self._model
        header = table.horizontalHeader()
        if model is None:
            return
        # A long cell in a short column is cut rather than the main column squeezed: each
        # takes at most a quarter of a narrow table (never less than its header, nor than a
        # date or a name).
        share = max(table.viewport().width() // 4, MIN_SHARE) if table.isVisible() else MAX_COLUMN
        self._stretching = True
        for column in range(header.count()):
            if column == self.main or column in self._widths:
                continue
            title = header.sectionSizeFromContents(column).width()
            fitted = table.sizeHintForColumn(column) if model.rowCount() else 0
            header.resizeSection(column, max(title, min(fitted, MAX_COLUMN, share)))
        self._stretching = False
        self._stretch()

    def _stretch(self, *_args: object) -> None:
        """The main column takes the room the others leave, at least its title's width."""
        header, main = self._table.horizontalHeader(), self.main
        if self._stretching or not 0 <= main < header.count():
            return
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != main and not header.isSectionHidden(column)
        )
        viewport = self._table.viewport().width()
        room = viewport - others
        # Never squeezed to its title either: the text people read keeps a third of the table
        # (up to MIN_MAIN), and a narrow table scrolls sideways to the short columns.
        least = max(header.sectionSizeFromContents(main).width(), min(MIN_MAIN, viewport // 3))
        self._stretching = True
        header.resizeSection(main, max(room, least))
        self._stretching = False
