"""The after-event capture form, driven from the keyboard like a person after an event."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from relnotebook.core.events.service import list_events
from relnotebook.core.models import DetailKind
from relnotebook.core.people.service import get_person, list_people
from relnotebook.gui.dialogs.capture import CaptureDialog
from tests.gui.conftest import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = [
    (
        "Robert Tremblay",
        "Tremblay Architectes",
        "robert@example.com",
        "voyage à vélo à travers la Croatie",
        "mi-décembre",
    ),
    ("Paul Gagnon", "Gagnon Transport", "paul@example.com", "hockey with his son", ""),
    ("Emma Wilson", "", "", "sailing in Maine", "end of January"),
]


def open_capture(qtbot, window) -> CaptureDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.controllers.events.dialog is not None)
    dialog = window.controllers.events.dialog
    assert isinstance(dialog, CaptureDialog)
    return dialog


def wait_for_row(qtbot, dialog: CaptureDialog, row: int) -> None:
    """Until the name cell of `row` is open for typing."""
    qtbot.waitUntil(
        lambda: (
            dialog.table.currentIndex().row() == row
            and isinstance(focused(), QLineEdit)
            and focused().parent() is dialog.table.viewport()
        )
    )


def type_person(qtbot, dialog: CaptureDialog, row: int, values: tuple[str, ...]) -> None:
    """Type one person, Tab between fields, Enter at the end (which opens the next row)."""
    wait_for_row(qtbot, dialog, row)
    for column, value in enumerate(values):
        last = column == len(values) - 1
        type_text(qtbot, value, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)
    wait_for_row(qtbot, dialog, row + 1)


def fill_event(qtbot, dialog: CaptureDialog, name: str, day: dt.date) -> None:
    qtbot.waitUntil(lambda: focused() is dialog.event_name)
    type_text(qtbot, name, None)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.event_date.edit
    dialog.event_date.edit.selectAll()
    type_text(qtbot, day.isoformat())
    assert focused() is dialog.event_place
    type_text(qtbot, "Montréal")  # Tab from the place goes to the table
    wait_for_row(qtbot, dialog, 0)


def test_three_people_typed_saved_and_found_after_reopening(
    qtbot, window, open_window, notebook_path
):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Cocktail de la Chambre de commerce", dt.date(2026, 11, 20))
    for row, person in enumerate(PEOPLE):
        type_person(qtbot, dialog, row, person)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)  # Enter opened a fourth, blank row
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.controllers.events.dialog is None)

    # The window shows the new event with the three people.
    assert window.pages.currentWidget() is window.events
    assert window.events.panel.people_model.rowCount() == 3
    window.close()

    reopened = open_window(notebook_path)
    people = {p.name: p for p in list_people(reopened.notebook)}
    assert set(people) == {"Robert Tremblay", "Paul Gagnon", "Emma Wilson"}
    assert people["Robert Tremblay"].organisation == "Tremblay Architectes"
    assert people["Robert Tremblay"].email == "robert@example.com"
    robert = get_person(reopened.notebook, people["Robert Tremblay"].id)
    assert robert is not None
    by_kind = {d.kind: d for d in robert.details}
    assert by_kind[DetailKind.TRIP].text == "voyage à vélo à travers la Croatie"
    assert by_kind[DetailKind.BUSY].ends_on == dt.date(2026, 12, 15)
    assert [e.name for e in robert.events] == ["Cocktail de la Chambre de commerce"]
    emma = get_person(reopened.notebook, people["Emma Wilson"].id)
    assert emma is not None and emma.fields.emails == ()
    assert {d.ends_on for d in emma.details} == {None, dt.date(2027, 1, 31)}

    # And the person page shows them.
    reopened.open_person(people["Robert Tremblay"].id)
    page = reopened.people.person_page
    assert page.title.text() == "Robert Tremblay"
    texts = [page.details.model.index(r, 1).data() for r in range(page.details.model.rowCount())]
    assert "voyage à vélo à travers la Croatie" in texts


def test_malformed_email_and_date_are_flagged_and_nothing_is_saved(qtbot, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Salon", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, ("Louise Roy", "", "louise@", "", "le 45 truc"))
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)

    assert dialog.isVisible(), "a row with problems must not be saved"
    assert dialog.problems.isVisible()
    text = dialog.problems.text()
    assert "“louise@” is not an email address" in text
    assert "le 45 truc" in text
    assert dialog.model.index(0, 2).data() == "⚠ louise@"  # marked, not by colour alone
    assert list_people(window.notebook) == []
    assert list_events(window.notebook) == []

    # Fixing the cells lets it save.
    dialog.model.setData(dialog.model.index(0, 2), "louise@example.com")
    dialog.model.setData(dialog.model.index(0, 4), "")
    assert dialog.save()
    assert [p.email for p in list_people(window.notebook)] == ["louise@example.com"]


def test_a_row_without_a_name_is_refused_inline(qtbot, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Salon", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, ("", "Desjardins", "", "", ""))
    assert dialog.model.index(0, 0).data() == "⚠"
    assert "A name is needed" in dialog.problems.text()
    assert not dialog.save()
    assert list_people(window.notebook) == []


@pytest.mark.parametrize(
    ("answer", "still_open", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, True, 0),
        (QMessageBox.StandardButton.Discard, False, 0),
        (QMessageBox.StandardButton.Save, False, 1),
    ],
)
def test_closing_with_typed_text_asks_to_save_or_discard(
    qtbot, window, monkeypatch, answer, still_open, saved
):
    asked: list[str] = []

    def question(parent, title, text, *args):  # noqa: ANN001, ANN202
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Salon", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, ("Nadia Haddad", "", "", "", ""))
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # leaves the cell editor
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)  # asks to close the form
    assert asked == ["Save the people you typed?"]
    assert dialog.isVisible() == still_open
    assert len(list_people(window.notebook)) == saved


def test_closing_an_empty_form_asks_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    dialog = open_capture(qtbot, window)
    dialog.reject()
    assert not dialog.isVisible()


def test_capture_for_an_existing_event_links_known_people_by_email(qtbot, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Cocktail", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, PEOPLE[0])
    assert dialog.save()
    qtbot.waitUntil(lambda: window.controllers.events.dialog is None)
    event_id = window.events.current_event_id()
    assert event_id is not None

    window.controllers.events.capture_for_event(event_id)
    dialog = window.controllers.events.dialog
    assert dialog is not None
    type_person(qtbot, dialog, 0, ("Bob Tremblay", "", "ROBERT@example.com", "", ""))
    assert dialog.save()
    assert [p.name for p in list_people(window.notebook)] == ["Robert Tremblay"]


def test_a_capture_is_one_undo_step(qtbot, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Cocktail", dt.date(2026, 11, 20))
    type_person(qtbot, dialog, 0, PEOPLE[0])
    type_person(qtbot, dialog, 1, PEOPLE[1])
    assert dialog.save()
    assert len(list_people(window.notebook)) == 2
    qtbot.waitUntil(lambda: window.controllers.events.dialog is None)
    window.activateWindow()  # the window manager's job; offscreen has none
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert list_people(window.notebook) == []
    assert list_events(window.notebook) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert {p.name for p in list_people(window.notebook)} == {"Robert Tremblay", "Paul Gagnon"}
    assert [e.people_count for e in list_events(window.notebook)] == [2]


def test_more_saves_and_opens_the_profile_with_the_website_and_nickname(qtbot, window):
    dialog = open_capture(qtbot, window)
    fill_event(qtbot, dialog, "Cocktail", dt.date(2026, 11, 20))
    values = ("Robert Tremblay", "", "", "", "", "linkedin.com/in/robert-tremblay", "Bob")
    wait_for_row(qtbot, dialog, 0)
    for value in values:
        type_text(qtbot, value, Qt.Key.Key_Tab)
    assert dialog.model.rows[0].nickname == "Bob"
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controllers.events.dialog is None)
    page = window.people.person_page
    assert page.person is not None and page.person.name == "Robert Tremblay"
    assert page.profile.isVisible()
    assert page.profile.edits["nickname"].text() == "Bob"
    person = get_person(window.notebook, page.person.id)
    assert person is not None
    assert [(w.url, w.kind) for w in person.fields.websites] == [
        ("linkedin.com/in/robert-tremblay", "LinkedIn")
    ]
