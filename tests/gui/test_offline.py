"""Offline proof: a whole working session opens no network connection.

Everything stays on the computer (domain: Law 25, PIPEDA). With every way to open a socket
from Python (and Qt's TCP and HTTP classes) made to fail and recorded, a person opens the
notebook, captures an event, searches, writes a note, composes a message and exports the
calendar; then the record must be empty.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QAbstractSocket, QNetworkAccessManager
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from relnotebook.core.demo.writer import write_demo
from relnotebook.core.events.service import list_events
from relnotebook.core.outreach import signals
from relnotebook.core.people.service import get_person, list_people
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.gui.conftest import focused, new_session, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def network_attempts(monkeypatch) -> list[str]:
    """Every attempt to reach the network, refused and written down."""
    attempts: list[str] = []

    def refuse(what: str):  # noqa: ANN202
        def refused(*args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
            attempts.append(f"{what}{args[1:2] or args[:1]}")
            raise OSError(f"network disabled in this test ({what})")

        return refused

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            attempts.append(f"socket.socket{args}")
            raise OSError("network disabled in this test (socket.socket)")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    monkeypatch.setattr(QAbstractSocket, "connectToHost", refuse("QAbstractSocket.connectToHost"))
    for name in ("get", "post", "put", "sendCustomRequest"):
        monkeypatch.setattr(QNetworkAccessManager, name, refuse(f"QNetworkAccessManager.{name}"))
    return attempts


def test_the_network_is_really_cut_off(network_attempts) -> None:
    """The guard itself works: otherwise the test below would prove nothing."""
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 443))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(network_attempts) == 2
    network_attempts.clear()


def wait_for_row(qtbot, dialog, row: int) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.table.currentIndex().row() == row
            and isinstance(focused(), QLineEdit)
            and focused().parent() is dialog.table.viewport()
        )
    )


def test_a_full_session_opens_no_connection(
    qtbot, notebook_path: Path, tmp_path: Path, network_attempts, monkeypatch
) -> None:
    demo = Notebook.open(notebook_path)
    write_demo(demo, today=TODAY)
    demo.close()

    # Open, as `relnotebook --notebook PATH` does (the one-app-per-notebook check included).
    session = new_session()
    window = session.open(notebook_path)
    assert window is not None
    qtbot.addWidget(window)
    window.activateWindow()  # the window manager's job; offscreen has none
    qtbot.waitUntil(window.isActiveWindow)

    # Capture an event with one person, from the keyboard.
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.controllers.events.dialog is not None)
    dialog = window.controllers.events.dialog
    qtbot.waitUntil(lambda: focused() is dialog.event_name)
    type_text(qtbot, "Déjeuner de la Chambre", Qt.Key.Key_Tab)
    dialog.event_date.edit.selectAll()
    type_text(qtbot, TODAY.isoformat())
    type_text(qtbot, "Québec")
    wait_for_row(qtbot, dialog, 0)
    for column, value in enumerate(
        ("Camille Roy", "Roy Design", "camille@roy.example", "kayak trip in Gaspésie")
    ):
        type_text(qtbot, value, Qt.Key.Key_Return if column == 3 else Qt.Key.Key_Tab)
    wait_for_row(qtbot, dialog, 1)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.controllers.events.dialog is None)
    assert "Déjeuner de la Chambre" in [event.name for event in list_events(window.notebook)]

    # Search: the People filter, as you type.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.people.filter
    type_text(qtbot, "camille", None)
    model = window.people.model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Camille Roy"]

    # Write a note (its draft goes to the side file on the way).
    camille = next(p.id for p in list_people(window.notebook) if p.name == "Camille Roy")
    window.open_person(camille)
    notes = window.people.person_page.notes
    notes.new_note.setFocus()
    type_text(qtbot, "Elle revient de Gaspésie en août.", None)
    qtbot.keyClick(notes.new_note, Qt.Key.Key_Return, CTRL)
    assert [n.text for n in get_person(window.notebook, camille).notes] == [
        "Elle revient de Gaspésie en août."
    ]

    # Compose a message, copy it, mark it as sent.
    compose = window.controllers.messages.compose(camille)
    assert compose is not None
    compose.activateWindow()
    qtbot.waitUntil(compose.isActiveWindow)
    assert "kayak" in compose.body.toPlainText()
    qtbot.mouseClick(compose.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().strip()
    qtbot.mouseClick(compose.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controllers.messages.dialog is None)
    assert len(signals.person_signals(window.notebook, camille)) == 1

    # Export the calendar through the window's own command.
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.controllers.calls.export_calendar()
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")

    window.close()
    qtbot.waitUntil(lambda: session.windows == [])
    assert network_attempts == []
