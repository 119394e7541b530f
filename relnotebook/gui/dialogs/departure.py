"""A client is leaving: the paperwork as a checklist of tasks, and a day to get back in touch."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.people.departures import DEFAULT_CHECKLIST, suggested_recontact_on
from relnotebook.core.people.views import PersonPage
from relnotebook.errors import ValidationError
from relnotebook.gui.date_field import DateField
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.undo import Editor


class DepartureDialog(QDialog):
    """A client is leaving: no begging; the paperwork done right, and a recontact later."""

    def __init__(
        self, editor: Editor, person: PersonPage, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._person = person
        self._today = today = clock.today()
        self.setWindowTitle(self.tr("%1 is leaving").replace("%1", person.name))
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.checklist = QPlainTextEdit("\n".join(DEFAULT_CHECKLIST[language]), self)
        self.checklist.setObjectName("departure_checklist")
        self.checklist.setTabChangesFocus(True)
        self.recontact = DateField(clock, suggested_recontact_on(editor.notebook, on=today), self)
        self.recontact.setAccessibleName(self.tr("Get back in touch on"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Don't try to hold them back: make sure the transfer goes well. They become a "
                "former client, stay on your mailing list, and you get back in touch later."
            ),
            self,
        )
        advice.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(advice)
        form.addRow(self.tr("Tasks (one per line)"), self.checklist)
        form.addRow(self.tr("Get back in &touch on"), self.recontact)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            self._editor.client_leaving(
                self._person.id,
                self._person.name,
                on=self._today,
                checklist=self.checklist.toPlainText().splitlines(),
                recontact_on=self.recontact.date(),
                recontact_title=self.tr("Get back in touch"),
            )
        except ValidationError as exc:
            self.error.setText(f"⚠ {user_message(exc)}")
            return
        self.accept()
