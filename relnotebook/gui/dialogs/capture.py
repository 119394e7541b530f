"""After-event capture: type the people met, one row each, then save them all at once.

Keyboard first: Tab moves across a row, Enter starts the next person, Ctrl+S saves. Closing with
anything typed asks whether to save or discard it. More… saves and opens the current row's
person on their profile, for the rest of their card (address, phone, birthday…).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core import settings
from relnotebook.core.events.capture import COLUMNS, CaptureResult, save_capture
from relnotebook.core.events.service import EventFields, EventPage
from relnotebook.core.models import Language
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_long_date
from relnotebook.gui.models.capture_rows import CaptureRowsModel
from relnotebook.gui.undo import Editor

EndEditHint = QAbstractItemDelegate.EndEditHint


class _CellDelegate(QStyledItemDelegate):
    """Remembers the editor it opened last, so Save can commit what is still being typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editors: list[QWidget] = []

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self._editors = [editor]
        editor.destroyed.connect(self._editors.clear)
        return editor

    def open_editor(self) -> QWidget | None:
        return next((e for e in self._editors if e.isVisible()), None)


class CaptureTable(QTableView):
    """A table that behaves like a form: cells open as you reach them, Enter adds a person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self._delegate = _CellDelegate(self)
        self.setItemDelegate(self._delegate)

    def capture_model(self) -> CaptureRowsModel:
        model = self.model()
        assert isinstance(model, CaptureRowsModel)
        return model

    def closeEditor(self, editor: QWidget, hint: EndEditHint) -> None:
        current = self.currentIndex()
        model = self.capture_model()
        last_row = current.row() == model.rowCount() - 1
        last_column = current.column() == model.columnCount() - 1
        starts_next = hint == EndEditHint.SubmitModelCache or (
            hint == EndEditHint.EditNextItem and last_column
        )
        super().closeEditor(editor, EndEditHint.NoHint if starts_next else hint)
        if starts_next:
            if last_row:
                model.append_row()
            # After the editor is fully closed, move to the next person's name.
            next_row = current.row() + 1
            QTimer.singleShot(0, self, lambda: self.start_row(next_row))

    def start_row(self, row: int) -> None:
        """Put the cursor in the name cell of `row`, its editor open for typing."""
        if not self.isVisible() or row >= self.model().rowCount():
            return  # the form was saved or closed meanwhile
        index = self.model().index(row, 0)
        if self.currentIndex() != index:
            self.setCurrentIndex(index)  # opens the editor (CurrentChanged trigger)
        if self.state() != QAbstractItemView.State.EditingState:
            self.edit(index)

    def current_editor(self) -> QWidget | None:
        """The cell editor open now, if any (its text is not in the model until committed)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return None
        return self._delegate.open_editor()


class CaptureDialog(QDialog):
    """Capture for an existing event (`event`) or for a new one typed at the top."""

    def __init__(
        self,
        editor: Editor,
        event: EventPage | None = None,
        *,
        clock: Clock,
        language: Language = Language.FRENCH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._event = event
        self._clock = clock
        self._language = language
        self.result_saved: CaptureResult | None = None
        self._closing_confirmed = False
        self.setWindowTitle(
            self.tr("People met at %1").replace("%1", event.name)
            if event
            else self.tr("New event: who did you meet?")
        )
        self.resize(980, 520)

        form = QFormLayout()
        self.event_name = QLineEdit(self)
        self.event_name.setObjectName("capture_event_name")
        self.event_name.setPlaceholderText(self.tr("e.g. Chamber of commerce cocktail"))
        self.event_date = DateField(clock, parent=self)
        self.event_date.setObjectName("capture_event_date")
        self.event_date.setAccessibleName(self.tr("Event date"))
        self.event_place = QLineEdit(self)
        self.event_place.setObjectName("capture_event_place")
        if event is None:
            form.addRow(self.tr("&Event"), self.event_name)
            form.addRow(self.tr("&Date"), self.event_date)
            form.addRow(self.tr("&Place"), self.event_place)
        else:
            for widget in (self.event_name, self.event_date, self.event_place):
                widget.hide()
            self.event_date.set_date(event.date)
            summary = QLabel(
                self.tr("%1, %2")
                .replace("%1", event.name)
                .replace("%2", format_long_date(event.date)),
                self,
            )
            form.addRow(self.tr("Event"), summary)

        self.model = CaptureRowsModel(
            self.event_day(),
            self,
            language=language,
            default_form=settings.french_form(settings.read_all(editor.notebook)),
        )
        self.event_date.date_changed.connect(lambda: self.model.set_reference(self.event_day()))
        self.model.dataChanged.connect(self._show_problems)
        self.table = CaptureTable(self)
        self.table.setObjectName("capture_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Room to type in each column, and never less than its header (French ones are longer):
        # a narrow screen scrolls sideways rather than squeeze "What you talked about" to nothing.
        for column, width in enumerate((160, 140, 180, 240, 130, 180, 100, 0, 0, 180)):
            self.table.setColumnWidth(
                column, max(width, header.sectionSizeFromContents(column).width())
            )
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("People met"))
        # As wide as its columns where the screen has room for them (1440 px), else 980.
        columns = sum(self.table.columnWidth(column) for column in range(header.count()))
        screen = self.screen().availableGeometry().width() - 40
        self.resize(max(self.width(), min(columns + 60, screen)), self.height())

        hint = QLabel(
            self.tr(
                "One row per person. Tab moves to the next field, Enter starts the next person, "
                "Ctrl+S saves everyone. “Busy until” understands dates like 2026-12-15, "
                "15 Dec, mid-December or après les Fêtes."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setObjectName("capture_problems")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.more_button = self.buttons.addButton(
            self.tr("&More…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.more_button.setToolTip(
            self.tr("Save, then open this person's profile for the rest of their card")
        )
        self.more_button.clicked.connect(self.save_and_open)
        self.open_after: int | None = None  # More…: the person to open once saved
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.event_place, self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._event is None:
            self.event_name.setFocus()
        else:
            self.table.setFocus()
            self.table.start_row(0)

    def event_day(self) -> dt.date:
        if self._event is not None:
            return self._event.date
        return self.event_date.date() or self._clock.today()

    def has_text(self) -> bool:
        typed_event = self._event is None and bool(
            self.event_name.text().strip() or self.event_place.text().strip()
        )
        return typed_event or self.model.has_text()

    def _show_problems(self, *_args: object) -> None:
        problems = self.model.problems()
        lines = [
            self.tr("Row %1, %2: %3")
            .replace("%1", str(p.row + 1))
            .replace(
                "%2",
                str(self.model.headerData(COLUMNS.index(p.field), Qt.Orientation.Horizontal)),
            )
            .replace("%3", user_message(p.sentence))
            for p in sorted(problems, key=lambda p: p.row)
        ]
        self.problems.setText("⚠ " + "\n⚠ ".join(lines) if lines else "")
        self.problems.setVisible(bool(lines))

    def _commit_open_editor(self, *, close: bool = False) -> None:
        editor = self.table.current_editor()
        if editor is not None:
            self.table.commitData(editor)
            if close:  # before the dialog hides, or the editor's focus-out commits again
                QTableView.closeEditor(self.table, editor, EndEditHint.NoHint)

    def save(self, open_row: int | None = None) -> bool:
        """Write everyone in one transaction; on any problem, nothing is written. With
        `open_row`, the window opens that row's person once the form closes (More…)."""
        self._commit_open_editor()
        if self._event is None and not self.event_name.text().strip():
            self._alert(self.tr("Give the event a name first."))
            self.event_name.setFocus()
            return False
        if self._event is None and self.event_date.date() is None:
            self._alert(self.event_date.error())
            self.event_date.setFocus()
            return False
        if not self.model.has_text():
            self._alert(self.tr("Type at least one person before saving."))
            self.table.setFocus()
            return False
        if self.model.problems():
            self._show_problems()
            first = min(self.model.problems(), key=lambda p: p.row)
            self.table.setCurrentIndex(self.model.index(first.row, 0))
            return False
        new_event = (
            None
            if self._event
            else EventFields(
                name=self.event_name.text(), date=self.event_day(), place=self.event_place.text()
            )
        )
        try:
            result = save_capture(
                self._editor.notebook,
                self.model.rows,
                event_id=self._event.id if self._event else None,
                new_event=new_event,
                language=self._language,
                default_form=self.model.default_form,
            )
        except ValidationError as exc:
            self._alert(user_message(exc))
            return False
        event_name = new_event.name if new_event else (self._event.name if self._event else "")
        self._editor.record_capture(result, self.tr("Capture at %1").replace("%1", event_name))
        self.result_saved = result
        if open_row is not None:
            people = dict(result.row_people)
            self.open_after = people.get(open_row, next(iter(people.values()), None))
        self._closing_confirmed = True
        self._commit_open_editor(close=True)
        self.accept()
        return True

    def save_and_open(self) -> bool:
        """More…: save everyone, then the window opens the current row's person."""
        return self.save(open_row=self.table.currentIndex().row())

    def _alert(self, message: str) -> None:
        self.problems.setText(f"⚠ {message}")
        self.problems.show()

    def reject(self) -> None:
        if self._closing_confirmed or not self.has_text():
            super().reject()
            return
        self._commit_open_editor()
        answer = QMessageBox.question(
            self,
            self.tr("Save the people you typed?"),
            self.tr("You typed people who are not saved yet. Save them before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._closing_confirmed = True
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_confirmed or not self.has_text():
            event.accept()
            return
        event.ignore()
        self.reject()
