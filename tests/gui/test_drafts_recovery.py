"""Typing is never lost: drafts reach the side file within ~2 s and come back after a crash."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relnotebook import app as app_module
from relnotebook.core.people.service import add_person, get_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store.files.drafts import Draft, drafts_path, read_drafts, write_drafts
from tests.gui.conftest import new_session, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Elle part en Croatie à vélo en septembre; rappeler après."


@pytest.fixture
def people(window) -> dict[str, int]:
    added = {
        "Marie Tremblay": add_person(
            window.notebook, PersonFields(given_name="Marie", family_name="Tremblay")
        ),
        "Paul Gagnon": add_person(
            window.notebook, PersonFields(given_name="Paul", family_name="Gagnon")
        ),
    }
    window.reload()  # added behind the window's back: show them
    return added


def show(qtbot, window, person_id: int):
    window.open_person(person_id)
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.person.id == person_id)
    return page


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Answers Yes to the recovery question, and remembers what was asked."""
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def restart(qtbot, notebook_path: Path, session: app_module.Session | None = None):
    """The next start of the app on the notebook (the first window is left as a crash left it:
    the windows built by the fixtures hold no lock, like a process that is gone)."""
    window = (session or new_session()).open(notebook_path)
    assert window is not None
    qtbot.addWidget(window)
    window.activateWindow()  # the window manager's job; offscreen has none
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_typing_reaches_the_side_file_within_two_seconds(qtbot, window, people, notebook_path):
    page = show(qtbot, window, people["Marie Tremblay"])
    page.notes.new_note.setFocus()
    started = time.monotonic()
    type_text(qtbot, NOTE, None)
    qtbot.waitUntil(lambda: drafts_path(notebook_path).exists(), timeout=2500)
    qtbot.waitUntil(lambda: read_drafts(notebook_path) != [] and _saved_text(notebook_path) == NOTE)
    assert time.monotonic() - started < 2 + 0.05 * len(NOTE)  # typing time plus ~2 s at most
    assert read_drafts(notebook_path) == [Draft(people["Marie Tremblay"], "note", (NOTE,))]
    if os.name == "posix":
        assert drafts_path(notebook_path).stat().st_mode & 0o777 == 0o600


def _saved_text(notebook_path: Path) -> str:
    drafts = read_drafts(notebook_path)
    return drafts[0].texts[0] if drafts else ""


def test_after_a_crash_the_next_start_offers_the_note_back(
    qtbot, window, people, notebook_path, questions
):
    marie = people["Marie Tremblay"]
    show(qtbot, window, marie).notes.new_note.setFocus()
    type_text(qtbot, NOTE, None)
    qtbot.waitUntil(lambda: _saved_text(notebook_path) == NOTE, timeout=3000)

    reopened = restart(qtbot, notebook_path)

    assert questions == [
        "You were typing a note for Marie Tremblay when the app closed: restore it?"
    ]
    page = reopened.people.person_page
    assert page.person is not None and page.person.id == marie  # shown where it was typed
    assert page.notes.new_note.toPlainText() == NOTE
    assert get_person(reopened.notebook, marie).notes == ()  # a draft, not a saved note
    qtbot.keyClick(page.notes.new_note, Qt.Key.Key_Return, CTRL)  # now added for real
    assert [n.text for n in get_person(reopened.notebook, marie).notes] == [NOTE]
    assert not drafts_path(notebook_path).exists()  # saved: nothing to offer any more


def test_drafts_for_several_people_and_fields_all_come_back(
    qtbot, window, people, notebook_path, questions
):
    marie, paul = people["Marie Tremblay"], people["Paul Gagnon"]
    page = show(qtbot, window, marie)
    page.notes.new_note.setFocus()
    type_text(qtbot, "Note pour Marie", None)
    show(qtbot, window, paul)
    page.details.new_text.setFocus()
    type_text(qtbot, "Hockey avec son fils", Qt.Key.Key_Tab)
    type_text(qtbot, "mi-décembre", None)
    qtbot.waitUntil(lambda: len(read_drafts(notebook_path)) == 2, timeout=3000)

    reopened = restart(qtbot, notebook_path)

    assert questions == [
        "You were typing for Marie Tremblay, Paul Gagnon when the app closed: "
        "restore what you typed?"
    ]
    again = show(qtbot, reopened, paul)
    assert again.details.new_text.text() == "Hockey avec son fils"
    assert again.details.new_until.text() == "mi-décembre"
    assert again.notes.new_note.toPlainText() == ""
    again = show(qtbot, reopened, marie)
    assert again.notes.new_note.toPlainText() == "Note pour Marie"


def test_no_thanks_forgets_the_drafts(qtbot, window, people, notebook_path, monkeypatch):
    write_drafts(notebook_path, [Draft(people["Marie Tremblay"], "note", (NOTE,))])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    reopened = restart(qtbot, notebook_path)
    assert not drafts_path(notebook_path).exists()
    page = show(qtbot, reopened, people["Marie Tremblay"])
    assert page.notes.new_note.toPlainText() == ""


def test_emptying_the_field_forgets_the_draft_at_once(qtbot, window, people, notebook_path):
    page = show(qtbot, window, people["Marie Tremblay"])
    page.notes.new_note.setFocus()
    type_text(qtbot, "brouillon", None)
    qtbot.waitUntil(lambda: drafts_path(notebook_path).exists(), timeout=3000)
    page.notes.new_note.selectAll()
    qtbot.keyClick(page.notes.new_note, Qt.Key.Key_Delete)
    assert not drafts_path(notebook_path).exists()  # at once, not after the delay


def test_a_clean_close_keeps_unsaved_typing_for_next_time(qtbot, people, notebook_path, questions):
    session = new_session()
    window = restart(qtbot, notebook_path, session)
    page = show(qtbot, window, people["Paul Gagnon"])
    page.notes.new_note.setFocus()
    type_text(qtbot, "Pas fini", None)
    window.close()  # before the timer: the close saves it
    assert read_drafts(notebook_path) == [Draft(people["Paul Gagnon"], "note", ("Pas fini",))]
    qtbot.waitUntil(lambda: session.windows == [])

    reopened = restart(qtbot, notebook_path)
    assert questions == ["You were typing a note for Paul Gagnon when the app closed: restore it?"]
    assert reopened.people.person_page.notes.new_note.toPlainText() == "Pas fini"


def test_drafts_for_a_person_deleted_since_are_dropped_without_asking(
    qtbot, window, people, notebook_path, questions
):
    document = {"format": 1, "drafts": [{"person_id": 999, "field": "note", "texts": ["x"]}]}
    drafts_path(notebook_path).write_text(json.dumps(document))
    restart(qtbot, notebook_path)
    assert questions == []
    assert not drafts_path(notebook_path).exists()


def test_erasing_a_person_forgets_what_was_typed_about_them(
    qtbot, window, people, notebook_path, monkeypatch
):
    """The core removes their drafts from the side file; the window must not write them back
    from memory at its next save."""
    marie, paul = people["Marie Tremblay"], people["Paul Gagnon"]
    show(qtbot, window, marie).notes.new_note.setFocus()
    type_text(qtbot, "Marie snorkelwhale", None)
    page = show(qtbot, window, paul)
    page.notes.new_note.setFocus()
    type_text(qtbot, "Paul", None)
    qtbot.waitUntil(lambda: len(read_drafts(notebook_path)) == 2, timeout=3000)
    show(qtbot, window, marie)
    window.controllers.privacy.erase_person()
    dialog = window.controllers.privacy.erase_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.confirm.setText("Marie Tremblay")
    with qtbot.waitSignal(dialog.done_with_copies, timeout=20_000):
        dialog.erase_button.click()
    show(qtbot, window, paul)
    window.people.person_page.drafts.save()  # as the next keystroke would
    assert [(d.person_id, d.texts) for d in read_drafts(notebook_path)] == [(paul, ("Paul",))]
    assert b"snorkelwhale" not in drafts_path(notebook_path).read_bytes()
