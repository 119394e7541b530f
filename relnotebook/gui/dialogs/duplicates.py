"""People › Find Duplicates: the likely pairs of the whole notebook, each opening the merge.

The dialog only lists (`core.people.duplicates.find_duplicates`, run off the UI thread by the
window's runner, a progress bar meanwhile); choosing a pair (double-click, Enter or Merge…) asks
the window's Merge dialog to compare them, and the merge goes through the undo stack as any
other. "Not a duplicate" asks for the pair to be remembered as two people (`pair_apart`,
undoable): it is not listed again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.people.duplicates import LikelyPair, Reason, find_duplicates
from relnotebook.errors import SentenceError
from relnotebook.gui.background import Progress, Runner, Task
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.models.table_model import RowsTableModel
from relnotebook.gui.tables import list_table
from relnotebook.store import Notebook


def reason_label(reason: Reason) -> str:
    return {
        Reason.EMAIL: QCoreApplication.translate("DuplicatesDialog", "same email"),
        Reason.PHONE: QCoreApplication.translate("DuplicatesDialog", "same phone number"),
        Reason.NAME_AND_ORGANISATION: QCoreApplication.translate(
            "DuplicatesDialog", "same name and organisation"
        ),
        Reason.CLOSE_NAME: QCoreApplication.translate("DuplicatesDialog", "close names"),
    }[reason]


class PairsModel(RowsTableModel[LikelyPair]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Person"), self.tr("Maybe the same as"), self.tr("Why")]

    def key(self, row: LikelyPair) -> tuple[int, int]:
        return (row.first_id, row.second_id)

    def text(self, row: LikelyPair, column: int) -> str:
        if column == 0:
            return row.first_name
        if column == 1:
            return row.second_name
        why = ", ".join(reason_label(reason) for reason in row.reasons)
        return f"{why} ({row.shared})" if row.shared else why


class DuplicatesDialog(QDialog):
    """Emits `pair_chosen(keep_id, other_id)` for the pair to compare in the Merge dialog, and
    `pair_apart(first_id, second_id)` for a pair that is two people."""

    pair_chosen = Signal(int, int)
    pair_apart = Signal(int, int)

    def __init__(self, notebook: Notebook, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find duplicates"))
        self.model = PairsModel(self)
        self.table = list_table(self, "duplicates_table", self.model, self.tr("Likely duplicates"))
        self.table.doubleClicked.connect(lambda _index: self._choose())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.merge_button = buttons.addButton(
            self.tr("&Merge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self._choose)
        self.apart_button = buttons.addButton(
            self.tr("&Not a duplicate"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apart_button.setToolTip(
            self.tr("They are two people: the pair is not listed again (Ctrl+Z lists it again).")
        )
        self.apart_button.clicked.connect(self._apart)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._notebook = notebook
        self._runner = runner
        self.task: Task | None = None
        self.refresh()

    def refresh(self) -> None:
        """The pairs as the notebook is now (after a merge, its pair is gone), looked for off
        the UI thread."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.summary.setText(self.tr("Looking for likely duplicates…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.merge_button.setEnabled(False)
        self.apart_button.setEnabled(False)
        notebook = self._notebook

        def work(progress: Progress) -> list[LikelyPair]:
            return find_duplicates(notebook, progress)

        task: Task | None = None

        def found(pairs: list[LikelyPair]) -> None:
            if task is self.task or task is None:
                self._show(pairs)

        task = self._runner.run(work, found, self._failed, progress=self._progressed, context=self)
        self.task = task

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        reason = user_message(error) if isinstance(error, SentenceError) else str(error)
        self.summary.setText(
            self.tr("The duplicates could not be looked for: %1").replace("%1", reason)
        )

    def _show(self, pairs: Sequence[LikelyPair]) -> None:
        self.progress.hide()
        self.model.set_rows(list(pairs))
        self.summary.setText(
            self.tr("%n likely duplicate pair(s). Choose one to compare and merge.", "", len(pairs))
            if pairs
            else self.tr(
                "No likely duplicates: no two people share an email, a phone number or a name."
            )
        )
        self.merge_button.setEnabled(bool(pairs))
        self.apart_button.setEnabled(bool(pairs))
        if pairs:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            pair = self.model.item(rows[0].row())
            self.pair_chosen.emit(pair.first_id, pair.second_id)

    def _apart(self) -> None:
        """The pair chosen is two people: remembered (by the controller) and no longer listed."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        pair = self.model.item(row)
        self.pair_apart.emit(pair.first_id, pair.second_id)
        pairs = [self.model.item(i) for i in range(self.model.rowCount()) if i != row]
        self._show(pairs)
        if pairs:
            self.table.selectRow(min(row, len(pairs) - 1))
