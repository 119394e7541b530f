"""A tray notification when something is due: at start, then once a day while the app runs.

It counts what Today counts (`agenda.due_count`: calls, messages, tasks, sweep calls, consents),
says nothing on a day with nothing due, and clicking it opens Today. Only where the desktop has
a system tray; elsewhere this does nothing and nothing breaks.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from relnotebook.clock import Clock
from relnotebook.core.outreach.agenda import Section, due_count
from relnotebook.core.outreach.service import agenda_on
from relnotebook.store import Notebook

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly: notices the new day soon after midnight


def due_today_count(notebook: Notebook, today: dt.date) -> int:
    # The newsletter offers and the sweep calls counted, not read.
    pages = dict.fromkeys((Section.MESSAGES, Section.SWEEPS), 0)
    return due_count(agenda_on(notebook, today, pages=pages), today)


class DueReminder(QObject):
    open_today = Signal()  # the notification (or the tray icon) was clicked

    def __init__(
        self,
        notebook: Notebook,
        icon: QIcon,
        *,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self._clock = clock
        self._last_day: dt.date | None = None
        self.tray: QSystemTrayIcon | None = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(self.tr("Relationship Notebook"))
        self.tray.messageClicked.connect(self.open_today)
        self.tray.activated.connect(self._activated)
        self.tray.show()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_EVERY_MS)
        self.check()

    def message(self, count: int) -> str:
        return self.tr("%n things to do today. Click to open Today.", "", count)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:
            self.open_today.emit()

    def check(self) -> None:
        """Notify once per day, and only when something is due."""
        today = self._clock.today()
        if self.tray is None or today == self._last_day:
            return
        self._last_day = today
        count = due_today_count(self._notebook, today)
        if count:
            self.tray.showMessage(self.tr("Relationship Notebook"), self.message(count))
