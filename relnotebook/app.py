"""The composition root: builds the application, opens the notebook, shows the window.

This is the one place that knows about every layer. Everything below receives what it needs
through its constructor: no singletons, no looking up the application object for services.

Opening a notebook, in order: claim it (one app per notebook: a second launch hands over to the
window already open), open it, warn once if it sits in a cloud-sync folder (and move it if the
user wants), show the window, then offer back what was being typed when the app last closed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from relnotebook import __version__
from relnotebook.clock import Clock, SystemClock
from relnotebook.errors import (
    DamagedNotebookError,
    NotANotebookError,
    NotebookError,
    SentenceError,
    StorageError,
    ValidationError,
)
from relnotebook.gui.appearance import follow_color_scheme
from relnotebook.gui.background import Runner, ThreadRunner
from relnotebook.gui.dialogs.sync_folder import offer_safer_place
from relnotebook.gui.drop_downs import keep_enter_in_drop_downs
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.first_paint import paint_now
from relnotebook.gui.i18n import install_translations
from relnotebook.gui.interrupt import QuitOnInterrupt
from relnotebook.gui.main_window import MainWindow
from relnotebook.gui.refcount_guard import guard_refcounts
from relnotebook.gui.single_instance import Claim, NotebookGuard, bring_to_front
from relnotebook.gui.xcb_check import check_xcb
from relnotebook.paths import resource

# The data layer (SQLAlchemy and what is built on it) loads once the first window's frame is
# painted (`Session.open`): it takes most of a second to import. Hence the imports in functions.
if TYPE_CHECKING:
    from relnotebook.store import Notebook, server

# The desktop file's id (packaging/linux/): on Wayland it is the window's app id.
APP_ID = "org.relnotebook.RelationshipNotebook"
EXIT_OK = 0
EXIT_CANNOT_OPEN = 3  # also: the notebook is open in another app that did not answer
EXIT_NO_WINDOW = 1  # the window cannot be shown: system libraries are missing


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        refuse_without_window()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    guard_refcounts()  # PySide6 6.12.0 on Python 3.11 loses references to None
    app.setApplicationName("Relationship Notebook")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("relnotebook")
    app.setDesktopFileName(APP_ID)
    app.setStyle("Fusion")
    follow_color_scheme(app)
    install_translations(app)
    keep_enter_in_drop_downs(app)
    icon = resource("icons", "relnotebook.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def refuse_without_window() -> None:
    """Qt's X11 plugin cannot load: say which libraries to install, and stop (Qt would abort
    with a message naming one of them at best)."""
    problem = check_xcb()
    if problem is not None:
        print(problem, file=sys.stderr)
        raise SystemExit(EXIT_NO_WINDOW)


class Session:
    """The open windows of this run; each owns its notebook and closes it with the window."""

    def __init__(self, *, clock: Clock, runner: Runner, throwaway: bool = False) -> None:
        self.clock = clock  # the run's one "today": every window, backup and reminder asks it
        self.runner = runner  # the work off the UI thread: backups, imports, exports
        self.windows: list[MainWindow] = []
        self._throwaway = throwaway
        self._guards: dict[int, NotebookGuard] = {}  # by id(window): one lock per open notebook
        # Set when `open` found the notebook open in another run of the app and brought that
        # window to the front instead: this run has nothing left to do.
        self.handed_over = False
        self._backup_problem: str | None = None  # the opening backup failed: said in the window

    def open(
        self, path: Path, *, check_location: bool = True, paint_first: bool = False
    ) -> MainWindow | None:
        """Open `path` in a new window, or explain in a dialog why it cannot be opened.

        With `paint_first` (the run's first window) the window's frame is painted before the
        notebook is opened, so the app appears at once and the pages fill in when it is open."""
        path = Path(path).expanduser().absolute()
        for window in self.windows:
            if window.notebook.path == path:
                bring_to_front(window)
                return window
        guard = self._claim(path)
        if guard is None:
            return None
        frame = None
        if paint_first:
            frame = self._new_window(path)
            paint_now(frame)
        opened = self._open_claimed(path, guard, check_location)
        if frame is not None and (opened is None or isinstance(opened, Reopen)):
            # Hidden, not closed: closing the last window would quit the app.
            frame.hide()
            frame.deleteLater()
        if isinstance(opened, Reopen):  # restored from a backup, or moved: a window of its own
            return self.open(opened.path, check_location=opened.check_location)
        if opened is None:
            return None
        window = frame or self._new_window(path)
        try:
            return self._show(opened, guard, window)
        except StorageError as error:
            if opened.checked:
                raise
            # Damage met by the first reads, before the check that `open` left for later:
            # the same as damage found at start.
            opened.close()
            window.hide()  # hidden, not closed: closing the last window would quit the app
            window.deleteLater()
            guard.release()
            return self._recover_file(path, error)

    def open_server(self, address: str) -> MainWindow | None:
        """Open the notebook at a PostgreSQL `address` in a new window (asking for the password
        if the server wants one), or explain why not. No lock file: the server arbitrates
        between the computers using it, and edits made at the same time are detected (see
        `models.Versioned`). When the server is out of reach, this computer's last copy of
        the notebook is offered, read-only."""
        from relnotebook.gui.dialogs.server import PasswordPrompt
        from relnotebook.store import Notebook, server

        try:
            location = server.ServerLocation.parse(address)
        except (ValidationError, NotebookError) as exc:
            self._cannot_open(exc)
            return None
        for window in self.windows:
            if window.notebook.location == location.display:
                bring_to_front(window)
                return window
        prompt = PasswordPrompt()
        try:
            notebook = Notebook.open(address, ask_password=prompt)
        except server.ServerUnreachableError as exc:
            return self._open_local_copy(location, exc)
        except NotebookError as exc:
            self._cannot_open(exc)
            return None
        prompt.keep(location)
        return self._show(notebook, None, self._new_window(notebook.path))

    def _open_local_copy(
        self, location: server.ServerLocation, unreachable: NotebookError
    ) -> MainWindow | None:
        """This computer's newest backup of a server notebook, opened read-only if the user
        wants it: something to read from while offline, where nothing typed can be lost
        by being saved to a copy that the server would never see."""
        from relnotebook.gui.labels import format_date
        from relnotebook.store import Notebook, server
        from relnotebook.store.files.backups import newest_good_backup

        newest = newest_good_backup(server.local_folder(location))
        if newest is None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("app", "Cannot open this notebook"),
                user_message(unreachable)
                + "\n\n"
                + QCoreApplication.translate(
                    "app", "There is no copy of it on this computer yet to read instead."
                ),
            )
            return None
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("app", "Server out of reach"),
            user_message(unreachable)
            + "\n\n"
            + QCoreApplication.translate(
                "app",
                "Open this computer's last copy of the notebook, from %1, to read it? Nothing "
                "can be changed in the copy.",
            ).replace("%1", format_date(newest.taken_at.date())),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        try:
            notebook = Notebook.open_read_only(newest.path)
        except NotebookError as exc:
            self._cannot_open(exc)
            return None
        window = self._show(notebook, None, self._new_window(newest.path), read_only=True)
        window.show_read_only(
            QCoreApplication.translate(
                "app", "Read-only copy from %1: the server could not be reached."
            ).replace("%1", format_date(newest.taken_at.date()))
        )
        return window

    @staticmethod
    def _cannot_open(error: SentenceError) -> None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open this notebook"),
            user_message(error),
        )

    def _new_window(self, path: Path) -> MainWindow:
        """A window's frame for the notebook at `path`, before it is open."""
        return MainWindow(
            clock=self.clock,
            runner=self.runner,
            location=path,
            open_notebook=self.open,
            open_server=self.open_server,
            restore=self.restore,
            throwaway=self._throwaway,
        )

    def _claim(self, path: Path) -> NotebookGuard | None:
        """One app per notebook: the guard, or None when another run has it (said why)."""
        guard = NotebookGuard(path)
        claim = guard.claim()
        if claim is Claim.HANDED_OVER:
            self.handed_over = True
            return None
        if claim is Claim.IN_USE:
            QMessageBox.warning(
                None,
                QCoreApplication.translate("app", "Notebook already open"),
                QCoreApplication.translate(
                    "app",
                    "Relationship Notebook is already open on this notebook in another window "
                    "or by another user; close it first.\n\n%1",
                ).replace("%1", str(path)),
            )
            return None
        return guard

    def _open_claimed(
        self, path: Path, guard: NotebookGuard, check_location: bool
    ) -> Notebook | Reopen | None:
        """Open the claimed notebook; or the file to open instead (a restored backup, a moved
        notebook); or None once a dialog said why not. Only a Notebook keeps the guard."""
        from relnotebook.gui.dialogs.recovery import offer_recovery as offer_recovery_from_backup
        from relnotebook.store import Notebook
        from relnotebook.store.files.backups import newest_good_backup

        self._back_up_before_opening(path)
        try:
            # After a clean shutdown SQLite's whole-file check runs once the window shows, off
            # the UI thread (`_check_in_background`); after a crash, first.
            notebook = Notebook.open(path, check_first=guard.unclean_shutdown)
        except (DamagedNotebookError, NotANotebookError) as exc:
            if isinstance(exc, NotANotebookError) and newest_good_backup(path) is None:
                guard.release()  # some other file, opened by mistake: just say so
                self._cannot_open(exc)
                return None
            # Never overwritten nor deleted: the recovery dialog sets it aside, then restores.
            guard.release()
            restored = offer_recovery_from_backup(path, exc, self.clock, None)
            return None if restored is None else Reopen(restored, check_location=False)
        except NotebookError as exc:
            guard.release()
            self._cannot_open(exc)
            return None
        except BaseException:
            guard.release()  # an unexpected failure must not leave the notebook locked
            raise
        if check_location and not self._throwaway:
            moved_to = offer_safer_place(notebook, guard)
            if moved_to is not None:
                return Reopen(moved_to, check_location=moved_to != path)
        return notebook

    def _back_up_before_opening(self, path: Path) -> None:
        """Today's backup, taken before a migration touches the file. When no migration is
        due, the window opens first and the backup follows off the UI thread (DailyBackup):
        copying a large notebook must not delay every morning's start. When it cannot be
        written the notebook opens anyway, and the window says why."""
        from relnotebook.store.backup import BackupError
        from relnotebook.store.files.backups import back_up_if_due

        if self._throwaway or not _needs_upgrade(path):
            return
        try:
            back_up_if_due(path)
        except BackupError as exc:
            self._backup_problem = user_message(exc)

    def restore(self, window: MainWindow, backup: Path) -> MainWindow | None:
        """Put `backup` in place of the window's notebook: the window closes (and lets go of
        the file), the current file is kept aside, and the notebook opens again."""
        from relnotebook.gui.dialogs.restore import restore_chosen

        path = window.notebook.path
        window.close()
        self._closed(window, id(window))
        restore_chosen(None, backup, path)
        return self.open(path, check_location=False)

    def _show(
        self,
        notebook: Notebook,
        guard: NotebookGuard | None,
        window: MainWindow,
        *,
        read_only: bool = False,
    ) -> MainWindow:
        """`window` filled from `notebook`, with what the app adds: backups, reminders, drafts.
        `guard` is the file's lock (None on a server); a `read_only` copy gets no backups."""
        # A window on screen (the run's first, its frame painted) shows Today before the rest.
        window.attach(
            notebook, painted=(lambda: _paint_filled(window)) if window.isVisible() else None
        )
        from relnotebook.gui.daily_backup import DailyBackup
        from relnotebook.gui.drafts import offer_recovery
        from relnotebook.gui.reminders import DueReminder

        if not (self._throwaway or read_only):
            on_server = notebook if notebook.on_server else None
            window.daily_backup = DailyBackup(
                notebook.path, self.clock, self.runner, window, server_notebook=on_server
            )
            window.daily_backup.failed.connect(
                lambda message: window.statusBar().showMessage(f"⚠ {message}", 30000)
            )
            QTimer.singleShot(0, window.daily_backup.check)  # today's, once the window is up
            _start_mail_log(window)
        if self._backup_problem:
            window.statusBar().showMessage(f"⚠ {self._backup_problem}", 30000)
            self._backup_problem = None
        if notebook.upgrade_backup is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app", "The notebook was upgraded; a copy of the old version is at %1"
                ).replace("%1", str(notebook.upgrade_backup)),
                15000,
            )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.reminder = DueReminder(
            notebook, window.windowIcon(), clock=self.clock, parent=window
        )
        window.reminder.open_today.connect(window.bring_today_to_front)
        self.windows.append(window)
        key = id(window)
        if guard is not None:
            self._guards[key] = guard
            guard.raise_requested.connect(lambda: bring_to_front(window))
        window.destroyed.connect(lambda: self._closed(window, key))
        drafts = window.people.person_page.drafts
        drafts.save_when_closed(window)
        window.show()
        if drafts.recovered:
            person_id = offer_recovery(drafts, notebook, window)
            if person_id is not None:
                window.open_person(person_id)
        if not notebook.checked:
            return self._check_in_background(window, notebook)
        return window

    def _check_in_background(self, window: MainWindow, notebook: Notebook) -> MainWindow:
        """SQLite's check of a notebook opened without it, off the UI thread. A write asked
        meanwhile waits for it (`Notebook.session`), and after damage the store refuses every
        write. Damage found turns the window read-only and says so; then, as for damage found
        at start, the window closes and the newest good backup is offered. The window to use:
        this one, or (with a runner that works at once) the one on the restored notebook."""
        reopened: list[MainWindow] = []

        def damaged(error: BaseException) -> None:
            message = user_message(error) if isinstance(error, SentenceError) else str(error)
            window.show_read_only(message)
            replacement = self._recover(window, error)
            if replacement is not None:
                reopened.append(replacement)

        self.runner.run(lambda _progress: notebook.check(), lambda _: None, damaged, context=window)
        return reopened[0] if reopened else window

    def _recover(self, window: MainWindow, error: BaseException) -> MainWindow | None:
        """Close the damaged notebook's window, then offer its newest good backup as a start
        does (the same dialog and sentence): the window on the restored notebook, or None."""
        path = window.notebook.path
        window.close()  # the notebook closed, nothing written: the file is as it was found
        self._closed(window, id(window))
        return self._recover_file(path, error)

    def _recover_file(self, path: Path, error: BaseException) -> MainWindow | None:
        """The closed notebook at `path` checked again: when damaged, its newest good backup
        offered as at start; otherwise `error` said, and nothing opened (no loop)."""
        from relnotebook.gui.dialogs.recovery import offer_recovery as offer_recovery_from_backup
        from relnotebook.store.inspection import check_sound

        try:
            check_sound(path)  # again, closed: the start-up check's own sentence
        except DamagedNotebookError as exc:
            restored = offer_recovery_from_backup(path, exc, self.clock, None)
            return None if restored is None else self.open(restored, check_location=False)
        if isinstance(error, SentenceError):
            self._cannot_open(error)
        return None

    def _closed(self, window: MainWindow, key: int) -> None:
        """The window is gone and its notebook closed: another launch may have it now."""
        if window in self.windows:
            self.windows.remove(window)
        guard = self._guards.pop(key, None)
        if guard is not None:
            guard.release()


def _needs_upgrade(path: Path) -> bool:
    """A notebook this version will migrate when opening it (a new file needs no backup)."""
    from relnotebook.store import schema
    from relnotebook.store.inspection import inspect_file

    try:
        state = inspect_file(path)
    except (NotebookError, OSError):
        return False  # a new notebook, or one that opening will explain
    return not state.is_new and state.revision != schema.head()


@dataclass(frozen=True)
class Reopen:
    """Open this file instead: a backup put back in place, or the notebook's new folder."""

    path: Path
    check_location: bool


def run(
    path: Path | str,
    *,
    throwaway: bool = False,
    clock: Clock | None = None,
    runner: Runner | None = None,
) -> int:
    """The app on `path`: a notebook file, or the address of one on a PostgreSQL server. The
    clock is the system's, and slow work runs on threads, unless tests say otherwise."""
    app = make_application()
    interrupt = QuitOnInterrupt(app)  # Ctrl+C in the terminal: closed as by the close button
    try:
        session = Session(
            clock=clock or SystemClock(),
            runner=runner or ThreadRunner(app),
            throwaway=throwaway,
        )
        if isinstance(path, str):
            opened = session.open_server(path)
        else:
            opened = session.open(path, paint_first=True)
        if opened is None:
            return EXIT_OK if session.handed_over else EXIT_CANNOT_OPEN
        return interrupt.run()
    finally:
        interrupt.uninstall()


def _paint_filled(window: MainWindow) -> None:
    window.update()  # the whole window: the page that replaced the frame's placeholder
    paint_now(window)


def _start_mail_log(window: MainWindow) -> None:
    """The mail log (Settings › Mail): read once the window is up, then every N minutes; it
    reads nothing until a mailbox is set."""
    from relnotebook.gui.controllers.mail import MailController

    window.mail_log = MailController(window, window.editor, window.clock, window.runner)
    QTimer.singleShot(0, window.mail_log.start)
