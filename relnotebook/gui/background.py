"""Slow work (import, backup, export) off the UI thread, with progress and Cancel.

The core functions stay plain Python: they take a `progress(done, total) -> bool` callback and
stop (rolling back) when it returns False. `BackgroundJob` runs such a function on a worker
thread and turns the callback into Qt signals; `run_with_progress` adds a modal progress dialog.
The window stays responsive and repaints while the work runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        # Owned by the application, not by the job: a window closed (or a job deleted) while
        # the work runs must not destroy a running thread, which aborts the app. The thread
        # deletes itself once it has finished.
        app = QCoreApplication.instance()
        super().__init__(app)
        self._work = work
        self._cancelled = cancelled
        # Nor may the application itself end under it (a window closed, or Ctrl+C, while
        # today's backup runs): quitting waits for the work to end, so a backup half-written
        # is finished rather than the app aborting ("QThread: Destroyed while thread is still
        # running").
        if app is not None:
            app.aboutToQuit.connect(self._finish)

    def _finish(self) -> None:
        self.wait()

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


class BackgroundJob(QObject):
    """One run of `work(progress)` on a worker thread; results arrive as signals on the UI
    thread. `cancel()` makes the next progress call return False."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._worker = _Worker(work, self._cancelled)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self.succeeded)
        self._worker.failed.connect(self.failed)
        self._worker.finished.connect(self._ended)
        self._worker.finished.connect(self.finished)
        self._worker.finished.connect(self._worker.deleteLater)  # after the two above
        self._ended_already = False

    def _ended(self) -> None:
        self._ended_already = True

    def start(self) -> None:
        self._worker.start()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_running(self) -> bool:
        return not self._ended_already and self._worker.isRunning()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the work ends (tests, and closing the window mid-work)."""
        if self._ended_already:
            return True  # (the thread may already have deleted itself)
        return self._worker.wait() if msecs < 0 else self._worker.wait(msecs)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    cancellable: bool = True,
) -> BackgroundJob:
    """Run `work` off the UI thread behind a window-modal progress dialog.

    Cancel asks the work to stop; the work decides what that means (an import rolls back).
    Exactly one of `on_success` / `on_failure` is called, on the UI thread.
    """
    cancel = QCoreApplication.translate("background", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    job = BackgroundJob(work, parent)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def ended() -> None:
        # `finished` is queued from the worker as it ends: wait for the thread to be gone before
        # the job (and its QThread) is deleted, or Qt destroys a thread still running.
        job.wait()
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()

    job.progressed.connect(progressed)
    job.succeeded.connect(on_success)
    job.failed.connect(on_failure)
    job.finished.connect(ended)
    dialog.canceled.connect(job.cancel)
    parent._background_job = job  # type: ignore[attr-defined]  # kept alive while it runs
    job.start()
    return job
