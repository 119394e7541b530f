"""Two records of the same person side by side, a box per field to take the other's value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from relnotebook.core.people.merge import Comparison, FieldPair
from relnotebook.gui.labels import language_label, prospect_label, stage_label
from relnotebook.gui.models.table_model import Index, RowsTableModel

FIELD, KEPT, OTHER, TAKE = range(4)


def field_label(name: str) -> str:
    return {
        "given_name": QCoreApplication.translate("MergeDialog", "Given name"),
        "family_name": QCoreApplication.translate("MergeDialog", "Family name"),
        "preferred_name": QCoreApplication.translate("MergeDialog", "Goes by"),
        "organisation": QCoreApplication.translate("MergeDialog", "Organisation"),
        "role": QCoreApplication.translate("MergeDialog", "Role"),
        "language": QCoreApplication.translate("MergeDialog", "Language"),
        "french_form": QCoreApplication.translate("MergeDialog", "Tu or vous"),
        "stage": QCoreApplication.translate("MergeDialog", "Stage"),
        "good_prospect": QCoreApplication.translate("MergeDialog", "Good prospect"),
        "how_met": QCoreApplication.translate("MergeDialog", "How we met"),
        "introduced_by_id": QCoreApplication.translate("MergeDialog", "Introduced by"),
        "emails": QCoreApplication.translate("MergeDialog", "Emails"),
        "phones": QCoreApplication.translate("MergeDialog", "Phones"),
        "tags": QCoreApplication.translate("MergeDialog", "Tags"),
        "websites": QCoreApplication.translate("MergeDialog", "Websites"),
        "addresses": QCoreApplication.translate("MergeDialog", "Addresses"),
        "name_prefix": QCoreApplication.translate("MergeDialog", "Name prefix"),
        "name_suffix": QCoreApplication.translate("MergeDialog", "Name suffix"),
        "nickname": QCoreApplication.translate("MergeDialog", "Nickname"),
        "anniversary": QCoreApplication.translate("MergeDialog", "Anniversary"),
    }.get(name, name)


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
