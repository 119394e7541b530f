"""Automatic backups of a notebook: where they go, which are kept, and putting one back.

Years of notes about people's lives must survive a crash, a bad upgrade or a damaged disk. A
backup is taken when a notebook is opened (once a day) and once a day while the app runs, into a
`backups/` folder beside the notebook, named after it so that several notebooks in one folder
never mix: `notebook-20261123-083000.sqlite`. The newest backup of each of the last 7 days and
of each of the 4 weeks before is kept (both settable). Restoring first copies the current file
aside, so a restore can itself be undone by hand.

The file mechanics (the SQLite backup API, `-wal` files, atomic renames) are in
`relnotebook.store.backup`; this module decides what to copy where and when.
"""

from __future__ import annotations

import datetime as dt
import glob
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from relnotebook.clock import stamp_now
from relnotebook.core import settings
from relnotebook.errors import DamagedNotebookError, NotANotebookError, NotebookError
from relnotebook.store.backup import (
    LEFTOVERS,
    BackupCancelled,
    BackupError,
    Progress,
    backup_file,
    counts,
    install_copy,
    new_copy_file,
    quick_check,
    read_settings,
    remove_backup,
    replace_notebook,
)
from relnotebook.store.files.outside_copies import CopyKind, record_copy
from relnotebook.store.inspection import inspect_file
from relnotebook.store.notebook import make_notebook_folder

if TYPE_CHECKING:
    from relnotebook.store.notebook import Notebook

__all__ = [
    "BackupCancelled",
    "BackupError",
    "BackupInfo",
    "app_copies",
    "back_up",
    "back_up_server",
    "back_up_if_due",
    "backup_due",
    "backup_folder",
    "check_backup",
    "keep_backups",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
]

BACKUP_FOLDER = "backups"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# Why a file was set aside in place of the notebook: before a restore, or found damaged.
KeptAs = Literal["before-restore", "damaged"]


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the restore list shows it."""

    path: Path
    taken_at: dt.datetime
    people: int | None  # None when the file cannot be read
    notes: int | None
    ok: bool
    problem: str = ""  # why it cannot be restored, for the user

    @property
    def id(self) -> Path:
        return self.path


def backup_folder(notebook_path: Path) -> Path:
    """Beside the notebook, so a backup lives on the same disk and moves with the folder."""
    return Path(notebook_path).absolute().parent / BACKUP_FOLDER


def backup_name(notebook_path: Path, taken_at: dt.datetime) -> str:
    return f"{Path(notebook_path).stem}-{taken_at.strftime(STAMP_FORMAT)}.sqlite"


def _name_pattern(notebook_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(notebook_path).stem) + r"-(\d{8}-\d{6})\.sqlite")


def _backup_files(
    notebook_path: Path, folder: Path | None = None
) -> list[tuple[dt.datetime, Path]]:
    """This notebook's backups in `folder` (its own by default), newest first."""
    folder = folder or backup_folder(notebook_path)
    pattern = _name_pattern(notebook_path)
    found: list[tuple[dt.datetime, Path]] = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            taken_at = dt.datetime.strptime(match.group(1), STAMP_FORMAT)
        except ValueError:
            continue  # looks like ours but is no date (20261399-…): not ours to touch
        found.append((taken_at, entry))
    return sorted(found, reverse=True)


def keep_backups(
    dates: Iterable[dt.datetime], today: dt.date, daily: int = 7, weekly: int = 4
) -> set[dt.datetime]:
    """Which backups to keep: the newest of each of the last `daily` days that have one, then
    the newest of each of the last `weekly` ISO weeks (that have one) before those days.

    Counting only days that have a backup means a notebook left unopened for months keeps its
    last backups. A backup dated after `today` (a clock that was wrong) counts as today's.
    """
    if daily < 1:
        raise ValueError("At least one daily backup is kept: the newest.")
    if weekly < 0:
        raise ValueError("The number of weekly backups cannot be negative.")
    newest_first = sorted(set(dates), reverse=True)

    def day_of(taken_at: dt.datetime) -> dt.date:
        return min(taken_at.date(), today)

    by_day: dict[dt.date, dt.datetime] = {}
    for taken_at in newest_first:
        by_day.setdefault(day_of(taken_at), taken_at)
    days = sorted(by_day, reverse=True)[:daily]
    kept = {by_day[day] for day in days}
    if not days:
        return kept
    by_week: dict[tuple[int, int], dt.datetime] = {}
    for taken_at in newest_first:
        day = day_of(taken_at)
        if day < days[-1]:
            iso = day.isocalendar()
            by_week.setdefault((iso.year, iso.week), taken_at)
    kept |= {by_week[week] for week in sorted(by_week, reverse=True)[:weekly]}
    return kept


def _retention(backup: Path) -> tuple[int, int]:
    """(daily, weekly) as set in the notebook, read from its fresh backup: the live file is
    not touched again, and the copy has exactly the settings in force."""
    stored = read_settings(backup, (settings.BACKUP_DAILY.key, settings.BACKUP_WEEKLY.key))

    def value(setting: settings.IntSetting) -> int:
        try:
            number = int(stored.get(setting.key, setting.default))
        except ValueError:
            number = setting.default
        return min(max(number, setting.minimum), setting.maximum)

    return value(settings.BACKUP_DAILY), value(settings.BACKUP_WEEKLY)


def prune(notebook_path: Path, today: dt.date, daily: int, weekly: int) -> list[Path]:
    """Delete this notebook's automatic backups that the retention rule does not keep."""
    files = _backup_files(notebook_path)
    kept = keep_backups((taken_at for taken_at, _ in files), today, daily, weekly)
    removed = [path for taken_at, path in files if taken_at not in kept]
    for path in removed:
        remove_backup(path)
    return removed


def back_up(
    notebook_path: Path,
    folder: Path | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy the notebook (open or not) into `folder` (its `backups/` folder by default) and
    check the copy; then apply the retention rule to the automatic backups.

    A copy that fails SQLite's check is removed, never counted as a backup, and nothing is
    pruned: old good backups must not make room for a bad one. Backups put in another folder
    ("Back up now…" to a USB key) belong to the user and are never pruned.
    Raises `BackupCancelled` when `progress` returns False, `BackupError` when the copy cannot
    be written, `DamagedNotebookError` when the notebook is damaged.
    """
    notebook_path = Path(notebook_path).absolute()
    now = now or stamp_now()
    automatic = folder is None or Path(folder).absolute() == backup_folder(notebook_path)
    target = backup_folder(notebook_path) if folder is None else Path(folder)
    destination = backup_file(
        notebook_path, target / backup_name(notebook_path, now), progress=progress
    )
    problems = quick_check(destination)
    if problems:
        remove_backup(destination)
        raise DamagedNotebookError(
            notebook_path,
            "{path} could not be backed up: it is damaged (SQLite reports: {detail}).",
            detail=problems[0],
        )
    if automatic:
        prune(notebook_path, now.date(), *_retention(destination))
    else:
        record_copy(notebook_path, destination, CopyKind.BACKUP)
    return destination


def back_up_server(
    notebook: Notebook, folder: Path | None = None, now: dt.datetime | None = None
) -> Path:
    """Copy a notebook on a server, row by row, into an SQLite notebook file in `folder` (by
    default this machine's `backups/` folder for it, beside `notebook.path`, pruned as a file
    notebook's backups are); the file is checked before it counts.

    The copy is the one `relnotebook copy` makes, exact both ways: it is this machine's last
    local copy, which the app opens read-only when the server cannot be reached, and which
    `relnotebook copy --from … --to postgresql://…` puts back on a server. (`pg_dump` is not
    used: its files need PostgreSQL's own tools and version to be read, and no app could open
    one offline.) Raises `BackupError` when the copy cannot be written.
    """
    from relnotebook.core.exchange.notebook_json import copy_notebook
    from relnotebook.store.notebook import Notebook

    now = now or stamp_now()
    target = backup_folder(notebook.path) if folder is None else Path(folder)
    destination = target / backup_name(notebook.path, now)
    temporary = new_copy_file(destination)
    try:
        copy = Notebook.open(temporary)
        try:
            copy_notebook(notebook, copy)
        finally:
            copy.close()
        install_copy(temporary, destination)
    except BaseException:
        remove_backup(temporary)
        raise
    info = check_backup(destination, now)
    if not info.ok:
        remove_backup(destination)
        raise BackupError(
            destination, "The copy {path} failed its check: {problem}", problem=info.problem
        )
    if folder is None:
        prune(notebook.path, now.date(), *_retention(destination))
    else:
        record_copy(notebook.path, destination, CopyKind.BACKUP)
    return destination


def server_backup_due(notebook: Notebook, now: dt.datetime) -> bool:
    """No automatic backup of the server notebook was taken on this machine on `now`'s day."""
    today = now.date()
    return not any(taken_at.date() == today for taken_at, _ in _backup_files(notebook.path))


def backup_due(notebook_path: Path, now: dt.datetime) -> bool:
    """True when the notebook has content and no automatic backup was taken on `now`'s day."""
    notebook_path = Path(notebook_path)
    try:
        if notebook_path.stat().st_size == 0:
            return False
    except OSError:
        return False
    today = now.date()
    return not any(taken_at.date() == today for taken_at, _ in _backup_files(notebook_path))


def back_up_if_due(notebook_path: Path, now: dt.datetime | None = None) -> Path | None:
    """The backup taken when a notebook is opened, before any migration: once a day.

    Returns the new backup, or None when none was due or the file is not a sound notebook
    (a new, empty file; another program's file; a damaged one): `Notebook.open`, called next,
    explains those. Raises `BackupError` when the copy cannot be written; the app says so and
    opens the notebook anyway.
    """
    now = now or stamp_now()
    if not backup_due(notebook_path, now):
        return None
    try:
        if inspect_file(Path(notebook_path)).is_new:
            return None
        return back_up(notebook_path, now=now)
    except BackupError:
        raise
    except NotebookError:
        return None


def _verify(path: Path) -> tuple[int, int]:
    """(people, notes) of a sound notebook this version can open; raises a `NotebookError`
    saying what is wrong otherwise."""
    if inspect_file(path).is_new:
        raise NotANotebookError(path, "{path} is empty: it is not a notebook.")
    problems = quick_check(path)
    if problems:
        raise DamagedNotebookError(
            path, "{path} is damaged (SQLite reports: {detail}).", detail=problems[0]
        )
    return counts(path)


def check_backup(path: Path, taken_at: dt.datetime | None = None) -> BackupInfo:
    """Whether `path` can be restored, with its counts; `taken_at` defaults to its date."""
    path = Path(path)
    when = taken_at or dt.datetime.fromtimestamp(path.stat().st_mtime)
    try:
        people, notes = _verify(path)
    except NotebookError as exc:
        return BackupInfo(path, when, None, None, ok=False, problem=exc.message)
    return BackupInfo(path, when, people, notes, ok=True)


def list_backups(notebook_path: Path) -> list[BackupInfo]:
    """This notebook's automatic backups, newest first, each checked."""
    return [check_backup(path, taken_at) for taken_at, path in _backup_files(notebook_path)]


def newest_good_backup(notebook_path: Path) -> BackupInfo | None:
    """The backup to offer when the notebook is damaged; older ones are checked only as
    long as the newer ones are damaged too."""
    for taken_at, path in _backup_files(notebook_path):
        info = check_backup(path, taken_at)
        if info.ok:
            return info
    return None


def aside_path(notebook_path: Path, kept_as: KeptAs, now: dt.datetime) -> Path:
    """`notebook.before-restore-20261123-083000.sqlite`, never an existing file's name."""
    notebook_path = Path(notebook_path)
    base = f"{notebook_path.stem}.{kept_as}-{now.strftime(STAMP_FORMAT)}"
    candidate = notebook_path.with_name(f"{base}.sqlite")
    number = 1
    while candidate.exists():
        number += 1
        candidate = notebook_path.with_name(f"{base}-{number}.sqlite")
    return candidate


def app_copies(notebook_path: Path) -> list[Path]:
    """Every copy of this notebook that the app made and keeps: its backups in its `backups/`
    folder (automatic, or Back Up Now into that folder), and the copies kept beside it before
    an upgrade, before a restore or when it was found damaged. Copies put anywhere else
    (Back Up Now to a USB key, exports) are the user's: the app does not know where they are.
    """
    notebook_path = Path(notebook_path).absolute()
    folder, stem = notebook_path.parent, glob.escape(notebook_path.stem)
    patterns = [f"{glob.escape(notebook_path.name)}.before-upgrade-*"]
    patterns += [f"{stem}.{kept_as}-*.sqlite" for kept_as in get_args(KeptAs)]
    beside = {
        path
        for pattern in patterns
        for path in folder.glob(pattern)
        if path.is_file() and not path.name.endswith((*LEFTOVERS, ".tmp"))
    }
    return [path for _taken_at, path in _backup_files(notebook_path)] + sorted(beside)


def restore_backup(
    backup: Path,
    notebook_path: Path,
    *,
    kept_as: KeptAs = "before-restore",
    now: dt.datetime | None = None,
) -> Path | None:
    """Put `backup` in place of the notebook, which must be closed (the caller closes it).

    The backup is checked first (a sound notebook this version can open); the current file
    and its `-wal` are copied aside as `<stem>.before-restore-<when>.sqlite` (or
    `.damaged-<when>` for a damaged notebook), then the backup replaces it in one rename.
    Returns where the old file was kept, or None when there was no file.
    """
    # A notebook reached through a symbolic link is restored where the link points: the link
    # stays a link, as the user made it.
    backup, notebook_path = Path(backup).absolute(), Path(notebook_path).resolve()
    if backup.exists() and notebook_path.exists() and backup.samefile(notebook_path):
        raise NotANotebookError(backup, "{path} is the notebook itself, not a backup of it.")
    if not backup.is_file():
        raise NotANotebookError(backup, "{path} does not exist or is not a file.")
    try:
        _verify(backup)
    except NotebookError as exc:
        raise type(exc)(backup, f"This backup cannot be restored: {exc.message}") from exc
    make_notebook_folder(notebook_path)
    aside = aside_path(notebook_path, kept_as, now or stamp_now())
    return replace_notebook(backup, notebook_path, aside)
