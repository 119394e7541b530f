"""The People page's list: the ids of the people shown, in order, and only the rows painted.

At 50,000 people, reading everyone to sort and filter them took more than a second at every
reload. This model holds the ids the notebook gives for the filter and order chosen
(`core.people.listing`, SQL over each person's folded keys) and reads the people themselves a
block of rows at a time, when a row of the block is first asked for (painted, selected, opened).
Their proactive share is read the same way (`PeopleTableModel`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from relnotebook.core.models import Language, Stage
from relnotebook.core.people.listing import Order, PeopleQuery
from relnotebook.core.people.views import PersonSummary
from relnotebook.gui.models.people import ID_ROLE, PeopleTableModel, SharesLoader
from relnotebook.gui.models.table_model import Index

# People read at once, when one of them is first shown: a screenful or a few.
BLOCK = 200
_ORDERS = {
    PeopleTableModel.NAME: Order.NAME,
    PeopleTableModel.ORGANISATION: Order.ORGANISATION,
    PeopleTableModel.STAGE: Order.STAGE,
    PeopleTableModel.PROACTIVE: Order.PROACTIVE,
    PeopleTableModel.EMAIL: Order.EMAIL,
    PeopleTableModel.TAGS: Order.TAGS,
}


@dataclass(frozen=True)
class PeopleSource:
    """Where the list reads from (the page binds these to its notebook)."""

    ids: Callable[[PeopleQuery], list[int]]  # in the list's order
    people: Callable[[Sequence[int]], list[PersonSummary]]  # those still there, any order
    shares: SharesLoader
    count: Callable[[], int]  # everyone, whatever the filter


def _gone(person_id: int) -> PersonSummary:
    """A row for someone deleted since the ids were read (by another window, say): blank
    until the list is read again, which the deletion brings."""
    return PersonSummary(
        person_id,
        "",
        "",
        "",
        Stage.ACQUAINTANCE,
        Language.FRENCH,
        None,
        "",
        "",
        (),
        dt.datetime.min,
    )


class PeopleListModel(PeopleTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: PeopleSource | None = None
        self._query = PeopleQuery()
        self._ids: list[int] = []
        self._read: dict[int, PersonSummary] = {}
        self._positions: dict[int, int] | None = None  # id: row, made when first asked
        self.total = 0  # people in the notebook, whatever the filter

    @property
    def query(self) -> PeopleQuery:
        return self._query

    def set_source(self, source: PeopleSource) -> None:
        """Read the list again (after a change): the ids now, the people as they are shown."""
        self._source = source
        self._load_shares, self._shares, self._call_first = source.shares, {}, set()
        self._shares_read = set()
        self._reset()

    def set_filter(self, text: str, stage: Stage | None) -> None:
        query = dataclasses.replace(self._query, text=text, stage=stage)
        if query != self._query:
            self._query = query
            self._reset()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        query = dataclasses.replace(
            self._query, order=_ORDERS.get(column, Order.NAME), descending=descending
        )
        if query == self._query:
            return
        self._query = query
        if self._source is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._ids
        self._set_ids(self._source.ids(query))
        for index in self.persistentIndexList():
            if index.isValid():
                moved = self.row_of(before[index.row()])
                target = QModelIndex() if moved is None else self.index(moved, index.column())
                self.changePersistentIndex(index, target)
        self.layoutChanged.emit()

    def _reset(self) -> None:
        self.beginResetModel()
        if self._source is not None:
            self.total = self._source.count()
            self._set_ids(self._source.ids(self._query))
            self._read = {}
        self.endResetModel()

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._positions = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def ids(self) -> list[int]:
        """The people shown, in order."""
        return list(self._ids)

    def row_at(self, row: int) -> PersonSummary:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self._ids):
            return self._ids[index.row()]  # without reading the person (all selected, say)
        return super().data(index, role)

    def item(self, row: int) -> PersonSummary:
        person_id = self._ids[row]
        found = self._read.get(person_id)
        if found is None:
            self._read_block(row)
            found = self._read.setdefault(person_id, _gone(person_id))
        return found

    def _read_block(self, row: int) -> None:
        assert self._source is not None
        start = row - row % BLOCK
        unread = [i for i in self._ids[start : start + BLOCK] if i not in self._read]
        self._read.update((person.id, person) for person in self._source.people(unread))

    def _block_of(self, person: PersonSummary) -> Sequence[PersonSummary]:
        row = self.row_of(person.id)
        if row is None:
            return [person]
        start = row - row % BLOCK
        return [self.item(at) for at in range(start, min(start + BLOCK, len(self._ids)))]

    def row_of(self, key: Any) -> int | None:
        if self._positions is None:
            self._positions = {person_id: row for row, person_id in enumerate(self._ids)}
        return self._positions.get(key)
