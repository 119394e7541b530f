"""Running the command line as a user that file permissions apply to.

The tests may run as root, and root reads and writes any file whatever its mode: a read-only
folder is no obstacle to it. The child process then keeps root's identity (so it can still
reach the Python installation) but loses the two capabilities that override file permissions
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): dropped from its bounding set before `exec`, they are
not given back by it. An ordinary user needs nothing of the kind.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _preexec() -> Callable[[], None] | None:
    """What the child runs between fork and exec: only a system call, prepared here."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl

    def drop_file_override() -> None:
        for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")

    return drop_file_override


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    """`python ARGUMENTS` as a user bound by file permissions, from the project's root."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_preexec(),  # noqa: PLW1509 (a system call only: safe with threads)
        check=False,
    )


def relnotebook(notebook: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return run("-m", "relnotebook", "--notebook", str(notebook), *arguments)


def unavailable(folder: Path) -> str | None:
    """Why file permissions cannot be tested here, or None when they can: a child must be
    refused a file in `folder` whose mode forbids it."""
    if os.name != "posix":
        return "POSIX file modes"
    if sys.platform != "linux" and os.geteuid() == 0:
        return "dropping root's file-permission override needs Linux"
    secret = folder / "permission-probe"
    secret.write_text("x")
    secret.chmod(0)
    try:
        done = run("-c", f"open({str(secret)!r}).read()")
    except (OSError, subprocess.SubprocessError) as exc:
        return f"cannot start a child without root's file override: {exc}"
    finally:
        secret.unlink()
    if "PermissionError" not in done.stderr:
        return "this process cannot give up root's file-permission override (no CAP_SETPCAP)"
    return None
