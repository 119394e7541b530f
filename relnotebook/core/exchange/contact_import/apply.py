"""Writing an import: every chosen row in one transaction, all of it or nothing.

New people are inserted fifty at a time (one flush per batch, not per person), which is what
keeps 5,000 contacts within a few seconds. A merge only adds: it fills the existing person's
empty fields and adds emails, phones, websites, addresses, tags, the note and the birthday they
did not have yet; it never overwrites what the user typed. The file's categories and groups
become tags, of the people it creates and of those it merges into. Cancelling (the progress
callback returns False) rolls back.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, update
from sqlmodel import Session, SQLModel, col, select

from relnotebook.core.exchange.contact_import.errors import ImportCancelled
from relnotebook.core.exchange.contact_import.incoming import birthday_text
from relnotebook.core.exchange.contact_import.preview import (
    Choice,
    ImportPreview,
    PreviewRow,
    RowStatus,
)
from relnotebook.core.models import (
    ContactKind,
    ContactPoint,
    DetailKind,
    Language,
    Note,
    Person,
    PersonalDetail,
    PersonTag,
    PostalAddress,
    Tag,
    stored,
    utcnow,
)
from relnotebook.core.people.keys import person_keys, refresh_person_keys
from relnotebook.core.people.notes import MAX_NOTE_CHARS
from relnotebook.core.people.phones import phone_key, region_in
from relnotebook.core.people.service import validate_changes
from relnotebook.core.people.views import ADDRESS_PARTS, SCALAR_FIELDS, Address, PersonFields
from relnotebook.core.validation import require_name
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.bulk import search_index_deferred
from relnotebook.store.ownership import table_column
from relnotebook.store.rows import RowSnapshot, snapshot

Progress = Callable[[int, int], bool]
BATCH = 50  # rows per flush, and how often progress is reported
# What a merge may fill in when the existing person has nothing there.
MERGED_FIELDS = (
    "given_name",
    "family_name",
    "organisation",
    "role",
    "how_met",
    "name_prefix",
    "name_suffix",
    "preferred_name",
    "nickname",
    "anniversary",
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, and what undo needs to take it back."""

    created: int
    merged: int
    skipped: int
    failed: int  # rows with an error: never written
    created_ids: tuple[int, ...] = ()
    merged_ids: tuple[int, ...] = ()
    # For undo: the merged people's fields before the import, and the rows added to them.
    merged_before: tuple[tuple[int, tuple[tuple[str, Any], ...]], ...] = ()
    merged_after: tuple[tuple[int, tuple[tuple[str, Any], ...]], ...] = ()
    added_to_merged: tuple[tuple[str, int], ...] = field(default=())  # (table, id)
    tagged_merged: tuple[tuple[int, int], ...] = field(default=())  # (person id, tag id)


@dataclass(slots=True)
class _Target:
    """A person rows are written to (new or existing), with what they already have."""

    person_id: int
    existed: bool
    values: dict[str, Any]  # the fields a merge may fill, as stored now
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    websites: set[str] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    details: set[str] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)  # tag ids
    next_position: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Action:
    choice: Choice
    into_person: int | None = None  # MERGE into someone in the notebook
    into_row: int | None = None  # MERGE into what an earlier row of the file became


def _plan(preview: ImportPreview, choices: Mapping[int, Choice]) -> dict[int, _Action]:
    """Each row's action, checked before anything is written. A merge into an earlier row of
    the file that was skipped has no one to merge into: that row is created instead."""
    plan: dict[int, _Action] = {}
    for row in preview.rows:
        choice = Choice(choices.get(row.index, row.default_choice))
        if row.status is RowStatus.ERROR:
            plan[row.index] = _Action(Choice.SKIP)
            continue
        if choice not in row.choices:
            raise ValidationError(
                "choice",
                "Line {line} ({name}) is not a likely duplicate: there is no one to merge it "
                "with. Choose Create or Skip.",
                line=row.line,
                name=row.name,
            )
        if choice is Choice.MERGE:
            assert row.duplicate is not None
            if row.duplicate.person_id is not None:
                plan[row.index] = _Action(choice, into_person=row.duplicate.person_id)
                continue
            assert row.duplicate.row is not None  # a person of the notebook, or an earlier row
            earlier = plan[row.duplicate.row]
            if earlier.choice is Choice.SKIP:
                plan[row.index] = _Action(Choice.CREATE)
            elif earlier.choice is Choice.CREATE:
                plan[row.index] = _Action(choice, into_row=row.duplicate.row)
            else:
                plan[row.index] = earlier
            continue
        plan[row.index] = _Action(choice)
    return plan


def _written(row: PreviewRow) -> PersonFields:
    """The fields of a row to write (an error row, which has none, is never written)."""
    assert row.fields is not None
    return row.fields


def _new_person(fields: PersonFields, language: Language) -> dict[str, Any]:
    """The person row's values, checked as `create_person` checks them."""
    values = validate_changes({name: getattr(fields, name) for name in SCALAR_FIELDS})
    values["language"] = language
    row = {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}
    require_name(row["given_name"], row["family_name"], row["preferred_name"])
    now = utcnow()
    return {**row, "created_at": now, "updated_at": now}


def _existing_targets(session: Session, ids: set[int], region: str) -> dict[int, _Target]:
    """The people merges go into, with their emails, phones, notes and details: four queries."""
    if not ids:
        return {}
    columns = [getattr(Person, name) for name in MERGED_FIELDS]
    targets = {
        person_id: _Target(person_id, True, dict(zip(MERGED_FIELDS, values, strict=True)))
        for person_id, *values in session.exec(
            select(Person.id, *columns).where(col(Person.id).in_(ids))
        ).all()
    }
    if ids - set(targets):
        raise ValidationError(
            "choice",
            "Someone to merge into was deleted after the preview was made. Nothing was "
            "imported; open the file again for a new preview.",
        )
    for person_id, kind, value, position in session.exec(
        select(
            ContactPoint.person_id, ContactPoint.kind, ContactPoint.value, ContactPoint.position
        ).where(col(ContactPoint.person_id).in_(ids))
    ).all():
        target = targets[person_id]
        if kind == ContactKind.EMAIL:
            target.emails.add(value.casefold())
        elif kind == ContactKind.URL:
            target.websites.add(value.casefold())
        else:
            target.phones.add(phone_key(value, region))
        target.next_position[kind] = max(target.next_position.get(kind, 0), position + 1)
    for row in session.exec(select(PostalAddress).where(col(PostalAddress.person_id).in_(ids))):
        parts = {name: getattr(row, name) for name in ADDRESS_PARTS}
        targets[row.person_id].addresses.add(Address(**parts).text.casefold())
        targets[row.person_id].next_position["address"] = max(
            targets[row.person_id].next_position.get("address", 0), row.position + 1
        )
    for person_id, text in session.exec(
        select(Note.person_id, Note.text).where(col(Note.person_id).in_(ids))
    ).all():
        targets[person_id].notes.add(text.strip())
    for person_id, text in session.exec(
        select(PersonalDetail.person_id, PersonalDetail.text).where(
            col(PersonalDetail.person_id).in_(ids)
        )
    ).all():
        targets[person_id].details.add(text.strip())
    for person_id, tag_id in session.exec(
        select(PersonTag.person_id, PersonTag.tag_id).where(col(PersonTag.person_id).in_(ids))
    ).all():
        targets[person_id].tags.add(tag_id)
    return targets


class _Writer:
    """Collects one batch's contacts, notes and birthdays, then inserts each kind with one
    statement (Core inserts: building ORM objects would cost more than the writing)."""

    def __init__(self, session: Session, today: dt.date, region: str) -> None:
        self.session = session
        self.today = today
        self.region = region
        self.pending: dict[type[Any], tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
            model: ([], []) for model in (ContactPoint, PostalAddress, Note, PersonalDetail)
        }
        self.tag_rows: list[dict[str, int]] = []  # (person, tag) rows to insert
        self.tagged: list[tuple[int, int]] = []  # those of people who existed before
        self.tag_ids: dict[str, int] | None = None  # read when first needed
        self.added: list[tuple[str, int]] = []  # rows added to people who existed before
        self.before: dict[int, dict[str, Any]] = {}
        self.after: dict[int, dict[str, Any]] = {}

    def _add(self, target: _Target, model: type[Any], values: dict[str, Any]) -> None:
        self.pending[model][1 if target.existed else 0].append(values)

    def write(self) -> None:
        connection = self.session.connection()
        for model, (fresh, existing) in self.pending.items():
            if fresh:
                connection.execute(insert(model), fresh)
            if existing:
                ids = connection.execute(
                    insert(model).returning(model.id, sort_by_parameter_order=True), existing
                ).scalars()
                self.added.extend((model.__tablename__, key) for key in ids)
            fresh.clear()
            existing.clear()
        if self.tag_rows:
            connection.execute(insert(PersonTag), self.tag_rows)
            self.tag_rows.clear()

    def _tag(self, name: str) -> int:
        if self.tag_ids is None:
            self.tag_ids = {
                tag.name: stored(tag.id) for tag in self.session.exec(select(Tag)).all()
            }
        if name not in self.tag_ids:
            new_id = self.session.connection().execute(
                insert(Tag).returning(col(Tag.id)), {"name": name}
            )
            self.tag_ids[name] = stored(new_id.scalar_one())
        return self.tag_ids[name]

    def _position(self, target: _Target, kind: str) -> int:
        position = target.next_position.get(kind, 0)
        target.next_position[kind] = position + 1
        return position

    def _contact(self, target: _Target, kind: ContactKind, value: str, label: str = "") -> None:
        if kind is ContactKind.PHONE:
            key, known = phone_key(value, self.region), target.phones
        else:
            key = value.casefold()
            known = target.emails if kind is ContactKind.EMAIL else target.websites
        if key in known:
            return
        known.add(key)
        position = self._position(target, kind.value)
        values = {"person_id": target.person_id, "kind": kind.value, "value": value}
        self._add(target, ContactPoint, {**values, "label": label, "position": position})

    def _card(self, target: _Target, fields: PersonFields) -> None:
        """Websites, addresses and tags the person does not have."""
        for website in fields.websites:
            self._contact(target, ContactKind.URL, website.url, website.kind)
        for address in fields.addresses:
            if address.text.casefold() in target.addresses:
                continue
            target.addresses.add(address.text.casefold())
            position = self._position(target, "address")
            values = {"person_id": target.person_id, "position": position, **vars(address)}
            self._add(target, PostalAddress, values)
        for name in fields.tags:
            tag_id = self._tag(name)
            if tag_id in target.tags:
                continue
            target.tags.add(tag_id)
            self.tag_rows.append({"person_id": target.person_id, "tag_id": tag_id})
            if target.existed:
                self.tagged.append((target.person_id, tag_id))

    def _note(self, target: _Target, text: str, day: dt.date) -> None:
        if text and text not in target.notes:
            target.notes.add(text)
            now = utcnow()
            values = {"person_id": target.person_id, "event_id": None, "date": day}
            self._add(target, Note, {**values, "text": text, "created_at": now, "updated_at": now})

    def fill(self, target: _Target, row: PreviewRow) -> None:
        """A merge: the person's empty fields take the file's values; nothing is overwritten."""
        assert row.fields is not None
        changes = {
            name: getattr(row.fields, name)
            for name in MERGED_FIELDS
            if getattr(row.fields, name) and not str(target.values[name] or "").strip()
        }
        if not changes:
            return
        if target.existed:
            before = self.before.setdefault(target.person_id, {})
            for name in changes:
                before.setdefault(name, target.values[name])
            self.after.setdefault(target.person_id, {}).update(changes)
        target.values.update(changes)  # every field the keys are made of: kept up to date
        self.session.connection().execute(
            update(Person)
            .where(col(Person.id) == target.person_id)
            .values(**changes, **person_keys(target.values), updated_at=utcnow())
        )

    def extras(self, target: _Target, row: PreviewRow) -> None:
        assert row.fields is not None and row.contact is not None
        for email in row.fields.emails:
            self._contact(target, ContactKind.EMAIL, email)
        for phone in row.fields.phones:
            self._contact(target, ContactKind.PHONE, phone)
        self._card(target, row.fields)
        note = row.contact.note.strip()[:MAX_NOTE_CHARS]
        self._note(target, note, self.today)
        if row.contact.connected_on is not None:
            connected = f"Connected on LinkedIn ({row.contact.source})."
            self._note(target, connected, row.contact.connected_on)
        now = utcnow()
        if row.contact.birthday is not None:
            text = birthday_text(row.contact.birthday)
            if text not in target.details:
                target.details.add(text)
                # Without dates: a birthday is not a trip to ask about afterwards, nor (not being
                # "mentionable") a topic for a coffee invitation.
                detail = {"person_id": target.person_id, "kind": DetailKind.BIRTHDAY.value}
                self._add(
                    target,
                    PersonalDetail,
                    {
                        **detail,
                        "text": text,
                        "mentioned_on": None,
                        "starts_on": None,
                        "ends_on": None,
                        "created_at": now,
                        "updated_at": now,
                    },
                )


def apply_import(
    notebook: Notebook,
    preview: ImportPreview,
    choices: Mapping[int, Choice] | None = None,
    progress: Progress | None = None,
    *,
    today: dt.date,
    language: Language = Language.FRENCH,
) -> ImportResult:
    """Write the preview's rows as chosen (the default choices where `choices` says nothing).

    One transaction: a refused choice (`ValidationError`), a failure or Cancel
    (`ImportCancelled`, when `progress(done, total)` returns False) leaves the notebook as it
    was. Notes are dated `today`; new people get `language`.
    """
    plan = _plan(preview, {**preview.default_choices(), **(choices or {})})
    rows = preview.rows
    total = len(rows)
    created: list[int] = []
    merged: dict[int, None] = {}  # ordered, and a fast "already merged into"
    if progress is not None and not progress(0, total):
        raise ImportCancelled()
    # The search index is written once, at the end: row by row, it was most of the import's
    # time in a large notebook (its index grows by small segments that SQLite then merges).
    with notebook.session() as session, search_index_deferred(session):
        region = region_in(session)
        targets = _existing_targets(
            session, {a.into_person for a in plan.values() if a.into_person is not None}, region
        )
        row_person: dict[int, int] = {}
        # The new people a later row merges into: only theirs is kept once they are written.
        merged_into = {action.into_row for action in plan.values() if action.into_row is not None}
        writer = _Writer(session, today, region)
        for start in range(0, total, BATCH):
            batch = rows[start : start + BATCH]
            fresh = [row for row in batch if plan[row.index].choice is Choice.CREATE]
            if fresh:
                values = [_new_person(_written(row), language) for row in fresh]
                ids = (
                    session.connection()
                    .execute(
                        insert(Person).returning(col(Person.id), sort_by_parameter_order=True),
                        values,
                    )
                    .scalars()
                )
                for row, new_id, row_values in zip(fresh, ids, values, strict=True):
                    person_id = stored(new_id)
                    kept = {name: row_values[name] for name in MERGED_FIELDS}
                    targets[person_id] = _Target(person_id, False, kept)
                    row_person[row.index] = person_id
                    created.append(person_id)
            for row in batch:
                action = plan[row.index]
                if action.choice is Choice.SKIP:
                    continue
                if action.choice is Choice.CREATE:
                    writer.extras(targets[row_person[row.index]], row)
                    if row.index not in merged_into:  # nothing more is written to them
                        del targets[row_person[row.index]]
                    continue
                if action.into_person is not None:
                    person_id = action.into_person
                else:
                    assert action.into_row is not None  # MERGE: into a person or a row
                    person_id = row_person[action.into_row]
                row_person[row.index] = person_id
                writer.fill(targets[person_id], row)
                writer.extras(targets[person_id], row)
                merged[person_id] = None
            writer.write()
            if progress is not None and not progress(min(start + BATCH, total), total):
                raise ImportCancelled()
        added = tuple(writer.added)
    chosen = [plan[row.index].choice for row in rows if row.status is not RowStatus.ERROR]
    return ImportResult(
        created=len(created),
        merged=sum(1 for choice in chosen if choice is Choice.MERGE),
        skipped=sum(1 for choice in chosen if choice is Choice.SKIP),
        failed=preview.count(RowStatus.ERROR),
        created_ids=tuple(created),
        merged_ids=tuple(merged),
        merged_before=tuple((k, tuple(v.items())) for k, v in writer.before.items()),
        merged_after=tuple((k, tuple(v.items())) for k, v in writer.after.items()),
        added_to_merged=added,
        tagged_merged=tuple(writer.tagged),
    )


_TABLES: dict[str, type[Any]] = {
    model.__tablename__: model for model in (ContactPoint, PostalAddress, Note, PersonalDetail)
}
# SQLite allows 32,766 parameters per statement; undo reads and deletes in slices below that.
_SLICE = 1000


def _slices(keys: Sequence[int]) -> list[Sequence[int]]:
    return [keys[i : i + _SLICE] for i in range(0, len(keys), _SLICE)]


def undo_import(notebook: Notebook, result: ImportResult) -> RowSnapshot:
    """Take back an import: the people it created go, the merged people lose what it added and
    get their fields back. Returns what was removed, for `redo_import`.

    Meant for Ctrl+Z right after the import (the undo stack guarantees that later changes were
    undone first): the snapshot holds what an import writes (people, emails and phones, notes,
    details); anything else about the created people goes with them by ON DELETE CASCADE.
    Set-based, so taking back 5,000 people is a few statements, not thousands.
    """
    with notebook.session() as session:
        rows: list[SQLModel] = []
        created = list(result.created_ids)
        for model in (Person, ContactPoint, PostalAddress, PersonTag, Note, PersonalDetail):
            key = table_column(model, "id" if model is Person else "person_id")
            for ids in _slices(created):
                rows.extend(session.exec(select(model).where(key.in_(ids))).all())
        added: dict[str, list[int]] = {}
        for table, row_id in result.added_to_merged:
            added.setdefault(table, []).append(row_id)
        for table, keys in added.items():
            model = _TABLES[table]
            for ids in _slices(keys):
                rows.extend(session.exec(select(model).where(col(model.id).in_(ids))).all())
        tagged = [
            tag
            for person_id, tag_id in result.tagged_merged
            if (tag := session.get(PersonTag, (person_id, tag_id))) is not None
        ]
        rows.extend(tagged)
        saved = snapshot(rows)
        connection = session.connection()
        for tag in tagged:
            connection.execute(
                delete(PersonTag).where(
                    col(PersonTag.person_id) == tag.person_id, col(PersonTag.tag_id) == tag.tag_id
                )
            )
        for table, keys in added.items():
            model = _TABLES[table]
            for ids in _slices(keys):
                connection.execute(delete(model).where(col(model.id).in_(ids)))
        for ids in _slices(created):
            connection.execute(delete(Person).where(col(Person.id).in_(ids)))
        session.expunge_all()
        for person_id, before in result.merged_before:
            connection.execute(
                update(Person)
                .where(col(Person.id) == person_id)
                .values(**dict(before), updated_at=utcnow())
            )
        refresh_person_keys(connection, [i for i, _ in result.merged_before])
    return saved


def redo_import(notebook: Notebook, result: ImportResult, saved: RowSnapshot) -> None:
    """Redo after `undo_import`: the same rows with the same ids, merged fields filled again."""
    with notebook.session() as session:
        connection = session.connection()
        for model, group in itertools.groupby(saved.rows, key=lambda pair: pair[0]):
            connection.execute(insert(model), [values for _, values in group])
        for person_id, after in result.merged_after:
            connection.execute(
                update(Person)
                .where(col(Person.id) == person_id)
                .values(**dict(after), updated_at=utcnow())
            )
        refresh_person_keys(connection, [i for i, _ in result.merged_after])
