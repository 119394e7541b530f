"""The contacts logged with a person (calls, meetings): the table on the Check-ins tab."""

from __future__ import annotations

from relnotebook.core.checkins.openers import clock_text
from relnotebook.core.checkins.service import ContactView
from relnotebook.core.models import Channel, Initiator, Outcome
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.table_model import RowsTableModel


class ContactsTableModel(RowsTableModel[ContactView]):
    DATE, HOW, WHO, OUTCOME, LENGTH, NOTE = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("How"),
            self.tr("Started by"),
            self.tr("Outcome"),
            self.tr("Length"),
            self.tr("Note"),
        )

    def text(self, row: ContactView, column: int) -> str:
        if column == self.DATE:
            return format_date(row.on)
        if column == self.HOW:
            return {
                Channel.PHONE: self.tr("Phone"),
                Channel.MEETING: self.tr("Meeting"),
                Channel.VIDEO: self.tr("Video"),
                Channel.EMAIL: self.tr("Email"),
            }[row.channel]
        if column == self.WHO:
            return self.tr("Me") if row.initiated_by == Initiator.ME else self.tr("Them")
        if column == self.OUTCOME:
            return {
                Outcome.REACHED: self.tr("Reached"),
                Outcome.LEFT_MESSAGE: self.tr("Left a message"),
                Outcome.NO_ANSWER: self.tr("No answer"),
            }[row.outcome]
        if column == self.LENGTH:  # timed by the call dialog; blank when not timed
            return clock_text(row.duration_seconds) if row.duration_seconds else ""
        if column == self.NOTE:
            return row.note
        return ""
