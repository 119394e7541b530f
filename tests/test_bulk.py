"""Many rows at once (`store.bulk`): what the search index holds afterwards is exactly what its
triggers would have written row by row, and the triggers are back in place afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import Session, select

from relnotebook.core.models import ContactPoint, Note, Person, PersonalDetail, Signal
from relnotebook.core.people.search import search
from relnotebook.store import Notebook
from relnotebook.store.bulk import insert_rows, last_id, new_ids, search_index_deferred
from tests.conftest import ON_SERVER
from tests.helpers.empty import new_notebook_file

DAY = dt.date(2026, 12, 7)


def _write(session: Session) -> None:
    """People, the rows the index covers, and updates of old and new rows meanwhile."""
    first = last_id(session, Person)
    people = [
        {"given_name": name, "family_name": "Tremblay", "organisation": f"Atelier {name}"}
        for name in ("Chloé", "Samir", "Anne")
    ]
    insert_rows(session, Person, people)
    ids = new_ids(session, Person, first)
    insert_rows(
        session,
        Note,
        [
            {"person_id": ids[n % 3], "date": DAY, "text": f"Voyage en Croatie {n}"}
            for n in range(9)
        ],
    )
    insert_rows(
        session,
        ContactPoint,
        [
            {"person_id": ids[0], "kind": "email", "value": "c@x.ca"},
            {"person_id": ids[1], "kind": "phone", "value": "+14185550100;ext=218"},
            {"person_id": ids[2], "kind": "phone", "value": "418 555-CALL"},
        ],
    )
    insert_rows(session, PersonalDetail, [{"person_id": ids[1], "text": "Aime le kayak"}])
    insert_rows(
        session,
        Signal,
        [
            {
                "person_id": ids[2],
                "kind": "birthday",
                "sent_on": DAY,
                "subject": "Bonne fête",
                "body": "À bientôt",
            }
        ],
    )
    new_note = session.exec(select(Note).where(Note.text == "Voyage en Croatie 4")).one()
    new_note.text = "Voyage au Portugal"  # a row written in the block, changed in it
    old = session.exec(select(Person).where(Person.given_name == "Old")).one()
    old.organisation = "Chantier naval"  # an older row changed in the block


def _index(notebook: Notebook) -> list[tuple[object, ...]]:
    with notebook.reader() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT rowid, title, body, person_id, kind, source_id FROM search_index ORDER BY 1"
        )
        return [tuple(row) for row in rows]


@pytest.mark.skipif(ON_SERVER, reason="the search index of SQLite")
def test_deferred_indexing_writes_what_the_triggers_would(tmp_path: Path) -> None:
    notebooks = []
    for deferred in (False, True):
        notebook = Notebook.open(new_notebook_file(tmp_path / f"{deferred}.sqlite"))
        with notebook.session() as session:
            session.add(Person(given_name="Old", family_name="Roy", organisation="Marina"))
        with notebook.session() as session:
            if deferred:
                with search_index_deferred(session):
                    _write(session)
            else:
                _write(session)
        notebooks.append(notebook)
    row_by_row, deferred_ = (_index(notebook) for notebook in notebooks)
    assert len(row_by_row) > 15
    assert deferred_ == row_by_row
    # The triggers are back: a note written afterwards is found.
    notebook = notebooks[1]
    with notebook.session() as session:
        chloe = session.exec(select(Person).where(Person.given_name == "Chloé")).one()
        session.add(Note(person_id=chloe.id, date=DAY, text="Retour de Madère"))
    assert [match.person_id for match in search(notebook, "madère")] == [chloe.id]
    for opened in notebooks:
        opened.close()


@pytest.mark.skipif(ON_SERVER, reason="the search index of SQLite")
def test_every_insert_trigger_is_set_aside_in_the_block(notebook: Notebook) -> None:
    """Including the contact point's, whose statement has a quoted semicolon: left in place,
    it was most of an import's time into a large notebook."""
    query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_insert'"
    with notebook.session() as session:
        before = session.connection().exec_driver_sql(query).scalars().all()
        with search_index_deferred(session):
            during = session.connection().exec_driver_sql(query).scalars().all()
            assert [name for name in during if name.startswith("search_index_")] == []
        after = session.connection().exec_driver_sql(query).scalars().all()
    assert "search_index_contact_point_insert" in before and sorted(after) == sorted(before)


def test_a_failed_block_leaves_the_triggers_in_place(notebook: Notebook) -> None:
    with (
        pytest.raises(RuntimeError),
        notebook.session() as session,
        search_index_deferred(session),
    ):
        insert_rows(session, Person, [{"given_name": "Lost"}])
        raise RuntimeError("stop")
    with notebook.session() as session:
        session.add(Person(given_name="Chloé", family_name="Tremblay"))
    assert len(search(notebook, "chloé")) == 1
    with notebook.reader() as session:
        assert session.exec(select(Person).where(Person.given_name == "Lost")).all() == []
