"""Sync with the phone in the app (`core.sync`): File › Sync Now (Ctrl+Shift+S) and, when set in
File › Sync Settings…, a sync every N minutes while the app is open; off the UI thread through
the Runner, with a status line ("Synced 2 min ago · 3 new from your phone"), and while it runs
a progress bar card by card with a Stop button (the notebook stays as it was; the next sync
finishes).

Nothing touches the network until a server is set. The password comes from the system keyring,
else is asked in a dialog on Sync Now (a periodic sync never asks: it says so and waits for
the next one). Offline or a wrong password is said in one sentence; the next period retries.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QProgressBar, QToolButton

from relnotebook.core import settings
from relnotebook.errors import SentenceError
from relnotebook.gui.background import Progress, Task
from relnotebook.gui.controllers.base import Controller
from relnotebook.gui.error_messages import user_message

if TYPE_CHECKING:
    from relnotebook.clock import Clock
    from relnotebook.core.sync.dav import DavAccount
    from relnotebook.core.sync.service import SyncRun
    from relnotebook.gui.background import Runner
    from relnotebook.gui.main_window import MainWindow
    from relnotebook.gui.undo import Editor

STATUS_MS = 15000
MINUTE_MS = 60 * 1000


class SyncController(Controller):
    """Owned by the window; the timer runs only when a server and a period are set."""

    def __init__(self, window: MainWindow, editor: Editor, clock: Clock, runner: Runner) -> None:
        super().__init__(window, editor, clock, runner)
        self.task: Task | None = None
        self.password: str | None = None  # typed in this session (when the keyring has none)
        self.synced_at: dt.datetime | None = None
        self.came_in = 0
        self.last_run: SyncRun | None = None
        self.interactive = False  # the sync going on was asked for (Sync Now)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.run(interactive=False))
        self.status = QLabel(window)  # the lasting "Synced … ago" in the status bar
        self.status.setObjectName("sync_status")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self.show_status)
        self.clock_timer.start(MINUTE_MS)
        self._add_progress()
        self.apply_settings()

    def _add_progress(self) -> None:
        """The bar and the Stop button in the status bar, shown while a sync runs."""
        self.progress = QProgressBar(self.window)
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setFormat(self.tr("%v of %m"))
        self.stop_button = QToolButton(self.window)
        self.stop_button.setObjectName("sync_stop")
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the sync: the notebook stays as it was."))
        self.stop_button.clicked.connect(self.stop)
        for widget in (self.progress, self.stop_button):
            widget.hide()
            self.window.statusBar().addPermanentWidget(widget)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.show()
        self.stop_button.show()

    def _ended(self) -> None:
        self.progress.hide()
        self.stop_button.hide()

    def stop(self) -> None:
        """The sync going on stops at its next card."""
        if self.busy and self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.say(self.tr("Stopping the sync…"), 0)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def account(self) -> DavAccount | None:
        """The server set in Sync Settings; None when there is none."""
        url = settings.get_text(self.notebook, settings.SYNC_URL).strip()
        if not url:
            return None
        from relnotebook.core.sync.dav import DavAccount

        return DavAccount(url, settings.get_text(self.notebook, settings.SYNC_USER).strip())

    def apply_settings(self) -> None:
        """The period as set: a sync every N minutes, or none (0, or no server)."""
        minutes = settings.get_int(self.notebook, settings.SYNC_EVERY_MINUTES)
        if minutes and self.account() is not None:
            self.timer.start(minutes * MINUTE_MS)
        else:
            self.timer.stop()

    def close(self) -> None:
        """Before the notebook closes: no new sync, and the one going on ends."""
        self.timer.stop()
        self.clock_timer.stop()
        if self.task is not None:
            self.task.wait()

    def sync_now(self) -> None:
        if self.account() is None:
            self.say(self.tr("Set your server first (File › Sync Settings…)."))
            self.open_settings()
            return
        if not self.run(interactive=True) and self.busy:
            self.say(self.tr("A sync is already going on."))

    def open_settings(self) -> None:
        from relnotebook.gui.dialogs.sync_settings import SyncSettingsDialog

        self.settings_dialog = SyncSettingsDialog(self, self.window)
        self.settings_dialog.open()

    def ask_password(self, account: DavAccount) -> str | None:
        """The password typed in a dialog (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Sync password"),
            self.tr("Password for %1 on %2:")
            .replace("%1", account.user)
            .replace("%2", account.url),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def password_for(self, account: DavAccount, *, interactive: bool) -> str | None:
        """From this session, the keyring, or (on Sync Now) a dialog kept in the keyring."""
        from relnotebook.core.sync.dav import account_password, keep_password

        if not account.user:
            return ""
        found = self.password or account_password(account)
        if found is None and interactive:
            found = self.ask_password(account)
            if found is not None:
                keep_password(account, found)
        self.password = found
        return found

    def run(self, *, interactive: bool = False) -> bool:
        """Sync once in the background; False when no server is set, none is going on, or no
        password could be had."""
        account = self.account()
        if account is None or self.busy:
            return False
        password = self.password_for(account, interactive=interactive)
        if password is None:
            self.say(
                self.tr("Sync waits for your password: use File › Sync Now to type it."), STATUS_MS
            )
            return False
        from relnotebook.core.sync.service import sync

        notebook, today = self.notebook, self.clock.today()

        def work(progress: Progress) -> SyncRun:
            return sync(notebook, account, today=today, password=password, progress=progress)

        self.say(self.tr("Syncing with %1…").replace("%1", account.url), 0)
        self.interactive = interactive
        self.stop_button.setEnabled(True)
        self.task = self.runner.run(
            work, self._done, self._failed, progress=self._progressed, context=self
        )
        return True

    def _done(self, run: SyncRun) -> None:
        self._ended()
        self.last_run = run
        self.synced_at = self.clock.now()
        self.came_in = len(run.came_in)
        self.window.statusBar().clearMessage()
        self.show_status()
        if run.came_in or run.updated_here:
            self.editor.changed.emit()  # Today and the person pages follow
        if self.interactive and (run.clashes or run.deleted_on_server or run.deleted_here):
            self.ask_choices(run)

    def ask_choices(self, run: SyncRun) -> None:
        """After Sync Now: the clashes and deletions to choose about (applied next sync)."""
        from relnotebook.gui.dialogs.sync_choices import SyncChoicesDialog

        self.choices_dialog = SyncChoicesDialog(self.notebook, run, self.window)
        self.choices_dialog.accepted.connect(self.editor.changed.emit)
        self.choices_dialog.open()

    def _failed(self, error: BaseException) -> None:
        from relnotebook.core.sync.dav import SyncError
        from relnotebook.core.sync.progress import SyncStopped

        self._ended()
        stopped = isinstance(error, SyncStopped)
        if isinstance(error, SyncError) and not error.unreachable and not stopped:
            self.password = None  # refused: asked again on Sync Now
        text = user_message(error) if isinstance(error, SentenceError) else str(error)
        if self.timer.isActive():
            text += " " + self.tr("It will be tried again at the next sync.")
        self.say("⚠ " + text, STATUS_MS)

    def status_text(self) -> str:
        """ "Synced 2 min ago · 3 new from your phone" ("" before the first sync)."""
        if self.synced_at is None:
            return ""
        minutes = int((self.clock.now() - self.synced_at).total_seconds() // 60)
        if minutes < 1:
            text = self.tr("Synced just now")
        else:
            text = self.tr("Synced %1 min ago").replace("%1", str(minutes))
        if self.came_in:
            text += " · " + self.tr("%1 new from your phone").replace("%1", str(self.came_in))
        return text

    def show_status(self) -> None:
        text = self.status_text()
        self.status.setText(text)
        self.status.setVisible(bool(text))
