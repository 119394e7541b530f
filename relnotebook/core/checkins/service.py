"""Logged contacts, check-in plans and what is due.

The due check-ins are computed in one query (last contact + cadence, filtered by date), so
Today reads only the people who are due. Rules themselves live in `rules.py`; who starts the
contacts (the proactive share) in `shares.py`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Date, Integer, bindparam, case, or_, union_all
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import Select

from relnotebook.core import settings
from relnotebook.core.checkins import sweeps
from relnotebook.core.checkins.closed_days import calendar_from
from relnotebook.core.checkins.rules import (
    COUNTS_AS_CONTACT,
    CheckinDue,
    Share,
    cadence_for,
    call_them_first,
    due_status,
    next_due,
    validate_cadence,
)
from relnotebook.core.checkins.shares import recent_contacts, share_windows
from relnotebook.core.dates import shift
from relnotebook.core.models import (
    Channel,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    Initiator,
    Outcome,
    Person,
    Signal,
    Stage,
    Tier,
    stored,
)
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, restore
from relnotebook.store.sql import add_days, as_date

MAX_NOTE_CHARS = 100_000
# The due query returns check-ins due up to this many days past the look-ahead too, and the
# rules (`due_status`) alone decide which show: a rule may show a check-in before its due date
# (one due on a holiday, on the last working day before it) without the query knowing it.
PRESELECT_MARGIN_DAYS = 10


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


def _tier_cadences(values: settings.Values) -> dict[str, int]:
    return {tier: values.int(s) for tier, s in settings.TIER_CADENCE_DAYS.items()}


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
            _tier_cadences(settings.read_all(notebook)),
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


def _last_contacts() -> Any:
    """Per person, the day of the last contact of any kind (calls, meetings, messages sent)."""
    logged: Select[int, dt.date] = select(
        col(Contact.person_id).label("person_id"), col(Contact.on).label("day")
    ).where(col(Contact.outcome).in_([o.value for o in COUNTS_AS_CONTACT]))
    sent: Select[int, dt.date] = select(
        col(Signal.person_id).label("person_id"), col(Signal.sent_on).label("day")
    )
    both = union_all(logged, sent).subquery()
    return (
        select(both.c.person_id, func.max(both.c.day).label("last"))
        .group_by(both.c.person_id)
        .subquery()
    )


def _counted(person_id: Any) -> Any:
    """The conditions for a person's contacts that count (calls that reached them, messages…)."""
    return (
        Contact.person_id == person_id,
        col(Contact.outcome).in_([o.value for o in COUNTS_AS_CONTACT]),
    )


def _latest_contact(person_id: Any, column: Any, *, skip: int = 0) -> Any:
    """`column` of the person's latest counted contact (`skip`: of an earlier one)."""
    query = (
        select(column)
        .where(*_counted(person_id))
        .order_by(col(Contact.on).desc(), col(Contact.id).desc())
        .limit(1)
    )
    return (query.offset(skip) if skip else query).scalar_subquery()


if TYPE_CHECKING:  # a due check-in: see `_due_query`
    Day: TypeAlias = dt.date | None
    Text: TypeAlias = str | None
    _DueRows: TypeAlias = Select[
        int, str, str, str, Text, int, Day, dt.date, int, Text, Text, Text, Text
    ]


@functools.cache
def _due_query() -> _DueRows:
    """The due check-ins statement, built once (parameters: today, horizon, the tier cadences):
    building it cost SQLAlchemy more than SQLite took to run it. A row: the person (id and
    name), their tier, cadence, last contact and due day, how many are due by today, their
    phone, and the channel and who started each of their last two contacts."""
    tier_cadence = case(
        (col(CheckinPlan.tier) == Tier.A.value, bindparam("cadence_a", type_=Integer())),
        (col(CheckinPlan.tier) == Tier.C.value, bindparam("cadence_c", type_=Integer())),
        else_=bindparam("cadence_default", type_=Integer()),
    )
    cadence = func.coalesce(
        CheckinPlan.cadence_days,
        case((col(Person.stage) == Stage.CLIENT.value, tier_cadence), else_=None),
    )
    today = bindparam("today", type_=Date())
    last = col(Person.last_contact_on)  # kept exact by the store (migration 0008)
    due_on = add_days(func.coalesce(last, as_date(Person.created_at)), cadence)
    # Each person's due date, computed once: OFFSET 0 keeps SQLite from folding this query into
    # the next, which would compute the date again everywhere it is used.
    candidates = (
        Select(
            col(Person.id).label("id"),
            col(Person.given_name),
            col(Person.family_name),
            col(Person.preferred_name),
            col(CheckinPlan.tier),
            cadence.label("cadence"),
            last.label("last"),
            due_on.label("due"),
        )
        .select_from(Person)
        .outerjoin(CheckinPlan, col(CheckinPlan.person_id) == Person.id)
        .where(
            cadence.is_not(None),
            or_(col(CheckinPlan.snoozed_until).is_(None), CheckinPlan.snoozed_until <= today),
        )
        .offset(0)
        .subquery()
    )
    due = candidates.c.due
    # Rank everything due, count what is due by today, then look up the phone number and the
    # last contacts only for the rows shown: the first `first` due by today, and all upcoming.
    ranked = (
        Select(
            candidates.c.id,
            candidates.c.given_name,
            candidates.c.family_name,
            candidates.c.preferred_name,
            candidates.c.tier,
            candidates.c.cadence,
            candidates.c.last,
            due,
            func.row_number()
            .over(order_by=(due, candidates.c.family_name, candidates.c.given_name))
            .label("rank"),
            func.sum(case((due <= today, 1), else_=0)).over().label("due_now"),
        )
        .where(due <= bindparam("horizon", type_=Date()))
        .subquery()
    )
    phone = (
        select(ContactPoint.value)
        .where(
            ContactPoint.person_id == ranked.c.id,
            ContactPoint.kind == ContactKind.PHONE.value,
        )
        .order_by(col(ContactPoint.position), col(ContactPoint.id))
        .limit(1)
        .scalar_subquery()
    )
    query: _DueRows = Select(
        ranked.c.id,
        ranked.c.given_name,
        ranked.c.family_name,
        ranked.c.preferred_name,
        ranked.c.tier,
        ranked.c.cadence,
        ranked.c.last,
        ranked.c.due,
        ranked.c.due_now,
        phone,
        _latest_contact(ranked.c.id, Contact.channel),
        _latest_contact(ranked.c.id, Contact.initiated_by),
        _latest_contact(ranked.c.id, Contact.initiated_by, skip=1),
    )
    return query.where(
        or_(ranked.c.due > today, ranked.c.rank <= bindparam("first", type_=Integer()))
    ).order_by(ranked.c.rank)


@dataclass(frozen=True)
class DuePage:
    """The check-ins for Today: all those coming up, and the first of those due by today."""

    items: list[CheckinDue]
    hidden: int  # due by today but past the page


def due_checkins(
    notebook: Notebook,
    today: dt.date,
    *,
    lookahead_days: int | None = None,
    values: settings.Values | None = None,
) -> list[CheckinDue]:
    """Check-ins overdue, due today or within the look-ahead, most overdue first."""
    return due_checkins_page(
        notebook, today, lookahead_days=lookahead_days, values=values, first=None
    ).items


def due_checkins_page(
    notebook: Notebook,
    today: dt.date,
    *,
    first: int | None,
    lookahead_days: int | None = None,
    values: settings.Values | None = None,
) -> DuePage:
    """Like `due_checkins`, but only the `first` most overdue of those due by today (None: all)
    and how many more there are: a long list of late calls is shown a page at a time.

    One query: for each person with a cadence (and no snooze running), the due date is their
    stored last contact (`person.last_contact_on`, kept exact by the store) plus the cadence;
    the phone number and the last two contacts are then read for the rows returned only.
    """
    values = values or settings.read_all(notebook)
    if lookahead_days is None:
        lookahead_days = values.int(settings.LOOKAHEAD_DAYS)
    cadences = _tier_cadences(values)
    calendar = calendar_from(values)
    params = {
        "today": today,
        # The look-ahead with the preselection's margin, and the closed days right after it: on
        # the Friday before Labour Day a call due on the Monday is due now. `due_status` decides.
        "horizon": calendar.reach(shift(today, lookahead_days + PRESELECT_MARGIN_DAYS)),
        "first": _ALL if first is None else max(first, 0),
        "cadence_a": cadences["A"],
        "cadence_c": cadences["C"],
        "cadence_default": cadences[settings.DEFAULT_TIER],
    }
    region = values.text(settings.PHONE_REGION) or settings.PHONE_REGION.default
    with notebook.reader() as session:
        rows = session.connection().execute(_due_query(), params).all()
    found = []
    due_now = rows[0].due_now if rows else 0
    shown_now = 0
    for (
        person_id,
        given,
        family,
        preferred,
        tier,
        cadence_days,
        last_day,
        due_on,
        _due_now,
        phone_number,
        channel,
        who,
        who_before,
    ) in rows:
        closed = calendar.closed(due_on) if due_on >= today else None
        shown_on = closed.open_before if closed else due_on
        status = due_status(due_on, today, lookahead_days, shown_on=shown_on)
        if status is None:
            continue
        shown_now += due_on <= today  # as `due_now` counts them
        found.append(
            CheckinDue(
                person_id=person_id,
                person_name=display_name(given, family, preferred),
                due_on=due_on,
                status=status,
                cadence_days=cadence_days,
                tier=_TIERS[tier] if tier else None,
                last_contact=last_day,
                last_channel=_CHANNELS[channel] if channel else None,
                call_them_first=who == who_before == Initiator.THEM.value,
                phone_number=phone_number or "",
                closed=closed,
                region=region,
            )
        )
    return DuePage(found, max(due_now - shown_now, 0))


_ALL = 2**31 - 1  # "no limit" that still fits a 32-bit integer parameter (PostgreSQL)
_TIERS = {tier.value: tier for tier in Tier}
_CHANNELS = {channel.value: channel for channel in Channel}


def _phones(session: Session, person_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    if not person_ids:
        return found
    rows = session.exec(
        select(ContactPoint.person_id, ContactPoint.value)
        .where(
            col(ContactPoint.person_id).in_(person_ids),
            ContactPoint.kind == ContactKind.PHONE.value,
        )
        .order_by(col(ContactPoint.person_id), col(ContactPoint.position))
    ).all()
    for person_id, value in rows:
        found.setdefault(person_id, value)
    return found


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
    last = _last_contacts()
    with notebook.reader() as session:
        last_contact = session.exec(
            select(last.c.last).where(last.c.person_id == person_id)
        ).first()
        person = session.get(Person, person_id)
        recent = recent_contacts(session, [person_id]).get(person_id, [])
    assert person is not None
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
