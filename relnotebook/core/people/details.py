"""Personal details: the trip, the hobby, the busy period that make a later message personal."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from relnotebook.core.models import DetailKind, PersonalDetail, Signal, stored
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, restore, update_row

# Words that suggest what kind of detail a free-text phrase is, in both languages, checked in
# this order. A guess only: the person page lets the user change the kind.
_KIND_WORDS: dict[DetailKind, tuple[str, ...]] = {
    DetailKind.BUSY: (
        "busy",
        "occupe",
        "rush",
        "deborde",
        "periode chargee",
        "tax season",
        "impots",
        "year-end",
        "fin d annee",
    ),
    DetailKind.TRIP: (
        "trip",
        "travel",
        "voyage",
        "vacances",
        "vacation",
        "holiday in",
        "journey",
        "tour",
        "croisiere",
        "cruise",
        "sejour",
        "periple",
    ),
    DetailKind.HOBBY: (
        "cycling",
        "bike",
        "velo",
        "golf",
        "ski",
        "running",
        "marathon",
        "course a pied",
        "hockey",
        "tennis",
        "piano",
        "guitar",
        "guitare",
        "painting",
        "peinture",
        "garden",
        "jardin",
        "sailing",
        "voile",
        "fishing",
        "peche",
        "photo",
        "hiking",
        "randonnee",
        "cooking",
        "cuisine",
        "reading",
        "lecture",
        "chess",
        "echecs",
        "yoga",
        "wine",
        "vin",
    ),
    DetailKind.FAMILY: (
        "daughter",
        "son",
        "kids",
        "children",
        "wife",
        "husband",
        "baby",
        "grandchild",
        "fille",
        "fils",
        "enfant",
        "epouse",
        "conjoint",
        "mari",
        "bebe",
        "petit-enfant",
        "wedding",
        "mariage",
        "family",
        "famille",
    ),
    DetailKind.WORK: (
        "job",
        "promotion",
        "new role",
        "nouveau poste",
        "company",
        "entreprise",
        "business",
        "startup",
        "retire",
        "retraite",
        "project",
        "projet",
        "merger",
        "fusion",
    ),
}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def guess_kind(text: str) -> DetailKind:
    """The likeliest kind for a phrase such as "cycling trip across Croatia" (a trip)."""
    plain = _plain(text)
    for kind, words in _KIND_WORDS.items():
        # Whole words (plurals allowed): "tour" must not match "tournament".
        if any(re.search(rf"\b{re.escape(word)}(?:s|es|x)?\b", plain) for word in words):
            return kind
    return DetailKind.OTHER


def _validated(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(changes)
    if "text" in clean:
        clean["text"] = clean["text"].strip()
        if not clean["text"]:
            raise ValidationError("text", "A detail needs some text.")
    if "kind" in clean:
        clean["kind"] = DetailKind(clean["kind"]).value
    for name in ("mentioned_on", "starts_on", "ends_on"):
        if name in clean and clean[name] is not None and not isinstance(clean[name], dt.date):
            raise ValidationError(name, "Not a date.")
    return clean


def add_detail(
    notebook: Notebook,
    person_id: int,
    *,
    text: str,
    kind: DetailKind = DetailKind.OTHER,
    mentioned_on: dt.date | None = None,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
) -> int:
    values = _validated(
        {
            "text": text,
            "kind": kind,
            "mentioned_on": mentioned_on,
            "starts_on": starts_on,
            "ends_on": ends_on,
        }
    )
    with notebook.session() as session:
        row = PersonalDetail(person_id=person_id, **values)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def update_detail(
    notebook: Notebook,
    detail_id: int,
    changes: Mapping[str, Any],
    *,
    seen_version: int | None = None,
) -> dict[str, Any]:
    with notebook.session() as session:
        return update_row(
            session, PersonalDetail, detail_id, _validated(changes), seen_version=seen_version
        )


@dataclass(frozen=True)
class DeletedDetail:
    rows: RowSnapshot
    signal_ids: tuple[int, ...]  # messages that mentioned it; they keep existing without it


def delete_detail(notebook: Notebook, detail_id: int) -> DeletedDetail:
    with notebook.session() as session:
        signal_ids = session.exec(select(Signal.id).where(Signal.detail_id == detail_id)).all()
        saved = delete_one(session, PersonalDetail, detail_id)
        return DeletedDetail(saved, tuple(stored(signal_id) for signal_id in signal_ids))


def restore_detail(notebook: Notebook, deleted: DeletedDetail) -> None:
    """Undo of `delete_detail`, messages re-linked, so "ask how it went" is not asked twice."""
    with notebook.session() as session:
        restore(session, deleted.rows)
        detail_id = deleted.rows.rows[0][1]["id"]
        for signal_id in deleted.signal_ids:
            if session.get(Signal, signal_id) is not None:
                update_row(session, Signal, signal_id, {"detail_id": detail_id})
