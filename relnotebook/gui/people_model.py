"""The People list: one table model, and the proxy that filters it as the user types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel

from relnotebook.gui.labels import stage_label
from relnotebook.gui.table_model import ID_ROLE, SORT_ROLE, Index, RowsTableModel, fold
from relnotebook.models import Stage
from relnotebook.people import PersonSummary

__all__ = ["ID_ROLE", "PeopleFilterProxy", "PeopleTableModel", "fold"]


class PeopleTableModel(RowsTableModel[PersonSummary]):
    NAME, ORGANISATION, STAGE, EMAIL, TAGS = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Stage"),
            self.tr("Email"),
            self.tr("Tags"),
        )

    def person(self, row: int) -> PersonSummary:
        return self.item(row)

    def sort_key(self, row: PersonSummary, column: int) -> Any:
        if column == self.STAGE:
            return list(Stage).index(row.stage)
        return super().sort_key(row, column)

    def text(self, row: PersonSummary, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.STAGE:
            return stage_label(row.stage)
        if column == self.EMAIL:
            return row.email
        if column == self.TAGS:
            return ", ".join(row.tags)
        return ""


class PeopleFilterProxy(QSortFilterProxyModel):
    """Keeps people whose name, organisation or a tag contains every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._stage: Stage | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: Stage | None) -> None:
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PeopleTableModel)
        person = model.person(source_row)
        if self._stage is not None and person.stage != self._stage:
            return False
        if not self._words:
            return True
        haystack = fold(" ".join((person.name, person.organisation, *person.tags)))
        return all(word in haystack for word in self._words)
