"""Settings › Mail: the mailboxes read for the mail log (core.mail), your own addresses, whether
subjects are kept, how far back the first read goes and how often the app reads again; "Read
now" with Stop; and the people you write to often who are not in the notebook, each with an
Add button (never added without it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core import settings
from relnotebook.core.mail.imap import ImapAccount, remember_password
from relnotebook.core.mail.rules import Correspondent
from relnotebook.core.mail.service import Source, SourceKind
from relnotebook.core.mail.sources import add_source, chosen_sources, remove_source
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message

if TYPE_CHECKING:
    from relnotebook.gui.controllers.mail import MailController


def _name_parts(correspondent: Correspondent) -> tuple[str, str]:
    """Given and family name from "Renée Côté", else from the address ("jean.tremblay@…")."""
    words = correspondent.name.split()
    if not words:
        local = correspondent.address.split("@")[0].replace("_", ".").replace("-", ".")
        words = [w.capitalize() for w in local.split(".") if w]
    return (words[0], " ".join(words[1:])) if words else (correspondent.address, "")


class MailSettingsDialog(QDialog):
    def __init__(self, mail: MailController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mail = mail
        self.notebook = mail.notebook
        self.setWindowTitle(self.tr("Mail"))
        self.resize(640, 620)
        notebook = self.notebook

        self.sources = QListWidget(self)
        self.sources.setObjectName("mail_sources")
        add_buttons = QHBoxLayout()
        for text, kind in (
            (self.tr("Add &IMAP account…"), SourceKind.IMAP),
            (self.tr("Add &Thunderbird profile…"), SourceKind.THUNDERBIRD),
            (self.tr("Add &Maildir…"), SourceKind.MAILDIR),
            (self.tr("Add mbo&x file…"), SourceKind.MBOX),
            (self.tr("Add .&eml folder…"), SourceKind.EML),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, k=kind: self.add(k))
            add_buttons.addWidget(button)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        add_buttons.addWidget(self.remove_button)
        sources_box = QGroupBox(self.tr("Mailboxes read (headers only; nothing is written)"), self)
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.addWidget(self.sources)
        sources_layout.addLayout(add_buttons)

        self.addresses = QPlainTextEdit(self)
        self.addresses.setObjectName("mail_my_addresses")
        self.addresses.setPlainText(settings.get_text(notebook, settings.MAIL_MY_ADDRESSES))
        self.addresses.setMaximumHeight(70)
        self.subject = QCheckBox(self.tr("Keep the &subject in the contact's note"), self)
        self.subject.setChecked(bool(settings.get_int(notebook, settings.MAIL_READ_SUBJECT)))
        self.months = QSpinBox(self)
        self.months.setRange(settings.MAIL_FIRST_MONTHS.minimum, settings.MAIL_FIRST_MONTHS.maximum)
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue(settings.get_int(notebook, settings.MAIL_FIRST_MONTHS))
        self.every = QSpinBox(self)
        self.every.setRange(
            settings.MAIL_EVERY_MINUTES.minimum, settings.MAIL_EVERY_MINUTES.maximum
        )
        self.every.setSuffix(self.tr(" minutes"))
        self.every.setValue(settings.get_int(notebook, settings.MAIL_EVERY_MINUTES))
        form = QFormLayout()
        form.addRow(self.tr("My &addresses (one a line)"), self.addresses)
        form.addRow(self.subject)
        form.addRow(self.tr("First read goes back"), self.months)
        form.addRow(self.tr("Read again every"), self.every)

        self.read_button = QPushButton(self.tr("Read &now"), self)
        self.read_button.clicked.connect(self.read_now)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.clicked.connect(mail.stop)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.read_button)
        run_row.addWidget(self.stop_button)
        run_row.addWidget(self.progress, 1)

        self.frequent_box = QGroupBox(self.tr("People you write to often, not in the notebook"))
        self.frequent_layout = QVBoxLayout(self.frequent_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sources_box)
        layout.addLayout(form)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.frequent_box, 1)
        layout.addWidget(buttons)

        mail.progressed.connect(self._progressed)
        mail.finished.connect(self.status.setText)
        mail.frequent_changed.connect(self.show_frequent)
        self.show_sources()
        self.show_frequent()

    # Mailboxes
    def show_sources(self) -> None:
        self._shown = chosen_sources(self.notebook)
        self.sources.clear()
        names = {
            SourceKind.IMAP: self.tr("IMAP"),
            SourceKind.THUNDERBIRD: self.tr("Thunderbird"),
            SourceKind.MAILDIR: self.tr("Maildir"),
            SourceKind.MBOX: self.tr("mbox"),
            SourceKind.EML: self.tr(".eml folder"),
        }
        for source in self._shown:
            self.sources.addItem(f"{names[source.kind]}: {source.label}")

    def add(self, kind: SourceKind) -> None:
        source = self._ask_imap() if kind == SourceKind.IMAP else self._ask_path(kind)
        if source is None:
            return
        try:
            add_source(self.notebook, source)
        except ValidationError as exc:
            self.status.setText(f"⚠ {user_message(exc)}")
            return
        self.show_sources()

    def _ask_path(self, kind: SourceKind) -> Source | None:
        if kind == SourceKind.MBOX:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an mbox file"))
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder"))
        return Source(kind, path) if path else None

    def _ask_imap(self) -> Source | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("IMAP account"))
        host, user, password = QLineEdit(dialog), QLineEdit(dialog), QLineEdit(dialog)
        password.setEchoMode(QLineEdit.EchoMode.Password)
        port = QSpinBox(dialog)
        port.setRange(1, 65535)
        port.setValue(993)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Server (TLS)"), host)
        form.addRow(self.tr("Port"), port)
        form.addRow(self.tr("User name"), user)
        form.addRow(self.tr("Password (kept in the system keyring)"), password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or not host.text().strip():
            return None
        account = ImapAccount(host.text().strip(), user.text().strip(), port.value())
        if password.text() and not remember_password(account, password.text()):
            self.status.setText(self.tr("⚠ No system keyring: the password could not be kept."))
        return Source(SourceKind.IMAP, account.host, account.user, account.port, account.user)

    def remove_selected(self) -> None:
        row = self.sources.currentRow()
        if 0 <= row < len(self._shown):
            remove_source(self.notebook, self._shown[row])
            self.show_sources()

    # Settings and runs
    def save(self) -> None:
        try:
            settings.set_text(
                self.notebook, settings.MAIL_MY_ADDRESSES, self.addresses.toPlainText()
            )
        except ValidationError as exc:
            self.status.setText(f"⚠ {user_message(exc)}")
            return
        settings.set_int(self.notebook, settings.MAIL_READ_SUBJECT, int(self.subject.isChecked()))
        settings.set_int(self.notebook, settings.MAIL_FIRST_MONTHS, self.months.value())
        settings.set_int(self.notebook, settings.MAIL_EVERY_MINUTES, self.every.value())
        self.mail.timer.setInterval(self.every.value() * 60 * 1000)
        self.accept()

    def read_now(self) -> None:
        settings.set_text(self.notebook, settings.MAIL_MY_ADDRESSES, self.addresses.toPlainText())
        if not self.mail.run():
            self.status.setText(
                self.tr("Add a mailbox first.") if not self._shown else self.tr("Already reading.")
            )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    # People written to often
    def show_frequent(self) -> None:
        while self.frequent_layout.count():
            item = self.frequent_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self.mail.frequent:
            self.frequent_layout.addWidget(QLabel(self.tr("No one yet (read the mail first).")))
        for correspondent in self.mail.frequent:
            row = QWidget(self.frequent_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            name = f"{correspondent.name} " if correspondent.name else ""
            line.addWidget(
                QLabel(
                    self.tr("%1<%2>: %3 messages")
                    .replace("%1", name)
                    .replace("%2", correspondent.address)
                    .replace("%3", str(correspondent.messages)),
                    row,
                ),
                1,
            )
            button = QPushButton(self.tr("Add"), row)
            button.clicked.connect(lambda _=False, c=correspondent: self.add_person(c))
            line.addWidget(button)
            self.frequent_layout.addWidget(row)

    def add_person(self, correspondent: Correspondent) -> None:
        given, family = _name_parts(correspondent)
        fields = PersonFields(given_name=given, family_name=family, emails=(correspondent.address,))
        try:
            self.mail.editor.apply(add_person, fields)
        except ValidationError as exc:
            self.status.setText(f"⚠ {user_message(exc)}")
            return
        self.mail.forget(correspondent)


def mail_tab(settings_dialog: QWidget, window: QWidget | None) -> QWidget:
    """The Settings dialog's Mail tab: a button that opens this dialog (the window's mail log,
    `window.mail_log`, runs the reads)."""
    tab = QWidget(settings_dialog)
    layout = QVBoxLayout(tab)
    text = QLabel(
        QCoreApplication.translate(
            "MailSettingsDialog",
            "Log contacts from your mailbox without typing: the app reads who wrote to whom "
            "and when (headers only, never a message's text), on this computer.",
        ),
        tab,
    )
    text.setWordWrap(True)
    button = QPushButton(
        QCoreApplication.translate("MailSettingsDialog", "&Mail sources and addresses…"), tab
    )
    button.setObjectName("settings_mail")
    mail = getattr(window, "mail_log", None)
    button.setEnabled(mail is not None)

    def open_dialog() -> None:
        if mail is not None:
            MailSettingsDialog(mail, settings_dialog).exec()

    button.clicked.connect(open_dialog)
    layout.addWidget(text)
    layout.addWidget(button)
    layout.addStretch()
    return tab
