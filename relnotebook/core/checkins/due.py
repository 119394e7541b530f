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


def _bounds(today: Any, horizon: Any) -> dict[str, tuple[Any, Any]]:
    """Per filing group, the last key due by today and the last due by the horizon: the days
    themselves for a cadence of one's own (filed at the due day), and for a tier the days its
    cadence before them (filed at the day it counts from; the parameters: `_filed_from`)."""
    bounds = {OWN_CADENCE: (today, horizon)}
    for tier in Tier:
        bounds[tier.value] = (
            bindparam(f"by_{tier.value}", type_=Date()),
            bindparam(f"from_{tier.value}", type_=Date()),
        )
    return bounds


def _filed_from(
    today: dt.date, horizon: dt.date, cadences: Mapping[str, int]
) -> dict[str, dt.date]:
    days: dict[str, dt.date] = {}
    for tier in Tier:
        days[f"by_{tier.value}"] = shift(today, -cadences[tier.value])
        days[f"from_{tier.value}"] = shift(horizon, -cadences[tier.value])
    return days


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
    group, key = col(Person.checkin_group), col(Person.checkin_key)
    not_snoozed = or_(col(CheckinPlan.snoozed_until).is_(None), CheckinPlan.snoozed_until <= today)

    def filed(*conditions: Any) -> Any:
        """People filed so, not snoozed (a statement of its own, not tied to the query's rows)."""
        return (
            select(key)
            .outerjoin(CheckinPlan, col(CheckinPlan.person_id) == Person.id)
            .where(*conditions, not_snoozed)
            .correlate(None)
        )

    # Per filing group (migration 0023), an index range or two: those due by today up to the
    # `first`-th of the group (and any filed on the same key, whose names may sort before), and
    # those due after today up to the horizon. The first `first` overall are among them.
    ranges = []
    for name, (by_today, by_horizon) in _bounds(today, horizon).items():
        nth = (
            filed(group == name, key <= by_today)
            .order_by(key)
            .limit(1)
            .offset(bindparam("nth", type_=Integer()))
            .scalar_subquery()
        )
        ranges.append(and_(group == name, key <= func.coalesce(nth, by_today)))
        ranges.append(and_(group == name, key > by_today, key <= by_horizon))
    # How many are due by today: counted in the index, not read.
    due_now = (
        filed(or_(*(and_(group == n, key <= by) for n, (by, _) in _bounds(today, horizon).items())))
        .with_only_columns(func.count())
        .scalar_subquery()
        .label("due_now")
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
            col(Person.name_key),
            col(CheckinPlan.tier),
            cadence.label("cadence"),
            last.label("last"),
            due_on.label("due"),
        )
        .select_from(Person)
        .outerjoin(CheckinPlan, col(CheckinPlan.person_id) == Person.id)
        .where(or_(*ranges), cadence.is_not(None), not_snoozed)
        .offset(0)
        .subquery()
    )
    due = candidates.c.due
    # Rank what was read, then look up the phone number and the last contacts only for the rows
    # shown: the first `first` due by today, and all upcoming.
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
            # The name as shown, folded (migration 0020): the order Today shows them in.
            func.row_number()
            .over(order_by=(due, candidates.c.name_key, candidates.c.id))
            .label("rank"),
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
        due_now,
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

    One query (see the module's docstring): it reads those due by the horizon but past today,
    and of those due by today, per filing group, the first `first` and the ties on the last
    one's key; the others due by today are only counted, in the index.
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
        **_filed_from(today, horizon, cadences),
        "first": _ALL if first is None else max(first, 0),
        "nth": _ALL if first is None else max(first, 1) - 1,  # an offset: never negative
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
                phone_region=region,
            )
        )
    return DuePage(found, max(due_now - shown_now, 0))


_ALL = 2**31 - 1  # "no limit" that still fits a 32-bit integer parameter (PostgreSQL)
_TIERS = {tier.value: tier for tier in Tier}
_CHANNELS = {channel.value: channel for channel in Channel}
