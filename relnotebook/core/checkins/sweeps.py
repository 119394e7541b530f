"""Market sweeps: "Markets are moving: check in with…" a group of clients, by a deadline.

Market turbulence is exactly when clients wonder and nobody calls them (domain.md, section 2).
A sweep fixes who is in the round when it starts (later clients are not added), counts down to
a deadline a few business days away, and ticks people off as contacts that reached them are
logged: the contact log calls `mark_reached` inside its own transaction, so a call and its tick
are stored together. A sweep closes by itself once everyone was reached, or by hand.

Segments are short strings so that they read well in the notebook file: "clients", "tier:A",
"tier:B", "tier:C", "tag:<name>".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import Select

from relnotebook.core import settings
from relnotebook.core.checkins.closed_days import (
    BusinessCalendar,
    ClosedDay,
    notebook_calendar,
)
from relnotebook.core.models import (
    CheckinPlan,
    Person,
    PersonTag,
    Stage,
    Sweep,
    SweepMember,
    Tag,
    Tier,
    stored,
)
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.folding import fold
from relnotebook.store import Notebook
from relnotebook.store.sql import id_list, one_of

DEFAULT_BUSINESS_DAYS = 5
CLIENTS = "clients"
TIER_PREFIX = "tier:"
TAG_PREFIX = "tag:"


def add_business_days(
    start: dt.date, days: int, calendar: BusinessCalendar | None = None
) -> dt.date:
    """The day `days` business days after `start`, skipping weekends and the statutory
    holidays of `calendar` (the default province's when None): a sweep started on the Friday
    before Labour Day with one day to go ends on the Tuesday. Starting on a closed day, the
    first business day after it is day one.
    """
    return (calendar or BusinessCalendar()).add_business_days(start, days)


def _tag_name(segment: str) -> str:
    # Tags are stored as people/service.py normalises them: single spaces, case-folded.
    return " ".join(segment[len(TAG_PREFIX) :].split()).casefold()


def check_segment(segment: str) -> str:
    """The segment as stored; raises ValueError for a form the app does not know."""
    if segment == CLIENTS:
        return segment
    if segment.startswith(TIER_PREFIX):
        tier = segment[len(TIER_PREFIX) :]
        if tier not in {t.value for t in Tier}:
            raise ValueError(f"unknown tier in segment {segment!r}")
        return segment
    if segment.startswith(TAG_PREFIX):
        name = _tag_name(segment)
        if not name:
            raise ValueError(f"no tag name in segment {segment!r}")
        return TAG_PREFIX + name
    raise ValueError(f"unknown segment {segment!r}")


def _segment_people(session: Session, segment: str) -> list[int]:
    segment = check_segment(segment)
    if segment.startswith(TAG_PREFIX):
        query = select(PersonTag.person_id).join(Tag).where(Tag.name == segment[len(TAG_PREFIX) :])
        found = set(session.exec(query).all())
    else:
        clients = session.exec(
            select(Person.id, CheckinPlan.tier)
            .join(CheckinPlan, isouter=True)
            .where(Person.stage == Stage.CLIENT.value)
        ).all()
        if segment == CLIENTS:
            found = {stored(person_id) for person_id, _ in clients}
        else:
            wanted = segment[len(TIER_PREFIX) :]
            found = {
                stored(person_id)
                for person_id, tier in clients
                if (tier or settings.DEFAULT_TIER) == wanted
            }
    if not found:
        raise ValidationError("segment", "Nobody is in this group.")
    return sorted(found)


def segment_people(notebook: Notebook, segment: str) -> list[int]:
    """The ids of the people a segment means today (a client without a tier counts as the
    default tier). ValueError for an unknown form; ValidationError when nobody is in it."""
    with notebook.reader() as session:
        return _segment_people(session, segment)


@dataclass(frozen=True)
class SweepView:
    id: int
    title: str
    segment: str
    started_on: dt.date
    deadline: dt.date
    total: int
    reached: int
    closed_on: dt.date | None

    @property
    def remaining(self) -> int:
        return self.total - self.reached

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class PendingCall:
    sweep_id: int
    sweep_title: str
    deadline: dt.date
    person_id: int
    person_name: str
    closed: ClosedDay | None = None  # the deadline is a weekend or a holiday


def start_sweep(
    notebook: Notebook,
    *,
    title: str,
    segment: str,
    started_on: dt.date,
    business_days: int = DEFAULT_BUSINESS_DAYS,
) -> int:
    """Start a round of calls to everyone in `segment` now; returns the sweep's id."""
    title = title.strip()
    if not title:
        raise ValidationError("title", "A sweep needs a title.")
    if business_days < 1:
        raise ValidationError("business_days", "Allow at least one business day.")
    calendar = notebook_calendar(notebook)
    with notebook.session() as session:
        members = _segment_people(session, segment)
        row = Sweep(
            title=title,
            segment=check_segment(segment),
            started_on=started_on,
            deadline=add_business_days(started_on, business_days, calendar),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        for person_id in members:
            session.add(SweepMember(sweep_id=row.id, person_id=person_id))
        return row.id


def _views(session: Session, sweeps: list[Sweep]) -> list[SweepView]:
    ids = [s.id for s in sweeps]
    counts = {
        sweep_id: (total, reached)
        for sweep_id, total, reached in session.exec(
            select(SweepMember.sweep_id, func.count(), func.count(col(SweepMember.reached_on)))
            .where(col(SweepMember.sweep_id).in_(ids))
            .group_by(col(SweepMember.sweep_id))
        ).all()
    }
    return [
        SweepView(
            id=stored(s.id),
            title=s.title,
            segment=s.segment,
            started_on=s.started_on,
            deadline=s.deadline,
            total=counts.get(stored(s.id), (0, 0))[0],
            reached=counts.get(stored(s.id), (0, 0))[1],
            closed_on=s.closed_on,
        )
        for s in sweeps
    ]


def open_sweeps(notebook: Notebook) -> list[SweepView]:
    """Sweeps still running, nearest deadline first."""
    with notebook.reader() as session:
        rows = session.exec(
            select(Sweep)
            .where(col(Sweep.closed_on).is_(None))
            .order_by(col(Sweep.deadline), col(Sweep.id))
        ).all()
        return _views(session, list(rows))


def get_sweep(notebook: Notebook, sweep_id: int) -> SweepView | None:
    with notebook.reader() as session:
        row = session.get(Sweep, sweep_id)
        return _views(session, [row])[0] if row is not None else None


# A sweep (id, title, deadline) and one of its people (id, name).
_PENDING: Select[int, str, dt.date, int, str, str, str] = Select(
    col(Sweep.id),
    col(Sweep.title),
    col(Sweep.deadline),
    col(Person.id),
    col(Person.given_name),
    col(Person.family_name),
    col(Person.preferred_name),
)


# Still to call: an open sweep, not reached yet, not someone who has just left (don't beg).
_STILL_TO_CALL = (
    col(Sweep.closed_on).is_(None),
    col(SweepMember.reached_on).is_(None),
    Person.stage != Stage.FORMER_CLIENT.value,
)
_IDS = id_list("ids")


def _pending_query() -> Select[int, str, dt.date, int, str, str, str]:
    return (
        _PENDING.join(SweepMember, col(SweepMember.sweep_id) == col(Sweep.id))
        .join(Person, col(Person.id) == col(SweepMember.person_id))
        .where(*_STILL_TO_CALL)
    )


# Each person still to call: their nearest deadline, their calls, their names.
_NEAREST: Select[int, dt.date, int, str] = Select(
    col(SweepMember.person_id),
    func.min(col(Sweep.deadline)),
    func.count(),
    col(Person.name_key),  # the name as shown, folded: Today's order (migration 0020)
)
_NEAREST = (
    _NEAREST.join(Sweep, col(Sweep.id) == col(SweepMember.sweep_id))
    .join(Person, col(Person.id) == col(SweepMember.person_id))
    .where(*_STILL_TO_CALL)
    .group_by(col(SweepMember.person_id), col(Person.id))
)
_OF_PEOPLE = _pending_query().where(one_of(SweepMember.person_id, _IDS))


def pending_calls(notebook: Notebook) -> list[PendingCall]:
    """Who is still to be called in open sweeps: nearest deadline first, then by name."""
    with notebook.reader() as session:
        return _calls(session.connection().execute(_pending_query()).all())


def _calls(rows: Sequence[tuple[int, str, dt.date, int, str, str, str]]) -> list[PendingCall]:
    calls = [
        PendingCall(
            sweep_id=sweep_id,
            sweep_title=title,
            deadline=deadline,
            person_id=person_id,
            person_name=display_name(given, family, preferred),
        )
        for sweep_id, title, deadline, person_id, given, family, preferred in rows
    ]
    calls.sort(key=lambda c: (c.deadline, c.sweep_id, fold(c.person_name), c.person_id))
    return calls


@dataclass(frozen=True)
class PendingPage:
    """The calls read, and who the others are for and how many they are (Today's count)."""

    calls: list[PendingCall]
    unread: frozenset[int] = frozenset()
    unread_calls: int = 0


def pending_calls_page(
    notebook: Notebook, first: int | None, read: Collection[int] = ()
) -> PendingPage:
    """The calls of the `first` people to call soonest (by their nearest deadline, then by
    name, as Today orders them) and of the people in `read` (Today shows their calls on their
    late call's row); the people of the others. None: all."""
    if first is None:
        return PendingPage(pending_calls(notebook))
    with notebook.reader() as session:
        connection = session.connection()
        nearest = {
            person: (deadline, calls, name_key)
            for person, deadline, calls, name_key in connection.execute(_NEAREST)
        }
        ranked = sorted(
            (day, name, person) for person, (day, _, name) in nearest.items() if person not in read
        )
        # All those sharing the last one's day and name too: `_calls` orders them further.
        last = ranked[min(first, len(ranked)) - 1][:2] if first > 0 and ranked else None
        chosen = {p for day, name, p in ranked if last is not None and (day, name) <= last}
        ids = sorted(chosen | (nearest.keys() & set(read)))
        calls = _calls(connection.execute(_OF_PEOPLE, {"ids": ids}).all()) if ids else []
    unread = frozenset(person for _, _, person in ranked if person not in chosen)
    return PendingPage(calls, unread, sum(nearest[person][1] for person in unread))


@dataclass(frozen=True)
class Ticks:
    """What reaching someone changed in the sweeps, so that undoing the contact takes it back."""

    person_id: int
    on: dt.date
    sweep_ids: tuple[int, ...]  # the sweeps it ticked them off in
    closed: tuple[int, ...]  # those it closed (everyone reached)


def people_in_open_sweeps(session: Session) -> set[int]:
    """Who an open sweep still waits for (`mark_reached` has something to do for them only)."""
    return set(
        session.exec(
            select(SweepMember.person_id)
            .join(Sweep, col(Sweep.id) == col(SweepMember.sweep_id))
            .where(col(SweepMember.reached_on).is_(None), col(Sweep.closed_on).is_(None))
        ).all()
    )


def mark_reached(session: Session, person_id: int, *, on: dt.date) -> list[int]:
    """Tick `person_id` off in every open sweep started on or before `on`.

    Runs inside the caller's transaction (the one that logs the contact), so the caller decides
    what counts as reaching someone. A sweep whose members are now all reached is closed on `on`;
    returns the ids of the sweeps closed.
    """
    return list(tick(session, person_id, on=on).closed)


def tick(session: Session, person_id: int, *, on: dt.date) -> Ticks:
    """`mark_reached`, saying what it changed (see `untick`)."""
    members = session.exec(
        select(SweepMember)
        .join(Sweep, col(Sweep.id) == col(SweepMember.sweep_id))
        .where(
            SweepMember.person_id == person_id,
            col(SweepMember.reached_on).is_(None),
            col(Sweep.closed_on).is_(None),
            col(Sweep.started_on) <= on,
        )
    ).all()
    if not members:
        return Ticks(person_id, on, (), ())
    touched = sorted({m.sweep_id for m in members})
    for member in members:
        member.reached_on = on
        session.add(member)
    session.flush()
    unreached: dict[int, int] = defaultdict(int)
    for sweep_id, count in session.exec(
        select(SweepMember.sweep_id, func.count())
        .where(col(SweepMember.sweep_id).in_(touched), col(SweepMember.reached_on).is_(None))
        .group_by(col(SweepMember.sweep_id))
    ).all():
        unreached[sweep_id] = count
    closed = [sweep_id for sweep_id in touched if not unreached[sweep_id]]
    _set_closed(session, closed, on)
    return Ticks(person_id, on, tuple(touched), tuple(closed))


def untick(session: Session, ticks: Ticks) -> None:
    """Take back what `tick` did: the person is to call again, a sweep it closed is open."""
    _set_reached(session, ticks, None)
    _set_closed(session, ticks.closed, None)


def retick(session: Session, ticks: Ticks) -> None:
    """Do again exactly what `tick` did (redo after `untick`)."""
    _set_reached(session, ticks, ticks.on)
    _set_closed(session, ticks.closed, ticks.on)


def _set_reached(session: Session, ticks: Ticks, on: dt.date | None) -> None:
    for member in session.exec(
        select(SweepMember).where(
            SweepMember.person_id == ticks.person_id,
            col(SweepMember.sweep_id).in_(ticks.sweep_ids),
        )
    ).all():
        member.reached_on = on
        session.add(member)
    session.flush()


def _set_closed(session: Session, sweep_ids: Sequence[int], on: dt.date | None) -> None:
    for sweep_id in sweep_ids:
        sweep = session.get(Sweep, sweep_id)
        if sweep is not None:  # (deleted meanwhile: nothing to open or close)
            sweep.closed_on = on
            session.add(sweep)
    session.flush()


def close_sweep(notebook: Notebook, sweep_id: int, *, on: dt.date) -> dt.date | None:
    """Close a sweep by hand (giving up on the rest); returns the previous closing date."""
    with notebook.session() as session:
        row = session.get(Sweep, sweep_id)
        if row is None:
            raise LookupError(f"sweep {sweep_id} no longer exists")
        previous = row.closed_on
        row.closed_on = on
        session.add(row)
        return previous
