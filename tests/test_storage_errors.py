"""A database that fails (a damaged page, a full disk) is told in the core's own sentence: the
store turns the driver's error into a `StorageError`, so neither the command line nor the GUI
catches SQLAlchemy's errors or shows the driver's words."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from relnotebook import cli
from relnotebook.core.people.search import search
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import StorageError
from relnotebook.store import Notebook
from relnotebook.store.failures import DISK_FULL, READ_ONLY, describe_write_failure
from tests.helpers.notebooks import make_notebook

PAGE = 4096
DRIVER_WORDS = ("malformed", "vtable", "database or disk is full", "sqlite3", "Traceback")


def damage(path: Path, table: str) -> Path:
    """The first page of a table overwritten with noise, as a failing disk might leave it:
    the file still opens (its schema is sound), reading the table fails."""
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE : root * PAGE] = random.Random(7).randbytes(PAGE)
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def damaged(notebook_path: Path) -> Path:
    """A notebook whose people and search index cannot be read any more."""
    make_notebook(notebook_path, people=60, padding=1500)
    damage(notebook_path, "person")
    return damage(notebook_path, "search_index_data")


def read_sentence(path: Path) -> str:
    return f"{path.name} could not be read (the file is damaged); run `relnotebook check` on it."


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "command",
    [["today"], ["search", "Person"], ["search", "Person", "--json"]],
    ids=" ".join,
)
def test_a_damaged_notebook_read_by_a_command_gets_a_sentence(
    damaged: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([*command, "--notebook", str(damaged)]) == cli.EXIT_BAD_NOTEBOOK
    captured = capsys.readouterr()
    assert captured.err == f"relnotebook: {read_sentence(damaged)}\n"
    assert captured.out == ""
    assert not any(words in captured.err for words in DRIVER_WORDS)


@pytest.mark.sqlite_only
def test_searching_a_damaged_notebook_raises_the_sentence(damaged: Path) -> None:
    notebook = Notebook.open_read_only(damaged)
    try:
        with pytest.raises(StorageError) as caught:
            search(notebook, "Person")
    finally:
        notebook.close()
    assert caught.value.message == read_sentence(damaged)
    assert isinstance(caught.value.__cause__, DBAPIError)  # the driver's words, for a log


@pytest.mark.sqlite_only
def test_reading_a_damaged_notebook_raises_the_sentence(damaged: Path) -> None:
    with pytest.raises(StorageError, match=r"could not be read \(the file is damaged\)"):
        Notebook.read_only(damaged, list_people)


# --- writes the disk refuses ---------------------------------------------------------------------


def no_room(notebook: Notebook) -> Notebook:
    """SQLITE_FULL for real: no connection may grow the file beyond its current size."""

    @event.listens_for(notebook.engine, "connect")
    def _no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    notebook.engine.dispose()  # pooled connections were made before: start afresh
    return notebook


@pytest.mark.sqlite_only
def test_a_write_refused_by_the_disk_gets_its_sentence(notebook: Notebook) -> None:
    no_room(notebook)
    with pytest.raises(StorageError) as caught:
        add_person(notebook, PersonFields(given_name="Marie", how_met="x" * 100_000))
    assert caught.value.sentence == DISK_FULL
    # The GUI's undo reads it from any error whose cause it is.
    assert describe_write_failure(caught.value) == DISK_FULL
    assert list_people(notebook) == []


@pytest.mark.sqlite_only
def test_a_read_only_notebook_refuses_a_write_with_its_sentence(notebook: Notebook) -> None:
    @event.listens_for(notebook.engine, "connect")
    def _read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    notebook.engine.dispose()
    with pytest.raises(StorageError) as caught:
        add_person(notebook, PersonFields(given_name="Marie"))
    assert caught.value.sentence == READ_ONLY


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every notebook opened from now on has no room left."""
    opened = Notebook.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        Notebook, "open", classmethod(lambda cls, *a, **k: no_room(opened(cls, *a, **k)))
    )


@pytest.mark.sqlite_only
def test_a_load_the_disk_refuses_gets_the_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.json"
    filled = make_notebook(tmp_path / "filled.sqlite", people=60, padding=1500)
    argv = ["export", "--format", "json", "--out", str(export), "--notebook", str(filled)]
    assert cli.main(argv) == cli.EXIT_OK
    capsys.readouterr()
    target = tmp_path / "new.sqlite"
    full_disk(monkeypatch)

    assert cli.main(["load-json", str(export), "--notebook", str(target)]) == cli.EXIT_CANNOT_WRITE
    err = capsys.readouterr().err
    assert err == f"relnotebook: {DISK_FULL.english}\n"
    assert not target.exists()  # nothing loaded: no empty notebook left behind


def test_a_write_the_server_refuses_gets_a_sentence(server_notebook: Notebook) -> None:
    reader = Notebook.open_read_only(server_notebook.location)  # a read-only session
    try:
        with pytest.raises(StorageError) as caught:
            add_person(reader, PersonFields(given_name="Intrus"))
    finally:
        reader.close()
    assert caught.value.message == (
        f"{reader.name} could not be written (cannot execute INSERT in a read-only "
        "transaction); nothing was saved."
    )
