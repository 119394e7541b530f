"""Small defects found trying the app as a new user would (issue 21, item 6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from relnotebook.core.checkins.service import log_contact
from relnotebook.core.checkins.sweeps import open_sweeps
from relnotebook.core.models import Outcome, SignalKind, Stage
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.core.referrals.service import list_referrals
from relnotebook.gui.dialogs.referral import ReferralDialog
from relnotebook.gui.dialogs.sweep import SweepDialog
from relnotebook.gui.labels import format_percent
from relnotebook.gui.main_window import NEWSLETTER, PEOPLE, REFERRALS


def sweep_rows(window) -> list[str]:
    model = window.today.model
    return [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data().startswith("Market sweep call")
    ]


def test_undoing_a_call_puts_the_person_back_in_the_sweep_and_its_count(qtbot, demo_window):
    window = demo_window
    window.show_view(0)
    dialog = SweepDialog(window.editor, window.today.today, window)
    qtbot.addWidget(dialog)
    dialog.save()
    clients = [p for p in list_people(window.notebook) if p.stage == Stage.CLIENT]
    before = len(sweep_rows(window))
    window.editor.log_contact(clients[0].id, on=window.today.today, outcome=Outcome.REACHED)
    assert len(sweep_rows(window)) == before - 1
    assert "reached 1 of" in window.today.subtitle.text()

    window.editor.stack.undo()
    assert len(sweep_rows(window)) == before
    assert "reached 0 of" in window.today.subtitle.text()
    (sweep,) = open_sweeps(window.notebook)
    assert sweep.reached == 0
    window.editor.stack.redo()
    assert len(sweep_rows(window)) == before - 1
    assert open_sweeps(window.notebook)[0].reached == 1


def test_undoing_the_call_that_closed_a_sweep_opens_it_again(qtbot, demo_window):
    window = demo_window
    dialog = SweepDialog(window.editor, window.today.today, window)
    qtbot.addWidget(dialog)
    dialog.save()
    clients = [p for p in list_people(window.notebook) if p.stage == Stage.CLIENT]
    for client in clients:
        window.editor.log_contact(client.id, on=window.today.today, outcome=Outcome.REACHED)
    assert open_sweeps(window.notebook) == []
    window.editor.stack.undo()
    (sweep,) = open_sweeps(window.notebook)
    assert sweep.reached == len(clients) - 1


def person_id(window, name: str) -> int:
    return next(p.id for p in list_people(window.notebook) if p.name == name)


def test_a_newsletter_row_opens_the_person_with_enter_or_a_double_click(qtbot, demo_window):
    window = demo_window
    window.show_view(NEWSLETTER)
    page = window.newsletter
    assert page.model.rowCount() > 0
    page.table.setFocus()
    page.table.selectRow(0)
    wanted = page.model.item(0).person_id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_view() == PEOPLE
    assert window.people.person_page.person.id == wanted

    window.show_view(NEWSLETTER)
    last = page.model.rowCount() - 1
    page.table.scrollTo(page.model.index(last, 0))
    rect = page.table.visualRect(page.model.index(last, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view() == PEOPLE
    assert window.people.person_page.person.id == page.model.item(last).person_id


def new_referral_dialog(qtbot, window, **kwargs) -> ReferralDialog:
    dialog = ReferralDialog(
        window.editor, list_people(window.notebook), clock=window.clock, parent=window, **kwargs
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_referral_partner_starts_empty_and_saving_it_empty_asks_for_one(qtbot, demo_window):
    window = demo_window
    dialog = new_referral_dialog(qtbot, window)
    assert dialog.partner.currentText() == ""
    assert dialog.partner_id() is None
    before = len(list_referrals(window.notebook))
    dialog.save()
    assert "Who is the referral with?" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(list_referrals(window.notebook)) == before


def test_the_referral_partner_is_typed_with_completion(qtbot, demo_window):
    window = demo_window
    dialog = new_referral_dialog(qtbot, window)
    completer = dialog.partner.completer()
    completer.setCompletionPrefix("fortin")  # part of the name, any case
    assert completer.currentCompletion() == "Isabelle Fortin"
    dialog.partner.setEditText("isabelle fortin")
    assert dialog.partner_id() == person_id(window, "Isabelle Fortin")
    dialog.partner.setEditText("Nobody Known")
    assert dialog.partner_id() is None
    dialog.partner.setEditText("Isabelle Fortin")
    before = len(list_referrals(window.notebook))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    newest = max(list_referrals(window.notebook), key=lambda r: r.id)
    assert newest.partner_name == "Isabelle Fortin"
    assert len(list_referrals(window.notebook)) == before + 1


def test_a_referral_from_a_person_page_starts_with_that_person(qtbot, demo_window):
    window = demo_window
    isabelle = person_id(window, "Isabelle Fortin")
    dialog = new_referral_dialog(qtbot, window, partner_id=isabelle)
    assert dialog.partner.currentText() == "Isabelle Fortin"
    assert dialog.partner_id() == isabelle


def test_the_check_ins_count_says_it_counts_the_messages_sent_too(qtbot, window):
    notebook = window.notebook
    today = window.clock.today()
    someone = add_person(notebook, PersonFields(given_name="Ana", family_name="Roy"))
    log_contact(notebook, someone, on=today, outcome=Outcome.REACHED)
    record_signal(notebook, someone, kind=SignalKind.OTHER, body="Hello", sent_on=today)
    window.reload()
    window.open_person(someone)
    panel = window.people.person_page.checkins
    assert panel.contacts_model.rowCount() == 1
    text = panel.share.text()
    assert "(2 of 2: calls and meetings logged, and messages sent)" in text


def test_percentages_follow_the_language(qtbot, french, demo_window):
    assert format_percent(1) == "100\u202f%"
    assert format_percent(0.425) == "42\u202f%"
    assert format_percent(None) == "—"
    window = demo_window
    window.show_view(REFERRALS)
    summary = window.referrals.summary.text()
    assert "\u202f%" in summary and " %" not in summary.replace("\u202f%", "")


def test_percentages_in_english_have_no_space(qtbot, english):
    assert format_percent(1) == "100%"


def test_french_chart_quarters_and_window_title(qtbot, french, demo_window):
    window = demo_window
    assert window.windowTitle().startswith("Carnet de relations — ")
    window.show_view(REFERRALS)
    axis = window.referrals.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[-1] == "T4 2026"  # the fourth quarter, "trimestre" in French


def test_plurals_follow_the_count(qtbot, english, window):
    assert QCoreApplication.translate("ImportDialog", "%n likely duplicates", "", 1) == (
        "1 likely duplicate"
    )
    assert QCoreApplication.translate("ImportDialog", "%n likely duplicates", "", 2) == (
        "2 likely duplicates"
    )


def test_french_plurals(qtbot, french, window):
    sweep = QCoreApplication.translate(
        "TodayPage", "Market sweep “%1”: reached %n of %2, by %3.", "", 1
    )
    assert "1 joint sur %2" in sweep
    assert "2 joints sur %2" in QCoreApplication.translate(
        "TodayPage", "Market sweep “%1”: reached %n of %2, by %3.", "", 2
    )
    assert QCoreApplication.translate("ImportDialog", "%n likely duplicates", "", 1) == (
        "1 doublon probable"
    )
