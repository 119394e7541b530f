"""Today's backup, taken while the app runs: checked once an hour, copied off the UI thread.

The rules (where backups go, which are kept, when one is due) are in
`relnotebook.store.files.backups`. "Back Up Now…" is in `controllers/notebook.py`, restoring in
`dialogs/restore.py`, the recovery of a damaged notebook in `dialogs/recovery.py`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from relnotebook.clock import Clock
from relnotebook.gui.background import Progress, Runner, Task
from relnotebook.gui.error_messages import error_text
from relnotebook.store.files.backups import (
    back_up,
    back_up_server,
    backup_due,
    server_backup_due,
)

if TYPE_CHECKING:
    from relnotebook.store import Notebook

CHECK_EVERY_MS = 60 * 60 * 1000  # once an hour: a day's backup is never more than an hour late


class DailyBackup(QObject):
    """Checks once an hour whether today's backup is due, and takes it off the UI thread.

    The window shows `failed` messages (a full disk, a damaged notebook) in its status bar or
    a dialog; nothing else needs to happen on success.
    """

    backed_up = Signal(object)  # the new backup's Path
    failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        notebook_path: Path,
        clock: Clock,
        runner: Runner,
        parent: QObject | None = None,
        interval_ms: int = CHECK_EVERY_MS,
        *,
        server_notebook: Notebook | None = None,
    ) -> None:
        super().__init__(parent)
        self.notebook_path = Path(notebook_path)
        self._clock = clock  # "today's" backup, and the time in its name
        self.server_notebook = server_notebook  # on a server: copied into a local file
        self._runner = runner
        self.task: Task | None = None  # today's, once started
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def check(self, now: dt.datetime | None = None) -> bool:
        """Start today's backup if it is due; True when one was started."""
        if self.busy:
            return False
        now = now or self._clock.now()
        on_server = self.server_notebook
        if on_server is not None:
            if not server_backup_due(on_server, now):
                return False
        elif not backup_due(self.notebook_path, now):
            return False
        path = self.notebook_path

        def work(progress: Progress) -> Path:
            if on_server is not None:
                return back_up_server(on_server, now=now)
            return back_up(path, progress=progress, now=now)

        self.task = self._runner.run(
            work,
            self.backed_up.emit,
            lambda error: self.failed.emit(self._failure(error)),
            context=self,
        )
        return True

    def _failure(self, error: BaseException) -> str:
        return QCoreApplication.translate(
            "backup_ui", "Today's backup of the notebook failed: %1"
        ).replace("%1", error_text(error))

    def stop(self) -> None:
        """Before the notebook closes: no new backup, and the running one finishes first."""
        self.timer.stop()
        if self.task is not None:
            self.task.wait()
