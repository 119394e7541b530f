"""Opening a notebook quickly (issue 22): Alembic only when an upgrade is due, and SQLite's
whole-file check off the start when the app asks, without ever writing to a damaged file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from relnotebook.core.people.service import count_people
from relnotebook.errors import StorageError
from relnotebook.store import Notebook
from tests.conftest import ON_SERVER
from tests.helpers.notebooks import digest, make_notebook
from tests.test_corruption import damaged_notes

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(ON_SERVER, reason="opening a notebook file")


def test_a_notebook_at_the_head_revision_opens_without_alembic(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=2)
    script = (
        "import sys; from relnotebook.store import Notebook; "
        f"n = Notebook.open({str(notebook_path)!r}); n.close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_damage_found_after_opening_stops_every_write(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=60, padding=1500)
    damaged_notes(notebook_path)
    before = digest(notebook_path)
    notebook = Notebook.open(notebook_path, check_first=False)  # the check is left for later
    try:
        assert not notebook.checked
        with pytest.raises(StorageError, match="damaged") as caught:
            notebook.check()
        assert notebook.damage is caught.value
        with (
            pytest.raises(StorageError, match="nothing more can be saved"),
            notebook.session() as session,
        ):
            session.connection().exec_driver_sql("PRAGMA user_version = 7")
    finally:
        notebook.close()
    assert digest(notebook_path) == before


def test_a_write_before_the_check_waits_for_it(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=60, padding=1500)
    damaged_notes(notebook_path)
    before = digest(notebook_path)
    notebook = Notebook.open(notebook_path, check_first=False)
    try:
        with pytest.raises(StorageError, match="damaged"), notebook.session() as session:
            session.connection().exec_driver_sql("PRAGMA user_version = 7")
        assert notebook.checked
    finally:
        notebook.close()
    assert digest(notebook_path) == before


def test_a_sound_notebook_opened_unchecked_is_checked_once(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=3)
    notebook = Notebook.open(notebook_path, check_first=False)
    try:
        notebook.check()
        assert notebook.checked and notebook.damage is None
        assert count_people(notebook) == 3
    finally:
        notebook.close()
