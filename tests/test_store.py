"""The store: creating, reopening and refusing notebook files, and never damaging one it refuses."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from relnotebook.core.events.service import EventFields, add_event
from relnotebook.core.models import Person
from relnotebook.core.people.service import add_person, count_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import (
    DamagedNotebookError,
    NewerNotebookError,
    NotANotebookError,
    NotebookAccessError,
)
from relnotebook.store import Notebook, check_notebook, schema
from relnotebook.store.inspection import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(notebook: Notebook, name: str) -> object:
    with notebook.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def fill(notebook: Notebook, people: int = 60) -> None:
    """Enough rows (with long names) to spread the notebook over many pages."""
    for number in range(people):
        add_person(notebook, PersonFields(given_name=f"Person {number} " + "x" * 1500))


# --- a new notebook ----------------------------------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_new_notebook_is_private(notebook: Notebook) -> None:
    assert stat.S_IMODE(notebook.path.stat().st_mode) == 0o600


@pytest.mark.sqlite_only
def test_new_notebook_pragmas(notebook: Notebook) -> None:
    assert pragma(notebook, "journal_mode") == "wal"
    assert pragma(notebook, "foreign_keys") == 1
    assert pragma(notebook, "application_id") == APPLICATION_ID


def test_reopen_keeps_data_without_upgrade(notebook_path: Path) -> None:
    first = Notebook.open(notebook_path)
    person_id = add_person(first, PersonFields(given_name="Ada"))
    first.close()
    again = Notebook.open(notebook_path)
    try:
        assert count_people(again) == 1
        with again.reader() as session:
            assert session.get(Person, person_id).given_name == "Ada"  # type: ignore[union-attr]
        assert again.upgraded_from is None
        assert again.upgrade_backup is None
    finally:
        again.close()


def test_session_rolls_back_on_exception(notebook: Notebook) -> None:
    with pytest.raises(RuntimeError), notebook.session() as session:
        session.add(Person(given_name="Ghost"))
        session.flush()
        raise RuntimeError("boom")
    assert count_people(notebook) == 0


# --- files that are not notebooks are refused and left alone ----------------------------------


def _other_app_database(path: Path, application_id: int = 0, *, alembic: bool = False) -> None:
    """Another program's database; with `alembic`, one that also uses Alembic (at our head)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
        if alembic:
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
            connection.execute("INSERT INTO alembic_version VALUES (?)", (schema.head(),))
        connection.execute("INSERT INTO customer (name) VALUES ('ACME')")
        connection.execute(f"PRAGMA application_id = {application_id}")
        connection.commit()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p.write_text("Dear diary,\nnot a database.\n"), id="text"),
        pytest.param(lambda p: p.write_bytes(os.urandom(8192)), id="random-bytes"),
        pytest.param(lambda p: _other_app_database(p), id="other-app-sqlite"),
        pytest.param(lambda p: _other_app_database(p, 0x12345678), id="other-app-id"),
        pytest.param(lambda p: _other_app_database(p, alembic=True), id="other-app-alembic"),
    ],
)
def test_foreign_files_are_refused_untouched(notebook_path: Path, make) -> None:
    make(notebook_path)
    before = digest(notebook_path)
    with pytest.raises(NotANotebookError):
        Notebook.open(notebook_path)
    with pytest.raises(NotANotebookError):
        check_notebook(notebook_path)
    assert digest(notebook_path) == before


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me")
    with pytest.raises(NotANotebookError):
        Notebook.open(folder)
    assert folder.is_dir()
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]


def _closed_notebook(path: Path, people: int = 0) -> Path:
    notebook = Notebook.open(path)
    fill(notebook, people)
    notebook.close()
    return path


def test_newer_notebook_is_refused_untouched(notebook_path: Path) -> None:
    _closed_notebook(notebook_path, people=1)
    with contextlib.closing(sqlite3.connect(notebook_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz9999'")
        connection.commit()
    before = digest(notebook_path)
    with pytest.raises(NewerNotebookError):
        Notebook.open(notebook_path)
    with pytest.raises(NewerNotebookError):
        check_notebook(notebook_path)
    assert digest(notebook_path) == before


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(
            lambda data: data[: len(data) // 2] + b"\xff" * 4096 + data[len(data) // 2 + 4096 :],
            id="overwritten-middle",
        ),
    ],
)
def test_damaged_notebook_is_reported_untouched(notebook_path: Path, damage) -> None:
    _closed_notebook(notebook_path, people=60)
    data = notebook_path.read_bytes()
    assert len(data) > 20 * 4096, "the damage must land in the middle of a multi-page file"
    notebook_path.write_bytes(damage(data))
    before = digest(notebook_path)
    with pytest.raises((DamagedNotebookError, NotANotebookError)):
        check_notebook(notebook_path)
    assert digest(notebook_path) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.skipif(
    os.name == "posix" and os.geteuid() == 0, reason="root ignores file permissions"
)
def test_read_only_folder_is_an_access_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    _closed_notebook(folder / "notebook.sqlite", people=1)
    folder.chmod(0o500)
    try:
        with pytest.raises(NotebookAccessError):
            Notebook.open(folder / "notebook.sqlite")
        with pytest.raises(NotebookAccessError):
            Notebook.open(folder / "new.sqlite")
    finally:
        folder.chmod(0o700)


def test_unwritable_notebook_is_an_access_error_untouched(
    notebook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs as root too: the store asks `os.access`, which is made to say "read-only" here."""
    _closed_notebook(notebook_path, people=1)
    before = digest(notebook_path)
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    with pytest.raises(NotebookAccessError, match="read-only"):
        Notebook.open(notebook_path)
    assert digest(notebook_path) == before


# --- check_notebook ----------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_check_reports_counts_and_writes_nothing(notebook: Notebook) -> None:
    fill(notebook, people=3)
    add_event(notebook, EventFields(name="Gala", date=dt.date(2026, 11, 1)))
    notebook.close()
    before = digest(notebook.path)
    report = check_notebook(notebook.path)
    assert digest(notebook.path) == before
    assert (report.ok, report.people, report.events) == (True, 3, 1)
    assert report.revision == report.head
    assert not report.needs_upgrade


def test_check_refuses_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(NotebookAccessError):
        check_notebook(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(NotANotebookError):
        check_notebook(empty)
    assert empty.stat().st_size == 0
