"""A row of buttons that wraps onto a second line when the window is narrow (French labels at
1024 px), instead of forcing the window wider or cutting the labels. Qt has no such layout;
this is its "Flow Layout" example, kept small."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, on as many lines as the width needs. `add_stretch()` marks the
    place after which the rest of a line is pushed to the right (as QHBoxLayout.addStretch)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch_at: int | None = None
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretch(self) -> None:
        self._stretch_at = len(self._items)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802
        """As wide as the widest item: the others go to the next lines."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        ) or parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        x = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append((index, item))
            x += width + gap
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for _, item in line), default=0)
            if move:
                used = sum(item.sizeHint().width() for _, item in line) + gap * (len(line) - 1)
                x = area.x()
                for index, item in line:
                    if self._stretch_at is not None and index == self._stretch_at and x > area.x():
                        x = max(x, area.right() + 1 - (used - (x - area.x())))
                    hint = item.sizeHint()
                    item.setGeometry(
                        QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), height))
                    )
                    x += hint.width() + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if lines[0] else 0
