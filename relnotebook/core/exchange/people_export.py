"""People out of the notebook: a CSV for a spreadsheet, vCards for an address book.

The files hold names, addresses and how the user met each person, so they are written the way
every private file is (`files.write_private_file`: one step, owner only). The CSV goes through
`spreadsheet`, so a name typed as a formula stays text; the vCards are written with `vobject`
(vCard 3.0, which every address book reads) rather than by hand, for its escaping and folding.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vobject
from sqlmodel import Session, col, select

from relnotebook.core.exchange.contact_import.incoming import APPLE_NO_YEAR
from relnotebook.core.exchange.spreadsheet import csv_bytes
from relnotebook.core.models import (
    ContactKind,
    ContactPoint,
    Person,
    PersonTag,
    PostalAddress,
    Tag,
    stored,
)
from relnotebook.core.people.occasions import birthday_details, occurrence, read_facts
from relnotebook.core.people.phones import international_phone, region_in, shown_phone
from relnotebook.core.people.views import ADDRESS_PARTS, Address, Website
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
    "name prefix",
    "name suffix",
    "nickname",
    "anniversary",
    "websites",
    "addresses",
)
# vCard's address and website types; any other kind is an Apple label (X-ABLabel).
_VCARD_TYPES = {"home": "HOME", "work": "WORK", "other": "OTHER"}
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
    name_prefix: str = ""
    name_suffix: str = ""
    nickname: str = ""
    anniversary: dt.date | None = None
    birthday: dt.date | None = None  # from their birthday detail; year APPLE_NO_YEAR if unknown
    websites: tuple[Website, ...] = ()
    addresses: tuple[Address, ...] = ()
    phone_region: str = "CA"  # the notebook's: the CSV shows numbers in its national format

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


# Columns, not rows as objects: a sync reads every person each time (a third of the time at 10,000).
_PERSON_COLUMNS = (
    "id",
    "given_name",
    "family_name",
    "preferred_name",
    "organisation",
    "role",
    "language",
    "stage",
    "how_met",
    "name_prefix",
    "name_suffix",
    "nickname",
    "anniversary",
)


def read_exported(session: Session, ids: list[int] | None) -> list[ExportedPerson]:
    people_query = select(*(getattr(Person, name) for name in _PERSON_COLUMNS)).order_by(
        col(Person.family_name), col(Person.given_name), col(Person.id)
    )
    points_query = select(
        ContactPoint.person_id, ContactPoint.kind, ContactPoint.value, ContactPoint.label
    ).order_by(col(ContactPoint.person_id), col(ContactPoint.position))
    tags_query = select(PersonTag.person_id, Tag.name).join(Tag).order_by(Tag.name)
    if ids is not None:
        people_query = people_query.where(col(Person.id).in_(ids))
        points_query = points_query.where(col(ContactPoint.person_id).in_(ids))
        tags_query = tags_query.where(col(PersonTag.person_id).in_(ids))
    addresses_query = select(
        PostalAddress.person_id,
        PostalAddress.kind,
        *(getattr(PostalAddress, name) for name in ADDRESS_PARTS),
    ).order_by(col(PostalAddress.person_id), col(PostalAddress.position))
    if ids is not None:
        addresses_query = addresses_query.where(col(PostalAddress.person_id).in_(ids))
    points: dict[tuple[int, str], list[str]] = defaultdict(list)
    websites: dict[int, list[Website]] = defaultdict(list)
    for person_id, kind, value, label in session.exec(points_query):
        points[(person_id, kind)].append(value)
        if kind == ContactKind.URL.value:
            websites[person_id].append(Website(value, label))
    region = region_in(session)
    addresses: dict[int, list[Address]] = defaultdict(list)
    for person_id, *values in session.exec(addresses_query):
        parts = dict(zip(("kind", *ADDRESS_PARTS), values, strict=True))
        addresses[person_id].append(Address(**parts))
    birthdays = _birthdays(session, ids)
    tags: dict[int, list[str]] = defaultdict(list)
    for person_id, name in session.exec(tags_query):
        tags[person_id].append(name)
    found = []
    for values in session.exec(people_query):
        row = dict(zip(_PERSON_COLUMNS, values, strict=True))
        pid = stored(row["id"])
        found.append(
            ExportedPerson(
                **row,
                emails=tuple(points.get((pid, ContactKind.EMAIL.value), ())),
                phones=tuple(points.get((pid, ContactKind.PHONE.value), ())),
                tags=tuple(tags.get(pid, ())),
                birthday=birthdays.get(pid),
                websites=tuple(websites.get(pid, ())),
                addresses=tuple(addresses.get(pid, ())),
                phone_region=region,
            )
        )
    return found


def exported_people(
    notebook: Notebook, person_ids: Iterable[int] | None = None
) -> list[ExportedPerson]:
    """Everyone (or those in `person_ids` that still exist), by family then given name.

    An empty `person_ids` is refused: exporting "the selected people" with none selected is a
    mistake worth saying, not an empty file.
    """
    ids = _wanted(person_ids)
    with notebook.reader() as session:
        return read_exported(session, ids)


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
        LIST_SEPARATOR.join(shown_phone(phone, person.phone_region) for phone in person.phones),
        LIST_SEPARATOR.join(person.tags),
        person.how_met,
        person.name_prefix,
        person.name_suffix,
        person.nickname,
        _day(person.anniversary),
        LIST_SEPARATOR.join(website.url for website in person.websites),
        LIST_SEPARATOR.join(address.text for address in person.addresses),
    )


def _birthdays(session: Session, ids: list[int] | None) -> dict[int, dt.date]:
    """Each person's birthday as a day (their first birthday detail that says one), so that a
    vCard carries it as BDAY and an import of the export gives the detail back."""
    found: dict[int, dt.date] = {}
    wanted = None if ids is None else set(ids)
    for fact in read_facts(session, (birthday_details,)):
        if (wanted is None or fact.person_id in wanted) and fact.person_id not in found:
            year = APPLE_NO_YEAR if fact.year is None else fact.year
            found[fact.person_id] = occurrence(fact.month, fact.day, year)
    return found


def _day(day: dt.date | None) -> str:
    """A day as vCard writes it: "--0612" when its year is not known."""
    if day is None:
        return ""
    return f"--{day:%m%d}" if day.year == APPLE_NO_YEAR else day.isoformat()


def _typed(card: vobject.base.Component, name: str, kind: str, group: str) -> Any:
    """A property with its kind: a vCard TYPE, or an Apple label in a group of its own."""
    if kind.casefold() in _VCARD_TYPES or not kind:
        line = card.add(name)
        if kind:
            line.type_param = _VCARD_TYPES[kind.casefold()]
        return line
    line = card.add(name, group=group)
    card.add("x-ablabel", group=group).value = kind
    return line


def csv_content(people: Sequence[ExportedPerson]) -> bytes:
    """The CSV: one row per person, UTF-8 with a BOM, formula-safe cells."""
    return csv_bytes(CSV_HEADER, (_csv_row(p) for p in people))


def vcard(person: ExportedPerson) -> vobject.base.Component:
    """One person as a vCard 3.0 component."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=person.family_name.strip(),
        given=person.given_name.strip(),
        prefix=person.name_prefix,
        suffix=person.name_suffix,
    )
    card.add("fn").value = person.name
    if nickname := (person.nickname or person.preferred_name).strip():
        card.add("nickname").value = nickname
    if person.preferred_name.strip():
        card.add("x-relnotebook-goes-by").value = person.preferred_name.strip()
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
        line.value = international_phone(number)
        line.type_param = "VOICE"
    groups = (f"item{n}" for n in itertools.count(1))
    for place in person.addresses:
        parts = {name: getattr(place, name) for name in ("street", "city", "region", "country")}
        value = vobject.vcard.Address(**parts, code=place.postal_code)
        _typed(card, "adr", place.kind, next(groups)).value = value
    for website in person.websites:
        _typed(card, "url", website.kind, next(groups)).value = website.url
    if person.birthday is not None:
        card.add("bday").value = _day(person.birthday)
    if person.anniversary is not None:
        card.add("x-anniversary").value = _day(person.anniversary)
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

    N (with prefix and suffix), FN, NICKNAME (or the name they go by), X-RELNOTEBOOK-GOES-BY,
    ORG, TITLE, EMAIL, TEL, ADR and URL (kinds as TYPE or X-ABLabel), X-ANNIVERSARY, CATEGORIES
    (the tags) and NOTE (how the user met them). None: `progress` asked to stop and nothing was
    written.
    """
    return _export(notebook, path, person_ids, vcard_content, progress)
