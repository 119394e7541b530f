"""A date typed as text: "2026-11-20", "hier", "20 nov", "mid-December".

Used instead of QDateEdit wherever the keyboard matters: QDateEdit's Tab key walks through the
year, month and day sections before leaving the field, which traps a fast typist. The resolved
date is shown beside the text, and an unreadable one is flagged, never guessed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from relnotebook.clock import Clock
from relnotebook.core.dates import parse_date
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_long_date


class DateField(QWidget):
    """Emits `date_changed` when the text reads as a new date; `date()` is None otherwise."""

    date_changed = Signal()
    editing_finished = Signal()

    def __init__(
        self, clock: Clock, value: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # "yesterday", "20 Nov": read from today
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("2026-11-20, yesterday, 20 Nov…"))
        self.edit.setMaximumWidth(170)
        self.reading = QLabel(self)
        self.reading.setObjectName("date_reading")
        self.reading.setMinimumWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading, 1)
        self.setFocusProxy(self.edit)
        self._date: dt.date | None = None
        self.edit.textChanged.connect(self._read)
        self.edit.editingFinished.connect(self.editing_finished)
        self.set_date(value or clock.today())

    def set_date(self, value: dt.date) -> None:
        self.edit.setText(value.isoformat())

    def date(self) -> dt.date | None:
        return self._date

    def error(self) -> str:
        try:
            parse_date(self.edit.text(), today=self._clock.today())
        except ValidationError as exc:
            return user_message(exc)
        return "" if self.edit.text().strip() else self.tr("A date is needed.")

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _read(self, text: str) -> None:
        try:
            value = parse_date(text, today=self._clock.today())
        except ValidationError:
            value = None
        self.reading.setText(
            format_long_date(value) if value else ("⚠ " + self.tr("not a date") if text else "")
        )
        self.edit.setStyleSheet("" if value or not text else "border: 2px solid #c62828;")
        if value != self._date:
            self._date = value
            if value is not None:
                self.date_changed.emit()
