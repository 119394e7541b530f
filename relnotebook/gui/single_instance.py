"""One app per notebook: a second launch hands over to the window already open on it.

Two copies of the app writing one SQLite file is how notes get lost: each trusts its own view of
the data. The copy that opens a notebook holds `<notebook>.lock` (a `QLockFile`, which removes
a lock left by a crash: its process is gone) and listens on a local socket named after the
notebook and the user. A second launch that finds the lock asks that copy to come to the front
and leaves; when nobody answers (another user, another computer), it says so and touches nothing.
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from relnotebook.store.files.instance_lock import lock_path

RAISE = b"raise\n"
# How long a launch waits for the lock (a window closing just now gives it back).
LOCK_WAIT_MS = 200
# How long a second launch waits for the first copy to take its request.
ANSWER_WAIT_MS = 2000
# How long the first copy waits for a caller's one-line request (sent as soon as it connects).
REQUEST_WAIT_MS = 500


class Claim(enum.Enum):
    OWNED = "owned"  # this run may open the notebook
    HANDED_OVER = "handed_over"  # the app already open on it was asked to come to the front
    IN_USE = "in_use"  # locked, and nobody answered: another user, computer, or a hung app


def server_name(notebook: Path) -> str:
    """The local socket's name: the same for every launch by this user on this notebook."""
    digest = hashlib.sha256(f"{_user()}\n{Path(notebook).resolve()}".encode()).hexdigest()
    return f"relnotebook-{digest[:32]}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return str(Path.home())


def bring_to_front(window: QWidget) -> None:
    """Show the window un-minimised, on top, with the keyboard focus."""
    if window.isMinimized():
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    window.activateWindow()


class NotebookGuard(QObject):
    """Holds one notebook for this run; `raise_requested` when another launch asks for it."""

    raise_requested = Signal()

    def __init__(self, notebook: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notebook = Path(notebook)
        self.lock_file = lock_path(self.notebook)
        self._lock = QLockFile(str(self.lock_file))
        # 0: a lock is stale only when its process is gone, never merely because it is old
        # (a notebook stays open for days).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        # A lock file found where this run takes the lock: the last run on this notebook did
        # not close it (a crash, a power cut), so the file is checked before it is opened.
        self.unclean_shutdown = False

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def claim(self) -> Claim:
        """Take the notebook, or hand over to the copy of the app that has it."""
        with contextlib.suppress(OSError):
            self.lock_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        left_behind = self.lock_file.exists()
        if self._try_lock():
            self.unclean_shutdown = left_behind
            self._make_private()
            self._listen()
            return Claim.OWNED
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # No lock can be made here (a read-only folder, a full disk): opening the notebook
            # will say why it cannot be written, which is the message that helps.
            return Claim.OWNED
        if self._ask_owner_to_raise():
            return Claim.HANDED_OVER
        return Claim.IN_USE

    def _try_lock(self) -> bool:
        if self._lock.tryLock(LOCK_WAIT_MS):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError and not self._owner_known():
            # An empty or garbled lock file (a crash while it was being written) names no one
            # who could still hold it.
            self._lock.removeStaleLockFile()
            return self._lock.tryLock(LOCK_WAIT_MS)
        return False

    def _make_private(self) -> None:
        """Owner read/write only, like every file the app writes (QLockFile follows the
        umask): it names the process and the computer that has the notebook open."""
        if os.name == "posix":
            with contextlib.suppress(OSError):
                self.lock_file.chmod(0o600)

    def _owner_known(self) -> bool:
        try:
            pid, _host, _app = self._lock.getLockInfo()
        except (RuntimeError, TypeError, ValueError):
            return False
        return bool(pid and pid > 0)

    def _listen(self) -> None:
        name = server_name(self.notebook)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket left under this name is from a crashed run.
        QLocalServer.removeServer(name)
        if not server.listen(name):
            return  # a second launch will then explain instead of handing over
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        """Read each caller's one-line request at once: no slot stays connected to a socket
        that may be deleted while it emits."""
        server = self._server
        while server is not None and server.hasPendingConnections():
            client = server.nextPendingConnection()
            arrived = client.canReadLine() or client.waitForReadyRead(REQUEST_WAIT_MS)
            if arrived and bytes(client.readLine().data()) == RAISE:
                self.raise_requested.emit()
            client.abort()
            client.deleteLater()

    def _ask_owner_to_raise(self) -> bool:
        socket = QLocalSocket()  # owned here: gone when this returns
        socket.connectToServer(server_name(self.notebook))
        if not socket.waitForConnected(ANSWER_WAIT_MS):
            return False
        socket.write(RAISE)
        delivered = socket.waitForBytesWritten(ANSWER_WAIT_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return delivered

    def release(self) -> None:
        """Stop answering and give the notebook back; safe to call more than once."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
