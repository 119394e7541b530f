"""One event on the Events view, editable in place, with the people met there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.events.service import EventPage
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.flow_layout import FlowLayout
from relnotebook.gui.models.people import PeopleTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


class EventPanel(QWidget):
    """One event, editable in place, with the people met there."""

    capture_requested = Signal(int)
    open_person = Signal(int)
    delete_requested = Signal(int, str)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.shown: EventPage | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("event_name")
        self.date = DateField(clock, parent=self)
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
        buttons = FlowLayout()  # on two lines rather than a wider window (French at 1024 px)
        buttons.addWidget(self.capture_button)
        buttons.add_stretch()
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
