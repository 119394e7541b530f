"""The Ctrl+K search popup: type, see the people found with where, press Enter to open one.

The results follow the typing after a short pause (a search per keystroke would queue up behind
fast typists); Up and Down move through them without leaving the text field, Enter opens the
selected person, Esc closes. Each result shows the person's name and organisation, then up to
three snippets with the matched words in bold, drawn from rich text by a delegate.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.people.search import search
from relnotebook.errors import StorageError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.models.search_results import PERSON_ID_ROLE, RICH_TEXT_ROLE, SearchResultsModel
from relnotebook.gui.models.table_model import Index
from relnotebook.store import Notebook

DEBOUNCE_MS = 100
RESULT_LIMIT = 50


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's rich text (bold matches) inside the usual item background and selection."""

    def _document(
        self, option: QStyleOptionViewItem, index: Index, muted: str = "gray"
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(f".muted {{ color: {muted}; }}")
        document.setHtml(str(index.data(RICH_TEXT_ROLE) or ""))
        width = option.rect.width()
        view = self.parent()
        if isinstance(view, QListView):  # size hints come before the row has a rectangle
            width = view.viewport().width()
        document.setTextWidth(max(100, width - 8))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text_options = QStyleOptionViewItem(options)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        palette = options.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        # Labels and organisations are quieter than the matches, but stay readable on the
        # selection's colour.
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        document = self._document(text_options, index, muted.name())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        painter.save()
        rect = options.rect
        painter.translate(rect.left() + 4, rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 4, rect.height() - 2))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)


class SearchDialog(QDialog):
    """Search everything; `person_chosen(id)` then close when the user opens a result."""

    person_chosen = Signal(int)

    def __init__(self, notebook: Notebook, query: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self.chosen_person_id: int | None = None
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("search_dialog")
        self.resize(640, 480)
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Search names, organisations, notes, details…"))
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # rows rewrap with the window
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the text field
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.open_selected)
        self.query.installEventFilter(self)
        self.query.setText(query)
        self.query.selectAll()
        self.refresh()

    def refresh(self) -> None:
        """Search for what is typed now (the timer calls this a moment after the last key)."""
        self._timer.stop()
        text = self.query.text()
        if not text.strip():
            self.model.set_matches([])
            self.status.setText(
                self.tr(
                    "Type a name, an organisation, an email or a word from your notes. "
                    "Up and Down choose, Enter opens the person."
                )
            )
            return
        try:
            matches = search(self._notebook, text, RESULT_LIMIT)
        except StorageError as exc:
            self.model.set_matches([])
            self.status.setText(self.tr("The search failed: %1").replace("%1", user_message(exc)))
            return
        self.model.set_matches(matches)
        if not matches:
            self.status.setText(self.tr("No one found for “%1”.").replace("%1", text.strip()))
            return
        self.status.setText(
            self.tr("%1 people found.").replace("%1", str(len(matches)))
            if len(matches) > 1
            else self.tr("One person found.")
        )
        self.results.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the text field move through the results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -5,
                Qt.Key.Key_PageDown: 5,
            }.get(Qt.Key(event.key()))
            if step is not None:
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        if self._timer.isActive():  # the list must match what is typed before moving in it
            self.refresh()
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.results.currentIndex()
        row = current.row() if current.isValid() else -1
        row = min(count - 1, max(0, row + step))
        self.results.setCurrentIndex(self.model.index(row, 0))

    def open_selected(self) -> None:
        if self._timer.isActive():  # Enter right after typing: open what was typed for
            self.refresh()
        current = self.results.currentIndex()
        if current.isValid():
            self._open(current)

    def _open(self, index: Index) -> None:
        person_id = int(index.data(PERSON_ID_ROLE))
        self.chosen_person_id = person_id
        self.person_chosen.emit(person_id)
        self.accept()
