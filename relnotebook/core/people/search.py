"""Global search: find anything in the notebook, grouped by the person it is about.

The store's full-text index matches what was typed against names, organisations, emails and
phones, notes, personal details and messages sent, ignoring accents and case ("velo" finds
"vélo") and matching word starts as the user types ("CROAT" finds "Croatia"). Here the matching
rows become one result per person, best first, with a few highlighted snippets each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col
from sqlmodel.sql.expression import Select

from relnotebook.core.models import Person
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.search_index import IndexHit, find

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
SNIPPETS_PER_PERSON = 3
KINDS = (
    "name",
    "organisation",
    "email",
    "website",
    "phone",
    "address",
    "note",
    "detail",
    "signal",
)


@dataclass(frozen=True)
class Snippet:
    """Where the words were found: `kind` (one of `KINDS`), the source row's id, and the text
    around the match as (text, matched) pieces."""

    kind: str
    pieces: tuple[tuple[str, bool], ...]
    source_id: int = 0

    @property
    def text(self) -> str:
        return "".join(part for part, _ in self.pieces)

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The snippet with the matched text between `start` and `end`."""
        return "".join(f"{start}{part}{end}" if hit else part for part, hit in self.pieces)


@dataclass(frozen=True)
class PersonMatch:
    """One person in the results, with up to `SNIPPETS_PER_PERSON` snippets, best first."""

    person_id: int
    name: str
    organisation: str
    snippets: tuple[Snippet, ...]


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            "limit", "The number of results must be from 1 to {limit}.", limit=str(MAX_LIMIT)
        )


def _grouped(hits: Sequence[IndexHit], limit: int) -> dict[int, list[Snippet]]:
    """Hits in rank order become people in the order of their best hit."""
    people: dict[int, list[Snippet]] = {}
    for hit in hits:
        snippets = people.get(hit.person_id)
        if snippets is None:
            if len(people) == limit:
                continue
            snippets = people[hit.person_id] = []
        if len(snippets) < SNIPPETS_PER_PERSON:
            snippets.append(Snippet(hit.kind, hit.pieces, hit.source_id))
    return people


def search(notebook: Notebook, query: str, limit: int = DEFAULT_LIMIT) -> list[PersonMatch]:
    """The people `query` finds, best first; [] for a blank query."""
    _check_limit(limit)
    if not query.strip():
        return []
    with notebook.reader() as session:
        hits = find(session, query, people=limit, per_person=SNIPPETS_PER_PERSON)
        people = _grouped(hits, limit)
        columns: Select[int, str, str, str, str] = Select(
            col(Person.id),
            col(Person.given_name),
            col(Person.family_name),
            col(Person.preferred_name),
            col(Person.organisation),
        )
        rows = session.exec(columns.where(col(Person.id).in_(list(people)))).all()
    names = {row[0]: (display_name(row[1], row[2], row[3]), row[4]) for row in rows}
    return [
        PersonMatch(person_id, names[person_id][0], names[person_id][1], tuple(snippets))
        for person_id, snippets in people.items()
        if person_id in names
    ]
