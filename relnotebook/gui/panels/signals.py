"""Messages sent to a person and the answers they gave, on the person page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.dates import parse_date
from relnotebook.core.models import SignalKind, SignalResponse
from relnotebook.core.outreach.signals import (
    SignalView,
    add_follow_up,
    person_signals,
    record_response,
)
from relnotebook.errors import ValidationError
from relnotebook.gui.dialogs.coffee import CoffeeDialog
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.flow_layout import FlowLayout
from relnotebook.gui.models.signals import SignalsTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


class SignalsPanel(QWidget):
    compose_requested = Signal(int)  # person id

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self._person_id: int | None = None
        self._name = ""
        self.model = SignalsTableModel(self)
        self.table = list_table(
            self,
            "signals_table",
            self.model,
            self.tr("Messages sent"),
            stretch=SignalsTableModel.ABOUT,
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("signal_text")
        self.text.setPlaceholderText(self.tr("Select a message to read what was sent."))
        self.empty = QLabel(
            self.tr("No message sent yet. “Write message…” drafts one from what they told you."),
            self,
        )
        self.empty.setWordWrap(True)

        self.write_button = QPushButton(self.tr("&Write message…"), self)
        self.write_button.clicked.connect(
            lambda: self._person_id is not None and self.compose_requested.emit(self._person_id)
        )
        self.answer_button = QPushButton(self.tr("Record &answer"), self)
        menu = QMenu(self)
        menu.addAction(self.tr("Interested: plan the coffee…"), self.interested)
        menu.addAction(self.tr("Declined"), lambda: self.answer(SignalResponse.DECLINED))
        menu.addAction(self.tr("No reply"), lambda: self.answer(SignalResponse.NO_REPLY))
        self.answer_button.setMenu(menu)
        self.remind_button = QPushButton(self.tr("&Invite for coffee on…"), self)
        self.remind_button.setToolTip(
            self.tr("Choose a day to be reminded, on Today, to invite them for a coffee.")
        )
        self.remind_button.clicked.connect(self.remind)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        buttons = FlowLayout()  # on two lines rather than a wider window
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.remind_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def show_person(self, person_id: int, name: str) -> None:
        keep = self.current()
        self._person_id = person_id
        self._name = name
        rows = person_signals(self._editor.notebook, person_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        row = self.model.row_of(keep.id) if keep is not None else None
        if rows:
            self.table.selectRow(row if row is not None else 0)
        else:
            self.text.clear()
        self.answer_button.setEnabled(bool(rows))

    def current(self) -> SignalView | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        signal = self.current()
        self.text.setPlainText(
            (f"{signal.subject}\n\n" if signal and signal.subject else "")
            + (signal.body if signal else "")
        )

    def answer(self, response: SignalResponse, **coffee: object) -> None:
        signal = self.current()
        if signal is not None:
            on = self._clock.today()
            self._editor.apply(record_response, signal.id, response, on=on, **coffee)

    def remind(self) -> None:
        """A user-chosen day for the coffee invitation prompt (instead of a busy period)."""
        if self._person_id is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Invite for coffee on…"),
            self.tr(
                "On which day should Today suggest the invitation? (e.g. 2027-01-10, mid-January)"
            ),
        )
        if not ok:
            return
        try:
            day = parse_date(text, today=self._clock.today())
        except ValidationError as exc:
            QMessageBox.information(self, self.tr("Invite for coffee on…"), user_message(exc))
            return
        if day is not None:
            self._editor.apply(
                add_follow_up, self._person_id, due_on=day, kind=SignalKind.COFFEE_INVITATION.value
            )

    def interested(self) -> None:
        signal = self.current()
        if signal is None:
            return
        dialog = CoffeeDialog(self._name, self._clock, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.answer(
                SignalResponse.INTERESTED,
                coffee_on=dialog.when.date(),
                coffee_text=dialog.where.text(),
            )
