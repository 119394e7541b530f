"""Start a market sweep: "Markets are moving: check in with…" a group, by a deadline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from relnotebook.core.checkins.closed_days import notebook_calendar
from relnotebook.core.checkins.sweeps import add_business_days, segment_people, start_sweep
from relnotebook.core.people.service import list_people
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_date
from relnotebook.gui.undo import Editor


class SweepDialog(QDialog):
    def __init__(self, editor: Editor, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._today = today
        self._calendar = notebook_calendar(editor.notebook)  # the deadline skips holidays
        self.sweep_id: int | None = None
        self.setWindowTitle(self.tr("Market sweep"))
        self.title = QLineEdit(self.tr("Markets are moving: check in with…"), self)
        self.title.setObjectName("sweep_title")
        self.segment = QComboBox(self)
        self.segment.setObjectName("sweep_segment")
        self.segment.addItem(self.tr("All clients"), "clients")
        for tier in ("A", "B", "C"):
            self.segment.addItem(self.tr("Clients of tier %1").replace("%1", tier), f"tier:{tier}")
        tags = sorted({tag for person in list_people(editor.notebook) for tag in person.tags})
        for tag in tags:
            self.segment.addItem(self.tr("Tag: %1").replace("%1", tag), f"tag:{tag}")
        self.days = QSpinBox(self)
        self.days.setObjectName("sweep_days")
        self.days.setRange(1, 30)
        self.days.setValue(5)
        self.days.setSuffix(self.tr(" business days"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.segment.currentIndexChanged.connect(self._update)
        self.days.valueChanged.connect(self._update)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the calls"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Who"), self.segment)
        form.addRow(self.tr("&Within"), self.days)
        form.addRow(self.summary)
        form.addRow(buttons)
        self._update()

    def _update(self) -> None:
        try:
            count = len(segment_people(self._editor.notebook, self.segment.currentData()))
        except ValidationError:
            count = 0
        deadline = add_business_days(self._today, self.days.value(), self._calendar)
        self.summary.setText(
            self.tr("%1 people to call by %2. Each shows on Today until reached.")
            .replace("%1", str(count))
            .replace("%2", format_date(deadline))
        )

    def save(self) -> None:
        try:
            self.sweep_id = self._editor.apply(
                start_sweep,
                title=self.title.text(),
                segment=self.segment.currentData(),
                started_on=self._today,
                business_days=self.days.value(),
            )
        except ValidationError as exc:
            self.summary.setText(f"⚠ {user_message(exc)}")
            return
        self.accept()
