"""Small defects found trying the app as a new user would (issue 21, item 6)."""

from __future__ import annotations

from relnotebook.core.checkins.sweeps import open_sweeps
from relnotebook.core.models import Outcome, Stage
from relnotebook.core.people.service import list_people
from relnotebook.gui.dialogs.sweep import SweepDialog


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
