"""Quitting while work runs off the UI thread (today's backup, an export) waits for it to end:
the app used to abort ("QThread: Destroyed while thread is still running") when a window was
closed, or Ctrl+C pressed, before the daily backup had finished."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from relnotebook.gui.background import ThreadRunner

app = QApplication([])
done = []
runner = ThreadRunner(app)  # as app.py builds it
runner.run(lambda progress: (time.sleep(1.0), done.append(True)), print, print)
QTimer.singleShot(0, app.quit)  # the last window closed at once
app.exec()
del runner, app  # the application, and the threads it owns, go
print("work finished" if done else "work cut short", flush=True)
"""


def test_quitting_waits_for_work_running_off_the_ui_thread(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert "Destroyed while thread" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "work finished"
