"""On the person page: referrals with this person, and their newsletter consent (CASL)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.models import ReferralKind
from relnotebook.core.people.views import PersonPage
from relnotebook.core.referrals.newsletter import current_status, history
from relnotebook.core.referrals.service import person_balance, person_referrals
from relnotebook.gui.dialogs.consent import ConsentDialog
from relnotebook.gui.labels import (
    basis_label,
    format_date,
    newsletter_status_label,
    referral_kind_label,
)
from relnotebook.gui.models.referrals import ReferralsTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


class PersonReferralsPanel(QWidget):
    new_referral_requested = Signal(int)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self._person: PersonPage | None = None
        self.balance = QLabel(self)
        self.balance.setObjectName("referral_balance")
        self.balance.setWordWrap(True)
        self.model = ReferralsTableModel(self)
        self.table = list_table(self, "person_referrals", self.model, self.tr("Referrals"))
        self.new_button = QPushButton(self.tr("&New referral…"), self)
        self.new_button.clicked.connect(
            lambda: self._person and self.new_referral_requested.emit(self._person.id)
        )
        self.newsletter = QLabel(self)
        self.newsletter.setObjectName("newsletter_status")
        self.newsletter.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Record newsletter &answer…"), self)
        self.consent_button.clicked.connect(self._consent)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch()
        newsletter_row = QHBoxLayout()
        newsletter_row.addWidget(self.newsletter, 1)
        newsletter_row.addWidget(self.consent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(newsletter_row)

    def show_person(self, person: PersonPage) -> None:
        self._person = person
        notebook = self._editor.notebook
        balance = person_balance(notebook, person.id)

        def counts(by_kind: dict[ReferralKind, int]) -> str:
            parts = [f"{n} {referral_kind_label(k).lower()}" for k, n in by_kind.items() if n]
            return ", ".join(parts) or self.tr("none")

        self.balance.setText(
            self.tr("Received from %1: %2. Given to %1: %3.")
            .replace("%1", person.name)
            .replace("%2", counts(balance.received))
            .replace("%3", counts(balance.given))
        )
        self.model.set_rows(person_referrals(notebook, person.id))
        status = current_status(notebook, person.id)
        text = self.tr("Newsletter: %1").replace(
            "%1", newsletter_status_label(status.status if status else None)
        )
        if status is not None and status.basis is not None:
            text += f" · {basis_label(status.basis)}"
        if status is not None and status.expires_on is not None:
            text += " · " + self.tr("expires %1").replace("%1", format_date(status.expires_on))
        records = len(history(notebook, person.id))
        if records:
            text += " · " + self.tr("consent records kept: %1").replace("%1", str(records))
        self.newsletter.setText(text)

    def _consent(self) -> None:
        if self._person is not None:
            ConsentDialog(self._editor, self._person, self._clock, self).exec()
