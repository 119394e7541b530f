"""The People view and the person page, used with the keyboard and mouse."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relnotebook.core.models import Stage
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.models.people import ID_ROLE
from tests.gui.conftest import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def visible_names(window) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def person_id(window, name: str) -> int:
    return next(p.id for p in list_people(window.notebook) if p.name == name)


def open_person(qtbot, window, name: str):
    window.open_person(person_id(window, name))
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.person.name == name)
    return page


def test_filter_as_you_type_ignores_accents_and_case(qtbot, demo_window):
    window = demo_window
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.people.filter
    type_text(qtbot, "tremblay", None)
    assert visible_names(window) == ["Robert Tremblay"]

    window.people.filter.clear()
    type_text(qtbot, "EMILIE", None)  # finds Émilie
    assert visible_names(window) == ["Émilie Bouchard"]

    window.people.filter.clear()
    type_text(qtbot, "golf", None)  # a tag
    names = visible_names(window)
    assert names and all("golf" in p.tags for p in list_people(window.notebook) if p.name in names)


def test_stage_filter_and_empty_hint(qtbot, demo_window):
    window = demo_window
    combo = window.people.stage
    combo.setCurrentIndex(combo.findData(Stage.FORMER_CLIENT.value))
    names = visible_names(window)
    stages = {p.name: p.stage for p in list_people(window.notebook)}
    assert names and {stages[name] for name in names} == {Stage.FORMER_CLIENT}
    window.people.filter.setText("zzz nobody")
    assert window.people.list_stack.currentWidget() is window.people.empty
    assert window.people.empty.text() == "No one matches this filter."


def test_empty_notebook_says_what_to_do(window):
    window.show_view(1)
    assert window.people.list_stack.currentWidget() is window.people.empty
    assert "Ctrl+E" in window.people.empty.text()
    assert "Ctrl+E" in window.today.empty.text()
    window.show_view(2)
    assert window.events.list_stack.currentWidget() is window.events.empty


def test_edit_profile_in_place_then_undo_and_redo(qtbot, demo_window):
    window = demo_window
    page = open_person(qtbot, window, "Robert Tremblay")
    page.show_profile()
    field = page.profile.edits["organisation"]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, "Atelier Tremblay inc.", Qt.Key.Key_Return)
    robert = person_id(window, "Robert Tremblay")
    assert get_person(window.notebook, robert).fields.organisation == "Atelier Tremblay inc."
    assert "Atelier Tremblay inc." in page.subtitle.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert get_person(window.notebook, robert).fields.organisation == "Tremblay Architectes"
    assert field.text() == "Tremblay Architectes"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert get_person(window.notebook, robert).fields.organisation == "Atelier Tremblay inc."


def retype_email(qtbot, window, name: str, text: str):
    """Open `name`'s profile, replace the email with `text` and press Return: the page, and
    the emails stored before."""
    page = open_person(qtbot, window, name)
    page.show_profile()
    before = get_person(window.notebook, page.person.id).fields.emails
    field = page.profile.edits["emails"]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, text, Qt.Key.Key_Return)
    return page, before


def test_malformed_email_is_flagged_inline_and_kept_as_typed(qtbot, demo_window):
    window = demo_window
    page, before = retype_email(qtbot, window, "Paul Gagnon", "paul@")
    field = page.profile.edits["emails"]
    assert page.profile.error.isVisible()
    assert "“paul@” is not an email address" in page.profile.error.text()
    assert field.text() == "paul@"  # not silently replaced
    assert field.property("invalid") is True
    assert get_person(window.notebook, page.person.id).fields.emails == before


def test_empty_name_is_refused_inline(qtbot, window):
    person = add_person(window.notebook, PersonFields(given_name="Solo"))
    window.reload()
    page = open_person(qtbot, window, "Solo")
    page.show_profile()
    field = page.profile.edits["given_name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "A name is needed" in page.profile.error.text()
    assert get_person(window.notebook, person).fields.given_name == "Solo"


def test_stage_changed_from_the_profile(qtbot, demo_window):
    window = demo_window
    page = open_person(qtbot, window, "Paul Gagnon")
    page.show_profile()
    combo = page.profile.stage
    combo.setFocus()
    index = list(Stage).index(Stage.PROSPECT)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing an item does
    assert get_person(window.notebook, page.person.id).fields.stage == Stage.PROSPECT


def test_new_person_then_delete_asks_and_undo_brings_everything_back(qtbot, window, monkeypatch):
    monkeypatch.setattr(
        "relnotebook.gui.controllers.people.QInputDialog.getText",
        lambda *args, **kwargs: ("Nadia Haddad", True),
    )
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    nadia = person_id(window, "Nadia Haddad")
    add_note(
        window.notebook,
        nadia,
        text="Ouvre une 2e clinique au printemps.",
        date=dt.date(2026, 11, 20),
    )
    window.reload()
    assert window.people.current_person_id() == nadia
    assert len(get_person(window.notebook, nadia).notes) == 1

    asked: list[str] = []

    def question(parent, title, text, *args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL)
    assert asked and "Nadia Haddad" in asked[0]
    assert list_people(window.notebook) == []
    assert window.people.person_page.stack.currentWidget() is window.people.person_page.hint

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    restored = get_person(window.notebook, nadia)
    assert restored is not None
    assert [n.text for n in restored.notes] == ["Ouvre une 2e clinique au printemps."]


def test_delete_cancelled_keeps_the_person(qtbot, demo_window, monkeypatch):
    window = demo_window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    page = open_person(qtbot, window, "Paul Gagnon")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Paul Gagnon" in [p.name for p in list_people(window.notebook)]


def type_detail(qtbot, window, name: str, text: str, until: str):
    """Open `name`'s page, type a detail and its until date, press Return: the page, and how
    many details the person had before."""
    page = open_person(qtbot, window, name)
    count = len(page.person.details)
    page.details.new_text.setFocus()
    type_text(qtbot, text, Qt.Key.Key_Tab)
    type_text(qtbot, until, Qt.Key.Key_Return)
    return page, count


def test_add_a_detail_with_until_date(qtbot, demo_window):
    window = demo_window
    page, count = type_detail(qtbot, window, "Paul Gagnon", "Saison des impôts", "2027-04-30")
    details = get_person(window.notebook, page.person.id).details
    assert len(details) == count + 1
    added = next(d for d in details if d.text == "Saison des impôts")
    assert added.ends_on == dt.date(2027, 4, 30)
    assert added.kind == "busy"
    assert page.details.model.rowCount() == count + 1


def test_a_bad_until_date_is_flagged_and_nothing_added(qtbot, demo_window):
    window = demo_window
    page, count = type_detail(qtbot, window, "Paul Gagnon", "Rénovations", "bientôt peut-être")
    assert page.details.error.isVisible()
    assert "bientôt peut-être" in page.details.error.text()
    assert len(get_person(window.notebook, page.person.id).details) == count
    assert page.details.new_text.text() == "Rénovations"  # kept for fixing


@pytest.mark.parametrize(
    "text",
    [
        "Ça va très bien 🚴‍♂️ — café jeudi? «Oui»",
        "שלום, مرحبا بك — note in Hebrew and Arabic",
        ("Long note. " * 100_000),  # ~1 MB
    ],
    ids=["emoji-accents", "right-to-left", "one-megabyte"],
)
def test_notes_are_stored_and_shown_as_typed(qtbot, demo_window, text):
    window = demo_window
    page = open_person(qtbot, window, "Robert Tremblay")
    notes = page.notes
    notes.new_note.setFocus()
    if len(text) < 200:
        type_text(qtbot, text, None)
    else:
        notes.new_note.insertPlainText(text)  # pasted
    qtbot.keyClick(notes.new_note, Qt.Key.Key_Return, CTRL)
    stored = get_person(window.notebook, page.person.id).notes
    assert stored[0].text == text
    assert notes.new_note.toPlainText() == ""
    notes.table.selectRow(0)
    assert notes.note_text.toPlainText() == text
    assert len(notes.model.index(0, 1).data()) <= 162  # the list shows a preview only


def test_editing_a_note_saves_on_leaving_and_undo_reverts(qtbot, demo_window):
    window = demo_window
    page = open_person(qtbot, window, "Robert Tremblay")
    notes = page.notes
    original = page.person.notes[0]
    notes.table.setFocus()
    notes.table.selectRow(0)
    notes.note_text.setFocus()
    notes.note_text.moveCursor(notes.note_text.textCursor().MoveOperation.End)
    type_text(qtbot, " Ajout.", None)
    notes.table.setFocus()  # leaving the editor saves
    person = get_person(window.notebook, page.person.id)
    assert person.notes[0].text == original.text + " Ajout."
    window.editor.stack.undo()
    assert get_person(window.notebook, page.person.id).notes[0].text == original.text


def test_people_list_selection_survives_reload(qtbot, demo_window):
    window = demo_window
    robert = person_id(window, "Robert Tremblay")
    window.open_person(robert)
    window.reload()
    assert window.people.table.currentIndex().data(ID_ROLE) == robert


def test_half_typed_text_stays_with_its_person(qtbot, demo_window):
    """Typed for Robert, then a click on Paul: it is not saved on Paul, nor lost."""
    window = demo_window
    page = open_person(qtbot, window, "Robert Tremblay")
    page.details.new_text.setText("Rénove son chalet")
    page.notes.new_note.setPlainText("À rappeler en janvier")
    paul = open_person(qtbot, window, "Paul Gagnon")
    assert paul.details.new_text.text() == ""
    assert paul.notes.new_note.toPlainText() == ""
    paul.details.add_detail()  # Enter in the empty field: nothing to add on Paul
    assert all(d.text != "Rénove son chalet" for d in paul.person.details)
    page = open_person(qtbot, window, "Robert Tremblay")
    assert page.details.new_text.text() == "Rénove son chalet"
    assert page.notes.new_note.toPlainText() == "À rappeler en janvier"


def test_addresses_and_links_are_added_removed_and_undone(qtbot, demo_window, monkeypatch):
    window = demo_window
    page = open_person(qtbot, window, "Robert Tremblay")
    page.show_profile()
    robert = page.person.id
    answers = [["work", "1000 rue Sherbrooke O.", "Montréal", "QC", "H3A 3G4", "Canada"]]
    answers.append(["https://www.linkedin.com/in/robert", "LinkedIn"])
    monkeypatch.setattr("relnotebook.gui.panels.card.ask", lambda *_args: answers.pop(0))
    qtbot.mouseClick(page.card.add_address_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.card.add_website_button, Qt.MouseButton.LeftButton)
    fields = get_person(window.notebook, robert).fields
    assert [a.city for a in fields.addresses] == ["Montréal"]
    assert [(w.url, w.kind) for w in fields.websites] == [
        ("https://www.linkedin.com/in/robert", "LinkedIn")
    ]
    assert page.card.model.rowCount() == 2
    page.card.table.selectRow(0)
    qtbot.mouseClick(page.card.remove_button, Qt.MouseButton.LeftButton)
    assert get_person(window.notebook, robert).fields.addresses == ()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [a.city for a in get_person(window.notebook, robert).fields.addresses] == ["Montréal"]
    assert page.card.model.rowCount() == 2


def test_phones_show_in_the_national_format_and_one_not_read_is_flagged(qtbot, demo_window):
    window = demo_window
    person = add_person(
        window.notebook,
        PersonFields(
            given_name="Zoé", family_name="Nadeau", phones=("418 555 0100 x218", "555-CALL")
        ),
    )
    window.open_person(person)
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.person.id == person)
    assert page.profile.edits["phones"].text() == "(418) 555-0100 ext. 218, 555-CALL"
    assert not page.profile.phone_flag.isHidden()
    assert "555-CALL" in page.profile.phone_flag.text()


def test_anniversary_and_nickname_on_the_profile(qtbot, demo_window):
    window = demo_window
    page = open_person(qtbot, window, "Robert Tremblay")
    page.show_profile()
    robert = page.person.id
    for name, text in (("nickname", "Le Prof"), ("anniversary", "--06-12")):
        field = page.profile.edits[name]
        field.setFocus()
        field.selectAll()
        type_text(qtbot, text, Qt.Key.Key_Return)
    fields = get_person(window.notebook, robert).fields
    assert (fields.nickname, fields.anniversary) == ("Le Prof", dt.date(1604, 6, 12))
    field = page.profile.edits["anniversary"]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, "June 12", Qt.Key.Key_Return)
    assert page.profile.error.isVisible() and field.property("invalid") is True
    assert get_person(window.notebook, robert).fields.anniversary == dt.date(1604, 6, 12)


def test_the_phone_region_is_a_setting(qtbot, window, monkeypatch):
    from relnotebook.core.people.phones import phone_region
    from relnotebook.gui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    assert dialog.phone_region.text() == "CA"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[-1]))
    dialog.phone_region.setText("ZZ")
    dialog.save()
    assert phone_region(window.notebook) == "CA" and "not a country code" in warnings[0]
    dialog.phone_region.setText("fr")
    dialog.save()
    assert phone_region(window.notebook) == "FR"
