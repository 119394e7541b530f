"""Backups in the app: the daily backup while it runs, "Back up now…", "Restore from backup…",
and the recovery offered when a notebook is found damaged at start.

The rules (where backups go, which are kept, how a restore keeps the current file) are in
`relnotebook.store.files.backups`; this module asks the user and runs the copies off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.errors import NotebookError
from relnotebook.gui.background import BackgroundJob, Progress, run_with_progress
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_taken_at
from relnotebook.gui.models.backups import BackupsModel
from relnotebook.gui.tables import list_table
from relnotebook.store.files.backups import (
    BackupCancelled,
    BackupInfo,
    back_up,
    back_up_server,
    backup_due,
    backup_folder,
    check_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
    server_backup_due,
)

if TYPE_CHECKING:
    from relnotebook.store import Notebook

CHECK_EVERY_MS = 60 * 60 * 1000  # once an hour: a day's backup is never more than an hour late


def _error_text(error: BaseException) -> str:
    return user_message(error) if isinstance(error, NotebookError) else str(error)


def _kept_name(notebook_path: Path, kept_as: str) -> str:
    """The name the current file will be kept under (its seconds are known only then)."""
    return f"{notebook_path.stem}.{kept_as}-{dt.date.today():%Y%m%d}-….sqlite"


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


class RestoreDialog(QDialog):
    """Lists the notebook's backups; Restore asks for confirmation and accepts the dialog with
    `chosen` set. The caller then closes the notebook and calls `restore_chosen`."""

    def __init__(self, notebook_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook_path = Path(notebook_path)
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = list_table(self, "backups_table", self.model, self.tr("Backups"))
        self.empty = QLabel(self)
        self.empty.setObjectName("backups_empty")
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.table, self.restore_button)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            rows = list_backups(self.notebook_path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows(rows)
        folder = backup_folder(self.notebook_path)
        self.intro.setText(
            self.tr("Backups of %1, newest first, kept in %2.")
            .replace("%1", self.notebook_path.name)
            .replace("%2", str(folder))
        )
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr(
                "No backups yet. One is made each day the notebook is opened; to make one "
                "now, use Back Up Now…"
            )
        )
        self.table.resizeColumnsToContents()
        good = next((row for row in range(len(rows)) if rows[row].ok), None)
        if good is not None:
            self.table.selectRow(good)
        self.table.setFocus()
        self._update()

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.ok)

    def restore(self) -> None:
        info = self.selected()
        if info is None or not info.ok:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Restore the backup of %1 (%2 people, %3 notes)? The notebook as it is now is "
                "not lost: it is kept as %4 in %5."
            )
            .replace("%1", format_taken_at(info.taken_at))
            .replace("%2", str(info.people))
            .replace("%3", str(info.notes))
            .replace("%4", _kept_name(self.notebook_path, "before-restore"))
            .replace("%5", str(self.notebook_path.parent)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = info
            self.accept()


def restore_chosen(parent: QWidget | None, backup: Path, notebook_path: Path) -> Path | None:
    """Restore `backup` over the (closed) notebook and say where the old file was kept.

    Returns that place (None when the restore failed: the message box said why, and the
    notebook was left as it was). Reopen the notebook either way.
    """
    try:
        aside = restore_backup(backup, notebook_path)
    except NotebookError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("backup_ui", "Restore failed"), user_message(exc)
        )
        return None
    if aside is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backup_ui", "Backup restored"),
            QCoreApplication.translate(
                "backup_ui", "The backup was restored. The notebook as it was is kept at %1."
            ).replace("%1", str(aside)),
        )
    return aside


# --- a damaged notebook at start ----------------------------------------------------------------


def choose_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    """Another backup to restore (from a USB key, an older copy); None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("backup_ui", "Choose a backup to restore"),
        str(start),
        QCoreApplication.translate("backup_ui", "Notebooks (*.sqlite);;All files (*)"),
    )
    return Path(chosen) if chosen else None


class RecoveryDialog(QDialog):
    """What to do about a damaged notebook: restore the newest good backup, choose another
    file, or quit. The damaged file is kept aside as `<stem>.damaged-<when>.sqlite`."""

    def __init__(
        self, notebook_path: Path, error: NotebookError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.notebook_path = Path(notebook_path)
        self.restored: Path | None = None
        self.kept_at: Path | None = None
        self.offer = newest_good_backup(self.notebook_path)
        self.setWindowTitle(self.tr("This notebook is damaged"))
        self.explanation = QLabel(self)
        self.explanation.setObjectName("recovery_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setText(
            self.tr(
                "%1\n\nThe damaged file will not be changed or deleted: restoring puts it aside "
                "as %2 in the same folder."
            )
            .replace("%1", user_message(error))
            .replace("%2", _kept_name(self.notebook_path, "damaged"))
        )
        self.offer_text = QLabel(self)
        self.offer_text.setObjectName("recovery_offer")
        self.offer_text.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.another_button = QPushButton(self.tr("&Choose another…"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.another_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_offer)
        self.another_button.clicked.connect(self.choose_another)
        self.quit_button.clicked.connect(self.reject)
        if self.offer is None:
            self.offer_text.setText(
                self.tr(
                    "No good backup of this notebook was found in %1. If you have a copy "
                    "elsewhere, choose it."
                ).replace("%1", str(backup_folder(self.notebook_path)))
            )
            self.restore_button.hide()
            self.another_button.setDefault(True)
        else:
            self.offer_text.setText(
                self.tr("The newest good backup is from %1, with %2 people and %3 notes.")
                .replace("%1", format_taken_at(self.offer.taken_at))
                .replace("%2", str(self.offer.people))
                .replace("%3", str(self.offer.notes))
            )
            self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.offer_text)
        layout.addWidget(self.buttons)

    def restore_offer(self) -> None:
        if self.offer is not None:
            self._restore(self.offer.path)

    def choose_another(self) -> None:
        chosen = choose_backup_file(self, backup_folder(self.notebook_path))
        if chosen is not None:
            self._restore(chosen)

    def _restore(self, backup: Path) -> None:
        try:
            aside = restore_backup(backup, self.notebook_path, kept_as="damaged")
        except NotebookError as exc:
            QMessageBox.warning(self, self.tr("This backup cannot be restored"), user_message(exc))
            return
        self.restored = self.notebook_path
        self.kept_at = aside
        if aside is not None:
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr("The backup was restored. The damaged file is kept at %1.").replace(
                    "%1", str(aside)
                ),
            )
        self.accept()


def offer_recovery(path: Path, error: NotebookError, parent: QWidget | None = None) -> Path | None:
    """At start, for a notebook that failed its check: the path to open after a restore, or
    None when the user quits (the damaged file is then left exactly as it is)."""
    dialog = RecoveryDialog(path, error, parent)
    dialog.exec()
    return dialog.restored
