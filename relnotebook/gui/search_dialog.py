"""The Ctrl+K search popup: type, see the people found with where, press Enter to open one.

The results follow the typing after a short pause (a search per keystroke would queue up behind
fast typists); Up and Down move through them without leaving the text field, Enter opens the
selected person, Esc closes. Each result shows the person's name and organisation, then up to
three snippets with the matched words in bold, drawn from rich text by a delegate.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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

from relnotebook.core.people.search import PersonMatch, Snippet, search
from relnotebook.errors import StorageError
from relnotebook.gui.error_messages import user_message
from relnotebook.store import Notebook

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
RICH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 100
RESULT_LIMIT = 50


def kind_label(kind: str) -> str:
    """Where a snippet was found, as the user names it."""
    labels = {
        "name": QCoreApplication.translate("SearchDialog", "Name"),
        "organisation": QCoreApplication.translate("SearchDialog", "Organisation"),
        "email": QCoreApplication.translate("SearchDialog", "Email"),
        "phone": QCoreApplication.translate("SearchDialog", "Phone"),
        "note": QCoreApplication.translate("SearchDialog", "Note"),
        "detail": QCoreApplication.translate("SearchDialog", "Personal detail"),
        "signal": QCoreApplication.translate("SearchDialog", "Message sent"),
    }
    return labels.get(kind, kind)


def _rich(snippet: Snippet) -> str:
    return "".join(
        f"<b>{html.escape(text)}</b>" if matched else html.escape(text)
        for text, matched in snippet.pieces
    )


class SearchResultsModel(QAbstractListModel):
    """The people found, one row each: plain text for display and accessibility, rich text
    (matched words in bold) for the delegate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[PersonMatch] = []

    def set_matches(self, matches: list[PersonMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def person_match(self, row: int) -> PersonMatch:
        return self._matches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def _lines(self, match: PersonMatch) -> list[tuple[str, Snippet]]:
        # A match on the name itself shows in the heading, not again below it.
        return [(kind_label(s.kind), s) for s in match.snippets if s.kind != "name"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role == PERSON_ID_ROLE:
            return match.person_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            heading = match.name + (f" · {match.organisation}" if match.organisation else "")
            lines = [f"{label}: {snippet.text}" for label, snippet in self._lines(match)]
            return "\n".join([heading, *lines])
        if role == RICH_TEXT_ROLE:
            name = next((s for s in match.snippets if s.kind == "name"), None)
            heading = f"<b>{html.escape(match.name)}</b>" if name is None else _rich(name)
            if match.organisation:
                heading += f" <span class='muted'>· {html.escape(match.organisation)}</span>"
            lines = [
                f"<span class='muted'>{html.escape(label)}:</span> {_rich(snippet)}"
                for label, snippet in self._lines(match)
            ]
            return "<br>".join([heading, *lines])
        return None


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
