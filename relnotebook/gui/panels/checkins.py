"""Check-ins on the person page: cadence, who starts the contacts, the contact log, tasks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.checkins.service import PlanView, person_checkin, person_contacts
from relnotebook.core.checkins.tasks import TaskView, person_tasks
from relnotebook.core.models import Initiator, Stage, Tier
from relnotebook.core.people.views import PersonPage
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.dialogs.departure import DepartureDialog
from relnotebook.gui.drafts import Drafts
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.flow_layout import FlowLayout
from relnotebook.gui.labels import format_count, format_date, format_percent
from relnotebook.gui.models.contacts import ContactsTableModel
from relnotebook.gui.models.tasks import TasksTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


class CheckinsPanel(QWidget):
    call_requested = Signal(int, str)  # person id, who initiated

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self._person: PersonPage | None = None
        self._plan: PlanView | None = None
        self.today = clock.today()

        self.tier = QComboBox(self)
        self.tier.setObjectName("checkin_tier")
        self.tier.setAccessibleName(self.tr("Tier"))
        self.tier.addItem(self.tr("No tier"), "")
        for tier in Tier:
            self.tier.addItem(self.tr("Tier %1").replace("%1", tier.value), tier.value)
        self.tier.activated.connect(self._tier_chosen)
        self.cadence = QSpinBox(self)
        self.cadence.setObjectName("checkin_cadence")
        self.cadence.setAccessibleName(self.tr("Own cadence in days"))
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("tier's cadence"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.editingFinished.connect(self._cadence_chosen)
        self.status = QLabel(self)
        self.status.setObjectName("checkin_status")
        self.status.setWordWrap(True)
        self.share = QLabel(self)
        self.share.setObjectName("checkin_share")
        self.share.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()

        self.contacts_model = ContactsTableModel(self)
        self.contacts = list_table(
            self, "contacts_table", self.contacts_model, self.tr("Contacts logged")
        )
        self.call_button = QPushButton(self.tr("&Log call…"), self)
        self.call_button.setToolTip(self.tr("Ctrl+L"))
        self.they_button = QPushButton(self.tr("They &called me…"), self)
        self.they_button.setToolTip(self.tr("Ctrl+Shift+L"))
        self.delete_contact_button = QPushButton(self.tr("Delete contact"), self)
        self.call_button.clicked.connect(lambda: self._call(Initiator.ME))
        self.they_button.clicked.connect(lambda: self._call(Initiator.THEM))
        self.delete_contact_button.clicked.connect(self._delete_contact)

        self.tasks_model = TasksTableModel(self._tick, self)
        self.tasks = list_table(
            self, "tasks_table", self.tasks_model, self.tr("Tasks"), stretch=TasksTableModel.TITLE
        )
        self.new_task = QLineEdit(self)
        self.new_task.setObjectName("new_task")
        self.new_task.setPlaceholderText(self.tr("New task, then Enter"))
        self.new_task_due = DateField(clock, parent=self)
        self.new_task_due.setAccessibleName(self.tr("Task due on"))
        self.new_task.returnPressed.connect(self.add_task)
        self.leaving_button = QPushButton(self.tr("Client is &leaving…"), self)
        self.leaving_button.clicked.connect(self._leaving)

        # Rows that wrap rather than widen the window (French at 1024 px).
        plan = FlowLayout()
        plan.addWidget(QLabel(self.tr("Check in:"), self))
        plan.addWidget(self.tier)
        plan.addWidget(self.cadence)
        plan.add_stretch()
        plan.addWidget(self.leaving_button)
        contact_buttons = FlowLayout()
        for button in (self.call_button, self.they_button):
            contact_buttons.addWidget(button)
        contact_buttons.add_stretch()
        contact_buttons.addWidget(self.delete_contact_button)
        task_row = QHBoxLayout()
        task_row.addWidget(self.new_task, 1)
        task_row.addWidget(self.new_task_due)
        layout = QVBoxLayout(self)
        layout.addLayout(plan)
        layout.addWidget(self.status)
        layout.addWidget(self.share)
        layout.addWidget(self.error)
        layout.addWidget(self.contacts, 2)
        layout.addLayout(contact_buttons)
        layout.addWidget(self.tasks, 1)
        layout.addLayout(task_row)
        self._drafts = Drafts(self.new_task)

    def show_person(self, person: PersonPage) -> None:
        if self._person is None or self._person.id != person.id:
            self._show_error("")
            self._drafts.switch_to(person.id)
        self._person = person
        self.today = self._clock.today()
        summary = person_checkin(self._editor.notebook, person.id, self.today)
        plan = self._plan = summary.plan
        self.tier.setCurrentIndex(max(0, self.tier.findData(plan.tier.value if plan.tier else "")))
        self.cadence.setValue(plan.own_cadence_days or 0)
        if summary.next_due is None:
            status = self.tr("No regular check-ins (only clients have them, or give a cadence).")
        else:
            late = summary.next_due < self.today
            status = (
                self.tr("Next call due %1 (every %2 days)%3.")
                .replace("%1", format_date(summary.next_due))
                .replace("%2", str(plan.cadence_days))
                .replace("%3", self.tr(": overdue") if late else "")
            )
        if plan.snoozed_until and plan.snoozed_until > self.today:
            status += " " + self.tr("Put off until %1: %2.").replace(
                "%1", format_date(plan.snoozed_until)
            ).replace("%2", plan.snooze_reason)
        self.status.setText(status)
        # The share counts the messages sent as well as the contacts logged below it.
        share_text = (
            self.tr(
                "You started %1 of your contacts over 90 days (%2 of %n: calls and meetings "
                "logged, and messages sent), %3 over 12 months.",
                "",
                summary.shares[90].total,
            )
            .replace("%1", format_percent(summary.shares[90].ratio))
            .replace("%2", format_count(summary.shares[90].mine))
            .replace("%3", format_percent(summary.shares[365].ratio))
        )
        if summary.call_them_first:
            share_text += "\n⚑ " + self.tr(
                "They started the last two contacts: call them first next time."
            )
        self.share.setText(share_text)
        self.contacts_model.set_rows(person_contacts(self._editor.notebook, person.id))
        self.delete_contact_button.setEnabled(self.contacts_model.rowCount() > 0)
        self.tasks_model.set_rows(person_tasks(self._editor.notebook, person.id))
        self.leaving_button.setEnabled(person.fields.stage == Stage.CLIENT)

    def _show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def _tier_chosen(self) -> None:
        tier = self.tier.currentData() or None
        if self._person is not None and tier != (self._plan.tier if self._plan else None):
            self._editor.set_plan(self._person.id, {"tier": tier})

    def _cadence_chosen(self) -> None:
        if self._person is None:
            return
        value = self.cadence.value() or None
        if value == (self._plan.own_cadence_days if self._plan else None):
            return  # nothing changed: no empty undo step
        try:
            self._editor.set_plan(self._person.id, {"cadence_days": value})
        except ValidationError as exc:
            self._show_error(user_message(exc))

    def _call(self, who: Initiator) -> None:
        if self._person is not None:
            self.call_requested.emit(self._person.id, who.value)

    def _delete_contact(self) -> None:
        index = self.contacts.currentIndex()
        if index.isValid():
            self._editor.delete_contact(self.contacts_model.item(index.row()).id)

    def _tick(self, task: TaskView, done: bool) -> None:
        self._editor.set_task_done(task.id, self.today if done else None)

    def add_task(self) -> None:
        if self._person is None:
            return
        due = self.new_task_due.date()
        if due is None:
            self._show_error(self.new_task_due.error())
            return
        try:
            self._editor.add_task(person_id=self._person.id, title=self.new_task.text(), due_on=due)
        except ValidationError as exc:
            self._show_error(user_message(exc))
            return
        self._show_error("")
        self.new_task.clear()

    def _leaving(self) -> None:
        if self._person is not None:
            DepartureDialog(self._editor, self._person, self._clock, self).exec()
