"""Half-typed text kept beside the notebook, so a crash never takes what was being typed.

`<notebook>.drafts.json` holds only text not yet saved in the notebook: private (mode 0600),
replaced in one step, removed when nothing is left. The notebook itself is never written for a
draft: a draft is not a note until the user adds it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relnotebook.files import write_private_file

DRAFTS_SUFFIX = ".drafts.json"
FORMAT = 1


@dataclass(frozen=True)
class Draft:
    """What was typed for one person in one input of the person page (`field`: "note", …)."""

    person_id: int
    field: str
    texts: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(text.strip() for text in self.texts)


def drafts_path(notebook: Path | str) -> Path:
    path = Path(notebook)
    return path.with_name(path.name + DRAFTS_SUFFIX)


def read_drafts(notebook: Path | str) -> list[Draft]:
    """The drafts left by the last run; none when there is no file or it cannot be read."""
    try:
        document = json.loads(drafts_path(notebook).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = document.get("drafts") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        return []
    drafts = [draft for entry in entries if (draft := _draft(entry)) is not None]
    return [draft for draft in drafts if not draft.is_blank]


def _draft(entry: Any) -> Draft | None:
    if not isinstance(entry, dict):
        return None
    person_id, field, texts = entry.get("person_id"), entry.get("field"), entry.get("texts")
    if not isinstance(person_id, int) or isinstance(person_id, bool) or person_id <= 0:
        return None
    if not isinstance(field, str) or not isinstance(texts, list):
        return None
    if not all(isinstance(text, str) for text in texts):
        return None
    return Draft(person_id, field, tuple(texts))


def write_drafts(notebook: Path | str, drafts: Iterable[Draft]) -> None:
    """Replace the side file with `drafts`; remove it when none has any text."""
    kept = [draft for draft in drafts if not draft.is_blank]
    path = drafts_path(notebook)
    if not kept:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    document = {
        "format": FORMAT,
        "drafts": [
            {"person_id": draft.person_id, "field": draft.field, "texts": list(draft.texts)}
            for draft in kept
        ],
    }
    write_private_file(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


def drop_drafts(notebook: Path | str, person_ids: Iterable[int]) -> int:
    """Remove what was being typed about these people (they were erased); returns how many
    drafts went. A side file the app cannot read is removed too: it would never be offered
    back, and it may hold them. Raises OSError when the file cannot be replaced."""
    erased = set(person_ids)
    drafts = read_drafts(notebook)
    kept = [draft for draft in drafts if draft.person_id not in erased]
    if len(kept) < len(drafts) or (not drafts and drafts_path(notebook).exists()):
        write_drafts(notebook, kept)
    return len(drafts) - len(kept)
