"""On the person page: referrals with this person, and their newsletter consent (CASL)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.models import ConsentBasis, NewsletterStatus, ReferralKind
from relnotebook.core.people.views import PersonPage
from relnotebook.core.referrals.newsletter import current_status, history, record_consent
from relnotebook.core.referrals.service import person_balance, person_referrals
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.form_dialog import FormDialog
from relnotebook.gui.labels import basis_label, format_date, referral_kind_label
from relnotebook.gui.referrals_page import ReferralsTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


def status_label(status: NewsletterStatus | None) -> str:
    return {
        None: QCoreApplication.translate("newsletter", "Not asked"),
        NewsletterStatus.NOT_ASKED: QCoreApplication.translate("newsletter", "Not asked"),
        NewsletterStatus.SUBSCRIBED: QCoreApplication.translate("newsletter", "Subscribed"),
        NewsletterStatus.DECLINED: QCoreApplication.translate("newsletter", "Declined"),
        NewsletterStatus.UNSUBSCRIBED: QCoreApplication.translate("newsletter", "Unsubscribed"),
    }[status]


class ConsentDialog(FormDialog):
    """Record a newsletter answer and how consent was given: the proof CASL asks for."""

    def __init__(self, editor: Editor, person: PersonPage, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("ConsentDialog", "Newsletter: %1").replace(
                "%1", person.name
            ),
            parent,
        )
        self._editor = editor
        self._person = person
        self.status = QComboBox(self)
        for status in (
            NewsletterStatus.SUBSCRIBED,
            NewsletterStatus.DECLINED,
            NewsletterStatus.UNSUBSCRIBED,
        ):
            self.status.addItem(status_label(status), status.value)
        self.basis = QComboBox(self)
        for basis in ConsentBasis:
            self.basis.addItem(basis_label(basis), basis.value)
        self.status.currentIndexChanged.connect(
            lambda: self.basis.setEnabled(self.status.currentData() == "subscribed")
        )
        self.day = DateField(dt.date.today(), self)
        self.day.setAccessibleName(self.tr("Date"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. said yes at the chamber of commerce cocktail"))
        for label, field in (
            (self.tr("&Answer"), self.status),
            (self.tr("&Consent"), self.basis),
            (self.tr("&Date"), self.day),
            (self.tr("&Note"), self.note),
        ):
            self.add_row(label, field)
        self.finish()

    def save(self) -> None:
        day = self.read_date(self.day)
        if day is None:
            return
        status = NewsletterStatus(self.status.currentData())
        try:
            self._editor.apply(
                record_consent,
                self._person.id,
                status=status,
                on=day,
                basis=ConsentBasis(self.basis.currentData())
                if status == NewsletterStatus.SUBSCRIBED
                else None,
                note=self.note.text(),
            )
        except ValidationError as exc:
            self.show_error(user_message(exc))
            return
        self.accept()


class PersonReferralsPanel(QWidget):
    new_referral_requested = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
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
            "%1", status_label(status.status if status else None)
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
            ConsentDialog(self._editor, self._person, self).exec()
