"""Events: capturing who was met (a new event, or more people at the selected one), and
deleting an event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relnotebook.core.events.service import get_event
from relnotebook.gui.controllers.base import Controller
from relnotebook.gui.dialogs.capture import CaptureDialog
from relnotebook.gui.i18n import language_for_new_people
from relnotebook.gui.pages.base import EVENTS


class EventsController(Controller):
    dialog: CaptureDialog | None = None  # the capture form open

    def capture_new_event(self) -> None:
        self._capture(
            CaptureDialog(
                self.editor,
                clock=self.clock,
                language=language_for_new_people(),
                parent=self.window,
            )
        )

    def capture_for_current_event(self) -> None:
        event_id = self.window.events.current_event_id()
        if event_id is None:
            self.capture_new_event()
        else:
            self.capture_for_event(event_id)

    def capture_for_event(self, event_id: int) -> None:
        event = get_event(self.notebook, event_id)
        if event is not None:
            self._capture(
                CaptureDialog(
                    self.editor,
                    event,
                    clock=self.clock,
                    language=language_for_new_people(),
                    parent=self.window,
                )
            )

    def _capture(self, dialog: CaptureDialog) -> None:
        """Window-modal, not blocking: the notebook stays responsive behind the form."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._captured(dialog))
        dialog.open()

    def _captured(self, dialog: CaptureDialog) -> None:
        self.dialog = None
        result = dialog.result_saved
        if result is None:
            return
        if dialog.open_after is not None:  # More…: the rest of their card, on their profile
            self.window.open_person(dialog.open_after)
            self.window.people.person_page.show_profile()
        else:
            self.window.show_view(EVENTS)
            self.window.events.select_event(result.event_id)
        count = len(result.created) + len(result.linked)
        self.say(self.tr("People saved: %1.").replace("%1", str(count)))

    def confirm_delete_event(self, event_id: int, name: str) -> None:
        answer = QMessageBox.question(
            self.window,
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
