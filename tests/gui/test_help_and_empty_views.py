"""Empty views offer what goes there; Help has a guide and the shortcuts (issue 21, item 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from relnotebook.gui.actions import MenuTable
from relnotebook.gui.dialogs.help import GuideDialog, ShortcutsDialog, plain
from relnotebook.gui.dialogs.referral import ReferralDialog
from relnotebook.gui.main_window import EVENTS, NEWSLETTER, PEOPLE, REFERRALS, TODAY
from relnotebook.paths import resource

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("view", [TODAY, PEOPLE, EVENTS])
def test_an_empty_view_has_a_button_capturing_people_from_an_event(qtbot, window, view):
    window.show_view(view)
    page = window.views[view]
    assert page.empty.isVisible()
    assert page.capture_button.isVisible()
    page.capture_button.click()
    qtbot.waitUntil(lambda: window.controllers.events.dialog is not None)
    window.controllers.events.dialog.reject()


@pytest.mark.parametrize("view", [TODAY, PEOPLE, EVENTS, REFERRALS])
def test_an_empty_views_text_is_shown_whole_at_1024_by_640(qtbot, window, view):
    window.resize(1024, 640)
    window.show_view(view)
    QApplication.processEvents()
    label = window.views[view].empty.label
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width())


def test_an_empty_people_list_offers_to_import_contacts(qtbot, window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (asked.append("file"), ("", ""))[1]
    )
    window.show_view(PEOPLE)
    assert window.people.import_button.isVisible()
    window.people.import_button.click()
    assert asked == ["file"]


def test_a_filter_matching_no_one_has_no_buttons(qtbot, demo_window):
    window = demo_window
    window.show_view(PEOPLE)
    window.people.filter.setText("zzz nobody")
    assert window.people.empty.isVisible()
    assert not window.people.import_button.isVisible()


def test_no_referrals_yet_offers_to_log_one(qtbot, window, monkeypatch):
    opened: list[ReferralDialog] = []
    monkeypatch.setattr(ReferralDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.show_view(REFERRALS)
    (button,) = window.referrals.empty.buttons
    assert button.isVisible() and "referral" in button.text()
    button.click()
    assert len(opened) == 1


def test_the_shortcuts_sheet_lists_every_menu_entry_with_its_key(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    (sheet,) = window.findChildren(ShortcutsDialog)
    qtbot.addWidget(sheet)
    text = sheet.text.toPlainText()
    for menu in MenuTable().menus():
        for command in menu.entries:
            if command is not None:
                assert plain(command.text) in text
    assert "Ctrl+L" in text and "Ctrl+/" in text and "Ctrl+Z" in text
    sheet.close()


def test_the_user_guide_opens_in_the_interface_language(qtbot, window, french):
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    assert "Après un événement" in dialog.text.toPlainText()


def test_the_user_guide_tells_the_journeys(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (guide,) = window.findChildren(GuideDialog)
    qtbot.addWidget(guide)
    text = guide.text.toPlainText()
    for journey in (
        "After an event",
        "Today",
        "A call",
        "A market sweep",
        "A client leaving",
        "Referrals",
        "Privacy",
    ):
        assert journey in text
    guide.close()


def test_both_guides_have_the_same_sections():
    english = resource("guide", "en.html").read_text(encoding="utf-8")
    french = resource("guide", "fr.html").read_text(encoding="utf-8")
    assert english.count("<h3>") == french.count("<h3>") == 8


@pytest.mark.parametrize("view", [EVENTS, REFERRALS, NEWSLETTER])
def test_person_shortcuts_are_disabled_where_no_person_is_in_view(demo_window, view):
    window = demo_window
    actions = window.menu_bar.actions
    window.show_view(view)
    for name in (
        "messages.compose_for_current_person",
        "calls.log_call_for_current",
        "calls.log_call_they_called",
        "people.delete_current_person",
    ):
        assert not actions[name].isEnabled(), name
    assert actions["people.new_person"].isEnabled()
    window.show_view(TODAY)
    assert actions["calls.log_call_for_current"].isEnabled()
    assert not actions["people.delete_current_person"].isEnabled()
    window.show_view(PEOPLE)
    assert actions["people.delete_current_person"].isEnabled()


def test_restore_stays_disabled_on_a_read_only_window_whatever_the_view(demo_window):
    window = demo_window
    window.show_read_only("Read only")
    window.show_view(PEOPLE)
    assert not window.restore_action.isEnabled()
