"""Record a referral: who sent whom to whom, what kind of relationship it came from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.models import ReferralDirection, ReferralKind, ReferralOutcome
from relnotebook.core.people.views import PersonFields, PersonSummary
from relnotebook.core.referrals.rules import check_referral
from relnotebook.core.validation import split_name
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.dialogs.form import FormDialog
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import referral_kind_label, referral_outcome_label
from relnotebook.gui.undo import Editor

NEW_PERSON = -1


class ReferralDialog(FormDialog):
    def __init__(
        self,
        editor: Editor,
        people: Sequence[PersonSummary],
        *,
        partner_id: int | None = None,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New referral"), parent)
        self._editor = editor
        self._today = clock.today()
        self.referral_id: int | None = None
        ordered = sorted(people, key=lambda p: p.name.casefold())
        self.direction = QComboBox(self)
        self.direction.addItem(
            self.tr("I received it: they sent me someone"), ReferralDirection.RECEIVED.value
        )
        self.direction.addItem(
            self.tr("I gave it: I sent someone to them"), ReferralDirection.GIVEN.value
        )
        # Typed, with completion, and empty until chosen: a default (the first name in the
        # list) would be a wrong attribution waiting to happen.
        self.partner = QComboBox(self)
        self.partner.setObjectName("referral_partner")
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = []
        for person in ordered:
            self.partner.addItem(person.name, person.id)
            names.append(person.name)
        completer = QCompleter(names, self.partner)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.partner.setCompleter(completer)
        line = self.partner.lineEdit()
        if line is not None:  # (always, the box being editable)
            line.setPlaceholderText(self.tr("Type a name"))
        self.partner.setCurrentIndex(self.partner.findData(partner_id) if partner_id else -1)
        self.referred = QComboBox(self)
        self.referred.setObjectName("referral_referred")
        self.referred.addItem(self.tr("Not recorded"), None)
        self.referred.addItem(self.tr("Someone new (type the name below)"), NEW_PERSON)
        for person in ordered:
            self.referred.addItem(person.name, person.id)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("referral_new_name")
        self.new_name.setPlaceholderText(self.tr("Name of the person referred"))
        self.new_name.textEdited.connect(self._new_name_typed)
        self.kind = QComboBox(self)
        for kind in ReferralKind:
            self.kind.addItem(referral_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(ReferralKind.TRUST.value))
        self.outcome = QComboBox(self)
        for outcome in ReferralOutcome:
            self.outcome.addItem(referral_outcome_label(outcome), outcome.value)
        self.day = DateField(clock, parent=self)
        self.day.setAccessibleName(self.tr("Date of the referral"))
        self.note = QLineEdit(self)
        for label, field in (
            (self.tr("&Direction"), self.direction),
            (self.tr("&With"), self.partner),
            (self.tr("&Person referred"), self.referred),
            ("", self.new_name),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Outcome"), self.outcome),
            (self.tr("D&ate"), self.day),
            (self.tr("N&ote"), self.note),
        ):
            self.add_row(label, field)
        self.finish()

    def partner_id(self) -> int | None:
        """The person named in the "With" field: the one chosen, or the one whose name is typed
        in full; None when the field is empty or names nobody in the notebook."""
        text = self.partner.currentText().strip()
        index = self.partner.currentIndex()
        if not (index >= 0 and self.partner.itemText(index) == text):
            index = self.partner.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        found: int | None = self.partner.itemData(index) if index >= 0 else None
        return found

    def _new_name_typed(self, text: str) -> None:
        """Typing a new name chooses "a new person" in the list above it."""
        if text:
            self.referred.setCurrentIndex(1)

    def save(self) -> None:
        day = self.read_date(self.day)
        if day is None:
            return
        referred = self.referred.currentData()
        partner_id = self.partner_id()
        if partner_id is None:
            self.show_error(
                self.tr("Who is the referral with? Type their name and choose it in the list.")
            )
            self.partner.setFocus()
            return
        try:
            # Check everything before creating anyone: a refused referral leaves no new person.
            check_referral(
                on=day,
                partner_id=partner_id,
                referred_id=referred,
                outcome=ReferralOutcome(self.outcome.currentData()),
                note=self.note.text(),
                today=self._today,
            )
            if referred == NEW_PERSON:
                given, family = split_name(self.new_name.text())
                referred = self._editor.add_person(
                    PersonFields(given_name=given, family_name=family)
                )
            self.referral_id = self._editor.add_referral(
                on=day,
                direction=ReferralDirection(self.direction.currentData()),
                partner_id=partner_id,
                referred_id=referred,
                kind=ReferralKind(self.kind.currentData()),
                outcome=ReferralOutcome(self.outcome.currentData()),
                note=self.note.text(),
                today=self._today,
            )
        except ValidationError as exc:
            self.show_error(user_message(exc))
            return
        self.accept()
