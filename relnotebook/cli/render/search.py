"""`relnotebook search`: one person per line with where they were found, and the JSON."""

from __future__ import annotations

from collections.abc import Sequence

from relnotebook.core.people.search import PersonMatch, search_json

__all__ = ["SEARCH_KIND_LABELS", "search_json", "search_text"]

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
