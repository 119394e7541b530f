"""The two questions of sending a message: send it despite the warnings, and what to do when the
mail app cannot be opened. Both default to the safe answer, so Enter or Esc loses nothing."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class MailFallback(enum.Enum):
    SAVE = "save"
    COPY = "copy"
    NOTHING = "nothing"


def ask_send_anyway(parent: QWidget, findings: Sequence[str]) -> bool:
    """Record the message as sent although the check still finds something? Default: No."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("sending", "Mark as sent with these warnings?"),
        QCoreApplication.translate("sending", "The check still finds this in your message:")
        + "\n\n"
        + "\n".join(f"• {finding}" for finding in findings)
        + "\n\n"
        + QCoreApplication.translate(
            "sending", "Mark it as sent anyway? Choose No to edit it first."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("send_anyway")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_mail_fallback(parent: QWidget) -> MailFallback:
    """The mail app did not open: say so, and offer the two other ways to send the message."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("sending", "The mail app could not be opened"),
        QCoreApplication.translate(
            "sending",
            "No mail app opened for this message: none may be set up on this computer. "
            "Save it as an .eml file (your mail app opens it as a draft), or copy it and "
            "paste it into your webmail.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("mail_fallback")
    save = box.addButton(
        QCoreApplication.translate("sending", "Save as .eml…"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(
        QCoreApplication.translate("sending", "Copy the message"), QMessageBox.ButtonRole.AcceptRole
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return MailFallback.SAVE
    if clicked is copy:
        return MailFallback.COPY
    return MailFallback.NOTHING
