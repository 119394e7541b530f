"""What belongs to a person: the one list of the tables that point at `person.id`.

Deleting a person (and its undo), merging two people, erasing one and gathering their dossier
all walk this list, so a table added later is handled by each of them once it is added here —
and a test fails while a foreign key to `person.id` is missing from it (tests/test_ownership.py),
instead of a merge silently deleting its rows through the cascade.

A table's columns pointing at the person are of two sorts. `goes` columns make the row the
person's own (ON DELETE CASCADE): it is deleted with them, put back by undo, moved by a merge,
counted by an erasure. `names` columns are another record's mention of them (ON DELETE SET
NULL): deleting the person unsets the link, undo sets it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Column, inspect
from sqlmodel import SQLModel

from relnotebook.core.models import (
    Attendance,
    CheckinPlan,
    Contact,
    ContactPoint,
    FollowUp,
    MailLogged,
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
    Task,
)


class Merge(Enum):
    """What a merge does with the dropped person's rows of a table."""

    MOVE = "move"  # they change owner: nothing in them can clash with the kept person's
    UNITE = "unite"  # keyed by (person, `unite_on`): moved unless the kept person has one
    SPECIAL = "special"  # a function of `core.people.merge` decides (`merge._SPECIAL`)


class Erasure(Enum):
    """What erasing a person does with another record naming them (a `names` column)."""

    ANONYMISE = "anonymise"  # kept without them: the link unset, what it says of them cleared
    UNLINK = "unlink"  # kept without the link


@dataclass(frozen=True)
class Section:
    """Where a person's dossier lists these rows: under `key`, ordered by `order`. A key with
    a builder of its own in `core.privacy.dossier` is shaped there; any other lists the rows
    as they are (`order` then matters)."""

    key: str
    order: tuple[str, ...] = ()


@dataclass(frozen=True)
class Owned:
    """One table that points at `person.id`, and how each use treats it."""

    model: type[SQLModel]
    merge: Merge
    dossier: tuple[Section, ...]
    goes: tuple[str, ...] = ("person_id",)  # columns making the row theirs (cascade)
    names: tuple[str, ...] = ()  # columns of another record naming them (set null)
    unite_on: str | None = None  # Merge.UNITE: the row's other key
    removed: str | None = None  # how an erasure report counts the rows that go with them
    erasure: Erasure | None = None  # what an erasure does with the `names` rows
    # Free text an erasure searches for their name, in the rows that are someone's own:
    # (kind of record, column), the record's owner being its `goes` column.
    mentions: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column of the table pointing at `person.id`."""
        return self.goes + self.names

    @property
    def removed_kind(self) -> str:
        """How an erasure report counts the rows that go with them."""
        return self.removed or self.name

    def column(self, name: str) -> Column[Any]:
        """The table's column `name`, for queries."""
        return table_column(self.model, name)


def table_column(model: type[SQLModel], name: str) -> Column[Any]:
    """The column `name` of a model's table, for queries built from names."""
    column: Column[Any] = inspect(model).columns[name]
    return column


# Parents before children: undo inserts a deleted person's rows back in this order (a message
# names a detail, a follow-up names a message), and an erasure report counts them in it.
OWNED: tuple[Owned, ...] = (
    Owned(
        ContactPoint,
        Merge.SPECIAL,
        (Section("emails"), Section("phones"), Section("websites")),
        removed="emails_and_phones",
    ),
    Owned(
        PostalAddress,
        Merge.MOVE,
        (Section("addresses", ("position", "id")),),
        removed="addresses",
    ),
    Owned(PersonTag, Merge.UNITE, (Section("tags"),), unite_on="tag_id", removed="tags"),
    Owned(Attendance, Merge.UNITE, (Section("events"),), unite_on="event_id", removed="events"),
    Owned(
        Note,
        Merge.MOVE,
        (Section("notes", ("date", "id")),),
        removed="notes",
        mentions=(("note", "text"),),
    ),
    Owned(
        PersonalDetail,
        Merge.MOVE,
        (Section("personal_details", ("id",)),),
        removed="details",
        mentions=(("detail", "text"),),
    ),
    Owned(
        Signal,
        Merge.MOVE,
        (Section("messages_sent", ("sent_on",)),),
        removed="messages",
        mentions=(("message", "body"), ("message", "subject")),
    ),
    Owned(
        PromptSnooze,
        Merge.SPECIAL,
        (Section("put_off_prompts", ("key",)),),
        removed="put_off_prompts",
    ),
    Owned(
        FollowUp,
        Merge.MOVE,
        (Section("follow_ups", ("due_on",)),),
        removed="follow_ups",
        mentions=(("follow_up", "text"),),
    ),
    Owned(
        Contact,
        Merge.MOVE,
        (Section("contacts", ("on",)),),
        removed="contacts",
        mentions=(("contact", "note"),),
    ),
    # The mailbox's messages logged as contacts with them (a hash of the Message-ID and the day).
    Owned(
        MailLogged,
        Merge.UNITE,
        (Section("mail_messages_logged", ("on", "id")),),
        unite_on="message_hash",
        removed="mail_messages_logged",
    ),
    Owned(CheckinPlan, Merge.SPECIAL, (Section("checkin_plan"),), removed="checkin_plan"),
    Owned(SweepMember, Merge.SPECIAL, (Section("market_sweeps"),), removed="sweeps"),
    Owned(
        Task,
        Merge.MOVE,
        (Section("tasks", ("due_on",)),),
        removed="tasks",
        mentions=(("task", "title"),),
    ),
    Owned(
        NewsletterConsent,
        Merge.MOVE,
        (Section("newsletter_consents", ("recorded_on",)),),
        removed="consents",
        mentions=(("consent", "note"),),
    ),
    # Referrals they made or received as the partner go with them; another's referral of them
    # stays, anonymised by an erasure.
    Owned(
        Referral,
        Merge.SPECIAL,
        (Section("referrals"),),
        goes=("partner_id",),
        names=("referred_id",),
        removed="referrals",
        erasure=Erasure.ANONYMISE,
    ),
    # Pairs said not to be duplicates: the row is both people's; a merge of the two drops it.
    Owned(
        NotDuplicate,
        Merge.SPECIAL,
        (Section("not_duplicates"),),
        goes=("person_id", "other_id"),
        removed="not_duplicates",
    ),
    # Their card on the sync server: deleting them unsets the link, so the card is not taken
    # for a new person at the next sync (core.sync reports it as deleted here); a merge moves it.
    Owned(
        SyncCard,
        Merge.SPECIAL,
        (Section("phone_cards"),),
        goes=(),
        names=("person_id",),
        erasure=Erasure.UNLINK,
    ),
    # The people they introduced keep their record, without the link.
    Owned(
        Person,
        Merge.SPECIAL,
        (Section("introduced"),),
        goes=(),
        names=("introduced_by_id",),
        erasure=Erasure.UNLINK,
    ),
)


def owning_columns() -> Iterator[tuple[Owned, str]]:
    """Each table with a column making rows a person's own, and that column."""
    for owned in OWNED:
        for name in owned.goes:
            yield owned, name


def naming_columns() -> Iterator[tuple[Owned, str]]:
    """Each table with a column naming a person in another's record, and that column."""
    for owned in OWNED:
        for name in owned.names:
            yield owned, name
