"""Privacy (Law 25): everything about a person exported for them, erasing a person for good,
and the review of people with no contact for years."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from relnotebook.core.privacy.dossier import write_dossier
from relnotebook.errors import ValidationError
from relnotebook.gui.controllers.base import SAVED_MS, Controller
from relnotebook.gui.dialogs.erase import EraseDialog, erasure_message
from relnotebook.gui.dialogs.retention import RetentionDialog
from relnotebook.gui.error_messages import failure_reason


class PrivacyController(Controller):
    erase_dialog: EraseDialog | None = None
    retention_dialog: RetentionDialog | None = None

    def export_dossier(self) -> None:
        person_id = self.chosen_person()
        if person_id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Save everything about this person into…"), str(Path.home())
        )
        if not folder:
            return
        try:
            json_path, text_path = write_dossier(self.notebook, person_id, Path(folder))
        except (OSError, ValidationError) as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Export everything about this person"),
                self.tr("The files could not be written: %1").replace("%1", failure_reason(exc)),
            )
            return
        self.say(
            self.tr("Saved %1 and %2.").replace("%1", str(json_path)).replace("%2", str(text_path)),
            SAVED_MS,
        )

    def erase_person(self) -> None:
        person_id = self.chosen_person()
        if person_id is None:
            return
        dialog = EraseDialog(self.notebook, person_id, parent=self.window, runner=self.runner)
        dialog.erased.connect(lambda erased: self._person_erased(dialog, erased))
        self.erase_dialog = dialog
        dialog.open()

    def _person_erased(self, dialog: EraseDialog, person_id: int) -> None:
        assert dialog.report is not None  # set before `erased` is emitted
        self._erased(erasure_message(dialog.report), [person_id])

    def review_retention(self) -> None:
        dialog = RetentionDialog(
            self.notebook, self.clock.today(), parent=self.window, runner=self.runner
        )
        dialog.erased.connect(
            lambda ids: self._erased(self.tr("%1 people erased.").replace("%1", str(len(ids))), ids)
        )
        self.retention_dialog = dialog
        dialog.open()

    def _erased(self, message: str, person_ids: list[int]) -> None:
        """Erasure is final: undo steps that still hold the erased rows are dropped too, and
        so is what was being typed about them (it would be saved to the drafts file again)."""
        self.window.people.person_page.drafts.forget(person_ids)
        self.editor.stack.clear()
        self.window.reload()
        self.say(message, SAVED_MS)
