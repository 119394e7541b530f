"""People in a table: their columns, and a model over a list of them (the people met at an
event). The People page's list, which reads only the rows it shows, builds on it
(`people_list.py`).

The model sorts its own rows (one `list.sort` over keys computed once a row): Qt's proxy sort
asks the model for two sort keys per comparison, some 280,000 calls into Python for 10,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from relnotebook.core.checkins.rules import Share
from relnotebook.core.models import Stage
from relnotebook.core.people.views import PersonSummary
from relnotebook.folding import fold
from relnotebook.gui.labels import format_percent, stage_label
from relnotebook.gui.models.table_model import ID_ROLE, Index, RowsTableModel

__all__ = ["ID_ROLE", "PeopleTableModel"]

_STAGE_ORDER = {stage: position for position, stage in enumerate(Stage)}
# The proactive share of these many rows is read at once, when one of them is first shown: a
# few milliseconds, where everyone's took more than a second at 50,000 people.
SHARES_BLOCK = 200
# The people's shares and which of them to call first next time, for the ids given.
SharesLoader = Callable[[Sequence[PersonSummary]], tuple[dict[int, Share], set[int]]]


class PeopleTableModel(RowsTableModel[PersonSummary]):
    NAME, ORGANISATION, STAGE, PROACTIVE, EMAIL, TAGS = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shares: dict[int, Share] = {}
        self._call_first: set[int] = set()
        self._given: list[PersonSummary] = []  # as given: ties keep this order, as Qt's sort did
        self._order: tuple[int, Qt.SortOrder] | None = None  # kept across reloads
        self._row_of: dict[int, int] = {}
        self._load_shares: SharesLoader | None = None  # None: `_shares` has everyone's
        self._shares_read: set[int] = set()  # whose share was read (with a loader)

    def set_rows(self, rows: Sequence[PersonSummary]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._sort_rows()
        self.endResetModel()

    def set_people(
        self,
        rows: Sequence[PersonSummary],
        shares: dict[int, Share] | SharesLoader,
        call_them_first: set[int] | None = None,
    ) -> None:
        """New rows with their shares, in one reset (the view reads each row once). `shares`
        may be a loader: then each share is read when its row is first shown (a block of rows
        at a time), or everyone's when the list is sorted by it."""
        if callable(shares):
            self._load_shares, self._shares, self._call_first = shares, {}, set()
        else:
            self._load_shares, self._shares = None, shares
            self._call_first = call_them_first or set()
        self._shares_read = set()
        self.set_rows(rows)

    def set_shares(self, shares: dict[int, Share], call_them_first: set[int]) -> None:
        """Proactive share over 90 days per person, and who to call first next time."""
        self._load_shares = None
        self._shares = shares
        self._call_first = call_them_first
        if self._order is not None and self._order[0] == self.PROACTIVE:
            self._resort()
        elif self.rowCount():
            column = self.PROACTIVE
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order) if 0 <= column < self.COLUMNS else None
        self._resort()

    def _read_shares(self, people: Sequence[PersonSummary]) -> None:
        assert self._load_shares is not None
        unread = [person for person in people if person.id not in self._shares_read]
        if not unread:
            return
        shares, call_first = self._load_shares(unread)
        self._shares.update(shares)
        self._call_first.update(call_first)
        self._shares_read.update(person.id for person in unread)

    def _share_of(self, person: PersonSummary) -> Share | None:
        """The person's share, read with the block of rows around theirs when first needed."""
        if self._load_shares is not None and person.id not in self._shares_read:
            self._read_shares(self._block_of(person))
        return self._shares.get(person.id)

    def _block_of(self, person: PersonSummary) -> Sequence[PersonSummary]:
        """The rows whose shares are read with this person's."""
        position = self._row_of.get(person.id)
        if position is None:
            return [person]
        start = position - position % SHARES_BLOCK
        return self._rows[start : start + SHARES_BLOCK]

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._sort_rows()
        for index in self.persistentIndexList():
            if index.isValid():
                moved = self._row_of[before[index.row()].id]
                self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._order is None:
            self._rows = list(self._given)
        else:
            column, order = self._order
            if column == self.PROACTIVE and self._load_shares is not None:
                self._read_shares(self._given)  # everyone's, to sort by it
            self._rows = sorted(
                self._given,
                key=lambda row: self.sort_key(row, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._row_of = {row.id: position for position, row in enumerate(self._rows)}

    def row_of(self, key: Any) -> int | None:
        return self._row_of.get(key)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Constant: Qt asks for it on every cell it lays out or paints.
        return 0 if parent.isValid() else self.COLUMNS

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
            return _STAGE_ORDER[row.stage]
        if column == self.PROACTIVE:
            share = self._share_of(row)
            return -1.0 if share is None or share.ratio is None else share.ratio
        return fold(self.text(row, column))

    def text(self, row: PersonSummary, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.STAGE:
            return stage_label(row.stage)
        if column == self.PROACTIVE:
            share = self._share_of(row)
            text = "" if share is None or share.ratio is None else format_percent(share.ratio)
            return f"{text} ⚑".strip() if row.id in self._call_first else text
        if column == self.EMAIL:
            return row.email
        if column == self.TAGS:
            return ", ".join(row.tags)
        return ""
