"""From a prompt on Today to a message recorded on the person's history, as a user does it."""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import urllib.parse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from relnotebook.core.checkins.rules import CheckinDue
from relnotebook.core.models import SignalKind, SignalResponse
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.rules import PromptKind
from relnotebook.core.outreach.service import prompts_on
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs import compose as compose_dialog
from relnotebook.gui.dialogs.compose import ComposeDialog
from relnotebook.gui.dialogs.settings import SettingsDialog
from tests.gui.boxes import click, when_a_box_opens
from tests.gui.conftest import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def today_rows(window) -> list[tuple[str, str]]:
    window.show_view(0)  # Today, as a person looks at it (hidden pages reload when shown)
    model = window.today.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def select_prompt_for(window, name: str) -> None:
    model = window.today.model
    row = next(r for r in range(model.rowCount()) if model.item(r).person_name == name)
    window.today.table.setFocus()
    window.today.table.selectRow(row)


def open_compose_from_today(qtbot, window, name: str) -> ComposeDialog:
    window.show_view(0)
    select_prompt_for(window, name)
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controllers.messages.dialog is not None)
    dialog = window.controllers.messages.dialog
    dialog.activateWindow()  # the window manager's job; offscreen has none
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def mail_app(monkeypatch) -> list[str]:
    """What would have been handed to the user's mail app (nothing is opened in tests)."""
    opened: list[str] = []

    def _open(url) -> bool:
        opened.append(url.toString())
        return True  # the mail app opened

    monkeypatch.setattr(compose_dialog.QDesktopServices, "openUrl", _open)
    return opened


def test_today_shows_prompts_with_their_reasons(demo_window):
    rows = dict(today_rows(demo_window))
    robert = rows["Coffee invitation — Robert Tremblay"]
    assert "Met at Cocktail réseautage" in robert
    assert "mentioned: Voyage à vélo à travers la Croatie" in robert
    assert "busy until" in robert
    assert "good prospect, never offered the newsletter" in rows["Newsletter offer — Paul Gagnon"]


def test_from_prompt_to_compose_to_sent_and_history(qtbot, demo_window, mail_app):
    window = demo_window
    dialog = open_compose_from_today(qtbot, window, "Robert Tremblay")
    assert dialog.chosen_template().kind == SignalKind.COFFEE_INVITATION
    assert dialog.chosen_detail().text == "Voyage à vélo à travers la Croatie"
    body = dialog.body.toPlainText()
    assert body.startswith("Robert, j’ai apprécié notre conversation")
    assert "ton voyage à vélo à travers la Croatie" in body
    assert "quand les choses se seront calmées de ton côté" in body
    assert "Low pressure" in dialog.advice.text()

    # The draft stays editable; the check follows as you type.
    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(qtbot, " On pourrait revoir ton REER.", None)
    assert "REER" in dialog.advice.text()

    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert len(mail_app) == 1
    url = urllib.parse.urlsplit(mail_app[0])
    assert url.scheme == "mailto"
    assert urllib.parse.unquote(url.path) == "robert.tremblay@tremblayarchitectes.example"
    query = urllib.parse.parse_qs(url.query)
    assert query["body"][0].replace("\r\n", "\n") == dialog.body.toPlainText()

    asked = when_a_box_opens(click(qtbot, "Yes"))  # "Mark as sent with these warnings?"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # Mark as sent
    assert len(asked) == 1
    qtbot.waitUntil(lambda: window.controllers.messages.dialog is None)

    assert not any("Robert Tremblay" in what for what, _ in today_rows(window))
    robert = next(p for p in list_people(window.notebook) if p.name == "Robert Tremblay")
    history = signals.person_signals(window.notebook, robert.id)
    assert len(history) == 1
    assert history[0].kind == SignalKind.COFFEE_INVITATION
    assert history[0].body.endswith("On pourrait revoir ton REER.")
    assert history[0].detail_text == "Voyage à vélo à travers la Croatie"
    window.open_person(robert.id)
    panel = window.people.person_page.signals
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Coffee invitation"
    assert "ton REER" in panel.text.toPlainText()


def test_answer_interested_puts_the_coffee_on_today(qtbot, demo_window, monkeypatch):
    window = demo_window
    dialog = open_compose_from_today(qtbot, window, "Robert Tremblay")
    dialog.mark_as_sent()
    robert = dialog.person.id
    window.open_person(robert)
    panel = window.people.person_page.signals
    coffee_day = window.today.today + dt.timedelta(days=2)  # (the clock moves there below)

    def answered(self) -> int:  # the coffee dialog, filled in by the user
        self.when.set_date(coffee_day)
        self.where.setText("Café Olimpico, 8 h")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("relnotebook.gui.dialogs.coffee.CoffeeDialog.exec", answered)
    panel.interested()
    assert signals.person_signals(window.notebook, robert)[0].response == (
        SignalResponse.INTERESTED
    )
    assert "Interested" in panel.model.index(0, 3).data()
    window.show_view(0)
    window.clock.advance(days=2)
    window.today.reload()
    assert window.today.today == coffee_day
    assert ("Coffee with Robert Tremblay" in what for what, _ in today_rows(window))
    rows = dict(today_rows(window))
    assert "Café Olimpico, 8 h" in rows["Coffee with Robert Tremblay"]
    select_prompt_for(window, "Robert Tremblay")
    assert window.today.act_button.text() == "Mark as &done"
    window.today.act()
    assert "Coffee with Robert Tremblay" not in dict(today_rows(window))


def test_not_now_hides_the_prompt_and_undo_brings_it_back(qtbot, demo_window):
    window = demo_window
    window.show_view(0)
    select_prompt_for(window, "Paul Gagnon")
    window.today.snooze_days(7)
    assert not any("Paul Gagnon" in what for what, _ in today_rows(window))
    window.clock.advance(days=7)
    window.today.reload()
    # a week later the next-day note is stale; the newsletter offer is what remains
    assert any(what == "Newsletter offer — Paul Gagnon" for what, _ in today_rows(window))
    window.clock.advance(days=-6)
    window.today.reload()
    assert not any("Paul Gagnon" in what for what, _ in today_rows(window))
    window.clock.advance(days=-1)
    window.today.reload()
    window.editor.stack.undo()
    assert any("Paul Gagnon" in what for what, _ in today_rows(window))


def test_a_person_without_email_is_told_to_copy(qtbot, window, monkeypatch):
    person = add_person(window.notebook, PersonFields(given_name="Nadia", family_name="Haddad"))
    dialog = window.controllers.messages.compose(person)
    assert dialog is not None
    assert "has no email address" in dialog.to_label.text()
    assert not dialog.mail_button.isEnabled()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.body.toPlainText()
    assert dialog.body.toPlainText().startswith("Nadia")
    dialog.mark_as_sent()
    assert signals.person_signals(window.notebook, person)[0].channel == "copy"


def test_save_as_eml_writes_a_draft_mail_apps_open(qtbot, demo_window, monkeypatch, tmp_path):
    target = tmp_path / "robert.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = open_compose_from_today(qtbot, demo_window, "Robert Tremblay")
    qtbot.mouseClick(dialog.eml_button, Qt.MouseButton.LeftButton)
    message = email.parser.BytesParser(policy=email.policy.default).parse(target.open("rb"))
    assert message["To"] == "robert.tremblay@tremblayarchitectes.example"
    assert message["Subject"] == dialog.subject.text()
    assert message.get_content().replace("\r\n", "\n").strip() == dialog.body.toPlainText()


def test_english_person_gets_the_english_draft(qtbot, demo_window):
    window = demo_window
    prompts = prompts_on(window.notebook, window.today.today)
    english = next(p for p in prompts if p.language == "en" and p.kind == PromptKind.NEXT_DAY_NOTE)
    dialog = window.controllers.messages.compose(english.person_id, english)
    assert dialog.chosen_language() == "en"
    assert "conversation" in dialog.body.toPlainText()
    assert "j’ai" not in dialog.body.toPlainText()
    dialog.reject()


def test_the_signature_field_leaves_qt_its_sender(qtbot, window):
    """The field was once called `sender`, hiding QObject.sender() (mypy found it)."""
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    assert dialog.sender() is None  # Qt's: no signal is being delivered
    assert dialog.signature.objectName() == "settings_sender"


def test_user_template_with_a_mistake_shows_why_in_the_preview(qtbot, window):
    settings_dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(settings_dialog)
    tab = settings_dialog.templates
    tab.new_template()
    tab.source.setPlainText("Subject: Salut\n\n{{ first_name }}, {{ nickname }}")
    assert "cannot be used" in tab.preview.toPlainText()
    assert "nickname" in tab.preview.toPlainText()
    tab.source.setPlainText("Subject: Salut {{ first_name }}\n\nBonjour {{ first_name }}!")
    assert tab.preview.toPlainText() == "Subject: Salut Robert\n\nBonjour Robert!"
    tab.name.setText("Bonjour court")
    settings_dialog.signature.setText("Marie Lavoie")
    settings_dialog.save()

    person = add_person(
        window.notebook,
        PersonFields(given_name="Léa", family_name="Roy", emails=("lea@example.com",)),
    )
    dialog = window.controllers.messages.compose(person)
    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    mine = next(i for i, label in enumerate(labels) if label.startswith("Bonjour court"))
    dialog.template.setCurrentIndex(mine)
    assert dialog.body.toPlainText() == "Bonjour Léa!"
    assert dialog.subject.text() == "Salut Léa"
    # a template broken later: a sentence, never half a message, nothing to send
    dialog._templates[mine] = dialog._templates[mine].__class__(
        "broken", SignalKind.OTHER, "user:0", "Subject: x\n\n{% if %}"
    )
    dialog.redraft()
    assert dialog.body.toPlainText() == ""
    assert "cannot be used" in dialog.advice.text()
    assert not dialog.sent_button.isEnabled()


def test_a_chosen_day_puts_a_coffee_invitation_on_today(qtbot, demo_window, monkeypatch):
    window = demo_window
    person = next(p for p in list_people(window.notebook) if p.name == "Émilie Bouchard")
    later = window.today.today + dt.timedelta(days=10)
    monkeypatch.setattr(
        "relnotebook.gui.panels.signals.QInputDialog.getText",
        lambda *a, **k: (later.isoformat(), True),
    )
    window.open_person(person.id)
    qtbot.mouseClick(window.people.person_page.signals.remind_button, Qt.MouseButton.LeftButton)
    assert "Émilie Bouchard" not in " ".join(what for what, _ in today_rows(window))
    window.clock.advance(days=10)
    window.today.reload()
    assert window.today.today == later
    rows = dict(today_rows(window))
    assert "Coffee invitation — Émilie Bouchard" in rows
    assert "follow-up planned for" in rows["Coffee invitation — Émilie Bouchard"]


def test_enter_on_opening_writes_the_first_suggestion(qtbot, demo_window):
    window = demo_window
    assert window.pages.currentWidget() is window.today
    assert focused() is window.today.table  # the keyboard starts in Today's list
    first = window.today.model.item(0)
    assert isinstance(first, CheckinDue)  # an overdue call comes before any message
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controllers.calls.dialog is not None)
    assert first.person_name in window.controllers.calls.dialog.windowTitle()


def test_an_edited_draft_is_not_lost_without_asking(qtbot, demo_window, monkeypatch):
    window = demo_window
    dialog = open_compose_from_today(qtbot, window, "Robert Tremblay")
    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(qtbot, " Bonne fin de semaine!", None)
    edited = dialog.body.toPlainText()
    asked: list[str] = []
    monkeypatch.setattr(ComposeDialog, "_ask", lambda self, title, *a: asked.append(title))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # would redraft
    assert dialog.body.toPlainText() == edited  # kept: the user said "Keep my text"
    dialog.reject()  # Close or Esc
    assert dialog.isVisible()
    assert asked == ["Replace your text?", "Discard your message?"]
    monkeypatch.setattr(ComposeDialog, "_ask", lambda self, *a: True)
    dialog.reject()
    assert not dialog.isVisible()
