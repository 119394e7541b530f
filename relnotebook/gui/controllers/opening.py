"""What works before a notebook is open, as the window's frame appears: opening another
notebook, connecting to one on a server, and Help (the guide, the shortcuts, About). Nothing
here loads the data layer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from relnotebook import __version__
from relnotebook.gui.controllers.base import window_of

if TYPE_CHECKING:
    from relnotebook.gui.main_window import MainWindow

OpenNotebook = Callable[[Path], object]
OpenServer = Callable[[str], object]


class OpeningController(QObject):
    """`open_notebook` and `open_server` are the app's (a new window each); without an app
    around the window (tests), the commands do nothing."""

    def __init__(
        self,
        window: MainWindow,
        open_notebook: OpenNotebook | None,
        open_server: OpenServer | None,
    ) -> None:
        super().__init__(window)
        self._open_notebook = open_notebook
        self._open_server = open_server

    @property
    def window(self) -> MainWindow:
        return window_of(self)

    def choose_notebook(self) -> None:
        if self._open_notebook is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a notebook"),
            str(self.window.notebook.path.parent),
            self.tr("Notebooks (*.sqlite *.relnotebook);;All files (*)"),
        )
        if path:
            self._open_notebook(Path(path))

    def connect_to_server(self) -> None:
        from relnotebook.gui.dialogs.server import ConnectDialog

        if self._open_server is None:
            return
        dialog = ConnectDialog(self.window)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted and dialog.chosen:
            self._open_server(dialog.chosen)

    def user_guide(self) -> None:
        from relnotebook.gui.dialogs.help import GuideDialog

        GuideDialog(self.window).show()

    def keyboard_shortcuts(self) -> None:
        from relnotebook.gui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self.window).show()

    def about(self) -> None:
        window = self.window
        on_server = window.is_open and window.notebook.on_server
        QMessageBox.about(
            window,
            self.tr("About Relationship Notebook"),
            self.tr(
                "<b>Relationship Notebook</b> %1<br><br>Remember what people told you, and "
                "reach out at the right moment.<br><br>Your notebook: %2<br>%3"
            )
            .replace("%1", __version__)
            .replace("%2", window.notebook.name if on_server else str(window.location))
            .replace(
                "%3",
                self.tr(
                    "It is on that PostgreSQL server: the app connects to it and to nothing else."
                )
                if on_server
                else self.tr("It stays on this computer: the app makes no network connections."),
            ),
        )
