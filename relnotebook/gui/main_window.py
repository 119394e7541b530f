"""The main window: a sidebar (Today, People, Events), the pages, menus and shortcuts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from relnotebook import __version__
from relnotebook.core.validation import split_name
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import failure_reason
from relnotebook.gui.refcount_guard import guard_refcounts

# The data layer (SQLAlchemy, SQLModel, the pages built on it) is imported by `attach`, once the
# window's frame is on screen: importing it takes most of a second, and the user should see the
# window at once. A test checks that importing this module leaves SQLAlchemy unloaded.
if TYPE_CHECKING:  # the dialogs are imported when first opened: the window appears sooner
    from relnotebook.core.exchange.contact_import import ImportResult
    from relnotebook.core.models import Initiator, Language
    from relnotebook.core.outreach.rules import Prompt
    from relnotebook.gui.backup_ui import DailyBackup
    from relnotebook.gui.dialogs.call import CallDialog
    from relnotebook.gui.dialogs.capture import CaptureDialog
    from relnotebook.gui.dialogs.compose import ComposeDialog
    from relnotebook.gui.pages.events import EventsPage
    from relnotebook.gui.pages.newsletter import NewsletterPage
    from relnotebook.gui.pages.people import PeoplePage
    from relnotebook.gui.pages.referrals import ReferralsPage
    from relnotebook.gui.pages.today import TodayPage
    from relnotebook.store import Notebook

TODAY, PEOPLE, EVENTS, REFERRALS, NEWSLETTER = range(5)


class MainWindow(QMainWindow):
    """Built in two steps so that it appears at once: the frame (title, views, menus, the
    notebook's location), then `attach` fills the pages from the notebook. Given a notebook,
    the constructor does both; the app's start gives none, paints the frame, then attaches."""

    def __init__(
        self,
        notebook: Notebook | None = None,
        *,
        location: Path | None = None,
        open_notebook: Callable[[Path], object] | None = None,
        open_server: Callable[[str], object] | None = None,
        restore: Callable[[MainWindow, Path], object] | None = None,
        throwaway: bool = False,
        parent: QWidget | None = None,
    ) -> None:

        super().__init__(parent)
        guard_refcounts()  # once per application; the window is where people type and scroll
        self._open_notebook = open_notebook
        self._open_server = open_server
        self._restore = restore
        self.daily_backup: DailyBackup | None = None  # set by the app; none for --demo
        self.capture_dialog: CaptureDialog | None = None
        self.compose_dialog: ComposeDialog | None = None
        self.call_dialog: CallDialog | None = None
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
        self.sidebar.setFixedWidth(150)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 8px 10px; }")
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
        self._notebook_actions: list[QAction] = []  # enabled once a notebook is attached
        self._build_menus()
        self.statusBar().showMessage(str(location) if location is not None else "")
        if notebook is not None:
            self.attach(notebook)

    @property
    def is_open(self) -> bool:
        """The notebook is attached and its pages are filled (the frame alone shows none)."""
        return hasattr(self, "notebook")

    def attach(self, notebook: Notebook) -> None:
        """Fill the frame from `notebook`: the pages, undo and redo, and the actions."""
        from relnotebook.core.models import Initiator
        from relnotebook.gui.dialogs.conflict import ask_keep_mine
        from relnotebook.gui.pages.events import EventsPage
        from relnotebook.gui.pages.newsletter import NewsletterPage
        from relnotebook.gui.pages.people import PeoplePage
        from relnotebook.gui.pages.referrals import ReferralsPage
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
        self.today: TodayPage = TodayPage(self.editor, self)
        self.people: PeoplePage = PeoplePage(self.editor, self)
        self.events: EventsPage = EventsPage(self.editor, self)
        self.referrals: ReferralsPage = ReferralsPage(self.editor, self)
        self.newsletter: NewsletterPage = NewsletterPage(self.editor, self)
        self.referrals.thank_requested.connect(lambda person_id: self.compose(person_id))
        self.referrals.open_person.connect(self.open_person)
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        for page in (self.today, self.people, self.events, self.referrals, self.newsletter):
            self.pages.addWidget(page)
        self._stale: set[QWidget] = set()  # pages to reload when they are next shown
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.pages.currentChanged.connect(
            lambda _i: self._reload_if_stale(self.pages.currentWidget())
        )

        self.people.delete_requested.connect(self.confirm_delete_person)
        self.people.compose_requested.connect(lambda person_id: self.compose(person_id))
        self.people.new_referral_requested.connect(self.new_referral)
        self.today.compose_requested.connect(lambda prompt: self.compose(prompt.person_id, prompt))
        self.today.open_person.connect(self.open_person)
        self.today.consent_requested.connect(self.record_consent)
        self.people.call_requested.connect(
            lambda person_id, who: self.log_call(person_id, Initiator(who))
        )
        self.today.call_requested.connect(
            lambda person_id, who: self.log_call(person_id, Initiator(who))
        )
        self.events.capture_requested.connect(self.capture_for_event)
        self.events.open_person.connect(self.open_person)
        self.events.delete_requested.connect(self.confirm_delete_event)

        undo = self.editor.stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.editor.stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        self._edit_menu.insertActions(self._edit_menu.actions()[0], [undo, redo])
        for action in self._notebook_actions:
            action.setEnabled(True)
        # A server notebook is put back from a backup with `relnotebook copy`, not in place.
        self.restore_action.setEnabled(not notebook.on_server)
        self._day = dt.date.today()
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start(10 * 60 * 1000)
        self.reload()
        self.show_view(TODAY)

    # Menus and shortcuts
    def _action(
        self,
        text: str,
        slot: Callable,
        shortcut: QKeySequence | str | None = None,
        *,
        needs_notebook: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        if needs_notebook:
            self._notebook_actions.append(action)
            action.setEnabled(False)  # until `attach`: the frame is shown before the notebook
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(
                self.tr("&Open Notebook…"), self.choose_notebook, QKeySequence.StandardKey.Open
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Connect to a Server…"),
                self.connect_to_server,
                "Ctrl+Shift+K",
                needs_notebook=False,
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Back Up Now…"), self.back_up_now, "Ctrl+Shift+B")
        )
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"), self.restore_from_backup, "Ctrl+Shift+O"
        )
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Import Contacts…"), self.import_contacts, "Ctrl+I")
        )
        file_menu.addAction(self._action(self.tr("&Export…"), self.export_people, "Ctrl+Shift+X"))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, "Ctrl+Q", needs_notebook=False)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._edit_menu = edit_menu  # undo and redo go first, once `attach` has the stack
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Search Everything…"), self.search, "Ctrl+K"))
        edit_menu.addAction(self._action(self.tr("&Find Person"), self.find_person, "Ctrl+F"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,"))

        people_menu = bar.addMenu(self.tr("&People"))
        people_menu.addAction(self._action(self.tr("&New Person…"), self.new_person, "Ctrl+N"))
        people_menu.addAction(
            self._action(self.tr("&Write Message…"), self.compose_for_current_person, "Ctrl+M")
        )
        people_menu.addAction(
            self._action(self.tr("&Log Call…"), self.log_call_for_current, "Ctrl+L")
        )
        people_menu.addAction(
            self._action(
                self.tr("&They Called Me…"),
                self.log_call_they_called,
                "Ctrl+Shift+L",
            )
        )
        people_menu.addAction(
            self._action(self.tr("New &Referral…"), self.new_referral, "Ctrl+Shift+R")
        )
        people_menu.addSeparator()
        people_menu.addAction(
            self._action(self.tr("&Merge Duplicates…"), self.merge_people, "Ctrl+Shift+D")
        )
        people_menu.addAction(
            self._action(self.tr("&Delete Person…"), self.delete_current_person, "Ctrl+Delete")
        )
        people_menu.addSeparator()
        people_menu.addAction(
            self._action(
                self.tr("Export &Everything About This Person…"),
                self.export_dossier,
                "Ctrl+Shift+P",
            )
        )
        people_menu.addAction(
            self._action(self.tr("E&rase This Person…"), self.erase_person, "Ctrl+Shift+Del")
        )
        people_menu.addAction(
            self._action(self.tr("Re&tention Review…"), self.review_retention, "Ctrl+Shift+T")
        )

        events_menu = bar.addMenu(self.tr("E&vents"))
        events_menu.addAction(
            self._action(self.tr("&New Event and People Met…"), self.capture_new_event, "Ctrl+E")
        )
        events_menu.addAction(
            self._action(
                self.tr("&Add People Met at This Event…"),
                self.capture_for_current_event,
                "Ctrl+Shift+E",
            )
        )

        calls_menu = bar.addMenu(self.tr("&Calls"))
        calls_menu.addAction(
            self._action(self.tr("Start a &Market Sweep…"), self.start_sweep, "Ctrl+Shift+M")
        )
        calls_menu.addAction(
            self._action(self.tr("&Export Calendar (.ics)…"), self.export_calendar, "Ctrl+Shift+C")
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        for index, (text, key) in enumerate(
            (
                (self.tr("&Today"), "Ctrl+1"),
                (self.tr("&People"), "Ctrl+2"),
                (self.tr("&Events"), "Ctrl+3"),
                (self.tr("&Referrals"), "Ctrl+4"),
                (self.tr("&Newsletter"), "Ctrl+5"),
            )
        ):
            go_menu.addAction(self._action(text, lambda _=False, i=index: self.show_view(i), key))
        go_menu.addSeparator()
        # What was saved elsewhere (another window, another computer on a server notebook).
        go_menu.addAction(
            self._action(self.tr("&Refresh"), self.reload, QKeySequence.StandardKey.Refresh)
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&About Relationship Notebook"), self.about, "F1", needs_notebook=False
            )
        )

    # Views
    def show_view(self, index: int) -> None:
        """Go to a view with the keyboard in its list, so Enter and the arrows work at once."""
        self.sidebar.setCurrentRow(index)
        self.pages.currentWidget().setFocus()

    def reload(self) -> None:
        """Show the notebook as stored. A change made while reloading (a field saving as it
        loses focus) asks for one more pass instead of reloading inside the reload."""
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        try:
            self._reload_again = True
            while self._reload_again:
                self._reload_again = False
                # The page in view now; the others when they are shown (on a large notebook,
                # reloading every page cost most of a second after each edit).
                self._stale.update((self.today, self.events, self.referrals, self.newsletter))
                self.people.reload()  # (reads its list only when shown, by itself)
                self._reload_if_stale(self.pages.currentWidget())
        finally:
            self._reloading = False

    def _reload_if_stale(self, page: QWidget | None) -> None:
        if page in self._stale:
            self._stale.discard(page)
            page.reload()  # type: ignore[union-attr]

    def _new_day(self) -> None:
        """Past midnight, Today shows the new day."""
        if dt.date.today() != self._day:
            self._day = dt.date.today()
            self.reload()

    def open_person(self, person_id: int) -> None:
        self.show_view(PEOPLE)
        self.people.select_person(person_id)

    def search(self) -> None:
        """Ctrl+K from anywhere: names, notes, details and messages; Enter opens the person."""
        from relnotebook.gui.dialogs.search import SearchDialog

        dialog = SearchDialog(self.notebook, parent=self)
        dialog.person_chosen.connect(self.open_person)
        self.search_dialog = dialog
        dialog.open()

    def find_person(self) -> None:
        self.show_view(PEOPLE)
        self.people.focus_filter()

    # People
    def new_person(self) -> None:
        from relnotebook.core.people.views import PersonFields

        name, ok = QInputDialog.getText(
            self, self.tr("New person"), self.tr("Name:"), QLineEdit.EchoMode.Normal
        )
        if not ok:
            return
        try:
            given, family = split_name(name)
            person_id = self.editor.add_person(
                PersonFields(given_name=given, family_name=family, language=self.language())
            )
        except ValidationError:
            QMessageBox.information(self, self.tr("New person"), self.tr("A name is needed."))
            return
        self.open_person(person_id)
        self.people.person_page.show_profile()
        self.people.person_page.profile.edits["organisation"].setFocus()

    def delete_current_person(self) -> None:
        page = self.people.person_page.person
        if self.pages.currentIndex() == PEOPLE and page is not None:
            self.confirm_delete_person(page.id, page.name)

    def confirm_delete_person(self, person_id: int, name: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete %1?").replace("%1", name),
            self.tr(
                "Delete %1 with all their notes and personal details? "
                "You can undo this with Ctrl+Z."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.delete_person(person_id, name)
            self.statusBar().showMessage(
                self.tr("Deleted %1. Ctrl+Z brings them back.").replace("%1", name), 8000
            )

    # Messages
    def compose(self, person_id: int, prompt: Prompt | None = None) -> ComposeDialog | None:
        """Window-modal, like capture: the notebook stays readable behind the draft."""
        from relnotebook.gui.dialogs.compose import ComposeDialog

        try:
            dialog = ComposeDialog(
                self.editor, person_id, prompt=prompt, today=self.today.today, parent=self
            )
        except LookupError:
            return None
        self.compose_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._composed(dialog))
        dialog.open()
        return dialog

    def _composed(self, dialog: ComposeDialog) -> None:
        self.compose_dialog = None
        if dialog.sent_id is not None:
            self.statusBar().showMessage(
                self.tr("Recorded on %1’s history.").replace("%1", dialog.person.name), 8000
            )

    def compose_for_current_person(self) -> None:
        person = self.people.person_page.person
        if self.pages.currentIndex() == TODAY and self.today.current() is not None:
            self.today.act()
        elif person is not None:
            self.compose(person.id)

    # Calls
    def current_person_id(self) -> int | None:
        """The person the user is looking at: Today's selected row, or the open person page."""
        if self.pages.currentIndex() == TODAY:
            item = self.today.current()
            return item.person_id if item is not None else None
        if self.pages.currentIndex() == PEOPLE and self.people.person_page.person:
            return self.people.person_page.person.id
        return None

    def log_call_they_called(self) -> None:
        from relnotebook.core.models import Initiator

        self.log_call_for_current(Initiator.THEM)

    def log_call_for_current(self, initiated_by: Initiator | None = None) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.log_call(person_id, initiated_by)

    def log_call(self, person_id: int, initiated_by: Initiator | None = None) -> None:
        from relnotebook.core.models import Initiator
        from relnotebook.core.people.service import get_person
        from relnotebook.gui.dialogs.call import CallDialog

        person = get_person(self.notebook, person_id)
        if person is None:
            return
        dialog = CallDialog(
            self.editor,
            person_id,
            person.name,
            phone=person.fields.phones[0] if person.fields.phones else "",
            initiated_by=initiated_by or Initiator.ME,
            today=self.today.today,
            parent=self,
        )
        self.call_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "call_dialog", None))
        dialog.open()

    def record_consent(self, person_id: int) -> None:
        self.open_person(person_id)
        page = self.people.person_page
        page.tabs.setCurrentWidget(page.referrals)
        page.referrals.consent_button.click()

    def new_referral(self, partner_id: int | None = None) -> None:
        if partner_id is None and self.pages.currentIndex() == PEOPLE:
            person = self.people.person_page.person
            partner_id = person.id if person else None
        self.referrals.new_referral(partner_id)

    def start_sweep(self) -> None:
        from relnotebook.gui.dialogs.sweep import SweepDialog

        dialog = SweepDialog(self.editor, self.today.today, self)
        if dialog.exec() == SweepDialog.DialogCode.Accepted:
            self.show_view(TODAY)

    def export_calendar(self) -> None:
        from relnotebook.core.exchange.calendar_export import save_calendar

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the next 90 days"),
            str(Path.home() / "relnotebook.ics"),
            self.tr("Calendar (*.ics)"),
        )
        if not path:
            return
        try:
            count = save_calendar(self.notebook, Path(path), today=self.today.today)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the calendar"),
                self.tr("The calendar could not be saved: %1").replace("%1", failure_reason(exc)),
            )
            return
        self.statusBar().showMessage(
            self.tr("%1 calendar entries saved to %2. It holds names: keep it private.")
            .replace("%1", str(count))
            .replace("%2", path),
            10000,
        )

    # Exports and privacy
    def _person_for_action(self) -> int | None:
        """The person shown or selected, or None after saying how to pick one."""
        person_id = self.current_person_id()
        if person_id is None:
            self.statusBar().showMessage(self.tr("Select a person first (People, Ctrl+2)."), 8000)
        return person_id

    def export_people(self) -> None:
        from relnotebook.gui.dialogs.export import ExportDialog

        selected = self.people.selected_person_ids() if self.pages.currentIndex() == PEOPLE else []
        dialog = ExportDialog(self.notebook, selected, parent=self)
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Exported to %1. It holds personal information: keep it private.").replace(
                    "%1", path
                ),
                10000,
            )
        )
        self.export_dialog = dialog
        dialog.open()

    def import_contacts(self) -> None:
        from relnotebook.gui.dialogs.import_contacts import ImportDialog

        path = self.choose_import_file()
        if path is None:
            return
        dialog = ImportDialog(self.notebook, path, parent=self, today=self.today.today)
        dialog.imported.connect(lambda result: self._imported(result, path))
        self.import_dialog = dialog
        dialog.open()

    def choose_import_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contacts (*.vcf *.vcard *.csv);;All files (*)"),
        )
        return Path(path) if path else None

    def _imported(self, result: ImportResult, path: Path) -> None:
        self.editor.record_import(result, self.tr("Import %1").replace("%1", path.name))
        self.reload()

    def export_dossier(self) -> None:
        from relnotebook.core.privacy.dossier import write_dossier

        person_id = self._person_for_action()
        if person_id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save everything about this person into…"), str(Path.home())
        )
        if not folder:
            return
        try:
            json_path, text_path = write_dossier(self.notebook, person_id, Path(folder))
        except (OSError, ValidationError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Export everything about this person"),
                self.tr("The files could not be written: %1").replace("%1", failure_reason(exc)),
            )
            return
        self.statusBar().showMessage(
            self.tr("Saved %1 and %2.").replace("%1", str(json_path)).replace("%2", str(text_path)),
            10000,
        )

    def erase_person(self) -> None:
        from relnotebook.gui.dialogs.erase import EraseDialog, erasure_message

        person_id = self._person_for_action()
        if person_id is None:
            return
        dialog = EraseDialog(self.notebook, person_id, parent=self)
        dialog.erased.connect(lambda _id: self._erased(erasure_message(dialog.report), [_id]))
        self.erase_dialog = dialog
        dialog.open()

    def review_retention(self) -> None:
        from relnotebook.gui.dialogs.retention import RetentionDialog

        dialog = RetentionDialog(self.notebook, self.today.today, parent=self)
        dialog.erased.connect(
            lambda ids: self._erased(self.tr("%1 people erased.").replace("%1", str(len(ids))), ids)
        )
        self.retention_dialog = dialog
        dialog.open()

    def _erased(self, message: str, person_ids: list[int]) -> None:
        """Erasure is final: undo steps that still hold the erased rows are dropped too, and
        so is what was being typed about them (it would be saved to the drafts file again)."""
        self.people.person_page.drafts.forget(person_ids)
        self.editor.stack.clear()
        self.reload()
        self.statusBar().showMessage(message, 10000)

    def merge_people(self) -> None:
        from relnotebook.gui.dialogs.merge import MergeDialog

        selected = self.people.selected_person_ids() if self.pages.currentIndex() == PEOPLE else []
        if len(selected) == 2:
            keep, other = selected
        else:
            keep = self._person_for_action()
            if keep is None:
                return
            other = self._choose_other_person(keep)
            if other is None:
                return
        dialog = MergeDialog(self.notebook, keep, other, parent=self)
        dialog.accepted.connect(lambda: self._merge(*dialog.choice()))
        self.merge_dialog = dialog
        dialog.open()

    def _choose_other_person(self, keep: int) -> int | None:
        from relnotebook.core.people.service import list_people

        others = [p for p in list_people(self.notebook) if p.id != keep]
        if not others:
            self.statusBar().showMessage(self.tr("There is nobody else to merge with."), 8000)
            return None
        labels = [f"{p.name} — {p.organisation}" if p.organisation else p.name for p in others]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge duplicates"),
            self.tr("Merge with (the same person entered twice):"),
            labels,
            0,
            False,
        )
        return others[labels.index(label)].id if ok and label in labels else None

    def _merge(self, keep: int, drop: int, take_from_drop: frozenset[str]) -> None:
        self.editor.merge_people(keep, drop, take_from_drop)
        self.open_person(keep)

    # Events
    def capture_new_event(self) -> None:
        from relnotebook.gui.dialogs.capture import CaptureDialog

        self._capture(CaptureDialog(self.editor, language=self.language(), parent=self))

    def capture_for_current_event(self) -> None:
        event_id = self.events.current_event_id()
        if event_id is None:
            self.capture_new_event()
        else:
            self.capture_for_event(event_id)

    def capture_for_event(self, event_id: int) -> None:
        from relnotebook.core.events.service import get_event
        from relnotebook.gui.dialogs.capture import CaptureDialog

        event = get_event(self.notebook, event_id)
        if event is not None:
            self._capture(CaptureDialog(self.editor, event, language=self.language(), parent=self))

    def _capture(self, dialog: CaptureDialog) -> None:
        """Window-modal, not blocking: the notebook stays responsive behind the form."""
        self.capture_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._captured(dialog))
        dialog.open()

    def _captured(self, dialog: CaptureDialog) -> None:
        self.capture_dialog = None
        result = dialog.result_saved
        if result is not None:
            self.show_view(EVENTS)
            self.events.select_event(result.event_id)
            count = len(result.created) + len(result.linked)
            self.statusBar().showMessage(
                self.tr("People saved: %1.").replace("%1", str(count)), 8000
            )

    def confirm_delete_event(self, event_id: int, name: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete %1?").replace("%1", name),
            self.tr(
                "Delete the event %1? The people you met there and your notes stay. "
                "You can undo this with Ctrl+Z."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.delete_event(event_id, name)

    # Notebook
    def language(self) -> Language:
        """New people get the language the app is used in; the profile can change it."""
        from relnotebook.core.models import Language

        english = QLocale().language() == QLocale.Language.English
        return Language.ENGLISH if english else Language.FRENCH

    def choose_notebook(self) -> None:
        if self._open_notebook is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a notebook"),
            str(self.notebook.path.parent),
            self.tr("Notebooks (*.sqlite *.relnotebook);;All files (*)"),
        )
        if path:
            self._open_notebook(Path(path))

    def connect_to_server(self) -> None:
        from relnotebook.gui.dialogs.server import ConnectDialog

        if self._open_server is None:
            return
        dialog = ConnectDialog(self)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted and dialog.chosen:
            self._open_server(dialog.chosen)

    def show_read_only(self, reason: str) -> None:
        """Say, for as long as the window is open, that nothing can be saved in it."""
        label = QLabel(reason, self)
        label.setObjectName("read_only")
        label.setStyleSheet(
            "QLabel#read_only { font-weight: bold; padding: 2px 8px; background: #fff3cd; "
            "color: #5c4400; }"
        )
        self.statusBar().addPermanentWidget(label)
        self.restore_action.setEnabled(False)

    def back_up_now(self) -> None:
        from relnotebook.gui.backup_ui import back_up_now

        back_up_now(self, self.notebook)

    def restore_from_backup(self) -> None:
        from relnotebook.gui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.notebook.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if self._restore is None:  # a window without an app around it (tests)
            return
        self._restore(self, dialog.chosen.path)

    def open_settings(self) -> None:
        from relnotebook.gui.dialogs.settings import SettingsDialog

        SettingsDialog(self.editor, self).exec()

    def about(self) -> None:
        on_server = self.is_open and self.notebook.on_server
        QMessageBox.about(
            self,
            self.tr("About Relationship Notebook"),
            self.tr(
                "<b>Relationship Notebook</b> %1<br><br>Remember what people told you, and "
                "reach out at the right moment.<br><br>Your notebook: %2<br>%3"
            )
            .replace("%1", __version__)
            .replace("%2", self.notebook.name if on_server else str(self.location))
            .replace(
                "%3",
                self.tr(
                    "It is on that PostgreSQL server: the app connects to it and to nothing else."
                )
                if on_server
                else self.tr("It stays on this computer: the app makes no network connections."),
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_open:  # the frame alone: nothing typed, no notebook to close
            super().closeEvent(event)
            return
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # saves a field being edited (they save on leaving)
        if self.daily_backup is not None:
            self.daily_backup.stop()  # a backup running finishes before the file closes
        self.notebook.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)
