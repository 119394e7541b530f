"""What every command shares: the exit statuses, one line on stderr when a command fails, the
notebook opened read-only for a look, a file written for the user, and the day from the clock.

Nothing here imports the data layer when loaded: the store is imported by the function that
opens a notebook. The store raises its failures as `StorageError`, a sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from relnotebook.clock import Clock
from relnotebook.errors import NotebookError, SentenceError, StorageError

T = TypeVar("T")

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_NOTEBOOK = 3
EXIT_CANNOT_WRITE = 4  # `ics`, `newsletter`: the output file could not be written


@dataclass(frozen=True)
class Context:
    """What every command is run with: the notebook (`--notebook`, or the default one) and the
    clock that says what day it is (tests give a `FixedClock`)."""

    notebook: Path | str
    clock: Clock

    def day(self, given: dt.date | None) -> dt.date:
        """The day a command looks at: `--date` when given, else today."""
        return given or self.clock.today()


def fail(message: str, code: int = EXIT_BAD_NOTEBOOK) -> int:
    print(f"relnotebook: {message}", file=sys.stderr)
    return code


def ask_password(account: str) -> str | None:
    """The server's password, typed at the terminal (never echoed, never stored)."""
    import getpass

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {account}: ") or None


def confirmed(question: str) -> bool:
    """Yes to `question` typed at the terminal (in English or French); no at end of input."""
    try:
        answer = input(question)
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def missing(path: Path | str) -> int | None:
    """An exit status when the notebook file does not exist; None for a file that does, or a
    server address (whether that database is there is known when it is opened)."""
    if isinstance(path, Path) and not path.exists():
        return fail(f"{path} does not exist.")
    return None


def open_in_app(path: Path | str) -> int | None:
    """An exit status when the app has the notebook file open: a change made under it would be
    undone by its undo history, or lost. On a server no lock tells whether the app has it open
    elsewhere."""
    from relnotebook.store.files.instance_lock import notebook_in_use

    if isinstance(path, Path) and notebook_in_use(path):
        return fail(f"{path} is open in Relationship Notebook; close it first.")
    return None


def file_only(command: str, address: str) -> int:
    """What a notebook on a PostgreSQL server does not do: `check` (SQLite's integrity check),
    `restore` (a backup file put in its place: `copy` does that for a server), `demo` (a new
    file; `copy` puts it on a server)."""
    return fail(
        f"`relnotebook {command}` works on a notebook file only for now; {address} is on a server.",
        EXIT_USAGE,
    )


def read_notebook(path: Path | str, read: Callable[[Any], T]) -> T | int:
    """Open the notebook read-only, read from it, close it; an exit status when it cannot be
    used. Printing or exporting never creates, upgrades or changes a notebook."""
    from relnotebook.errors import ValidationError
    from relnotebook.store import Notebook

    if (status := missing(path)) is not None:
        return status
    try:
        return Notebook.read_only(path, read, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    except ValidationError as exc:  # what was asked cannot be read: no such person, no such day
        return fail(exc.message, EXIT_USAGE)
    except StorageError as exc:  # the database failed: a damaged page, say
        return fail(exc.message)


def write_or_dry_run(path: Path | str, run: Callable[[Any], T], *, dry_run: bool) -> T | int:
    """Run a command that writes (`mail-log`, `sync`): `--dry-run` reads the notebook only (no
    lock, no upgrade); otherwise it is opened for writing, unless the app has it open. The
    command's own failures and a `StorageError` while writing reach the caller."""
    from relnotebook.store import Notebook

    if dry_run:
        return read_notebook(path, run)
    if (status := open_in_app(path)) is not None:
        return status
    try:
        notebook = Notebook.open(path, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    try:
        return run(notebook)
    finally:
        notebook.close()


def unwritable(out: Path, notebook: Path | str) -> int | None:
    """An exit status when the notebook is missing or `out` cannot be a file we write, checked
    before reading anything."""
    from relnotebook.files import refuse_special_file

    if (status := missing(notebook)) is not None:
        return status
    if isinstance(notebook, Path) and out.resolve() == notebook.resolve():
        return fail(f"{out} is the notebook itself; choose another file.", EXIT_USAGE)
    folder = out.parent
    if out.is_dir():
        return fail(f"cannot write {out}: it is a folder.", EXIT_CANNOT_WRITE)
    if not folder.exists():
        return fail(f"cannot write {out}: the folder {folder} does not exist.", EXIT_CANNOT_WRITE)
    if not folder.is_dir():
        return fail(f"cannot write {out}: {folder} is not a folder.", EXIT_CANNOT_WRITE)
    try:
        refuse_special_file(out)  # a device, a pipe, a link: said before anything is read
    except OSError as exc:
        return cannot_write(out, exc)
    return None


def cannot_write(out: Path, exc: OSError) -> int:
    if isinstance(exc, SentenceError):  # `SpecialFileError`: its sentence names the file
        return fail(exc.message, EXIT_CANNOT_WRITE)
    reason = exc.strerror or str(exc)
    return fail(f"cannot write {out}: {reason}.", EXIT_CANNOT_WRITE)


def print_written(path: Path | str, out: Path, write: Callable[[Any], str]) -> int:
    """Write `out` from the notebook read-only (`write` says what it wrote), then say it."""
    try:
        message = read_notebook(path, write)
    except OSError as exc:
        return cannot_write(out, exc)
    if isinstance(message, int):
        return message
    print(message)
    return EXIT_OK


def print_lines(lines: list[str]) -> int:
    print("\n".join(lines))
    return EXIT_OK


def print_json(data: object) -> int:
    """What `--json` prints: readable, accents as they are."""
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK
