"""The People list: one table model, and the proxy that filters it as the user types.

Ten thousand people must list, sort and filter at once, so the Python side is never called per
comparison: the model sorts its own rows (one `list.sort` over keys computed once a row), and the
proxy only filters, against search texts folded once per row (when a filter is first typed).
Qt's proxy sort, by contrast, asks the model for two sort keys per comparison: some 280,000 calls
into Python for 10,000 rows, seconds at start and again after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt

from relnotebook.core.checkins.rules import Share
from relnotebook.core.models import Stage
from relnotebook.core.people.views import PersonSummary
from relnotebook.gui.labels import format_percent, stage_label
from relnotebook.gui.models.table_model import ID_ROLE, SORT_ROLE, Index, RowsTableModel, fold

__all__ = ["ID_ROLE", "PeopleFilterProxy", "PeopleTableModel", "fold"]

_STAGE_ORDER = {stage: position for position, stage in enumerate(Stage)}
# The proactive share of these many rows is read at once, when one of them is first shown: a
# few milliseconds, where everyone's took more than a second at 50,000 people.
SHARES_BLOCK = 200
# The people's shares and which of them to call first next time, for the ids given.
SharesLoader = Callable[[Sequence[PersonSummary]], tuple[dict[int, Share], set[int]]]


def quick_fold(text: str) -> str:
    """`fold`, with a shortcut for plain ASCII (most names), which only needs its case folded."""
    return text.casefold() if text.isascii() else fold(text)


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
        self._haystacks: list[str] | None = None  # folded name, organisation and tags per row
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
            position = self._row_of.get(person.id)
            if position is None:
                self._read_shares([person])
            else:
                start = position - position % SHARES_BLOCK
                self._read_shares(self._rows[start : start + SHARES_BLOCK])
        return self._shares.get(person.id)

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
        self._haystacks = None

    def row_of(self, key: Any) -> int | None:
        return self._row_of.get(key)

    def haystack(self, row: int) -> str:
        """What the filter searches in this row: name, organisation and tags, folded."""
        if self._haystacks is None:
            self._haystacks = [
                quick_fold(" ".join((person.name, person.organisation, *person.tags)))
                for person in self._rows
            ]
        return self._haystacks[row]

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
        return quick_fold(self.text(row, column))

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


class PeopleFilterProxy(QSortFilterProxyModel):
    """Keeps people whose name, organisation or a tag contains every typed word.

    Sorting is passed on to a `PeopleTableModel` underneath (see the module's docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._stage: Stage | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, PeopleTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: Stage | None) -> None:
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words and self._stage is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, PeopleTableModel)
        if self._stage is not None and model.person(source_row).stage != self._stage:
            return False
        haystack = model.haystack(source_row)
        return all(word in haystack for word in self._words)
