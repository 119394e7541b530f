"""Connecting to a notebook on a PostgreSQL server: the address, then the password if the
server wants one.

The password is never written to a file: it is typed when asked, and kept in the system keyring
only if the user ticks the box (after the server accepted it).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from relnotebook.errors import SentenceError
from relnotebook.gui.error_messages import user_message
from relnotebook.store import server


class ConnectDialog(QDialog):
    """Asks for the server address (`postgresql://user@host/dbname`); accepted only once it
    reads as one, without a password in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a Server"))
        self.address = QLineEdit(self)
        self.address.setMinimumWidth(380)  # a whole address in view
        self.address.setPlaceholderText("postgresql://user@host/dbname")
        self.address.setAccessibleName(self.tr("Server address"))
        intro = QLabel(
            self.tr(
                "Open a notebook kept in a PostgreSQL database, to use it from several "
                "computers. Type its address; the password, if the server wants one, is "
                "asked next."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.chosen: str | None = None

    def accept(self) -> None:
        text = self.address.text().strip()
        try:
            server.ServerLocation.parse(text)
        except SentenceError as exc:  # not an address, or one with a password in it
            self.error.setText(f"⚠ {user_message(exc)}")
            self.error.show()
            self.adjustSize()  # the sentence in full, wrapped
            self.address.setFocus()
            return
        self.chosen = text
        super().accept()


class PasswordDialog(QDialog):
    """The password for one account on the server, and whether to keep it in the keyring."""

    def __init__(self, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password"))
        label = QLabel(self.tr("The server wants the password of %1.").replace("%1", account))
        label.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(360)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("&Remember it in the system keyring"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)


class PasswordPrompt:
    """`server.PasswordPrompt` with a dialog; remembers what was typed until `keep` is told
    the server accepted it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._typed: str | None = None
        self._remember = False

    def __call__(self, account: str) -> str | None:
        dialog = PasswordDialog(account, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._typed, self._remember = dialog.password.text(), dialog.remember.isChecked()
        return self._typed

    def keep(self, location: server.ServerLocation) -> None:
        """The notebook opened: keep the typed password in the keyring if the user asked."""
        if self._typed is not None and self._remember:
            server.remember_password(location, self._typed)
        self._typed = None
