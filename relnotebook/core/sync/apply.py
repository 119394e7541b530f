"""The server's side of a sync written into the notebook, inside the sync's unit of work: the
fields of a card edited on the phone, and a person made from a card new there ("From your
phone": met that day at an event of that name, so Today offers the next-day note; the card's
NOTE as a dated note)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from relnotebook.core.events.service import EventFields, create_event, link_person
from relnotebook.core.exchange.contact_import.incoming import birthday_text
from relnotebook.core.models import DetailKind, Event, Note, PersonalDetail, stored
from relnotebook.core.people.notes import MAX_NOTE_CHARS
from relnotebook.core.people.service import change_person, create_person, validate_changes
from relnotebook.core.people.views import Address, PersonFields, Website
from relnotebook.core.sync.cards import Fields, birthday_of
from relnotebook.core.validation import require_name

FROM_YOUR_PHONE = "From your phone"


def person_changes(fields: Fields) -> dict[str, Any]:
    """The profile changes a card's fields make (the birthday is a detail: `set_birthday`)."""
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if name in ("emails", "phones", "tags"):
            changes[name] = tuple(value)
        elif name == "websites":
            changes[name] = tuple(Website(url, kind) for url, kind in value)
        elif name == "addresses":
            changes[name] = tuple(Address(*parts) for parts in value)
        elif name != "birthday":
            changes[name] = value
    return changes


def check(fields: Fields, region: str) -> None:
    """Raises `ValidationError` when the card's fields cannot be a person's."""
    changes = person_changes(fields)
    validate_changes(changes, region)
    if "given_name" in fields or "family_name" in fields:
        require_name(fields.get("given_name", ""), fields.get("family_name", ""))


def set_birthday(session: Session, person_id: int, text: str) -> None:
    """Their first birthday detail says the card's birthday (added, changed or removed)."""
    row = session.exec(
        select(PersonalDetail)
        .where(
            PersonalDetail.person_id == person_id,
            PersonalDetail.kind == DetailKind.BIRTHDAY.value,
        )
        .order_by(col(PersonalDetail.id))
    ).first()
    day = birthday_of(text)
    if day is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = PersonalDetail(person_id=person_id, kind=DetailKind.BIRTHDAY.value, text="")
    row.text = birthday_text(day)
    session.add(row)


def apply_changes(session: Session, person_id: int, fields: Fields) -> None:
    changes = person_changes(fields)
    if changes:
        change_person(session, person_id, changes)
    if "birthday" in fields:
        set_birthday(session, person_id, fields["birthday"])


def _phone_event(session: Session, day: dt.date) -> int:
    found = session.exec(
        select(Event.id).where(Event.name == FROM_YOUR_PHONE, Event.date == day)
    ).first()
    return found if found is not None else create_event(session, EventFields(FROM_YOUR_PHONE, day))


def new_person(session: Session, fields: Fields, note: str, day: dt.date) -> int:
    """A person made from a card new on the server, met "from your phone" on `day`."""
    changes = person_changes(fields)
    person_id = create_person(session, PersonFields(**changes, how_met=FROM_YOUR_PHONE))
    if fields["birthday"]:
        set_birthday(session, person_id, fields["birthday"])
    link_person(session, _phone_event(session, day), person_id)
    if note.strip():
        session.add(Note(person_id=person_id, date=day, text=note.strip()[:MAX_NOTE_CHARS]))
    session.flush()
    return stored(person_id)
