"""People: the queries the views show (read models in `views.py`) and the changes the user
makes to a person.

Every function opens its own unit of work on the notebook and returns plain frozen dataclasses,
so the GUI and the command line never hold a live ORM object or a session.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, SQLModel, col, delete, func, select
from sqlmodel.sql.expression import Select

from relnotebook.core.models import (
    Attendance,
    ContactKind,
    ContactPoint,
    Event,
    FrenchForm,
    Language,
    Note,
    Person,
    PersonalDetail,
    PersonTag,
    Stage,
    Tag,
    stored,
)
from relnotebook.core.people.card import (
    Card,
    clean_addresses,
    clean_websites,
    read_cards,
    set_addresses,
)
from relnotebook.core.people.phones import region_in, stored_phone
from relnotebook.core.people.views import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    DetailView,
    EventRef,
    NoteView,
    PersonFields,
    PersonPage,
    PersonSummary,
    Website,
)
from relnotebook.core.validation import (
    LARGEST_ID,
    display_name,
    normalise_email,
    require_name,
)
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.ownership import Owned, naming_columns, owning_columns
from relnotebook.store.rows import RowSnapshot, require_seen, restore, snapshot, update_row


def _clean_list(values: Iterable[str], normalise: Any) -> tuple[str, ...]:
    cleaned: list[str] = []
    for value in values:
        if value.strip():
            item = normalise(value)
            if item not in cleaned:
                cleaned.append(item)
    return tuple(cleaned)


def validate_changes(changes: Mapping[str, Any], region: str = "CA") -> dict[str, Any]:
    """Check and normalise profile changes; raises `ValidationError` naming the field. Phone
    numbers without a country code are read as `region`'s (`core.people.phones`)."""
    unknown = set(changes) - set(SCALAR_FIELDS) - set(LIST_FIELDS)
    if unknown:
        raise ValueError(f"unknown person fields: {sorted(unknown)}")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "emails":
            clean[name] = _clean_list(value, normalise_email)
        elif name == "phones":
            clean[name] = _clean_list(value, lambda phone: stored_phone(phone, region))
        elif name == "websites":
            clean[name] = clean_websites(value)
        elif name == "addresses":
            clean[name] = clean_addresses(value)
        elif name == "anniversary":
            if value is not None and not isinstance(value, dt.date):
                raise ValidationError("anniversary", "Not a date.")
            clean[name] = value
        elif name == "tags":
            clean[name] = _clean_list(value, lambda tag: " ".join(tag.split()).casefold())
        elif name == "stage":
            clean[name] = Stage(value)
        elif name == "language":
            clean[name] = Language(value)
        elif name == "french_form":
            clean[name] = FrenchForm(value) if value else None
        elif isinstance(value, str):
            clean[name] = value.strip()
        else:
            clean[name] = value
    return clean


def _name_check(row: Person) -> None:
    try:
        require_name(row.given_name, row.family_name, row.preferred_name)
    except ValidationError as exc:
        raise exc.for_field("given_name") from exc


def _set_contacts(
    session: Session, person_id: int, kind: ContactKind, values: Sequence[str | Website]
) -> None:
    session.exec(
        delete(ContactPoint).where(
            col(ContactPoint.person_id) == person_id, col(ContactPoint.kind) == kind.value
        )
    )
    for position, value in enumerate(values):
        value, label = (value.url, value.kind) if isinstance(value, Website) else (value, "")
        session.add(
            ContactPoint(
                person_id=person_id, kind=kind.value, value=value, label=label, position=position
            )
        )


def _set_lists(session: Session, person_id: int, lists: Mapping[str, Any]) -> None:
    """Replace each list given: emails, phones, websites, tags, addresses."""
    for name, kind in (
        ("emails", ContactKind.EMAIL),
        ("phones", ContactKind.PHONE),
        ("websites", ContactKind.URL),
    ):
        if name in lists:
            _set_contacts(session, person_id, kind, lists[name])
    if "tags" in lists:
        _set_tags(session, person_id, lists["tags"])
    if "addresses" in lists:
        set_addresses(session, person_id, lists["addresses"])


def _set_tags(session: Session, person_id: int, names: Sequence[str]) -> None:
    session.exec(delete(PersonTag).where(col(PersonTag.person_id) == person_id))
    for name in names:
        tag = session.exec(select(Tag).where(Tag.name == name)).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        assert tag.id is not None
        session.add(PersonTag(person_id=person_id, tag_id=tag.id))


# Each person's addresses or numbers of one kind, in their order: {(person, kind): values}.
Contacts = dict[tuple[int, str], list[str]]


def _contacts(session: Session, person_ids: Iterable[int] | None = None) -> Contacts:
    # Columns only: ten thousand ORM objects would take most of the People list's time.
    query = select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.value).order_by(
        col(ContactPoint.person_id), col(ContactPoint.position)
    )
    if person_ids is not None:
        query = query.where(col(ContactPoint.person_id).in_(list(person_ids)))
    found: Contacts = defaultdict(list)
    for person_id, kind, value in session.exec(query):
        found[(person_id, kind)].append(value)
    return found


def _tags(session: Session, person_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    query = select(PersonTag.person_id, Tag.name).join(Tag).order_by(Tag.name)
    if person_ids is not None:
        query = query.where(col(PersonTag.person_id).in_(list(person_ids)))
    found: dict[int, list[str]] = defaultdict(list)
    for person_id, name in session.exec(query):
        found[person_id].append(name)
    return found


def find_person(session: Session, person_id: int) -> Person | None:
    """The person's row; None when there is none, or the number cannot be an id at all (one
    typed on the command line beyond 64 bits, which the database driver cannot even send)."""
    return session.get(Person, person_id) if 0 < person_id <= LARGEST_ID else None


def require_person(session: Session, person_id: int) -> Person:
    """The person's row, or a sentence saying they are gone (deleted meanwhile, or a bad id)."""
    row = find_person(session, person_id)
    if row is None:
        raise ValidationError(
            "person_id",
            "There is no person {person_id} in this notebook.",
            person_id=str(person_id),
        )
    return row


def row_name(row: Person) -> str:
    return display_name(row.given_name, row.family_name, row.preferred_name)


def create_person(
    session: Session, fields: PersonFields, *, created_at: dt.datetime | None = None
) -> int:
    """Insert one person inside the caller's unit of work (capture and demo share this)."""
    region = region_in(session)
    values = validate_changes({name: getattr(fields, name) for name in SCALAR_FIELDS}, region)
    row = Person(**{k: (v.value if hasattr(v, "value") else v) for k, v in values.items()})
    if created_at is not None:
        row.created_at = row.updated_at = created_at
    _name_check(row)
    session.add(row)
    session.flush()
    assert row.id is not None
    lists = validate_changes({name: getattr(fields, name) for name in LIST_FIELDS}, region)
    _set_lists(session, row.id, lists)
    return row.id


def add_person(notebook: Notebook, fields: PersonFields) -> int:
    with notebook.session() as session:
        return create_person(session, fields)


def list_people(notebook: Notebook, ids: Iterable[int] | None = None) -> list[PersonSummary]:
    """Every person (or those in `ids`) for a list; three queries whatever the count, reading
    columns rather than ORM objects (ten thousand people list in a tenth of a second)."""
    with notebook.reader() as session:
        query: Select[int, str, str, str, str, str, str, str, bool | None, dt.datetime] = Select(
            col(Person.id),
            col(Person.given_name),
            col(Person.family_name),
            col(Person.preferred_name),
            col(Person.organisation),
            col(Person.role),
            col(Person.stage),
            col(Person.language),
            col(Person.good_prospect),
            col(Person.updated_at),
        )
        if ids is not None:
            ids = list(ids)
            query = query.where(col(Person.id).in_(ids))
        people = session.exec(query).all()
        contacts = _contacts(session, ids)
        tags = _tags(session, ids)
    email, phone = ContactKind.EMAIL.value, ContactKind.PHONE.value
    stages = {stage.value: stage for stage in Stage}
    languages = {language.value: language for language in Language}
    return [
        PersonSummary(
            id=person_id,
            name=display_name(given, family, preferred),
            organisation=organisation,
            role=role,
            stage=stages[stage],
            language=languages[language],
            good_prospect=good_prospect,
            email=next(iter(contacts.get((person_id, email), ())), ""),
            phone=next(iter(contacts.get((person_id, phone), ())), ""),
            tags=tuple(tags.get(person_id, ())),
            updated_at=updated_at,
        )
        for (
            person_id,
            given,
            family,
            preferred,
            organisation,
            role,
            stage,
            language,
            good_prospect,
            updated_at,
        ) in people
    ]


def _fields(
    row: Person, contacts: Contacts, tags: dict[int, list[str]], card: Card | None = None
) -> PersonFields:
    assert row.id is not None  # a stored row
    return PersonFields(
        name_prefix=row.name_prefix,
        name_suffix=row.name_suffix,
        nickname=row.nickname,
        anniversary=row.anniversary,
        websites=tuple(card.websites) if card else (),
        addresses=tuple(card.addresses) if card else (),
        given_name=row.given_name,
        family_name=row.family_name,
        preferred_name=row.preferred_name,
        organisation=row.organisation,
        role=row.role,
        language=Language(row.language),
        french_form=FrenchForm(row.french_form) if row.french_form else None,
        stage=Stage(row.stage),
        good_prospect=row.good_prospect,
        how_met=row.how_met,
        introduced_by_id=row.introduced_by_id,
        emails=tuple(contacts.get((row.id, ContactKind.EMAIL.value), ())),
        phones=tuple(contacts.get((row.id, ContactKind.PHONE.value), ())),
        tags=tuple(tags.get(row.id, ())),
    )


def get_person(notebook: Notebook, person_id: int) -> PersonPage | None:
    """The person page's content, or None if that person was deleted meanwhile."""
    with notebook.reader() as session:
        row = session.get(Person, person_id)
        if row is None:
            return None
        introducer = session.get(Person, row.introduced_by_id) if row.introduced_by_id else None
        details = session.exec(
            select(PersonalDetail)
            .where(PersonalDetail.person_id == person_id)
            .order_by(
                col(PersonalDetail.mentioned_on).desc().nulls_last(),
                col(PersonalDetail.id).desc(),
            )
        ).all()
        # Columns, not ORM objects: a person can have hundreds.
        note_columns: Select[int, dt.date, str, int | None, str | None, int] = Select(
            col(Note.id),
            col(Note.date),
            col(Note.text),
            col(Note.event_id),
            col(Event.name),
            col(Note.version),
        )
        notes = session.exec(
            note_columns.join(Event, isouter=True)
            .where(Note.person_id == person_id)
            .order_by(col(Note.date).desc(), col(Note.id).desc())
        ).all()
        events = session.exec(
            select(Event)
            .join(Attendance)
            .where(Attendance.person_id == person_id)
            .order_by(col(Event.date).desc())
        ).all()
        introduced = session.exec(select(Person).where(Person.introduced_by_id == person_id)).all()
        return PersonPage(
            id=person_id,
            fields=_person_fields(session, row),
            introduced_by_name=(
                display_name(
                    introducer.given_name, introducer.family_name, introducer.preferred_name
                )
                if introducer
                else ""
            ),
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
            details=tuple(
                DetailView(
                    stored(d.id),
                    d.kind,
                    d.text,
                    d.mentioned_on,
                    d.starts_on,
                    d.ends_on,
                    d.version,
                    d.mention_en,
                    d.mention_tu,
                    d.mention_vous,
                )
                for d in details
            ),
            notes=tuple(
                NoteView(note_id, date, text, event_id, event_name or "", version)
                for note_id, date, text, event_id, event_name, version in notes
            ),
            events=tuple(EventRef(stored(e.id), e.name, e.date) for e in events),
            introduced=tuple(
                (stored(p.id), display_name(p.given_name, p.family_name, p.preferred_name))
                for p in introduced
            ),
        )


def _person_fields(session: Session, row: Person) -> PersonFields:
    """One person's whole card."""
    person_id = stored(row.id)
    card = read_cards(session, [person_id])[person_id]
    return _fields(row, _contacts(session, [person_id]), _tags(session, [person_id]), card)


def update_person(
    notebook: Notebook,
    person_id: int,
    changes: Mapping[str, Any],
    *,
    seen_version: int | None = None,
) -> dict[str, Any]:
    """Apply profile changes in one unit of work; returns the previous values, for undo. With
    `seen_version`, only if nobody changed the profile since (see `models.Versioned`)."""
    with notebook.session() as session:
        return change_person(session, person_id, changes, seen_version=seen_version)


def change_person(
    session: Session,
    person_id: int,
    changes: Mapping[str, Any],
    *,
    seen_version: int | None = None,
) -> dict[str, Any]:
    """`update_person` inside the caller's unit of work (the sync shares it)."""
    clean = validate_changes(changes, region_in(session))
    scalars = {
        k: (v.value if hasattr(v, "value") else v) for k, v in clean.items() if k in SCALAR_FIELDS
    }
    if scalars.get("introduced_by_id") == person_id:
        raise ValidationError("introduced_by_id", "A person cannot introduce themselves.")
    row = session.get(Person, person_id)
    if row is None:
        raise LookupError(f"person {person_id} no longer exists")
    require_seen(row, seen_version)
    before = _person_fields(session, row)
    previous = update_row(session, Person, person_id, scalars)
    _name_check(row)
    lists = {name: value for name, value in clean.items() if name in LIST_FIELDS}
    previous.update({name: getattr(before, name) for name in lists})
    _set_lists(session, person_id, lists)
    if set(clean) - set(scalars):
        update_row(session, Person, person_id, {})
    return previous


# Other records' links to a person, each unset when the person goes: (table, column, the rows'
# (id, person id) pairs). Undo sets them again.
NamingLinks = tuple[tuple[Owned, str, tuple[tuple[int, int], ...]], ...]


@dataclass(frozen=True)
class DeletedPerson:
    """What undo needs to bring a deleted person back exactly."""

    rows: RowSnapshot
    # Other people's records that named them: the people they introduced, the referrals in
    # which they were the one referred.
    links: NamingLinks = ()


def person_rows(session: Session, person_id: int) -> list[SQLModel]:
    """A person's row and every row that belongs to them (`store.ownership`), parents first."""
    row = session.get(Person, person_id)
    if row is None:
        raise LookupError(f"person {person_id} no longer exists")
    rows: list[SQLModel] = [row]
    for owned, column in owning_columns():
        rows.extend(
            session.exec(select(owned.model).where(owned.column(column) == person_id)).all()
        )
    return rows


def naming_links(session: Session, person_ids: Sequence[int], saved: RowSnapshot) -> NamingLinks:
    """The links other records hold to these people, but those of the `saved` rows (the
    people's own, which are put back as they were)."""
    links: list[tuple[Owned, str, tuple[tuple[int, int], ...]]] = []
    for owned, column in naming_columns():
        inside = {values["id"] for model, values in saved.rows if model is owned.model}
        found = session.exec(
            select(owned.column("id"), owned.column(column)).where(
                owned.column(column).in_(person_ids)
            )
        ).all()
        pairs = tuple((row_id, whom) for row_id, whom in found if row_id not in inside)
        links.append((owned, column, pairs))
    return tuple(links)


def delete_person(notebook: Notebook, person_id: int) -> DeletedPerson:
    """Delete a person and everything about them; undo passes the result to `restore_person`."""
    with notebook.session() as session:
        rows = person_rows(session, person_id)
        saved = snapshot(rows)
        deleted = DeletedPerson(saved, naming_links(session, [person_id], saved))
        session.delete(rows[0])
    return deleted


def restore_person(notebook: Notebook, deleted: DeletedPerson) -> None:
    """Undo of `delete_person`: the same rows, ids and links as before."""
    with notebook.session() as session:
        restore(session, deleted.rows)
        for owned, column, pairs in deleted.links:
            for row_id, person_id in pairs:
                if session.get(owned.model, row_id) is not None:
                    update_row(session, owned.model, row_id, {column: person_id})


def count_people(notebook: Notebook) -> int:
    with notebook.reader() as session:
        return session.exec(select(func.count()).select_from(Person)).one()
