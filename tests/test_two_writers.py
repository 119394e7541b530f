"""Two writers on one notebook file at once: the second waits its turn, it does not fail.

SQLite lets one connection write at a time; the other waits up to the busy timeout. That wait
only works for a transaction that asks for the write lock as it begins: one begun deferred
reads first, and is then refused at once. These tests use real processes, as users do (the app
open while a command-line import runs, two imports started together)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from relnotebook.core.people.notes import add_note, update_note
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[1]
# Enough cards that each import's write lasts a good part of a second, so that two imports
# started together overlap; far from the 5 s a writer waits.
CARDS = 1500
HOLD_SECONDS = 1.0

# A process that takes the notebook's write lock, says so, keeps it a while, then commits.
HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE person SET role = 'held' WHERE id = 1")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
print("released", flush=True)
"""


def child_env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


def write_cards(path: Path, family: str, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for number in range(count):
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:Client{number} {family}\r\nN:{family};Client{number};;;\r\n"
                f"EMAIL:client{number}@{family.lower()}.example\r\n"
                f"NOTE:Met at the {family} seminar\r\nEND:VCARD\r\n"
            )
    return path


def families(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute("SELECT family_name, count(*) FROM person GROUP BY 1"))


def test_two_imports_started_together_both_succeed(tmp_path: Path) -> None:
    notebook_path = tmp_path / "notebook.sqlite"
    Notebook.open(notebook_path).close()
    files = [write_cards(tmp_path / f"{name}.vcf", name, CARDS) for name in ("Alpha", "Beta")]
    command = [sys.executable, "-m", "relnotebook", "--notebook", str(notebook_path), "import"]
    imports = [
        subprocess.Popen(
            [*command, str(file)],
            cwd=ROOT,
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for file in files
    ]
    outcomes = [process.communicate(timeout=120) for process in imports]
    for process, (_out, err) in zip(imports, outcomes, strict=True):
        assert (process.returncode, err) == (0, "")
    assert families(notebook_path) == {"Alpha": CARDS, "Beta": CARDS}


def test_a_save_waits_for_another_process_writing(notebook_path: Path) -> None:
    """The app saves an edited note (read, then write) while a command-line import holds the
    write lock: the save waits for it, then goes through."""
    notebook = Notebook.open(notebook_path)
    try:
        person_id = add_person(notebook, PersonFields(given_name="Robert"))
        assert person_id == 1
        note_id = add_note(notebook, person_id, text="Coffee", date=dt.date(2026, 11, 23))
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(notebook_path), str(HOLD_SECONDS)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "holding"
            update_note(notebook, note_id, {"text": "Coffee at the Gala"})
            assert holder.stdout.readline().strip() == "released"
        finally:
            holder.communicate(timeout=30)
        assert holder.returncode == 0
    finally:
        notebook.close()
    with contextlib.closing(sqlite3.connect(notebook_path)) as connection:
        assert connection.execute("SELECT text FROM note").fetchall() == [("Coffee at the Gala",)]
        assert connection.execute("SELECT role FROM person").fetchall() == [("held",)]
