"""Merge two records of the same person: both profiles side by side, pick the values to take.

The dialog only chooses; the window makes the merge through its undo stack with `choice()`, so
Ctrl+Z gives both people back.
"""

from __future__ import annotations

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

from relnotebook.core.people.merge import Comparison, Counts, compare
from relnotebook.gui.models.merge_fields import TAKE, MergeFieldsModel
from relnotebook.gui.tables import list_table
from relnotebook.store import Notebook


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
