"""The one-time warning for a notebook kept in a folder a cloud service syncs (OneDrive,
Dropbox…): sync tools copy the file while the app writes it. Move it, keep it, or decide later."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from relnotebook.errors import NotebookError, ValidationError
from relnotebook.gui.error_messages import user_message

if TYPE_CHECKING:  # the data layer loads once the window's frame is painted (app.py)
    from relnotebook.gui.single_instance import NotebookGuard
    from relnotebook.store import Notebook

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


def offer_safer_place(notebook: Notebook, guard: NotebookGuard) -> Path | None:
    """Warn once about a cloud-sync folder; the path to reopen when the notebook moved
    (or, when the move failed, its old path) — the notebook is then closed."""
    from relnotebook.core import settings
    from relnotebook.errors import StorageError
    from relnotebook.store.files.locations import cloud_sync_folder, move_notebook

    path = notebook.path
    service = cloud_sync_folder(path.resolve()) or cloud_sync_folder(path)
    if service is None:
        return None
    if settings.get_text(notebook, settings.SYNC_FOLDER_KEPT_AT) == str(path):
        return None
    choice = ask_about_sync_folder(path, service)
    if choice == KEEP:
        # Not remembered (a full disk, say): the warning comes back next time, that's all.
        with contextlib.suppress(ValidationError, StorageError):
            settings.set_text(notebook, settings.SYNC_FOLDER_KEPT_AT, str(path))
        return None
    if choice != MOVE:
        return None
    folder = QFileDialog.getExistingDirectory(
        None, QCoreApplication.translate("app", "Move the notebook to…"), str(Path.home())
    )
    if not folder:
        return None
    notebook.close()
    guard.release()
    try:
        moved = move_notebook(path, Path(folder))
    except (NotebookError, ValidationError) as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "The notebook was not moved"),
            user_message(exc),
        )
        return path
    if moved.old_copy == path:
        kept = QCoreApplication.translate(
            "app", "The old file could not be renamed; it is still at %1."
        )
    else:
        kept = QCoreApplication.translate(
            "app", "The old file was kept as %1; delete it once you have checked the move."
        )
    QMessageBox.information(
        None,
        QCoreApplication.translate("app", "Notebook moved"),
        QCoreApplication.translate("app", "The notebook is now at %1.").replace(
            "%1", str(moved.path)
        )
        + "\n\n"
        + kept.replace("%1", str(moved.old_copy)),
    )
    return moved.path
