"""A tray notification when calls are due: at start, then once a day while the app runs.

Only where the desktop has a system tray; elsewhere this does nothing and nothing breaks.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from relnotebook.clock import Clock
from relnotebook.core.checkins.rules import DueStatus
from relnotebook.core.checkins.service import due_checkins
from relnotebook.store import Notebook

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly: notices the new day soon after midnight


def due_today_count(notebook: Notebook, today: dt.date) -> int:
    return sum(
        1
        for item in due_checkins(notebook, today, lookahead_days=0)
        if item.status in (DueStatus.OVERDUE, DueStatus.TODAY)
    )


class DueReminder(QObject):
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
        self.tray.show()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_EVERY_MS)
        self.check()

    def message(self, count: int) -> str:
        return self.tr("Calls due today: %1. Two minutes each.").replace("%1", str(count))

    def check(self) -> None:
        """Notify once per day, and only when something is due."""
        today = self._clock.today()
        if self.tray is None or today == self._last_day:
            return
        self._last_day = today
        count = due_today_count(self._notebook, today)
        if count:
            self.tray.showMessage(self.tr("Relationship Notebook"), self.message(count))
