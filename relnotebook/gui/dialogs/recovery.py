"""A notebook found damaged at start: restore the newest good backup, choose another file,
or quit. The damaged file is kept aside, never changed nor deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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

from relnotebook.clock import Clock
from relnotebook.errors import NotebookError
from relnotebook.gui.dialogs.restore import kept_name
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_taken_at
from relnotebook.store.files.backups import (
    backup_folder,
    newest_good_backup,
    restore_backup,
)


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
        self,
        notebook_path: Path,
        error: NotebookError,
        clock: Clock,
        parent: QWidget | None = None,
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
            .replace("%2", kept_name(self.notebook_path, "damaged", clock.today()))
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


def offer_recovery(
    path: Path, error: NotebookError, clock: Clock, parent: QWidget | None = None
) -> Path | None:
    """At start, for a notebook that failed its check: the path to open after a restore, or
    None when the user quits (the damaged file is then left exactly as it is)."""
    dialog = RecoveryDialog(path, error, clock, parent)
    dialog.exec()
    return dialog.restored
