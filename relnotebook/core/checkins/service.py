"""Logged contacts, check-in plans, and a person's check-in summary.

Rules themselves live in `rules.py`; what is due for Today in `due.py`; who starts the
contacts (the proactive share) in `shares.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from relnotebook.core import settings
from relnotebook.core.checkins import sweeps
from relnotebook.core.checkins.due import tier_cadences
from relnotebook.core.checkins.rules import (
    Share,
    cadence_for,
    call_them_first,
    next_due,
    validate_cadence,
)
from relnotebook.core.checkins.shares import recent_contacts, share_windows
from relnotebook.core.models import (
    Channel,
    CheckinPlan,
    Contact,
    Initiator,
    Outcome,
    Person,
    Stage,
    Tier,
    stored,
)
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, restore

MAX_NOTE_CHARS = 100_000


@dataclass(frozen=True)
class ContactView:
    id: int
    person_id: int
    on: dt.date
    channel: Channel
    initiated_by: Initiator
    outcome: Outcome
    note: str
    duration_seconds: int | None


@dataclass(frozen=True)
class PlanView:
    tier: Tier | None
    own_cadence_days: int | None
    cadence_days: int | None  # what applies: their own, or their tier's for a client
    snoozed_until: dt.date | None
    snooze_reason: str


# Logging contacts


def check_contact(note: str, duration_seconds: int | None) -> None:
    """A contact's note and duration as `log_contact` takes them, or a ValidationError."""
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError("note", "A note is at most {limit} characters.", limit=MAX_NOTE_CHARS)
    if duration_seconds is not None and duration_seconds < 0:
        raise ValidationError("duration_seconds", "A duration cannot be negative.")


def log_contact(
    notebook: Notebook,
    person_id: int,
    *,
    on: dt.date,
    channel: Channel = Channel.PHONE,
    initiated_by: Initiator = Initiator.ME,
    outcome: Outcome = Outcome.REACHED,
    note: str = "",
    duration_seconds: int | None = None,
) -> int:
    """Record a contact; reaching someone also ticks them off any open market sweep."""
    return record_contact(
        notebook,
        person_id,
        on=on,
        channel=channel,
        initiated_by=initiated_by,
        outcome=outcome,
        note=note,
        duration_seconds=duration_seconds,
    ).id


@dataclass(frozen=True)
class LoggedContact:
    """A contact just recorded, with what it ticked off in the sweeps (for undo)."""

    id: int
    ticks: sweeps.Ticks | None


def record_contact(
    notebook: Notebook,
    person_id: int,
    *,
    on: dt.date,
    channel: Channel = Channel.PHONE,
    initiated_by: Initiator = Initiator.ME,
    outcome: Outcome = Outcome.REACHED,
    note: str = "",
    duration_seconds: int | None = None,
) -> LoggedContact:
    """`log_contact`, saying what it changed, so that `take_back_contact` undoes all of it."""
    check_contact(note, duration_seconds)
    with notebook.session() as session:
        if session.get(Person, person_id) is None:
            raise LookupError(f"person {person_id} no longer exists")
        return add_contact(
            session,
            person_id,
            on=on,
            channel=channel,
            initiated_by=initiated_by,
            outcome=outcome,
            note=note,
            duration_seconds=duration_seconds,
        )


def add_contact(
    session: Session,
    person_id: int,
    *,
    on: dt.date,
    channel: Channel,
    initiated_by: Initiator,
    outcome: Outcome = Outcome.REACHED,
    note: str = "",
    duration_seconds: int | None = None,
) -> LoggedContact:
    """`record_contact` inside a unit of work already open (the mail log writes a whole run in
    one): the person is known to exist."""
    check_contact(note, duration_seconds)
    row = Contact(
        person_id=person_id,
        on=on,
        channel=Channel(channel).value,
        initiated_by=Initiator(initiated_by).value,
        outcome=Outcome(outcome).value,
        note=note.strip(),
        duration_seconds=duration_seconds,
    )
    session.add(row)
    session.flush()
    ticks = sweeps.tick(session, person_id, on=on) if Outcome(outcome) == Outcome.REACHED else None
    assert row.id is not None
    return LoggedContact(row.id, ticks)


def take_back_contact(notebook: Notebook, logged: LoggedContact) -> RowSnapshot:
    """Undo of `record_contact`: the contact goes, and the sweeps are as before it."""
    with notebook.session() as session:
        saved = delete_one(session, Contact, logged.id)
        if logged.ticks is not None:
            sweeps.untick(session, logged.ticks)
        return saved


def put_back_contact(notebook: Notebook, logged: LoggedContact, saved: RowSnapshot) -> None:
    """Redo of `record_contact` after `take_back_contact`: the same row, the same ticks."""
    with notebook.session() as session:
        restore(session, saved)
        if logged.ticks is not None:
            sweeps.retick(session, logged.ticks)


def delete_contact(notebook: Notebook, contact_id: int) -> RowSnapshot:
    with notebook.session() as session:
        return delete_one(session, Contact, contact_id)


def person_contacts(notebook: Notebook, person_id: int) -> list[ContactView]:
    """A person's contacts, newest first."""
    with notebook.reader() as session:
        rows = session.exec(
            select(Contact)
            .where(Contact.person_id == person_id)
            .order_by(col(Contact.on).desc(), col(Contact.id).desc())
        ).all()
    return [
        ContactView(
            stored(r.id),
            r.person_id,
            r.on,
            Channel(r.channel),
            Initiator(r.initiated_by),
            Outcome(r.outcome),
            r.note,
            r.duration_seconds,
        )
        for r in rows
    ]


# Plans: tier, cadence, snooze


def get_plan(notebook: Notebook, person_id: int) -> PlanView:
    with notebook.reader() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise LookupError(f"person {person_id} no longer exists")
        plan = session.get(CheckinPlan, person_id)
    tier = Tier(plan.tier) if plan and plan.tier else None
    own = plan.cadence_days if plan else None
    return PlanView(
        tier=tier,
        own_cadence_days=own,
        cadence_days=cadence_for(
            Stage(person.stage),
            tier,
            own,
            tier_cadences(settings.read_all(notebook)),
            settings.DEFAULT_TIER,
        ),
        snoozed_until=plan.snoozed_until if plan else None,
        snooze_reason=plan.snooze_reason if plan else "",
    )


_PLAN_FIELDS = ("tier", "cadence_days", "snoozed_until", "snooze_reason")


def set_plan(notebook: Notebook, person_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change a person's tier, own cadence or snooze; returns the previous values (undo)."""
    unknown = set(changes) - set(_PLAN_FIELDS)
    if unknown:
        raise ValueError(f"unknown plan fields: {sorted(unknown)}")
    clean = dict(changes)
    if clean.get("tier") is not None:
        clean["tier"] = Tier(clean["tier"]).value
    if clean.get("cadence_days") is not None:
        clean["cadence_days"] = validate_cadence(int(clean["cadence_days"]))
    with notebook.session() as session:
        if session.get(Person, person_id) is None:
            raise LookupError(f"person {person_id} no longer exists")
        plan = session.get(CheckinPlan, person_id) or CheckinPlan(person_id=person_id)
        previous = {name: getattr(plan, name) for name in clean}
        for name, value in clean.items():
            setattr(plan, name, value if value is not None or name != "snooze_reason" else "")
        session.add(plan)
    return previous


def snooze_checkin(
    notebook: Notebook, person_id: int, *, until: dt.date, reason: str, today: dt.date
) -> dict[str, Any]:
    """Put a check-in off until a later day, saying why (they are travelling, just talked…)."""
    if until <= today:
        raise ValidationError("snoozed_until", "Choose a day after today.")
    if not reason.strip():
        raise ValidationError("snooze_reason", "Say why, so you remember when it comes back.")
    return set_plan(notebook, person_id, {"snoozed_until": until, "snooze_reason": reason.strip()})


# What is due


@dataclass(frozen=True)
class PersonCheckin:
    """The person page's check-in summary."""

    plan: PlanView
    last_contact: dt.date | None
    next_due: dt.date | None  # None: no check-ins for them
    shares: dict[int, Share]
    call_them_first: bool


def person_checkin(notebook: Notebook, person_id: int, today: dt.date) -> PersonCheckin:
    plan = get_plan(notebook, person_id)
    with notebook.reader() as session:
        person = session.get(Person, person_id)
        recent = recent_contacts(session, [person_id]).get(person_id, [])
    assert person is not None
    # Kept exact by the store's triggers (migration 0008): reading it from every contact and
    # message, grouped, took a fifth of a second at 50,000 people for each page opened.
    last_contact = person.last_contact_on
    added_on = person.created_at.date()
    return PersonCheckin(
        plan=plan,
        last_contact=last_contact,
        next_due=(
            next_due(last_contact, added_on, plan.cadence_days) if plan.cadence_days else None
        ),
        shares=share_windows(notebook, today, person_id),
        call_them_first=call_them_first([who for _, who in recent]),
    )
