"""What the command line's values must be: a notebook, a file, a day, a person's number, a count.

Each is an argparse `type`, so a value no command could use is a usage mistake (exit status 2),
said before anything is opened. They import nothing of the data layer: `--notebook` is read
before SQLAlchemy is loaded (most of a second), and the window's frame waits for no one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
from pathlib import Path

from relnotebook.core.validation import LARGEST_ID
from relnotebook.paths import is_server_location

# Room for the longest name the app gives a file beside a notebook, with its journal:
# `<stem>.before-restore-<date>-<time>-<n>.sqlite-wal`, `<name>.before-upgrade-<rev>-<stamp>`.
NOTEBOOK_NAME_ROOM = 48


def notebook_location(text: str) -> Path | str:
    """A file path, or a PostgreSQL address (`postgresql://user@host/dbname`) kept as text. A
    file's name must leave room for the copies and journals the app keeps beside it."""
    if is_server_location(text):
        return text
    path = file_path(text)
    _refuse_too_long(
        path.with_name(path.name + "x" * NOTEBOOK_NAME_ROOM),
        text,
        f"is too long a name for a notebook: the copies kept beside it add {NOTEBOOK_NAME_ROOM} "
        "characters to it",
    )
    return path


def iso_date(text: str) -> dt.date:
    """Any day of the calendar: the agenda, the calendar file and the sending list work at its
    ends; the reports refuse a day they cannot look back from (`dates.require_report_day`)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-15") from None


def file_path(text: str) -> Path:
    """A file or folder named on the command line, `~` expanded. A name that no file could have
    (a NUL, or too long for the file system) is a usage mistake, refused before anything runs."""
    if "\0" in text:
        raise argparse.ArgumentTypeError(f"{text!r} holds a NUL character: no file has that name")
    path = Path(text).expanduser()
    _refuse_too_long(path, text, "is too long a name for the file system")
    return path


def _refuse_too_long(path: Path, text: str, problem: str) -> None:
    """A usage error when the file system says `path` is too long a name (it may not exist)."""
    try:
        os.lstat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            shown = text if len(text) <= 60 else f"{text[:30]}…{text[-20:]}"
            raise argparse.ArgumentTypeError(f"{shown} {problem}") from None


def record_number(text: str) -> int:
    """A record's id (a personal detail's, say); one beyond 64 bits names nothing."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= LARGEST_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a record's number")
    return number


def person_number(text: str) -> int:
    """A person's id as `relnotebook search` shows it; one beyond 64 bits names no one."""
    try:
        person_id = int(text)
    except ValueError:
        person_id = 0
    if not 1 <= person_id <= LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a person's number (`relnotebook search` shows them)"
        )
    return person_id


def _count(text: str, low: int, high: int, what: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = low - 1
    if not low <= count <= high:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of {what} from {low} to {high}")
    return count


def day_count(text: str) -> int:
    return _count(text, 0, 3650, "days")


def year_count(text: str) -> int:
    return _count(text, 1, 100, "years")


def result_count(text: str) -> int:
    return _count(text, 1, 1000, "results")
