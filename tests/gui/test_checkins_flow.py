"""Check-ins as an advisor does them: the call from Today, a sweep, a departure, tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.checkins.shares import share_windows
from relnotebook.core.checkins.sweeps import PendingCall, open_sweeps
from relnotebook.core.checkins.tasks import person_tasks
from relnotebook.core.models import Initiator, Outcome, Stage
from relnotebook.core.outreach.agenda import due_count
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.people.service import get_person, list_people
from relnotebook.gui.dialogs.departure import DepartureDialog
from relnotebook.gui.dialogs.sweep import SweepDialog
from relnotebook.gui.reminders import DueReminder, due_today_count
from tests.gui.conftest import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def overdue_names(window) -> list[str]:
    window.show_view(0)  # Today, as a person looks at it (hidden pages reload when shown)
    model = window.today.model
    return [
        model.item(r).person_name
        for r in range(model.rowCount())
        if isinstance(model.item(r), CheckinDue) and model.item(r).status == DueStatus.OVERDUE
    ]


def person_id(window, name: str) -> int:
    return next(p.id for p in list_people(window.notebook) if p.name == name)


def wait_call_dialog(qtbot, window):
    qtbot.waitUntil(lambda: window.controllers.calls.dialog is not None)
    dialog = window.controllers.calls.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_logging_the_call_from_today_clears_it_and_raises_the_share(qtbot, demo_window):
    window = demo_window
    today = window.today.today
    assert "Pierre Gauthier" in overdue_names(window)
    before = share_windows(window.notebook, today)[90]

    window.today.table.setFocus()
    row = next(
        r
        for r in range(window.today.model.rowCount())
        if window.today.model.item(r).person_name == "Pierre Gauthier"
    )
    window.today.table.selectRow(row)
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return)  # Log call…
    dialog = wait_call_dialog(qtbot, window)
    assert "Pierre Gauthier" in dialog.windowTitle()
    assert focused() is dialog.note
    type_text(qtbot, "Inquiet des marchés; rassuré.", Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: window.controllers.calls.dialog is None)

    assert "Pierre Gauthier" not in overdue_names(window)
    (logged, *_) = person_contacts(window.notebook, person_id(window, "Pierre Gauthier"))
    assert (logged.on, logged.initiated_by, logged.outcome) == (
        today,
        Initiator.ME,
        Outcome.REACHED,
    )
    assert logged.note == "Inquiet des marchés; rassuré."
    after = share_windows(window.notebook, today)[90]
    assert (after.mine, after.total) == (before.mine + 1, before.total + 1)
    assert "You started" in window.today.subtitle.text()

    window.editor.stack.undo()  # logged by mistake
    assert "Pierre Gauthier" in overdue_names(window)


def test_they_called_me_takes_two_keystrokes(qtbot, demo_window):
    window = demo_window
    window.open_person(person_id(window, "Julie Martel"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | SHIFT)  # 1
    dialog = wait_call_dialog(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # 2
    qtbot.waitUntil(lambda: window.controllers.calls.dialog is None)
    (logged, *_) = person_contacts(window.notebook, person_id(window, "Julie Martel"))
    assert logged.initiated_by == Initiator.THEM
    assert logged.on == window.today.today
    assert dialog is not None


def test_call_them_first_is_flagged_where_it_matters(qtbot, demo_window):
    window = demo_window
    jf = person_id(window, "Jean-François Côté")
    window.open_person(jf)
    panel = window.people.person_page.checkins
    assert "call them first" in panel.share.text()
    row = window.people.model.row_of(jf)
    assert "⚑" in window.people.model.index(row, window.people.model.PROACTIVE).data()
    reasons = [window.today.model.index(r, 1).data() for r in range(window.today.model.rowCount())]
    assert any("call them first" in reason for reason in reasons)


def test_a_cadence_of_their_own_moves_the_call_and_undo_moves_it_back(qtbot, demo_window):
    window = demo_window
    window.open_person(person_id(window, "Pierre Gauthier"))
    panel = window.people.person_page.checkins
    assert "overdue" in panel.status.text()
    panel.cadence.setFocus()
    panel.cadence.selectAll()
    type_text(qtbot, "365", Qt.Key.Key_Return)
    assert "Pierre Gauthier" not in overdue_names(window)
    assert "every 365 days" in panel.status.text()
    window.editor.stack.undo()
    assert "Pierre Gauthier" in overdue_names(window)


def test_a_market_sweep_puts_every_client_on_today_and_closes_when_done(
    qtbot, demo_window, monkeypatch
):
    window = demo_window
    dialog = SweepDialog(window.editor, window.today.today, window)
    qtbot.addWidget(dialog)
    assert "people to call by" in dialog.summary.text()
    dialog.save()
    (sweep,) = open_sweeps(window.notebook)
    clients = [p for p in list_people(window.notebook) if p.stage == Stage.CLIENT]
    assert sweep.total == len(clients) and sweep.reached == 0
    model = window.today.model

    def sweep_calls() -> list[int]:
        """People with a sweep call, on its own row or said on their check-in call's row."""
        return [
            model.item(r).person_id
            for r in range(model.rowCount())
            if any(isinstance(i, PendingCall) for i in model.agenda_row(r).items)
        ]

    assert sorted(sweep_calls()) == sorted(c.id for c in clients)  # each once
    assert "reached 0 of" in window.today.subtitle.text()

    for client in clients:
        window.editor.log_contact(client.id, on=window.today.today, outcome=Outcome.REACHED)
    assert open_sweeps(window.notebook) == []
    assert sweep_calls() == []


def test_a_departing_client_gets_tasks_a_recontact_and_undo(qtbot, demo_window):
    window = demo_window
    karen = person_id(window, "Karen Goldberg")
    window.open_person(karen)
    page = window.people.person_page
    dialog = DepartureDialog(window.editor, page.person, window.clock, window)
    qtbot.addWidget(dialog)
    dialog.checklist.setPlainText("Transfer paperwork handled\nFollow up with head office")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_person(window.notebook, karen).fields.stage == Stage.FORMER_CLIENT
    tasks = person_tasks(window.notebook, karen)
    assert [t.title for t in tasks if t.kind == "admin"] == [
        "Transfer paperwork handled",
        "Follow up with head office",
    ]
    (recontact,) = [t for t in tasks if t.kind == "recontact"]
    assert 180 <= (recontact.due_on - window.today.today).days <= 185
    window.editor.stack.undo()
    assert get_person(window.notebook, karen).fields.stage == Stage.CLIENT
    assert person_tasks(window.notebook, karen) == []


def test_tasks_are_added_and_ticked_on_the_person_page(qtbot, demo_window):
    window = demo_window
    window.open_person(person_id(window, "Paul Gagnon"))
    panel = window.people.person_page.checkins
    panel.new_task_due.set_date(window.today.today)
    panel.new_task.setFocus()
    type_text(qtbot, "Envoyer l'article sur la relève", Qt.Key.Key_Return)
    assert panel.tasks_model.rowCount() == 1
    window.show_view(0)
    rows = {window.today.model.index(r, 0).data() for r in range(window.today.model.rowCount())}
    assert "Task: Envoyer l'article sur la relève — Paul Gagnon" in rows
    index = panel.tasks_model.index(0, 0)
    panel.tasks_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert person_tasks(window.notebook, person_id(window, "Paul Gagnon"))[0].done_on is not None
    rows = {window.today.model.index(r, 0).data() for r in range(window.today.model.rowCount())}
    assert not any("relève" in row for row in rows)


def test_reminder_counts_what_today_counts_and_stays_quiet_without_a_tray(qtbot, demo_window):
    window = demo_window
    items = agenda_on(window.notebook, window.today.today)
    assert due_today_count(window.notebook, window.today.today) == due_count(
        items, window.today.today
    )
    assert due_count(items, window.today.today) > len(overdue_names(window))  # not only the calls
    reminder = DueReminder(window.notebook, window.windowIcon(), clock=window.clock, parent=window)
    assert reminder.tray is None  # offscreen has no system tray: nothing breaks
    reminder.check()


def test_a_long_list_of_late_calls_shows_a_page_and_enter_shows_more(qtbot, demo_window):
    from relnotebook.core.outreach.agenda import MoreCheckins

    window = demo_window
    page = window.today
    late = [r for r in range(page.model.rowCount()) if isinstance(page.model.item(r), CheckinDue)]
    total_late = sum(1 for r in late if page.model.item(r).status != DueStatus.UPCOMING)
    assert total_late >= 2
    page.late_calls = 1
    page.reload()
    rows = [page.model.item(r) for r in range(page.model.rowCount())]
    more_row = next(r for r, item in enumerate(rows) if isinstance(item, MoreCheckins))
    assert rows[more_row].count == total_late - 1
    assert "more calls due" in page.model.index(more_row, 0).data()
    page.table.setFocus()
    page.table.selectRow(more_row)
    assert page.act_button.text().replace("&", "") == "Show more calls"
    assert not page.later_button.isEnabled() and not page.person_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    rows = [page.model.item(r) for r in range(page.model.rowCount())]
    assert not any(isinstance(item, MoreCheckins) for item in rows)
    # The first call that was hidden is now selected, where the "more" row was.
    assert isinstance(page.current(), CheckinDue)
    assert f"calls due: {total_late}" in page.subtitle.text()
