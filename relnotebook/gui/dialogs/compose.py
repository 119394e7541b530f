"""Write a low-pressure message: pick the template and the detail, edit, send it your way.

The app never sends anything. It opens the user's mail client with the draft, copies it, or saves
an .eml file; when the mail client cannot be opened it says so and offers the other two. "Mark as
sent" then records the final text on the person's history. A live check under the draft flags
business words, a missing way out, length and a suggested phone call, in a box that cannot be
missed; it advises and never blocks, but "Mark as sent" asks first while it still finds something.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core import settings
from relnotebook.core.models import FrenchForm, Language, SignalKind
from relnotebook.core.outreach.drafts import (
    default_kind,
    mentionable_details,
    message_context,
    person_form,
)
from relnotebook.core.outreach.messages.render import (
    BUILTIN_KINDS,
    MessageContext,
    TemplateError,
    builtin_source,
    render,
)
from relnotebook.core.outreach.messages.user_templates import list_templates
from relnotebook.core.outreach.outbox import eml_bytes, mailto_url, new_message_id, save_eml
from relnotebook.core.outreach.pressure import Advice, check_message
from relnotebook.core.outreach.rules import Prompt
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people.service import get_person
from relnotebook.core.people.views import DetailView, PersonPage
from relnotebook.errors import ValidationError
from relnotebook.gui.dialogs.sending import MailFallback, ask_mail_fallback, ask_send_anyway
from relnotebook.gui.error_messages import failure_reason, user_message
from relnotebook.gui.labels import kind_label, language_label, signal_kind_label
from relnotebook.gui.panels.address_choice import AddressChoice
from relnotebook.gui.panels.warnings import WarningArea
from relnotebook.gui.undo import Editor


@dataclass(frozen=True)
class TemplateChoice:
    label: str
    kind: SignalKind
    reference: str  # "builtin:<kind>" or "user:<id>"
    source: str | None  # None: the built-in one, in the chosen language


def advice_text(advice: Advice) -> str:
    """One sentence per advice, in the user's language."""
    if advice.code == "business_words":
        return QCoreApplication.translate(
            "compose", "Business words in an unrelated-topic message: %1. Keep it about them."
        ).replace("%1", ", ".join(advice.words))
    if advice.code == "no_way_out":
        return QCoreApplication.translate(
            "compose",
            "No easy way out: add something like “no pressure” or “when things calm down”.",
        )
    if advice.code == "too_long":
        return QCoreApplication.translate(
            "compose", "Long for a first message: %1 words (aim under 120)."
        ).replace("%1", str(advice.count))
    if advice.code == "suggests_phone":
        return QCoreApplication.translate(
            "compose", "It suggests a phone call: email lets them answer when they like."
        )
    if advice.code == "urgency":
        return QCoreApplication.translate(
            "compose", "It hurries them (%1): a signal leaves them in control."
        ).replace("%1", ", ".join(advice.words))
    if advice.code == "sales_pitch":
        return QCoreApplication.translate(
            "compose", "It sounds like a sales pitch (%1): keep it about them."
        ).replace("%1", ", ".join(advice.words))
    return advice.english  # a finding newer than this list: in English rather than as a code


def template_error_text(error: TemplateError) -> str:
    """Why a template cannot be used, with the line when known; shown instead of a draft."""
    line = (
        QCoreApplication.translate("compose", " (line %1)").replace("%1", str(error.line))
        if error.line
        else ""
    )
    return (
        QCoreApplication.translate("compose", "⚠ This template cannot be used%1: %2")
        .replace("%1", line)
        .replace("%2", error.message)
    )


class ComposeDialog(QDialog):
    def __init__(
        self,
        editor: Editor,
        person_id: int,
        *,
        prompt: Prompt | None = None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._prompt = prompt
        self.today = today  # the day the message would be sent
        person = get_person(editor.notebook, person_id)
        if person is None:
            raise LookupError(f"person {person_id} no longer exists")
        self.person: PersonPage = person
        self.sent_id: int | None = None
        self._drafted = ""
        self._channel = "email"
        self._message_id = ""  # the Message-ID of the .eml saved, recorded with it
        self.setWindowTitle(self.tr("Message to %1").replace("%1", person.name))
        self.resize(760, 620)

        self.email = person.fields.emails[0] if person.fields.emails else ""
        self.to_label = QLabel(self)
        self.to_label.setObjectName("compose_to")
        self.to_label.setWordWrap(True)
        self.to_label.setTextFormat(Qt.TextFormat.PlainText)
        self.to_label.setText(
            f"{person.name} <{self.email}>"
            if self.email
            else self.tr(
                "⚠ %1 has no email address in the notebook: use Copy, and paste the message "
                "where you reach them."
            ).replace("%1", person.name)
        )
        self.template = QComboBox(self)
        self.template.setObjectName("compose_template")
        self.detail = QComboBox(self)
        self.detail.setObjectName("compose_detail")
        self.language = QComboBox(self)
        self.language.setObjectName("compose_language")
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        self.language.setCurrentIndex(self.language.findData(person.fields.language.value))
        self.address = AddressChoice(self._person_french_form(), self)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("compose_subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("compose_body")
        self.body.setAccessibleName(self.tr("Message"))
        self.warnings = WarningArea(self)
        self.advice = self.warnings.text  # what the check found, one line each
        self.advice.setObjectName("compose_advice")
        self.advices: list[Advice] = []
        self.status = QLabel(self)  # what Copy, Save or the mail app did
        self.status.setObjectName("compose_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self._templates = self._template_choices()
        for choice in self._templates:
            self.template.addItem(choice.label)
        self._details = mentionable_details(person)
        self.detail.addItem(self.tr("No detail"))
        for detail in self._details:
            self.detail.addItem(
                self.tr("%1: %2").replace("%1", kind_label(detail.kind)).replace("%2", detail.text)
            )
        self._preselect()

        self.mail_button = QPushButton(self.tr("Open in &mail app"), self)
        self.mail_button.setEnabled(bool(self.email))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.eml_button = QPushButton(self.tr("Save as .&eml…"), self)
        self.sent_button = QPushButton(self.tr("Mark as &sent"), self)
        self.sent_button.setDefault(False)
        self.sent_button.setAutoDefault(False)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAutoDefault(False)
        self.mail_button.clicked.connect(self.open_in_mail_app)
        self.copy_button.clicked.connect(self.copy)
        self.eml_button.clicked.connect(self.save_eml)
        self.sent_button.clicked.connect(self.mark_as_sent)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.mark_as_sent)
        self.template.currentIndexChanged.connect(self._choice_changed)
        self.detail.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._show_address)
        self.address.changed.connect(self._choice_changed)
        self.address.remember.connect(self._remember_form)
        self.body.textChanged.connect(self.check)

        form = QFormLayout()
        form.addRow(self.tr("To"), self.to_label)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("&About"), self.detail)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("F&orm of address"), self.address)
        self._form_layout = form
        self._show_address()
        form.addRow(self.tr("S&ubject"), self.subject)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                # the last letter's ink may pass its advance ("Template", « Tu ou vous »): room
                label.setContentsMargins(0, 0, 3, 0)
        buttons = QHBoxLayout()
        for button in (self.mail_button, self.copy_button, self.eml_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.sent_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.redraft()
        self.body.setFocus()

    # Choices
    def _template_choices(self) -> list[TemplateChoice]:
        choices = [
            TemplateChoice(
                signal_kind_label(SignalKind(kind)), SignalKind(kind), f"builtin:{kind}", None
            )
            for kind in BUILTIN_KINDS
        ]
        for template in list_templates(self._editor.notebook):
            choices.append(
                TemplateChoice(
                    self.tr("%1 (yours, %2)")
                    .replace("%1", template.name)
                    .replace("%2", language_label(template.language)),
                    template.kind,
                    template.reference,
                    template.source,
                )
            )
        return choices

    def _preselect(self) -> None:
        prompt = self._prompt
        wanted = default_kind(prompt, self._details)
        index = next(
            (i for i, c in enumerate(self._templates) if c.reference == f"builtin:{wanted}"), 0
        )
        self.template.setCurrentIndex(index)
        detail_id = prompt.detail.id if prompt and prompt.detail else None
        ids = [d.id for d in self._details]
        if detail_id in ids:
            self.detail.setCurrentIndex(ids.index(detail_id) + 1)
        elif self._details:
            self.detail.setCurrentIndex(1)  # the most recent one

    def chosen_template(self) -> TemplateChoice:
        return self._templates[max(0, self.template.currentIndex())]

    def chosen_detail(self) -> DetailView | None:
        index = self.detail.currentIndex()
        return self._details[index - 1] if index > 0 else None

    def chosen_language(self) -> str:
        return self.language.currentData() or Language.FRENCH.value

    # Drafting
    def _person_french_form(self) -> str:
        """How a French message addresses them: their form, else the Settings default."""
        fields = replace(self.person.fields, language=Language.FRENCH)
        return person_form(fields, settings.read_all(self._editor.notebook)) or "tu"

    def chosen_form(self) -> str | None:
        """« tu » or « vous » for a French message, as chosen (the person's at first)."""
        if self.chosen_language() != Language.FRENCH.value:
            return None
        return self.address.chosen()

    def _show_address(self) -> None:
        self._form_layout.setRowVisible(
            self.address, self.chosen_language() == Language.FRENCH.value
        )

    def _remember_form(self, form: str) -> None:
        self._editor.edit_person(
            self.person.id, {"french_form": FrenchForm(form)}, self.person.version
        )
        self.person = get_person(self._editor.notebook, self.person.id) or self.person

    def context(self) -> MessageContext:
        """What the template knows: built by the core, as `relnotebook draft` builds it."""
        return message_context(
            self.person,
            today=self.today,
            language=self.chosen_language(),
            form=self.chosen_form(),
            detail=self.chosen_detail(),
            meeting=self._prompt.meeting if self._prompt and self._prompt.meeting else None,
            sender_name=settings.get_text(self._editor.notebook, settings.SENDER_NAME),
        )

    def edited(self) -> bool:
        """The user changed the draft since the template wrote it."""
        return self.body.toPlainText() != self._drafted

    def _ask(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is confirm

    def _choice_changed(self) -> None:
        """A new template, detail or language drafts again, but never over the user's edits
        without asking."""
        if self.edited() and not self._ask(
            self.tr("Replace your text?"),
            self.tr("You edited the message. Replace it with a new draft?"),
            self.tr("Replace"),
        ):
            return
        self.redraft()

    def reject(self) -> None:
        if (
            self.sent_id is None
            and self.edited()
            and not self._ask(
                self.tr("Discard your message?"),
                self.tr("You edited this message and did not mark it as sent. Discard it?"),
                self.tr("Discard"),
            )
        ):
            return
        super().reject()

    def redraft(self) -> None:
        """Draft again from the template (the user's edits to the text are replaced)."""
        choice = self.chosen_template()
        try:
            context = self.context()
            source = choice.source or builtin_source(
                choice.kind.value, context.language, context.form
            )
            message = render(source, context)
        except TemplateError as exc:
            self.subject.clear()
            self.body.clear()
            self._drafted = ""
            self._set_sendable(False)
            self.advices = []
            self.warnings.show_problem(template_error_text(exc))
            return
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)
        self._drafted = message.body
        self._set_sendable(True)
        self.check()

    def _set_sendable(self, sendable: bool) -> None:
        self.mail_button.setEnabled(sendable and bool(self.email))
        for button in (self.copy_button, self.eml_button, self.sent_button):
            button.setEnabled(sendable)

    def check(self) -> None:
        if not self.sent_button.isEnabled() and not self.body.toPlainText():
            return
        found = check_message(
            self.body.toPlainText(),
            language=self.chosen_language(),
            kind=self.chosen_template().kind.value,
        )
        self.advices = found
        if found:
            self.warnings.show_findings(
                self.tr("⚠ Before you send it, read it again: it may put pressure on them."),
                [advice_text(a) for a in found],
            )
        else:
            self.warnings.show_clear(self.tr("✓ Low pressure: about them, short, easy to decline."))

    # Sending, the user's way
    def open_in_mail_app(self) -> None:
        """Hand the draft to the mail app; when none opens, say so and offer Save or Copy."""
        if not self.email:
            return
        message_id = new_message_id(self.today)  # how the mail log knows the answer
        url = mailto_url(
            self.email, self.subject.text(), self.body.toPlainText(), message_id=message_id
        )
        if QDesktopServices.openUrl(QUrl(url)):
            self._channel = "email"
            self._message_id = message_id
            self.status.setText(self.tr("Handed to your mail app: send it from there."))
            return
        self.status.setText(self.tr("⚠ Your mail app could not be opened."))
        choice = ask_mail_fallback(self)
        if choice == MailFallback.SAVE:
            self.save_eml()
        elif choice == MailFallback.COPY:
            self.copy()

    def copy(self) -> None:
        self._channel = "copy"
        text = self.body.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.status.setText(
            self.tr("Copied. Paste it where you reach %1.").replace("%1", self.person.name)
        )

    def save_eml(self) -> None:
        suggested = Path.home() / f"{self.person.name}.eml"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the message"), str(suggested), self.tr("Email (*.eml)")
        )
        if not path:
            return
        message_id = new_message_id(self.today)  # how the mail log will know the answer
        data = eml_bytes(
            self.email,
            self.subject.text(),
            self.body.toPlainText(),
            sender=settings.get_text(self._editor.notebook, settings.SENDER_NAME),
            message_id=message_id,
        )
        try:
            save_eml(self._editor.notebook.path, Path(path), data)
        except OSError as exc:
            self.status.setText(self.tr("⚠ Could not save: %1").replace("%1", failure_reason(exc)))
            return
        self._channel = "eml"
        self._message_id = message_id
        self.status.setText(self.tr("Saved to %1. Open it with your mail app.").replace("%1", path))

    def mark_as_sent(self) -> None:
        if not self.sent_button.isEnabled():
            return
        self.check()  # what the text says now
        if self.advices and not ask_send_anyway(self, [advice_text(a) for a in self.advices]):
            return
        choice = self.chosen_template()
        detail = self.chosen_detail()
        try:
            self.sent_id = self._editor.apply(
                record_signal,
                self.person.id,
                kind=choice.kind,
                body=self.body.toPlainText(),
                subject=self.subject.text(),
                sent_on=self.today,
                template=choice.reference,
                detail_id=detail.id if detail else None,
                channel=self._channel,
                message_id=self._message_id if self._channel in ("eml", "email") else "",
            )
        except ValidationError as exc:
            self.status.setText(f"⚠ {user_message(exc)}")
            return
        self.accept()
