"""The tray's reminder: what Today counts, nothing on a quiet day, a click opens Today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.outreach.agenda import due_count
from relnotebook.core.outreach.service import agenda_on
from relnotebook.gui import reminders
from relnotebook.gui.main_window import PEOPLE, TODAY


@pytest.fixture
def tray_messages(monkeypatch) -> list[str]:
    """A desktop with a tray (offscreen has none); what the reminder shows is recorded."""
    shown: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda _tray: None)  # (no tray to show it in)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _tray, _title, text, *args: shown.append(text)
    )
    return shown


def test_the_reminder_counts_everything_due_today_not_only_calls(demo_window, tray_messages):
    window = demo_window
    items = agenda_on(window.notebook, window.clock.today())
    calls = sum(1 for i in items if isinstance(i, CheckinDue) and i.status != DueStatus.UPCOMING)
    assert due_count(items, window.today.today) > calls  # the demo has messages and tasks too
    reminders.DueReminder(window.notebook, window.windowIcon(), clock=window.clock, parent=window)
    assert tray_messages == [
        f"{due_count(items, window.today.today)} things to do today. Click to open Today."
    ]
    assert f"To do: {due_count(items, window.today.today)} " in window.today.subtitle.text()


def test_the_reminder_says_nothing_when_nothing_is_due(window, tray_messages):
    reminders.DueReminder(window.notebook, window.windowIcon(), clock=window.clock, parent=window)
    assert tray_messages == []


def test_one_thing_due_is_said_in_the_singular(english, window, tray_messages, monkeypatch):
    monkeypatch.setattr(reminders, "due_today_count", lambda _notebook, _day: 1)
    reminders.DueReminder(window.notebook, window.windowIcon(), clock=window.clock, parent=window)
    assert tray_messages == ["1 thing to do today. Click to open Today."]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_clicking_the_reminder_opens_today(demo_window, tray_messages):
    window = demo_window
    window.show_view(PEOPLE)
    reminder = reminders.DueReminder(
        window.notebook, window.windowIcon(), clock=window.clock, parent=window
    )
    reminder.open_today.connect(window.bring_today_to_front)
    assert reminder.tray is not None
    reminder.tray.messageClicked.emit()
    assert window.current_view() == TODAY
    window.show_view(PEOPLE)
    reminder.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.current_view() == TODAY


def test_once_a_day(window, tray_messages, monkeypatch):
    monkeypatch.setattr(reminders, "due_today_count", lambda _notebook, _day: 2)
    reminder = reminders.DueReminder(
        window.notebook, window.windowIcon(), clock=window.clock, parent=window
    )
    reminder.check()
    assert len(tray_messages) == 1
    window.clock.advance(days=1)
    reminder.check()
    assert len(tray_messages) == 2
    assert isinstance(window.clock.today(), dt.date)
