"""The Events view: events newest first, and the selected event with the people met there."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.events.service import get_event, list_events
from relnotebook.gui.models.events import EventsTableModel
from relnotebook.gui.models.table_model import ID_ROLE, SORT_ROLE
from relnotebook.gui.panels.empty_state import EmptyState
from relnotebook.gui.panels.event import EventPanel
from relnotebook.gui.tables import fit_columns, list_table
from relnotebook.gui.undo import Editor


class EventsPage(QWidget):
    capture_requested = Signal(int)
    open_person = Signal(int)
    delete_requested = Signal(int, str)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.is_stale = True  # read when first shown (see pages.base)
        self.model = EventsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = list_table(self, "events_table", self.proxy, self.tr("Events"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EventsTableModel.DATE, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, EventsTableModel.NAME)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = EmptyState("events_empty", self)
        self.empty.setText(
            self.tr(
                "No events yet.\n\nBack from a cocktail or a conference? Press Ctrl+E to "
                "note who you met there and what you talked about."
            )
        )
        self.capture_button = self.empty.add_action(
            self.tr("&Capture people from an event…"), "Ctrl+E", "user-plus"
        )
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.panel = EventPanel(editor, clock, self)
        self.panel.capture_requested.connect(self.capture_requested)
        self.panel.open_person.connect(self.open_person)
        self.panel.delete_requested.connect(self.delete_requested)
        self.hint = QLabel(self.tr("Select an event to see who you met there."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.panel_stack = QStackedWidget(self)
        self.panel_stack.addWidget(self.hint)
        self.panel_stack.addWidget(self.panel)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.panel_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def current_event_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reload(self) -> None:
        selected = self.current_event_id()
        self.model.set_rows(list_events(self._editor.notebook))
        self.list_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if selected is None or not self.select_event(selected):
            self.panel_stack.setCurrentWidget(self.hint)

    def select_event(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show(event_id)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(current.data(ID_ROLE))
        else:
            self.panel_stack.setCurrentWidget(self.hint)

    def _show(self, event_id: int) -> None:
        event = get_event(self._editor.notebook, event_id)
        if event is None:
            self.panel_stack.setCurrentWidget(self.hint)
            return
        self.panel.show_event(event)
        self.panel_stack.setCurrentWidget(self.panel)
