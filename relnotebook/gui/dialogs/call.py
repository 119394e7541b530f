"""The two-minute call: a visible timer, openers to read out, the outcome, who called whom, a
note; Enter saves.

The timer turns amber at 1:45 and says two minutes are coming; at 2:00 it turns red, says so, and
plays a short system sound (Settings › Check-ins turns it off). The duration of a phone call is
kept with the contact. Openers from the seed article are offered in the client's language.

Logging a call the client made takes two keystrokes: Ctrl+Shift+L opens this dialog with
"They called" already chosen, and Enter saves it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core import preferences
from relnotebook.core.checkins.openers import (
    NEARLY_TWO_MINUTES,
    TWO_MINUTES,
    Form,
    clock_text,
    openers,
)
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
        language: str = "fr",
        address: Form = "vous",
        detail: str | None = None,
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
        self.pace = QLabel(self)  # "two minutes soon", "two minutes"
        self.pace.setObjectName("call_pace")
        self.pace.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.sound_on = preferences.call_sound()
        self.beeped = False
        self.stopwatch = QElapsedTimer()  # anything with elapsed() in milliseconds
        self.stopwatch.start()
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start(1000)
        self.openers = self._openers(language, address, detail)

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
        layout.addWidget(self.pace)
        layout.addWidget(self.openers)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _openers(self, language: str, address: Form, detail: str | None) -> QGroupBox:
        """What to say first, in their language: no agenda, they lead."""
        box = QGroupBox(self.tr("To open the call (no agenda: they lead)"), self)
        box.setObjectName("call_openers")
        quoted = "« {} »" if language == "fr" else "“{}”"
        lines = [quoted.format(text) for text in openers(language, address)]
        if detail:
            lines.append(self.tr("Or ask about what they told you: %1").replace("%1", detail))
        layout = QVBoxLayout(box)
        for line in lines:
            label = QLabel(line, box)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        return box

    def opener_texts(self) -> list[str]:
        return [label.text() for label in self.openers.findChildren(QLabel)]

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
        return int(self.stopwatch.elapsed() // 1000)

    def tick(self) -> None:
        """Once a second: the time, and from 1:45 that two minutes are coming, then here."""
        seconds = self.seconds()
        self.clock.setText(clock_text(seconds))
        if seconds >= TWO_MINUTES:
            self.clock.setStyleSheet("color: #d32f2f;")
            self.pace.setText(self.tr("Two minutes: wrap up, unless they want to talk."))
            if not self.beeped:
                self.beeped = True
                if self.sound_on:
                    QApplication.beep()
        elif seconds >= NEARLY_TWO_MINUTES:
            self.clock.setStyleSheet("color: #c77700;")
            self.pace.setText(self.tr("Two minutes soon."))
        else:
            self.clock.setStyleSheet("")
            self.pace.setText("")

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
