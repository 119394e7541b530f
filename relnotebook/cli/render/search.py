"""`relnotebook search`: one person per line with where they were found, and the JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from relnotebook.core.people.search import PersonMatch

SEARCH_KIND_LABELS = {"detail": "personal detail", "signal": "message sent"}


def search_text(matches: Sequence[PersonMatch], query: str) -> list[str]:
    """One line per person, the matched text shown [like this]; one line when no one is found."""
    if not matches:
        return [f"No one found for “{query.strip()}”."]
    lines = []
    for match in matches:
        organisation = f" ({match.organisation})" if match.organisation else ""
        found = " · ".join(
            f"{SEARCH_KIND_LABELS.get(snippet.kind, snippet.kind)}: {snippet.marked()}"
            for snippet in match.snippets
        )
        lines.append(f"- {match.person_id}: {match.name}{organisation} — {found}")
    return lines


def match_json(match: PersonMatch) -> dict[str, Any]:
    """One result as JSON-ready data: each snippet has its plain `text` and its `pieces` as
    [text, matched] pairs."""
    return {
        "id": match.person_id,
        "name": match.name,
        "organisation": match.organisation,
        "snippets": [
            {
                "kind": snippet.kind,
                "source_id": snippet.source_id,
                "text": snippet.text,
                "pieces": [[part, hit] for part, hit in snippet.pieces],
            }
            for snippet in match.snippets
        ],
    }


def search_json(query: str, matches: Sequence[PersonMatch]) -> dict[str, Any]:
    """What `search` found as one JSON-ready document: {"query": ..., "people": [...]}."""
    return {"query": query, "people": [match_json(match) for match in matches]}
