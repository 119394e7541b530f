"""The referrals ledger: who sent whom to whom, of what kind, and what came of it."""

from __future__ import annotations

from relnotebook.core.models import ReferralDirection
from relnotebook.core.referrals.rules import ReferralView
from relnotebook.gui.labels import format_date, referral_kind_label, referral_outcome_label
from relnotebook.gui.models.table_model import RowsTableModel


class ReferralsTableModel(RowsTableModel[ReferralView]):
    DATE, DIRECTION, PARTNER, REFERRED, KIND, OUTCOME = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Direction"),
            self.tr("With"),
            self.tr("Referred"),
            self.tr("Kind"),
            self.tr("Outcome"),
        )

    def text(self, row: ReferralView, column: int) -> str:
        if column == self.DATE:
            return format_date(row.on)
        if column == self.DIRECTION:
            return (
                self.tr("Received")
                if row.direction == ReferralDirection.RECEIVED
                else self.tr("Given")
            )
        if column == self.PARTNER:
            return row.partner_name
        if column == self.REFERRED:
            return row.referred_name
        if column == self.KIND:
            return referral_kind_label(row.kind)
        if column == self.OUTCOME:
            return referral_outcome_label(row.outcome)
        return ""

    def sort_key(self, row: ReferralView, column: int) -> object:
        return row.on.isoformat() if column == self.DATE else super().sort_key(row, column)
