"""The two-minute call: a visible timer, the outcome, who called whom, a note; Enter saves.

Logging a call the client made takes two keystrokes: Ctrl+Shift+L opens this dialog with
"They called" already chosen, and Enter saves it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.models import Channel, Initiator, Outcome
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.undo import Editor


class CallDialog(QDialog):
    def __init__(
        self,
        editor: Editor,
        person_id: int,
        name: str,
        *,
        phone: str = "",
        initiated_by: Initiator = Initiator.ME,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._person_id = person_id
        self.logged_id: int | None = None
        self.setWindowTitle(self.tr("Call with %1").replace("%1", name))

        self.who = QLabel(name + (f" · {phone}" if phone else ""), self)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not phone:
            self.who.setText(self.tr("%1 · no phone number in the notebook").replace("%1", name))
        self.clock = QLabel("0:00", self)
        self.clock.setObjectName("call_clock")
        self.clock.setAccessibleName(self.tr("Call duration"))
        font = QFont(self.clock.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.clock.setFont(font)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start(1000)

        self.outcome = self._choices(
            [
                (Outcome.REACHED, self.tr("&Reached")),
                (Outcome.LEFT_MESSAGE, self.tr("Left a &message")),
                (Outcome.NO_ANSWER, self.tr("No &answer")),
            ],
            Outcome.REACHED,
        )
        self.initiator = self._choices(
            [(Initiator.ME, self.tr("I &called")), (Initiator.THEM, self.tr("&They called"))],
            initiated_by,
        )
        self.channel = self._choices(
            [
                (Channel.PHONE, self.tr("&Phone")),
                (Channel.MEETING, self.tr("M&eeting")),
                (Channel.VIDEO, self.tr("&Video")),
                (Channel.EMAIL, self.tr("E&mail")),
            ],
            Channel.PHONE,
        )
        self.day = DateField(clock, parent=self)
        self.day.setAccessibleName(self.tr("Date of the call"))
        self.note = QLineEdit(self)
        self.note.setObjectName("call_note")
        self.note.setPlaceholderText(self.tr("What was said (optional), then Enter"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.note.returnPressed.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self._row(self.outcome))
        form.addRow(self.tr("Who called"), self._row(self.initiator))
        form.addRow(self.tr("How"), self._row(self.channel))
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Note"), self.note)
        header = QHBoxLayout()
        header.addWidget(self.who, 1)
        header.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _choices(self, options: list[tuple[Enum, str]], selected: object) -> QButtonGroup:
        group = QButtonGroup(self)
        for index, (value, label) in enumerate(options):
            button = QRadioButton(label, self)
            button.setProperty("choice", value.value)
            group.addButton(button, index)
            button.setChecked(value == selected)
        return group

    def _row(self, group: QButtonGroup) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in group.buttons():
            layout.addWidget(button)
        layout.addStretch()
        return row

    @staticmethod
    def chosen(group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property("choice")) if button else ""

    def seconds(self) -> int:
        return int(self._elapsed.elapsed() // 1000)

    def _tick(self) -> None:
        minutes, seconds = divmod(self.seconds(), 60)
        self.clock.setText(f"{minutes}:{seconds:02d}")

    def save(self) -> None:
        day = self.day.date()
        if day is None:
            self.error.setText(f"⚠ {self.day.error()}")
            self.error.show()
            return
        try:
            self.logged_id = self._editor.log_contact(
                self._person_id,
                on=day,
                channel=Channel(self.chosen(self.channel)),
                initiated_by=Initiator(self.chosen(self.initiator)),
                outcome=Outcome(self.chosen(self.outcome)),
                note=self.note.text(),
                duration_seconds=self.seconds()
                if Channel(self.chosen(self.channel)) == Channel.PHONE
                else None,
            )
        except ValidationError as exc:
            self.error.setText(f"⚠ {user_message(exc)}")
            self.error.show()
            return
        self._ticker.stop()
        self.accept()
