"""Messages sent to a person and the answers they gave: the table on the person page."""

from __future__ import annotations

from relnotebook.core.outreach.signals import SignalView
from relnotebook.gui.labels import format_date, response_label, signal_kind_label
from relnotebook.gui.models.table_model import RowsTableModel


class SignalsTableModel(RowsTableModel[SignalView]):
    DATE, KIND, ABOUT, ANSWER = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Sent"), self.tr("Message"), self.tr("About"), self.tr("Answer"))

    def text(self, row: SignalView, column: int) -> str:
        if column == self.DATE:
            return format_date(row.sent_on)
        if column == self.KIND:
            return signal_kind_label(row.kind)
        if column == self.ABOUT:
            return row.detail_text or row.subject
        if column == self.ANSWER:
            answer = response_label(row.response)
            if row.responded_on:
                answer += f" ({format_date(row.responded_on)})"
            return answer
        return ""
