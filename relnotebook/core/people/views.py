"""What the views show of people: frozen read models, never live rows (see `service.py`).

`PersonFields` is also what the user types: the profile form, the capture grid and imports all
create and change people through it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relnotebook.core.models import (
    FrenchForm,
    Language,
    Stage,
)
from relnotebook.core.validation import display_name

SCALAR_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "organisation",
    "role",
    "language",
    "french_form",
    "stage",
    "good_prospect",
    "how_met",
    "introduced_by_id",
    "name_prefix",
    "name_suffix",
    "nickname",
    "anniversary",
)
LIST_FIELDS = ("emails", "phones", "tags", "websites", "addresses")
ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")


@dataclass(frozen=True)
class Website:
    """A website or a profile: its address, and what it is ("LinkedIn", "work", "")."""

    url: str
    kind: str = ""


@dataclass(frozen=True)
class Address:
    """A postal address, as structured as the contact card gave it."""

    kind: str = ""  # "home", "work", or the contact app's label
    street: str = ""
    city: str = ""
    region: str = ""  # province or state
    postal_code: str = ""
    country: str = ""

    @property
    def text(self) -> str:
        """On one line: "1000 rue Sherbrooke O., Montréal, QC, H3A 3G4, Canada"."""
        parts = (" ".join(getattr(self, name).split()) for name in ADDRESS_PARTS)
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class PersonSummary:
    """One row of the People list."""

    id: int
    name: str
    organisation: str
    role: str
    stage: Stage
    language: Language
    good_prospect: bool | None
    email: str
    phone: str
    tags: tuple[str, ...]
    updated_at: dt.datetime


@dataclass(frozen=True)
class PersonFields:
    """Everything about a person that the profile form edits."""

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    organisation: str = ""
    role: str = ""
    language: Language = Language.FRENCH
    french_form: FrenchForm | None = None  # None: the Settings default
    stage: Stage = Stage.ACQUAINTANCE
    good_prospect: bool | None = None
    how_met: str = ""
    introduced_by_id: int | None = None
    name_prefix: str = ""  # "Dr.", "Me"
    name_suffix: str = ""  # "Jr.", "CPA"
    nickname: str = ""
    anniversary: dt.date | None = None  # year 1604: the year is not known
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # as stored: E.164, or as typed (`core.people.phones`)
    tags: tuple[str, ...] = ()
    websites: tuple[Website, ...] = ()
    addresses: tuple[Address, ...] = ()

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.family_name, self.preferred_name)


@dataclass(frozen=True)
class DetailView:
    id: int
    kind: str
    text: str
    mentioned_on: dt.date | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    version: int = 1  # as shown: a change made from it is refused if it changed since
    # How a message mentions it (mentions.py): None not suggested yet, "" no mention.
    mention_en: str | None = None
    mention_tu: str | None = None
    mention_vous: str | None = None


@dataclass(frozen=True)
class NoteView:
    id: int
    date: dt.date
    text: str
    event_id: int | None
    event_name: str
    version: int = 1


@dataclass(frozen=True)
class EventRef:
    id: int
    name: str
    date: dt.date


@dataclass(frozen=True)
class PersonPage:
    """What the person page shows: profile, details, notes (newest first), events."""

    id: int
    fields: PersonFields
    introduced_by_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    details: tuple[DetailView, ...] = ()
    notes: tuple[NoteView, ...] = ()
    events: tuple[EventRef, ...] = ()
    introduced: tuple[tuple[int, str], ...] = field(default=())
    version: int = 1  # of the profile, as shown (see `models.Versioned`)

    @property
    def name(self) -> str:
        return self.fields.name
