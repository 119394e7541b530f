"""Keeps None, True and False alive under PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 hands Python a `None` it did not count each time a call into Qt returns nothing
(a method returning void, a null pointer, an invalid QVariant: `painter.save()`,
`delegate.initStyleOption(...)`, `index.data(role)` with no data), and a `True` it did not count
each time a signal is emitted from Python. On Python 3.11, where these objects are counted like
any other, every such call lowers their count by one: the search dialog's results cost about 100
per repaint, and after a few hundred keystrokes the count reached zero and Python aborted
(`Fatal Python error: none_dealloc`). Values that Python code hands to Qt (a model's `data()`
returning None) are not affected, and no code of ours can avoid calling Qt methods that return
nothing. PySide6 6.11 and earlier count right, and Python 3.12 never frees these objects
(PEP 683): there the guard is not installed.

The guard gives the references back: whenever the event loop is about to wait for the next
event, it raises each count to the highest it has seen, and it starts with a reserve for what
is lost between two waits and while the app shuts down. An extra reference to None costs
nothing; a missing one ends the process.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QObject, QPoint

SINGLETONS = (None, True, False)
GUARD_NAME = "refcount_guard"
# References added at the start: more than the app loses between two waits of its event loop
# or after its last one, while it shuts down (a few thousand).
RESERVE = 10_000
PROBE_CALLS = 1_000

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def counts() -> list[int]:
    return [sys.getrefcount(singleton) for singleton in SINGLETONS]


@cache
def drops_references() -> bool:
    """Whether this PySide6 loses a reference to None on each call into Qt returning nothing."""
    if sys.version_info >= (3, 12):  # None, True and False are immortal
        return False
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        point.setX(0)
    return before - sys.getrefcount(None) >= PROBE_CALLS // 2


class RefcountGuard(QObject):
    """Tops the counts of None, True and False up each time the event loop is about to wait."""

    def __init__(self, app: QCoreApplication, start: list[int]) -> None:
        super().__init__(app)
        self.setObjectName(GUARD_NAME)
        self._highest = [count + RESERVE for count in start]
        self.top_up()
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self.top_up)
        app.aboutToQuit.connect(self.top_up)

    def top_up(self) -> None:
        for position, singleton in enumerate(SINGLETONS):
            missing = self._highest[position] - sys.getrefcount(singleton)
            if missing < 0:  # more references in use than ever: the new mark
                self._highest[position] -= missing
            for _ in range(missing):
                _incref(singleton)


def guard_refcounts() -> RefcountGuard | None:
    """The application's guard, installed at the first call if this PySide6 needs one."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    guard = app.findChild(RefcountGuard, GUARD_NAME)
    if guard is not None:
        return guard
    start = counts()  # before the probe, which loses a thousand on a faulty PySide6
    return RefcountGuard(app, start) if drops_references() else None
