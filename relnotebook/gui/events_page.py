"""The Events view: events newest first, and the selected event with the people met there."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.events.service import EventPage, get_event, list_events
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.models.events import EventsTableModel
from relnotebook.gui.models.people import PeopleTableModel
from relnotebook.gui.models.table_model import ID_ROLE, SORT_ROLE
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


class EventPanel(QWidget):
    """One event, editable in place, with the people met there."""

    capture_requested = Signal(int)
    open_person = Signal(int)
    delete_requested = Signal(int, str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.shown: EventPage | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("event_name")
        self.date = DateField(parent=self)
        self.date.setObjectName("event_date")
        self.date.setAccessibleName(self.tr("Event date"))
        self.place = QLineEdit(self)
        self.place.setObjectName("event_place")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("event_notes")
        self.notes.setPlaceholderText(self.tr("Notes about the event itself"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.installEventFilter(self)
        self.name.editingFinished.connect(lambda: self._save("name", self.name.text()))
        self.place.editingFinished.connect(lambda: self._save("place", self.place.text()))
        self.date.editing_finished.connect(self._save_date)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()

        self.people_model = PeopleTableModel(self)
        self.people = list_table(
            self, "event_people", self.people_model, self.tr("People met at this event")
        )
        self.people.activated.connect(
            lambda index: self.open_person.emit(self.people_model.item(index.row()).id)
        )
        self.capture_button = QPushButton(self.tr("Add people met here…"), self)
        self.capture_button.setToolTip(self.tr("Ctrl+Shift+E"))
        self.capture_button.clicked.connect(
            lambda: self.shown and self.capture_requested.emit(self.shown.id)
        )
        self.delete_button = QPushButton(self.tr("Delete event…"), self)
        self.delete_button.clicked.connect(
            lambda: self.shown and self.delete_requested.emit(self.shown.id, self.shown.name)
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("N&otes"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.capture_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        self.met_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.met_label)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)

    def show_event(self, event: EventPage) -> None:
        same = self.shown is not None and self.shown.id == event.id
        self.shown = event
        for widget, value in ((self.name, event.name), (self.place, event.place)):
            if not (same and widget.hasFocus()) and widget.text() != value:
                widget.setText(value)
        if not (same and self.date.edit.hasFocus()) and self.date.date() != event.date:
            self.date.set_date(event.date)
        if not (same and self.notes.hasFocus()) and self.notes.toPlainText() != event.notes:
            self.notes.setPlainText(event.notes)
        self.people_model.set_rows(event.people)
        self.met_label.setText(
            self.tr("People met there: %1").replace("%1", str(len(event.people)))
            if event.people
            else self.tr("Nobody recorded yet: use “Add people met here…”.")
        )
        if not same:
            self._show_error("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._save("notes", self.notes.toPlainText())
        return super().eventFilter(watched, event)

    def _save_date(self) -> None:
        value = self.date.date()
        if value is None:
            self._show_error(self.date.error())
        else:
            self._save("date", value)

    def _save(self, field: str, value: object) -> None:
        if self.shown is None or getattr(self.shown, field) == value:
            return
        try:
            self._editor.edit_event(self.shown.id, {field: value})
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return
        self._show_error("")

    def _show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))


class EventsPage(QWidget):
    capture_requested = Signal(int)
    open_person = Signal(int)
    delete_requested = Signal(int, str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.model = EventsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = list_table(self, "events_table", self.proxy, self.tr("Events"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EventsTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = QLabel(
            self.tr(
                "No events yet.\n\nBack from a cocktail or a conference? Press Ctrl+E to "
                "note who you met there and what you talked about."
            ),
            self,
        )
        self.empty.setObjectName("events_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.panel = EventPanel(editor, self)
        self.panel.capture_requested.connect(self.capture_requested)
        self.panel.open_person.connect(self.open_person)
        self.panel.delete_requested.connect(self.delete_requested)
        self.hint = QLabel(self.tr("Select an event to see who you met there."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
