"""An empty view: what goes there, said where it will be, and buttons that start it.

Every view's empty state is one of these (Today, People, Events, Referrals), so each says what
fills it and offers the way to do it ("Capture people from an event…", "Import contacts…"),
rather than only explaining.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relnotebook.gui.flow_layout import FlowLayout
from relnotebook.gui.icons import follow_palette, icon

MAX_WIDTH = 680  # pixels: lines longer than that are hard to read


class EmptyState(QWidget):
    def __init__(self, name: str, parent: QWidget, *, centred: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # The text and its buttons in a column at most MAX_WIDTH wide; no alignment flags on
        # the wrapped label, which would make the layout ignore its height for its width (the
        # text was cut at the bottom).
        column = QWidget(self)
        column.setMaximumWidth(MAX_WIDTH)
        self.label = QLabel(column)
        self.label.setObjectName(f"{name}_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._buttons = FlowLayout()  # on several lines when the view is narrow
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.label)
        inner.addSpacing(8)
        inner.addLayout(self._buttons)
        row = QHBoxLayout()
        if centred:
            row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        if centred:
            layout.addStretch(1)
        else:  # lined up with the page's title
            layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def add_action(self, text: str, tip: str = "", icon_name: str = "") -> QPushButton:
        """A button that starts what goes here; the caller connects its `clicked`."""
        button = QPushButton(text, self)
        button.setToolTip(tip)
        if icon_name:
            follow_palette(button, lambda: button.setIcon(icon(icon_name, button.palette())))
        self._buttons.addWidget(button)
        self.buttons.append(button)
        return button

    def show_actions(self, shown: bool) -> None:
        """A filter that matches no one has nothing to start: its text alone."""
        for button in self.buttons:
            button.setVisible(shown)
