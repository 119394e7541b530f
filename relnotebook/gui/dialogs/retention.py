"""The retention review: people with no contact for years (7 by default), to keep or erase.

Keeping personal information longer than needed is what the law asks advisors not to do; the
review shows who has gone quiet the longest, and lets the user keep them, export what is held
about them (to send it to them), or erase them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.privacy.dossier import write_dossier
from relnotebook.core.privacy.erasure import ErasureReport, erase_from_app_copies, erase_people
from relnotebook.core.privacy.retention import (
    DEFAULT_RETENTION_YEARS,
    RetentionCandidate,
    retention_review,
)
from relnotebook.core.sync.erased import after_erasure
from relnotebook.errors import ValidationError
from relnotebook.gui.background import Runner, run_with_progress
from relnotebook.gui.dialogs.erase import EraseDialog, copies_lines, elsewhere_text
from relnotebook.gui.error_messages import failure_reason, user_message
from relnotebook.gui.models.retention import RetentionModel
from relnotebook.gui.tables import list_table
from relnotebook.store import Notebook


class RetentionDialog(QDialog):
    """`RetentionDialog(notebook, today, parent=None)`; `erased(ids)` after people were
    erased: the window clears its undo stack and reloads."""

    erased = Signal(list)

    def __init__(
        self,
        notebook: Notebook,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        runner: Runner,
    ) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self._today = today
        self._runner = runner
        self._kept: set[int] = set()
        self.setWindowTitle(self.tr("Retention review"))

        self.years = QSpinBox(self)
        self.years.setObjectName("retention_years")
        self.years.setRange(1, 100)
        self.years.setValue(DEFAULT_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Years without contact"))
        years_label = QLabel(self.tr("No contact for at &least"), self)
        years_label.setBuddy(self.years)
        self.model = RetentionModel(self)
        self.table = list_table(self, "retention_people", self.model, self.tr("People to review"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.empty = QLabel(self)
        self.empty.setObjectName("retention_empty")
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("retention_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keep_button = QPushButton(self.tr("&Keep"), self)
        self.keep_button.setToolTip(self.tr("Keep the selected people: off this review's list"))
        self.export_button = QPushButton(self.tr("E&xport their information…"), self)
        self.erase_button = QPushButton(self.tr("&Erase selected…"), self)
        for button in (self.keep_button, self.export_button, self.erase_button):
            button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(years_label)
        top.addWidget(self.years)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 460)

        self.years.valueChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        try:
            found = retention_review(self._notebook, self.years.value(), today=self._today)
        except ValidationError as exc:
            self.status.setText(f"⚠ {user_message(exc)}")
            return
        rows = [c for c in found if c.id not in self._kept]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr(
                "Nobody left to review: everyone has been in touch in the last %1 years. "
                "Lower the number of years to look at more recent silence."
            ).replace("%1", str(self.years.value()))
        )
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> list[RetentionCandidate]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item(row) for row in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        for button in (self.keep_button, self.export_button, self.erase_button):
            button.setEnabled(chosen)

    def keep_selected(self) -> None:
        chosen = self.selected()
        self._kept.update(c.id for c in chosen)
        self.reload()
        self.status.setText(
            self.tr("Kept %1 people. They are listed again in a later review.").replace(
                "%1", str(len(chosen))
            )
        )

    def export_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the exported information")
        )
        if not folder:
            return
        try:
            for candidate in chosen:
                write_dossier(self._notebook, candidate.id, Path(folder))
        except (OSError, ValidationError) as exc:
            reason = failure_reason(exc)
            self.status.setText(
                self.tr("⚠ The files could not be written in %1: %2")
                .replace("%1", folder)
                .replace("%2", str(reason))
            )
            return
        self.status.setText(
            self.tr(
                "Wrote what the notebook holds about %1 people to %2 (a .json and a .txt file "
                "each, readable by you only)."
            )
            .replace("%1", str(len(chosen)))
            .replace("%2", folder)
        )

    def _confirmed(self, count: int) -> bool:
        """Several people at once: type how many, so that a stray click cannot erase them."""
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Erase %1 people").replace("%1", str(count)),
            self.tr(
                "This erases the %1 selected people and everything about them for good. It "
                "cannot be undone. Type %1 to confirm:"
            ).replace("%1", str(count)),
            QLineEdit.EchoMode.Normal,
        )
        return ok and typed.strip() == str(count)

    def erase_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        ids = [c.id for c in chosen]
        erased = self.tr("Erased %1 people.").replace("%1", str(len(ids)))
        if len(chosen) == 1:  # the erase dialog rewrites the copies and says so itself
            dialog = EraseDialog(self._notebook, chosen[0].id, self, runner=self._runner)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self._erased(ids, erased)
            return
        if not self._confirmed(len(chosen)):
            self.status.setText(self.tr("Nobody was erased."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            reports = erase_people(self._notebook, ids, rewrite_copies=False)
        except ValidationError as exc:
            self.status.setText(f"⚠ {user_message(exc)}")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._erased(ids, erased)
        path, notebook = self._notebook.path, self._notebook

        def rewritten(done: list[ErasureReport]) -> None:
            self.status.setText(
                " ".join([erased, *copies_lines(done[0]), elsewhere_text(done[0].elsewhere)])
            )

        def failed(error: BaseException) -> None:
            self.status.setText(f"{erased} ⚠ {error}")

        run_with_progress(
            self._runner,
            self,
            self.tr("Rewriting the backups and copies of the notebook without them…"),
            lambda progress: after_erasure(
                notebook, erase_from_app_copies(path, reports, progress)
            ),
            rewritten,
            failed,
            cancellable=False,
        )

    def _erased(self, ids: list[int], message: str) -> None:
        self.reload()
        self.status.setText(message)
        self.erased.emit(ids)
