"""« tu » or « vous » for one French message, and a box to keep the choice for the person.

The composer shows it beside the language when the message is in French. It starts at the
person's form (theirs, else the Settings default); choosing the other one drafts again, and
"Remember for this person" then stores it on the person (an edit undone with Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from relnotebook.core.models import FrenchForm


class AddressChoice(QWidget):
    changed = Signal()  # the form of address chosen for this message
    remember = Signal(str)  # the user asks to keep this form for the person

    def __init__(self, person_form: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_form = person_form  # what the person has now: "tu" or "vous"
        self.form = QComboBox(self)
        self.form.setObjectName("compose_form")
        self.form.setAccessibleName(self.tr("Form of address"))
        self.form.addItem(self.tr("« tu »"), FrenchForm.TU.value)
        self.form.addItem(self.tr("« vous »"), FrenchForm.VOUS.value)
        self.form.setCurrentIndex(self.form.findData(person_form))
        self.keep = QCheckBox(self.tr("Remem&ber for this person"), self)
        self.keep.setObjectName("compose_form_keep")
        self.keep.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.keep)
        layout.addStretch()
        self.form.currentIndexChanged.connect(self._form_changed)
        self.keep.toggled.connect(self._keep_toggled)

    def chosen(self) -> str:
        return str(self.form.currentData())

    def _form_changed(self) -> None:
        self.keep.blockSignals(True)
        self.keep.setChecked(False)
        self.keep.blockSignals(False)
        self.keep.setEnabled(self.chosen() != self._person_form)
        self.changed.emit()

    def _keep_toggled(self, checked: bool) -> None:
        if checked and self.chosen() != self._person_form:
            self._person_form = self.chosen()
            self.keep.setEnabled(False)  # kept: nothing left to remember
            self.remember.emit(self._person_form)
