"""Likely duplicates across the whole notebook: pairs of people who may be one, for the merge.

Two people are a likely pair when they share an email address (ignoring case), a phone number
(read with `core.people.phones`: "(418) 555-0100" is "+1 418-555-0100"), the same name and
organisation (ignoring case and accents), or close names ("Jean-François Côté" and "Jean
Francois Cote", "Catherine Tremblay" and "Catherine Tremblai").

Close names are compared only within blocks of people sharing a key (the first letters of the
family or the given name), so ten thousand people take a
fraction of a second instead of fifty million comparisons; a block too large to compare (a
family name shared by hundreds) is left to the exact rules.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import col
from sqlmodel.sql.expression import Select

from relnotebook.core.exchange.contact_import.preview import fold
from relnotebook.core.models import ContactKind, ContactPoint, Person
from relnotebook.core.people.phones import phone_key, region_in
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook

CLOSE_ENOUGH = 0.85  # difflib's ratio of two folded given names, and of two family names
LARGEST_BLOCK = 200  # people sharing a blocking key beyond this are not compared by name
_PREFIX = 4  # letters of the family name in a blocking key
_PUNCTUATION = re.compile(r"[-'.]")


class Reason(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME_AND_ORGANISATION = "name_and_organisation"
    CLOSE_NAME = "close_name"


# Strongest first: pairs are listed by their strongest reason, then by how close the names are.
_STRENGTH = {reason: rank for rank, reason in enumerate(Reason)}


@dataclass(frozen=True)
class LikelyPair:
    """Two people who may be one (`first_id` < `second_id`), and why."""

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reasons: tuple[Reason, ...]
    likeness: float  # how alike the names are, 0 to 1
    shared: str = ""  # the email or number they share, when they do


@dataclass
class _Person:
    id: int
    name: str
    given: str
    family: str
    organisation: str

    @property
    def full(self) -> str:
        """The folded name, hyphens and apostrophes as spaces ("jean francois cote")."""
        return " ".join(_PUNCTUATION.sub(" ", f"{self.given} {self.family}").split())


def _people(notebook: Notebook) -> tuple[dict[int, _Person], dict[tuple[str, str], set[int]]]:
    """Everyone (names folded), and who has each email and phone: two queries."""
    columns: Select[int, str, str, str, str] = Select(
        col(Person.id),
        col(Person.given_name),
        col(Person.family_name),
        col(Person.preferred_name),
        col(Person.organisation),
    )
    points: Select[int, str, str] = Select(
        col(ContactPoint.person_id), col(ContactPoint.kind), col(ContactPoint.value)
    )
    with notebook.reader() as session:
        rows = session.exec(columns).all()
        found = session.exec(
            points.where(col(ContactPoint.kind).in_([ContactKind.EMAIL, ContactKind.PHONE]))
        ).all()
        region = region_in(session)
    people = {
        person_id: _Person(
            person_id,
            display_name(given, family, preferred),
            fold(given or preferred),
            fold(family),
            fold(organisation),
        )
        for person_id, given, family, preferred, organisation in rows
    }
    owners: dict[tuple[str, str], set[int]] = defaultdict(set)
    for person_id, kind, value in found:
        key = value.casefold() if kind == ContactKind.EMAIL else phone_key(value, region)
        if key:
            owners[(kind, key)].add(person_id)
    return people, owners


def _blocks(people: Iterable[_Person]) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for person in people:
        if not (person.given and person.family):
            continue
        # The start of either name: "Tremblay Robert" typed the wrong way round is compared
        # with "Robert Tremblay" in the blocks of both.
        for key in {person.family[:_PREFIX], person.given[:_PREFIX]}:
            blocks[key].append(person.id)
    return blocks


def find_duplicates(notebook: Notebook) -> list[LikelyPair]:
    """Every likely pair of the notebook, the likeliest first."""
    people, owners = _people(notebook)
    reasons: dict[tuple[int, int], set[Reason]] = defaultdict(set)
    shared: dict[tuple[int, int], str] = {}
    for (kind, key), owning in owners.items():
        reason = Reason.EMAIL if kind == ContactKind.EMAIL else Reason.PHONE
        ordered = sorted(owning)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                reasons[(first, second)].add(reason)
                shared.setdefault((first, second), key)
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for person in people.values():
        if person.full:
            by_name[(person.full, person.organisation)].append(person.id)
    for ids in by_name.values():
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                reasons[(min(first, second), max(first, second))].add(Reason.NAME_AND_ORGANISATION)
    for ids in _blocks(people.values()).values():
        if len(ids) > LARGEST_BLOCK:
            continue
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                pair = (min(first, second), max(first, second))
                if pair in reasons and Reason.CLOSE_NAME in reasons[pair]:
                    continue
                if _likeness(people[first], people[second]) >= CLOSE_ENOUGH:
                    reasons[pair].add(Reason.CLOSE_NAME)
    pairs = [
        LikelyPair(
            first,
            people[first].name,
            second,
            people[second].name,
            tuple(sorted(found, key=_STRENGTH.__getitem__)),
            round(_likeness(people[first], people[second]), 3),
            shared.get((first, second), ""),
        )
        for (first, second), found in reasons.items()
        if first in people and second in people
    ]
    pairs.sort(key=lambda p: (_STRENGTH[p.reasons[0]], -len(p.reasons), -p.likeness, p.first_id))
    return pairs


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _PUNCTUATION.sub(" ", a), _PUNCTUATION.sub(" ", b)).ratio()


def _likeness(a: _Person, b: _Person) -> float:
    """How alike two names are: the less alike of the given names and of the family names (so
    that "Marc Tremblay" and "Marie Tremblay" are two people), in either order."""
    straight = min(_ratio(a.given, b.given), _ratio(a.family, b.family))
    return max(straight, min(_ratio(a.given, b.family), _ratio(a.family, b.given)))
