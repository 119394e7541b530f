"""A person's language and tu/vous, and how a detail is mentioned: typed in the capture grid
and on the person page, set in Settings, used by the composer (issue 20, items 1 and 2)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from relnotebook.core import settings
from relnotebook.core.models import FrenchForm, Language
from relnotebook.core.people.service import get_person, list_people
from relnotebook.gui.dialogs.settings import SettingsDialog
from relnotebook.gui.models.capture_rows import CaptureRowsModel
from relnotebook.gui.models.details import DetailsTableModel
from tests.gui.conftest import focused, type_text
from tests.gui.test_capture_form import fill_event, open_capture, type_person
from tests.gui.test_people_view import open_person, person_id

CTRL = Qt.KeyboardModifier.ControlModifier


def cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_capture_grid_shows_and_keeps_language_form_and_mention(qtbot, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Cocktail", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, ("Robert Tremblay", "", "", "Fait du vélo de montagne à Bromont"))
    type_person(qtbot, dialog, 1, ("Emma Wilson", "", "", "Loves sailing on Lake Champlain"))
    type_person(qtbot, dialog, 2, ("Sophie Roy", "", "", "Sa fille finit le cégep"))
    model = dialog.model
    assert [cell(model, r, CaptureRowsModel.LANGUAGE) for r in range(3)] == ["fr", "en", "fr"]
    assert cell(model, 0, CaptureRowsModel.FORM) == "tu"  # the Settings default
    assert cell(model, 1, CaptureRowsModel.FORM) == ""
    assert cell(model, 0, CaptureRowsModel.MENTION) == "ton vélo de montagne à Bromont"
    assert cell(model, 1, CaptureRowsModel.MENTION) == "your sailing on Lake Champlain"
    model.setData(model.index(2, CaptureRowsModel.FORM), "vous")
    assert cell(model, 2, CaptureRowsModel.MENTION) == "votre fille qui finit le cégep"
    model.setData(model.index(0, CaptureRowsModel.MENTION), "tes sorties en vélo à Bromont")
    model.setData(model.index(1, CaptureRowsModel.FORM), "maybe")
    assert cell(model, 1, CaptureRowsModel.FORM).startswith("⚠")
    model.setData(model.index(1, CaptureRowsModel.FORM), "")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.controllers.events.dialog is None)

    people = {p.name: get_person(window.notebook, p.id) for p in list_people(window.notebook)}
    robert, emma, sophie = people["Robert Tremblay"], people["Emma Wilson"], people["Sophie Roy"]
    assert robert.fields.language == Language.FRENCH and robert.fields.french_form is None
    assert emma.fields.language == Language.ENGLISH  # what she said, whatever the window's
    assert sophie.fields.french_form == FrenchForm.VOUS
    (bike,) = robert.details
    assert (bike.mention_tu, bike.mention_vous) == (
        "tes sorties en vélo à Bromont",
        "vos sorties en vélo à Bromont",
    )
    assert emma.details[0].mention_en == "your sailing on Lake Champlain"


def test_person_page_suggests_the_mention_as_typed_and_keeps_a_correction(qtbot, demo_window):
    window = demo_window
    page = open_person(qtbot, window, "Simon Ouellet")
    page.details.new_text.setFocus()
    type_text(qtbot, "Rénove son chalet", None)
    assert page.details.suggestion.text() == "In a message: la rénovation de ton chalet"
    type_text(qtbot, "", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.text == "Rénove son chalet" for d in page.person.details))
    model = page.details.model
    row = next(r for r in range(model.rowCount()) if model.item(r).text == "Rénove son chalet")
    assert cell(model, row, DetailsTableModel.MENTION) == "la rénovation de ton chalet"
    model.setData(model.index(row, DetailsTableModel.MENTION), "les rénos de ton chalet")
    detail = next(d for d in page.person.details if d.text == "Rénove son chalet")
    assert (detail.mention_tu, detail.mention_vous) == (
        "les rénos de ton chalet",
        "les rénos de votre chalet",
    )
    dialog = window.controllers.messages.compose(page.person.id, None)
    dialog.detail.setCurrentIndex(1 + [d.id for d in dialog._details].index(detail.id))
    assert "sur les rénos de ton chalet." in dialog.body.toPlainText()
    dialog.reject()


def test_no_mention_is_said_before_adding(qtbot, demo_window):
    page = open_person(qtbot, demo_window, "Simon Ouellet")
    page.details.new_text.setText("Il adore le jazz")
    assert "no mention" in page.details.suggestion.text()


def test_tu_or_vous_on_the_profile_and_in_settings(qtbot, demo_window):
    window = demo_window
    page = open_person(qtbot, window, "Simon Ouellet")
    page.show_profile()
    combo = page.profile.french_form
    combo.setCurrentIndex(2)  # « vous »
    combo.activated.emit(2)
    simon = person_id(window, "Simon Ouellet")
    assert get_person(window.notebook, simon).fields.french_form == FrenchForm.VOUS
    dialog = window.controllers.messages.compose(simon, None)
    body = dialog.body.toPlainText()
    assert "votre vélo de montagne à Bromont" in body and " ton " not in body
    dialog.reject()

    combo.setCurrentIndex(0)  # as in Settings
    combo.activated.emit(0)
    settings_dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(settings_dialog)
    assert settings_dialog.french_form.currentData() == "tu"
    settings_dialog.french_form.setCurrentIndex(settings_dialog.french_form.findData("vous"))
    settings_dialog.save()
    assert settings.get_text(window.notebook, settings.FRENCH_FORM) == "vous"
    dialog = window.controllers.messages.compose(simon, None)
    assert "votre vélo de montagne à Bromont" in dialog.body.toPlainText()
    dialog.reject()
