"""`check`, `backup`, `backups`, `restore` and `demo`: the notebook file itself, looked after
(checked, copied, put back) or written with sample data."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from relnotebook.cli.common import (
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    EXIT_USAGE,
    confirmed,
    fail,
    file_only,
    missing,
    open_in_app,
    read_notebook,
)
from relnotebook.errors import NotebookError


def run_check(path: Path | str) -> int:
    from relnotebook.store import check_notebook

    if isinstance(path, str):
        return file_only("check", path)
    try:
        report = check_notebook(path)
    except NotebookError as exc:
        return fail(exc.message)
    upgrade = (
        f"; it will be upgraded from schema {report.revision} to {report.head} when opened"
        if report.needs_upgrade
        else ""
    )
    print(
        f"{path}: OK, {report.people} people, {report.events} events, "
        f"schema {report.revision}{upgrade}."
    )
    return EXIT_OK


def run_backup(path: Path | str, out: Path | None, now: dt.datetime) -> int:
    """A checked copy of the notebook now; safe while the app has it open. A notebook on a
    server is copied into an SQLite notebook file (see `backups.back_up_server`)."""
    from relnotebook.store.files.backups import BackupError, back_up, back_up_server, check_backup
    from relnotebook.store.inspection import inspect_file

    if out is not None and not out.is_dir():
        return fail(f"cannot write into {out}: it is not an existing folder.", EXIT_CANNOT_WRITE)
    if isinstance(path, str):

        def copy_rows(notebook: Any) -> Path | int:
            try:
                return back_up_server(notebook, folder=out, now=now)
            except BackupError as exc:
                return fail(exc.message, EXIT_CANNOT_WRITE)

        copied = read_notebook(path, copy_rows)
        if isinstance(copied, int):
            return copied
        info = check_backup(copied)
        print(f"Backed up {path} to {copied}: {info.people} people, {info.notes} notes.")
        return EXIT_OK
    if (status := missing(path)) is not None:
        return status
    try:
        if inspect_file(path).is_new:
            return fail(f"{path} is empty: there is nothing to back up yet.")
        copy = back_up(path, folder=out, now=now)
    except BackupError as exc:
        return fail(exc.message, EXIT_CANNOT_WRITE)
    except NotebookError as exc:
        return fail(exc.message)
    info = check_backup(copy)
    print(f"Backed up {path} to {copy}: {info.people} people, {info.notes} notes.")
    return EXIT_OK


def run_backups(path: Path | str) -> int:
    """The automatic backups, newest first; listed even when the notebook itself is gone (or
    its server out of reach: a server notebook's are on this machine)."""
    from relnotebook.store import server
    from relnotebook.store.files.backups import backup_folder, list_backups

    shown = path
    if isinstance(path, str):
        path = server.local_folder(server.ServerLocation.parse(path))
    listed = list_backups(path)
    if not listed:
        print(f"No backups of {shown} yet (they go in {backup_folder(path)}).")
        return EXIT_OK
    print(f"Backups of {shown}, newest first:")
    for info in listed:
        when = f"{info.taken_at:%Y-%m-%d %H:%M:%S}"
        if info.ok:
            print(f"  {when}  {info.people} people, {info.notes} notes  {info.path}")
        else:
            print(f"  {when}  cannot be restored: {info.problem}")
    return EXIT_OK


def run_restore(path: Path | str, backup: Path, assume_yes: bool, now: dt.datetime) -> int:
    """Put a backup in place of the notebook after asking; the current file is kept aside."""
    from relnotebook.store.files.backups import BackupError, check_backup, restore_backup

    if isinstance(path, str):
        return file_only("restore", path)
    if not backup.is_file():
        return fail(f"{backup} does not exist or is not a file.")
    if (status := open_in_app(path)) is not None:
        return status
    if not assume_yes and not sys.stdin.isatty():
        return fail(
            f"restoring replaces {path}: add --yes to restore without a question.", EXIT_USAGE
        )
    info = check_backup(backup)
    if not info.ok:
        return fail(f"this backup cannot be restored: {info.problem}")
    if not assume_yes:
        kept = f"{path.stem}.before-restore-<date>-<time>.sqlite"
        print(
            f"This puts the backup of {info.taken_at:%Y-%m-%d %H:%M} ({info.people} people, "
            f"{info.notes} notes) in place of {path}."
        )
        if path.exists():
            print(f"The current notebook is kept beside it as {kept}.")
        if not confirmed("Restore this backup? [y/N] "):
            print("Nothing was changed.")
            return EXIT_OK
    try:
        aside = restore_backup(backup, path, now=now)
    except BackupError as exc:
        return fail(exc.message, EXIT_CANNOT_WRITE)
    except NotebookError as exc:
        return fail(exc.message)
    print(f"Restored {backup} to {path}.")
    if aside is not None:
        print(f"The previous notebook was kept at {aside}.")
    return EXIT_OK


def write_demo_notebook(path: Path, *, today: dt.date) -> tuple[int, int]:
    """Create `path` filled with the sample data around `today`; returns (people, events)."""
    from relnotebook.core.demo.writer import write_demo
    from relnotebook.store import Notebook, check_notebook

    notebook = Notebook.open(path)
    try:
        write_demo(notebook, today=today)
    finally:
        notebook.close()
    report = check_notebook(path)
    return report.people, report.events


def run_demo(path: Path | str, today: dt.date) -> int:
    if isinstance(path, str):
        return file_only("demo", path)
    if (status := open_in_app(path)) is not None:
        return status
    if path.exists() and path.stat().st_size > 0:
        return fail(
            f"{path} already exists; choose a new file for the sample notebook.", EXIT_USAGE
        )
    try:
        people, events = write_demo_notebook(path, today=today)
    except NotebookError as exc:
        return fail(exc.message)
    print(f"Wrote a sample notebook with {people} people and {events} events to {path}.")
    print(f"Open it with: relnotebook --notebook {path}")
    return EXIT_OK
