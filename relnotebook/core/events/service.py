"""Events: where people were met, and who was met there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, func, select

from relnotebook.core.models import Attendance, Event, NewsletterConsent, Note, stored
from relnotebook.core.people.service import list_people
from relnotebook.core.people.views import PersonSummary
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, restore, snapshot, update_row


@dataclass(frozen=True)
class EventSummary:
    id: int
    name: str
    date: dt.date
    place: str
    people_count: int


@dataclass(frozen=True)
class EventPage:
    id: int
    name: str
    date: dt.date
    place: str
    notes: str
    people: tuple[PersonSummary, ...]


@dataclass(frozen=True)
class EventFields:
    """A new event as typed in the capture form."""

    name: str
    date: dt.date
    place: str = ""
    notes: str = ""


def _validated(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean = {
        k: (v.strip() if isinstance(v, str) and k != "notes" else v) for k, v in changes.items()
    }
    if "name" in clean and not clean["name"]:
        raise ValidationError("name", "An event needs a name.")
    if "date" in clean and not isinstance(clean["date"], dt.date):
        raise ValidationError("date", "An event needs a date.")
    return clean


def create_event(session: Any, fields: EventFields) -> int:
    """Insert an event inside the caller's unit of work."""
    row = Event(**_validated(vars(fields)))
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def add_event(notebook: Notebook, fields: EventFields) -> int:
    with notebook.session() as session:
        return create_event(session, fields)


def list_events(notebook: Notebook) -> list[EventSummary]:
    """Every event, newest first, with how many people were met there."""
    with notebook.reader() as session:
        rows = session.exec(
            select(Event, func.count(col(Attendance.person_id)))
            .join(Attendance, isouter=True)
            .group_by(col(Event.id))
            .order_by(col(Event.date).desc(), col(Event.id).desc())
        ).all()
    return [EventSummary(stored(e.id), e.name, e.date, e.place, count) for e, count in rows]


def get_event(notebook: Notebook, event_id: int) -> EventPage | None:
    with notebook.reader() as session:
        row = session.get(Event, event_id)
        if row is None:
            return None
        attendee_ids = set(
            session.exec(select(Attendance.person_id).where(Attendance.event_id == event_id))
        )
    people = tuple(sorted(list_people(notebook, attendee_ids), key=lambda p: p.name.casefold()))
    return EventPage(stored(row.id), row.name, row.date, row.place, row.notes, people)


def update_event(
    notebook: Notebook,
    event_id: int,
    changes: Mapping[str, Any],
    *,
    seen_version: int | None = None,
) -> dict[str, Any]:
    with notebook.session() as session:
        return update_row(session, Event, event_id, _validated(changes), seen_version=seen_version)


@dataclass(frozen=True)
class DeletedEvent:
    rows: RowSnapshot
    note_ids: tuple[int, ...]  # notes taken at the event, which keep existing without it
    consent_ids: tuple[int, ...] = ()  # newsletter consents given at the event (CASL proof)


def delete_event(notebook: Notebook, event_id: int) -> DeletedEvent:
    """Delete an event and its attendance list (people and notes stay); undoable."""
    with notebook.session() as session:
        row = session.get(Event, event_id)
        if row is None:
            raise LookupError(f"event {event_id} no longer exists")
        attendance = session.exec(select(Attendance).where(Attendance.event_id == event_id)).all()
        note_ids = session.exec(select(Note.id).where(Note.event_id == event_id)).all()
        consent_ids = session.exec(
            select(NewsletterConsent.id).where(NewsletterConsent.event_id == event_id)
        ).all()
        deleted = DeletedEvent(
            snapshot([row, *attendance]),
            tuple(stored(note_id) for note_id in note_ids),
            tuple(stored(consent_id) for consent_id in consent_ids),
        )
        session.delete(row)
    return deleted


def restore_event(notebook: Notebook, deleted: DeletedEvent) -> None:
    with notebook.session() as session:
        restore(session, deleted.rows)
        event_id = deleted.rows.rows[0][1]["id"]
        for model, ids in ((Note, deleted.note_ids), (NewsletterConsent, deleted.consent_ids)):
            for row_id in ids:
                if session.get(model, row_id) is not None:
                    update_row(session, model, row_id, {"event_id": event_id})


def link_person(session: Any, event_id: int, person_id: int) -> bool:
    """Record that `person_id` was met at `event_id` (once); True when it was new."""
    if session.get(Attendance, (event_id, person_id)) is not None:
        return False
    session.add(Attendance(event_id=event_id, person_id=person_id))
    session.flush()
    return True
