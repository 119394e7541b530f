"""The window's People and File tools, as a person uses them: import from a file with undo,
merge two selected people with undo, erase (no undo), export the selection."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from relnotebook.core.people.duplicates import find_duplicates
from relnotebook.core.people.service import add_person, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs import duplicates as duplicates_dialog
from tests.gui.conftest import type_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
CTRL = Qt.KeyboardModifier.ControlModifier


def names(window) -> set[str]:
    return {p.name for p in list_people(window.notebook)}


def person_id(window, name: str) -> int:
    return next(p.id for p in list_people(window.notebook) if p.name == name)


def active(qtbot, dialog):
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_import_from_the_file_menu_then_undo(qtbot, window, monkeypatch):
    monkeypatch.setattr(
        window.controllers.exchange, "choose_import_file", lambda: FIXTURES / "google.vcf"
    )
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    dialog = active(qtbot, window.controllers.exchange.import_dialog)
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert {"Julie Martel", "Robert Tremblay"} <= names(window)
    dialog.close()
    # The People list shows them, and one Ctrl+Z takes the whole import back.
    assert window.people.model.rowCount() == 2
    window.undo_action.trigger()
    assert names(window) == set()
    assert window.people.model.rowCount() == 0
    window.redo_action.trigger()
    assert {"Julie Martel", "Robert Tremblay"} <= names(window)


def test_merge_two_selected_people_then_undo(qtbot, demo_window):
    window = demo_window
    isabelle = person_id(window, "Isabelle Fortin")
    jf = person_id(window, "Jean-François Côté")
    before = len(names(window))
    window.open_person(isabelle)
    # Ctrl+click the second one in the list
    selection = window.people.table.selectionModel()
    row = window.people.model.index(window.people.model.row_of(jf), 0)
    selection.select(
        row, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert set(window.people.selected_person_ids()) == {isabelle, jf}
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = active(qtbot, window.controllers.people.merge_dialog)
    keep, drop, _take = dialog.choice()
    assert {keep, drop} == {isabelle, jf}
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: get_person(window.notebook, drop) is None)
    assert len(names(window)) == before - 1
    assert window.people.current_person_id() == keep
    window.undo_action.trigger()
    assert get_person(window.notebook, drop) is not None
    assert len(names(window)) == before


def test_erase_asks_for_the_name_and_cannot_be_undone(qtbot, demo_window):
    window = demo_window
    pierre = person_id(window, "Pierre Gauthier")
    window.open_person(pierre)
    window.editor.edit_person(pierre, {"role": "Ingénieur"})  # something to undo
    assert window.editor.stack.count() > 0
    window.controllers.privacy.erase_person()
    active(qtbot, window.controllers.privacy.erase_dialog)
    with qtbot.waitSignal(window.controllers.privacy.erase_dialog.done_with_copies, timeout=20_000):
        type_text(qtbot, "Pierre Gauthier", then=Qt.Key.Key_Return)
    assert get_person(window.notebook, pierre) is None
    assert window.editor.stack.count() == 0  # nothing left that could bring them back
    assert "Pierre Gauthier" not in names(window)
    assert "erased" in window.statusBar().currentMessage()
    QApplication.processEvents()


def test_export_offers_the_selected_people(qtbot, demo_window):
    window = demo_window
    pierre = person_id(window, "Pierre Gauthier")
    window.open_person(pierre)
    window.controllers.exchange.export_people()
    dialog = active(qtbot, window.controllers.exchange.export_dialog)
    assert dialog._selected == [pierre]
    dialog.reject()


def test_ctrl_k_finds_a_note_and_enter_opens_the_person(qtbot, demo_window):
    from relnotebook.core.people.notes import add_note
    from tests.conftest import TODAY

    window = demo_window
    pierre = person_id(window, "Pierre Gauthier")
    add_note(window.notebook, pierre, text="Apprend le thérémine à Zanzibar", date=TODAY)
    window.show_view(0)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    dialog = active(qtbot, window.controllers.people.search_dialog)
    type_text(qtbot, "theremine zanz")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.pages.currentIndex() == 1  # People
    assert window.people.current_person_id() == pierre


def test_every_menu_action_has_its_own_shortcut_shown(window):
    shortcuts = []
    for menu in (a.menu() for a in window.menuBar().actions() if a.menu() is not None):
        for action in menu.actions():
            if action.isSeparator():
                continue
            key = action.shortcut().toString()
            assert key, f"{menu.title()} › {action.text()} has no shortcut"
            assert "&" in action.text(), f"{action.text()} has no mnemonic"
            shortcuts.append(key)
    assert len(shortcuts) == len(set(shortcuts)) > 25


def test_hidden_pages_reload_when_shown_not_at_every_edit(qtbot, demo_window, monkeypatch):
    window = demo_window
    reloads: list[str] = []
    for name in ("today", "events", "referrals", "newsletter"):
        page = getattr(window, name)
        real = page.reload
        monkeypatch.setattr(
            page, "reload", lambda *a, n=name, r=real, **k: (reloads.append(n), r(*a, **k))
        )
    window.show_view(1)  # People
    pierre = person_id(window, "Pierre Gauthier")
    window.editor.edit_person(pierre, {"role": "Ingénieur"})
    window.editor.edit_person(pierre, {"role": "Chirurgien"})
    assert reloads == []  # nothing hidden was read again
    window.show_view(3)
    assert reloads == ["referrals"]  # once, when shown
    window.show_view(3)
    assert reloads == ["referrals"]
    window.show_view(0)
    assert reloads == ["referrals", "today"]


def test_find_duplicates_lists_a_pair_that_opens_the_merge(qtbot, demo_window):
    window = demo_window
    first = window.editor.add_person(PersonFields(given_name="Luc", phones=("418 555 0100",)))
    second = window.editor.add_person(
        PersonFields(given_name="Lucien", phones=("+1 (418) 555-0100",))
    )
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.AltModifier)
    dialog = active(qtbot, window.controllers.people.duplicates_dialog)
    pairs = [dialog.model.item(row) for row in range(dialog.model.rowCount())]
    (pair,) = [p for p in pairs if {p.first_id, p.second_id} == {first, second}]
    dialog.table.selectRow(pairs.index(pair))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merge = active(qtbot, window.controllers.people.merge_dialog)
    assert set(merge.choice()[:2]) == {first, second}
    merge.accept()
    qtbot.waitUntil(lambda: get_person(window.notebook, second) is None)
    remaining = [dialog.model.item(row) for row in range(dialog.model.rowCount())]
    assert not [p for p in remaining if second in (p.first_id, p.second_id)]
    window.undo_action.trigger()
    assert get_person(window.notebook, second) is not None


def test_not_a_duplicate_is_not_listed_again_and_undo_lists_it(qtbot, demo_window):
    window = demo_window
    first = window.editor.add_person(PersonFields(given_name="Luc", phones=("418 555 0100",)))
    second = window.editor.add_person(PersonFields(given_name="Lucien", phones=("4185550100",)))

    def listed() -> list[set[int]]:
        window.controllers.people.find_duplicates()
        dialog = active(qtbot, window.controllers.people.duplicates_dialog)
        pairs = [dialog.model.item(row) for row in range(dialog.model.rowCount())]
        return [{p.first_id, p.second_id} for p in pairs]

    assert {first, second} in listed()
    dialog = window.controllers.people.duplicates_dialog
    dialog.table.selectRow(listed().index({first, second}))
    qtbot.mouseClick(dialog.apart_button, Qt.MouseButton.LeftButton)
    shown = [dialog.model.item(row) for row in range(dialog.model.rowCount())]
    assert {first, second} not in [{p.first_id, p.second_id} for p in shown]
    dialog.close()
    assert {first, second} not in listed()
    window.controllers.people.duplicates_dialog.close()
    window.undo_action.trigger()
    assert {first, second} in listed()


def test_find_duplicates_runs_off_the_ui_thread(qtbot, notebook, thread_runner, monkeypatch):
    threads: list[threading.Thread] = []

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return find_duplicates(*args, **kwargs)

    add_person(notebook, PersonFields(given_name="Luc", family_name="Tremblay"))
    add_person(notebook, PersonFields(given_name="Luc", family_name="Tremblai"))
    monkeypatch.setattr(duplicates_dialog, "find_duplicates", recorded)
    dialog = duplicates_dialog.DuplicatesDialog(notebook, thread_runner)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("Looking for")  # shown while it runs
    assert not dialog.merge_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.progress.isHidden() and dialog.merge_button.isEnabled()
