"""A full disk or a read-only notebook: a clear sentence, what was typed kept, nothing written."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError

from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, get_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from relnotebook.store.failures import (
    BUSY,
    DISK_ERROR,
    DISK_FULL,
    READ_ONLY,
    describe_write_failure,
)
from tests.conftest import TODAY
from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NOTE = "Voyage à vélo à travers la Croatie, puis la Slovénie. " * 400  # ~22 kB


def dump(path: Path) -> list[str]:
    """Everything the notebook holds, as SQL: equal dumps mean nothing was written."""
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def full_disk(notebook: Notebook) -> None:
    """SQLITE_FULL for real: no connection may grow the file beyond its current size."""

    @event.listens_for(notebook.engine, "connect")
    def _no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    notebook.engine.dispose()  # pooled connections were made before: start afresh


def read_only(notebook: Notebook) -> None:
    """SQLITE_READONLY for real, also as root (whom file permissions do not stop)."""

    @event.listens_for(notebook.engine, "connect")
    def _read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    notebook.engine.dispose()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def marie_page(qtbot, window):
    person_id = add_person(
        window.notebook, PersonFields(given_name="Marie", family_name="Tremblay")
    )
    add_note(window.notebook, person_id, text="Première rencontre", date=TODAY)
    window.reload()  # added behind the window's back: show it
    window.open_person(person_id)
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.person.id == person_id)
    return page


# --- the sentences ----------------------------------------------------------------------------


def sqlite_error(setup: Callable[[sqlite3.Connection], None], path: Path) -> sqlite3.Error:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    setup(conn)
    try:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
        conn.commit()
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("the write should have failed")


def test_sqlite_full_and_read_only_get_their_sentences(tmp_path: Path) -> None:
    def limit(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    full = sqlite_error(limit, tmp_path / "full.sqlite")
    assert "full" in str(full)
    assert describe_write_failure(full) == DISK_FULL
    wrapped = OperationalError("INSERT …", {}, full)  # what SQLAlchemy raises
    assert describe_write_failure(wrapped) == DISK_FULL

    readonly = sqlite_error(
        lambda conn: conn.execute("PRAGMA query_only = ON"), tmp_path / "read-only.sqlite"
    )
    assert describe_write_failure(OperationalError("INSERT …", {}, readonly)) == READ_ONLY


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
        (sqlite3.OperationalError("disk I/O error"), DISK_ERROR),
        (sqlite3.OperationalError("database is locked"), BUSY),
        (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
        (sqlite3.OperationalError("no such table: person"), None),  # a bug, not the disk
        (IntegrityError("INSERT …", {}, sqlite3.IntegrityError("UNIQUE failed")), None),
        (ValueError("bad"), None),
    ],
)
def test_only_refusals_by_the_disk_are_described(error: Exception, sentence: str | None) -> None:
    assert describe_write_failure(error) == sentence


def test_the_cause_chain_is_followed() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.Error as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert describe_write_failure(outer) == DISK_FULL


# --- in the window ----------------------------------------------------------------------------


def test_a_note_on_a_full_disk_is_kept_in_the_field_and_nothing_is_written(
    qtbot, window, marie_page, warnings, notebook_path
):
    before = dump(notebook_path)
    full_disk(window.notebook)
    notes = marie_page.notes
    notes.new_note.setFocus()
    QApplication.clipboard().setText(LONG_NOTE)
    qtbot.keyClick(notes.new_note, Qt.Key.Key_V, CTRL)  # pasted, as from an email
    type_text(qtbot, "Fin.", None)
    qtbot.keyClick(notes.new_note, Qt.Key.Key_Return, CTRL)

    assert warnings == [DISK_FULL.english]
    assert DISK_FULL.english.startswith("The disk is full: nothing was saved")
    assert notes.new_note.toPlainText() == LONG_NOTE + "Fin."  # nothing typed is lost
    assert notes.error.isVisible() and "The disk is full" in notes.error.text()
    assert dump(notebook_path) == before
    assert [n.text for n in get_person(window.notebook, marie_page.person.id).notes] == [
        "Première rencontre"
    ]
    assert window.editor.stack.count() == 0  # nothing to undo: nothing happened


def test_a_detail_in_a_read_only_notebook_is_refused_clearly(
    qtbot, window, marie_page, warnings, notebook_path
):
    before = dump(notebook_path)
    read_only(window.notebook)
    details = marie_page.details
    details.new_text.setFocus()
    type_text(qtbot, "Rénovations", Qt.Key.Key_Tab)
    type_text(qtbot, "mi-décembre", Qt.Key.Key_Return)

    assert warnings == [READ_ONLY.english]
    assert details.new_text.text() == "Rénovations"
    assert details.new_until.text() == "mi-décembre"
    assert dump(notebook_path) == before


def test_deleting_on_a_read_only_notebook_says_why_and_keeps_the_note(
    qtbot, window, marie_page, warnings, notebook_path
):
    before = dump(notebook_path)
    read_only(window.notebook)
    notes = marie_page.notes
    notes.table.selectRow(0)
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)

    assert warnings == [READ_ONLY.english]
    assert dump(notebook_path) == before
    assert notes.model.rowCount() == 1


def test_an_undo_refused_by_the_disk_says_why(qtbot, window, marie_page, warnings, notebook_path):
    notes = marie_page.notes
    notes.new_note.setFocus()
    type_text(qtbot, "Café jeudi", None)
    qtbot.keyClick(notes.new_note, Qt.Key.Key_Return, CTRL)
    assert notes.model.rowCount() == 2
    before = dump(notebook_path)
    read_only(window.notebook)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)

    assert len(warnings) == 1
    assert "could not be undone or redone" in warnings[0] and READ_ONLY.english in warnings[0]
    assert dump(notebook_path) == before
    qtbot.waitUntil(lambda: window.editor.stack.count() == 0)  # history cleared, as it says
