"""Today: who to reach out to now, and why. Enter writes the message; "Not now" hides it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core import settings
from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.shares import share_windows
from relnotebook.core.checkins.sweeps import PendingCall, open_sweeps
from relnotebook.core.checkins.tasks import TaskView
from relnotebook.core.dates import parse_date
from relnotebook.core.models import Initiator
from relnotebook.core.outreach.agenda import (
    LATE_CALLS_PAGE,
    ROWS_PAGE,
    AgendaEntry,
    MoreCheckins,
    MoreRows,
    RowItem,
    Section,
    agenda_rows,
    due_count,
    item_key,
    paged,
)
from relnotebook.core.outreach.rules import Prompt, PromptKind
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.outreach.signals import SNOOZE_CHOICES_DAYS, complete_follow_up
from relnotebook.core.people.occasions import Occasion
from relnotebook.core.referrals.newsletter import Subscriber
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_count, format_date, format_long_date, format_percent
from relnotebook.gui.models.today import TodayTableModel
from relnotebook.gui.pages.today_list import AgendaView
from relnotebook.gui.panels.empty_state import EmptyState
from relnotebook.gui.undo import Editor


class TodayPage(QWidget):
    compose_requested = Signal(object)  # Prompt
    write_requested = Signal(int)  # person id: a message not suggested by a prompt
    call_requested = Signal(int, str)  # person id, who initiated
    consent_requested = Signal(int)  # person id
    open_person = Signal(int)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.is_stale = True  # read when first shown (see pages.base)
        self.today = clock.today()  # the day shown
        self.late_calls = LATE_CALLS_PAGE
        self.shown: dict[Section, int] = {}  # rows shown in a section, when more than a page
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)

        self.model = TodayTableModel(self.today, self)
        self.table = AgendaView(self)
        self.table.setObjectName("today_table")
        self.table.set_model(self.model)
        self.table.setAccessibleName(self.tr("Today's suggestions"))
        self.table.activated.connect(lambda _index: self.act())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.act_button = QPushButton(self.tr("&Write message…"), self)
        self.act_button.setToolTip(self.tr("Enter"))
        self.act_button.clicked.connect(self.act)
        self.later_button = QPushButton(self.tr("&Not now"), self)
        self.later_menu = QMenu(self)
        for days in SNOOZE_CHOICES_DAYS:
            self.later_menu.addAction(
                self.tr("For %1 days").replace("%1", str(days)), partial(self.snooze_days, days)
            )
        self.later_menu.addAction(self.tr("Until a date…"), self.snooze_until_chosen_date)
        self.later_button.setMenu(self.later_menu)
        self.person_button = QPushButton(self.tr("&Open person"), self)
        self.person_button.clicked.connect(self._open_person)
        self.call_button = QPushButton(self.tr("Call"), self)
        self.call_button.clicked.connect(self.call)
        self.write_button = QPushButton(self.tr("Write…"), self)
        self.write_button.clicked.connect(self.write)
        self._add_keys()

        self.empty = EmptyState("today_empty", self, centred=False)
        self.capture_button = self.empty.add_action(
            self.tr("&Capture people from an event…"), "Ctrl+E", "user-plus"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        buttons = QHBoxLayout()
        for button in (
            self.act_button,
            self.call_button,
            self.write_button,
            self.later_button,
            self.person_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Show the agenda for the clock's today: an app left open overnight shows the new
        day's agenda, not yesterday's."""
        self.today = self._clock.today()
        selected = self.current()
        notebook = self._editor.notebook
        # What the long sections show is all that is read of them (newsletter offers, sweeps).
        pages = {s: self.shown.get(s, ROWS_PAGE) for s in (Section.MESSAGES, Section.SWEEPS)}
        items = agenda_on(notebook, self.today, late_calls=self.late_calls, pages=pages)
        self.model.today = self.today
        self.model.set_rows(paged(agenda_rows(items, self.today), self.shown, ROWS_PAGE))
        self.title.setText(self.tr("Today, %1").replace("%1", format_long_date(self.today)))
        self.subtitle.setText(self._summary(items))
        self.empty.setText(
            self.tr(
                "Nothing to do today.\n\n"
                "This is where the notebook tells you, each morning, who to reach out to: the "
                "clients due for a two-minute call (before they are late), a note the day after "
                "an event, a coffee invitation about their trip once their busy period is over, "
                "asking how it went, and the newsletter for good prospects.\n\n"
                "After an event, press Ctrl+E to note who you met and what you talked about."
            )
        )
        self.stack.setCurrentWidget(self.table if items else self.empty)
        row = self.model.row_of(item_key(selected)) if selected is not None else None
        if items:
            self.table.selectRow(row if row is not None else 0)
        self._update_buttons()

    def _summary(self, items: Sequence[AgendaEntry]) -> str:
        """Counts, who starts the contacts, and open sweeps: the morning in three lines."""
        notebook = self._editor.notebook
        calls = sum(
            1 for i in items if isinstance(i, CheckinDue) and i.status != DueStatus.UPCOMING
        ) + sum(i.count for i in items if isinstance(i, MoreCheckins))
        lines = [
            self.tr("To do: %1 · calls due: %2. Enter does the selected one.")
            .replace("%1", format_count(due_count(items, self.today)))
            .replace("%2", format_count(calls))
        ]
        shares = share_windows(notebook, self.today)
        if shares[90].total or shares[365].total:
            lines.append(
                self.tr("You started %1 of your contacts over 90 days, %2 over 12 months.")
                .replace("%1", format_percent(shares[90].ratio))
                .replace("%2", format_percent(shares[365].ratio))
            )
        for sweep in open_sweeps(notebook):
            lines.append(
                self.tr("Market sweep “%1”: reached %n of %2, by %3.", "", sweep.reached)
                .replace("%1", sweep.title)
                .replace("%2", format_count(sweep.total))
                .replace("%3", format_date(sweep.deadline))
            )
        return "\n".join(lines)

    def current(self) -> RowItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _add_keys(self) -> None:
        """Single keys on the list (C, W, N, O): they act on the selected row."""
        buttons = {
            "C": self.call_button,
            "W": self.write_button,
            "N": self.later_button,
            "O": self.person_button,
            "Ctrl+Return": self.person_button,
        }
        for key, button in buttons.items():
            QShortcut(
                QKeySequence(key),
                self.table,
                button.click if button is not self.later_button else self._not_now,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.act_button.setToolTip(self.tr("Enter"))
        for button, key in (
            (self.call_button, "C"),
            (self.write_button, "W"),
            (self.later_button, "N"),
            (self.person_button, "O, Ctrl+Enter"),
        ):
            button.setToolTip(
                self.tr("%1 (%2)").replace("%1", button.text().replace("&", "")).replace("%2", key)
            )

    def _not_now(self) -> None:
        if self.later_button.isEnabled():
            self.later_button.showMenu()

    def call(self) -> None:
        item = self.current()
        if item is not None and item.person_id is not None and self.call_button.isEnabled():
            self.call_requested.emit(item.person_id, Initiator.ME.value)

    def write(self) -> None:
        """The message the row suggests, or a message to them."""
        item = self.current()
        if item is None or item.person_id is None or not self.write_button.isEnabled():
            return
        if isinstance(item, Prompt) and item.suggested is not None:
            self.compose_requested.emit(item)
        else:
            self.write_requested.emit(item.person_id)

    def _update_buttons(self, *_args: QModelIndex) -> None:
        item = self.current()
        for button in (self.act_button, self.later_button, self.person_button):
            button.setEnabled(item is not None)
        someone = item is not None and item.person_id is not None
        self.call_button.setEnabled(someone)
        self.write_button.setEnabled(someone)
        self.person_button.setEnabled(item is not None and item.person_id is not None)
        self.later_button.setEnabled(
            item is not None
            and not isinstance(item, PendingCall | Subscriber | MoreCheckins | MoreRows | Occasion)
        )
        if isinstance(item, MoreCheckins):
            text = self.tr("Show &more calls")
        elif isinstance(item, MoreRows):
            text = self.tr("Show &more")
        elif isinstance(item, Occasion):
            text = self.tr("&Copy wishes")
        elif isinstance(item, Prompt) and item.kind == PromptKind.REPLIED:
            text = self.tr("&Open person")
        elif isinstance(item, Prompt) and item.suggested is None or isinstance(item, TaskView):
            text = self.tr("Mark as &done")
        elif isinstance(item, CheckinDue | PendingCall):
            text = self.tr("&Log call…")
        elif isinstance(item, Subscriber):
            text = self.tr("Record &consent…")
        else:
            text = self.tr("&Write message…")
        self.act_button.setText(text)

    def act(self) -> None:
        """Enter: the natural next step for the selected item."""
        item = self.current()
        if item is None:
            return
        if isinstance(item, MoreCheckins):
            self.show_more_calls()
        elif isinstance(item, MoreRows):
            self.show_more(item.section)
        elif isinstance(item, Occasion):
            self.copy_wishes(item)
        elif isinstance(item, TaskView):
            self._editor.set_task_done(item.id, self.today)
        elif isinstance(item, Subscriber):
            self.consent_requested.emit(item.person_id)
        elif isinstance(item, CheckinDue | PendingCall):
            self.call_requested.emit(item.person_id, Initiator.ME.value)
        elif item.kind == PromptKind.REPLIED:  # they answered: record how on their page
            self._open_person()
        elif item.suggested is None and item.follow_up is not None:
            self._editor.apply(complete_follow_up, item.follow_up.id, on=self.today)
        else:
            self.compose_requested.emit(item)

    def copy_wishes(self, item: Occasion) -> None:
        """A short message for their birthday or anniversary, in their language and, in
        French, their form of address, on the clipboard: paste it in an email, a text or a card."""
        # The message templates (Jinja) and the people service load when first used, not
        # before Today is first painted.
        from relnotebook.core.outreach.drafts import person_form
        from relnotebook.core.outreach.messages.occasions import VOUS, occasion_message
        from relnotebook.core.outreach.messages.render import MessageContext
        from relnotebook.core.people.service import get_person

        notebook = self._editor.notebook
        person = get_person(notebook, item.person_id)
        form = person_form(person.fields, settings.read_all(notebook)) if person else None
        context = MessageContext(
            first_name=item.first_name or item.person_name,
            full_name=item.person_name,
            language=item.language if item.language in ("fr", "en") else "fr",
            today=self.today,
            sender_name=settings.get_text(notebook, settings.SENDER_NAME),
            form=form,
        )
        message = occasion_message(item.kind, context, form or VOUS)
        QGuiApplication.clipboard().setText(f"{message.subject}\n\n{message.body}")
        self.subtitle.setText(
            self.tr("Wishes for %1 copied: paste them in a message.").replace(
                "%1", item.person_name
            )
        )

    def show_more(self, section: Section) -> None:
        """The next page of a long section, the first row of it selected."""
        index = self.table.currentIndex()
        self.shown[section] = self.shown.get(section, ROWS_PAGE) + ROWS_PAGE
        self.reload()
        if index.isValid():
            self.table.selectRow(index.row())

    def show_more_calls(self) -> None:
        """The next page of late calls, with the first of them selected."""
        index = self.table.currentIndex()
        self.late_calls += LATE_CALLS_PAGE
        self.reload()
        if index.isValid():
            self.table.selectRow(index.row())

    def they_called(self) -> None:
        item = self.current()
        if item is not None and item.person_id is not None:
            self.call_requested.emit(item.person_id, Initiator.THEM.value)

    def snooze_days(self, days: int) -> None:
        self.snooze_until(self.today + dt.timedelta(days=days))

    def snooze_until_chosen_date(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Not now"),
            self.tr("Show it again on (e.g. 2027-01-10, mid-January):"),
        )
        if not ok:
            return
        try:
            until = parse_date(text, today=self.today)
        except ValidationError as exc:
            self.subtitle.setText(f"⚠ {user_message(exc)}")
            return
        if until is not None and until > self.today:
            self.snooze_until(until)

    def snooze_until(self, until: dt.date) -> None:
        item = self.current()
        if isinstance(item, Prompt):
            self._editor.snooze(
                item.key,
                item.person_id,
                until,
                self.tr("Not now: %1").replace("%1", item.person_name),
            )
        elif isinstance(item, TaskView):
            self._editor.move_task(item.id, until)
        elif isinstance(item, CheckinDue):
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Put off the call"),
                self.tr("Why? (travelling, just talked at an event…)"),
            )
            if not ok:
                return
            try:
                self._editor.snooze_checkin(
                    item.person_id, until=until, reason=reason, today=self.today
                )
            except ValidationError as exc:
                self.subtitle.setText(f"⚠ {user_message(exc)}")

    def _open_person(self) -> None:
        item = self.current()
        if item is not None and item.person_id is not None:
            self.open_person.emit(item.person_id)
