"""The composition root: builds the application, opens the notebook, shows the window.

This is the one place that knows about every layer. Everything below receives what it needs
through its constructor: no singletons, no looking up the application object for services.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from relnotebook import __version__
from relnotebook.errors import NotebookError
from relnotebook.gui.main_window import MainWindow
from relnotebook.gui.reminders import DueReminder
from relnotebook.paths import resource
from relnotebook.store import Notebook

EXIT_CANNOT_OPEN = 3


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Relationship Notebook")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("relnotebook")
    app.setDesktopFileName("relnotebook")
    app.setStyle("Fusion")
    icon = resource("icons", "relnotebook.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class Session:
    """The open windows of this run; each owns its notebook and closes it with the window."""

    def __init__(self, *, throwaway: bool = False) -> None:
        self.windows: list[MainWindow] = []
        self._throwaway = throwaway

    def open(self, path: Path) -> MainWindow | None:
        """Open `path` in a new window, or explain in a dialog why it cannot be opened."""
        for window in self.windows:
            if window.notebook.path == path.absolute():
                window.raise_()
                window.activateWindow()
                return window
        try:
            notebook = Notebook.open(path)
        except NotebookError as exc:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("app", "Cannot open this notebook"),
                exc.message,
            )
            return None
        window = MainWindow(notebook, open_notebook=self.open, throwaway=self._throwaway)
        if notebook.upgrade_backup is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app", "The notebook was upgraded; a copy of the old version is at %1"
                ).replace("%1", str(notebook.upgrade_backup)),
                15000,
            )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.reminder = DueReminder(notebook, window.windowIcon(), parent=window)
        self.windows.append(window)
        window.destroyed.connect(lambda: self.windows.remove(window))
        window.show()
        return window


def run(path: Path, *, throwaway: bool = False) -> int:
    app = make_application()
    session = Session(throwaway=throwaway)
    if session.open(path) is None:
        return EXIT_CANNOT_OPEN
    return app.exec()
