"""The notebook's tables, as SQLModel classes.

The schema itself is owned by the Alembic migrations in `relnotebook/store/migrations`; these
classes describe the same tables for queries. A test compares the two so they cannot drift.
Enumerations are stored as their short string values so that a notebook stays readable with any
SQLite tool, and so that a later PostgreSQL store needs no enum types.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Index, UniqueConstraint, event
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, Session, SQLModel

from relnotebook.clock import utc_now
from relnotebook.core.people.keys import KEYED, NAME_KEY, ORGANISATION_KEY, person_keys


def utcnow() -> dt.datetime:
    """Timestamps are stored in UTC, without tzinfo (SQLite has no time zones)."""
    return utc_now()


def _timestamp() -> Any:
    # An explicit column type: SQLModel's default for datetimes changed between releases.
    return Field(default_factory=utcnow, sa_type=DateTime)


# Ids are never handed out twice (SQLite AUTOINCREMENT): undo puts deleted rows back with their
# old ids, which must still be free even after new rows were added meanwhile.
NEVER_REUSE_IDS: dict[str, Any] = {"sqlite_autoincrement": True}


def stored(row_id: int | None) -> int:
    """The id of a row read from the notebook: the database sets it when the row is first
    written, so only a row not yet written has None."""
    assert row_id is not None, "a row not yet written has no id"
    return row_id


class Versioned(SQLModel):
    """A record the user edits in a form, perhaps on two computers at once (a notebook on a
    server): each change adds one to `version`, and a change made from an older version is
    refused instead of silently replacing what was saved meanwhile (`store.rows.update_row`).
    SQLAlchemy checks it too, when the row is written (`version_id_col`).

    The count is kept here rather than by SQLAlchemy's generator, which would restart it at 1
    when undo puts a deleted row back: undo restores rows exactly, version included."""

    version: int = Field(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class attribute, computed)
        return {
            "version_id_col": cls.__table__.c.version,  # type: ignore[attr-defined]  # SQLModel sets it
            "version_id_generator": False,
        }


@event.listens_for(Session, "before_flush")
def _count_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Every change of a versioned row, whoever makes it (a form, a merge, undo), counts."""
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row, include_collections=False):
            row.version += 1


class Stage(StrEnum):
    ACQUAINTANCE = "acquaintance"
    PROSPECT = "prospect"
    CLIENT = "client"
    FORMER_CLIENT = "former_client"


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


class FrenchForm(StrEnum):
    """How a French message addresses the person (domain.md, "Writing to people")."""

    TU = "tu"
    VOUS = "vous"


class DetailKind(StrEnum):
    TRIP = "trip"
    HOBBY = "hobby"
    FAMILY = "family"
    WORK = "work"
    BUSY = "busy"
    BIRTHDAY = "birthday"  # imported from a contact card; not a topic for a coffee invitation
    OTHER = "other"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"  # a website or a profile (LinkedIn): its kind is the label


def _key(name: str) -> Any:
    """The Core insert's default for a key: computed from the row's other values."""
    return lambda context: person_keys(context.get_current_parameters())[name]


class Person(Versioned, table=True):
    __tablename__ = "person"
    # The People list in either order, filtered by name, organisation or stage: read from the
    # index alone (migration 0020), not from each of 50,000 rows; and whose check-in may be
    # coming due, one range per filing group (migration 0023); the good prospects, for the
    # newsletter offers (migration 0024).
    __table_args__ = (
        Index("ix_person_by_name", "name_key", "organisation_key", "stage"),
        Index("ix_person_by_organisation", "organisation_key", "name_key", "stage"),
        Index("ix_person_checkin", "checkin_group", "checkin_key"),
        Index("ix_person_good_prospect", "good_prospect", "stage"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    given_name: str = Field(default="")
    family_name: str = Field(default="")
    preferred_name: str = Field(default="")
    organisation: str = Field(default="")
    role: str = Field(default="")
    language: str = Field(default=Language.FRENCH.value)
    # "tu" or "vous" in French; None follows the Settings default (migration 0011).
    french_form: str | None = Field(default=None)
    stage: str = Field(default=Stage.ACQUAINTANCE.value, index=True)
    # None means "not decided yet": the advisor is asked the question, not told the answer.
    good_prospect: bool | None = Field(default=None)
    how_met: str = Field(default="")
    introduced_by_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL", index=True
    )
    # The last call that reached them (or left a message) or message sent: kept exact by the
    # store's triggers (migration 0008), never written by the app. Today reads it.
    last_contact_on: dt.date | None = Field(default=None)
    # Where their check-in is filed, so that Today reads only those coming due: kept exact by
    # the store's triggers (migration 0023; the rule: `checkins.rules.checkin_filing`).
    checkin_group: str | None = Field(default=None)
    checkin_key: dt.date | None = Field(default=None)
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()
    # The rest of a contact card (migration 0012): "Dr." and "Jr.", what friends call them, and
    # the day of their wedding anniversary (year 1604 when the year is not known, as Apple does).
    name_prefix: str = Field(default="")
    name_suffix: str = Field(default="")
    nickname: str = Field(default="")
    anniversary: dt.date | None = Field(default=None)
    # Name as shown and organisation, folded, for the People list's order and filter (migration
    # 0020, `core.people.keys`): never written by hand. Core inserts get them from the default.
    name_key: str = Field(default="", sa_column_kwargs={"default": _key(NAME_KEY)})
    organisation_key: str = Field(default="", sa_column_kwargs={"default": _key(ORGANISATION_KEY)})


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _keep_keys(_mapper: Any, _connection: Any, row: Person) -> None:
    """A person written through the ORM (a form, a merge, undo, the sync) keeps their keys."""
    for name, key in person_keys({column: getattr(row, column) for column in KEYED}).items():
        if getattr(row, name) != key:
            setattr(row, name, key)


class ContactPoint(SQLModel, table=True):
    """An email address or a phone number; a person may have several of each."""

    __tablename__ = "contact_point"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    kind: str
    value: str
    label: str = Field(default="")
    position: int = Field(default=0)


class PostalAddress(SQLModel, table=True):
    """A postal address; a person may have several (home, work), in their order."""

    __tablename__ = "postal_address"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    kind: str = Field(default="")  # "home", "work" or the label the contact app gave it
    street: str = Field(default="")  # may hold several lines
    city: str = Field(default="")
    region: str = Field(default="")  # province or state
    postal_code: str = Field(default="")
    country: str = Field(default="")
    position: int = Field(default=0)


class Tag(SQLModel, table=True):
    __tablename__ = "tag"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class PersonTag(SQLModel, table=True):
    __tablename__ = "person_tag"

    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True)


class Event(Versioned, table=True):
    __tablename__ = "event"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    name: str
    date: dt.date = Field(index=True)
    place: str = Field(default="")
    notes: str = Field(default="")
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()


class Attendance(SQLModel, table=True):
    """Who was met at which event."""

    __tablename__ = "attendance"

    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", primary_key=True)
    person_id: int = Field(
        foreign_key="person.id", ondelete="CASCADE", primary_key=True, index=True
    )


class Note(Versioned, table=True):
    """A dated conversation note about one person, optionally taken at an event."""

    __tablename__ = "note"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    event_id: int | None = Field(default=None, foreign_key="event.id", ondelete="SET NULL")
    date: dt.date
    text: str
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()


class PersonalDetail(Versioned, table=True):
    """A fact about a person's life worth mentioning later: a trip, a hobby, a busy period.

    `starts_on`/`ends_on` carry the dates that make the detail actionable: a trip's dates, or
    for a busy period the day it ends ("busy until").
    """

    __tablename__ = "personal_detail"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    kind: str = Field(default=DetailKind.OTHER.value)
    text: str
    mentioned_on: dt.date | None = Field(default=None)
    starts_on: dt.date | None = Field(default=None)
    ends_on: dt.date | None = Field(default=None)
    # How a message mentions it, per form of address (core/outreach/messages/mentions.py):
    # None not suggested yet, "" no mention (the draft needs none).
    mention_en: str | None = Field(default=None)
    mention_tu: str | None = Field(default=None)
    mention_vous: str | None = Field(default=None)
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()


class SignalKind(StrEnum):
    """Low-pressure outreach (domain.md, section 1)."""

    NEXT_DAY_NOTE = "next_day_note"
    COFFEE_INVITATION = "coffee_invitation"
    ASK_HOW_IT_WENT = "ask_how_it_went"
    NEWSLETTER_OFFER = "newsletter_offer"
    OTHER = "other"  # a user template of its own kind


class SignalResponse(StrEnum):
    PENDING = "pending"  # sent, no answer recorded yet
    INTERESTED = "interested"
    DECLINED = "declined"
    NO_REPLY = "no_reply"
    REPLIED = "replied"  # an answer came by email (core.mail): how it went is still to record


class Signal(SQLModel, table=True):
    """A message the user sent (through their own mail client), and the answer it got."""

    __tablename__ = "signal"
    # Today reads each person's last message sent from this index alone (contacts.due_checkins).
    # The proactive share counts the messages sent over a year by day (checkins.shares).
    __table_args__ = (
        Index("ix_signal_person_sent_on", "person_id", "sent_on"),
        Index("ix_signal_sent_on", "sent_on"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    kind: str
    template: str = Field(default="")  # "builtin:coffee_invitation" or "user:<id>"
    detail_id: int | None = Field(
        default=None, foreign_key="personal_detail.id", ondelete="SET NULL"
    )
    channel: str = Field(default="email")  # email (mail client), copy, eml
    sent_on: dt.date
    subject: str = Field(default="")
    body: str
    response: str = Field(default=SignalResponse.PENDING.value)
    responded_on: dt.date | None = Field(default=None)
    # The Message-ID the app gave the draft (`<…@relnotebook>`), so that an answer quoting it in
    # In-Reply-To or References is found in the mailbox (core.mail); "" for older messages.
    message_id: str = Field(default="")
    created_at: dt.datetime = _timestamp()


class PromptSnooze(SQLModel, table=True):
    """Not now on a prompt: hidden until the day `until`."""

    __tablename__ = "prompt_snooze"

    key: str = Field(primary_key=True)  # Prompt.key: kind, person and detail
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    until: dt.date


class FollowUp(SQLModel, table=True):
    """A dated thing to do about a person: the coffee they accepted, a date the user chose."""

    __tablename__ = "follow_up"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    due_on: dt.date = Field(index=True)
    kind: str  # a SignalKind the follow-up leads to, or "coffee" for a coffee meeting
    text: str = Field(default="")
    signal_id: int | None = Field(default=None, foreign_key="signal.id", ondelete="SET NULL")
    done_on: dt.date | None = Field(default=None)
    created_at: dt.datetime = _timestamp()


class MessageTemplate(SQLModel, table=True):
    """The user's own message templates (Jinja2 source), kept in the notebook."""

    __tablename__ = "message_template"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str = Field(default=SignalKind.OTHER.value)
    language: str = Field(default=Language.FRENCH.value)
    source: str
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()


class Setting(SQLModel, table=True):
    """Preferences that belong to the notebook (they travel with it)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class Channel(StrEnum):
    PHONE = "phone"
    MEETING = "meeting"
    VIDEO = "video"
    EMAIL = "email"


class Initiator(StrEnum):
    ME = "me"
    THEM = "them"


class Outcome(StrEnum):
    REACHED = "reached"
    LEFT_MESSAGE = "left_message"
    NO_ANSWER = "no_answer"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class Contact(SQLModel, table=True):
    """A logged contact: the two-minute call, a meeting, an email exchange (domain.md, 2)."""

    __tablename__ = "contact"
    # Today's check-ins read a person's latest contacts (the last day, the last two channels and
    # who started them) from this index alone, newest first (contacts.due_checkins).
    __table_args__ = (
        Index("ix_contact_person_latest", "person_id", "on", "outcome", "channel", "initiated_by"),
        # The proactive share counts a year of contacts by who started them, in ranges of this
        # index (checkins.shares; migration 0023, instead of 0014's "on", outcome, who).
        Index("ix_contact_share", "outcome", "initiated_by", "on"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    on: dt.date = Field(index=True)
    channel: str = Field(default=Channel.PHONE.value)
    initiated_by: str = Field(default=Initiator.ME.value)
    outcome: str = Field(default=Outcome.REACHED.value)
    note: str = Field(default="")
    duration_seconds: int | None = Field(default=None)
    created_at: dt.datetime = _timestamp()


class CheckinPlan(SQLModel, table=True):
    """How often to check in with a person. Clients have one implicitly (their tier's cadence);
    a row here sets the tier, a cadence of its own, or a snooze."""

    __tablename__ = "checkin_plan"

    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    tier: str | None = Field(default=None)
    cadence_days: int | None = Field(default=None)
    snoozed_until: dt.date | None = Field(default=None)
    snooze_reason: str = Field(default="")


class Sweep(SQLModel, table=True):
    """ "Markets are moving: check in with…": one round of calls to a segment, by a deadline."""

    __tablename__ = "sweep"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    title: str
    segment: str  # "clients", "tier:A", "tag:golf"
    started_on: dt.date
    deadline: dt.date
    closed_on: dt.date | None = Field(default=None)
    created_at: dt.datetime = _timestamp()


class SweepMember(SQLModel, table=True):
    __tablename__ = "sweep_member"

    sweep_id: int = Field(foreign_key="sweep.id", ondelete="CASCADE", primary_key=True)
    person_id: int = Field(
        foreign_key="person.id", ondelete="CASCADE", primary_key=True, index=True
    )
    reached_on: dt.date | None = Field(default=None)


class Task(Versioned, table=True):
    """A dated thing to do, usually about a person: admin after a departure, a recontact."""

    __tablename__ = "task"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="CASCADE", index=True
    )
    title: str
    due_on: dt.date = Field(index=True)
    kind: str = Field(default="task")  # task, admin, recontact
    done_on: dt.date | None = Field(default=None)
    created_at: dt.datetime = _timestamp()


class ReferralDirection(StrEnum):
    RECEIVED = "received"  # someone sent me a prospect or a client
    GIVEN = "given"  # I sent someone to another professional


class ReferralKind(StrEnum):
    """domain.md, section 3: reciprocity in a small proportion, inside a strategy of trust."""

    RECIPROCAL = "reciprocal"  # part of a give-and-take arrangement
    TRUST = "trust"  # spontaneous: they trust you
    PARTNERSHIP = "partnership"  # multidisciplinary partnership


class ReferralOutcome(StrEnum):
    NOTHING_YET = "nothing_yet"
    MANDATE = "mandate"
    CLIENT = "client"


class Referral(Versioned, table=True):
    __tablename__ = "referral"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    on: dt.date = Field(index=True)
    direction: str
    partner_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    referred_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL", index=True
    )
    kind: str = Field(default=ReferralKind.TRUST.value)
    outcome: str = Field(default=ReferralOutcome.NOTHING_YET.value)
    note: str = Field(default="")
    created_at: dt.datetime = _timestamp()


class NewsletterStatus(StrEnum):
    NOT_ASKED = "not_asked"
    SUBSCRIBED = "subscribed"
    DECLINED = "declined"
    UNSUBSCRIBED = "unsubscribed"


class ConsentBasis(StrEnum):
    """How consent to commercial email was obtained (CASL)."""

    EXPRESS_WRITTEN = "express_written"
    EXPRESS_VERBAL = "express_verbal"
    IMPLIED_BUSINESS = "implied_business"  # existing business relationship: expires
    IMPLIED_INQUIRY = "implied_inquiry"  # an inquiry: expires sooner


class NewsletterConsent(SQLModel, table=True):
    """One change of a person's newsletter status, with how consent was obtained; the latest
    record is the current status. Records are kept: they are the proof CASL asks for."""

    __tablename__ = "newsletter_consent"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    recorded_on: dt.date
    status: str
    basis: str | None = Field(default=None)
    event_id: int | None = Field(default=None, foreign_key="event.id", ondelete="SET NULL")
    note: str = Field(default="")
    expires_on: dt.date | None = Field(default=None)
    created_at: dt.datetime = _timestamp()


class MailLogged(SQLModel, table=True):
    """A message read from the user's mailbox that was logged as a contact with this person,
    kept as a hash of its Message-ID only (no header is kept): reading the same mail again
    logs nothing twice (core.mail)."""

    __tablename__ = "mail_logged"
    __table_args__ = (
        UniqueConstraint("person_id", "message_hash", name="uq_mail_logged_person_message"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    message_hash: str
    on: dt.date


class NotDuplicate(SQLModel, table=True):
    """Two people the user said are two people: Find Duplicates does not list them again
    (core.people.duplicates). The row is both people's: it goes with either."""

    __tablename__ = "not_duplicate"
    __table_args__ = (
        UniqueConstraint("person_id", "other_id", name="uq_not_duplicate_pair"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    other_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)


class MailSource(SQLModel, table=True):
    """A mailbox the user chose to read (core.mail): an IMAP account, an mbox file, a Maildir,
    a folder of .eml files or a Thunderbird profile, and how far it has been read (`state`:
    JSON, per folder the IMAP UIDVALIDITY and last UID, or a file's size and position)."""

    __tablename__ = "mail_source"
    __table_args__ = (UniqueConstraint("kind", "location", "user", name="uq_mail_source"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # imap, mbox, maildir, eml, thunderbird
    location: str  # a path, or the IMAP host[:port]
    user: str = Field(default="")  # the IMAP user name
    name: str = Field(default="")  # what `mail-log --account NAME` calls it
    state: str = Field(default="{}")
    read_on: dt.date | None = Field(default=None)


class SyncAccount(SQLModel, table=True):
    """The user's CalDAV/CardDAV server (core.sync): its address, the user name (the password
    is in the system keyring), the address book and calendar found there, and the sync tokens
    (RFC 6578) the server last gave, when it gives them."""

    __tablename__ = "sync_account"
    __table_args__ = (UniqueConstraint("url", "user", name="uq_sync_account"),)

    id: int | None = Field(default=None, primary_key=True)
    url: str
    user: str = Field(default="")
    addressbook_url: str = Field(default="")
    calendar_url: str = Field(default="")
    addressbook_token: str = Field(default="")
    synced_at: dt.datetime | None = Field(default=None, sa_type=DateTime)  # UTC
    backed_up: bool = Field(default=False)  # the backup before the first sync was taken
    # Whom to sync (core.sync.scope): people with one of these tags or stages (JSON lists);
    # both empty: everyone. Notes and personal details leave only when the user opts in.
    scope_tags: str = Field(default="[]")
    scope_stages: str = Field(default="[]")
    send_notes: bool = Field(default=False)
    send_details: bool = Field(default=False)


class SyncCard(SQLModel, table=True):
    """A person's card in the account's address book: where it is (`href`), its ETag when last
    synced, and a hash of each field as last synced (JSON), so that a change on either side is
    seen field by field without keeping a copy of the card. `person_id` is unset when the
    person was deleted here (the card stays on the server until the user says)."""

    __tablename__ = "sync_card"
    __table_args__ = (UniqueConstraint("account_id", "href", name="uq_sync_card_href"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="sync_account.id", ondelete="CASCADE")
    person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL", index=True
    )
    href: str
    uid: str = Field(default="")  # the card's UID, kept when the app rewrites it
    etag: str = Field(default="")
    fields: str = Field(default="{}")
    # What waits for a card whose person is gone here (`core.sync.erased`): "erased" (delete it
    # from the server) or "kept" (the user keeps it there); "" for a card in use (migration 0022).
    state: str = Field(default="")
    # A digest of the person as last synced (`cards.person_digest`): unchanged, not read again.
    person_digest: str = Field(default="")


class SyncItem(SQLModel, table=True):
    """An event the app put in its own calendar on the server: its UID (the .ics export's),
    where it is and a hash of what it says, so it is rewritten only when it changed."""

    __tablename__ = "sync_item"
    __table_args__ = (UniqueConstraint("account_id", "uid", name="uq_sync_item_uid"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="sync_account.id", ondelete="CASCADE")
    uid: str
    href: str
    content_hash: str
