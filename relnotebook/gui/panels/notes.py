"""Conversation notes on the person page: write a new one, read and edit the others.

The list shows a one-line preview, newest first; the selected note's full text is edited below
it, so a long note never has to fit in a table cell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.people.views import NoteView, PersonPage
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.drafts import Drafts
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.notes import NotesTableModel
from relnotebook.gui.tables import fit_columns, list_table
from relnotebook.gui.undo import Editor


class NotesPanel(QWidget):
    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self._person: PersonPage | None = None
        self._shown_note: NoteView | None = None
        self._loading = False
        self._saving = False

        self.new_note = QPlainTextEdit(self)
        self.new_note.setObjectName("new_note")
        self.new_note.setPlaceholderText(
            self.tr("What did you talk about? Ctrl+Enter adds the note.")
        )
        self.new_note.setAccessibleName(self.tr("New note"))
        self.new_note.setTabChangesFocus(True)
        self.new_note.setMaximumHeight(90)
        self.new_date = DateField(clock, parent=self)
        self.new_date.reading.hide()  # no room beside the note; the field says when it's wrong
        self.new_date.setAccessibleName(self.tr("Note date"))
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.clicked.connect(self.add_note)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self.new_note,
            self.add_note,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.model = NotesTableModel(self)
        self.table = list_table(self, "notes_table", self.model, self.tr("Notes, newest first"))
        # Widths measured once: sizing to contents measured every note each time a person was
        # shown (hundreds of calls into the model).
        widths = {NotesTableModel.DATE: self._date_width(), NotesTableModel.EVENT: 170}
        fit_columns(self.table, NotesTableModel.TEXT, widths)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_note,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.note_text = QPlainTextEdit(self)
        self.note_text.setObjectName("note_text")
        self.note_text.setAccessibleName(self.tr("Selected note"))
        self.note_text.setPlaceholderText(self.tr("Select a note to read or edit it."))
        self.note_text.setEnabled(False)
        self.note_text.modificationChanged.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.delete_button = QPushButton(self.tr("Delete note"), self)
        self.save_button.clicked.connect(self.save_note)
        self.delete_button.clicked.connect(self.delete_note)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self.note_text,
            self.save_note,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.note_text.installEventFilter(self)
        self.error = QLabel(self)
        self.error.setObjectName("notes_error")
        self.error.setWordWrap(True)
        self.error.hide()

        compose = QHBoxLayout()
        compose.addWidget(self.new_note, 1)
        side = QVBoxLayout()
        side.addWidget(self.new_date)
        side.addWidget(self.add_button)
        side.addStretch()
        compose.addLayout(side)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch()
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.delete_button)
        reader = QWidget(self)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.note_text)
        reader_layout.addLayout(edit_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(reader)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(compose)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.drafts = Drafts(self.new_note)
        self._update_buttons()

    def _date_width(self) -> int:
        """Wide enough for any date, measured once: sizing the column to its contents measured
        every note each time a person was shown (hundreds of calls into the model)."""
        widest = max(
            self.table.fontMetrics().horizontalAdvance(format_date(dt.date(2000, month, 28)))
            for month in range(1, 13)
        )
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        header = self.table.horizontalHeader()
        title = header.sectionSizeFromContents(NotesTableModel.DATE).width()
        return max(widest + 2 * (margin + 1) + 8, title)

    def show_person(self, person: PersonPage) -> None:
        same_person = self._person is not None and self._person.id == person.id
        keep = self._shown_note.id if (same_person and self._shown_note) else None
        if not same_person:
            self.drafts.switch_to(person.id)
            self.new_date.set_date(self._clock.today())
            self._show_error("")
        self._person = person
        self._loading = True  # a reload is not the user leaving the note: don't save here
        try:
            self.model.set_rows(person.notes)
            row = self.model.row_of(keep) if keep is not None else None
            if row is not None:
                self.table.selectRow(row)
            else:
                self._show_note(None)
        finally:
            self._loading = False

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._loading:
            self.save_note()
        self._show_note(self.model.item(current.row()) if current.isValid() else None)

    def _show_note(self, note: NoteView | None) -> None:
        unchanged = (
            note is not None
            and self._shown_note is not None
            and note.id == self._shown_note.id
            and self.note_text.document().isModified()
        )
        # While the text is being edited, the version it was started from is kept: a reload
        # showing a change made elsewhere must not make saving over it look safe.
        if unchanged and note is not None and self._shown_note is not None:
            note = replace(note, version=self._shown_note.version)
        self._shown_note = note
        if not unchanged:
            self.note_text.setPlainText(note.text if note else "")
            self.note_text.document().setModified(False)
        self.note_text.setEnabled(note is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(
            self._shown_note is not None and self.note_text.document().isModified()
        )
        self.delete_button.setEnabled(self._shown_note is not None)

    def _show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the note being edited saves it: nothing typed waits for a button."""
        if watched is self.note_text and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        return super().eventFilter(watched, event)

    def add_note(self) -> None:
        if self._person is None:
            return
        text = self.new_note.toPlainText()
        if not text.strip():
            self._show_error(self.tr("Type the note first."))
            return
        day = self.new_date.date()
        if day is None:
            self._show_error(self.new_date.error())
            return
        try:
            self._editor.add_note(self._person.id, text=text, date=day)
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return
        self._show_error("")
        self.new_note.clear()

    def save_note(self) -> None:
        """Save the selected note's edits, if any; called on leaving it, too."""
        note = self._shown_note
        if note is None or not self.note_text.document().isModified() or self._saving:
            return
        # A question asked while saving (changed elsewhere: theirs or mine?) takes the focus
        # from the note, which would save it again, inside the first save.
        self._saving = True
        try:
            self._editor.edit_note(note.id, {"text": self.note_text.toPlainText()}, note.version)
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return
        finally:
            self._saving = False
        if self._person is not None and self._shown_note is not None:  # as reloaded after it
            fresh = [n for n in self._person.notes if n.id == self._shown_note.id]
            self._shown_note = fresh[0] if fresh else self._shown_note
        self.note_text.document().setModified(False)
        self._show_error("")

    def delete_note(self) -> None:
        if self._shown_note is not None:
            note_id = self._shown_note.id
            self._shown_note = None
            self._editor.delete_note(note_id)
