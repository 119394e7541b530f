"""Damage on purpose: a truncated file, pages overwritten with random bytes, another file in
place. Each is caught when the notebook is opened, with the right error, the damaged bytes are
kept exactly as they were, and the newest good backup brings the notebook back."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from relnotebook.core.people.service import count_people
from relnotebook.errors import DamagedNotebookError, NotANotebookError, NotebookError
from relnotebook.store import Notebook
from relnotebook.store.backup import quick_check
from relnotebook.store.files.backups import back_up, newest_good_backup, restore_backup
from tests.helpers.notebooks import digest, make_notebook, neighbours

PAGE = 4096
PEOPLE = 60
MORNING = dt.datetime(2026, 11, 23, 8, 30)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def random_pages(data: bytes) -> bytes:
    """Three pages in the middle overwritten with random bytes (seeded: the same every run)."""
    noise = random.Random(20261123)
    damaged = bytearray(data)
    first = len(data) // PAGE // 2
    for page in range(first, first + 3):
        damaged[page * PAGE : (page + 1) * PAGE] = noise.randbytes(PAGE)
    return bytes(damaged)


def damaged_notes(path: Path) -> None:
    """Three pages of the notes overwritten with random bytes (seeded): pages a notebook's first
    reads do not touch, wherever the schema's own pages fall (`random_pages` hits the middle of
    the file, which a new table may move onto the schema)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        pages = [
            page
            for (page,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'note' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    noise = random.Random(20261123)
    damaged = bytearray(path.read_bytes())
    middle = len(pages) // 2
    for page in pages[middle : middle + 3]:  # dbstat counts pages from 1
        damaged[(page - 1) * PAGE : page * PAGE] = noise.randbytes(PAGE)
    path.write_bytes(bytes(damaged))


def zeroed_root_pages(data: bytes) -> bytes:
    """Page 2 onwards (the tables' first pages) zeroed, as a failed disk sector might leave it."""
    return data[:PAGE] + bytes(4 * PAGE) + data[5 * PAGE :]


def random_file(data: bytes) -> bytes:
    return random.Random(7).randbytes(len(data))


def text_file(_data: bytes) -> bytes:
    return b"Meeting notes, saved over the notebook by mistake.\n" * 100


DAMAGE: list[tuple[Callable[[bytes], bytes], type[NotebookError]]] = [
    (truncated, DamagedNotebookError),
    (random_pages, DamagedNotebookError),
    (zeroed_root_pages, DamagedNotebookError),
    (random_file, NotANotebookError),
    (text_file, NotANotebookError),
]


@pytest.fixture
def backed_up(notebook_path: Path) -> Path:
    """A notebook spread over many pages, with one good backup taken this morning."""
    make_notebook(notebook_path, people=PEOPLE, padding=1500)
    assert notebook_path.stat().st_size > 30 * PAGE
    back_up(notebook_path, now=MORNING)
    return notebook_path


@pytest.mark.parametrize(("damage", "error"), DAMAGE, ids=[d.__name__ for d, _ in DAMAGE])
def test_damage_is_caught_at_open_and_the_file_kept_as_it_is(
    backed_up: Path, damage: Callable[[bytes], bytes], error: type[NotebookError]
) -> None:
    backed_up.write_bytes(damage(backed_up.read_bytes()))
    before = digest(backed_up)
    with pytest.raises(error) as caught:
        Notebook.open(backed_up)
    assert str(backed_up) in caught.value.message
    assert digest(backed_up) == before
    assert neighbours(backed_up) == set(), "not even a -wal was created beside it"
    with pytest.raises(error):
        Notebook.open(backed_up)  # and again: the first attempt changed nothing
    assert digest(backed_up) == before


@pytest.mark.parametrize(("damage", "error"), DAMAGE, ids=[d.__name__ for d, _ in DAMAGE])
def test_restoring_the_newest_good_backup_brings_the_notebook_back(
    backed_up: Path, damage: Callable[[bytes], bytes], error: type[NotebookError]
) -> None:
    backed_up.write_bytes(damage(backed_up.read_bytes()))
    damaged = digest(backed_up)
    with pytest.raises(error):
        Notebook.open(backed_up)
    offer = newest_good_backup(backed_up)
    assert offer is not None and (offer.people, offer.notes) == (PEOPLE, PEOPLE)

    aside = restore_backup(offer.path, backed_up, kept_as="damaged", now=MORNING)
    assert aside is not None and aside.name == "test-notebook.damaged-20261123-083000.sqlite"
    assert digest(aside) == damaged, "the damaged file is kept, byte for byte"
    notebook = Notebook.open(backed_up)
    try:
        assert count_people(notebook) == PEOPLE
    finally:
        notebook.close()


def test_damage_the_quick_check_alone_catches(backed_up: Path) -> None:
    """Pages in the middle: the header and the schema still read fine, so without the start-up
    check the notebook would open and fail later, mid-work."""
    backed_up.write_bytes(random_pages(backed_up.read_bytes()))
    assert quick_check(backed_up) != []
    with pytest.raises(DamagedNotebookError, match="damaged"):
        Notebook.open(backed_up)


def test_a_sound_notebook_passes_the_start_up_check_without_a_trace(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=3)
    assert quick_check(notebook_path) == []
    notebook = Notebook.open(notebook_path)
    try:
        assert count_people(notebook) == 3
    finally:
        notebook.close()
