"""Every table model passes Qt's own model tester, with real rows in it.

`qtmodeltester.check` walks the model as a view would (row and column counts, parents, every
role of every cell, headers) and fails on an inconsistency: an index out of range, a role
returning the wrong type, a reset that lies about the row count.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.checkins.tasks import add_task, complete_task, person_tasks
from relnotebook.core.events.service import list_events
from relnotebook.core.exchange.contact_import import build_preview, read_file
from relnotebook.core.models import SignalKind, SignalResponse
from relnotebook.core.outreach.agenda import MoreCheckins
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.outreach.signals import person_signals, record_response, record_signal
from relnotebook.core.people.merge import compare
from relnotebook.core.people.search import search
from relnotebook.core.people.service import get_person, list_people
from relnotebook.core.privacy.retention import retention_review
from relnotebook.core.referrals.newsletter import subscribers
from relnotebook.core.referrals.service import list_referrals, reciprocity_report
from relnotebook.gui.models.backups import BackupsModel
from relnotebook.gui.models.capture_rows import CaptureRowsModel
from relnotebook.gui.models.connectors import ConnectorsTableModel
from relnotebook.gui.models.contacts import ContactsTableModel
from relnotebook.gui.models.details import DetailsTableModel
from relnotebook.gui.models.events import EventsTableModel
from relnotebook.gui.models.import_preview import ImportPreviewModel
from relnotebook.gui.models.merge_fields import KEPT, TAKE, MergeFieldsModel
from relnotebook.gui.models.notes import NotesTableModel, preview
from relnotebook.gui.models.people import PeopleTableModel
from relnotebook.gui.models.referrals import ReferralsTableModel
from relnotebook.gui.models.retention import RetentionModel
from relnotebook.gui.models.search_results import PERSON_ID_ROLE, SearchResultsModel
from relnotebook.gui.models.signals import SignalsTableModel
from relnotebook.gui.models.subscribers import SubscribersTableModel
from relnotebook.gui.models.tasks import TasksTableModel
from relnotebook.gui.models.today import TodayTableModel
from relnotebook.store import Notebook
from relnotebook.store.files.backups import back_up, list_backups
from tests.conftest import TODAY

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def person(notebook: Notebook, name: str) -> int:
    return next(p.id for p in list_people(notebook) if p.name == name)


def test_people_model(qtmodeltester, demo_notebook):
    model = PeopleTableModel()
    model.set_rows(list_people(demo_notebook))
    assert model.rowCount() >= 20
    qtmodeltester.check(model)


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


def test_today_model_with_every_kind_of_row(qtmodeltester, demo_notebook):
    model = TodayTableModel(TODAY)
    items = agenda_on(demo_notebook, TODAY, late_calls=1)
    model.set_rows(items)
    kinds = {type(item).__name__ for item in items}
    assert {"Prompt", "CheckinDue", "Subscriber"} <= kinds
    assert any(isinstance(item, MoreCheckins) for item in items)
    qtmodeltester.check(model)
    assert all(model.index(row, model.WHAT).data() for row in range(model.rowCount()))


def test_contacts_and_tasks_models(qtmodeltester, demo_notebook):
    isabelle = person(demo_notebook, "Isabelle Fortin")
    contacts = ContactsTableModel()
    contacts.set_rows(person_contacts(demo_notebook, isabelle))
    assert contacts.rowCount() == 2
    qtmodeltester.check(contacts)

    add_task(demo_notebook, title="Send the transfer forms", due_on=TODAY, person_id=isabelle)
    done = add_task(demo_notebook, title="Call the notary", due_on=TODAY, person_id=isabelle)
    complete_task(demo_notebook, done, on=TODAY)
    ticked: list[tuple[str, bool]] = []
    tasks = TasksTableModel(lambda task, checked: ticked.append((task.title, checked)))
    tasks.set_rows(person_tasks(demo_notebook, isabelle))
    assert tasks.rowCount() == 2
    qtmodeltester.check(tasks)


def test_signals_model(qtmodeltester, demo_notebook):
    robert = person(demo_notebook, "Robert Tremblay")
    first = record_signal(
        demo_notebook,
        robert,
        kind=SignalKind.COFFEE_INVITATION,
        subject="Un café?",
        body="Bonjour Robert, un café à ton retour?",
        sent_on=TODAY - dt.timedelta(days=3),
    )
    record_response(demo_notebook, first, SignalResponse.DECLINED, on=TODAY)
    record_signal(
        demo_notebook, robert, kind=SignalKind.OTHER, body="Merci pour hier.", sent_on=TODAY
    )
    model = SignalsTableModel()
    model.set_rows(person_signals(demo_notebook, robert))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_referrals_connectors_and_subscribers_models(qtmodeltester, demo_notebook):
    referrals = ReferralsTableModel()
    referrals.set_rows(list_referrals(demo_notebook))
    assert referrals.rowCount() == 5
    qtmodeltester.check(referrals)
    connectors = ConnectorsTableModel()
    connectors.set_rows(reciprocity_report(demo_notebook, TODAY).trusted_connectors)
    assert connectors.rowCount() >= 1
    qtmodeltester.check(connectors)
    subscribed = SubscribersTableModel(TODAY)
    subscribed.set_rows(subscribers(demo_notebook, TODAY))
    assert subscribed.rowCount() == 3
    qtmodeltester.check(subscribed)


def test_search_results_model(qtmodeltester, demo_notebook):
    model = SearchResultsModel()
    model.set_matches(search(demo_notebook, "tremblay"))
    assert model.rowCount() >= 1
    qtmodeltester.check(model)
    assert model.index(0, 0).data(PERSON_ID_ROLE) == person(demo_notebook, "Robert Tremblay")


def test_import_preview_model(qtmodeltester, notebook):
    parsed = read_file(FIXTURES / "broken.vcf", today=TODAY)
    model = ImportPreviewModel(build_preview(notebook, parsed))
    assert model.rowCount() >= 2
    qtmodeltester.check(model)
    good = read_file(FIXTURES / "google.vcf", today=TODAY)
    model = ImportPreviewModel(build_preview(notebook, good))
    assert model.rowCount() >= 2
    qtmodeltester.check(model)


def test_merge_fields_model(qtmodeltester, demo_notebook):
    model = MergeFieldsModel()
    robert = person(demo_notebook, "Robert Tremblay")
    model.set_comparison(compare(demo_notebook, robert, person(demo_notebook, "Isabelle Fortin")))
    assert model.rowCount() >= 10
    qtmodeltester.check(model)
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(KEPT, horizontal) == "Kept: Robert Tremblay"
    assert any(
        model.flags(model.index(row, TAKE)) & Qt.ItemFlag.ItemIsUserCheckable
        for row in range(model.rowCount())
    )


def test_retention_model(qtmodeltester, demo_notebook):
    model = RetentionModel()
    model.set_rows(retention_review(demo_notebook, 7, today=TODAY + dt.timedelta(days=8 * 365)))
    assert model.rowCount() >= 20
    qtmodeltester.check(model)


@pytest.mark.sqlite_only
def test_backups_model(qtmodeltester, notebook: Notebook):
    back_up(notebook.path, now=dt.datetime(2026, 11, 22, 8, 30))
    damaged = back_up(notebook.path, now=dt.datetime(2026, 11, 23, 8, 30))
    damaged.write_bytes(b"not a notebook")
    model = BackupsModel()
    model.set_rows(list_backups(notebook.path))
    assert model.rowCount() == 2
    assert [model.item(row).ok for row in range(2)] == [False, True]
    qtmodeltester.check(model)


def test_note_preview_is_one_short_line():
    assert preview("Première ligne\nseconde") == "Première ligne …"
    assert len(preview("x" * 1_000_000)) == 160
    assert preview("") == ""
