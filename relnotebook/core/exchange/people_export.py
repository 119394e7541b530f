"""People out of the notebook: a CSV for a spreadsheet, vCards for an address book.

The files hold names, addresses and how the user met each person, so they are written the way
every private file is (`files.write_private_file`: one step, owner only). The CSV goes through
`spreadsheet`, so a name typed as a formula stays text; the vCards are written with `vobject`
(vCard 3.0, which every address book reads) rather than by hand, for its escaping and folding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import vobject
from sqlmodel import Session, col, select

from relnotebook.core.exchange.spreadsheet import csv_bytes
from relnotebook.core.models import ContactKind, ContactPoint, Person, PersonTag, Tag, stored
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.files import write_private_file
from relnotebook.store import Notebook
from relnotebook.store.files.outside_copies import CopyKind, record_copy

# `progress(done, total)`: False asks the export to stop; nothing is written then.
Progress = Callable[[int, int], bool]

CSV_HEADER = (
    "given name",
    "family name",
    "preferred name",
    "organisation",
    "role",
    "language",
    "stage",
    "emails",
    "phones",
    "tags",
    "how met",
)
# Several addresses (or phones, or tags) share one cell, in the person's order.
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class ExportedPerson:
    """What leaves the notebook about one person in a CSV row or a vCard."""

    id: int
    given_name: str
    family_name: str
    preferred_name: str
    organisation: str
    role: str
    language: str
    stage: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    tags: tuple[str, ...]
    how_met: str

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.family_name, self.preferred_name)


def _wanted(person_ids: Iterable[int] | None) -> list[int] | None:
    if person_ids is None:
        return None
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ValidationError("person_ids", "Select at least one person to export.")
    return ids


def _read(session: Session, ids: list[int] | None) -> list[ExportedPerson]:
    people_query = select(Person).order_by(
        col(Person.family_name), col(Person.given_name), col(Person.id)
    )
    points_query = select(ContactPoint).order_by(
        col(ContactPoint.person_id), col(ContactPoint.position)
    )
    tags_query = select(PersonTag.person_id, Tag.name).join(Tag).order_by(Tag.name)
    if ids is not None:
        people_query = people_query.where(col(Person.id).in_(ids))
        points_query = points_query.where(col(ContactPoint.person_id).in_(ids))
        tags_query = tags_query.where(col(PersonTag.person_id).in_(ids))
    points: dict[tuple[int, str], list[str]] = defaultdict(list)
    for point in session.exec(points_query):
        points[(point.person_id, point.kind)].append(point.value)
    tags: dict[int, list[str]] = defaultdict(list)
    for person_id, name in session.exec(tags_query):
        tags[person_id].append(name)
    return [
        ExportedPerson(
            id=stored(p.id),
            given_name=p.given_name,
            family_name=p.family_name,
            preferred_name=p.preferred_name,
            organisation=p.organisation,
            role=p.role,
            language=p.language,
            stage=p.stage,
            emails=tuple(points.get((stored(p.id), ContactKind.EMAIL.value), ())),
            phones=tuple(points.get((stored(p.id), ContactKind.PHONE.value), ())),
            tags=tuple(tags.get(stored(p.id), ())),
            how_met=p.how_met,
        )
        for p in session.exec(people_query)
    ]


def exported_people(
    notebook: Notebook, person_ids: Iterable[int] | None = None
) -> list[ExportedPerson]:
    """Everyone (or those in `person_ids` that still exist), by family then given name.

    An empty `person_ids` is refused: exporting "the selected people" with none selected is a
    mistake worth saying, not an empty file.
    """
    ids = _wanted(person_ids)
    with notebook.reader() as session:
        return _read(session, ids)


def _csv_row(person: ExportedPerson) -> tuple[str, ...]:
    return (
        person.given_name,
        person.family_name,
        person.preferred_name,
        person.organisation,
        person.role,
        person.language,
        person.stage,
        LIST_SEPARATOR.join(person.emails),
        LIST_SEPARATOR.join(person.phones),
        LIST_SEPARATOR.join(person.tags),
        person.how_met,
    )


def csv_content(people: Sequence[ExportedPerson]) -> bytes:
    """The CSV: one row per person, UTF-8 with a BOM, formula-safe cells."""
    return csv_bytes(CSV_HEADER, (_csv_row(p) for p in people))


def vcard(person: ExportedPerson) -> vobject.base.Component:
    """One person as a vCard 3.0 component."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=person.family_name.strip(), given=person.given_name.strip()
    )
    card.add("fn").value = person.name
    if person.preferred_name.strip():
        card.add("nickname").value = person.preferred_name.strip()
    if person.organisation.strip():
        card.add("org").value = [person.organisation.strip()]
    if person.role.strip():
        card.add("title").value = person.role.strip()
    for address in person.emails:
        line = card.add("email")
        line.value = address
        line.type_param = "INTERNET"
    for number in person.phones:
        line = card.add("tel")
        line.value = number
        line.type_param = "VOICE"
    if person.tags:
        card.add("categories").value = list(person.tags)
    if person.how_met.strip():
        card.add("note").value = person.how_met.strip()
    return card


def vcard_content(people: Sequence[ExportedPerson]) -> bytes:
    """All the cards in one .vcf file, UTF-8, CRLF line ends and folded lines (RFC 2426)."""
    return "".join(vcard(p).serialize() for p in people).encode("utf-8")


def _export(
    notebook: Notebook,
    path: Path,
    person_ids: Iterable[int] | None,
    render: Callable[[Sequence[ExportedPerson]], bytes],
    progress: Progress | None,
) -> int | None:
    people = exported_people(notebook, person_ids)
    if progress is not None and not progress(0, len(people)):
        return None
    content = render(people)
    if progress is not None and not progress(len(people), len(people)):
        return None
    write_private_file(Path(path), content)
    record_copy(notebook.path, Path(path), CopyKind.EXPORT)
    return len(people)


def people_csv(
    notebook: Notebook,
    path: Path,
    person_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> int | None:
    """Write everyone (or `person_ids`) to a CSV at `path`; returns how many people.

    None: `progress` asked to stop and nothing was written. Raises OSError when the file cannot
    be written (the previous file, if any, is left as it was).
    """
    return _export(notebook, path, person_ids, csv_content, progress)


def people_vcard(
    notebook: Notebook,
    path: Path,
    person_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> int | None:
    """Write everyone (or `person_ids`) as vCard 3.0 to `path`; returns how many people.

    N, FN, NICKNAME (the name they go by), ORG, TITLE, EMAIL, TEL, CATEGORIES (the tags) and
    NOTE (how the user met them). None: `progress` asked to stop and nothing was written.
    """
    return _export(notebook, path, person_ids, vcard_content, progress)
