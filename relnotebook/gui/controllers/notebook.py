"""The notebook itself: a backup now (into a folder of the user's choice), putting a backup
back in place, and the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from relnotebook.gui.background import Progress, Runner, Task, run_with_progress
from relnotebook.gui.controllers.base import Controller
from relnotebook.gui.dialogs.restore import RestoreDialog
from relnotebook.gui.dialogs.settings import SettingsDialog
from relnotebook.gui.error_messages import error_text
from relnotebook.store.files.backups import (
    BackupCancelled,
    BackupInfo,
    back_up,
    back_up_server,
    backup_folder,
    check_backup,
)

if TYPE_CHECKING:
    from relnotebook.clock import Clock
    from relnotebook.gui.main_window import MainWindow
    from relnotebook.gui.undo import Editor
    from relnotebook.store import Notebook

Restore = Callable[["MainWindow", Path], object]


def choose_backup_folder(parent: QWidget, start: Path) -> Path | None:
    """The folder to back up into (a USB key, a network drive); None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("backup_ui", "Back up the notebook into…"), str(start)
    )
    return Path(chosen) if chosen else None


def back_up_now(parent: QWidget, notebook: Notebook, runner: Runner) -> Task | None:
    """Ask for a folder, then copy the notebook there off the UI thread, with progress and
    Cancel; the outcome is shown in a message box. None when no folder was chosen."""
    notebook_path = notebook.path
    folder = choose_backup_folder(parent, backup_folder(notebook_path))
    if folder is None:
        return None

    def work(progress: Progress) -> BackupInfo:
        if notebook.on_server:  # its rows, into an SQLite notebook file (no page count)
            return check_backup(back_up_server(notebook, folder=folder))
        return check_backup(back_up(notebook_path, folder=folder, progress=progress))

    def succeeded(info: BackupInfo) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backup_ui", "Backup made"),
            QCoreApplication.translate(
                "backup_ui", "The notebook was backed up to %1 (%2 people, %3 notes)."
            )
            .replace("%1", str(info.path))
            .replace("%2", str(info.people))
            .replace("%3", str(info.notes)),
        )

    def failed(error: BaseException) -> None:
        if isinstance(error, BackupCancelled):
            return
        QMessageBox.warning(
            parent, QCoreApplication.translate("backup_ui", "Backup failed"), error_text(error)
        )

    return run_with_progress(
        runner,
        parent,
        QCoreApplication.translate("backup_ui", "Backing up the notebook…"),
        work,
        succeeded,
        failed,
    )


class NotebookController(Controller):
    def __init__(
        self,
        window: MainWindow,
        editor: Editor,
        clock: Clock,
        runner: Runner,
        restore: Restore | None,
    ) -> None:
        super().__init__(window, editor, clock, runner)
        self._restore = restore  # the app's: close the window, put the backup in, reopen

    def back_up_now(self) -> None:
        back_up_now(self.window, self.notebook, self.runner)

    def restore_from_backup(self) -> None:
        dialog = RestoreDialog(self.notebook.path, self.clock, self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if self._restore is None:  # a window without an app around it (tests)
            return
        self._restore(self.window, dialog.chosen.path)

    def open_settings(self) -> None:
        SettingsDialog(self.editor, self.clock, self.window).exec()
