"""Slow work (an import, a backup, an export, an erasure's copies) off the UI thread, through
one small interface.

The core functions stay plain Python: they take a `progress(done, total) -> bool` callback and
stop (rolling back) when it returns False. A `Runner` runs such a function and reports back on
the UI thread: exactly one of `on_success(result)` / `on_failure(error)`, after any number of
`progress(done, total)`, unless the `context` given (the dialog or object waiting for it) is
gone by then, as a slot is not called once its receiver is deleted. The app runs work on
worker threads (`ThreadRunner`, built once by app.py and passed down); tests may run it at once
on the calling thread (`SyncRunner`, as Picard's fake thread pool), the callbacks being called
before `run` returns.

The runner owns the work while it runs: nothing is kept alive by attributes set on widgets, a
window closed mid-work does not destroy a running thread, and quitting the app waits for work
to end (a backup half written is finished, not aborted). `run_with_progress` adds a modal
progress dialog with Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]  # what the work calls: False asks it to stop
Work = Callable[[Progress], Any]
OnProgress = Callable[[int, int], None]
OnSuccess = Callable[[Any], None]
OnFailure = Callable[[BaseException], None]


class Task(Protocol):
    """One run of some work, as its caller sees it."""

    @property
    def done(self) -> bool:
        """The outcome was reported (its callback was called)."""
        ...

    def cancel(self) -> None:
        """The next progress call returns False: the work stops as it sees fit."""
        ...

    def wait(self) -> None:
        """Block until the work itself has ended (closing a dialog or a window mid-work)."""
        ...


class Runner(Protocol):
    def run(
        self,
        work: Work,
        on_success: OnSuccess,
        on_failure: OnFailure,
        *,
        progress: OnProgress | None = None,
        context: QObject | None = None,
    ) -> Task: ...


# --- at once, on the calling thread (tests) -----------------------------------------------------


class SyncTask:
    def __init__(self) -> None:
        self.done = False
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def wait(self) -> None:
        """Nothing to wait for: the work ended before `run` returned."""


class SyncRunner:
    """Runs the work before `run` returns, and reports on the calling thread."""

    def run(
        self,
        work: Work,
        on_success: OnSuccess,
        on_failure: OnFailure,
        *,
        progress: OnProgress | None = None,
        context: QObject | None = None,
    ) -> SyncTask:
        task = SyncTask()

        def report(done: int, total: int) -> bool:
            if progress is not None:
                progress(done, total)
            return not task.cancelled

        try:
            result = work(report)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the caller
            task.done = True
            on_failure(exc)
        else:
            task.done = True
            on_success(result)
        return task


# --- on worker threads (the app) ----------------------------------------------------------------


class _Worker(QThread):
    """The thread; its signals are relayed to the UI thread by the task."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancelled: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the UI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class ThreadTask(QObject):
    """A worker thread and its outcome, received on the UI thread (the task lives there: the
    worker's signals reach it queued). Owned by its runner, deleted once its outcome is
    reported, with its thread (ended by then)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, runner: QObject) -> None:
        super().__init__(runner)
        self.done = False
        self.orphaned = False  # its context is gone: nobody to report to
        self._cancelled = threading.Event()
        self._worker = _Worker(work, self._cancelled, self)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self.succeeded)
        self._worker.failed.connect(self.failed)

    def start(self) -> None:
        self._worker.start()

    def cancel(self) -> None:
        self._cancelled.set()

    def orphan(self, _context: object = None) -> None:
        self.orphaned = True  # (the work goes on: a backup is finished, not cut short)

    def wait(self) -> None:
        if not self.done:  # (once done, the thread has ended and may be deleted)
            self._worker.wait()


class ThreadRunner(QObject):
    """Each piece of work on a thread of its own. The runner keeps every task until its outcome
    is reported, and quitting the application waits for the running ones to end."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._running: set[ThreadTask] = set()
        app.aboutToQuit.connect(self.wait_all)

    def run(
        self,
        work: Work,
        on_success: OnSuccess,
        on_failure: OnFailure,
        *,
        progress: OnProgress | None = None,
        context: QObject | None = None,
    ) -> ThreadTask:
        task = ThreadTask(work, self)
        if context is not None:
            context.destroyed.connect(task.orphan)
        if progress is not None:
            task.progressed.connect(lambda done, total: task.orphaned or progress(done, total))
        task.succeeded.connect(lambda result: self._ended(task, lambda: on_success(result)))
        task.failed.connect(lambda error: self._ended(task, lambda: on_failure(error)))
        self._running.add(task)
        task.start()
        return task

    def _ended(self, task: ThreadTask, report: Callable[[], None]) -> None:
        # The outcome is the thread's last act: wait the moment it takes to end, so that the
        # thread is never destroyed while still running (that aborts the app).
        task.wait()
        task.done = True
        self._running.discard(task)
        task.deleteLater()  # (not now: we are inside its signal)
        if not task.orphaned:
            report()

    def running(self) -> int:
        return len(self._running)

    def wait_all(self) -> None:
        """Block until every running task's work has ended (the app is quitting)."""
        for task in list(self._running):
            task.wait()


# --- with a progress dialog ---------------------------------------------------------------------


def run_with_progress(
    runner: Runner,
    parent: QWidget,
    label: str,
    work: Work,
    on_success: OnSuccess,
    on_failure: OnFailure,
    *,
    cancellable: bool = True,
) -> Task:
    """Run `work` behind a window-modal progress dialog (shown if it lasts).

    Cancel asks the work to stop; the work decides what that means (an import rolls back).
    Exactly one of `on_success` / `on_failure` is called, on the UI thread, once the dialog
    is closed.
    """
    cancel = QCoreApplication.translate("background", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def close() -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close()
        on_success(result)

    def failed(error: BaseException) -> None:
        close()
        on_failure(error)

    task = runner.run(work, succeeded, failed, progress=progressed, context=parent)
    if not task.done:
        dialog.canceled.connect(task.cancel)
    return task
