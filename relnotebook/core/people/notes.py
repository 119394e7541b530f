"""Conversation notes: dated, about one person, optionally taken at an event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from relnotebook.core.models import Note
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, update_row

# Far beyond any typed note, still small enough that a pasted file cannot bloat the notebook.
MAX_NOTE_CHARS = 5_000_000


def _validated(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(changes)
    if "text" in clean:
        if not clean["text"].strip():
            raise ValidationError("text", "A note needs some text.")
        if len(clean["text"]) > MAX_NOTE_CHARS:
            raise ValidationError(
                "text", "This note is longer than {limit} characters.", limit=MAX_NOTE_CHARS
            )
    if "date" in clean and not isinstance(clean["date"], dt.date):
        raise ValidationError("date", "A note needs a date.")
    return clean


def add_note(
    notebook: Notebook,
    person_id: int,
    *,
    text: str,
    date: dt.date,
    event_id: int | None = None,
) -> int:
    """Store the text exactly as typed (no trimming inside: spacing can matter to the writer)."""
    values = _validated({"text": text, "date": date})
    with notebook.session() as session:
        row = Note(person_id=person_id, event_id=event_id, **values)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def update_note(
    notebook: Notebook, note_id: int, changes: Mapping[str, Any], *, seen_version: int | None = None
) -> dict[str, Any]:
    """Change a note; with `seen_version`, only if nobody changed it since (`models.Versioned`)."""
    with notebook.session() as session:
        return update_row(session, Note, note_id, _validated(changes), seen_version=seen_version)


def delete_note(notebook: Notebook, note_id: int) -> RowSnapshot:
    with notebook.session() as session:
        return delete_one(session, Note, note_id)
