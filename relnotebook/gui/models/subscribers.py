"""The newsletter's subscribers: on what basis they consented, and until when (CASL)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from relnotebook.core.referrals.newsletter import Subscriber
from relnotebook.gui.labels import basis_label, format_date
from relnotebook.gui.models.table_model import RowsTableModel


class SubscribersTableModel(RowsTableModel[Subscriber]):
    NAME, EMAIL, BASIS, EXPIRES = range(4)

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today  # what "expires soon" is measured from
        self.warning_days = 60

    def key(self, row: Subscriber) -> int:
        return row.person_id

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Email"), self.tr("Consent"), self.tr("Expires"))

    def text(self, row: Subscriber, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.EMAIL:
            return row.email or self.tr("no email address")
        if column == self.BASIS:
            return basis_label(row.basis)
        if column == self.EXPIRES:
            if row.expires_on is None:
                return self.tr("never")
            if not row.valid:
                return self.tr("expired %1").replace("%1", format_date(row.expires_on))
            soon = (row.expires_on - self.today).days <= self.warning_days
            return ("⚠ " if soon else "") + format_date(row.expires_on)
        return ""
