"""The question asked when a change meets one made elsewhere (another window, or another
computer on the same server notebook) since the record was shown: keep theirs, or save mine.

Nothing typed is lost either way: the box shows what was typed, and keeping theirs puts it on
the clipboard, to paste back in part if wanted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from relnotebook.gui.labels import format_date


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    if hasattr(value, "value"):  # an enumeration
        return str(value.value)
    return "" if value is None else str(value)


def typed_text(changes: dict[str, Any]) -> str:
    """What the user typed, as plain text: one value alone as it is, several one per line."""
    values = [_shown(value) for value in changes.values()]
    return values[0] if len(values) == 1 else "\n".join(values)


def conflict_box(parent: QWidget | None, what: str, changes: dict[str, Any]) -> QMessageBox:
    """The box, not yet shown (tests and `ask_keep_mine` show it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("conflicts", "Changed elsewhere"))
    box.setText(
        QCoreApplication.translate(
            "conflicts",
            "“%1” was not saved: this was changed elsewhere (in another window or on another "
            "computer) after you started.",
        ).replace("%1", what)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "conflicts",
            "Save yours over the other change, or keep the other change? If you keep it, what "
            "you typed is put on the clipboard.",
        )
    )
    box.setDetailedText(typed_text(changes))
    mine = box.addButton(
        QCoreApplication.translate("conflicts", "Save Mine"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        QCoreApplication.translate("conflicts", "Keep Theirs"), QMessageBox.ButtonRole.RejectRole
    )
    mine.setObjectName("save_mine")
    theirs.setObjectName("keep_theirs")
    box.setDefaultButton(theirs)  # Enter or Escape keeps what is saved; mine is on the clipboard
    box.setEscapeButton(theirs)
    return box


def ask_keep_mine(parent: QObject | None, what: str, changes: dict[str, Any]) -> bool:
    """True to save the user's change over the other one; False keeps the other one and puts
    what was typed on the clipboard."""
    box = conflict_box(parent if isinstance(parent, QWidget) else None, what, changes)
    box.exec()
    if box.clickedButton() is not None and box.clickedButton().objectName() == "save_mine":
        return True
    QGuiApplication.clipboard().setText(typed_text(changes))
    return False
