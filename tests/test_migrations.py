"""Schema migrations: every known revision upgrades to head, and the models match the schema."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, create_engine, inspect
from sqlmodel import SQLModel

import relnotebook.core.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from relnotebook.core.events.service import list_events
from relnotebook.store import Notebook, schema
from relnotebook.store.inspection import APPLICATION_ID
from relnotebook.store.notebook import backup_copy

REVISIONS = sorted(schema.known_revisions())
OLDER = sorted(schema.known_revisions() - {schema.head()}) or [
    pytest.param(
        None,
        marks=pytest.mark.skip(
            reason="only one migration exists, so no notebook needs an upgrade yet; "
            "this runs as soon as a second migration is added"
        ),
    )
]


def revision_of(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def make_old_notebook(path: Path, revision: str) -> None:
    """A notebook as an older app version left it: schema at `revision`, one event in it (a
    copy of one made once per revision in this test run)."""
    shutil.copyfile(_old_notebook(revision), path)


@functools.cache
def _old_notebook(revision: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f"relnotebook-at-{revision}-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, revision)
            connection.exec_driver_sql(
                "INSERT INTO event (name, date, place, notes, created_at, updated_at) "
                "VALUES ('Old gala', '2025-05-01', 'Montréal', '', "
                "'2025-05-01 20:00:00.000000', '2025-05-01 20:00:00.000000')"
            )
    finally:
        engine.dispose()
    return path


def schema_differences(connection: Connection) -> list:
    context = MigrationContext.configure(connection, opts={"include_name": schema.include_name})
    return compare_metadata(context, SQLModel.metadata)


def test_empty_file_is_migrated_to_head(notebook_path: Path) -> None:
    notebook_path.touch()
    notebook = Notebook.open(notebook_path)
    notebook.close()
    assert revision_of(notebook_path) == schema.head()
    assert notebook.upgrade_backup is None
    assert sorted(p.name for p in notebook_path.parent.iterdir()) == [notebook_path.name]


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_revision_upgrades_to_head_keeping_data(notebook_path: Path, revision: str) -> None:
    make_old_notebook(notebook_path, revision)
    notebook = Notebook.open(notebook_path)
    try:
        assert [(e.name, e.date, e.place) for e in list_events(notebook)] == [
            ("Old gala", dt.date(2025, 5, 1), "Montréal")
        ]
    finally:
        notebook.close()
    assert revision_of(notebook_path) == schema.head()
    if revision == schema.head():
        assert notebook.upgrade_backup is None
        assert notebook.upgraded_from is None
        assert not list(notebook_path.parent.glob("*before-upgrade*"))


@pytest.mark.parametrize("revision", OLDER)
def test_backup_is_made_before_an_upgrade(notebook_path: Path, revision: str) -> None:
    make_old_notebook(notebook_path, revision)
    notebook = Notebook.open(notebook_path)
    notebook.close()
    assert notebook.upgraded_from == revision
    assert notebook.upgrade_backup is not None
    assert notebook.upgrade_backup.exists()
    assert revision_of(notebook.upgrade_backup) == revision
    assert revision_of(notebook_path) == schema.head()


def test_backup_copy_is_a_faithful_copy(tmp_path: Path) -> None:
    make_old_notebook(tmp_path / "source.sqlite", schema.head())
    copy = backup_copy(tmp_path / "source.sqlite", tmp_path / "backups" / "copy.sqlite")
    with (
        contextlib.closing(sqlite3.connect(tmp_path / "source.sqlite")) as source,
        contextlib.closing(sqlite3.connect(copy)) as target,
    ):
        assert list(target.iterdump()) == list(source.iterdump())
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_models_match_migrated_schema(notebook: Notebook) -> None:
    with notebook.engine.connect() as connection:
        assert schema_differences(connection) == []


@pytest.mark.sqlite_only
def test_downgrade_to_base_and_upgrade_again(notebook: Notebook) -> None:
    with notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "base")
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        schema.upgrade(connection)
    with notebook.engine.connect() as connection:
        assert schema_differences(connection) == []
        assert "person" in inspect(connection).get_table_names()
    assert revision_of(notebook.path) == schema.head()


def test_the_first_migration_marks_the_file_as_a_notebook(notebook_path: Path) -> None:
    """Every notebook, from the first version on, carries the store's application_id."""
    make_old_notebook(notebook_path, "0001")
    with contextlib.closing(sqlite3.connect(notebook_path)) as connection:
        (value,) = connection.execute("PRAGMA application_id").fetchone()
    assert value == APPLICATION_ID


def _counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
                # How FTS5 splits its index into segments depends on how it was written.
                " AND name NOT IN ('search_index_data', 'search_index_idx')"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_table_rebuilding_migrations_keep_every_child_row(notebook_path: Path) -> None:
    """Migrations that copy tables run with foreign keys off: nothing cascades away."""
    from relnotebook.core.demo.writer import write_demo

    notebook = Notebook.open(notebook_path)
    write_demo(notebook, today=dt.date(2026, 11, 23))
    notebook.close()
    before = _counts(notebook_path)
    assert before["note"] > 0 and before["personal_detail"] > 0 and before["contact"] > 0
    engine = create_engine(f"sqlite:///{notebook_path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0004")
    finally:
        engine.dispose()
    assert revision_of(notebook_path) == "0004"
    notebook = Notebook.open(notebook_path)  # rebuilds every table with AUTOINCREMENT
    notebook.close()
    assert revision_of(notebook_path) == schema.head()
    assert _counts(notebook_path) == before


def test_today_indexes_come_with_0006_and_go_with_its_downgrade(notebook: Notebook) -> None:
    def indexes(connection: Connection) -> dict[str, list[str]]:
        found = {}
        for table in ("contact", "signal"):
            for index in inspect(connection).get_indexes(table):
                found[index["name"]] = index["column_names"]
        return found

    with notebook.engine.connect() as connection:
        assert indexes(connection)["ix_contact_person_latest"] == [
            "person_id",
            "on",
            "outcome",
            "channel",
            "initiated_by",
        ]
        assert indexes(connection)["ix_signal_person_sent_on"] == ["person_id", "sent_on"]
    with notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0005")
        assert not {"ix_contact_person_latest", "ix_signal_person_sent_on"} & set(
            indexes(connection)
        )
        schema.upgrade(connection)
    with notebook.engine.connect() as connection:
        assert schema_differences(connection) == []


def _fill_old_notebook(path: Path, revision: str) -> None:
    """One person with an organisation, an email, a note, a detail and (from 0002) a message,
    written as an app at `revision` wrote them: before the search index existed."""
    stamp = "'2025-05-01 20:00:00.000000'"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, revision)
            run = connection.exec_driver_sql
            run(
                "INSERT INTO person (id, given_name, family_name, preferred_name, organisation, "
                "role, language, stage, how_met, created_at, updated_at) VALUES (1, 'Robert', "
                f"'Tremblay', 'Bob', 'Vélo Québec', 'Trésorier', 'fr', 'prospect', '', {stamp}, "
                f"{stamp})"
            )
            run(
                "INSERT INTO contact_point (person_id, kind, value, label, position) "
                "VALUES (1, 'email', 'bob@tremblay.example', '', 0)"
            )
            run(
                "INSERT INTO note (person_id, date, text, created_at, updated_at) VALUES "
                f"(1, '2025-05-01', 'Voyage en Croatie, de Split à Dubrovnik', {stamp}, {stamp})"
            )
            run(
                "INSERT INTO personal_detail (person_id, kind, text, created_at, updated_at) "
                f"VALUES (1, 'hobby', 'Ski à Mont-Tremblant', {stamp}, {stamp})"
            )
            if revision >= "0002":
                run(
                    "INSERT INTO signal (person_id, kind, template, channel, sent_on, subject, "
                    "body, response, created_at) VALUES (1, 'coffee_invitation', '', 'email', "
                    f"'2025-05-02', 'Un café ?', 'Parlons de ton périple', 'pending', {stamp})"
                )
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", OLDER)
def test_upgrading_fills_the_search_index_from_existing_rows(
    notebook_path: Path, revision: str
) -> None:
    from relnotebook.core.people.search import search

    _fill_old_notebook(notebook_path, revision)
    notebook = Notebook.open(notebook_path)
    try:
        found = {
            query: [(m.person_id, [s.kind for s in m.snippets]) for m in search(notebook, query)]
            for query in ("bob", "tresorier", "tremblay.example", "croat", "tremblant", "periple")
        }
    finally:
        notebook.close()
    assert found == {
        "bob": [(1, ["name", "email"])],
        "tresorier": [(1, ["organisation"])],
        "tremblay.example": [(1, ["email"])],
        "croat": [(1, ["note"])],
        "tremblant": [(1, ["detail"])],
        "periple": [(1, ["signal"])] if revision >= "0002" else [],
    }


def _search_objects(connection: Connection) -> dict[str, list[str]]:
    rows = connection.exec_driver_sql(
        "SELECT type, name FROM sqlite_master WHERE name LIKE 'search_index%' ORDER BY name"
    ).fetchall()
    found: dict[str, list[str]] = {}
    for kind, name in rows:
        found.setdefault(kind, []).append(name)
    return found


@pytest.mark.sqlite_only
def test_search_index_comes_with_0007_and_goes_with_its_downgrade(notebook: Notebook) -> None:
    tables = ["note", "person", "contact_point", "personal_detail", "signal", "postal_address"]
    triggers = sorted(
        f"search_index_{table}_{action}"
        for table in tables
        for action in ("insert", "update", "delete")
    )
    with notebook.engine.connect() as connection:
        objects = _search_objects(connection)
    assert objects["trigger"] == triggers  # a later migration that rebuilds a table keeps them
    assert "search_index" in objects["table"]
    with notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0006")
        assert _search_objects(connection) == {}
        schema.upgrade(connection)
        assert _search_objects(connection) == objects


def _last_contact_triggers(connection: Connection) -> list[str]:
    return [
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'last_contact_%' "
            "ORDER BY name"
        )
    ]


@pytest.mark.sqlite_only
def test_last_contact_comes_with_0008_and_goes_with_its_downgrade(notebook: Notebook) -> None:
    expected = sorted(
        f"last_contact_{table}_{action}"
        for table in ("contact", "signal")
        for action in ("insert", "update", "delete")
    )
    with notebook.engine.connect() as connection:
        assert _last_contact_triggers(connection) == expected
    with notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0007")
        assert _last_contact_triggers(connection) == []
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(person)")]
        assert "last_contact_on" not in columns
        # the search index's triggers on person survived the column going
        assert "search_index_person_update" in _search_objects(connection)["trigger"]
        schema.upgrade(connection)
        assert _last_contact_triggers(connection) == expected


@pytest.mark.parametrize("revision", [r for r in OLDER if r and r >= "0003"])
def test_upgrading_computes_each_persons_last_contact(notebook_path: Path, revision: str) -> None:
    _fill_old_notebook(notebook_path, revision)  # a message sent on 2025-05-02
    engine = create_engine(f"sqlite:///{notebook_path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                'INSERT INTO contact (person_id, "on", channel, initiated_by, outcome, note, '
                "created_at) VALUES (1, '2025-06-10', 'phone', 'me', 'reached', '', "
                "'2025-06-10 10:00:00.000000'), (1, '2025-07-01', 'phone', 'me', 'no_answer', "
                "'', '2025-07-01 10:00:00.000000')"
            )
    finally:
        engine.dispose()
    notebook = Notebook.open(notebook_path)
    try:
        with notebook.reader() as session:
            from relnotebook.core.models import Person

            person = session.get(Person, 1)
            assert person is not None
            assert person.last_contact_on == dt.date(2025, 6, 10)  # not the call unanswered
    finally:
        notebook.close()


def test_the_triggers_count_the_outcomes_the_rules_count() -> None:
    import importlib.util

    from relnotebook.core.checkins.rules import COUNTS_AS_CONTACT

    path = Path(schema.__file__).parent / "migrations" / "versions" / "0008_last_contact.py"
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert set(migration.COUNTED_OUTCOMES) == {o.value for o in COUNTS_AS_CONTACT}


def test_the_revisions_read_at_open_are_alembics():
    """Opening reads the revision chain from the files' headers, without Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head() == script.get_heads()[0]
    assert schema.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert schema._chain() == {rev.revision: rev.down_revision for rev in script.walk_revisions()}


@pytest.mark.sqlite_only  # PRAGMA table_info
def test_mentions_and_forms_come_with_0011_and_go_with_its_downgrade(notebook: Notebook) -> None:
    def columns(connection: Connection, table: str) -> set[str]:
        return {row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")}

    added = {"mention_en", "mention_tu", "mention_vous"}
    with notebook.engine.begin() as connection:
        assert added <= columns(connection, "personal_detail")
        assert "french_form" in columns(connection, "person")
        command.downgrade(schema.alembic_config(connection), "0010")
        assert not added & columns(connection, "personal_detail")
        assert "french_form" not in columns(connection, "person")
        schema.upgrade(connection)
        assert added <= columns(connection, "personal_detail")


@pytest.mark.parametrize("revision", OLDER)
def test_details_written_before_0011_are_mentioned_in_drafts(
    notebook_path: Path, revision: str
) -> None:
    from relnotebook.core.outreach.drafts import draft
    from relnotebook.core.people.service import get_person

    _fill_old_notebook(notebook_path, revision)  # « Ski à Mont-Tremblant », a French person
    notebook = Notebook.open(notebook_path)
    try:
        page = get_person(notebook, 1)
        assert page is not None and page.fields.french_form is None
        (detail,) = page.details
        assert detail.mention_tu is None  # not suggested yet: drafts suggest it
        message = draft(notebook, 1, today=dt.date(2026, 12, 7), detail_id=detail.id)
        assert message.form == "tu" and message.mention == "ton ski à Mont-Tremblant"
    finally:
        notebook.close()


def test_share_indexes_come_with_0014_and_go_with_its_downgrade(notebook: Notebook) -> None:
    def indexes(connection: Connection) -> dict[str, list[str]]:
        return {
            index["name"]: index["column_names"]
            for table in ("contact", "signal")
            for index in inspect(connection).get_indexes(table)
        }

    with notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0019")  # 0023 replaced one
        assert indexes(connection)["ix_contact_on_who"] == ["on", "outcome", "initiated_by"]
        assert indexes(connection)["ix_signal_sent_on"] == ["sent_on"]
        command.downgrade(schema.alembic_config(connection), "0010")
        assert not {"ix_contact_on_who", "ix_signal_sent_on"} & set(indexes(connection))
        schema.upgrade(connection)
    with notebook.engine.connect() as connection:
        assert schema_differences(connection) == []
