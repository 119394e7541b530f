"""Today's prompts as a table: what to do, for whom, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relnotebook.gui.labels import format_date
from relnotebook.gui.table_model import RowsTableModel
from relnotebook.models import SignalKind
from relnotebook.prompts import Prompt, PromptKind


def _t(text: str) -> str:
    return QCoreApplication.translate("today", text)


def prompt_kind_label(kind: PromptKind) -> str:
    return {
        PromptKind.NEXT_DAY_NOTE: _t("Next-day note"),
        PromptKind.COFFEE_INVITATION: _t("Coffee invitation"),
        PromptKind.ASK_HOW_IT_WENT: _t("Ask how it went"),
        PromptKind.NEWSLETTER_OFFER: _t("Newsletter offer"),
        PromptKind.FOLLOW_UP: _t("Follow-up"),
    }[kind]


def signal_kind_label(kind: SignalKind) -> str:
    return {
        SignalKind.NEXT_DAY_NOTE: _t("Next-day thank-you"),
        SignalKind.COFFEE_INVITATION: _t("Coffee invitation"),
        SignalKind.ASK_HOW_IT_WENT: _t("Ask how it went"),
        SignalKind.NEWSLETTER_OFFER: _t("Newsletter offer"),
        SignalKind.OTHER: _t("Other message"),
    }[kind]


def reason(prompt: Prompt) -> str:
    """Why the prompt is there: "Met at … on 20 Nov 2026 · mentioned: … · busy until …"."""
    parts = []
    if prompt.follow_up is not None:
        if prompt.follow_up.kind == "coffee":
            parts.append(
                _t("coffee planned for %1").replace("%1", format_date(prompt.follow_up.due_on))
            )
        else:
            parts.append(
                _t("follow-up planned for %1").replace("%1", format_date(prompt.follow_up.due_on))
            )
        if prompt.follow_up.text:
            parts.append(prompt.follow_up.text)
    if prompt.meeting is not None:
        parts.append(
            _t("Met at %1 on %2")
            .replace("%1", prompt.meeting.event_name)
            .replace("%2", format_date(prompt.meeting.date))
        )
    if prompt.detail is not None:
        ended = prompt.detail.ends_on or prompt.detail.starts_on
        if prompt.kind == PromptKind.ASK_HOW_IT_WENT and ended:
            parts.append(
                _t("mentioned: %1, ended %2")
                .replace("%1", prompt.detail.text)
                .replace("%2", format_date(ended))
            )
        else:
            parts.append(_t("mentioned: %1").replace("%1", prompt.detail.text))
    if prompt.busy_until is not None:
        parts.append(_t("busy until %1").replace("%1", format_date(prompt.busy_until)))
    if prompt.good_prospect and prompt.suggested == SignalKind.NEWSLETTER_OFFER:
        parts.append(_t("good prospect, never offered the newsletter"))
    return " · ".join(parts)


class TodayTableModel(RowsTableModel[Prompt]):
    WHAT, WHY = range(2)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("To do"), self.tr("Why"))

    def text(self, row: Prompt, column: int) -> str:
        if column == self.WHAT:
            what = (
                self.tr("Coffee with %1").replace("%1", row.person_name)
                if row.follow_up is not None and row.follow_up.kind == "coffee"
                else f"{prompt_kind_label(row.kind)} — {row.person_name}"
            )
            return what
        if column == self.WHY:
            return reason(row)
        return ""
