"""File › Sync Settings…: the CalDAV/CardDAV server the notebook syncs with (its address and
user name; the password goes to the system keyring, never to a file), "Test connection", how
often the app syncs while open (off by default), and whom and what (`sync_scope`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core import settings
from relnotebook.core.sync.scope import Scope, choose_account
from relnotebook.errors import SentenceError, ValidationError
from relnotebook.gui.background import Progress
from relnotebook.gui.error_messages import user_message

if TYPE_CHECKING:
    from relnotebook.core.sync.dav import DavAccount
    from relnotebook.gui.controllers.sync import SyncController


class SyncSettingsDialog(QDialog):
    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        notebook = sync.notebook
        self.setWindowTitle(self.tr("Sync Settings"))
        self.url = QLineEdit(settings.get_text(notebook, settings.SYNC_URL), self)
        self.url.setPlaceholderText("https://dav.example.com/")
        self.user = QLineEdit(settings.get_text(notebook, settings.SYNC_USER), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.every = QSpinBox(self)
        minimum, maximum = settings.SYNC_EVERY_MINUTES.minimum, settings.SYNC_EVERY_MINUTES.maximum
        self.every.setRange(minimum, maximum)
        self.every.setSpecialValueText(self.tr("Only on Sync Now"))
        self.every.setSuffix(self.tr(" minutes"))
        self.every.setValue(settings.get_int(notebook, settings.SYNC_EVERY_MINUTES))
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self._scope_parts()
        form = QFormLayout()
        form.addRow(self.tr("Server &address"), self.url)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Sync &every"), self.every)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Your contacts and agenda, with your own CalDAV/CardDAV server."), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.answer)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.fresh)
        layout.addWidget(buttons)

    def _scope_parts(self) -> None:
        """Whom and what (the saved account's choice), and the fresh-start warning."""
        from relnotebook.core.sync.scope import all_tags, read_scope
        from relnotebook.gui.dialogs.sync_scope import SyncScopeBox

        account, notebook = self.sync.account(), self.sync.notebook
        scope = read_scope(notebook, account) if account is not None else None
        self.scope_box = SyncScopeBox(scope or Scope(), all_tags(notebook), self)
        self.fresh = QLabel(self)
        self.fresh.setObjectName("sync_fresh_start")
        self.fresh.setWordWrap(True)
        self.fresh.hide()
        self.url.textChanged.connect(self.show_fresh_start)
        self.user.textChanged.connect(self.show_fresh_start)

    def show_fresh_start(self) -> None:
        from relnotebook.core.sync.scope import other_accounts

        account = self.typed_account()
        others = other_accounts(self.sync.notebook, account) if account is not None else []
        self.fresh.setText(self.scope_box.fresh_start(others))
        self.fresh.setVisible(bool(others))

    def typed_account(self) -> DavAccount | None:
        from relnotebook.core.sync.dav import DavAccount

        url = self.url.text().strip()
        return DavAccount(url, self.user.text().strip()) if url else None

    def _password(self, account: DavAccount) -> str | None:
        typed = self.password.text()
        if typed or not account.user:
            return typed
        from relnotebook.core.sync.dav import account_password

        return self.sync.password or account_password(account)

    def test_connection(self) -> None:
        """Find the principal on the server, off the UI thread; the answer in one sentence."""
        account = self.typed_account()
        if account is None:
            self.answer.setText(self.tr("Type the server's address first."))
            return
        from relnotebook.core.sync.dav import Server

        password = self._password(account)

        def work(_progress: Progress) -> None:
            Server(account, password).principal()

        self.answer.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self.sync.runner.run(work, self._connected, self._not_connected, context=self)

    def _connected(self, _result: object) -> None:
        self.test_button.setEnabled(True)
        self.answer.setText(self.tr("Connected: the server answered."))

    def _not_connected(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        text = user_message(error) if isinstance(error, SentenceError) else str(error)
        self.answer.setText("⚠ " + text)

    def save(self) -> None:
        notebook = self.sync.notebook
        before = self.sync.account()
        account = self.typed_account()
        if account != before and self.sync.busy:  # its state would come back as it commits
            self.answer.setText(self.tr("A sync is going on: save when it has finished."))
            return
        try:
            settings.set_int(notebook, settings.SYNC_EVERY_MINUTES, self.every.value())
            choose_account(notebook, account, self.scope_box.scope())
        except ValidationError as exc:
            self.answer.setText("⚠ " + user_message(exc))
            return
        if account is not None and self.password.text():
            from relnotebook.core.sync.dav import keep_password

            self.sync.password = self.password.text()
            keep_password(account, self.password.text())
        elif account != before:
            self.sync.password = None  # another account: its own password
        self.sync.apply_settings()
        self.accept()
