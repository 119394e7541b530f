"""The People view: a filtered list on the left, the selected person's page on the right.

The list holds the ids of the people shown and reads the people a screenful at a time
(`models.people_list`): the notebook filters and orders them, so 50,000 people show as fast as
fifty. Still, the list is read when it is seen: a change while the page is hidden (at start,
Today is shown) only marks it stale (`is_stale`, see `pages.base`), and it is read again when
the page is shown, or when its list is asked for (`model`, the current or selected people).
"""

from __future__ import annotations

from collections.abc import Sequence
from heapq import nlargest

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.checkins.rules import Share
from relnotebook.core.checkins.shares import call_them_first_ids, shares_by_person
from relnotebook.core.models import Stage
from relnotebook.core.people.listing import PROACTIVE_DAYS, PeopleQuery, people_ids
from relnotebook.core.people.service import count_people, list_people
from relnotebook.core.people.views import PersonSummary
from relnotebook.errors import StorageError
from relnotebook.gui.labels import format_percent, stage_label
from relnotebook.gui.models.people import ID_ROLE, PeopleTableModel
from relnotebook.gui.models.people_list import BLOCK, PeopleListModel, PeopleSource
from relnotebook.gui.pages.person import PersonPageView
from relnotebook.gui.panels.empty_state import EmptyState
from relnotebook.gui.undo import Editor

MAX_COLUMN_WIDTH = 260
MEASURED = 20  # the longest texts (in characters) measured to fit a column


class PeoplePage(QWidget):
    delete_requested = Signal(int, str)
    compose_requested = Signal(int)
    call_requested = Signal(int, str)
    new_referral_requested = Signal(int)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.is_stale = True  # the list needs reading before it is seen or used
        self._keeping = False  # the current person selected again after a new filter
        self._model = PeopleListModel(self)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("people_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation or tag (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.textChanged.connect(self._filter_changed)
        self.stage = QComboBox(self)
        self.stage.setObjectName("people_stage")
        self.stage.setAccessibleName(self.tr("Stage filter"))
        self.stage.addItem(self.tr("All stages"), "")
        for stage in Stage:
            self.stage.addItem(stage_label(stage), stage.value)
        self.stage.currentIndexChanged.connect(self._stage_changed)

        self.table = QTableView(self)
        self.table.setObjectName("people_table")
        self.table.setModel(self._model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl+click select several people: to merge two, or export a few.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("People"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter.returnPressed.connect(self._focus_first)

        self.empty = EmptyState("people_empty", self)
        self.capture_button = self.empty.add_action(
            self.tr("&Capture people from an event…"), "Ctrl+E", "user-plus"
        )
        self.import_button = self.empty.add_action(
            self.tr("&Import contacts…"), "Ctrl+I", "download"
        )
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.person_page = PersonPageView(editor, clock, self)
        self.person_page.delete_requested.connect(self.delete_requested)
        self.person_page.compose_requested.connect(self.compose_requested)
        self.person_page.call_requested.connect(self.call_requested)
        self.person_page.new_referral_requested.connect(self.new_referral_requested)

        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.stage)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.person_page)
        # Room given or taken shared equally: at 1024 px the person's tabs show whole (French
        # too), at 1440 px the list shows its stage column.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 640])
        self.splitter.setChildrenCollapsible(False)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    @property
    def model(self) -> PeopleListModel:
        self._load_if_stale()
        return self._model

    def reload(self) -> None:
        """Read the list again, keeping the selected person selected."""
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        self._load_if_stale()
        super().showEvent(event)

    def _load_if_stale(self) -> None:
        if self.is_stale:
            self._load()

    def _load(self) -> None:
        self.is_stale = False
        selected = self._current_id()
        self._model.set_source(self._source())
        self._fit_columns()
        self._update_empty()
        if selected is None or not self.select_person(selected):
            self.person_page.show_person(None)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _source(self) -> PeopleSource:
        notebook = self._editor.notebook
        today = self._clock.today()

        def shares(rows: Sequence[PersonSummary]) -> tuple[dict[int, Share], set[int]]:
            """Read for the rows shown only (see `PeopleListModel`), a block at a time as they are
            painted: a notebook out of reach (a server gone) leaves the column blank until the
            next reload, rather than failing the paint."""
            ids = [p.id for p in rows]
            clients = [p.id for p in rows if p.stage == Stage.CLIENT]
            try:
                return (
                    shares_by_person(notebook, today, days=PROACTIVE_DAYS, person_ids=ids),
                    call_them_first_ids(notebook, clients),
                )
            except StorageError:
                return {}, set()

        def ids(query: PeopleQuery) -> list[int]:
            return people_ids(notebook, query, today)

        def people(ids: Sequence[int]) -> list[PersonSummary]:
            """Read as the rows are painted: out of reach, they show blank until a reload."""
            try:
                return list_people(notebook, ids) if ids else []
            except StorageError:
                return []

        return PeopleSource(ids, people, shares, lambda: count_people(notebook))

    def _fit_columns(self) -> None:
        """Each column as wide as its longest text, up to MAX_COLUMN_WIDTH, measured on the
        longest few texts of the first rows (those read to be shown anyway). Qt's
        resize-to-contents asks the model for every cell of a thousand rows."""
        model = self._model
        people = [model.item(row) for row in range(min(BLOCK, model.rowCount()))]
        longest: dict[int, Sequence[str]] = {
            model.NAME: [p.name for p in people],
            model.ORGANISATION: [p.organisation for p in people],
            model.STAGE: [stage_label(stage) for stage in Stage],
            model.PROACTIVE: [format_percent(1) + " ⚑"],
            model.EMAIL: [p.email for p in people],
        }
        metrics = self.table.fontMetrics()
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        header = self.table.horizontalHeader()
        for column, texts in longest.items():
            widest = max(
                (metrics.horizontalAdvance(text) for text in nlargest(MEASURED, texts, key=len)),
                default=0,
            )
            width = max(
                widest + 2 * (margin + 1) + 8, header.sectionSizeFromContents(column).width()
            )
            self.table.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))

    def current_person_id(self) -> int | None:
        self._load_if_stale()
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_person_ids(self) -> list[int]:
        """The selected people, in list order (the current one alone when one is selected)."""
        self._load_if_stale()
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(ID_ROLE) for index in rows]

    def select_person(self, person_id: int) -> bool:
        self._load_if_stale()
        row = self._model.row_of(person_id)
        if row is None and (self.filter.text() or self.stage.currentIndex() > 0):
            self.filter.clear()  # filtered out: show everyone so the person can be seen
            self.stage.setCurrentIndex(0)
            row = self._model.row_of(person_id)
        if row is None:
            return False
        index = self._model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        shown = self.person_page.person
        if shown is None or shown.id != person_id:  # no current-row change to trigger it
            self.person_page.show_person(person_id)
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _focus_first(self) -> None:
        if self._model.rowCount() > 0:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _filter_changed(self, _text: str) -> None:
        self._refilter()

    def _stage_changed(self) -> None:
        self._refilter()

    def _refilter(self) -> None:
        """The notebook filters: the list is read again; the person shown stays selected if
        the filter keeps them (their page is not read again for it)."""
        value = self.stage.currentData()
        current = self._current_id()
        self._model.set_filter(self.filter.text(), Stage(value) if value else None)
        row = None if current is None else self._model.row_of(current)
        if row is not None:
            self._keeping = True
            try:
                self.table.selectRow(row)
            finally:
                self._keeping = False
        self._update_empty()

    def _update_empty(self) -> None:
        if self._model.total == 0:
            self.empty.setText(
                self.tr(
                    "No one in this notebook yet.\n\nAfter an event, press Ctrl+E to capture "
                    "the people you met, or Ctrl+N to add one person."
                )
            )
        elif self._model.rowCount() == 0:
            self.empty.setText(self.tr("No one matches this filter."))
        self.empty.show_actions(self._model.total == 0)
        showing_table = self._model.rowCount() > 0
        self.list_stack.setCurrentWidget(self.table if showing_table else self.empty)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = current.data(ID_ROLE) if current.isValid() else None
        shown = self.person_page.person
        if self._keeping and shown is not None and shown.id == person_id:
            return
        self.person_page.show_person(person_id)
