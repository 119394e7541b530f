"""The Ctrl+K search popup, driven from the keyboard as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem

from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs import search as module
from relnotebook.gui.dialogs.search import SearchDialog
from relnotebook.gui.models.search_results import PERSON_ID_ROLE, RICH_TEXT_ROLE
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.gui.conftest import focused, type_text


def person_id(notebook: Notebook, name: str) -> int:
    return next(p.id for p in list_people(notebook) if p.name == name)


@pytest.fixture
def popup(qtbot, demo_notebook: Notebook):
    def _open(query: str = "") -> SearchDialog:
        dialog = SearchDialog(demo_notebook, query=query)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focused() is dialog.query)
        return dialog

    return _open


def shown(dialog: SearchDialog) -> list[str]:
    """The first line of each result: the person's name and organisation."""
    model = dialog.model
    return [str(model.index(row, 0).data()).splitlines()[0] for row in range(model.rowCount())]


def current_id(dialog: SearchDialog) -> int:
    return int(dialog.results.currentIndex().data(PERSON_ID_ROLE))


def test_empty_popup_says_what_to_do(popup) -> None:
    dialog = popup()
    assert dialog.model.rowCount() == 0
    assert "Type a name" in dialog.status.text()
    assert "Enter opens the person" in dialog.status.text()


def test_results_follow_the_typing_after_a_pause(
    qtbot, popup, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_search = module.search

    def counted(notebook, text, limit):
        calls.append(text)
        return real_search(notebook, text, limit)

    monkeypatch.setattr(module, "search", counted)
    dialog = popup()
    type_text(qtbot, "velo", then=None)
    assert calls == []  # not one search per keystroke
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert calls == ["velo"]
    assert shown(dialog)[0] == "Robert Tremblay · Tremblay Architectes"
    first = str(dialog.model.index(0, 0).data())
    assert "Personal detail: Voyage à vélo à travers la Croatie" in first
    assert "<b>vélo</b>" in str(dialog.model.index(0, 0).data(RICH_TEXT_ROLE))
    assert dialog.results.currentIndex().row() == 0
    assert "people found" in dialog.status.text() or "One person" in dialog.status.text()


def test_accents_are_typed_and_ignored(qtbot, popup) -> None:
    dialog = popup()
    type_text(qtbot, "Montréal", then=None)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    montreal = shown(dialog)
    dialog.query.clear()
    type_text(qtbot, "MONTREAL", then=None)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and dialog.query.text() == "MONTREAL")
    qtbot.wait(3 * module.DEBOUNCE_MS)
    assert shown(dialog) == montreal


def test_up_and_down_choose_and_enter_opens(qtbot, popup, demo_notebook: Notebook) -> None:
    dialog = popup()
    type_text(qtbot, "montreal", then=None)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2)
    second = int(dialog.model.index(1, 0).data(PERSON_ID_ROLE))
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == 1
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)  # already at the top: stays there
    assert dialog.results.currentIndex().row() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert focused() is dialog.query  # the keys never left the text field
    with qtbot.waitSignal(dialog.person_chosen) as chosen:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert chosen.args == [second]
    assert dialog.chosen_person_id == second
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_enter_right_after_typing_opens_the_best_match(qtbot, popup, demo_notebook) -> None:
    dialog = popup()
    type_text(qtbot, "croatie", then=None)
    with qtbot.waitSignal(dialog.person_chosen) as chosen:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)
    assert chosen.args == [person_id(demo_notebook, "Robert Tremblay")]


def test_no_results_say_so_and_enter_does_nothing(qtbot, popup) -> None:
    dialog = popup()
    type_text(qtbot, "zanzibar", then=None)
    qtbot.waitUntil(lambda: "No one found" in dialog.status.text())
    assert dialog.status.text() == "No one found for “zanzibar”."
    assert dialog.model.rowCount() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.isVisible() and dialog.chosen_person_id is None


def test_escape_closes_without_choosing(qtbot, popup) -> None:
    dialog = popup("croatie")
    assert dialog.model.rowCount() == 1  # a query given at opening is searched at once
    with qtbot.assertNotEmitted(dialog.person_chosen):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_person_id is None


def test_clearing_the_text_brings_the_hint_back(qtbot, popup) -> None:
    dialog = popup("croatie")
    dialog.query.selectAll()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "Type a name" in dialog.status.text())
    assert dialog.model.rowCount() == 0


def test_rows_show_matches_in_bold_and_text_safely(qtbot, demo_notebook: Notebook) -> None:
    someone = add_person(
        demo_notebook, PersonFields(given_name="Zoé", family_name="Markup", organisation="<i>Co")
    )
    add_note(demo_notebook, someone, text="Loves <b>bold</b> & tags, and kayak trips", date=TODAY)
    add_note(demo_notebook, someone, text="Kayak in Tadoussac next summer", date=TODAY)
    dialog = SearchDialog(demo_notebook, query="kayak")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    index = dialog.model.index(0, 0)
    rich = str(index.data(RICH_TEXT_ROLE))
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; tags" in rich and "&lt;i&gt;Co" in rich
    assert "<b>kayak</b>" in rich and "<b>Kayak</b>" in rich
    delegate = dialog.results.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(dialog.results)
    option.rect = dialog.results.visualRect(index)
    three_lines = delegate.sizeHint(option, index).height()
    assert three_lines > 2 * dialog.results.fontMetrics().height()  # name, then two notes
    image = dialog.results.viewport().grab().toImage()
    colours = {image.pixel(x, 8) for x in range(0, image.width(), 3)}
    assert len(colours) > 2  # the text was drawn
