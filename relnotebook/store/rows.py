"""Row-level helpers for undo: change a row and remember what it was; snapshot and restore rows.

Undo in the GUI replays these, so a deleted person comes back with the same ids, notes and
details, and an edit is reverted to exactly the stored value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from relnotebook.core.models import Versioned, utcnow
from relnotebook.errors import EditConflictError
from relnotebook.store.notebook import Notebook


@dataclass(frozen=True)
class RowSnapshot:
    """Rows as they were, in an order that satisfies foreign keys when inserted back."""

    rows: tuple[tuple[type[SQLModel], dict[str, Any]], ...]

    def count(self, model: type[SQLModel]) -> int:
        return sum(1 for kind, _ in self.rows if kind is model)


def snapshot(rows: Iterable[SQLModel]) -> RowSnapshot:
    return RowSnapshot(tuple((type(row), row.model_dump()) for row in rows))


def restore(session: Session, saved: RowSnapshot) -> None:
    for model, values in saved.rows:
        session.add(model(**values))
        session.flush()


def conflict(model: type[SQLModel], key: Any) -> EditConflictError:
    """The refusal of a change started from an older version of a row."""
    return EditConflictError(
        "This was changed elsewhere (in another window or on another computer) after you "
        "started your change, which was not saved over it.",
        table=str(model.__tablename__),
        key=key,
    )


def require_seen(row: SQLModel, seen_version: int | None) -> None:
    """Refuse a change started from `seen_version` if the row has changed since (None: the
    caller did not start from a copy shown to the user, as undo and the command line)."""
    if seen_version is not None and isinstance(row, Versioned) and row.version != seen_version:
        raise conflict(type(row), row.id)  # type: ignore[attr-defined]  # every Versioned has one


def update_row(
    session: Session,
    model: type[SQLModel],
    key: Any,
    changes: Mapping[str, Any],
    *,
    seen_version: int | None = None,
) -> dict[str, Any]:
    """Apply `changes` to one row; returns the previous values of the changed fields. With
    `seen_version`, only if the row is still at that version (see `models.Versioned`)."""
    row = session.get(model, key)
    if row is None:
        raise LookupError(f"{model.__name__} {key} no longer exists")
    require_seen(row, seen_version)
    previous = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        setattr(row, name, value)
    if "updated_at" in type(row).model_fields and "updated_at" not in changes:
        row.updated_at = utcnow()
    session.add(row)
    try:
        session.flush()
    except StaleDataError as exc:  # changed by another transaction since it was read above
        raise conflict(model, key) from exc
    return previous


def delete_one(session: Session, model: type[SQLModel], key: Any) -> RowSnapshot:
    """Delete one row (its own children go by ON DELETE CASCADE); returns it for undo."""
    row = session.get(model, key)
    if row is None:
        raise LookupError(f"{model.__name__} {key} no longer exists")
    saved = snapshot([row])
    session.delete(row)
    session.flush()
    return saved


def restore_rows(notebook: Notebook, saved: RowSnapshot) -> None:
    """Undo of a single-row delete (a detail, a note, an event), in its own unit of work."""
    with notebook.session() as session:
        restore(session, saved)
