"""Notebooks with known content, and ways to read them back without the app's code."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel, select

from relnotebook.core.models import Note, Person
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.helpers.empty import new_notebook


def fill(notebook: Notebook, people: int, notes_each: int = 1, padding: int = 0) -> None:
    """`people` people with `notes_each` notes, in one transaction (fast); `padding`
    characters per note spread the notebook over many pages, so that damage in the middle
    lands on real data."""
    with notebook.session() as session:
        for number in range(people):
            person = Person(given_name=f"Person {number}")
            session.add(person)
            session.flush()
            assert person.id is not None
            for note in range(notes_each):
                text = f"Note {note} about person {number}. " + "x" * padding
                session.add(Note(person_id=person.id, text=text, date=TODAY))


def everything(
    notebook: Notebook, leave_out: tuple[str, ...] = ("version",)
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: the notebook's whole content, but the
    columns left out (by default the count of changes of each row, `version`, which undo
    moves on like any change)."""
    with notebook.reader() as session:
        connection = session.connection()
        return {
            table.name: sorted(
                (
                    tuple(row)
                    for row in connection.execute(
                        select(*(column for column in table.c if column.name not in leave_out))
                    )
                ),
                key=repr,
            )
            for table in SQLModel.metadata.sorted_tables
        }


def make_notebook(path: Path, people: int, notes_each: int = 1, padding: int = 0) -> Path:
    notebook = Notebook.open(path) if path.exists() else new_notebook(path)
    try:
        fill(notebook, people, notes_each, padding)
    finally:
        notebook.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def note_texts(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT text FROM note")}


def neighbours(path: Path) -> set[str]:
    """The files SQLite may keep beside a notebook."""
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")}
