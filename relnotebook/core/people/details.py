"""Personal details: the trip, the hobby, the busy period that make a later message personal."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from relnotebook.core.models import DetailKind, Person, PersonalDetail, Signal, stored
from relnotebook.core.outreach.messages.mentions import guess_language, suggest
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


MENTION_COLUMNS = ("mention_en", "mention_tu", "mention_vous")


def suggested_mentions(text: str, fallback_language: str) -> dict[str, str]:
    """The mention columns suggested for a detail: its own language's filled ("" when no
    mention reads right), the other language's "" (a draft never mixes languages). The
    language is guessed from the text, else the person's."""
    mentions = suggest(text, guess_language(text) or fallback_language)
    return {
        "mention_en": mentions.en or "",
        "mention_tu": mentions.tu or "",
        "mention_vous": mentions.vous or "",
    }


def stored_mention(detail: Any, language: str, form: str | None, fallback_language: str) -> str:
    """The mention a draft uses: the stored one, else the suggestion (details written before
    mentions were kept); "" when there is none in that language and form."""
    column = "mention_en" if language == "en" else f"mention_{form or 'tu'}"
    value = getattr(detail, column, None)
    if value is None:
        value = suggested_mentions(detail.text, fallback_language)[column]
    return str(value).strip()


def _validated(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(changes)
    for name in MENTION_COLUMNS:
        if name in clean and clean[name] is not None:
            clean[name] = " ".join(str(clean[name]).split())
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
    mentions: Mapping[str, str | None] | None = None,
) -> int:
    """Add a detail; `mentions` (columns of MENTION_COLUMNS) as the user corrected them, the
    suggestion for those not given."""
    values = _validated(
        {
            "text": text,
            "kind": kind,
            "mentioned_on": mentioned_on,
            "starts_on": starts_on,
            "ends_on": ends_on,
            **(mentions or {}),
        }
    )
    with notebook.session() as session:
        person = session.get(Person, person_id)
        language = person.language if person is not None else "fr"
        for name, value in suggested_mentions(values["text"], language).items():
            if values.get(name) is None:
                values[name] = value
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
    """Change a detail. A new text brings new suggested mentions, except where the user had
    corrected the mention (it no longer matches what the old text suggested)."""
    clean = _validated(changes)
    with notebook.session() as session:
        row = session.get(PersonalDetail, detail_id)
        if row is not None and "text" in clean and clean["text"] != row.text:
            person = session.get(Person, row.person_id)
            language = person.language if person is not None else "fr"
            before = suggested_mentions(row.text, language)
            after = suggested_mentions(clean["text"], language)
            for name in MENTION_COLUMNS:
                current = getattr(row, name)
                follows = current is None or current == before[name]
                if name not in clean and follows and current != after[name]:
                    clean[name] = after[name]
        return update_row(session, PersonalDetail, detail_id, clean, seen_version=seen_version)


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
