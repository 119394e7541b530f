"""Each person's check-in filed in an index (migration 0023), so that Today reads only the calls
coming due: the store's triggers and the rule (`rules.checkin_filing`) agree on every case,
whatever wrote the change, and the due query reads the index."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, event
from sqlmodel import select

from relnotebook.core import settings
from relnotebook.core.checkins.due import due_checkins
from relnotebook.core.checkins.rules import checkin_filing
from relnotebook.core.checkins.service import (
    delete_contact,
    log_contact,
    set_plan,
    take_back_contact,
)
from relnotebook.core.checkins.service import record_contact as record
from relnotebook.core.models import CheckinPlan, Outcome, Person, SignalKind, Stage
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people.merge import merge_people
from relnotebook.core.people.service import (
    add_person,
    delete_person,
    restore_person,
    update_person,
)
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook, schema
from relnotebook.store.bulk import insert_rows
from tests.conftest import ON_SERVER, TODAY
from tests.test_migrations import OLDER, _fill_old_notebook

PLANS: tuple[dict[str, object] | None, ...] = (
    None,
    {"tier": "A"},
    {"tier": "C"},
    {"tier": "B", "cadence_days": 14},
    {"cadence_days": 400},
    {"snoozed_until": TODAY + dt.timedelta(days=3), "snooze_reason": "en voyage"},
)


def filed_wrongly(notebook: Notebook) -> list[tuple[int, object, object]]:
    """Everyone whose filing is not what the rule says: (id, stored, expected)."""
    with notebook.reader() as session:
        rows = session.exec(
            select(Person, CheckinPlan).outerjoin(
                CheckinPlan,
                CheckinPlan.person_id == Person.id,  # type: ignore[arg-type]
            )
        ).all()
        wrong = []
        for person, plan in rows:
            expected = checkin_filing(
                Stage(person.stage),
                plan.tier if plan else None,
                plan.cadence_days if plan else None,
                person.last_contact_on,
                person.created_at.date(),
                settings.DEFAULT_TIER,
            )
            stored = (
                (person.checkin_group, person.checkin_key)
                if person.checkin_group is not None or person.checkin_key is not None
                else None
            )
            if stored != expected:
                wrong.append((person.id, stored, expected))
    return wrong


def _people(notebook: Notebook) -> list[int]:
    """Someone of each stage with each kind of plan, half of them with a call logged."""
    ids = []
    for number, (stage, plan) in enumerate(itertools.product(Stage, PLANS)):
        person = add_person(
            notebook, PersonFields(given_name=f"P{number}", family_name="Roy", stage=stage)
        )
        if plan is not None:
            set_plan(notebook, person, plan)
        if number % 2:
            log_contact(notebook, person, on=TODAY - dt.timedelta(days=number * 7))
        ids.append(person)
    return ids


def test_the_store_files_each_check_in_as_the_rule_says_whatever_writes(
    notebook: Notebook,
) -> None:
    ids = _people(notebook)
    assert filed_wrongly(notebook) == []
    first, second, third = ids[1], ids[7], ids[8]
    writes = [
        lambda: log_contact(notebook, first, on=TODAY),
        lambda: log_contact(notebook, first, on=TODAY, outcome=Outcome.NO_ANSWER),
        lambda: record_signal(
            notebook, second, kind=SignalKind.OTHER, body="Bonjour", sent_on=TODAY
        ),
        lambda: take_back_contact(notebook, record(notebook, third, on=TODAY)),
        lambda: delete_contact(
            notebook, log_contact(notebook, third, on=TODAY + dt.timedelta(days=1))
        ),
        lambda: update_person(notebook, first, {"stage": Stage.PROSPECT.value}),
        lambda: update_person(notebook, second, {"stage": Stage.CLIENT.value}),
        lambda: set_plan(notebook, third, {"tier": "A"}),
        lambda: set_plan(notebook, third, {"cadence_days": 7}),
        lambda: set_plan(notebook, third, {"cadence_days": None, "tier": None}),
        lambda: merge_people(notebook, ids[2], ids[9]),
        lambda: restore_person(notebook, delete_person(notebook, ids[10])),
    ]
    for number, write in enumerate(writes):
        write()
        assert filed_wrongly(notebook) == [], number
    with notebook.session() as session:  # rows written in bulk (the generator, an import)
        insert_rows(
            session,
            Person,
            [
                {"given_name": "Bulk", "family_name": str(n), "stage": stage.value}
                for n, stage in enumerate(Stage)
            ],
        )
        session.get(Person, first).created_at = dt.datetime(2020, 1, 1, 9)  # type: ignore[union-attr]
        plan = session.get(CheckinPlan, ids[4])
        assert plan is not None
        session.delete(plan)
    assert filed_wrongly(notebook) == []


def test_changing_a_tiers_cadence_rewrites_nothing_and_is_read_at_once(
    notebook: Notebook,
) -> None:
    person = add_person(
        notebook, PersonFields(given_name="Luc", family_name="Roy", stage=Stage.CLIENT)
    )
    set_plan(notebook, person, {"tier": "C"})
    log_contact(notebook, person, on=TODAY - dt.timedelta(days=100))
    assert due_checkins(notebook, TODAY) == []  # 180 days
    settings.set_int(notebook, settings.TIER_CADENCE_DAYS["C"], 60)
    assert [due.person_id for due in due_checkins(notebook, TODAY)] == [person]


@pytest.mark.skipif(ON_SERVER, reason="SQLite's query plan")
def test_the_due_query_reads_the_people_filed_as_coming_due_only(notebook: Notebook) -> None:
    _people(notebook)
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if "row_number" in statement and not statement.startswith("EXPLAIN"):
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            plans.extend(str(row[-1]) for row in rows)

    event.listen(notebook.engine, "before_cursor_execute", explain)
    try:
        due_checkins(notebook, TODAY)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", explain)
    person_steps = [step for step in plans if " person " in f"{step} "]
    assert person_steps and all("ix_person_checkin" in step for step in person_steps), plans


def test_the_filing_comes_with_0023_and_goes_with_its_downgrade(notebook: Notebook) -> None:
    if ON_SERVER:
        pytest.skip("SQLite's schema")
    with notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0019")
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(person)")]
        assert "checkin_key" not in columns and "checkin_group" not in columns
        triggers = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'checkin_key%'"
        ).all()
        assert triggers == []
        assert connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'search_index_person_update'"
        ).all()  # the search index's triggers on person survived the columns going
        schema.upgrade(connection)
    assert filed_wrongly(notebook) == []


@pytest.mark.parametrize("revision", [r for r in OLDER if r and r >= "0003"])
def test_upgrading_files_each_persons_check_in(notebook_path: Path, revision: str) -> None:
    _fill_old_notebook(notebook_path, revision)  # a prospect, a message sent on 2025-05-02
    stamp = "'2025-05-01 20:00:00.000000'"
    engine = create_engine(f"sqlite:///{notebook_path}")
    try:
        with engine.begin() as connection:
            run = connection.exec_driver_sql
            for person, stage in ((2, "client"), (3, "client"), (4, "acquaintance")):
                run(
                    "INSERT INTO person (id, given_name, family_name, preferred_name, "
                    "organisation, role, language, stage, how_met, created_at, updated_at) "
                    f"VALUES ({person}, 'P', 'Roy', '', '', '', 'fr', '{stage}', '', {stamp}, "
                    f"{stamp})"
                )
            run(
                'INSERT INTO contact (person_id, "on", channel, initiated_by, outcome, note, '
                "created_at) VALUES (2, '2025-06-10', 'phone', 'me', 'reached', '', "
                f"{stamp})"
            )
            run("INSERT INTO checkin_plan (person_id, tier, snooze_reason) VALUES (3, 'A', '')")
            run(
                "INSERT INTO checkin_plan (person_id, cadence_days, snooze_reason) "
                "VALUES (4, 45, '')"
            )
    finally:
        engine.dispose()
    notebook = Notebook.open(notebook_path)
    try:
        assert filed_wrongly(notebook) == []
        with notebook.reader() as session:
            filed = {p.id: (p.checkin_group, p.checkin_key) for p in session.exec(select(Person))}
        assert filed == {
            1: (None, None),  # a prospect: no check-ins
            2: ("B", dt.date(2025, 6, 10)),  # counts from the call
            3: ("A", dt.date(2025, 5, 1)),  # never contacted: from the day added
            4: ("own", dt.date(2025, 5, 1) + dt.timedelta(days=45)),  # due day
        }
    finally:
        notebook.close()
