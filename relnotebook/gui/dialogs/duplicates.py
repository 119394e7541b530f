"""People › Find Duplicates: the likely pairs of the whole notebook, each opening the merge.

The dialog only lists (`core.people.duplicates.find_duplicates`); choosing a pair (double-click,
Enter or Merge…) asks the window's Merge dialog to compare them, and the merge goes through the
undo stack as any other.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from relnotebook.core.people.duplicates import LikelyPair, Reason, find_duplicates
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
    """Emits `pair_chosen(keep_id, other_id)` for the pair to compare in the Merge dialog."""

    pair_chosen = Signal(int, int)

    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
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
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._notebook = notebook
        self.refresh()

    def refresh(self) -> None:
        """The pairs as the notebook is now (after a merge, its pair is gone)."""
        pairs = find_duplicates(self._notebook)
        self.model.set_rows(pairs)
        self.summary.setText(
            self.tr("%n likely duplicate pair(s). Choose one to compare and merge.", "", len(pairs))
            if pairs
            else self.tr(
                "No likely duplicates: no two people share an email, a phone number or a name."
            )
        )
        self.merge_button.setEnabled(bool(pairs))
        if pairs:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            pair = self.model.item(rows[0].row())
            self.pair_chosen.emit(pair.first_id, pair.second_id)
