"""The Events view: the event page, editing in place, and going to the people met there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relnotebook.core.events.service import list_events
from relnotebook.core.people.service import list_people
from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_events_newest_first_with_people_met(qtbot, demo_window):
    window = demo_window
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.pages.currentWidget() is window.events
    proxy = window.events.proxy
    shown = [proxy.index(row, 1).data() for row in range(proxy.rowCount())]
    stored = list_events(window.notebook)
    assert shown == [event.name for event in stored]  # newest first, as stored
    window.events.table.selectRow(0)
    panel = window.events.panel
    assert panel.name.text() == stored[0].name
    assert panel.people_model.rowCount() == stored[0].people_count > 0


def edit_newest_event_name(window):  # noqa: ANN001, ANN201
    """Open the newest event's page with its name selected for typing over."""
    window.show_view(2)
    window.events.table.selectRow(0)
    panel = window.events.panel
    panel.name.setFocus()
    panel.name.selectAll()
    return panel


def test_rename_event_in_place_and_undo(qtbot, demo_window):
    window = demo_window
    panel = edit_newest_event_name(window)
    old = panel.name.text()
    type_text(qtbot, "Cocktail de Noël", Qt.Key.Key_Return)
    assert list_events(window.notebook)[0].name == "Cocktail de Noël"
    assert window.events.proxy.index(0, 1).data() == "Cocktail de Noël"
    window.editor.stack.undo()
    assert list_events(window.notebook)[0].name == old


def test_empty_event_name_is_refused(qtbot, demo_window):
    window = demo_window
    panel = edit_newest_event_name(window)
    old = panel.name.text()
    qtbot.keyClick(panel.name, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert panel.error.isVisible() and "needs a name" in panel.error.text()
    assert list_events(window.notebook)[0].name == old


def test_activating_a_person_met_opens_their_page(qtbot, demo_window):
    window = demo_window
    window.show_view(2)
    window.events.table.selectRow(0)
    people = window.events.panel.people
    people.setFocus()
    people.setCurrentIndex(people.model().index(0, 0))
    name = people.model().index(0, 0).data()
    qtbot.keyClick(people, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.people
    assert window.people.person_page.title.text() == name


def test_delete_event_keeps_people_and_undo_restores(qtbot, demo_window, monkeypatch):
    window = demo_window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    people_before = len(list_people(window.notebook))
    events_before = list_events(window.notebook)
    window.show_view(2)
    window.events.table.selectRow(0)
    qtbot.mouseClick(window.events.panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(list_events(window.notebook)) == len(events_before) - 1
    assert len(list_people(window.notebook)) == people_before
    window.editor.stack.undo()
    assert list_events(window.notebook) == events_before
