"""A box that cannot be missed: what the pressure check found in a draft, one line each.

It sits between the message and the buttons of the composer. With findings it is amber with a
title that counts them; with none it is a quiet green line; a template that cannot be used shows
there in red. The colours are set with their text colour, so the box reads the same on a light
or a dark desktop.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# (background, border, text): dark text on light fills, legible whatever the palette.
_LOOKS = {
    "warn": ("#fff4d6", "#c98a00", "#3d2a00"),
    "clear": ("#e8f5e9", "#5f9e62", "#1b3d1d"),
    "problem": ("#fdecea", "#c62828", "#4a0f0f"),
}


class WarningArea(QFrame):
    """`title` says how many things to look at; `text` lists them (one "• …" line each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning_area")
        self.state = "clear"
        self.title = QLabel(self)
        self.title.setObjectName("warning_title")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("warning_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)

    def _look(self, state: str) -> None:
        self.state = state
        background, border, text = _LOOKS[state]
        self.setStyleSheet(
            f"QFrame#warning_area {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 4px; }} QFrame#warning_area QLabel {{ color: {text};"
            " background: transparent; border: none; }"
        )

    def show_findings(self, title: str, findings: Sequence[str]) -> None:
        self._look("warn")
        self.title.setText(title)
        self.title.show()
        self.text.setText("\n".join(f"• {finding}" for finding in findings))
        self.setAccessibleDescription(self.text.text())

    def show_clear(self, text: str) -> None:
        self._look("clear")
        self.title.hide()
        self.text.setText(text)
        self.setAccessibleDescription(text)

    def show_problem(self, text: str) -> None:
        self._look("problem")
        self.title.hide()
        self.text.setText(text)
        self.setAccessibleDescription(text)
