"""A healthy notebook the user may not write to, or beside, is never called damaged.

A permission problem is named as one (the folder, or the file beside the notebook), never as
damage, and so never leads to setting the notebook aside for a backup; commands that only read
work in a folder the user cannot write in. The commands run in a child process that file
permissions apply to (tests/helpers/plain_user.py), since these tests may run as root.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from relnotebook.store.access import refused
from tests.helpers import plain_user
from tests.helpers.notebooks import digest, make_notebook, neighbours

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    reason = plain_user.unavailable(tmp_path)
    if reason is not None:
        pytest.skip(reason)
    folder = tmp_path / "notebooks"
    folder.mkdir()
    yield folder
    folder.chmod(0o700)
    for leftover in folder.iterdir():
        leftover.chmod(0o600)


@pytest.fixture
def read_only_folder(folder: Path) -> Path:
    """A closed notebook (two people) in a folder its user cannot write in."""
    notebook = make_notebook(folder / "notebook.sqlite", people=2)
    folder.chmod(0o500)
    return notebook


def test_check_finds_a_notebook_in_a_read_only_folder_healthy(read_only_folder: Path) -> None:
    before = digest(read_only_folder)
    done = plain_user.relnotebook(read_only_folder, "check")
    assert (done.returncode, done.stderr) == (0, "")
    assert "OK, 2 people" in done.stdout
    assert digest(read_only_folder) == before


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (("search", "Person"), "Person 1"),
        (("today", "--date", "2026-11-23", "--json"), '"date": "2026-11-23"'),
        (("import", "--dry-run", "{cards}"), "would create 1"),
    ],
)
def test_reading_commands_work_in_a_read_only_folder(
    read_only_folder: Path, tmp_path: Path, command: tuple[str, ...], expected: str
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Byron\r\nEND:VCARD\r\n")
    arguments = [part.replace("{cards}", str(cards)) for part in command]
    done = plain_user.relnotebook(read_only_folder, *arguments)
    assert (done.returncode, done.stderr) == (0, "")
    assert expected in done.stdout


def test_writing_in_a_read_only_folder_names_the_folder(
    read_only_folder: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Byron\r\nEND:VCARD\r\n")
    before = digest(read_only_folder)
    done = plain_user.relnotebook(read_only_folder, "import", str(cards))
    assert done.returncode == 3
    assert f"Cannot write in the folder {read_only_folder.parent}" in done.stderr
    assert "damage" in done.stderr and "not damage" in done.stderr
    assert digest(read_only_folder) == before


@pytest.fixture
def foreign_shm(folder: Path) -> Path:
    """A notebook with a `-wal` and a `-shm` beside it that its user may not read, as a
    command run once with sudo leaves them."""
    notebook = make_notebook(folder / "notebook.sqlite", people=2)
    uri = f"{notebook.as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        connection.execute("SELECT count(*) FROM person").fetchone()
    assert neighbours(notebook) == {"notebook.sqlite-wal", "notebook.sqlite-shm"}
    (folder / "notebook.sqlite-shm").chmod(0)
    return notebook


def test_an_unreadable_shm_is_a_permission_problem_not_damage(foreign_shm: Path) -> None:
    before = digest(foreign_shm)
    done = plain_user.relnotebook(foreign_shm, "check")
    assert done.returncode == 3
    assert "notebook.sqlite-shm beside it cannot be read or written by you" in done.stderr
    assert "damaged" not in done.stderr
    for command in (("today",), ("search", "Person")):
        done = plain_user.relnotebook(foreign_shm, *command)
        assert done.returncode == 3
        assert "permission problem, not damage" in done.stderr
        assert "relnotebook check" not in done.stderr
    assert digest(foreign_shm) == before


def test_the_app_is_not_offered_a_recovery_for_an_unreadable_shm(foreign_shm: Path) -> None:
    """What the app's recovery offer hangs on: opening raises an access error, which the app
    shows as it is (`app.Session._open_claimed`), not `DamagedNotebookError`, which would
    set the healthy file aside and restore a backup."""
    done = plain_user.run(
        "-c",
        "import sys\n"
        "from relnotebook.store import Notebook\n"
        "try:\n"
        f"    Notebook.open({str(foreign_shm)!r})\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__)\n",
    )
    assert (done.stdout.strip(), done.stderr) == ("NotebookAccessError", "")


def test_sqlite_refusals_are_told_from_damage(tmp_path: Path) -> None:
    """Runs anywhere: SQLite's result codes decide, not the wording of its messages."""
    errors: dict[str, sqlite3.Error] = {}
    try:
        sqlite3.connect(f"{(tmp_path / 'missing' / 'x.sqlite').as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        errors["cannot open"] = exc
    notebook = make_notebook(tmp_path / "notebook.sqlite", people=1)
    uri = f"{notebook.as_uri()}?mode=ro&immutable=1"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        try:
            connection.execute("DELETE FROM person")
        except sqlite3.Error as exc:
            errors["read-only"] = exc
    text = tmp_path / "text.sqlite"
    text.write_bytes(b"Meeting notes, saved over the notebook by mistake.\n" * 100)
    with contextlib.closing(sqlite3.connect(text)) as connection:
        try:
            connection.execute("SELECT * FROM sqlite_master")
        except sqlite3.Error as exc:
            errors["not a database"] = exc
    assert {name: refused(exc) for name, exc in errors.items()} == {
        "cannot open": True,
        "read-only": True,
        "not a database": False,
    }
    wrapped = OperationalError("SELECT 1", {}, errors["read-only"])
    assert refused(wrapped)
