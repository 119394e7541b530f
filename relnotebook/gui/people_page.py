"""The People view: a filtered list on the left, the selected person's page on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relnotebook.contacts import call_them_first_ids, shares_by_person
from relnotebook.gui.labels import stage_label
from relnotebook.gui.people_model import ID_ROLE, PeopleFilterProxy, PeopleTableModel
from relnotebook.gui.person_page import PersonPageView
from relnotebook.gui.undo import Editor
from relnotebook.models import Stage
from relnotebook.people import list_people


class PeoplePage(QWidget):
    delete_requested = Signal(int, str)
    compose_requested = Signal(int)
    call_requested = Signal(int, str)
    new_referral_requested = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

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
        self.table.setModel(self.proxy)
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

        self.empty = QLabel(self)
        self.empty.setObjectName("people_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.person_page = PersonPageView(editor, self)
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
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 620])
        self.splitter.setChildrenCollapsible(False)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def reload(self) -> None:
        """Re-read the list after any change, keeping the selected person selected."""
        selected = self.current_person_id()
        notebook = self._editor.notebook
        people = list_people(notebook)
        self.model.set_rows(people)
        self.model.set_shares(
            shares_by_person(notebook, dt.date.today(), days=90),
            call_them_first_ids(notebook, [p.id for p in people if p.stage == Stage.CLIENT]),
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.person_page.set_people(people)
        self._update_empty()
        if selected is None or not self.select_person(selected):
            self.person_page.show_person(None)

    def current_person_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_person_ids(self) -> list[int]:
        """The selected people, in list order (the current one alone when one is selected)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(ID_ROLE) for index in rows]

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everyone so the person can be seen
            self.filter.clear()
            self.stage.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
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
        if self.proxy.rowCount() > 0:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_empty()

    def _stage_changed(self) -> None:
        value = self.stage.currentData()
        self.proxy.set_stage(Stage(value) if value else None)
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.rowCount() == 0:
            self.empty.setText(
                self.tr(
                    "No one in this notebook yet.\n\nAfter an event, press Ctrl+E to capture "
                    "the people you met, or Ctrl+N to add one person."
                )
            )
        elif self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("No one matches this filter."))
        showing_table = self.proxy.rowCount() > 0
        self.list_stack.setCurrentWidget(self.table if showing_table else self.empty)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.person_page.show_person(current.data(ID_ROLE) if current.isValid() else None)
