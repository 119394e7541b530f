"""Merging two records of the same person (an import or a capture typed them twice).

Everything about the dropped person moves to the kept one in one unit of work, so the kept
person's page shows all the notes, details, messages, calls and referrals; then the dropped
record is deleted. The rows changed or deleted are snapshotted first, so that `unmerge` (Ctrl+Z)
gives back both people exactly, with the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, update
from sqlmodel import Session, SQLModel, col, select

from relnotebook.core.models import (
    Attendance,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    FollowUp,
    NewsletterConsent,
    NotDuplicate,
    Note,
    Person,
    PersonalDetail,
    PersonTag,
    PostalAddress,
    PromptSnooze,
    Referral,
    Signal,
    SweepMember,
    SyncCard,
    Tag,
    Task,
)
from relnotebook.core.people.service import (
    NamingLinks,
    naming_links,
    person_rows,
    require_person,
    row_name,
)
from relnotebook.core.people.views import ADDRESS_PARTS, LIST_FIELDS, SCALAR_FIELDS, Address
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.ownership import OWNED, Merge, Owned, table_column
from relnotebook.store.rows import RowSnapshot, restore, snapshot, update_row


@dataclass(frozen=True)
class Counts:
    """What one person has that a merge moves (the dialog shows it before merging)."""

    notes: int = 0
    details: int = 0
    signals: int = 0
    contacts: int = 0
    referrals: int = 0
    events: int = 0
    tasks: int = 0
    follow_ups: int = 0
    consents: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__)
        )


@dataclass(frozen=True)
class FieldPair:
    """One profile field of both people: `kept` and `other` are the stored values (tuples for
    emails, phones and tags, which are united rather than chosen)."""

    name: str
    kept: Any
    other: Any

    @property
    def choosable(self) -> bool:
        """Only single values are chosen; lists are united."""
        return self.name in SCALAR_FIELDS

    @property
    def differs(self) -> bool:
        return bool(self.kept != self.other)

    def taken(self, take_from_drop: Collection[str]) -> bool:
        """Whether the merge gives the kept person the other's value: asked for, or filling
        one the kept person left empty (`merge_people`)."""
        return self.choosable and _takes_other(self.name, self.kept, self.other, take_from_drop)


@dataclass(frozen=True)
class Comparison:
    kept_id: int
    other_id: int
    kept_name: str
    other_name: str
    fields: tuple[FieldPair, ...]
    kept_counts: Counts
    other_counts: Counts
    # Names of the people who introduced either of them (introduced_by_id values).
    introducers: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeUndo:
    """What `unmerge` needs to give back both people exactly as they were."""

    keep_id: int
    drop_id: int
    kept: RowSnapshot  # the kept person's rows before the merge
    dropped: RowSnapshot  # the dropped person's rows before the merge
    # Other people's records naming either of them (who introduced them, whom a referral was
    # about), as they were before.
    links: NamingLinks
    moved: Counts = Counts()
    # Referrals between the two people: once they are one person they would say that someone
    # referred themselves, so they are removed (and come back with unmerge).
    referrals_between_them: int = 0


def _count(session: Session, model: Any, where: Any) -> int:
    return session.exec(select(func.count()).select_from(model).where(where)).one()


def _counts(session: Session, person_id: int) -> Counts:
    return Counts(
        notes=_count(session, Note, Note.person_id == person_id),
        details=_count(session, PersonalDetail, PersonalDetail.person_id == person_id),
        signals=_count(session, Signal, Signal.person_id == person_id),
        contacts=_count(session, Contact, Contact.person_id == person_id),
        referrals=_count(
            session,
            Referral,
            or_(col(Referral.partner_id) == person_id, col(Referral.referred_id) == person_id),
        ),
        events=_count(session, Attendance, Attendance.person_id == person_id),
        tasks=_count(session, Task, Task.person_id == person_id),
        follow_ups=_count(session, FollowUp, FollowUp.person_id == person_id),
        consents=_count(session, NewsletterConsent, NewsletterConsent.person_id == person_id),
    )


def _lists(session: Session, person_id: int) -> dict[str, tuple[str, ...]]:
    points = session.exec(
        select(ContactPoint)
        .where(ContactPoint.person_id == person_id)
        .order_by(col(ContactPoint.position), col(ContactPoint.id))
    ).all()
    tags = session.exec(
        select(Tag.name).join(PersonTag).where(PersonTag.person_id == person_id).order_by(Tag.name)
    ).all()
    return {
        "emails": tuple(p.value for p in points if p.kind == ContactKind.EMAIL.value),
        "phones": tuple(p.value for p in points if p.kind == ContactKind.PHONE.value),
        "tags": tuple(tags),
        "websites": tuple(p.value for p in points if p.kind == ContactKind.URL.value),
        "addresses": tuple(
            Address(**{name: getattr(row, name) for name in ("kind", *ADDRESS_PARTS)}).text
            for row in session.exec(
                select(PostalAddress)
                .where(PostalAddress.person_id == person_id)
                .order_by(col(PostalAddress.position), col(PostalAddress.id))
            )
        ),
    }


def compare(notebook: Notebook, a_id: int, b_id: int) -> Comparison:
    """Both people's profiles side by side (`a` is the one kept), with what each one has."""
    with notebook.reader() as session:
        kept, other = require_person(session, a_id), require_person(session, b_id)
        kept_lists, other_lists = _lists(session, a_id), _lists(session, b_id)
        pairs = [
            FieldPair(name, getattr(kept, name), getattr(other, name)) for name in SCALAR_FIELDS
        ]
        pairs += [FieldPair(name, kept_lists[name], other_lists[name]) for name in LIST_FIELDS]
        introducer_ids = [i for i in (kept.introduced_by_id, other.introduced_by_id) if i]
        introducers = {
            row.id: row_name(row)
            for row in session.exec(select(Person).where(col(Person.id).in_(introducer_ids)))
            if row.id is not None
        }
        return Comparison(
            kept_id=a_id,
            other_id=b_id,
            kept_name=row_name(kept),
            other_name=row_name(other),
            fields=tuple(pairs),
            kept_counts=_counts(session, a_id),
            other_counts=_counts(session, b_id),
            introducers=introducers,
        )


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _takes_other(name: str, mine: Any, theirs: Any, take_from_drop: Collection[str]) -> bool:
    return (name in take_from_drop or _empty(mine)) and mine != theirs


def _profile_changes(keep: Person, drop: Person, take_from_drop: Iterable[str]) -> dict[str, Any]:
    """The kept person's new profile values: the ones asked for, and every empty one filled."""
    wanted = set(take_from_drop)
    changes: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if _takes_other(name, mine, theirs, wanted):
            changes[name] = theirs
    # Once merged, an introduction between the two would be the person introducing themself.
    introducer = changes.get("introduced_by_id", keep.introduced_by_id)
    if introducer in (keep.id, drop.id):
        changes["introduced_by_id"] = None
    return changes


def _unite_contact_points(session: Session, keep_id: int, drop_id: int) -> int:
    """Addresses and numbers the kept person lacks move over, after theirs; duplicates (same
    address in any case, same number) stay with the dropped person and go with them."""
    for kind in ContactKind:
        mine = session.exec(
            select(ContactPoint).where(
                ContactPoint.person_id == keep_id, ContactPoint.kind == kind.value
            )
        ).all()
        theirs = session.exec(
            select(ContactPoint)
            .where(ContactPoint.person_id == drop_id, ContactPoint.kind == kind.value)
            .order_by(col(ContactPoint.position), col(ContactPoint.id))
        ).all()
        seen = {point.value.casefold() for point in mine}
        position = max((point.position for point in mine), default=-1) + 1
        for point in theirs:
            if point.value.casefold() in seen:
                continue
            seen.add(point.value.casefold())
            point.person_id, point.position = keep_id, position
            position += 1
            session.add(point)
    session.flush()
    return 0


def _move_link_rows(
    session: Session, model: type[SQLModel], other_key: str, keep_id: int, drop_id: int
) -> None:
    """Rows keyed by (person, something): move those the kept person does not have already."""
    person, other = table_column(model, "person_id"), table_column(model, other_key)
    already = select(other).where(person == keep_id)
    session.exec(
        update(model).where(person == drop_id, other.not_in(already)).values(person_id=keep_id)
    )


def _unite(owned: Owned) -> Callable[[Session, int, int], int]:
    """Merge.UNITE: the dropped person's rows the kept person does not have move over."""

    def unite(session: Session, keep_id: int, drop_id: int) -> int:
        assert owned.unite_on is not None
        _move_link_rows(session, owned.model, owned.unite_on, keep_id, drop_id)
        return 0

    return unite


def _move(owned: Owned) -> Callable[[Session, int, int], int]:
    """Merge.MOVE: the dropped person's rows become the kept person's as they are."""

    def move(session: Session, keep_id: int, drop_id: int) -> int:
        for name in owned.goes:
            session.exec(
                update(owned.model)
                .where(owned.column(name) == drop_id)
                .values({owned.column(name): keep_id})
            )
        return 0

    return move


def _merge_sweep_members(session: Session, keep_id: int, drop_id: int) -> int:
    """In a sweep both were part of, the kept person counts as reached if either was."""
    for member in session.exec(select(SweepMember).where(SweepMember.person_id == drop_id)):
        mine = session.get(SweepMember, (member.sweep_id, keep_id))
        if mine is not None and mine.reached_on is None and member.reached_on is not None:
            mine.reached_on = member.reached_on
            session.add(mine)
    session.flush()
    _move_link_rows(session, SweepMember, "sweep_id", keep_id, drop_id)
    return 0


def _merge_plan(session: Session, keep_id: int, drop_id: int) -> int:
    """The kept person's check-in plan wins; theirs moves over only when there is none."""
    if session.get(CheckinPlan, keep_id) is None:
        session.exec(
            update(CheckinPlan)
            .where(col(CheckinPlan.person_id) == drop_id)
            .values(person_id=keep_id)
        )
    return 0


def _merge_snoozes(session: Session, keep_id: int, drop_id: int) -> int:
    """A snooze key names the person ("message:17"): it is renamed for the kept person; when
    both put off the same thing, the later day stays."""
    for row in session.exec(select(PromptSnooze).where(PromptSnooze.person_id == drop_id)).all():
        parts = row.key.split(":")
        if len(parts) > 1 and parts[1] == str(drop_id):
            parts[1] = str(keep_id)
        key = ":".join(parts)
        mine = session.get(PromptSnooze, key)
        if mine is not None and mine.person_id == keep_id:
            mine.until = max(mine.until, row.until)
            session.add(mine)
            continue
        session.exec(
            update(PromptSnooze)
            .where(col(PromptSnooze.key) == row.key)
            .values(key=key, person_id=keep_id)
        )
    session.flush()
    return 0


def _merge_referrals(session: Session, keep_id: int, drop_id: int) -> int:
    """Referrals follow the person, on either side; those between the two are removed.

    Returns how many were removed."""
    for column in (Referral.partner_id, Referral.referred_id):
        session.exec(update(Referral).where(col(column) == drop_id).values({column: keep_id}))
    between = session.exec(
        select(Referral.id).where(Referral.partner_id == keep_id, Referral.referred_id == keep_id)
    ).all()
    if between:
        session.exec(delete(Referral).where(col(Referral.id).in_(between)))
    return len(between)


def _merge_introductions(session: Session, keep_id: int, drop_id: int) -> int:
    """The people the dropped person introduced were introduced by the kept one."""
    session.exec(
        update(Person)
        .where(col(Person.introduced_by_id) == drop_id, col(Person.id) != keep_id)
        .values(introduced_by_id=keep_id)
    )
    return 0


def _merge_not_duplicates(session: Session, keep_id: int, drop_id: int) -> int:
    """A pair said not to be duplicates names the kept person instead; the pair of the two
    themselves, and a pair the kept person already has, go."""
    pairs = session.exec(
        select(NotDuplicate).where(
            or_(col(NotDuplicate.person_id) == drop_id, col(NotDuplicate.other_id) == drop_id)
        )
    ).all()
    known = {
        frozenset((row.person_id, row.other_id))
        for row in session.exec(
            select(NotDuplicate).where(
                or_(col(NotDuplicate.person_id) == keep_id, col(NotDuplicate.other_id) == keep_id)
            )
        )
    }
    for row in pairs:
        moved = frozenset(keep_id if p == drop_id else p for p in (row.person_id, row.other_id))
        if len(moved) < 2 or moved in known:
            session.delete(row)
            continue
        known.add(moved)
        row.person_id = keep_id if row.person_id == drop_id else row.person_id
        row.other_id = keep_id if row.other_id == drop_id else row.other_id
        session.add(row)
    session.flush()
    return 0


def _merge_sync_cards(session: Session, keep_id: int, drop_id: int) -> int:
    """The dropped person's card on the sync server is the kept one's: the next sync writes
    the merged person to it (core.sync)."""
    session.exec(
        update(SyncCard).where(col(SyncCard.person_id) == drop_id).values(person_id=keep_id)
    )
    return 0


# How the tables marked Merge.SPECIAL in `store.ownership` are merged, each by a function of
# (session, kept, dropped) that returns how many rows it removed because they made no sense
# once the two are one person (referrals between them).
_SPECIAL: dict[type[SQLModel], Callable[[Session, int, int], int]] = {
    ContactPoint: _unite_contact_points,
    PromptSnooze: _merge_snoozes,
    CheckinPlan: _merge_plan,
    SweepMember: _merge_sweep_members,
    Referral: _merge_referrals,
    Person: _merge_introductions,
    NotDuplicate: _merge_not_duplicates,
    SyncCard: _merge_sync_cards,
}


def _merger(owned: Owned) -> Callable[[Session, int, int], int]:
    """How a merge moves the dropped person's rows of one table (see `store.ownership`)."""
    if owned.merge is Merge.MOVE:
        return _move(owned)
    if owned.merge is Merge.UNITE:
        return _unite(owned)
    special = _SPECIAL.get(owned.model)
    if special is None:
        raise LookupError(f"{owned.name} is to be merged by a function of its own, not written")
    return special


def merge_people(
    notebook: Notebook,
    keep_id: int,
    drop_id: int,
    take_from_drop: frozenset[str] = frozenset(),
) -> MergeUndo:
    """Move everything about `drop_id` to `keep_id` and delete `drop_id`, in one unit of work.

    Profile fields named in `take_from_drop` come from the dropped person, and so does every
    field the kept person left empty; emails, phones and tags are united. Raises
    `ValidationError` (nothing written) for a person merged with themself, a person no longer
    in the notebook, or a field that is not a profile field.
    """
    unknown = set(take_from_drop) - set(SCALAR_FIELDS)
    if unknown:
        raise ValidationError(
            "take_from_drop",
            "These are not profile fields: {fields}.",
            fields=", ".join(sorted(unknown)),
        )
    if keep_id == drop_id:
        raise ValidationError("drop_id", "A person cannot be merged with themself.")
    with notebook.session() as session:
        keep, drop = require_person(session, keep_id), require_person(session, drop_id)
        kept_rows = snapshot(person_rows(session, keep_id))
        dropped_rows = snapshot(person_rows(session, drop_id))
        saved = RowSnapshot(kept_rows.rows + dropped_rows.rows)
        links = naming_links(session, (keep_id, drop_id), saved)
        moved = _counts(session, drop_id)

        changes = _profile_changes(keep, drop, take_from_drop)
        # Never nameless: the dropped person had a name, and an empty name part of the kept
        # person is filled from theirs.
        update_row(session, Person, keep_id, changes)

        between = sum(_merger(owned)(session, keep_id, drop_id) for owned in OWNED)
        # What is left of them (duplicate addresses, tags, events) goes with them.
        session.exec(delete(Person).where(col(Person.id) == drop_id))
        session.expunge_all()
    return MergeUndo(
        keep_id=keep_id,
        drop_id=drop_id,
        kept=kept_rows,
        dropped=dropped_rows,
        links=links,
        moved=moved,
        referrals_between_them=between,
    )


def unmerge(notebook: Notebook, undo: MergeUndo) -> None:
    """Undo of `merge_people`: both people back with the same rows, ids and links.

    Meant to run right after the merge (the undo stack takes back later changes first): what
    the kept person has now is replaced by what the two had before.
    """
    with notebook.session() as session:
        if session.get(Person, undo.drop_id) is not None:
            raise ValidationError("drop_id", "This merge was already undone.")
        require_person(session, undo.keep_id)
        session.exec(delete(Person).where(col(Person.id) == undo.keep_id))
        session.expunge_all()
        people: list[Person] = []
        # Both people first, without any link between them (either may name the other).
        for saved in (undo.kept, undo.dropped):
            _, values = saved.rows[0]
            row = Person(**{**values, "introduced_by_id": None})
            session.add(row)
            people.append(row)
        session.flush()
        for row, saved in zip(people, (undo.kept, undo.dropped), strict=True):
            row.introduced_by_id = saved.rows[0][1]["introduced_by_id"]
            session.add(row)
        session.flush()
        restore(session, RowSnapshot(undo.kept.rows[1:] + undo.dropped.rows[1:]))
        for owned, column, pairs in undo.links:  # unless set to someone else meanwhile
            for row_id, person_id in pairs:
                session.exec(
                    update(owned.model)
                    .where(owned.column("id") == row_id, owned.column(column).is_(None))
                    .values({owned.column(column): person_id})
                )
