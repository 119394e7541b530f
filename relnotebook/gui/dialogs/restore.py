"""File › Restore from Backup…: the notebook's backups, and putting one back in place.

The current file is never lost: restoring keeps it aside (see `store.files.backups`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.errors import NotebookError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_taken_at
from relnotebook.gui.models.backups import BackupsModel
from relnotebook.gui.tables import list_table
from relnotebook.store.files.backups import (
    BackupInfo,
    backup_folder,
    list_backups,
    restore_backup,
)


def kept_name(notebook_path: Path, kept_as: str, today: dt.date) -> str:
    """The name the current file will be kept under (its seconds are known only then)."""
    return f"{notebook_path.stem}.{kept_as}-{today:%Y%m%d}-….sqlite"


class RestoreDialog(QDialog):
    """Lists the notebook's backups; Restore asks for confirmation and accepts the dialog with
    `chosen` set. The caller then closes the notebook and calls `restore_chosen`."""

    def __init__(self, notebook_path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook_path = Path(notebook_path)
        self._clock = clock
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
            .replace("%4", kept_name(self.notebook_path, "before-restore", self._clock.today()))
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
