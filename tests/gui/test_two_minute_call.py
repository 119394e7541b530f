"""The two-minute call as an advisor makes it: the timer says two minutes are coming and when they
are there (with a sound that Settings turns off), the length is kept in the contact log, and the
dialog offers openers in the client's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from relnotebook.core import preferences
from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.people.service import list_people
from relnotebook.gui.dialogs import call as call_dialog
from relnotebook.gui.dialogs.settings import SettingsDialog
from tests.gui.conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier


class Stopwatch:
    """The call's stopwatch, moved by the test instead of by waiting."""

    def __init__(self) -> None:
        self.seconds = 0

    def elapsed(self) -> int:
        return self.seconds * 1000


@pytest.fixture
def beeps(monkeypatch) -> list[None]:
    heard: list[None] = []
    monkeypatch.setattr(call_dialog.QApplication, "beep", lambda: heard.append(None))
    return heard


def person_id(window, name: str) -> int:
    return next(p.id for p in list_people(window.notebook) if p.name == name)


def start_call(qtbot, window, name: str):
    """Ctrl+L on the person's page, as the user starts a call; the stopwatch is the test's."""
    window.open_person(person_id(window, name))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.controllers.calls.dialog is not None)
    dialog = window.controllers.calls.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.stopwatch = Stopwatch()
    return dialog


def at(dialog, seconds: int) -> None:
    dialog.stopwatch.seconds = seconds
    dialog.tick()


def test_two_minutes_are_shown_coming_then_sounded_once(qtbot, demo_window, beeps):
    dialog = start_call(qtbot, demo_window, "Pierre Gauthier")
    at(dialog, 30)
    assert dialog.clock.text() == "0:30"
    assert (dialog.pace.text(), dialog.clock.styleSheet()) == ("", "")
    at(dialog, 104)
    assert dialog.pace.text() == ""
    at(dialog, 105)
    assert dialog.clock.text() == "1:45"
    assert dialog.pace.text() == "Two minutes soon."
    nearly = dialog.clock.styleSheet()
    assert "color" in nearly
    assert beeps == []
    at(dialog, 120)
    assert dialog.clock.text() == "2:00"
    assert dialog.pace.text().startswith("Two minutes:")
    assert dialog.clock.styleSheet() not in ("", nearly)
    assert len(beeps) == 1
    at(dialog, 121)
    at(dialog, 185)
    assert len(beeps) == 1  # once per call

    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: demo_window.controllers.calls.dialog is None)
    (logged, *_) = person_contacts(demo_window.notebook, person_id(demo_window, "Pierre Gauthier"))
    assert logged.duration_seconds == 185
    panel = demo_window.people.person_page.checkins
    model = panel.contacts_model
    assert model.headerData(model.LENGTH, Qt.Orientation.Horizontal) == "Length"
    assert model.index(0, model.LENGTH).data() == "3:05"


def test_the_sound_is_turned_off_in_settings(qtbot, demo_window, beeps):
    assert preferences.call_sound()
    settings = SettingsDialog(demo_window.editor, demo_window.clock, demo_window)
    qtbot.addWidget(settings)
    settings.show()
    checkbox = settings.call_sound
    settings.tabs.setCurrentIndex(settings.tabs.indexOf(checkbox.parentWidget().parentWidget()))
    assert checkbox.isVisible() and checkbox.isChecked()
    box = QPoint(6, checkbox.height() // 2)  # on the box itself (the row is wider than its text)
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=box)
    assert not checkbox.isChecked()
    settings.save()
    assert not settings.isVisible()
    assert preferences.call_sound() is False  # kept with the interface language

    dialog = start_call(qtbot, demo_window, "Pierre Gauthier")
    at(dialog, 120)
    assert dialog.pace.text().startswith("Two minutes:")  # still shown, not heard
    assert beeps == []
    dialog.reject()

    again = SettingsDialog(demo_window.editor, demo_window.clock, demo_window)
    qtbot.addWidget(again)
    assert not again.call_sound.isChecked()


def test_openers_come_in_the_clients_language_with_what_they_told_you(qtbot, demo_window):
    pierre = start_call(qtbot, demo_window, "Pierre Gauthier")
    texts = pierre.opener_texts()
    assert texts[0].startswith("« Je fais le tour de mes clients cette semaine")
    assert "prendre de tes nouvelles" in texts[0]  # Pierre is addressed with « tu »
    assert any("qui te préoccupe" in t for t in texts)
    assert texts[-1].startswith("Or ask about what they told you: Voyage à Whistler")
    assert pierre.openers.isVisible()
    pierre.reject()

    isabelle = start_call(qtbot, demo_window, "Isabelle Fortin")  # addressed with « vous »
    texts = isabelle.opener_texts()
    assert "prendre de vos nouvelles" in texts[0]
    assert any("qui vous préoccupe" in t for t in texts)
    isabelle.reject()

    thomas = start_call(qtbot, demo_window, "Thomas Wright")
    texts = thomas.opener_texts()
    assert texts[0].startswith("“I’m calling my clients this week")
    assert any("anything on your mind?" in t for t in texts)
    assert "Lily" in texts[-1]
    thomas.reject()
