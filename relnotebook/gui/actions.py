"""The menus and their shortcuts, as one table: what each entry says, its key, what it runs.

A handler is named "owner.method": `window` for the window itself (views, refresh, quit),
`opener` for what works before a notebook is open, otherwise one of the window's controllers
(`gui/controllers/`). It is looked up when the entry is triggered, so an entry can be listed
before the notebook (and the controllers) exist: those that need one stay disabled until then.

Every entry has a shortcut and a mnemonic (a test checks it), and no two share a key. An entry
about the person in view (`views`) is disabled on the views that show none, so its key is not
silently ignored there. Help › Keyboard Shortcuts shows this table (`dialogs/help.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from relnotebook.gui.pages.base import EVENTS, NEWSLETTER, PEOPLE, REFERRALS, TODAY

Key = QKeySequence.StandardKey
ALL_VIEWS = (TODAY, PEOPLE, EVENTS, REFERRALS, NEWSLETTER)
PERSON_VIEWS = (TODAY, PEOPLE)  # a person selected (Today's row) or shown (the person page)


@dataclass(frozen=True)
class Command:
    text: str
    shortcut: str | QKeySequence.StandardKey
    handler: str  # "owner.method", see the module's docstring
    needs_notebook: bool = True
    arguments: tuple[int, ...] = ()
    views: tuple[int, ...] = ALL_VIEWS  # where it applies: the others disable it

    @property
    def name(self) -> str:
        """Unique among the entries (the Go menu runs one handler with five arguments)."""
        return self.handler + "".join(f":{argument}" for argument in self.arguments)


SEPARATOR = None


@dataclass(frozen=True)
class Menu:
    key: str
    title: str
    entries: tuple[Command | None, ...] = field(default=())


class MenuTable(QObject):
    """The table. Its texts are translated as it is read, in the "MenuTable" context."""

    def menus(self) -> tuple[Menu, ...]:
        # fmt: off
        return (
            Menu("file", self.tr("&File"), (
                Command(self.tr("&Open Notebook…"), Key.Open, "opener.choose_notebook"),
                Command(self.tr("&Connect to a Server…"), "Ctrl+Shift+K",
                        "opener.connect_to_server", needs_notebook=False),
                SEPARATOR,
                Command(self.tr("&Back Up Now…"), "Ctrl+Shift+B", "notebook.back_up_now"),
                Command(self.tr("&Restore from Backup…"), "Ctrl+Shift+O",
                        "notebook.restore_from_backup"),
                SEPARATOR,
                Command(self.tr("S&ync Now"), "Ctrl+Shift+S", "sync.sync_now"),
                Command(self.tr("Sync Settin&gs…"), "Ctrl+Alt+S", "sync.open_settings"),
                SEPARATOR,
                Command(self.tr("&Import Contacts…"), "Ctrl+I", "exchange.import_contacts"),
                Command(self.tr("&Export…"), "Ctrl+Shift+X", "exchange.export_people"),
                SEPARATOR,
                Command(self.tr("&Quit"), "Ctrl+Q", "window.close", needs_notebook=False),
            )),
            # Undo and redo go first, once the notebook (and its undo stack) is attached.
            Menu("edit", self.tr("&Edit"), (
                SEPARATOR,
                Command(self.tr("&Search Everything…"), "Ctrl+K", "people.search"),
                Command(self.tr("&Find Person"), "Ctrl+F", "people.find_person"),
                SEPARATOR,
                Command(self.tr("&Settings…"), "Ctrl+,", "notebook.open_settings"),
            )),
            Menu("people", self.tr("&People"), (
                Command(self.tr("&New Person…"), "Ctrl+N", "people.new_person"),
                Command(self.tr("&Write Message…"), "Ctrl+M",
                        "messages.compose_for_current_person", views=PERSON_VIEWS),
                Command(self.tr("&Log Call…"), "Ctrl+L", "calls.log_call_for_current",
                        views=PERSON_VIEWS),
                Command(self.tr("&They Called Me…"), "Ctrl+Shift+L", "calls.log_call_they_called",
                        views=PERSON_VIEWS),
                Command(self.tr("New &Referral…"), "Ctrl+Shift+R", "people.new_referral"),
                SEPARATOR,
                Command(self.tr("&Merge Duplicates…"), "Ctrl+Shift+D", "people.merge_people"),
                Command(self.tr("Find Dup&licates…"), "Ctrl+Alt+D", "people.find_duplicates"),
                Command(self.tr("&Delete Person…"), "Ctrl+Delete", "people.delete_current_person",
                        views=(PEOPLE,)),
                SEPARATOR,
                Command(self.tr("Export &Everything About This Person…"), "Ctrl+Shift+P",
                        "privacy.export_dossier"),
                Command(self.tr("E&rase This Person…"), "Ctrl+Shift+Del", "privacy.erase_person"),
                Command(self.tr("Re&tention Review…"), "Ctrl+Shift+T", "privacy.review_retention"),
            )),
            Menu("events", self.tr("E&vents"), (
                Command(self.tr("&New Event and People Met…"), "Ctrl+E",
                        "events.capture_new_event"),
                Command(self.tr("&Add People Met at This Event…"), "Ctrl+Shift+E",
                        "events.capture_for_current_event"),
            )),
            Menu("calls", self.tr("&Calls"), (
                Command(self.tr("Start a &Market Sweep…"), "Ctrl+Shift+M", "calls.start_sweep"),
                Command(self.tr("&Export Calendar (.ics)…"), "Ctrl+Shift+C",
                        "calls.export_calendar"),
            )),
            Menu("go", self.tr("&Go"), (
                Command(self.tr("&Today"), "Ctrl+1", "window.show_view", arguments=(TODAY,)),
                Command(self.tr("&People"), "Ctrl+2", "window.show_view", arguments=(PEOPLE,)),
                Command(self.tr("&Events"), "Ctrl+3", "window.show_view", arguments=(EVENTS,)),
                Command(self.tr("&Referrals"), "Ctrl+4", "window.show_view",
                        arguments=(REFERRALS,)),
                Command(self.tr("&Newsletter"), "Ctrl+5", "window.show_view",
                        arguments=(NEWSLETTER,)),
                SEPARATOR,
                # What was saved elsewhere (another window, another computer on a server).
                Command(self.tr("&Refresh"), Key.Refresh, "window.reload"),
            )),
            Menu("help", self.tr("&Help"), (
                Command(self.tr("&User Guide"), "F1", "opener.user_guide", needs_notebook=False),
                Command(self.tr("&Keyboard Shortcuts"), "Ctrl+/", "opener.keyboard_shortcuts",
                        needs_notebook=False),
                SEPARATOR,
                Command(self.tr("&About Relationship Notebook"), "Shift+F1", "opener.about",
                        needs_notebook=False),
            )),
        )
        # fmt: on


@dataclass
class MenuBar:
    """What `build_menus` made: the menus by key, the actions by command name, and the actions
    to enable once a notebook is attached."""

    menus: dict[str, QMenu]
    actions: dict[str, QAction]
    need_notebook: list[QAction]
    views: dict[QAction, tuple[int, ...]] = field(default_factory=dict)

    def enable(self, *, notebook_open: bool, view: int) -> None:
        """Enabled: what works without a notebook, and, once one is open, what applies to
        the view in sight."""
        for action in self.need_notebook:
            action.setEnabled(notebook_open and view in self.views.get(action, ALL_VIEWS))


def build_menus(window: QMainWindow, run: Callable[[Command], object]) -> MenuBar:
    """The window's menu bar from the table; triggering an entry calls `run(command)`. Each action
    is added to the window too, so its shortcut works whichever widget has the focus."""
    built = MenuBar({}, {}, [])
    bar = window.menuBar()
    for menu in MenuTable().menus():
        qmenu = bar.addMenu(menu.title)
        built.menus[menu.key] = qmenu
        for command in menu.entries:
            if command is None:
                qmenu.addSeparator()
                continue
            action = QAction(command.text, window)
            action.setShortcut(QKeySequence(command.shortcut))
            action.triggered.connect(lambda _checked=False, c=command: run(c))
            window.addAction(action)
            qmenu.addAction(action)
            built.actions[command.name] = action
            if command.views != ALL_VIEWS:
                built.views[action] = command.views
            if command.needs_notebook:
                built.need_notebook.append(action)
                action.setEnabled(False)  # until `attach`: the frame is shown before the notebook
    return built
