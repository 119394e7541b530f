"""The window's frame painted before the slow start (opening the notebook, loading the data
layer), so that the app appears at once."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QWidget

PAINT_WAIT_S = 0.5  # at most, for the window system to show the frame before opening


class _PaintWatch(QObject):
    """Notes the first paint event of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def paint_now(window: QWidget) -> None:
    """Show `window` and let it be painted now, before the slow work that follows: events are
    processed until its first paint pass is drawn and flushed (at most PAINT_WAIT_S)."""
    watch = _PaintWatch()
    window.installEventFilter(watch)
    window.show()
    deadline = time.monotonic() + PAINT_WAIT_S
    while not watch.painted and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    window.removeEventFilter(watch)
