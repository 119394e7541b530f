"""Personal details on the person page: a table edited in place, and a line to add one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core import settings
from relnotebook.core.dates import parse_date
from relnotebook.core.models import DetailKind
from relnotebook.core.outreach.drafts import person_form
from relnotebook.core.outreach.messages.mentions import to_vous
from relnotebook.core.people.details import guess_kind, suggested_mentions
from relnotebook.core.people.views import DetailView, PersonPage
from relnotebook.errors import ValidationError
from relnotebook.gui.drafts import Drafts
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import kind_label
from relnotebook.gui.models.details import DetailsTableModel
from relnotebook.gui.tables import fit_columns
from relnotebook.gui.undo import Editor


class KindDelegate(QStyledItemDelegate):
    """A combo box to change a detail's kind."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for kind in DetailKind:
            combo.addItem(kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DetailsPanel(QWidget):
    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self._person: PersonPage | None = None
        self.model = DetailsTableModel(self._edit, self)
        self.table = QTableView(self)
        self.table.setObjectName("details_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DetailsTableModel.KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        fit_columns(self.table, DetailsTableModel.TEXT)
        self.table.setAccessibleName(self.tr("Personal details"))
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.new_text = QLineEdit(self)
        self.new_text.setObjectName("new_detail_text")
        self.new_text.setPlaceholderText(
            self.tr("New detail: a trip, a hobby, family news… then Enter")
        )
        self.new_text.setAccessibleName(self.tr("New personal detail"))
        self.new_until = QLineEdit(self)
        self.new_until.setObjectName("new_detail_until")
        self.new_until.setPlaceholderText(self.tr("until… (optional)"))
        self.new_until.setAccessibleName(self.tr("Until"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete detail"), self)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("new_detail_mention")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.new_text.textChanged.connect(self._suggest)
        self.error = QLabel(self)
        self.error.setObjectName("details_error")
        self.error.setWordWrap(True)
        self.error.hide()
        for widget in (self.new_text, self.new_until):
            widget.returnPressed.connect(self.add_detail)
        self.add_button.clicked.connect(self.add_detail)
        self.delete_button.clicked.connect(self.delete_selected)

        row = QHBoxLayout()
        row.addWidget(self.new_text, 3)
        row.addWidget(self.new_until, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.error)
        self.drafts = Drafts(self.new_text, self.new_until)

    def show_person(self, person: PersonPage) -> None:
        self.drafts.switch_to(person.id)
        self._person = person
        fields = person.fields
        self.model.language = fields.language.value
        self.model.form = person_form(fields, settings.read_all(self._editor.notebook))
        self.model.set_rows(person.details)
        self._suggest()
        self.delete_button.setEnabled(bool(person.details))

    def _suggest(self) -> None:
        """ "In a message: …" under the new detail, as it is typed."""
        text = self.new_text.text().strip()
        if not text or self._person is None:
            self.suggestion.clear()
            return
        mention = suggested_mentions(text, self.model.language)[self._mention_column()]
        self.suggestion.setText(
            self.tr("In a message: %1").replace("%1", mention)
            if mention
            else self.tr("In a message: no mention (the message will not need one)")
        )

    def _mention_column(self) -> str:
        return "mention_en" if self.model.language == "en" else f"mention_{self.model.form}"

    def _show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def add_detail(self) -> None:
        if self._person is None or not self.new_text.text().strip():
            return
        text = self.new_text.text()
        try:
            today = self._clock.today()
            until = parse_date(self.new_until.text(), today=today)
            self._editor.add_detail(
                self._person.id,
                text=text,
                kind=guess_kind(text),
                mentioned_on=today,
                ends_on=until,
            )
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return
        self._show_error("")
        self.new_text.clear()
        self.new_until.clear()
        self.new_text.setFocus()

    def _edit(self, detail: DetailView, field: str, value: Any) -> bool:
        if field == "mention":
            return self._edit_mention(detail, " ".join(str(value or "").split()))
        try:
            if field in ("mentioned_on", "starts_on", "ends_on"):
                value = parse_date(str(value or ""), today=self._clock.today())
            if value == getattr(detail, field):
                return False
            self._editor.edit_detail(detail.id, {field: value}, detail.version)
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return False
        self._show_error("")
        return True

    def _edit_mention(self, detail: DetailView, mention: str) -> bool:
        """The user's own wording of the mention, kept for every later draft. A « tu » one
        gives the « vous » one too."""
        if mention == self.model.mention(detail):
            return False
        column = self._mention_column()
        changes = {column: mention}
        if column == "mention_tu":
            changes["mention_vous"] = to_vous(mention)
        try:
            self._editor.edit_detail(detail.id, changes, detail.version)
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return False
        self._show_error("")
        return True

    def delete_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        for row in sorted(rows, reverse=True):
            self._editor.delete_detail(self.model.item(row).id)
