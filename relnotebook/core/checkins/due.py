"""The check-ins due, for Today: one query over the people filed as coming due.

Each person with a cadence is filed in an index by the store (`person.checkin_group` and
`checkin_key`, migration 0023: `rules.checkin_filing`), so the query reads one index range per
group, the people whose check-in may be due by the horizon, and not everyone with a cadence;
their due day is then their last contact (`person.last_contact_on`, kept exact by the store)
plus the cadence, and the rules (`due_status`) decide which show. The phone number and the last
two contacts are read for the rows returned only.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Date, Integer, and_, bindparam, case, or_
from sqlmodel import col, func, select
from sqlmodel.sql.expression import Select

from relnotebook.core import settings
from relnotebook.core.checkins.closed_days import calendar_from
from relnotebook.core.checkins.rules import (
    COUNTS_AS_CONTACT,
    OWN_CADENCE,
    CheckinDue,
    due_status,
)
from relnotebook.core.dates import shift
from relnotebook.core.models import (
    Channel,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    Initiator,
    Person,
    Stage,
    Tier,
)
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook
from relnotebook.store.sql import add_days, as_date

# The due query returns check-ins due up to this many days past the look-ahead too, and the
# rules (`due_status`) alone decide which show: a rule may show a check-in before its due date
# (one due on a holiday, on the last working day before it) without the query knowing it.
PRESELECT_MARGIN_DAYS = 10


def tier_cadences(values: settings.Values) -> dict[str, int]:
    """Each tier's cadence in days, as the settings say."""
    return {tier: values.int(s) for tier, s in settings.TIER_CADENCE_DAYS.items()}


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


def _counts_from(tier: Tier) -> Any:
    """The parameter: the last day a check-in on `tier`'s cadence may count from and be due by
    the horizon (`_filed_from`)."""
    return bindparam(f"from_{tier.value}", type_=Date())


def _filed_from(horizon: dt.date, cadences: Mapping[str, int]) -> dict[str, dt.date]:
    return {f"from_{tier.value}": shift(horizon, -cadences[tier.value]) for tier in Tier}


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
    horizon = bindparam("horizon", type_=Date())
    last = col(Person.last_contact_on)  # kept exact by the store (migration 0008)
    # Only those filed as coming due by the horizon (migration 0023: an index range per group).
    group, key = col(Person.checkin_group), col(Person.checkin_key)
    filed = or_(
        and_(group == OWN_CADENCE, key <= horizon),
        *(and_(group == tier.value, key <= _counts_from(tier)) for tier in Tier),
    )
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
            filed,
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
        .where(due <= horizon)
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
    cadences = tier_cadences(values)
    calendar = calendar_from(values)
    # The look-ahead with the preselection's margin, and the closed days right after it: on the
    # Friday before Labour Day a call due on the Monday is due now. `due_status` decides.
    horizon = calendar.reach(shift(today, lookahead_days + PRESELECT_MARGIN_DAYS))
    params = {
        "today": today,
        "horizon": horizon,
        **_filed_from(horizon, cadences),
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
