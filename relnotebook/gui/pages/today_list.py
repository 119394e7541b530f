"""Today's list: one row per person and section, the section's header above its first row, the
urgency in colour and an icon, and the reason wrapped on as many lines as it needs.

A QTreeView over the flat Today model: its rows may differ in height, and it asks for a row's
height only when the row comes into view, so a list of thousands of rows costs what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.outreach.agenda import Section
from relnotebook.gui.appearance import urgency_colour
from relnotebook.gui.icons import tinted
from relnotebook.gui.models.today import HEADER_ROLE, SECTION_ROLE, TodayTableModel

Index = QModelIndex | QPersistentModelIndex

# Each section's icon and urgency (appearance.URGENCY_COLOURS).
LOOK = {
    Section.LATE: ("circle-alert", "late"),
    Section.CALLS: ("phone-call", "due"),
    Section.SWEEPS: ("megaphone", "due"),
    Section.MESSAGES: ("mail", "soon"),
    Section.TASKS: ("square-check", "soon"),
    Section.CONSENTS: ("shield-check", "soon"),
    Section.COMING_UP: ("clock", "calm"),
}
ICON, PAD, GAP, STRIPE = 18, 6, 10, 3
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TALL = 1_000_000


def row_keys() -> list[tuple[str, str]]:
    """The keys on Today's list and what they do (Help › Keyboard Shortcuts shows them)."""
    opens = QCoreApplication.translate("today", "Open the person")
    return [
        ("Return", QCoreApplication.translate("today", "Do the selected one (the first button)")),
        ("C", QCoreApplication.translate("today", "Call: log a call with them")),
        ("W", QCoreApplication.translate("today", "Write: a message to them")),
        ("N", QCoreApplication.translate("today", "Not now: show it again later")),
        ("O", opens),
        ("Ctrl+Return", opens),
    ]


def bold(font: QFont) -> QFont:
    result = QFont(font)
    result.setBold(True)
    return result


class AgendaDelegate(QStyledItemDelegate):
    """Draws a row: the icon, what to do in bold, the reason below, both wrapped to the view's
    width; and says how tall that is."""

    def __init__(self, view: AgendaView) -> None:
        super().__init__(view)
        self._view = view

    def urgency(self, index: Index) -> str:
        section = index.data(SECTION_ROLE)
        model = index.model()
        if section == Section.CALLS and isinstance(model, TodayTableModel):
            item = model.item(index.row())
            if isinstance(item, CheckinDue) and item.status == DueStatus.OVERDUE:
                return "late"
        return LOOK[section][1]

    def text_rect(self, rect: QRect) -> QRect:
        """Where the texts go in a row's rectangle (its header left out)."""
        left = rect.left() + STRIPE + PAD + ICON + GAP
        return QRect(left, rect.top() + PAD, max(40, rect.right() - PAD - left), rect.height())

    def header_height(self, font: QFont) -> int:
        return QFontMetrics(bold(font)).lineSpacing() + 3 * PAD

    def texts(self, index: Index) -> tuple[str, str]:
        what = index.sibling(index.row(), TodayTableModel.WHAT).data() or ""
        why = index.sibling(index.row(), TodayTableModel.WHY).data() or ""
        return what, why

    def heights(self, font: QFont, width: int, index: Index) -> tuple[int, int]:
        what, why = self.texts(index)
        box = QRect(0, 0, width, TALL)
        top = QFontMetrics(bold(font)).boundingRect(box, WRAP, what).height()
        below = QFontMetrics(font).boundingRect(box, WRAP, why).height() if why else 0
        return top, below

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        top, below = self.heights(option.font, self.text_rect(QRect(0, 0, width, 0)).width(), index)
        height = top + below + 2 * PAD + (2 if below else 0)
        if index.data(HEADER_ROLE):
            height += self.header_height(option.font)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        rect = QRect(option.rect)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(group, QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        line = QColor(palette.color(QPalette.ColorRole.Text))
        line.setAlpha(40)  # a faint rule between rows, in light and dark
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), line)
        colour = urgency_colour(self.urgency(index), palette)
        painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), colour)
        ink = palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        name = LOOK[index.data(SECTION_ROLE)][0]
        icon = tinted(name, colour.name(), ink.name())
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        icon.paint(
            painter,
            QRect(rect.left() + STRIPE + PAD, rect.top() + PAD, ICON, ICON),
            Qt.AlignmentFlag.AlignCenter,
            mode,
        )
        text = self.text_rect(rect)
        top, below = self.heights(option.font, text.width(), index)
        what, why = self.texts(index)
        painter.setPen(ink)
        painter.setFont(bold(option.font))
        painter.drawText(QRect(text.left(), text.top(), text.width(), top), WRAP, what)
        painter.setFont(option.font)
        painter.drawText(QRect(text.left(), text.top() + top + 2, text.width(), below), WRAP, why)
        painter.restore()


class AgendaView(QTreeView):
    """The list, as a table without a grid: `selectRow` as on a QTableView."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegate = AgendaDelegate(self)
        self.setItemDelegate(self.delegate)

    def set_model(self, model: TodayTableModel) -> None:
        self.setModel(model)
        self.setColumnHidden(TodayTableModel.WHY, True)  # drawn under what to do

    def selectRow(self, row: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, TodayTableModel.WHAT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        header = index.data(HEADER_ROLE)
        if not header:
            super().drawRow(painter, option, index)
            return
        height = self.delegate.header_height(option.font)
        band = QRect(option.rect.left(), option.rect.top(), self.viewport().width(), height)
        painter.save()
        painter.fillRect(band, option.palette.color(QPalette.ColorRole.Window))
        colour: QColor = urgency_colour(LOOK[index.data(SECTION_ROLE)][1], option.palette)
        painter.setPen(colour)
        painter.setFont(bold(option.font))
        painter.drawText(
            band.adjusted(STRIPE + PAD, PAD, -PAD, -PAD),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            header,
        )
        painter.restore()
        rest = QStyleOptionViewItem(option)
        rest.rect = QRect(option.rect.adjusted(0, height, 0, 0))
        super().drawRow(painter, rest, index)
