"""Today's prompts as a table: what to do, for whom, and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from relnotebook.core.checkins.closed_days import ClosedDay
from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.sweeps import PendingCall
from relnotebook.core.checkins.tasks import TaskView
from relnotebook.core.models import SignalKind
from relnotebook.core.outreach.agenda import (
    AgendaItem,
    AgendaRow,
    MoreCheckins,
    MoreRows,
    RowItem,
    Section,
    agenda_rows,
    item_key,
    section_counts,
)
from relnotebook.core.outreach.rules import Prompt, PromptKind
from relnotebook.core.people.occasions import Occasion, OccasionKind
from relnotebook.core.referrals.newsletter import Subscriber
from relnotebook.gui.labels import format_count, format_date, to_qdate
from relnotebook.gui.models.table_model import Index, RowsTableModel


def prompt_kind_label(kind: PromptKind) -> str:
    return {
        PromptKind.NEXT_DAY_NOTE: QCoreApplication.translate("today", "Next-day note"),
        PromptKind.COFFEE_INVITATION: QCoreApplication.translate("today", "Coffee invitation"),
        PromptKind.ASK_HOW_IT_WENT: QCoreApplication.translate("today", "Ask how it went"),
        PromptKind.NEWSLETTER_OFFER: QCoreApplication.translate("today", "Newsletter offer"),
        PromptKind.FOLLOW_UP: QCoreApplication.translate("today", "Follow-up"),
        PromptKind.REPLIED: QCoreApplication.translate("today", "Reply"),
    }[kind]


def replied_reason(prompt: Prompt) -> str:
    """ "Robert replied to your coffee invitation on 5 Dec 2026" (found in the mailbox)."""
    template = {
        SignalKind.COFFEE_INVITATION: QCoreApplication.translate(
            "today", "%1 replied to your coffee invitation on %2"
        ),
        SignalKind.NEWSLETTER_OFFER: QCoreApplication.translate(
            "today", "%1 replied to your newsletter offer on %2"
        ),
    }.get(
        prompt.answered or SignalKind.OTHER,
        QCoreApplication.translate("today", "%1 replied to your message on %2"),
    )
    return template.replace("%1", prompt.person_name).replace("%2", format_date(prompt.since))


def reason(prompt: Prompt) -> str:
    """Why the prompt is there: "Met at … on 20 Nov 2026 · mentioned: … · busy until …"."""
    parts = []
    if prompt.kind == PromptKind.REPLIED:
        parts.append(replied_reason(prompt))
    if prompt.follow_up is not None:
        if prompt.follow_up.kind == "coffee":
            parts.append(
                QCoreApplication.translate("today", "coffee planned for %1").replace(
                    "%1", format_date(prompt.follow_up.due_on)
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("today", "follow-up planned for %1").replace(
                    "%1", format_date(prompt.follow_up.due_on)
                )
            )
        if prompt.follow_up.text:
            parts.append(prompt.follow_up.text)
    if prompt.meeting is not None:
        parts.append(
            QCoreApplication.translate("today", "Met at %1 on %2")
            .replace("%1", prompt.meeting.event_name)
            .replace("%2", format_date(prompt.meeting.date))
        )
    if prompt.detail is not None:
        ended = prompt.detail.ends_on or prompt.detail.starts_on
        if prompt.kind == PromptKind.ASK_HOW_IT_WENT and ended:
            parts.append(
                QCoreApplication.translate("today", "mentioned: %1, ended %2")
                .replace("%1", prompt.detail.text)
                .replace("%2", format_date(ended))
            )
        else:
            parts.append(
                QCoreApplication.translate("today", "mentioned: %1").replace(
                    "%1", prompt.detail.text
                )
            )
    if prompt.busy_until is not None:
        parts.append(
            QCoreApplication.translate("today", "busy until %1").replace(
                "%1", format_date(prompt.busy_until)
            )
        )
    if prompt.good_prospect and prompt.suggested == SignalKind.NEWSLETTER_OFFER:
        parts.append(
            QCoreApplication.translate("today", "good prospect, never offered the newsletter")
        )
    return " · ".join(parts)


def day_text(day: dt.date) -> str:
    """ "Monday 6 Sep" / "lundi 6 sept.", in the user's language."""
    return QLocale().toString(to_qdate(day), "dddd d MMM")


def closed_reason(closed: ClosedDay, by: bool = False) -> str:
    """Why it shows before its day: "due Monday 6 Sep: Labour Day", with the holiday's name in
    the user's language."""
    french = QLocale().language() == QLocale.Language.French
    when = (
        QCoreApplication.translate("today", "by %1")
        if by
        else QCoreApplication.translate("today", "due %1")
    ).replace("%1", day_text(closed.day))
    if closed.holiday is None:
        return QCoreApplication.translate("today", "%1: weekend").replace("%1", when)
    name = closed.holiday.in_language("fr" if french else "en")
    if closed.holiday_on == closed.day:
        return f"{when}: {name}" if not french else f"{when} : {name}"
    return (
        QCoreApplication.translate("today", "%1: closed until %2, %3")
        .replace("%1", when)
        .replace("%2", day_text(closed.closed_until))
        .replace("%3", name)
    )


def occasion_what(item: Occasion) -> str:
    if item.kind == OccasionKind.BIRTHDAY:
        return QCoreApplication.translate("today", "Birthday — %1").replace("%1", item.person_name)
    return QCoreApplication.translate("today", "Anniversary — %1").replace("%1", item.person_name)


def occasion_reason(item: Occasion, today: dt.date) -> str:
    """ "Birthday on Thursday 10 Dec (turns 47)"."""
    birthday = item.kind == OccasionKind.BIRTHDAY
    if item.on == today:
        text = (
            QCoreApplication.translate("today", "Birthday today")
            if birthday
            else QCoreApplication.translate("today", "Anniversary today")
        )
    else:
        text = (
            QCoreApplication.translate("today", "Birthday on %1")
            if birthday
            else QCoreApplication.translate("today", "Anniversary on %1")
        ).replace("%1", day_text(item.on))
    if item.years is not None:
        years = (
            QCoreApplication.translate("today", "turns %1")
            if birthday
            else QCoreApplication.translate("today", "%1 years")
        ).replace("%1", str(item.years))
        text += f" ({years})"
    return text


def checkin_reason(item: CheckinDue, today: dt.date) -> str:
    if item.status == DueStatus.OVERDUE:
        days = (today - item.due_on).days
        when = (
            QCoreApplication.translate("today", "overdue by %1 days (due %2)")
            .replace("%1", str(days))
            .replace("%2", format_date(item.due_on))
        )
    elif item.status == DueStatus.TODAY:
        when = QCoreApplication.translate("today", "due today")
    else:
        when = QCoreApplication.translate("today", "due %1").replace("%1", format_date(item.due_on))
    if item.closed is not None and item.status != DueStatus.OVERDUE:
        when = closed_reason(item.closed)
    parts = [
        when,
        QCoreApplication.translate("today", "every %1 days").replace("%1", str(item.cadence_days)),
    ]
    if item.last_contact is not None:
        parts.append(
            QCoreApplication.translate("today", "last contact %1").replace(
                "%1", format_date(item.last_contact)
            )
        )
    else:
        parts.append(QCoreApplication.translate("today", "no contact logged yet"))
    if item.call_them_first:
        parts.append(
            QCoreApplication.translate("today", "they called the last two times: call them first")
        )
    if item.phone:
        parts.append(item.phone)
    return " · ".join(parts)


SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's Section
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3  # "Calls due (12)" on a section's first row, else None


def section_title(section: Section) -> str:
    return {
        Section.LATE: QCoreApplication.translate("today", "Late or promised today"),
        Section.CALLS: QCoreApplication.translate("today", "Calls due"),
        Section.SWEEPS: QCoreApplication.translate("today", "Market sweep calls"),
        Section.MESSAGES: QCoreApplication.translate("today", "Messages to send"),
        Section.TASKS: QCoreApplication.translate("today", "Tasks"),
        Section.CONSENTS: QCoreApplication.translate("today", "Consents to ask for"),
        Section.COMING_UP: QCoreApplication.translate("today", "Coming up"),
    }[section]


class TodayTableModel(RowsTableModel[AgendaRow]):
    """One row per person and section (core/outreach/agenda.py merges them): `item(row)` is the
    item the row acts on, `agenda_row(row)` all of it. Texts are made when asked, from the rows
    in memory: painting never reads the notebook."""

    WHAT, WHY = range(2)

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today  # what "overdue" is measured from
        self._headers: dict[int, str] = {}

    def set_rows(self, rows: Sequence[AgendaItem | AgendaRow]) -> None:
        items = [r for r in rows if not isinstance(r, AgendaRow)]
        merged = [r for r in rows if isinstance(r, AgendaRow)] + agenda_rows(items, self.today)
        counts = section_counts(merged)
        self._headers = {}
        for number, row in enumerate(merged):
            if number == 0 or merged[number - 1].section != row.section:
                self._headers[number] = (
                    self.tr("%1 (%2)")
                    .replace("%1", section_title(row.section))
                    .replace("%2", format_count(counts[row.section]))
                )
        super().set_rows(merged)

    def item(self, row: int) -> RowItem:  # type: ignore[override]
        return self._rows[row].first

    def agenda_row(self, row: int) -> AgendaRow:
        return self._rows[row]

    def key(self, row: AgendaRow) -> str:
        return item_key(row.first)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("To do"), self.tr("Why"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SECTION_ROLE and index.isValid():
            return self._rows[index.row()].section
        if role == HEADER_ROLE and index.isValid():
            return self._headers.get(index.row())
        return super().data(index, role)

    def text(self, row: AgendaRow | RowItem, column: int) -> str:
        items = row.items if isinstance(row, AgendaRow) else (row,)
        if column == self.WHAT:
            return self._what(items[0])
        if column == self.WHY:
            # The other reasons, each on its line after the first, named by what they are.
            return "\n".join(
                [self._why(items[0])]
                + [
                    self.tr("%1: %2")
                    .replace("%1", self._label(item))
                    .replace("%2", self._why(item))
                    for item in items[1:]
                ]
            )
        return ""

    def _label(self, row: RowItem) -> str:
        """What a merged item is, without the name the row already shows."""
        if isinstance(row, Prompt):
            return prompt_kind_label(row.message_kind)
        if isinstance(row, CheckinDue):
            return self.tr("Check-in call")
        if isinstance(row, TaskView):
            return self.tr("Task: %1").replace("%1", row.title)
        if isinstance(row, Occasion):
            return occasion_what(row).split(" — ")[0]
        if isinstance(row, PendingCall):
            return self.tr("Market sweep call")
        return self._what(row)

    def _what(self, row: RowItem) -> str:
        if isinstance(row, Prompt):
            if row.follow_up is not None and row.follow_up.kind == "coffee":
                return self.tr("Coffee with %1").replace("%1", row.person_name)
            return f"{prompt_kind_label(row.message_kind)} — {row.person_name}"
        if isinstance(row, CheckinDue):
            label = {
                DueStatus.OVERDUE: self.tr("Call (overdue)"),
                DueStatus.TODAY: self.tr("Call (due today)"),
                DueStatus.UPCOMING: self.tr("Call (coming up)"),
            }[row.status]
            return f"{label} — {row.person_name}"
        if isinstance(row, TaskView):
            late = self.tr("Task (overdue)") if row.due_on < self.today else self.tr("Task")
            who = f" — {row.person_name}" if row.person_name else ""
            return f"{late}: {row.title}{who}"
        if isinstance(row, Subscriber):
            return self.tr("Ask for express consent") + f" — {row.name}"
        if isinstance(row, MoreCheckins):
            return self.tr("%1 more calls due").replace("%1", format_count(row.count))
        if isinstance(row, MoreRows):
            return self.tr("%1 more in this section").replace("%1", format_count(row.count))
        if isinstance(row, Occasion):
            return occasion_what(row)
        return self.tr("Market sweep call") + f" — {row.person_name}"

    def _why(self, row: RowItem) -> str:
        if isinstance(row, Prompt):
            return reason(row)
        if isinstance(row, CheckinDue):
            return checkin_reason(row, self.today)
        if isinstance(row, TaskView):
            if row.closed is not None:
                return closed_reason(row.closed)
            return self.tr("due %1").replace("%1", format_date(row.due_on))
        if isinstance(row, Subscriber):
            return self.tr(
                "newsletter consent implied, expires %1: ask them to confirm in writing"
            ).replace("%1", format_date(row.expires_on))
        if isinstance(row, MoreCheckins):
            return self.tr("less overdue than those above: press Enter to show them")
        if isinstance(row, MoreRows):
            return self.tr("press Enter to show them")
        if isinstance(row, Occasion):
            return occasion_reason(row, self.today)
        if row.closed is not None:
            return (
                self.tr("“%1”, %2")
                .replace("%1", row.sweep_title)
                .replace("%2", closed_reason(row.closed, by=True))
            )
        return (
            self.tr("“%1”, by %2")
            .replace("%1", row.sweep_title)
            .replace("%2", format_date(row.deadline))
        )
