"""Risky places for a notebook: folders that cloud-sync tools copy while the app writes.

Dropbox, OneDrive, iCloud Drive and Google Drive upload a file as it changes. A SQLite file is
written in several steps (and with a `-wal` beside it), so the copy can be taken mid-write, and two
computers editing the "same" notebook end up with conflicting copies, each missing notes. The app
warns once and offers to move the notebook; the move itself is here, without Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from relnotebook.clock import stamp_now
from relnotebook.errors import NotebookAccessError, ValidationError
from relnotebook.store.files.drafts import drafts_path
from relnotebook.store.inspection import check_notebook
from relnotebook.store.notebook import backup_copy

# Folder names, compared case-insensitively: exact names, then prefixes. Each is a folder the
# sync tool creates itself (Windows, macOS, Linux clients), not a word that merely appears.
_EXACT = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "skydrive": "OneDrive",
    "iclouddrive": "iCloud Drive",
    "icloud drive": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "pcloud drive": "pCloud",
    "pclouddrive": "pCloud",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
_PREFIXES = (
    ("dropbox (", "Dropbox"),  # "Dropbox (Personal)", "Dropbox (Company)"
    ("dropbox-", "Dropbox"),  # ~/Library/CloudStorage/Dropbox-Personal
    ("onedrive - ", "OneDrive"),  # "OneDrive - Company Name"
    ("onedrive-", "OneDrive"),  # ~/Library/CloudStorage/OneDrive-Personal
    ("googledrive-", "Google Drive"),  # ~/Library/CloudStorage/GoogleDrive-me@example.com
    ("box-", "Box"),  # ~/Library/CloudStorage/Box-Box
    ("nextcloud-", "Nextcloud"),
)
_HOME_PARENTS = {"home", "users"}  # /home/me/Box, C:\Users\me\Box, /Users/me/Box


def _folders(path: Path | str) -> list[str]:
    """The folder names above the file, for Windows and POSIX spellings alike."""
    parts = [part for part in re.split(r"[\\/]+", str(path)) if part]
    return [part.casefold() for part in parts[:-1]]


def cloud_sync_folder(path: Path | str) -> str | None:
    """The name of the cloud-sync service whose folder holds `path`, or None."""
    folders = _folders(path)
    for index, name in enumerate(folders):
        if name in _EXACT:
            return _EXACT[name]
        for prefix, service in _PREFIXES:
            if name.startswith(prefix):
                return service
        if name == "mobile documents" and index > 0 and folders[index - 1] == "library":
            return "iCloud Drive"
        if name == "box" and index >= 2 and folders[index - 2] in _HOME_PARENTS:
            return "Box"
    return None


@dataclass(frozen=True)
class MovedNotebook:
    """Where the notebook is now, and the name the old file was kept under."""

    path: Path
    old_copy: Path


def move_notebook(path: Path, folder: Path, *, now: dt.datetime | None = None) -> MovedNotebook:
    """Copy the closed notebook at `path` into `folder`, check the copy, keep the original.

    The copy goes through SQLite's backup API (consistent, even with a `-wal` beside the file)
    and is checked before anything else happens. The original is then renamed, not deleted, so
    the user can see it is the old one; drafts being typed follow the notebook.
    """
    path = Path(path).expanduser().absolute()
    folder = Path(folder).expanduser().absolute()
    target = folder / path.name
    if target.resolve() == path.resolve():
        raise ValidationError("folder", "The notebook is already in that folder.")
    if target.exists():
        raise ValidationError(
            "folder",
            "{target} already exists; choose another folder or rename that file.",
            target=target,
        )
    try:
        backup_copy(path, target)
        check_notebook(target)
    except Exception as exc:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        reason = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
        raise NotebookAccessError(
            target,
            "The notebook could not be copied to {folder} ({reason}). It stays where it was.",
            folder=folder,
            reason=reason,
        ) from exc
    stamp = (now or stamp_now()).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.moved-away-{stamp}{path.suffix}")
    try:
        path.rename(kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(Path(f"{kept}{suffix}"))
    except OSError:
        kept = path  # the copy is good; the old file simply keeps its name
    drafts = drafts_path(path)
    if drafts.exists():
        with contextlib.suppress(OSError):
            shutil.move(drafts, drafts_path(target))
            if os.name == "posix":
                drafts_path(target).chmod(0o600)
    return MovedNotebook(path=target, old_copy=kept)
