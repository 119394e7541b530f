"""The trusted connectors: who refers people freely, how often, and when last."""

from __future__ import annotations

from relnotebook.core.referrals.rules import Connector
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.table_model import RowsTableModel


class ConnectorsTableModel(RowsTableModel[Connector]):
    NAME, COUNT, LAST = range(3)

    def key(self, row: Connector) -> int:
        return row.person_id

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Trusted connector"), self.tr("Referrals"), self.tr("Last"))

    def text(self, row: Connector, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.COUNT:
            return str(row.count)
        if column == self.LAST:
            return format_date(row.last_on)
        return ""
