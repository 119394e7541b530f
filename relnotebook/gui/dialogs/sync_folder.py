"""The one-time warning for a notebook kept in a folder a cloud service syncs (OneDrive,
Dropbox…): sync tools copy the file while the app writes it. Move it, keep it, or decide later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

MOVE, KEEP, LATER = "move", "keep", "later"


def ask_about_sync_folder(path: Path, service: str) -> str:
    """The one-time warning for a notebook in a synced folder: MOVE, KEEP, or LATER (closed)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "This notebook is in a %1 folder").replace("%1", service),
        QCoreApplication.translate(
            "app",
            "%1 is in a folder that %2 keeps in sync. Sync tools copy the file while the app "
            "is writing to it: the copy can be damaged, and using the notebook on two computers "
            "leaves conflicting copies, each missing some notes.\n\n"
            "Move it to a folder that is not synced? The old file is kept, renamed.",
        )
        .replace("%1", str(path))
        .replace("%2", service),
    )
    move = box.addButton(
        QCoreApplication.translate("app", "&Move it…"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("app", "&Keep it here"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(move)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return MOVE if clicked is move else KEEP if clicked is keep else LATER
