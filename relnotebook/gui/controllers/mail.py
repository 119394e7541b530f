"""The mail log in the app: each mailbox of Settings › Mail read off the UI thread at start and
every N minutes (`core.mail`), the status line saying what was found, a run that can be
stopped, and the people written to often who are not in the notebook, kept to be offered.

Nothing is read until a mailbox is set. An IMAP password comes from the system keyring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal

from relnotebook.core import settings
from relnotebook.core.mail.rules import Correspondent
from relnotebook.core.mail.service import MailRun, MailRunCancelled, log_mail
from relnotebook.core.mail.sources import chosen_sources
from relnotebook.errors import SentenceError
from relnotebook.gui.background import Progress, Task
from relnotebook.gui.controllers.base import Controller
from relnotebook.gui.error_messages import user_message

if TYPE_CHECKING:
    from relnotebook.clock import Clock
    from relnotebook.gui.background import Runner
    from relnotebook.gui.main_window import MainWindow
    from relnotebook.gui.undo import Editor

STATUS_MS = 15000


class MailController(Controller):
    """Owned by the window; `start()` once the window is up."""

    progressed = Signal(int, int)
    finished = Signal(str)  # the status line's sentence
    frequent_changed = Signal()

    def __init__(self, window: MainWindow, editor: Editor, clock: Clock, runner: Runner) -> None:
        super().__init__(window, editor, clock, runner)
        self.task: Task | None = None
        self.frequent: list[Correspondent] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self) -> None:
        """Read now, then every N minutes (Settings › Mail)."""
        minutes = settings.get_int(self.notebook, settings.MAIL_EVERY_MINUTES)
        self.timer.start(minutes * 60 * 1000)
        self.run()

    def stop(self) -> None:
        """Stop the run going on: nothing of it is logged."""
        if self.task is not None:
            self.task.cancel()

    def close(self) -> None:
        """Before the notebook closes: no new read, and the one going on stops and ends."""
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()
            self.task.wait()

    def run(self) -> bool:
        """Read every mailbox set; False when none is set or a run is going on."""
        if self.busy:
            return False
        sources = chosen_sources(self.notebook)
        if not sources:
            return False
        notebook, today = self.notebook, self.clock.today()

        def work(progress: Progress) -> list[MailRun]:
            going = [True]

            def report(done: int, total: int) -> None:
                going[0] = progress(done, total)

            return [
                log_mail(
                    notebook,
                    source,
                    today=today,
                    progress=report,
                    cancelled=lambda: not going[0],
                )
                for source in sources
            ]

        self.say(self.tr("Reading mail…"), 0)
        self.task = self.runner.run(
            work, self._done, self._failed, progress=self._progress, context=self
        )
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        if total:
            self.say(self.tr("Reading mail… %1%").replace("%1", str(done * 100 // total)), 0)

    def _done(self, runs: list[MailRun]) -> None:
        logged = sum(run.logged for run in runs)
        replies = [reply for run in runs for reply in run.replies]
        seen = {c.address for c in self.frequent}
        for run in runs:
            self.frequent += [c for c in run.frequent if c.address not in seen]
            seen.update(c.address for c in run.frequent)
        text = self.tr("Mail: %1 contacts logged with %2 people").replace("%1", str(logged))
        text = text.replace("%2", str(sum(run.people for run in runs)))
        if replies:
            names = ", ".join(reply.person_name for reply in replies)
            text += self.tr("; replies from %1").replace("%1", names)
        self.say(text + ".", STATUS_MS)
        self.finished.emit(text)
        if self.frequent:
            self.frequent_changed.emit()
        if logged:
            self.editor.changed.emit()  # cadences, Today and the person pages follow

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, MailRunCancelled):
            text = self.tr("Mail reading stopped; nothing was logged.")
        else:
            text = "⚠ " + (user_message(error) if isinstance(error, SentenceError) else str(error))
        self.say(text, STATUS_MS)
        self.finished.emit(text)

    def forget(self, correspondent: Any) -> None:
        """Take someone off the list offered (added to the notebook, or not wanted)."""
        self.frequent = [c for c in self.frequent if c.address != correspondent.address]
        self.frequent_changed.emit()
