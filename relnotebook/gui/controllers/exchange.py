"""Contacts in and out: File › Import Contacts… and File › Export…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from relnotebook.core.exchange.contact_import import ImportResult
from relnotebook.gui.controllers.base import SAVED_MS, Controller
from relnotebook.gui.dialogs.export import ExportDialog
from relnotebook.gui.dialogs.import_contacts import ImportDialog
from relnotebook.gui.pages.base import PEOPLE


class ExchangeController(Controller):
    export_dialog: ExportDialog | None = None
    import_dialog: ImportDialog | None = None

    def export_people(self) -> None:
        """Everyone, or the people selected in the list when People is in view."""
        window = self.window
        selected = window.people.selected_person_ids() if window.current_view() == PEOPLE else []
        dialog = ExportDialog(self.notebook, selected, parent=window, runner=self.runner)
        dialog.exported.connect(
            lambda path: self.say(
                self.tr("Exported to %1. It holds personal information: keep it private.").replace(
                    "%1", path
                ),
                SAVED_MS,
            )
        )
        self.export_dialog = dialog
        dialog.open()

    def import_contacts(self) -> None:
        path = self.choose_import_file()
        if path is None:
            return
        dialog = ImportDialog(
            self.notebook, path, parent=self.window, today=self.clock.today(), runner=self.runner
        )
        dialog.imported.connect(lambda result: self._imported(result, path))
        self.import_dialog = dialog
        dialog.open()

    def choose_import_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)"),
        )
        return Path(path) if path else None

    def _imported(self, result: ImportResult, path: Path) -> None:
        """One undo step for the whole import."""
        self.editor.record_import(result, self.tr("Import %1").replace("%1", path.name))
        self.window.reload()
