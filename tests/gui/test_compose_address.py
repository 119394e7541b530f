"""The composer's « tu » / « vous » choice for a French message (issue 20): it starts at the
person's form, choosing the other drafts again, and "Remember for this person" keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from relnotebook.core.models import FrenchForm, Language
from relnotebook.core.people.service import get_person
from tests.gui.test_two_minute_call import person_id


def compose(window, name: str):
    dialog = window.controllers.messages.compose(person_id(window, name))
    assert dialog is not None
    return dialog


def test_the_form_starts_at_the_persons_and_changing_it_drafts_again(qtbot, demo_window):
    dialog = compose(demo_window, "Pierre Gauthier")  # addressed with « tu » in the demo
    assert dialog.address.isVisible() and dialog.address.chosen() == "tu"
    assert " vous " not in dialog.body.toPlainText()
    assert not dialog.address.keep.isEnabled()  # nothing to remember yet

    dialog.address.form.setCurrentIndex(dialog.address.form.findData("vous"))
    body = dialog.body.toPlainText()
    assert "vous" in body and " ton " not in body and " ta " not in body and " tes " not in body
    assert "votre" in body or "vos" in body  # the mention follows the form
    assert dialog.address.keep.isEnabled()
    dialog.reject()
    fields = get_person(demo_window.notebook, person_id(demo_window, "Pierre Gauthier")).fields
    assert fields.french_form != FrenchForm.VOUS  # not remembered: this message only


def test_remember_for_this_person_keeps_the_form_and_undo_takes_it_back(qtbot, demo_window):
    pierre = person_id(demo_window, "Pierre Gauthier")
    before = get_person(demo_window.notebook, pierre).fields.french_form
    dialog = compose(demo_window, "Pierre Gauthier")
    dialog.address.form.setCurrentIndex(dialog.address.form.findData("vous"))
    qtbot.mouseClick(dialog.address.keep, Qt.MouseButton.LeftButton)
    assert get_person(demo_window.notebook, pierre).fields.french_form == FrenchForm.VOUS
    assert not dialog.address.keep.isEnabled() and dialog.address.keep.isChecked()
    dialog.reject()
    again = compose(demo_window, "Pierre Gauthier")
    assert again.address.chosen() == "vous"
    again.reject()
    demo_window.editor.stack.undo()
    assert get_person(demo_window.notebook, pierre).fields.french_form == before


def test_the_choice_is_shown_for_french_only(qtbot, demo_window):
    dialog = compose(demo_window, "Thomas Wright")
    assert dialog.chosen_language() == Language.ENGLISH.value
    assert not dialog.address.isVisible() and dialog.chosen_form() is None
    dialog.language.setCurrentIndex(dialog.language.findData(Language.FRENCH.value))
    assert dialog.address.isVisible() and dialog.chosen_form() in ("tu", "vous")
    dialog.reject()


def _ink_at_right_edge(label: QLabel) -> bool:
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    return any(image.pixelColor(image.width() - 1, y) != background for y in range(image.height()))


def test_the_labels_are_shown_whole(qtbot, demo_window, french):
    """The last letter of the widest label ("Template", « Tu ou vous ») was cut (issue 20)."""
    dialog = compose(demo_window, "Isabelle Fortin")
    dialog.resize(1024, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog._form_layout
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
    ]
    assert [label.text() for label in labels if _ink_at_right_edge(label)] == []
    dialog.reject()
