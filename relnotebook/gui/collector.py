"""Python's cyclic garbage collector, told what the app keeps for good.

Each full pass of the collector walks every object it tracks. Once the main window is built,
that is some 150,000 objects (modules, Qt's wrappers, SQLAlchemy's mappings) that live as long
as the app, and Today at 50,000 people allocates enough to set off full passes: walking them
was a third of its time. So once the first window is built they are moved out of the
collector's reach (`gc.freeze`). Reference counting still frees them; only a reference cycle
among them would now stay, and the objects made later are collected as before.
"""

from __future__ import annotations

import gc

_done = False


def keep_what_startup_made() -> bool:
    """Freeze the objects alive now, once per process; True the first time."""
    global _done
    if _done:
        return False
    _done = True
    gc.freeze()
    return True
