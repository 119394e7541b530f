"""Ctrl+C in the terminal the app was started from quits it cleanly: the windows close as with
their close button (drafts saved, the notebook closed), the lock is given back, status 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relnotebook.store.files.instance_lock import lock_path
from tests.helpers.notebooks import make_notebook, neighbours

ROOT = Path(__file__).resolve().parents[2]
STARTED_WITHIN_S = 60  # a guard against a hung start, not a measure

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGINT from a terminal: POSIX")


def start_app(notebook: Path) -> subprocess.Popen[str]:
    """The app as `relnotebook --notebook FILE` starts it, offscreen; the user's folders are
    the test's temporary ones (conftest points HOME and XDG_* there)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "relnotebook", "--notebook", str(notebook)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("wait_s", "number"),
    [(0.0, signal.SIGINT), (2.0, signal.SIGINT), (2.0, signal.SIGTERM), (2.0, signal.SIGHUP)],
    ids=["while-opening", "once-open", "sigterm", "terminal-closed"],
)
def test_ctrl_c_quits_the_app_cleanly(tmp_path: Path, wait_s: float, number: int) -> None:
    notebook = make_notebook(tmp_path / "notebook.sqlite", people=2)
    lock = lock_path(notebook)
    app = start_app(notebook)
    try:
        deadline = time.monotonic() + STARTED_WITHIN_S
        while not lock.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert lock.exists(), "the app did not take the notebook's lock"
        time.sleep(wait_s)  # Ctrl+C as the window opens, or later: both must quit
        app.send_signal(number)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    for trouble in ("Traceback", "KeyboardInterrupt", "Fatal", "QThread: Destroyed"):
        assert trouble not in err
    assert not lock.exists()  # given back, not left for the next launch to find stale
    assert neighbours(notebook) == set()  # closed: the log folded back into the file
