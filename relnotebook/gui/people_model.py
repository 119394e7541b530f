"""The People list: one table model, and the proxy that filters it as the user types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel

from relnotebook.checkins import Share
from relnotebook.gui.labels import stage_label
from relnotebook.gui.table_model import ID_ROLE, SORT_ROLE, Index, RowsTableModel, fold
from relnotebook.models import Stage
from relnotebook.people import PersonSummary

__all__ = ["ID_ROLE", "PeopleFilterProxy", "PeopleTableModel", "fold"]


class PeopleTableModel(RowsTableModel[PersonSummary]):
    NAME, ORGANISATION, STAGE, PROACTIVE, EMAIL, TAGS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shares: dict[int, Share] = {}
        self._call_first: set[int] = set()

    def set_shares(self, shares: dict[int, Share], call_them_first: set[int]) -> None:
        """Proactive share over 90 days per person, and who to call first next time."""
        self._shares = shares
        self._call_first = call_them_first
        if self.rowCount():
            column = self.PROACTIVE
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Stage"),
            self.tr("I started (90 d)"),
            self.tr("Email"),
            self.tr("Tags"),
        )

    def person(self, row: int) -> PersonSummary:
        return self.item(row)

    def sort_key(self, row: PersonSummary, column: int) -> Any:
        if column == self.STAGE:
            return list(Stage).index(row.stage)
        if column == self.PROACTIVE:
            share = self._shares.get(row.id)
            return -1.0 if share is None or share.ratio is None else share.ratio
        return super().sort_key(row, column)

    def text(self, row: PersonSummary, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.STAGE:
            return stage_label(row.stage)
        if column == self.PROACTIVE:
            share = self._shares.get(row.id)
            text = "" if share is None or share.ratio is None else f"{round(share.ratio * 100)} %"
            return f"{text} ⚑".strip() if row.id in self._call_first else text
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
