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

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    """Timestamps are stored in UTC, without tzinfo (SQLite has no time zones)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _timestamp() -> Any:
    # An explicit column type: SQLModel's default for datetimes changed between releases.
    return Field(default_factory=utcnow, sa_type=DateTime)


class Stage(StrEnum):
    ACQUAINTANCE = "acquaintance"
    PROSPECT = "prospect"
    CLIENT = "client"
    FORMER_CLIENT = "former_client"


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


class DetailKind(StrEnum):
    TRIP = "trip"
    HOBBY = "hobby"
    FAMILY = "family"
    WORK = "work"
    BUSY = "busy"
    OTHER = "other"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    given_name: str = Field(default="")
    family_name: str = Field(default="")
    preferred_name: str = Field(default="")
    organisation: str = Field(default="")
    role: str = Field(default="")
    language: str = Field(default=Language.FRENCH.value)
    stage: str = Field(default=Stage.ACQUAINTANCE.value, index=True)
    # None means "not decided yet": the advisor is asked the question, not told the answer.
    good_prospect: bool | None = Field(default=None)
    how_met: str = Field(default="")
    introduced_by_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL", index=True
    )
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()


class ContactPoint(SQLModel, table=True):
    """An email address or a phone number; a person may have several of each."""

    __tablename__ = "contact_point"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    kind: str
    value: str
    label: str = Field(default="")
    position: int = Field(default=0)


class Tag(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class PersonTag(SQLModel, table=True):
    __tablename__ = "person_tag"

    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True)


class Event(SQLModel, table=True):
    __tablename__ = "event"

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


class Note(SQLModel, table=True):
    """A dated conversation note about one person, optionally taken at an event."""

    __tablename__ = "note"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    event_id: int | None = Field(default=None, foreign_key="event.id", ondelete="SET NULL")
    date: dt.date
    text: str
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()


class PersonalDetail(SQLModel, table=True):
    """A fact about a person's life worth mentioning later: a trip, a hobby, a busy period.

    `starts_on`/`ends_on` carry the dates that make the detail actionable: a trip's dates, or
    for a busy period the day it ends ("busy until").
    """

    __tablename__ = "personal_detail"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    kind: str = Field(default=DetailKind.OTHER.value)
    text: str
    mentioned_on: dt.date | None = Field(default=None)
    starts_on: dt.date | None = Field(default=None)
    ends_on: dt.date | None = Field(default=None)
    created_at: dt.datetime = _timestamp()
    updated_at: dt.datetime = _timestamp()
