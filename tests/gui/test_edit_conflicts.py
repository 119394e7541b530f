"""A note or a profile field edited here after it was changed elsewhere (another window, or
another computer on a server notebook): the user is asked, and nothing is saved over silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from relnotebook.core.people import notes
from relnotebook.core.people import service as people
from relnotebook.store import Notebook
from tests.gui.conftest import type_text
from tests.gui.test_people_view import open_person, person_id


@pytest.fixture
def elsewhere(notebook_path: Path, demo_window) -> Iterator[Notebook]:
    """The same notebook, open in another app (the window's is already open)."""
    other = Notebook.open(notebook_path)
    yield other
    other.close()


class Answer:
    """Clicks a button of the conflict box once it is shown; keeps what the box said."""

    def __init__(self, button: str) -> None:
        self.button, self.text, self.details = button, "", ""
        QTimer.singleShot(0, self._click)

    def _click(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._click)
            return
        self.text, self.details = box.text(), box.detailedText()
        box.findChild(QPushButton, self.button).click()


def _edit_first_note_saved_meanwhile_elsewhere(qtbot, window, elsewhere: Notebook):
    """Robert's first note, " Mine." typed at its end, while "Theirs, saved first." is saved
    over it elsewhere: (the page, the note as shown)."""
    page = open_person(qtbot, window, "Robert Tremblay")
    editor = page.notes
    editor.table.setFocus()
    editor.table.selectRow(0)
    editor.note_text.setFocus()
    editor.note_text.moveCursor(editor.note_text.textCursor().MoveOperation.End)
    type_text(qtbot, " Mine.", None)
    note = page.person.notes[0]
    notes.update_note(elsewhere, note.id, {"text": "Theirs, saved first."})
    return page, note


def test_keeping_theirs_shows_theirs_and_puts_mine_on_the_clipboard(
    qtbot, demo_window, elsewhere: Notebook
) -> None:
    page, note = _edit_first_note_saved_meanwhile_elsewhere(qtbot, demo_window, elsewhere)

    answer = Answer("keep_theirs")
    page.notes.table.setFocus()  # leaving the note saves it: the box asks
    qtbot.waitUntil(lambda: page.notes.note_text.toPlainText() == "Theirs, saved first.")

    assert "changed elsewhere" in answer.text
    assert answer.details == note.text + " Mine."
    assert QGuiApplication.clipboard().text() == note.text + " Mine."
    assert people.get_person(elsewhere, page.person.id).notes[0].text == "Theirs, saved first."


def test_saving_with_ctrl_s_while_in_the_note_asks_once(qtbot, demo_window, elsewhere) -> None:
    """The question takes the focus from the note, which saves on leaving: not a second time."""
    page, _note = _edit_first_note_saved_meanwhile_elsewhere(qtbot, demo_window, elsewhere)
    asked: list[str] = []

    def keep_theirs(_parent, what: str, _changes) -> bool:
        asked.append(what)
        page.notes.table.setFocus()  # as the box does when it opens
        return False

    demo_window.editor.resolve_conflict = keep_theirs
    qtbot.keyClick(page.notes.note_text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.notes.note_text.toPlainText() == "Theirs, saved first.")
    assert asked == ["Edit note"]


def test_saving_mine_replaces_theirs_and_can_be_undone(
    qtbot, demo_window, elsewhere: Notebook
) -> None:
    page, note = _edit_first_note_saved_meanwhile_elsewhere(qtbot, demo_window, elsewhere)

    Answer("save_mine")
    page.notes.table.setFocus()
    robert, mine = page.person.id, note.text + " Mine."
    qtbot.waitUntil(lambda: people.get_person(elsewhere, robert).notes[0].text == mine)
    assert page.notes.note_text.toPlainText() == mine
    demo_window.editor.stack.undo()
    assert people.get_person(elsewhere, robert).notes[0].text == "Theirs, saved first."


def test_a_profile_field_typed_over_a_change_made_elsewhere_asks(
    qtbot, demo_window, elsewhere: Notebook
) -> None:
    page = open_person(qtbot, demo_window, "Robert Tremblay")
    page.show_profile()
    robert = person_id(demo_window, "Robert Tremblay")
    field = page.profile.edits["role"]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, "Engineer", None)
    people.update_person(elsewhere, robert, {"role": "Architect"})

    answer = Answer("keep_theirs")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.text() == "Architect")
    assert answer.details == "Engineer"
    assert people.get_person(elsewhere, robert).fields.role == "Architect"


def test_my_own_changes_one_after_the_other_never_ask(qtbot, demo_window) -> None:
    page = open_person(qtbot, demo_window, "Robert Tremblay")
    page.show_profile()
    robert = person_id(demo_window, "Robert Tremblay")
    for name, text in (("role", "Engineer"), ("organisation", "Atelier"), ("role", "Director")):
        field = page.profile.edits[name]
        field.setFocus()
        field.selectAll()
        type_text(qtbot, text, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is None
    stored = people.get_person(demo_window.notebook, robert).fields
    assert (stored.role, stored.organisation) == ("Director", "Atelier")


def test_refresh_shows_what_was_saved_elsewhere(qtbot, demo_window, elsewhere: Notebook) -> None:
    page = open_person(qtbot, demo_window, "Robert Tremblay")
    page.show_profile()
    robert = person_id(demo_window, "Robert Tremblay")
    people.update_person(elsewhere, robert, {"organisation": "Saved on the laptop"})

    qtbot.keyClick(demo_window, Qt.Key.Key_F5)
    assert page.profile.edits["organisation"].text() == "Saved on the laptop"
    assert "Saved on the laptop" in page.subtitle.text()
