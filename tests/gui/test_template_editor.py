"""Writing one's own template as a user does: fields picked by name from a list, a preview on a
sample person that follows the typing, and a sentence for a mistake."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from relnotebook.core.models import DetailKind, Language
from relnotebook.core.outreach.messages.user_templates import list_templates
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs.settings import SettingsDialog
from tests.gui.conftest import focused, type_text


@pytest.fixture
def settings(qtbot, window):
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentWidget(dialog.templates)
    return dialog


def field_item(tab, label: str):
    return next(
        tab.fields.item(r) for r in range(tab.fields.count()) if tab.fields.item(r).text() == label
    )


def pick_field(qtbot, tab, label: str) -> None:
    """Select the field in the list, then Enter."""
    tab.fields.setFocus()
    tab.fields.setCurrentItem(field_item(tab, label))
    qtbot.keyClick(tab.fields, Qt.Key.Key_Return)


def test_fields_by_name_and_a_preview_that_follows_the_typing(qtbot, settings, window):
    tab = settings.templates
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    started = tab.source.toPlainText()
    assert "{Prénom}" in started and "{Détail}" in started  # the built-in text, readable
    assert "{{ first_name }}" not in started
    assert tab.preview.toPlainText().startswith("Subject: Un café?\n\nRobert, j’ai apprécié")
    labels = [tab.fields.item(r).text() for r in range(tab.fields.count())]
    assert labels[:3] == ["First name", "Full name", "Detail (“your trip to…”)"]

    tab.source.clear()
    tab.source.setFocus()
    type_text(qtbot, "Subject: Bonjour ", None)
    pick_field(qtbot, tab, "First name")
    assert settings.isVisible()  # Enter in the list inserted; it did not save and close
    assert focused() is tab.source
    assert tab.source.toPlainText() == "Subject: Bonjour {Prénom}"
    assert "The message is empty" in tab.preview.toPlainText()  # not written yet
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Return):
        qtbot.keyClick(tab.source, key)
    type_text(qtbot, "Comment va ", None)
    item = next(
        tab.fields.item(r)
        for r in range(tab.fields.count())
        if tab.fields.item(r).text() == labels[2]
    )
    rect = tab.fields.visualItemRect(item)
    qtbot.mouseClick(tab.fields.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.fields.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    type_text(qtbot, "?", None)
    assert tab.source.toPlainText() == "Subject: Bonjour {Prénom}\n\nComment va {Détail}?"
    assert tab.preview.toPlainText() == (
        "Subject: Bonjour Robert\n\nComment va ton voyage à vélo à travers la Croatie?"
    )

    tab.name.setText("Nouvelles")
    settings.save()
    assert not settings.isVisible()
    (saved,) = list_templates(window.notebook)
    assert saved.source == ("Subject: Bonjour {{ first_name }}\n\nComment va {{ mention }}?")
    person = add_person(
        window.notebook,
        PersonFields(
            given_name="Léa",
            family_name="Roy",
            emails=("lea@example.com",),
            language=Language.FRENCH,
        ),
    )
    add_detail(window.notebook, person, text="Son chalet à Magog", kind=DetailKind.HOBBY)
    dialog = window.controllers.messages.compose(person)
    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    dialog.template.setCurrentIndex(next(i for i, t in enumerate(labels) if "Nouvelles" in t))
    assert dialog.subject.text() == "Bonjour Léa"
    assert dialog.body.toPlainText().startswith("Comment va ton chalet à Magog?")
    dialog.reject()


def test_a_field_that_does_not_exist_is_a_sentence_and_is_not_saved(qtbot, settings, window):
    tab = settings.templates
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    stored = list_templates(window.notebook)[0].source
    tab.source.clear()
    tab.source.setFocus()
    type_text(qtbot, "Subject: Salut", Qt.Key.Key_Return)
    type_text(qtbot, "", Qt.Key.Key_Return)
    type_text(qtbot, "Bonjour {Surnom}!", None)
    preview = tab.preview.toPlainText()
    assert preview.startswith("⚠ This template cannot be used (line 3)")
    assert "“{Surnom}” is not a field" in preview
    assert "Traceback" not in preview
    settings.save()
    assert settings.isVisible()  # refused, with the sentence in view
    assert settings.tabs.currentWidget() is tab
    assert list_templates(window.notebook)[0].source == stored  # nothing lost

    tab.source.setFocus()
    tab.source.moveCursor(tab.source.textCursor().MoveOperation.End)
    for _ in "{Surnom}!":
        qtbot.keyClick(tab.source, Qt.Key.Key_Backspace)
    type_text(qtbot, "{First name}!", None)  # English names work in a French template too
    assert tab.preview.toPlainText() == "Subject: Salut\n\nBonjour Robert!"
