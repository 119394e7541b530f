"""Merge two records of the same person: both profiles side by side, pick the values to take.

The dialog only chooses; the window makes the merge through its undo stack with `choice()`, so
Ctrl+Z gives both people back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.people.merge import Comparison, Counts, FieldPair, compare
from relnotebook.gui.labels import language_label, prospect_label, stage_label
from relnotebook.gui.table_model import Index, RowsTableModel
from relnotebook.gui.tables import list_table
from relnotebook.store import Notebook

FIELD, KEPT, OTHER, TAKE = range(4)


def field_label(name: str) -> str:
    return {
        "given_name": QCoreApplication.translate("MergeDialog", "Given name"),
        "family_name": QCoreApplication.translate("MergeDialog", "Family name"),
        "preferred_name": QCoreApplication.translate("MergeDialog", "Goes by"),
        "organisation": QCoreApplication.translate("MergeDialog", "Organisation"),
        "role": QCoreApplication.translate("MergeDialog", "Role"),
        "language": QCoreApplication.translate("MergeDialog", "Language"),
        "stage": QCoreApplication.translate("MergeDialog", "Stage"),
        "good_prospect": QCoreApplication.translate("MergeDialog", "Good prospect"),
        "how_met": QCoreApplication.translate("MergeDialog", "How we met"),
        "introduced_by_id": QCoreApplication.translate("MergeDialog", "Introduced by"),
        "emails": QCoreApplication.translate("MergeDialog", "Emails"),
        "phones": QCoreApplication.translate("MergeDialog", "Phones"),
        "tags": QCoreApplication.translate("MergeDialog", "Tags"),
    }.get(name, name)


def counts_text(counts: Counts) -> str:
    return (
        QCoreApplication.translate(
            "MergeDialog",
            "%1 notes, %2 personal details, %3 messages, %4 logged contacts, %5 referrals, "
            "%6 events",
        )
        .replace("%1", str(counts.notes))
        .replace("%2", str(counts.details))
        .replace("%3", str(counts.signals))
        .replace("%4", str(counts.contacts))
        .replace("%5", str(counts.referrals))
        .replace("%6", str(counts.events))
    )


def _empty(value: Any) -> bool:
    return value in (None, "", ())


class MergeFieldsModel(RowsTableModel[FieldPair]):
    """One row per profile field; the last column's box says "take the other one's value"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.taken: set[str] = set()

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.taken = set()
        self.set_rows(comparison.fields)

    def key(self, row: FieldPair) -> str:
        return row.name

    def headers(self) -> Sequence[str]:
        kept = self.comparison.kept_name if self.comparison else ""
        other = self.comparison.other_name if self.comparison else ""
        return [
            self.tr("Field"),
            self.tr("Kept: %1").replace("%1", kept),
            self.tr("Other: %1").replace("%1", other),
            self.tr("Take the other's"),
        ]

    def value_text(self, name: str, value: Any) -> str:
        if _empty(value):
            return ""
        if name == "stage":
            return stage_label(value)
        if name == "language":
            return language_label(value)
        if name == "good_prospect":
            return prospect_label(value)
        if name == "introduced_by_id":
            names = self.comparison.introducers if self.comparison else {}
            return names.get(value, str(value))
        if isinstance(value, tuple):
            return ", ".join(value)
        return str(value)

    def fills_in(self, row: FieldPair) -> bool:
        """An empty kept value is filled from the other one whatever is ticked."""
        return row.choosable and _empty(row.kept) and not _empty(row.other)

    def choosable(self, row: FieldPair) -> bool:
        return row.choosable and row.differs and not self.fills_in(row)

    def text(self, row: FieldPair, column: int) -> str:
        if column == FIELD:
            return field_label(row.name)
        if column == KEPT:
            return self.value_text(row.name, row.kept)
        if column == OTHER:
            return self.value_text(row.name, row.other)
        if not row.choosable:
            return self.tr("both kept") if row.differs else ""
        if self.fills_in(row):
            return self.tr("filled in")
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TAKE and self.choosable(self.item(index.row())):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == TAKE:
            row = self.item(index.row())
            if self.fills_in(row):
                return Qt.CheckState.Checked
            if self.choosable(row):
                taken = row.name in self.taken
                return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
            return None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != TAKE:
            return False
        row = self.item(index.row())
        if not self.choosable(row):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.taken.add(row.name)
        else:
            self.taken.discard(row.name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class MergeDialog(QDialog):
    """`MergeDialog(notebook, keep_id, other_id, parent)`; when accepted, `choice()` says what
    to merge: the window calls `merge.merge_people(notebook, *choice())` through its undo
    stack (undo: `merge.unmerge`)."""

    def __init__(
        self, notebook: Notebook, keep_id: int, other_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self.setWindowTitle(self.tr("Merge two people"))
        self.intro = QLabel(
            self.tr(
                "Everything about the other person moves to the kept one, and the other record "
                "is deleted. Tick a value to take it instead of the kept one; emails, phones "
                "and tags of both are kept. Ctrl+Z undoes the merge."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = MergeFieldsModel(self)
        self.table = list_table(self, "merge_fields", self.model, self.tr("Fields to merge"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.installEventFilter(self)
        self.moves = QLabel(self)
        self.moves.setObjectName("merge_moves")
        self.moves.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Swap: keep the other one"), self)
        self.swap_button.setObjectName("merge_swap")
        self.swap_button.setShortcut(QKeySequence(self.tr("Ctrl+Shift+S")))
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.moves)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self._load(keep_id, other_id)
        self.table.setFocus()

    def _load(self, keep_id: int, other_id: int) -> None:
        comparison = compare(self._notebook, keep_id, other_id)
        self.model.set_comparison(comparison)
        self.table.resizeColumnsToContents()
        self.table.selectRow(0)
        self.moves.setText(
            self.tr("Moves to %1: %2. Then %3 is deleted.")
            .replace("%1", comparison.kept_name)
            .replace("%2", counts_text(comparison.other_counts))
            .replace("%3", comparison.other_name)
        )

    @property
    def comparison(self) -> Comparison:
        assert self.model.comparison is not None
        return self.model.comparison

    def swap(self) -> None:
        """Keep the other one instead (the ticks start over: they meant the other side)."""
        self._load(self.comparison.other_id, self.comparison.kept_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Space ticks the current row's box, whichever column is current.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def toggle(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, TAKE)
        checked = self.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.model.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def choice(self) -> tuple[int, int, frozenset[str]]:
        """(keep_id, drop_id, take_from_drop) for `merge.merge_people`."""
        return self.comparison.kept_id, self.comparison.other_id, frozenset(self.model.taken)
