"""Likely duplicates across the whole notebook: pairs of people who may be one, for the merge.

Two people are a likely pair when they share an email address (ignoring case), a phone number
(read with `core.people.phones`: "(418) 555-0100" is "+1 418-555-0100"), the same name and
organisation (ignoring case and accents), or close names ("Jean-François Côté" and "Jean
Francois Cote", "Catherine Tremblay" and "Catherine Tremblai").

Close names are compared only within blocks of people whose family names start alike (and
with those whose given name starts so, for a name typed the wrong way round), so ten thousand
people take a second or so instead of fifty million comparisons; a block too large to compare
(a family name shared by hundreds) is left to the exact rules.

A pair the user said are two people ("Not a duplicate") is remembered in the notebook
(`NotDuplicate`) and not listed again; undo forgets it.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import col
from sqlmodel.sql.expression import Select

from relnotebook.core.exchange.contact_import.preview import fold
from relnotebook.core.models import ContactKind, ContactPoint, NotDuplicate, Person
from relnotebook.core.people.phones import phone_key, region_in
from relnotebook.core.people.service import require_person
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
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


def not_duplicates(notebook: Notebook, first_id: int, second_id: int) -> int | None:
    """Remember that these two are two people: Find Duplicates lists them no more. Returns the
    pair's id for `forget_not_duplicates` (undo), None when it was remembered already. Raises
    `ValidationError` for one person twice or a person no longer in the notebook."""
    if first_id == second_id:
        raise ValidationError("other_id", "A person cannot be a duplicate of themself.")
    first_id, second_id = sorted((first_id, second_id))
    with notebook.session() as session:
        require_person(session, first_id)
        require_person(session, second_id)
        pair = col(NotDuplicate.person_id).in_((first_id, second_id)) & col(
            NotDuplicate.other_id
        ).in_((first_id, second_id))
        if session.exec(Select(col(NotDuplicate.id)).where(pair)).first() is not None:
            return None
        row = NotDuplicate(person_id=first_id, other_id=second_id)
        session.add(row)
        session.flush()
        return row.id


def forget_not_duplicates(notebook: Notebook, pair_id: int) -> None:
    """Undo of `not_duplicates`: the pair may be listed again."""
    with notebook.session() as session:
        row = session.get(NotDuplicate, pair_id)
        if row is not None:
            session.delete(row)


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


def _people(
    notebook: Notebook,
) -> tuple[dict[int, _Person], dict[tuple[str, str], set[int]], set[tuple[int, int]]]:
    """Everyone (names folded), who has each email and phone, and the pairs said not to be
    duplicates: three queries."""
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
        pairs: Select[int, int] = Select(col(NotDuplicate.person_id), col(NotDuplicate.other_id))
        apart = session.exec(pairs).all()
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
    return people, owners, {(min(a, b), max(a, b)) for a, b in apart}


def _blocks(people: Iterable[_Person]) -> Iterator[tuple[list[_Person], list[_Person]]]:
    """For each start of a family name ("trem"): the people with that family name, and those
    whose given name starts so ("Tremblay Robert" typed the wrong way round)."""
    families: dict[str, list[_Person]] = defaultdict(list)
    givens: dict[str, list[_Person]] = defaultdict(list)
    for person in people:
        if person.given and person.family:
            families[person.family[:_PREFIX]].append(person)
            givens[person.given[:_PREFIX]].append(person)
    for prefix, family in families.items():
        yield family, givens.get(prefix, [])


def find_duplicates(
    notebook: Notebook, progress: Callable[[int, int], object] | None = None
) -> list[LikelyPair]:
    """Every likely pair of the notebook, the likeliest first; `progress(done, total)` is told
    how far the comparison of names is (the GUI runs this off the UI thread)."""
    people, owners, apart = _people(notebook)
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
    blocks = list(_blocks(people.values()))
    for done, (family, swapped) in enumerate(blocks):
        if progress is not None and done % 100 == 0:
            progress(done, len(blocks))
        if len(family) <= LARGEST_BLOCK:
            for first, second in _close_pairs(family, swapped[:LARGEST_BLOCK]):
                if first != second:
                    reasons[(min(first, second), max(first, second))].add(Reason.CLOSE_NAME)
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
        if first in people and second in people and (first, second) not in apart
    ]
    pairs.sort(key=lambda p: (_STRENGTH[p.reasons[0]], -len(p.reasons), -p.likeness, p.first_id))
    return pairs


def _names(people: Iterable[_Person]) -> list[tuple[tuple[str, str], list[int]]]:
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for person in people:
        by_name[(person.given, person.family)].append(person.id)
    return list(by_name.items())


def _close_pairs(family: list[_Person], swapped: list[_Person]) -> Iterator[tuple[int, int]]:
    """The pairs with close names among `family` (one start of a family name), and between them
    and `swapped` (given names starting so); each distinct name is compared once."""
    names = _names(family)
    for i, (name, ids) in enumerate(names):
        yield from itertools.combinations(ids, 2)  # the same name
        for other, other_ids in names[i + 1 :]:
            if _likeness_of(name, other) >= CLOSE_ENOUGH:
                yield from itertools.product(ids, other_ids)
    for (given, family_name), ids in _names(swapped):
        for name, other_ids in names:
            if _likeness_of((family_name, given), name) >= CLOSE_ENOUGH:
                yield from itertools.product(ids, other_ids)


@functools.lru_cache(maxsize=1 << 16)
def _ratio(a: str, b: str) -> float:
    """difflib's ratio of two folded names; names repeat (Marie, Tremblay), so it is kept."""
    a, b = _PUNCTUATION.sub(" ", a), _PUNCTUATION.sub(" ", b)
    if 2 * min(len(a), len(b)) < CLOSE_ENOUGH * (len(a) + len(b)):
        return 2 * min(len(a), len(b)) / (len(a) + len(b))  # the most it can be: too far
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    bound = matcher.quick_ratio()  # counts letters only: the most the ratio can be
    return bound if bound < CLOSE_ENOUGH else matcher.ratio()


def _likeness(a: _Person, b: _Person) -> float:
    return _likeness_of((a.given, a.family), (b.given, b.family))


def _likeness_of(a: tuple[str, str], b: tuple[str, str]) -> float:
    """How alike two (given, family) names are: the less alike of the given names and of the
    family names (so that "Marc Tremblay" and "Marie Tremblay" are two people), in either
    order. Below `CLOSE_ENOUGH`, it may be an upper bound rather than the exact figure."""
    return max(_both(a[1], b[1], a[0], b[0]), _both(a[0], b[1], a[1], b[0]))


def _both(a: str, b: str, c: str, d: str) -> float:
    """min(ratio(a, b), ratio(c, d)), the second left out when the first is already too low."""
    first = _ratio(a, b)
    return first if first < CLOSE_ENOUGH else min(first, _ratio(c, d))
