"""They answered "interested": when and where is the coffee? It then shows on Today that day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from relnotebook.clock import Clock
from relnotebook.gui.date_field import DateField
from relnotebook.gui.dialogs.form import FormDialog


class CoffeeDialog(FormDialog):
    """Interested: when is the coffee? It then shows on Today that day."""

    def __init__(self, name: str, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CoffeeDialog", "Coffee with %1").replace("%1", name),
            parent,
        )
        self.when = DateField(clock, clock.today() + dt.timedelta(days=7), self)
        self.when.setAccessibleName(self.tr("Date of the coffee"))
        self.where = QLineEdit(self)
        self.where.setPlaceholderText(self.tr("Where, what time (optional)"))
        self.form.addRow(QLabel(self.tr("They would like a coffee. When is it?"), self))
        self.add_row(self.tr("&Date"), self.when)
        self.add_row(self.tr("&Where"), self.where)
        self.finish(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        if self.read_date(self.when) is not None:
            self.accept()
