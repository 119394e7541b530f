"""The retention review's list: people with no contact for years, and what was last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from relnotebook.core.privacy.retention import RetentionCandidate
from relnotebook.gui.labels import format_date, stage_label
from relnotebook.gui.models.table_model import RowsTableModel

NAME, ORGANISATION, STAGE, LAST_CONTACT, YEARS = range(5)


def last_kind_label(kind: str) -> str:
    return {
        "contact": QCoreApplication.translate("RetentionDialog", "call or meeting"),
        "note": QCoreApplication.translate("RetentionDialog", "note"),
        "message": QCoreApplication.translate("RetentionDialog", "message sent"),
        "event": QCoreApplication.translate("RetentionDialog", "event"),
        "recorded": QCoreApplication.translate("RetentionDialog", "recorded"),
    }.get(kind, kind)


class RetentionModel(RowsTableModel[RetentionCandidate]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Stage"),
            self.tr("Last contact"),
            self.tr("Years"),
        ]

    def text(self, row: RetentionCandidate, column: int) -> str:
        if column == NAME:
            return row.name
        if column == ORGANISATION:
            return row.organisation
        if column == STAGE:
            return stage_label(row.stage)
        if column == LAST_CONTACT:
            return (
                self.tr("%1 (%2)")
                .replace("%1", format_date(row.last_contact))
                .replace("%2", last_kind_label(row.last_kind))
            )
        return str(row.years)
