"""Record a person's consent to the newsletter: on what basis, since when (CASL)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.models import ConsentBasis, NewsletterStatus
from relnotebook.core.people.views import PersonPage
from relnotebook.core.referrals.newsletter import record_consent
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.dialogs.form import FormDialog
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import basis_label, newsletter_status_label
from relnotebook.gui.undo import Editor


class ConsentDialog(FormDialog):
    """Record a newsletter answer and how consent was given: the proof CASL asks for."""

    def __init__(
        self, editor: Editor, person: PersonPage, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ConsentDialog", "Newsletter: %1").replace(
                "%1", person.name
            ),
            parent,
        )
        self._editor = editor
        self._person = person
        self._clock = clock
        self.status = QComboBox(self)
        for status in (
            NewsletterStatus.SUBSCRIBED,
            NewsletterStatus.DECLINED,
            NewsletterStatus.UNSUBSCRIBED,
        ):
            self.status.addItem(newsletter_status_label(status), status.value)
        self.basis = QComboBox(self)
        for basis in ConsentBasis:
            self.basis.addItem(basis_label(basis), basis.value)
        self.status.currentIndexChanged.connect(
            lambda: self.basis.setEnabled(self.status.currentData() == "subscribed")
        )
        self.day = DateField(clock, parent=self)
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
                today=self._clock.today(),
            )
        except ValidationError as exc:
            self.show_error(user_message(exc))
            return
        self.accept()
