"""The files the app wrote for the user outside its own folders, remembered for erasure.

Erasing a person rewrites every copy the app keeps (`erasure_copies`), but a backup made with
Back Up Now to a USB key, an export or a dossier is the user's file, out of the app's reach. The
least the app owes the user is to say which of those still exist, so they can delete them or
erase the person there too. So each such file is recorded, when written, in a side file beside
the notebook (`<notebook>.copies.json`, private like the drafts file; for a server notebook,
beside this machine's folder for it: the paths are this machine's).

Only where a file was written and what it was is kept, never its content; when it was last
written is read off the file itself. A dossier is recorded by its
folder, since its file names carry the person's name. Recording is best effort: the export
itself succeeded, and a side file that cannot be written must not turn it into a failure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
from dataclasses import dataclass
from pathlib import Path

from relnotebook.files import open_regular_file, write_private_file

COPIES_SUFFIX = ".copies.json"
# The oldest entries go first beyond this many: a list nobody can read is no help.
MAX_COPIES = 200


class CopyKind(enum.StrEnum):
    BACKUP = "backup"  # Back Up Now / `relnotebook backup --out` into another folder
    EXPORT = "export"  # everyone as CSV or vCard, or the whole notebook as JSON
    CALENDAR = "calendar"  # the .ics of the coming check-ins
    NEWSLETTER = "newsletter"  # the sending list
    DOSSIER = "dossier"  # everything about one person (the folder it went into)
    MESSAGE = "message"  # a drafted message saved as .eml


@dataclass(frozen=True)
class OutsideCopy:
    path: Path
    kind: CopyKind
    written_at: dt.datetime | None = None  # the file's own time, when listed


def copies_path(notebook_path: Path | str) -> Path:
    path = Path(notebook_path)
    return path.with_name(path.name + COPIES_SUFFIX)


def _read(notebook_path: Path) -> list[OutsideCopy]:
    try:
        with open_regular_file(copies_path(notebook_path)) as handle:
            entries = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return []  # none yet, or unreadable: nothing to name (the next write starts it again)
    copies = []
    for entry in entries if isinstance(entries, list) else []:
        with contextlib.suppress(KeyError, TypeError, ValueError):
            copies.append(OutsideCopy(Path(entry["path"]), CopyKind(entry["kind"])))
    return copies


def record_copy(notebook_path: Path, written: Path, kind: CopyKind) -> None:
    """Remember that the data of the notebook at `notebook_path` was written to `written`."""
    written = Path(written).absolute()
    kept = [copy for copy in _read(notebook_path) if copy.path != written]
    kept = [*kept, OutsideCopy(written, kind)][-MAX_COPIES:]
    document = [{"path": str(c.path), "kind": c.kind.value} for c in kept]
    with contextlib.suppress(OSError):
        write_private_file(
            copies_path(notebook_path), json.dumps(document, indent=1).encode("utf-8")
        )


def outside_copies(notebook_path: Path) -> tuple[OutsideCopy, ...]:
    """The recorded files that may still exist, the most recently written first: those that
    are there (with their time), and those whose folder cannot be reached now (a USB key
    taken out: no time). A file gone from a folder that is there was deleted: not named."""
    found = []
    for copy in _read(notebook_path):
        try:
            stamp = copy.path.stat().st_mtime
        except OSError:
            if copy.path.parent.exists():
                continue
            found.append(copy)
        else:
            found.append(OutsideCopy(copy.path, copy.kind, dt.datetime.fromtimestamp(stamp)))
    return tuple(sorted(found, key=_newest_first))


def _newest_first(copy: OutsideCopy) -> tuple[bool, float]:
    if copy.written_at is None:
        return True, 0.0
    return False, -copy.written_at.timestamp()
