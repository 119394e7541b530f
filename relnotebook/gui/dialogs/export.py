"""File › Export…: people as vCard or CSV, or the whole notebook as JSON, to a file the user picks.

The writing itself is core work (`people_export`, `notebook_json`); this dialog asks what and
where, runs it off the UI thread behind a progress dialog with Cancel, and says where the file
went. Exporting changes nothing in the notebook, so the window has nothing to reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.exchange.notebook_json import export_notebook
from relnotebook.core.exchange.people_export import people_csv, people_vcard
from relnotebook.core.people.service import count_people
from relnotebook.errors import SentenceError
from relnotebook.gui.background import Progress, Runner, Task, run_with_progress
from relnotebook.gui.error_messages import user_message
from relnotebook.store import Notebook

VCARD, CSV, JSON = "vcard", "csv", "json"
SUFFIXES = {VCARD: ".vcf", CSV: ".csv", JSON: ".json"}
DEFAULT_NAMES = {VCARD: "people.vcf", CSV: "people.csv", JSON: "notebook.json"}


class ExportDialog(QDialog):
    """`ExportDialog(notebook, selected_ids, parent, runner=…)`; `exported(path)` once a file is
    written."""

    exported = Signal(str)

    def __init__(
        self,
        notebook: Notebook,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
        *,
        runner: Runner,
    ) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self._selected = list(dict.fromkeys(selected_ids))
        self._runner = runner
        self.task: Task | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))

        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        self.format.addItem(self.tr("vCard, for an address book (.vcf)"), VCARD)
        self.format.addItem(self.tr("CSV, for a spreadsheet (.csv)"), CSV)
        self.format.addItem(self.tr("Notebook JSON: everything, to restore or archive"), JSON)

        everyone = count_people(notebook)
        self.all_people = QRadioButton(
            self.tr("&All people (%1)").replace("%1", str(everyone)), self
        )
        self.selected_people = QRadioButton(
            self.tr("The &selected people (%1)").replace("%1", str(len(self._selected))), self
        )
        scope = QButtonGroup(self)
        scope.addButton(self.all_people)
        scope.addButton(self.selected_people)
        if self._selected:
            self.selected_people.setChecked(True)
        else:
            self.all_people.setChecked(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        people = QVBoxLayout()
        people.addWidget(self.all_people)
        people.addWidget(self.selected_people)
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&Format"), self.format), self.format)
        form.addRow(self.tr("People"), people)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._update)
        self._update()
        self.format.setFocus()

    @property
    def busy(self) -> bool:
        """Work is running (its outcome not yet shown)."""
        return self.task is not None and not self.task.done

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def kind(self) -> str:
        return str(self.format.currentData())

    def _update(self) -> None:
        whole = self.kind() == JSON
        self.all_people.setEnabled(not whole)
        self.selected_people.setEnabled(not whole and bool(self._selected))
        if whole:
            self.hint.setText(
                self.tr(
                    "The whole notebook: everyone, notes, messages, referrals and settings. "
                    "It loads back into a new, empty notebook."
                )
            )
        elif not self._selected:
            self.hint.setText(
                self.tr("To export only some people, select them in the People list first.")
            )
        else:
            self.hint.setText("")

    def person_ids(self) -> list[int] | None:
        """None: everyone (and always for the whole notebook)."""
        if self.kind() != JSON and self.selected_people.isChecked() and self._selected:
            return list(self._selected)
        return None

    def choose_path(self, kind: str) -> Path | None:
        """Ask where to write; None when the user changed their mind (tests replace this)."""
        filters = {
            VCARD: self.tr("vCard (*.vcf)"),
            CSV: self.tr("CSV (*.csv)"),
            JSON: self.tr("Notebook JSON (*.json)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(Path.home() / DEFAULT_NAMES[kind]), filters[kind]
        )
        return Path(chosen) if chosen else None

    def _work(self, kind: str, path: Path, ids: list[int] | None) -> Callable[[Progress], Any]:
        notebook = self._notebook
        if kind == JSON:
            return lambda progress: export_notebook(notebook, path, progress)
        write = people_vcard if kind == VCARD else people_csv
        return lambda progress: write(notebook, path, ids, progress)

    def export(self) -> None:
        if self.busy:
            return  # one export at a time
        kind = self.kind()
        path = self.choose_path(kind)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[kind])
        if path.resolve() == Path(self._notebook.path).resolve():
            self.status.setText(
                "⚠ " + self.tr("That file is the notebook itself; choose another name.")
            )
            return
        self.status.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.export_button.setEnabled(False)
        self.task = run_with_progress(
            self._runner,
            self,
            self.tr("Exporting"),
            self._work(kind, path, self.person_ids()),
            lambda result: self._succeeded(kind, path, result),
            lambda error: self._failed(path, error),
        )

    def _succeeded(self, kind: str, path: Path, result: Any) -> None:
        self.export_button.setEnabled(True)
        if result is None:
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            return
        if kind == JSON:
            text = self.tr("The whole notebook (%1 people) was saved to %2.").replace(
                "%1", str(result.get("person", 0))
            )
        else:
            text = self.tr("%1 people saved to %2.").replace("%1", str(result))
        self.status.setText(text.replace("%2", str(path)))
        self.written = path
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exported.emit(str(path))

    def _failed(self, path: Path, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, SentenceError):  # a refusal, a file that is not a file…
            message = user_message(error)
        elif isinstance(error, OSError):
            message = (
                self.tr("Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
        else:
            message = self.tr("The export failed: %1").replace("%1", str(error))
        self.status.setText(f"⚠ {message}")

    def reject(self) -> None:
        if self.busy and self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().reject()
