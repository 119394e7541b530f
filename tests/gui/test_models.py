"""Every table model passes Qt's own model tester, with real rows in it."""

from __future__ import annotations

import datetime as dt

from relnotebook.core.events.service import list_events
from relnotebook.core.people.service import get_person, list_people
from relnotebook.gui.capture_model import CaptureRowsModel
from relnotebook.gui.details_model import DetailsTableModel
from relnotebook.gui.events_model import EventsTableModel
from relnotebook.gui.notes_model import NotesTableModel, preview
from relnotebook.gui.people_model import PeopleFilterProxy, PeopleTableModel


def test_people_model_and_filter_proxy(qtmodeltester, demo_notebook):
    model = PeopleTableModel()
    model.set_rows(list_people(demo_notebook))
    assert model.rowCount() >= 20
    qtmodeltester.check(model)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("tremblay")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_events_model(qtmodeltester, demo_notebook):
    model = EventsTableModel()
    model.set_rows(list_events(demo_notebook))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_details_and_notes_models(qtmodeltester, demo_notebook):
    robert = next(p for p in list_people(demo_notebook) if p.name == "Robert Tremblay")
    page = get_person(demo_notebook, robert.id)
    details = DetailsTableModel(lambda *args: True)
    details.set_rows(page.details)
    assert details.rowCount() >= 2
    qtmodeltester.check(details)
    notes = NotesTableModel()
    notes.set_rows(page.notes)
    assert notes.rowCount() >= 1
    qtmodeltester.check(notes)


def test_capture_model(qtmodeltester):
    model = CaptureRowsModel(dt.date(2026, 11, 20))
    model.setData(model.index(0, 0), "Robert Tremblay")
    model.setData(model.index(0, 2), "not-an-email")
    model.append_row()
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "⚠ not-an-email"
    assert [p.field for p in model.problems()] == ["email"]


def test_note_preview_is_one_short_line():
    assert preview("Première ligne\nseconde") == "Première ligne …"
    assert len(preview("x" * 1_000_000)) == 160
    assert preview("") == ""
