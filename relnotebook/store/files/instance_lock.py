"""Is a notebook open in the app right now? Answered from its lock file, without Qt.

While a window has a notebook open, the app holds `<notebook>.lock` (Qt's `QLockFile`). The
command line must not write to a notebook under a running app, and it does not import Qt, so it
reads the lock file the way `QLockFile` does: one line each for the process id, the process name,
the host name, the host id and the boot id. A lock whose process is gone (a crash) does not count.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockOwner:
    """What a lock file says about the process that wrote it."""

    pid: int
    process_name: str
    hostname: str
    host_id: str = ""
    boot_id: str = ""


def lock_path(notebook: Path | str) -> Path:
    """The lock file beside the notebook; symlinks resolved, so every way to name it agrees."""
    path = Path(notebook).expanduser().resolve()
    return path.with_name(path.name + LOCK_SUFFIX)


def read_lock(path: Path) -> LockOwner | None:
    """The owner recorded in the lock file at `path`; None when it is missing or unreadable."""
    try:
        lines = path.read_bytes().decode("utf-8", errors="replace").split("\n")
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    if pid <= 0:
        return None
    fields = [*lines[1:5], "", "", "", ""]
    return LockOwner(pid, fields[0], fields[1], fields[2], fields[3])


def notebook_in_use(notebook: Path | str) -> bool:
    """True when a running app holds the notebook's lock (here, or on another computer).

    A lock file left by a crash (its process is gone, or the computer restarted since) is not
    "in use". A lock from another computer cannot be checked, so it counts as in use.
    """
    path = lock_path(notebook)
    if not path.exists():
        return False
    owner = read_lock(path)
    if owner is None:
        # Half-written by a crash at the very moment of locking: Qt's own check ignores it too.
        return False
    return not _is_stale(owner)


def _is_stale(owner: LockOwner) -> bool:
    """Mirrors QLockFile's test: same computer, and the process is gone or is another program."""
    same_host = not owner.hostname or owner.hostname == _hostname()
    ours = _host_id()
    if owner.host_id and ours:
        same_host = owner.host_id == ours
    if not same_host:
        return False
    boot = _boot_id()
    if owner.boot_id and boot and owner.boot_id != boot:
        return True
    if not _process_alive(owner.pid):
        return True
    name = _process_name(owner.pid)
    return bool(name and owner.process_name and name != owner.process_name)


def _hostname() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return socket.gethostname()


def _first_line(*candidates: str) -> str:
    for candidate in candidates:
        with contextlib.suppress(OSError):
            return Path(candidate).read_text(encoding="ascii", errors="replace").strip()
    return ""


def _host_id() -> str:
    """Qt's QSysInfo.machineUniqueId on Linux; elsewhere unknown here (the host name decides)."""
    if not sys.platform.startswith("linux"):
        return ""
    return _first_line("/etc/machine-id", "/var/lib/dbus/machine-id")


def _boot_id() -> str:
    if not sys.platform.startswith("linux"):
        return ""
    return _first_line("/proc/sys/kernel/random/boot_id")


def _process_name(pid: int) -> str:
    """The executable's name, to notice a PID reused by another program; "" when unknown."""
    if not sys.platform.startswith("linux"):
        return ""
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name
    except OSError:
        return ""


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, but belongs to another user
    return True


def _windows_process_alive(pid: int) -> bool:
    """os.kill would end the process on Windows: ask the kernel for it instead."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # on Windows only
    query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        error: int = kernel32.GetLastError()
        return error != invalid_parameter  # denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
