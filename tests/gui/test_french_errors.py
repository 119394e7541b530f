"""The core's refusals read in French in the French app: translated template, the user's own
words kept as typed, numbers written the French way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt

from relnotebook.core.people.service import get_person, list_people
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.store.failures import DISK_FULL
from tests.gui.conftest import focused
from tests.gui.test_capture_form import fill_event, open_capture, type_person
from tests.gui.test_people_view import retype_email, type_detail


def test_numbers_follow_the_french_locale(french):
    error = ValidationError("note", "A note is at most {limit} characters.", limit=10_000)
    shown = user_message(error)
    assert shown == f"Une note compte au plus {QLocale().toString(10_000)} caractères."
    assert "10,000" not in shown and "000" in shown
    assert error.message == "A note is at most 10,000 characters."  # the command line's


def test_a_row_error_is_french_inside_and_out(french):
    inner = ValidationError("email", "“{text}” is not an email address.", text="ana@")
    outer = ValidationError("email", "Row {row}: {problem}", row=2, problem=inner)
    assert (
        user_message(outer) == "Ligne 2\u00a0: «\u00a0ana@\u00a0» n'est pas une adresse courriel."
    )


def test_a_write_failure_is_french(french):
    assert user_message(DISK_FULL).startswith("Le disque est plein")


def test_without_translations_the_english_sentence_is_shown(qapp):
    error = ValidationError("x", "A note needs some text.")
    assert user_message(error) == "A note needs some text."


def test_a_bad_email_on_the_person_page_is_refused_in_french(qtbot, french, demo_window):
    window = demo_window
    page, before = retype_email(qtbot, window, "Paul Gagnon", "paul@")
    assert page.profile.error.isVisible()
    assert "«\u00a0paul@\u00a0» n'est pas une adresse courriel" in page.profile.error.text()
    assert "is not an email address" not in page.profile.error.text()
    assert get_person(window.notebook, page.person.id).fields.emails == before


def test_a_bad_date_in_the_details_is_refused_in_french(qtbot, french, demo_window):
    window = demo_window
    page, count = type_detail(qtbot, window, "Paul Gagnon", "Rénovations", "bientôt peut-être")
    text = page.details.error.text()
    assert "«\u00a0bientôt peut-être\u00a0» n'est pas une date lisible" in text
    assert "Essayez" in text
    assert len(get_person(window.notebook, page.person.id).details) == count


def test_capture_form_problems_are_french(qtbot, french, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Salon", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, ("Louise Roy", "", "louise@", "", "le 45 truc"))
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    text = dialog.problems.text()
    assert "«\u00a0louise@\u00a0» n'est pas une adresse courriel" in text
    assert "«\u00a0le 45 truc\u00a0» n'est pas une date lisible" in text
    tooltip = dialog.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "«\u00a0louise@\u00a0» n'est pas une adresse courriel."
    assert list_people(window.notebook) == []
