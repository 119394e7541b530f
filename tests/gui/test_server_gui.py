"""The app on a notebook kept on a PostgreSQL server: connecting from the File menu, the
password asked in a dialog, two computers seeing each other's changes, and the last local copy
offered read-only when the server is out of reach."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from relnotebook.core.demo.writer import write_demo
from relnotebook.core.people import service as people
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs.server import ConnectDialog, PasswordDialog
from relnotebook.store import Notebook, server
from relnotebook.store.failures import WriteFailedError
from relnotebook.store.files.backups import backup_folder, backup_name
from relnotebook.store.files.drafts import read_drafts
from tests.gui.conftest import new_session, type_text

UNREACHABLE = "postgresql://advisor@127.0.0.1:1/carnet"  # nothing listens on port 1


def when_shown(kind: type, act: Callable[[QDialog], None]) -> None:
    """Once a modal dialog of `kind` is up, do what a person would in it."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def session(qtbot):
    session = new_session(throwaway=True)  # no daily backup in these tests
    yield session
    for window in list(session.windows):
        window.close()


def test_the_address_is_checked_in_the_dialog_before_anything_connects(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.address.setFocus()
    qtbot.waitUntil(dialog.address.hasFocus)
    type_text(qtbot, "postgresql://anne:secret@db.local/carnet", Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen is None
    assert "password" in dialog.error.text() and "secret" not in dialog.error.text()
    dialog.address.clear()
    type_text(qtbot, "postgresql://anne@db.local/carnet", Qt.Key.Key_Return)
    assert dialog.chosen == "postgresql://anne@db.local/carnet"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_window_on_a_server_notebook_sees_the_other_computers_changes(
    qtbot, session, server_notebook
) -> None:
    add_person(server_notebook, PersonFields(given_name="Léa", family_name="Roy"))
    window = session.open_server(server_notebook.location)
    assert window is not None and window.notebook.on_server
    qtbot.waitExposed(window)
    window.activateWindow()
    assert server_notebook.location in window.windowTitle()
    assert window.statusBar().currentMessage() == server_notebook.location
    assert not window.restore_action.isEnabled()  # put back with `relnotebook copy`
    window.show_view(1)
    assert window.people.model.rowCount() == 1

    add_person(server_notebook, PersonFields(given_name="Marc", family_name="Ouellet"))
    [refresh] = [a for a in window.findChildren(QAction) if a.text() == "&Refresh"]
    refresh.trigger()  # F5 (its shortcut is pressed in test_edit_conflicts)
    assert window.people.model.rowCount() == 2
    window.editor.add_person(PersonFields(given_name="Nadia"))
    assert sorted(p.name for p in list_people(server_notebook)) == [
        "Léa Roy",
        "Marc Ouellet",
        "Nadia",
    ]
    # A second window on the same server notebook is the first one brought forward.
    assert session.open_server(server_notebook.location) is window


def test_the_password_is_asked_in_a_dialog_and_kept_only_if_asked(
    qtbot, session, guarded, monkeypatch
) -> None:
    monkeypatch.setattr(server, "_keyring_password", lambda account: None)
    kept: list[tuple[str, str]] = []
    monkeypatch.setattr(
        server, "remember_password", lambda location, password: kept.append((location, password))
    )

    def type_password(dialog: QDialog) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.password.setText("croatie")
        dialog.remember.setChecked(True)
        dialog.accept()

    when_shown(PasswordDialog, type_password)
    window = session.open_server(guarded)
    assert window is not None and window.notebook.on_server
    assert [password for _location, password in kept] == ["croatie"]


def test_out_of_reach_with_no_local_copy_says_so(qtbot, session, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert session.open_server(UNREACHABLE) is None
    [message] = shown
    assert "cannot be reached" in message and "no copy of it on this computer" in message


def test_out_of_reach_offers_the_last_local_copy_read_only(qtbot, session, monkeypatch) -> None:
    local = server.local_folder(server.ServerLocation.parse(UNREACHABLE))
    taken = dt.datetime(2026, 12, 4, 18, 30)
    copy = backup_folder(local) / backup_name(local, taken)
    copy.parent.mkdir(parents=True)
    notebook = Notebook.open(copy)
    write_demo(notebook, today=dt.date(2026, 12, 4))
    people = len(list_people(notebook))
    notebook.close()
    questions: list[str] = []

    def answer(parent, title, text, buttons, default):  # noqa: ANN001
        questions.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = session.open_server(UNREACHABLE)
    assert window is not None
    assert "cannot be reached" in questions[0] and "last copy" in questions[0]
    window.show_view(1)
    assert window.people.model.rowCount() == people
    banner = window.statusBar().findChild(QLabel, "read_only")
    assert banner is not None and "Read-only copy" in banner.text()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    with pytest.raises(WriteFailedError):  # a form keeps what was typed and shows why
        window.editor.add_person(PersonFields(given_name="Intrus"))
    assert warnings and "read-only" in warnings[0]
    assert len(list_people(window.notebook)) == people


def test_a_note_typed_while_the_server_is_gone_stays_typed_and_saves_once_it_is_back(
    qtbot, session, server_notebook, postgres, monkeypatch
) -> None:
    lea = add_person(server_notebook, PersonFields(given_name="Léa", family_name="Roy"))
    window = session.open_server(server_notebook.location)
    assert window is not None
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_person(lea)
    notes = window.people.person_page.notes
    qtbot.waitUntil(lambda: window.people.person_page.person is not None)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    database = server_notebook.location.rsplit("/", 1)[1]
    gone = (
        f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false',
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()",
    )
    for statement in gone:  # as if the server went away: no connection works any more
        postgres.sql(statement)
    notes.new_note.setFocus()
    qtbot.waitUntil(notes.new_note.hasFocus)
    type_text(qtbot, "Part à vélo en Croatie en mai", None)
    qtbot.keyClick(notes.new_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert warnings and "server cannot be reached" in warnings[0]
    assert notes.new_note.toPlainText() == "Part à vélo en Croatie en mai"
    # Kept on this machine too, should the app be closed before the server is back.
    qtbot.waitUntil(lambda: "Croatie" in str(read_drafts(window.notebook.path)), timeout=5000)
    postgres.sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    qtbot.keyClick(notes.new_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert notes.new_note.toPlainText() == ""
    page = people.get_person(server_notebook, lea)
    assert [note.text for note in page.notes] == ["Part à vélo en Croatie en mai"]
