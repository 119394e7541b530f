"""Ctrl+C in the terminal the app was started from closes it, as the windows' close button would;
so does SIGTERM (a logout, `kill`, a service manager stopping it) and SIGHUP (the terminal closed),
which otherwise ended the app on the spot and left its lock and the notebook's -wal file behind.

Python runs its signal handlers between two steps of its own code on the main thread, and
Qt's event loop runs in C++: left alone, a Ctrl+C waits for the next Python slot, which may
never come. So the signal wakes the loop: Python's C-level handler writes to one end of a
socket pair (`signal.set_wakeup_fd`), Qt sees the other end readable and calls a Python slot,
and the interpreter then runs the handler. The handler closes every window through its normal
close path: what was being typed is saved as a draft, the notebook is closed and its lock
released, and the app ends with status 0, as when its last window is closed.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

# Ctrl+C, a polite request to stop, and (POSIX only) the terminal that started the app closing.
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class QuitOnInterrupt(QObject):
    """Installed once per run, before the first window; `requested` once Ctrl+C was pressed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.requested = False
        self._running = False
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers = {
            number: signal.signal(number, self._interrupted) for number in QUIT_SIGNALS
        }

    def uninstall(self) -> None:
        """Give the signals back to what handled them before (the run is over)."""
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
        self.setParent(None)

    def _drain(self) -> None:
        """The wake-up itself: Python runs the handler as soon as this slot is entered."""
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def run(self) -> int:
        """The app's event loop; a Ctrl+C pressed while the first window was opening is
        acted on once the loop runs, after what the opening queued for it."""
        QTimer.singleShot(0, self._loop_started)
        return self._app.exec()

    def _loop_started(self) -> None:
        self._running = True
        if self.requested:
            self._close_windows()

    def _interrupted(self, _number: int, _frame: object) -> None:
        self.requested = True
        if self._running:
            # Not from inside the handler, which may run in the middle of any slot.
            QTimer.singleShot(0, self._close_windows)

    def _close_windows(self) -> None:
        """Close every window as its close button would; closing the last one ends the app."""
        self._app.closeAllWindows()
