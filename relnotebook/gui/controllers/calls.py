"""Calls: logging one (Ctrl+L, or Ctrl+Shift+L when they called), a market sweep, and the
calendar of the calls coming up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from relnotebook.core import settings
from relnotebook.core.exchange.calendar_export import save_calendar
from relnotebook.core.models import DetailKind, Initiator
from relnotebook.core.outreach.drafts import person_form
from relnotebook.core.outreach.rules import MENTIONABLE
from relnotebook.core.people.service import get_person
from relnotebook.gui.controllers.base import SAVED_MS, Controller
from relnotebook.gui.dialogs.call import CallDialog
from relnotebook.gui.dialogs.sweep import SweepDialog
from relnotebook.gui.error_messages import failure_reason
from relnotebook.gui.pages.base import TODAY


class CallsController(Controller):
    dialog: CallDialog | None = None  # the call being logged

    def log_call_they_called(self) -> None:
        self.log_call_for_current(Initiator.THEM)

    def log_call_for_current(self, initiated_by: Initiator | None = None) -> None:
        person_id = self.window.current_person_id()
        if person_id is not None:
            self.log_call(person_id, initiated_by)

    def log_call(self, person_id: int, initiated_by: Initiator | None = None) -> None:
        person = get_person(self.notebook, person_id)
        if person is None:
            return
        form = person_form(person.fields, settings.read_all(self.notebook))
        dialog = CallDialog(
            self.editor,
            person_id,
            person.name,
            phone=person.fields.phones[0] if person.fields.phones else "",
            initiated_by=initiated_by or Initiator.ME,
            clock=self.clock,
            language=person.fields.language.value,
            address="tu" if form == "tu" else "vous",
            detail=next(
                (d.text for d in person.details if DetailKind(d.kind) in MENTIONABLE), None
            ),
            parent=self.window,
        )
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def start_sweep(self) -> None:
        dialog = SweepDialog(self.editor, self.clock.today(), self.window)
        if dialog.exec() == SweepDialog.DialogCode.Accepted:
            self.window.show_view(TODAY)

    def export_calendar(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the next 90 days"),
            str(Path.home() / "relnotebook.ics"),
            self.tr("Calendar (*.ics)"),
        )
        if not path:
            return
        try:
            count = save_calendar(self.notebook, Path(path), today=self.clock.today())
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Export the calendar"),
                self.tr("The calendar could not be saved: %1").replace("%1", failure_reason(exc)),
            )
            return
        self.say(
            self.tr("%1 calendar entries saved to %2. It holds names: keep it private.")
            .replace("%1", str(count))
            .replace("%2", path),
            SAVED_MS,
        )
