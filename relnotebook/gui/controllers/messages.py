"""Writing a message: from Today's prompt, the person page, a trusted connector to thank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from relnotebook.gui.controllers.base import Controller
from relnotebook.gui.dialogs.compose import ComposeDialog
from relnotebook.gui.pages.base import TODAY

if TYPE_CHECKING:
    from relnotebook.core.outreach.rules import Prompt


class MessagesController(Controller):
    dialog: ComposeDialog | None = None  # the draft being written

    def compose(self, person_id: int, prompt: Prompt | None = None) -> ComposeDialog | None:
        """Window-modal, like capture: the notebook stays readable behind the draft."""
        try:
            dialog = ComposeDialog(
                self.editor,
                person_id,
                prompt=prompt,
                today=self.clock.today(),
                parent=self.window,
            )
        except LookupError:
            return None
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._composed(dialog))
        dialog.open()
        return dialog

    def _composed(self, dialog: ComposeDialog) -> None:
        self.dialog = None
        if dialog.sent_id is not None:
            self.say(self.tr("Recorded on %1’s history.").replace("%1", dialog.person.name))

    def compose_for_current_person(self) -> None:
        window = self.window
        person = window.people.person_page.person
        if window.current_view() == TODAY and window.today.current() is not None:
            window.today.act()
        elif person is not None:
            self.compose(person.id)
