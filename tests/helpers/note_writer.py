"""Child process for the crash test: writes notes in a loop until it is killed.

Usage: python -m tests.helpers.note_writer NOTEBOOK PERSON_ID

Importing the app takes about a second, too long to pay twenty times, so this process imports
once and then, for each line read on stdin, forks a writer: the writer prints `pid N`, opens the
notebook, prints `ready`, then adds notes forever, printing each note's id (flushed) once it is
committed: a line on stdout is a promise that the note is stored. The test kills the writer with
SIGKILL; this process then prints `ended` and waits for the next round.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import NoReturn

from relnotebook.core.people.notes import add_note
from relnotebook.store import Notebook


def write_notes(path: Path, person_id: int, prefix: str) -> NoReturn:
    print(f"pid {os.getpid()}", flush=True)
    notebook = Notebook.open(path)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        note_id = add_note(
            notebook,
            person_id,
            # Lengths vary so that some notes span pages and the WAL grows unevenly.
            text=f"{prefix} note {number} " + "y" * (number % 7 * 900),
            date=dt.date(2026, 11, 23),
        )
        # One write(2) for the id and its newline: a kill between two writes (unbuffered
        # output) would leave half a line for the next "ended" to join.
        os.write(sys.stdout.fileno(), f"{note_id}\n".encode())


def serve(path: Path, person_id: int) -> None:
    for line in sys.stdin:
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                write_notes(path, person_id, f"round {line.strip()}")
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        print("ended", flush=True)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
