"""Answering the app's question boxes as a user does: once the box is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


def when_a_box_opens(answer: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Answer the next modal box with `answer`; the list receives the box (empty: none came)."""
    seen: list[QMessageBox] = []

    def _answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "no question was asked"
        seen.append(box)
        answer(box)

    QTimer.singleShot(0, _answer)
    return seen


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)


def click(qtbot, text: str) -> Callable[[QMessageBox], None]:
    """Click the button called `text` on the box."""
    return lambda box: qtbot.mouseClick(button(box, text), Qt.MouseButton.LeftButton)


def press(qtbot, key: Qt.Key) -> Callable[[QMessageBox], None]:
    """Press `key` (Enter: the default button; Esc: the escape button)."""
    return lambda box: qtbot.keyClick(box, key)
