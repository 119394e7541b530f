"""The small record-something dialogs: labelled fields, a line for what is wrong, Save/Cancel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from relnotebook.gui.date_field import DateField


class FormDialog(QDialog):
    """Subclasses add rows with `add_row`, then call `finish()`; `save()` does the work."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)

    def add_row(self, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)

    def finish(
        self, ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
    ) -> QDialogButtonBox:
        buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(self.error)
        self.form.addRow(buttons)
        return buttons

    def show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")

    def read_date(self, field: DateField) -> dt.date | None:
        """The date typed, or None after saying what is wrong with it."""
        day = field.date()
        if day is None:
            self.show_error(field.error())
        return day

    def save(self) -> None:
        raise NotImplementedError
