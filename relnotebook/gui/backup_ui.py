"""Backups in the app: the daily backup while it runs, "Back up now…", "Restore from backup…",
and the recovery offered when a notebook is found damaged at start.

The rules (where backups go, which are kept, how a restore keeps the current file) are in
`relnotebook.store.files.backups`; this module asks the user and runs the copies off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from relnotebook.errors import NotebookError
from relnotebook.gui.background import BackgroundJob, Progress, run_with_progress
from relnotebook.gui.error_messages import user_message
from relnotebook.store.files.backups import (
    BackupCancelled,
    BackupInfo,
    back_up,
    back_up_server,
    backup_due,
    backup_folder,
    check_backup,
    server_backup_due,
)

if TYPE_CHECKING:
    from relnotebook.store import Notebook

CHECK_EVERY_MS = 60 * 60 * 1000  # once an hour: a day's backup is never more than an hour late


def _error_text(error: BaseException) -> str:
    return user_message(error) if isinstance(error, NotebookError) else str(error)


# --- the backup taken once a day while the app runs ---------------------------------------------


class DailyBackup(QObject):
    """Checks once an hour whether today's backup is due, and takes it off the UI thread.

    The window shows `failed` messages (a full disk, a damaged notebook) in its status bar or
    a dialog; nothing else needs to happen on success.
    """

    backed_up = Signal(object)  # the new backup's Path
    failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        notebook_path: Path,
        parent: QObject | None = None,
        interval_ms: int = CHECK_EVERY_MS,
        *,
        server_notebook: Notebook | None = None,
    ) -> None:
        super().__init__(parent)
        self.notebook_path = Path(notebook_path)
        self.server_notebook = server_notebook  # on a server: copied into a local file
        self.job: BackgroundJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, now: dt.datetime | None = None) -> bool:
        """Start today's backup if it is due; True when one was started."""
        if self.job is not None:
            return False
        now = now or dt.datetime.now()
        on_server = self.server_notebook
        if on_server is not None:
            if not server_backup_due(on_server, now):
                return False
        elif not backup_due(self.notebook_path, now):
            return False
        path = self.notebook_path

        def work(progress: Progress) -> Path:
            if on_server is not None:
                return back_up_server(on_server, now=now)
            return back_up(path, progress=progress, now=now)

        job = BackgroundJob(work, self)
        job.succeeded.connect(self.backed_up)
        job.failed.connect(lambda error: self.failed.emit(self._failure(error)))
        job.finished.connect(self._finished)
        self.job = job
        job.start()
        return True

    def _failure(self, error: BaseException) -> str:
        return QCoreApplication.translate(
            "backup_ui", "Today's backup of the notebook failed: %1"
        ).replace("%1", _error_text(error))

    def _finished(self) -> None:
        if self.job is not None:
            # `finished` arrives queued, possibly while the thread is still winding down:
            # deleting a running QThread aborts the app, so wait (a moment) for it to end.
            self.job.wait()
            self.job.deleteLater()
        self.job = None

    def stop(self) -> None:
        """Before the notebook closes: no new backup, and the running one finishes first."""
        self.timer.stop()
        if self.job is not None:
            self.job.wait()


# --- "Back up now…" -----------------------------------------------------------------------------


def choose_backup_folder(parent: QWidget, start: Path) -> Path | None:
    """The folder to back up into (a USB key, a network drive); None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("backup_ui", "Back up the notebook into…"), str(start)
    )
    return Path(chosen) if chosen else None


def back_up_now(parent: QWidget, notebook: Notebook) -> BackgroundJob | None:
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
            parent, QCoreApplication.translate("backup_ui", "Backup failed"), _error_text(error)
        )

    job = run_with_progress(
        parent,
        QCoreApplication.translate("backup_ui", "Backing up the notebook…"),
        work,
        succeeded,
        failed,
    )
    # run_with_progress deletes the job when `finished` arrives, which may be a moment before
    # the thread has really ended; waiting here (same emission, before the deferred delete)
    # keeps a running QThread from being destroyed.
    job.finished.connect(lambda: job.wait())
    return job


# --- "Restore from backup…" ---------------------------------------------------------------------


# --- a damaged notebook at start ----------------------------------------------------------------
