"""The main window: a frame with a sidebar of views (Today, People, Events, Referrals,
Newsletter), the menus, and the status bar. It holds the pieces and nothing more: the menus
are a table (`actions.py`), what their commands do is in `controllers/`, each view is a page
(`pages/`) that the window only asks to reload (`pages.base.Page`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from relnotebook.gui.actions import Command, build_menus
from relnotebook.gui.collector import keep_what_startup_made
from relnotebook.gui.controllers.opening import OpeningController, OpenNotebook, OpenServer
from relnotebook.gui.icons import follow_palette, icon
from relnotebook.gui.pages.base import (
    EVENTS,
    NEWSLETTER,
    PEOPLE,
    REFERRALS,
    TODAY,
    Page,
    reload_if_stale,
)
from relnotebook.gui.refcount_guard import guard_refcounts

# The data layer (SQLAlchemy, SQLModel, the pages built on it) is imported by `attach`, once the
# window's frame is on screen: importing it takes most of a second, and the user should see the
# window at once. A test checks that importing this module leaves SQLAlchemy unloaded.
if TYPE_CHECKING:
    from relnotebook.clock import Clock
    from relnotebook.gui.background import Runner
    from relnotebook.gui.controllers import Controllers
    from relnotebook.gui.controllers.mail import MailController
    from relnotebook.gui.controllers.notebook import Restore
    from relnotebook.gui.daily_backup import DailyBackup
    from relnotebook.gui.pages.events import EventsPage
    from relnotebook.gui.pages.newsletter import NewsletterPage
    from relnotebook.gui.pages.people import PeoplePage
    from relnotebook.gui.pages.referrals import ReferralsPage
    from relnotebook.gui.pages.today import TodayPage
    from relnotebook.gui.reminders import DueReminder
    from relnotebook.store import Notebook

__all__ = ["EVENTS", "NEWSLETTER", "PEOPLE", "REFERRALS", "TODAY", "MainWindow"]

SIDEBAR_ICON = 18  # pixels
SIDEBAR_ICONS = ("sun", "users", "calendar-days", "handshake", "newspaper")  # (Lucide names)
MENU_ICONS = {
    "people.new_person": "user-plus",
    "messages.compose_for_current_person": "mail",
    "calls.log_call_for_current": "phone",
    "people.new_referral": "handshake",
    "events.capture_new_event": "calendar-days",
    "exchange.import_contacts": "download",
}


class MainWindow(QMainWindow):
    """Built in two steps so that it appears at once: the frame (title, views, menus, the
    notebook's location), then `attach` fills the pages from the notebook. Given a notebook,
    the constructor does both; the app's start gives none, paints the frame, then attaches."""

    def __init__(
        self,
        notebook: Notebook | None = None,
        *,
        clock: Clock,
        runner: Runner,
        location: Path | None = None,
        open_notebook: OpenNotebook | None = None,
        open_server: OpenServer | None = None,
        restore: Restore | None = None,
        throwaway: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        guard_refcounts()  # once per application; the window is where people type and scroll
        self.clock = clock  # the app's one "today", passed to every view and command
        self.runner = runner  # slow work off the UI thread (backups, imports, exports)
        self._restore = restore
        self.opener = OpeningController(self, open_notebook, open_server)
        self.daily_backup: DailyBackup | None = None  # set by the app; none for --demo
        self.reminder: DueReminder | None = None  # set by the app
        self.mail_log: MailController | None = None  # set by the app; none for --demo
        self._reloading = self._reload_again = False
        location = notebook.path if notebook is not None else location
        self.location = location  # the notebook's file, known before it is open
        suffix = self.tr(" (sample, not saved)") if throwaway else ""
        name = location.name if location is not None else ""
        self.setWindowTitle(self.tr("Relationship Notebook — %1").replace("%1", name) + suffix)
        self.resize(1200, 760)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.addItems(
            [
                self.tr("Today"),
                self.tr("People"),
                self.tr("Events"),
                self.tr("Referrals"),
                self.tr("Newsletter"),
            ]
        )
        # As wide as its longest name with its icon ("Recommandations" in French), no wider.
        self.sidebar.setIconSize(QSize(SIDEBAR_ICON, SIDEBAR_ICON))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        self.sidebar.setFixedWidth(max(150, widest + SIDEBAR_ICON + 48))
        # Room around each name without a style sheet: a widget with one keeps the palette it
        # was first polished with, and would stay light when the app turns dark.
        height = self.sidebar.fontMetrics().height() + 16
        for row in range(self.sidebar.count()):
            self.sidebar.item(row).setSizeHint(QSize(0, max(height, SIDEBAR_ICON + 12)))
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setCurrentRow(TODAY)
        self.pages = QStackedWidget(self)
        self.opening = QLabel(self.tr("Opening the notebook…"), self)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.menu_bar = build_menus(self, self.run)
        # After the frame's first paint: drawing the icons takes a few hundredths of a second.
        QTimer.singleShot(0, self._draw_icons)
        self.restore_action = self.menu_bar.actions["notebook.restore_from_backup"]
        self.statusBar().showMessage(str(location) if location is not None else "")
        if notebook is not None:
            self.attach(notebook)

    def _draw_icons(self) -> None:
        follow_palette(self, self._set_icons)

    def _set_icons(self) -> None:
        """The sidebar's and the main menu entries' icons, in the palette's colours."""
        palette = self.palette()
        for row, name in enumerate(SIDEBAR_ICONS):
            item = self.sidebar.item(row)
            if item is not None:
                item.setIcon(icon(name, palette))
        for command, name in MENU_ICONS.items():
            self.menu_bar.actions[command].setIcon(icon(name, palette))

    @property
    def is_open(self) -> bool:
        """The notebook is attached and its pages are filled (the frame alone shows none)."""
        return hasattr(self, "notebook")

    def attach(self, notebook: Notebook, *, painted: Callable[[], None] | None = None) -> None:
        """Fill the frame from `notebook`: the pages, undo and redo, and the actions.

        `painted`, when given, is called as soon as Today is filled, before the commands are
        wired to the menus (their modules take a tenth of a second to load): the app paints
        the window then, so the notebook shows first."""
        from relnotebook.gui.controllers import build_controllers
        from relnotebook.gui.dialogs.conflict import ask_keep_mine
        from relnotebook.gui.pages.today import TodayPage
        from relnotebook.gui.undo import Editor

        self.notebook = notebook
        self.location = notebook.path
        if notebook.on_server:  # its address, not this computer's folder for it
            self.setWindowTitle(self.tr("Relationship Notebook — %1").replace("%1", notebook.name))
            self.statusBar().showMessage(notebook.name)
        self.editor = Editor(notebook, self)
        self.editor.changed.connect(self.reload)
        self.editor.resolve_conflict = ask_keep_mine  # (no lambda holding the window)
        self.editor.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Not saved"), message)
        )
        clock = self.clock
        self.today: TodayPage = TodayPage(self.editor, clock, self)
        # In the sidebar's order: the window knows its views by this interface only.
        self.views: tuple[Page, ...] = (self.today,)  # the others once Today is shown
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.pages.addWidget(self.today)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.pages.currentChanged.connect(lambda index: reload_if_stale(self.views[index]))
        self._day = clock.today()
        keep_what_startup_made()  # out of the garbage collector's walks (gui/collector.py)
        self.reload()
        self.show_view(TODAY)
        if painted is not None:
            painted()
        self._add_other_views()
        self.controllers: Controllers = build_controllers(
            self, self.editor, clock, self.runner, self._restore
        )
        self._connect_pages(self.controllers)

        undo = self.editor.stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.editor.stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        edit_menu = self.menu_bar.menus["edit"]
        edit_menu.insertActions(edit_menu.actions()[0], [undo, redo])
        # A server notebook is put back from a backup with `relnotebook copy`, not in place.
        self._can_restore = not notebook.on_server
        self.pages.currentChanged.connect(self._enable_actions)
        self._enable_actions(self.current_view())
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start(10 * 60 * 1000)

    def _add_other_views(self) -> None:
        """People, Events, Referrals and Newsletter, after Today: their modules (the person
        page, its panels, the importers) load once the notebook is on screen."""
        from relnotebook.gui.pages.events import EventsPage
        from relnotebook.gui.pages.newsletter import NewsletterPage
        from relnotebook.gui.pages.people import PeoplePage
        from relnotebook.gui.pages.referrals import ReferralsPage

        given = (self.editor, self.clock, self)
        self.people: PeoplePage = PeoplePage(*given)
        self.events: EventsPage = EventsPage(*given)
        self.referrals: ReferralsPage = ReferralsPage(*given)
        self.newsletter: NewsletterPage = NewsletterPage(*given)
        self.views = (self.today, self.people, self.events, self.referrals, self.newsletter)
        for page in self.views[1:]:
            page.is_stale = True
            self.pages.addWidget(page)
        # A view chosen in the sidebar while Today was being painted is shown now.
        self.pages.setCurrentIndex(self.sidebar.currentRow())

    def _connect_pages(self, controllers: Controllers) -> None:
        """What the pages ask for (a message, a call, a person) to the controller doing it."""
        from relnotebook.core.models import Initiator

        people, messages, calls = controllers.people, controllers.messages, controllers.calls
        for open_person in (
            self.today.open_person,
            self.events.open_person,
            self.referrals.open_person,
            self.newsletter.open_person,
        ):
            open_person.connect(self.open_person)
        for call_requested in (self.today.call_requested, self.people.call_requested):
            call_requested.connect(lambda person_id, who: calls.log_call(person_id, Initiator(who)))
        self.today.compose_requested.connect(
            lambda prompt: messages.compose(prompt.person_id, prompt)
        )
        self.today.consent_requested.connect(people.record_consent)
        self.today.write_requested.connect(lambda person_id: messages.compose(person_id))
        self.people.compose_requested.connect(lambda person_id: messages.compose(person_id))
        self.people.delete_requested.connect(people.confirm_delete_person)
        self.people.new_referral_requested.connect(people.new_referral)
        self.referrals.thank_requested.connect(lambda person_id: messages.compose(person_id))
        # The empty views' buttons start what goes there.
        for button in (
            self.today.capture_button,
            self.people.capture_button,
            self.events.capture_button,
        ):
            button.clicked.connect(controllers.events.capture_new_event)
        self.people.import_button.clicked.connect(controllers.exchange.import_contacts)
        self.events.capture_requested.connect(controllers.events.capture_for_event)
        self.events.delete_requested.connect(controllers.events.confirm_delete_event)

    def run(self, command: Command) -> None:
        """A menu entry or shortcut: the method its handler names (see `actions.py`)."""
        owner, _, method = command.handler.partition(".")
        if owner == "window":
            target: object = self
        elif owner == "opener":
            target = self.opener
        else:
            target = getattr(self.controllers, owner)
        getattr(target, method)(*command.arguments)

    def _enable_actions(self, view: int) -> None:
        """The menu entries that apply to `view` (Ctrl+L needs a person in view)."""
        self.menu_bar.enable(notebook_open=True, view=view)
        self.restore_action.setEnabled(self._can_restore)

    # Views
    def current_view(self) -> int:
        return self.pages.currentIndex()

    def show_view(self, index: int) -> None:
        """Go to a view with the keyboard in its list, so Enter and the arrows work at once."""
        self.sidebar.setCurrentRow(index)
        current = self.pages.currentWidget()
        if current is not None:
            current.setFocus()

    def bring_today_to_front(self) -> None:
        """The tray's reminder was clicked: Today, in front of the other windows."""
        from relnotebook.gui.single_instance import bring_to_front

        self.show_view(TODAY)
        bring_to_front(self)

    def reload(self) -> None:
        """Show the notebook as stored: the view in sight now, the others when they are shown
        (on a large notebook, reloading every view cost most of a second after each edit). A
        change made while reloading (a field saving as it loses focus) asks for one more pass
        instead of reloading inside the reload."""
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        try:
            self._reload_again = True
            while self._reload_again:
                self._reload_again = False
                for view in self.views:
                    view.is_stale = True
                reload_if_stale(self.views[self.current_view()])
        finally:
            self._reloading = False

    def _new_day(self) -> None:
        """Past midnight, Today shows the new day."""
        if self.clock.today() != self._day:
            self._day = self.clock.today()
            self.reload()

    def open_person(self, person_id: int) -> None:
        self.show_view(PEOPLE)
        self.people.select_person(person_id)

    def current_person_id(self) -> int | None:
        """The person the user is looking at: Today's selected row, or the open person page."""
        if self.current_view() == TODAY:
            item = self.today.current()
            return item.person_id if item is not None else None
        person = self.people.person_page.person
        if self.current_view() == PEOPLE and person is not None:
            return person.id
        return None

    def show_read_only(self, reason: str) -> None:
        """Say, for as long as the window is open, that nothing can be saved in it."""
        label = QLabel(reason, self)
        label.setObjectName("read_only")
        label.setStyleSheet(
            "QLabel#read_only { font-weight: bold; padding: 2px 8px; background: #fff3cd; "
            "color: #5c4400; }"
        )
        self.statusBar().addPermanentWidget(label)
        self._can_restore = False
        self.restore_action.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_open:  # the frame alone: nothing typed, no notebook to close
            super().closeEvent(event)
            return
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # saves a field being edited (they save on leaving)
        if self.daily_backup is not None:
            self.daily_backup.stop()  # a backup running finishes before the file closes
        if self.mail_log is not None:
            self.mail_log.close()  # a read going on stops; nothing of it is logged
        self.controllers.sync.close()  # a sync going on ends first (one transaction)
        self.notebook.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)
