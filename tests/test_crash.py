"""Crashes on purpose: a process writing notes is killed with SIGKILL at random moments, twenty
times. After each kill, every note it reported as committed is there, and SQLite finds the file
intact. This is what WAL mode with synchronous=FULL promises; the test keeps it promised."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20
SEED = 20261123

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="fork and SIGKILL: POSIX"
)


def stored_notes(path: Path) -> dict[int, str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute("SELECT id, text FROM note"))


def integrity(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


class Writer:
    """The note-writing child process (tests/helpers/note_writer.py)."""

    def __init__(self, path: Path, person_id: int) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.note_writer", str(path), str(person_id)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def line(self) -> str:
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        assert text, f"the writer stopped unexpectedly (exit {self.process.poll()})"
        return text.strip()

    def round(self, number: int, kill_after: float) -> list[int]:
        """Start a writer, kill it `kill_after` seconds after its first note; the ids it reported.

        Counted from the first note, not from "ready": on a loaded machine a commit can take
        longer than the longest pause, and a round that promised nothing would test nothing."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{number}\n")
        self.process.stdin.flush()
        first = self.line()
        assert first.startswith("pid "), first
        assert self.line() == "ready"
        committed = [int(self.line())]
        time.sleep(kill_after)
        os.kill(int(first.removeprefix("pid ")), signal.SIGKILL)
        while (text := self.line()) != "ended":
            committed.append(int(text))
        return committed

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.mark.slow
def test_every_committed_note_survives_sigkill(notebook_path: Path) -> None:
    notebook = Notebook.open(notebook_path)
    person_id = add_person(notebook, PersonFields(given_name="Robert"))
    add_note(notebook, person_id, text="Written before any crash", date=TODAY)
    notebook.close()

    moments = random.Random(SEED)
    writer = Writer(notebook_path, person_id)
    promised: dict[int, int] = {}  # note id -> round
    left_open = 0
    try:
        for number in range(ROUNDS):
            committed = writer.round(number, kill_after=moments.uniform(0.0, 0.15))
            promised.update(dict.fromkeys(committed, number))
            # A -wal left behind shows the writer died with the notebook open, mid-work.
            left_open += Path(f"{notebook_path}-wal").exists()
            assert integrity(notebook_path) == ["ok"], f"round {number}"
            stored = stored_notes(notebook_path)
            missing = [note for note in committed if note not in stored]
            assert missing == [], f"round {number}: committed notes lost"
            for note in committed:
                assert stored[note].startswith(f"round {number} note "), stored[note]
    finally:
        writer.close()
    assert left_open >= ROUNDS // 2, "most kills must land while the notebook is open"
    notebook = Notebook.open(notebook_path)  # the start-up check passes after all that
    notebook.close()
    assert set(promised) <= set(stored_notes(notebook_path))
