"""The objects alive once the main window is built are out of the garbage collector's walks
(gui/collector.py): a third of Today's time at 50,000 people was the collector walking them."""

from __future__ import annotations

import gc

from relnotebook.gui import collector
from relnotebook.gui.main_window import MainWindow


def test_what_the_window_was_built_with_is_frozen_once(window: MainWindow) -> None:
    assert window.is_open
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the modules, Qt's wrappers, SQLAlchemy's mappings…
    assert not collector.keep_what_startup_made()  # once per process: later windows add none
    assert gc.get_freeze_count() == frozen
