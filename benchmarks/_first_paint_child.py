"""app_benchmark's child process: start, paint the first main window, report, leave.

    python benchmarks/_first_paint_child.py NOTEBOOK     # the app, through its real entry path
    python benchmarks/_first_paint_child.py --bare       # a bare PySide6 window with a table

The app runs exactly as the `relnotebook --notebook NOTEBOOK` command does (`relnotebook.cli.main`
→ `relnotebook.app.run`: the lock, the daily backup when due, `Notebook.open`, the window), with
one hook: `make_application` is wrapped to install an application-wide event filter. At the first
paint event of a widget in a QMainWindow, a zero-delay timer is queued; it fires once that whole
paint pass has been drawn and flushed ("painted"; the app paints its window's frame synchronously,
in `app.paint_now`, which is wrapped to mark the same). The app's frame comes before its notebook
is open: the child waits for a paint of the window with its notebook shown ("ready"), then prints
one JSON line and quits the event loop. The line holds `time.time()` marks (the parent subtracts
its own launch time), the child's CPU seconds and its peak resident memory (VmHWM) so far.

Profile a start with `python -m pyinstrument benchmarks/_first_paint_child.py NOTEBOOK`.
"""

from __future__ import annotations

import time

MARKS: dict[str, float] = {"started": time.time()}  # the interpreter is up; nothing imported

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the app in this checkout


def peak_memory_kb() -> int:
    """The process's peak resident set so far (VmHWM), in kB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux


def watch_first_paint(app: object) -> None:
    """Report and quit once the first main window has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painting = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            kind = event.type()
            if kind == QEvent.Type.Show and isinstance(watched, QMainWindow):
                MARKS.setdefault("shown", time.time())
            elif (
                kind == QEvent.Type.Paint
                and not self.painting
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                self.painting = True
                MARKS.setdefault("paint_started", time.time())
                QTimer.singleShot(0, self.painted)  # after this whole paint pass is flushed
            return False

        def painted(self) -> None:
            MARKS.setdefault("painted", time.time())
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
            if not all(getattr(w, "is_open", True) for w in windows):
                self.painting = False  # the frame only: report once the notebook is shown
                return
            MARKS["ready"] = time.time()
            usage = resource.getrusage(resource.RUSAGE_SELF)
            report = {
                "marks": MARKS,
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "peak_kb": peak_memory_kb(),
            }
            print(json.dumps(report), flush=True)
            # The app paints its notebook's Today before wiring its menus (`attach`), before
            # its event loop runs, where quitting does nothing: until it quits, then.
            self.quitting = QTimer(self)
            self.quitting.timeout.connect(QApplication.quit)
            self.quitting.start(10)

    watcher = FirstPaint()
    app.installEventFilter(watcher)  # type: ignore[attr-defined]
    app._first_paint_watcher = watcher  # type: ignore[attr-defined]  # kept alive with the app


def run_bare() -> int:
    """A bare PySide6 window showing a table of 50 rows: the least a window with data costs."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    MARKS["imported"] = time.time()
    app = QApplication(sys.argv)
    MARKS["app_made"] = time.time()
    watch_first_paint(app)
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    model = QStandardItemModel(50, 6, window)
    for row in range(50):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"Person {row} · {column}"))
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 760)  # the app's size: the same number of pixels to paint
    window.show()
    return app.exec()


def run_app(notebook: str) -> int:
    import relnotebook.app as app_module
    from relnotebook.cli import main

    MARKS["imported"] = time.time()
    make_application = app_module.make_application

    def make_and_watch(argv: list[str] | None = None) -> object:
        app = make_application(argv)
        MARKS["app_made"] = time.time()
        watch_first_paint(app)
        return app

    paint_now = app_module.paint_now

    def paint_and_mark(window: object) -> None:
        paint_now(window)  # type: ignore[arg-type]
        MARKS.setdefault("painted", time.time())  # painted and flushed, synchronously

    app_module.make_application = make_and_watch  # `run` looks these up when called
    app_module.paint_now = paint_and_mark
    return main(["--notebook", notebook])


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        raise SystemExit(run_bare())
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(run_app(sys.argv[1]))
