"""The small base of every controller: the window it acts in, the editor that writes, the
clock that says what day it is, and the runner for slow work."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from relnotebook.clock import Clock
    from relnotebook.gui.background import Runner
    from relnotebook.gui.main_window import MainWindow
    from relnotebook.gui.undo import Editor

STATUS_MS = 8000  # how long a status bar message stays
SAVED_MS = 10000  # a message that names a file written


def window_of(controller: QObject) -> MainWindow:
    """The window a controller acts in: its Qt parent. (Not kept in an attribute: the window
    holds its controllers, and a reference back would keep a closed window's wrapper alive.)"""
    return cast("MainWindow", controller.parent())


class Controller(QObject):
    """Owned by the window (its Qt parent). Dialogs it opens are kept in attributes so that
    tests (and the next command) can find the one open."""

    def __init__(self, window: MainWindow, editor: Editor, clock: Clock, runner: Runner) -> None:
        super().__init__(window)
        self.editor = editor
        self.clock = clock
        self.runner = runner  # for work off the UI thread
        self.notebook = editor.notebook

    @property
    def window(self) -> MainWindow:
        return window_of(self)

    def say(self, message: str, msecs: int = STATUS_MS) -> None:
        self.window.statusBar().showMessage(message, msecs)

    def chosen_person(self) -> int | None:
        """The person shown or selected, or None after saying how to pick one."""
        person_id = self.window.current_person_id()
        if person_id is None:
            self.say(self.tr("Select a person first (People, Ctrl+2)."))
        return person_id
