"""Erasure reaches the copies of a notebook that the app itself keeps.

An erased person must not stay readable in the app's own files: each backup in the notebook's
`backups/` folder, the copies kept beside it before an upgrade or a restore, and the drafts
side file (for a server notebook, this machine's backups and drafts of it). Each copy that holds
them is rewritten with the same erasure, as a notebook of its own (`store.scrub.rewrite_copy`:
a temporary copy, checked, renamed over it). A copy that cannot be rewritten is named with the
reason, never skipped in silence. Copies made elsewhere (Back Up Now to another folder, exports)
are out of the app's reach, and the erasure's message says so.

Rewriting a copy costs about what erasing in the notebook did (a few seconds for a notebook of
100 MB), so the GUI does it off the UI thread: it touches the copies only, never the open notebook.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from relnotebook.errors import NotebookError, Sentence
from relnotebook.store import Notebook
from relnotebook.store.files.backups import app_copies
from relnotebook.store.files.drafts import drafts_path, drop_drafts
from relnotebook.store.scrub import holds_people, rewrite_copy

# progress(done, total) before each copy; what it returns is not asked: a half-done erasure
# of the copies cannot be cancelled (the rest would still hold them).
CopiesProgress = Callable[[int, int], object]


@dataclass(frozen=True)
class CopyNotRewritten:
    """One of the app's files that may still hold the erased people, and why it was left."""

    path: Path
    reason: Sentence


@dataclass(frozen=True)
class CopiesErased:
    rewritten: tuple[Path, ...] = ()  # copies that held them, rewritten without them
    not_rewritten: tuple[CopyNotRewritten, ...] = ()


def erase_from_copies(
    notebook_path: Path,
    person_ids: Collection[int],
    erase: Callable[[Notebook], int],
    progress: CopiesProgress | None = None,
) -> CopiesErased:
    """Rewrite each of the app's copies of the notebook at `notebook_path` that holds one of
    `person_ids` with `erase`, which erases them in the copy it is given and says how many of
    them it found there."""
    rewritten: list[Path] = []
    problems: list[CopyNotRewritten] = []
    copies = app_copies(notebook_path)
    for done, path in enumerate(copies):
        if progress is not None:
            progress(done, len(copies))
        try:
            if holds_people(path, person_ids) and rewrite_copy(path, erase):
                rewritten.append(path)
        except NotebookError as exc:
            problems.append(CopyNotRewritten(path, exc.sentence))
    if progress is not None:
        progress(len(copies), len(copies))
    return CopiesErased(tuple(rewritten), tuple(problems))


def erase_from_drafts(
    notebook_path: Path, person_ids: Collection[int]
) -> tuple[int, CopyNotRewritten | None]:
    """Drop what was being typed about them from the drafts side file: (how many drafts went,
    the file when it could not be rewritten)."""
    try:
        return drop_drafts(notebook_path, person_ids), None
    except OSError as exc:
        path = drafts_path(notebook_path)
        reason = Sentence(
            "{path} could not be rewritten and was left as it was: {reason}",
            {"path": path, "reason": exc.strerror or exc},
        )
        return 0, CopyNotRewritten(path, reason)
