"""The user's own message templates, stored in the notebook beside the built-in ones."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from relnotebook.core.models import Language, MessageTemplate, SignalKind, stored
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, update_row

MAX_SOURCE_CHARS = 20_000


@dataclass(frozen=True)
class TemplateView:
    id: int
    name: str
    kind: SignalKind
    language: Language
    source: str

    @property
    def reference(self) -> str:
        """How a signal records which template drafted it."""
        return f"user:{self.id}"


def _validated(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(changes)
    if "name" in clean:
        clean["name"] = clean["name"].strip()
        if not clean["name"]:
            raise ValidationError("name", "A template needs a name.")
    if "kind" in clean:
        clean["kind"] = SignalKind(clean["kind"]).value
    if "language" in clean:
        clean["language"] = Language(clean["language"]).value
    if "source" in clean and len(clean["source"]) > MAX_SOURCE_CHARS:
        raise ValidationError(
            "source", "A template is at most {limit} characters.", limit=MAX_SOURCE_CHARS
        )
    return clean


def list_templates(notebook: Notebook) -> list[TemplateView]:
    with notebook.reader() as session:
        rows = session.exec(select(MessageTemplate).order_by(col(MessageTemplate.name))).all()
    return [
        TemplateView(stored(r.id), r.name, SignalKind(r.kind), Language(r.language), r.source)
        for r in rows
    ]


def add_template(
    notebook: Notebook, *, name: str, kind: SignalKind, language: Language, source: str
) -> int:
    values = _validated({"name": name, "kind": kind, "language": language, "source": source})
    with notebook.session() as session:
        row = MessageTemplate(**values)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def update_template(
    notebook: Notebook, template_id: int, changes: Mapping[str, Any]
) -> dict[str, Any]:
    with notebook.session() as session:
        return update_row(session, MessageTemplate, template_id, _validated(changes))


def delete_template(notebook: Notebook, template_id: int) -> RowSnapshot:
    with notebook.session() as session:
        return delete_one(session, MessageTemplate, template_id)
