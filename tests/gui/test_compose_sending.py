"""Sending from the composer as a user does it: the pressure warnings in plain sight, a question
before marking a pushy message as sent, a way out when the mail app does not open, and Enter in a
drop-down that presses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from relnotebook.cli.render.privacy import COPY_KIND_LABELS
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.pressure import CODES, Advice, check_message
from relnotebook.gui.dialogs import compose as compose_dialog
from relnotebook.gui.dialogs.erase import elsewhere_text
from relnotebook.gui.dialogs.settings import SettingsDialog
from relnotebook.store.files.outside_copies import CopyKind, OutsideCopy, outside_copies
from tests.gui.boxes import click, press, when_a_box_opens
from tests.gui.conftest import focused, type_text
from tests.gui.test_signals_flow import open_compose_from_today

CTRL = Qt.KeyboardModifier.ControlModifier
# A drop-down's list grabs the keyboard, which the offscreen platform cannot do (and says so).
OPENS_A_LIST = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def type_at_end(qtbot, dialog, text: str) -> None:
    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(qtbot, text, None)


def sent_bodies(dialog) -> list[str]:
    return [s.body for s in signals.person_signals(dialog._editor.notebook, dialog.person.id)]


@pytest.fixture
def robert(qtbot, demo_window):
    dialog = open_compose_from_today(qtbot, demo_window, "Robert Tremblay")
    yield dialog
    if dialog.sent_id is None:
        dialog._drafted = dialog.body.toPlainText()  # close without the "discard?" question
        dialog.reject()


def test_the_warnings_stand_out_and_follow_the_text(qtbot, robert):
    area = robert.warnings
    assert area.state == "clear"
    assert "Low pressure" in area.text.text()
    drafted = robert.body.toPlainText()

    type_at_end(qtbot, robert, " On pourrait revoir ton REER.")
    assert area.state == "warn"
    assert area.title.isVisible()
    assert "read it again" in area.title.text()
    assert area.text.text().splitlines() == [
        "• Business words in an unrelated-topic message: REER. Keep it about them."
    ]
    type_at_end(qtbot, robert, " Je peux t'appeler demain.")
    lines = area.text.text().splitlines()
    assert len(lines) == 2
    assert "phone call" in lines[1]

    robert.body.setPlainText(drafted)  # the user takes it back
    assert area.state == "clear"
    assert not area.title.isVisible()


def test_mark_as_sent_with_warnings_asks_and_no_keeps_the_message(qtbot, robert):
    type_at_end(qtbot, robert, " On pourrait revoir ton REER.")
    boxes = when_a_box_opens(press(qtbot, Qt.Key.Key_Return))
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # Mark as sent
    (box,) = boxes
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert "REER" in box.text()
    assert robert.isVisible()  # Enter said No: back to the message, nothing recorded
    assert robert.sent_id is None
    assert sent_bodies(robert) == []
    assert robert.body.toPlainText().endswith("ton REER.")


def test_mark_as_sent_with_warnings_asks_and_yes_records_it(qtbot, robert):
    type_at_end(qtbot, robert, " On pourrait revoir ton REER.")
    boxes = when_a_box_opens(click(qtbot, "Yes"))
    qtbot.mouseClick(robert.sent_button, Qt.MouseButton.LeftButton)
    assert len(boxes) == 1
    assert not robert.isVisible()
    assert robert.sent_id is not None
    (body,) = sent_bodies(robert)
    assert body.endswith("On pourrait revoir ton REER.")


def test_mark_as_sent_without_warnings_asks_nothing(qtbot, robert, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(compose_dialog, "ask_send_anyway", lambda *a: asked.append(a))
    assert robert.advices == []
    qtbot.mouseClick(robert.sent_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert sent_bodies(robert) == [robert.body.toPlainText()]


@pytest.fixture
def no_mail_app(monkeypatch) -> list[str]:
    tried: list[str] = []

    def _open(url) -> bool:
        tried.append(url.toString())
        return False  # what Qt answers when no application handles mailto:

    monkeypatch.setattr(compose_dialog.QDesktopServices, "openUrl", _open)
    return tried


def test_no_mail_app_says_so_and_saves_an_eml_remembered_for_erasure(
    qtbot, robert, no_mail_app, monkeypatch, tmp_path: Path
):
    target = tmp_path / "robert.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    boxes = when_a_box_opens(click(qtbot, "Save as .eml…"))
    qtbot.mouseClick(robert.mail_button, Qt.MouseButton.LeftButton)
    assert len(no_mail_app) == 1
    (box,) = boxes
    assert "could not be opened" in box.windowTitle()
    assert target.read_bytes().startswith(b"To: robert.tremblay@")
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Saved to" in robert.status.text()
    copies = outside_copies(robert._editor.notebook.path)
    assert [(c.path, c.kind) for c in copies] == [(target, CopyKind.MESSAGE)]
    robert.mark_as_sent()
    assert signals.person_signals(robert._editor.notebook, robert.person.id)[0].channel == "eml"


def test_no_mail_app_offers_the_clipboard(qtbot, robert, no_mail_app):
    QGuiApplication.clipboard().clear()
    when_a_box_opens(click(qtbot, "Copy the message"))
    qtbot.mouseClick(robert.mail_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == robert.body.toPlainText()
    assert "Copied" in robert.status.text()


def test_no_mail_app_and_close_leaves_the_message_as_it_was(qtbot, robert, no_mail_app):
    body = robert.body.toPlainText()
    when_a_box_opens(press(qtbot, Qt.Key.Key_Escape))
    qtbot.mouseClick(robert.mail_button, Qt.MouseButton.LeftButton)
    assert "could not be opened" in robert.status.text()
    assert robert.isVisible()
    assert robert.body.toPlainText() == body


def press_enter_in(qtbot, combo: QComboBox) -> None:
    combo.setFocus()
    assert focused() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Return)


@OPENS_A_LIST
def test_enter_in_a_drop_down_of_the_composer_sends_nothing(qtbot, robert):
    robert.sent_button.setDefault(True)  # even with a default button, Enter stays in the list
    index = robert.template.currentIndex()
    press_enter_in(qtbot, robert.template)
    assert robert.isVisible()
    assert sent_bodies(robert) == []
    assert robert.template.view().isVisible()  # the list opened instead
    qtbot.keyClick(robert.template.view(), Qt.Key.Key_Escape)
    assert robert.template.currentIndex() == index


@OPENS_A_LIST
def test_enter_in_a_drop_down_of_settings_does_not_save(qtbot, window):
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press_enter_in(qtbot, dialog.language)
    assert dialog.isVisible()
    assert dialog.result() == 0
    qtbot.keyClick(dialog.language.view(), Qt.Key.Key_Escape)
    dialog.signature.setFocus()
    qtbot.keyClick(dialog.signature, Qt.Key.Key_Return)  # Enter in a text field still saves
    assert not dialog.isVisible()


def test_a_saved_message_is_named_where_erasure_cannot_reach(tmp_path: Path):
    saved = OutsideCopy(tmp_path / "robert.eml", CopyKind.MESSAGE, None)
    assert "robert.eml (message saved as .eml," in elsewhere_text([saved])
    assert set(COPY_KIND_LABELS) == {kind.value for kind in CopyKind}  # the CLI names each kind


def test_urgency_and_sales_talk_are_said_in_words():
    """The check's newer findings (issue 20) read as sentences in the warning box."""
    assert compose_dialog.advice_text(Advice("urgency", words=("act now",))) == (
        "It hurries them (act now): a signal leaves them in control."
    )
    assert compose_dialog.advice_text(Advice("sales_pitch", words=("limited time",))) == (
        "It sounds like a sales pitch (limited time): keep it about them."
    )


# One message per language that sets off every rule of the check at once.
_EVERY_RULE = {
    "en": "Let's talk about your portfolio, act now: great returns. Give me a call. "
    + "word " * 120,
    "fr": "Parlons de ton portefeuille, il faut agir : notre offre, un bon rendement. Appelle-moi. "
    + "mot " * 120,
}


def _said(language: str) -> dict[str, str]:
    found = check_message(_EVERY_RULE[language], language=language, kind="coffee_invitation")
    return {advice.code: compose_dialog.advice_text(advice) for advice in found}


def _is_a_sentence(code: str, text: str) -> bool:
    return text != code and "_" not in text and text.endswith(".")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_rule_of_the_check_is_said_in_english(english, language):
    said = _said(language)
    assert set(said) == set(CODES)  # the check and the composer know the same codes
    assert all(_is_a_sentence(code, text) for code, text in said.items()), said


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_rule_of_the_check_is_said_in_french(french, language):
    said = _said(language)
    assert set(said) == set(CODES)
    assert all(_is_a_sentence(code, text) for code, text in said.items()), said
    assert not any(
        text.startswith(("It ", "No easy", "Long for", "Business")) for text in said.values()
    ), said
