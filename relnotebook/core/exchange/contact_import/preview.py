"""The preview of an import: what each contact would become, before anything is written.

Each row is new, a likely duplicate (of someone in the notebook, or of an earlier row of the same
file), or an error with its line. A likely duplicate has the same email (ignoring case), the
same phone number (read with `core.people.phones`: "+1 418 555 0100" is "(418) 555-0100"), or
the same name and organisation (ignoring case and accents). The notebook is read with three
queries, whatever the file's size.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from sqlmodel import col, select
from sqlmodel.sql.expression import Select

from relnotebook.core.exchange.contact_import.incoming import (
    IncomingContact,
    ParsedFile,
    as_date,
)
from relnotebook.core.models import ContactKind, ContactPoint, Person
from relnotebook.core.people.phones import KeyTails, phone_key, region_in, stored_phone
from relnotebook.core.people.views import PersonFields
from relnotebook.core.validation import display_name, normalise_email, split_name
from relnotebook.errors import Sentence, ValidationError
from relnotebook.store import Notebook


class Choice(StrEnum):
    """What the user wants done with one row."""

    CREATE = "create"
    MERGE = "merge"  # fill the existing person's gaps, add new emails, phones and the note
    SKIP = "skip"


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    ERROR = "error"


class MatchReason(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME_AND_ORGANISATION = "name_and_organisation"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Who a row is likely the same as: a person of the notebook, or an earlier row."""

    name: str
    reason: MatchReason
    person_id: int | None = None  # someone already in the notebook
    row: int | None = None  # or the index of an earlier row of the same file
    line: int = 0  # that earlier row's line


@dataclass(frozen=True, slots=True)
class PreviewRow:
    index: int  # position in `ImportPreview.rows`; the key of a choice
    line: int
    status: RowStatus
    fields: PersonFields | None = None  # None for an error row
    contact: IncomingContact | None = None
    duplicate: Duplicate | None = None
    error: Sentence | None = None  # why an error row cannot be imported
    warnings: tuple[Sentence, ...] = ()  # values left out (an email that is not an address)

    @property
    def default_choice(self) -> Choice:
        return Choice.CREATE if self.status is RowStatus.NEW else Choice.SKIP

    @property
    def choices(self) -> tuple[Choice, ...]:
        """The choices that make sense: nothing for an error, merge only for a duplicate."""
        if self.status is RowStatus.ERROR:
            return (Choice.SKIP,)
        if self.status is RowStatus.DUPLICATE:
            return (Choice.SKIP, Choice.MERGE, Choice.CREATE)
        return (Choice.CREATE, Choice.SKIP)

    @property
    def name(self) -> str:
        return self.fields.name if self.fields else (self.contact.name if self.contact else "")

    @property
    def organisation(self) -> str:
        return self.fields.organisation if self.fields else ""

    @property
    def email(self) -> str:
        return self.fields.emails[0] if self.fields and self.fields.emails else ""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    source: str
    rows: tuple[PreviewRow, ...]

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    def default_choices(self) -> dict[int, Choice]:
        return {row.index: row.default_choice for row in self.rows}


def fold(text: str) -> str:
    """Case- and accent-insensitive, spaces collapsed: "Côté  Inc." and "cote inc." match."""
    if text.isascii():  # most names: nothing to decompose (a notebook's worth is 5 times faster)
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def name_key(given: str, family: str, organisation: str) -> tuple[str, str] | None:
    name = fold(f"{given} {family}")
    return (name, fold(organisation)) if name else None


def _checked(
    values: Sequence[str], normalise: Callable[[str], str], key: Callable[[str], str]
) -> tuple[tuple[str, ...], list[Sentence]]:
    """Values that pass the check, once each, and a sentence for each left out."""
    kept: list[str] = []
    seen: set[str] = set()
    warnings: list[Sentence] = []
    for value in values:
        try:
            clean = normalise(value)
        except ValidationError as exc:
            warnings.append(Sentence("{problem} It was left out.", {"problem": exc}))
            continue
        if key(clean) not in seen:
            seen.add(key(clean))
            kept.append(clean)
    return tuple(kept), warnings


# A word of an address's local part that reads as a name: letters, maybe joined by hyphens or
# apostrophes ("marie-eve", "o'neil"); a single letter does not ("j.tremblay" is not J Tremblay).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _capitalised(word: str) -> str:
    """A word written all in lower or upper case gets its capitals ("marie-eve" and "MARIE-EVE"
    read "Marie-Eve"); one written with them ("McDonald") stays as it is."""
    if not (word.islower() or word.isupper()):
        return word
    return re.sub(r"[^\W\d_]+", lambda match: match[0].capitalize(), word.lower())


def name_from_email(address: str) -> tuple[str, str]:
    """(given, family) for a contact known only by an email address.

    "jean.tremblay@…" and "jean_tremblay@…" are how most people's addresses are made, and
    read as "Jean Tremblay"; any other local part ("jtremblay1975", "info", "j.tremblay") is
    kept as it is, as the given name: guessing a name from it would look like a real name the
    user never gave. A "+tag" is left out either way.
    """
    local = address.rpartition("@")[0]
    local = local.partition("+")[0] or local  # "+news@…" keeps its only name
    words = [word for word in re.split(r"[._]", local) if word]
    if 2 <= len(words) <= 3 and all(len(w) > 1 and _NAME_WORD.fullmatch(w) for w in words):
        return split_name(" ".join(_capitalised(word) for word in words))
    return local, ""


def _address_for_name(contact: IncomingContact) -> str:
    """The address a contact is to be named after: its name itself when that is an address
    (some phones put it in FN), or its first valid address when it has no name; else ""."""
    for candidate in (contact.name,) if contact.name.strip() else contact.emails:
        if "@" not in candidate:  # not an address: no need to raise and catch the refusal
            continue
        try:
            return normalise_email(candidate)
        except ValidationError:
            continue
    return ""


def person_fields(
    contact: IncomingContact, region: str = "CA"
) -> tuple[PersonFields, list[Sentence]]:
    """The person a contact becomes, and what was left out or needs a look; raises
    `ValidationError` when it cannot become a person at all (no name, no email address)."""
    given, family = contact.given_name.strip(), contact.family_name.strip()
    emails, warnings = _checked(contact.emails, normalise_email, str.casefold)
    review: list[Sentence] = []
    if address := _address_for_name(contact):
        given, family = name_from_email(address)
        if address.casefold() not in {email.casefold() for email in emails}:
            emails = (*emails, address)
        review.append(
            Sentence(
                "This contact has no name: it is named “{name}” after its email address. "
                "Check the name.",
                {"name": display_name(given, family)},
            )
        )
    elif not (given or family):
        raise ValidationError("name", "This contact has no name, so it cannot be imported.")
    phones, phone_warnings = _checked(
        contact.phones, partial(stored_phone, region=region), partial(phone_key, region=region)
    )
    fields = PersonFields(
        given_name=given,
        family_name=family,
        organisation=contact.organisation.strip(),
        role=contact.role.strip(),
        how_met=f"Imported from {contact.source}" if contact.source else "Imported",
        emails=emails,
        phones=phones,
        name_prefix=contact.name_prefix.strip(),
        name_suffix=contact.name_suffix.strip(),
        preferred_name=contact.preferred_name.strip(),
        # Our own export writes the name they go by as NICKNAME too, for other apps.
        nickname="" if contact.nickname == contact.preferred_name else contact.nickname.strip(),
        anniversary=as_date(contact.anniversary),
        addresses=contact.addresses,
        websites=contact.websites,
        tags=tuple(dict.fromkeys(" ".join(c.split()).casefold() for c in contact.categories)),
    )
    return fields, [*review, *contact.warnings, *warnings, *phone_warnings]


@dataclass(slots=True)
class _Known:
    """The notebook's emails and names, loaded once, then the file's rows as they are seen."""

    emails: dict[str, Duplicate]
    names: dict[tuple[str, str], Duplicate]
    phones: dict[str, Duplicate]
    region: str

    def match(self, fields: PersonFields) -> Duplicate | None:
        for email in fields.emails:
            if (found := self.emails.get(email.casefold())) is not None:
                return found
        for phone in fields.phones:
            if (found := self.phones.get(phone_key(phone, self.region))) is not None:
                return found
        key = name_key(fields.given_name, fields.family_name, fields.organisation)
        return self.names.get(key) if key else None

    def remember(self, row: int, line: int, fields: PersonFields) -> None:
        for email in fields.emails:
            self.emails.setdefault(
                email.casefold(), Duplicate(fields.name, MatchReason.EMAIL, row=row, line=line)
            )
        for phone in fields.phones:
            self.phones.setdefault(
                phone_key(phone, self.region),
                Duplicate(fields.name, MatchReason.PHONE, row=row, line=line),
            )
        key = name_key(fields.given_name, fields.family_name, fields.organisation)
        if key:
            self.names.setdefault(
                key, Duplicate(fields.name, MatchReason.NAME_AND_ORGANISATION, row=row, line=line)
            )


def _notebook_index(notebook: Notebook, region: str, phones: KeyTails) -> _Known:
    """The notebook's people by email, name and organisation, and by phone for the numbers
    that may be one of `phones` (reading every number would take seconds at 50,000 people)."""
    who: Select[int, str, str, str, str] = Select(
        col(Person.id),
        col(Person.given_name),
        col(Person.family_name),
        col(Person.preferred_name),
        col(Person.organisation),
    )
    with notebook.reader() as session:
        people = session.exec(who).all()
        points = session.exec(
            select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.value)
            .where(col(ContactPoint.kind).in_([ContactKind.EMAIL.value, ContactKind.PHONE.value]))
            .order_by(col(ContactPoint.person_id), col(ContactPoint.position))
        ).all()
    names: dict[int, str] = {}
    by_name: dict[tuple[str, str], Duplicate] = {}
    for person_id, given, family, preferred, organisation in people:
        names[person_id] = display_name(given, family, preferred)
        for first in {given, preferred} - {""}:
            key = name_key(first, family, organisation)
            if key:
                by_name.setdefault(
                    key,
                    Duplicate(
                        names[person_id],
                        MatchReason.NAME_AND_ORGANISATION,
                        person_id=person_id,
                    ),
                )
        if not (given or preferred):
            key = name_key("", family, organisation)
            if key:
                by_name.setdefault(
                    key,
                    Duplicate(
                        names[person_id],
                        MatchReason.NAME_AND_ORGANISATION,
                        person_id=person_id,
                    ),
                )
    by_email: dict[str, Duplicate] = {}
    by_phone: dict[str, Duplicate] = {}
    keys: dict[str, str] = {}  # stored number: its key ("" when it cannot be the file's)
    for person_id, kind, value in points:
        name = names.get(person_id, "")
        if kind == ContactKind.EMAIL.value:
            by_email.setdefault(
                value.casefold(), Duplicate(name, MatchReason.EMAIL, person_id=person_id)
            )
            continue
        if value not in keys:  # an office's switchboard, shared by all its people: read once
            keys[value] = phone_key(value, region) if phones.may_match(value) else ""
        if number := keys[value]:
            by_phone.setdefault(number, Duplicate(name, MatchReason.PHONE, person_id=person_id))
    return _Known(by_email, by_name, by_phone, region)


def build_preview(notebook: Notebook, parsed: ParsedFile) -> ImportPreview:
    """Compare the file's contacts with the notebook (and with each other); writes nothing."""
    with notebook.reader() as session:
        region = region_in(session)
    entries: list[tuple[int, IncomingContact | Sentence]] = [
        (contact.line, contact) for contact in parsed.contacts
    ]
    entries.extend((error.line, error.sentence) for error in parsed.errors)
    entries.sort(key=lambda entry: entry[0])  # stable: a card's problems stay in file order
    # Each contact read first (its numbers tell which of the notebook's to read), or why not.
    read: list[tuple[PersonFields, list[Sentence]] | Sentence] = []
    for _, entry in entries:
        if isinstance(entry, Sentence):
            read.append(entry)
            continue
        try:
            read.append(person_fields(entry, region))
        except ValidationError as exc:
            read.append(exc.sentence)
    phones = KeyTails(
        phone_key(phone, region)
        for done in read
        if not isinstance(done, Sentence)
        for phone in done[0].phones
    )
    known = _notebook_index(notebook, region, phones)
    rows: list[PreviewRow] = []
    for index, ((line, entry), done) in enumerate(zip(entries, read, strict=True)):
        contact = None if isinstance(entry, Sentence) else entry
        if isinstance(done, Sentence):
            rows.append(PreviewRow(index, line, RowStatus.ERROR, contact=contact, error=done))
            continue
        fields, warnings = done
        duplicate = known.match(fields)
        if duplicate is None:
            known.remember(index, line, fields)
        rows.append(
            PreviewRow(
                index,
                line,
                RowStatus.DUPLICATE if duplicate else RowStatus.NEW,
                fields=fields,
                contact=contact,
                duplicate=duplicate,
                warnings=tuple(warnings),
            )
        )
    return ImportPreview(parsed.source, tuple(rows))
