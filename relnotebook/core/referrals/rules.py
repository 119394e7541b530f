"""The referral ledger and what it says about where new clients come from (domain.md, section 3).

A "scratch my back" arrangement brings mandates as long as the other person stays in their post;
trust brings them for years. So each referral given or received is recorded with its kind
(reciprocal, trust, partnership), and the report answers four questions over the last 12 months:

- What share of new clients came from reciprocal arrangements, against the user's target (small:
  20% by default, in Settings)? A new client is a referral received whose outcome is "client".
- How has that mix moved, calendar quarter by quarter?
- Does new business depend on one person or one organisation? When the referrer changes jobs, the
  mandates leave with them.
- Who are the trusted connectors: people who send clients out of trust, without a deal, and to
  whom nothing was ever sent back? They are the asset worth looking after.

The rules here are pure functions over plain `ReferralView` rows (testable without a database);
`service.reciprocity_report` reads the notebook once and applies them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from relnotebook.core.models import (
    ReferralDirection,
    ReferralKind,
    ReferralOutcome,
)
from relnotebook.errors import ValidationError
from relnotebook.folding import fold

MAX_NOTE_CHARS = 100_000
WINDOW_MONTHS = 12
QUARTERS_SHOWN = 4
# Outcomes that say the referral brought business (concentration counts both).
BUSINESS_OUTCOMES = frozenset({ReferralOutcome.MANDATE, ReferralOutcome.CLIENT})
FIELDS = ("on", "direction", "partner_id", "referred_id", "kind", "outcome", "note")


@dataclass(frozen=True)
class ReferralView:
    id: int
    on: dt.date
    direction: ReferralDirection
    partner_id: int  # who referred to me (received), or to whom I referred (given)
    partner_name: str
    referred_id: int | None  # the person sent; None when not recorded or since deleted
    referred_name: str
    kind: ReferralKind
    outcome: ReferralOutcome
    note: str


@dataclass(frozen=True)
class Balance:
    """Referrals exchanged with one person, by kind: what I gave them, what they gave me."""

    given: dict[ReferralKind, int]
    received: dict[ReferralKind, int]


class QuarterCounts(NamedTuple):
    """New clients in one calendar quarter, by kind of referral."""

    label: str  # "2026 Q3"
    reciprocal: int
    trust: int
    partnership: int


@dataclass(frozen=True)
class ReferrerShare:
    """One referrer's part of a set of referrals: `count` of `total`."""

    person_id: int
    name: str
    count: int
    total: int

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0


@dataclass(frozen=True)
class Connector:
    """Someone who referred out of trust and was never sent anything back."""

    person_id: int
    name: str
    count: int
    last_on: dt.date


@dataclass(frozen=True)
class ReciprocityReport:
    today: dt.date
    starts_on: dt.date  # the window is starts_on..today, both included
    new_clients: int
    reciprocal: int
    reciprocal_share: float | None  # None: no new clients from referrals in the window
    target: int  # percent
    above_target: bool
    by_quarter: tuple[QuarterCounts, ...]
    top_referrer: ReferrerShare | None  # of referrals that brought a mandate or a client
    organisations_with_several_referrers: Mapping[str, tuple[str, ...]]
    key_person_percent: int
    key_person_warnings: tuple[ReferrerShare, ...]  # of new clients
    trusted_connectors: tuple[Connector, ...]


# Pure rules


def check_referral(
    *,
    on: dt.date,
    partner_id: int,
    referred_id: int | None,
    outcome: ReferralOutcome,
    note: str,
    today: dt.date,
) -> None:
    """Raise `ValidationError` when a referral cannot be recorded as given."""
    if referred_id is not None and referred_id == partner_id:
        raise ValidationError("referred_id", "A person cannot be referred to themselves.")
    if on > today:
        raise ValidationError("on", "A referral cannot be in the future.")
    if ReferralOutcome(outcome) in BUSINESS_OUTCOMES and referred_id is None:
        raise ValidationError("outcome", "Say who was referred before recording an outcome.")
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError("note", "A note is at most {limit} characters.", limit=MAX_NOTE_CHARS)


def _months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def report_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last 12 months ending `today`, both ends included (2025-11-24..2026-11-23)."""
    return _months_before(today, WINDOW_MONTHS) + dt.timedelta(days=1), today


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_label(year: int, quarter: int) -> str:
    return f"{year} Q{quarter}"


def recent_quarters(today: dt.date, count: int = QUARTERS_SHOWN) -> list[tuple[int, int]]:
    """The calendar quarter of `today` and the ones before it, oldest first.

    With 12 months ending today they all lie inside the window (the current one up to today).
    """
    year, quarter = quarter_of(today)
    index = year * 4 + quarter - 1
    return [(i // 4, i % 4 + 1) for i in range(index - count + 1, index + 1)]


def new_clients(
    referrals: Iterable[ReferralView], starts_on: dt.date, ends_on: dt.date
) -> list[ReferralView]:
    """Referrals received between the two days (included) that made a new client."""
    return [
        r
        for r in referrals
        if r.direction == ReferralDirection.RECEIVED
        and r.outcome == ReferralOutcome.CLIENT
        and starts_on <= r.on <= ends_on
    ]


def reciprocal_share(clients: Sequence[ReferralView]) -> float | None:
    """Reciprocal ones / all of them; None when there are none (no share to judge)."""
    if not clients:
        return None
    return sum(1 for r in clients if r.kind == ReferralKind.RECIPROCAL) / len(clients)


def above_percent(count: int, total: int, percent: int) -> bool:
    """count / total > percent%, in whole numbers (no rounding at the boundary)."""
    return total > 0 and count * 100 > percent * total


def by_quarter(clients: Iterable[ReferralView], today: dt.date) -> list[QuarterCounts]:
    counts: dict[tuple[int, int], dict[ReferralKind, int]] = {
        q: dict.fromkeys(ReferralKind, 0) for q in recent_quarters(today)
    }
    for r in clients:
        bucket = counts.get(quarter_of(r.on))
        if bucket is not None and r.on <= today:
            bucket[r.kind] += 1
    return [
        QuarterCounts(
            quarter_label(*q),
            c[ReferralKind.RECIPROCAL],
            c[ReferralKind.TRUST],
            c[ReferralKind.PARTNERSHIP],
        )
        for q, c in counts.items()
    ]


def referrer_shares(referrals: Sequence[ReferralView]) -> list[ReferrerShare]:
    """Each partner's count among `referrals`, the largest first (then the most recent)."""
    counts: dict[int, int] = defaultdict(int)
    last: dict[int, dt.date] = {}
    names: dict[int, str] = {}
    for r in referrals:
        counts[r.partner_id] += 1
        last[r.partner_id] = max(r.on, last.get(r.partner_id, r.on))
        names[r.partner_id] = r.partner_name
    order = sorted(
        counts,
        key=lambda pid: (-counts[pid], -last[pid].toordinal(), fold(names[pid]), pid),
    )
    return [ReferrerShare(pid, names[pid], counts[pid], len(referrals)) for pid in order]


def business_referrals(
    referrals: Iterable[ReferralView], starts_on: dt.date, ends_on: dt.date
) -> list[ReferralView]:
    """Referrals received in the window that brought a mandate or a client."""
    return [
        r
        for r in referrals
        if r.direction == ReferralDirection.RECEIVED
        and r.outcome in BUSINESS_OUTCOMES
        and starts_on <= r.on <= ends_on
    ]


def top_referrer(business: Sequence[ReferralView]) -> ReferrerShare | None:
    shares = referrer_shares(business)
    return shares[0] if shares else None


def organisations_with_several_referrers(
    business: Iterable[ReferralView], organisations: Mapping[int, str]
) -> dict[str, tuple[str, ...]]:
    """Organisation -> its referrers' names, for organisations with two referrers or more.

    Spelling differences in case and spaces do not split an organisation; people without one
    are left out.
    """
    spelling: dict[str, str] = {}
    members: dict[str, dict[int, str]] = defaultdict(dict)
    for r in business:
        organisation = " ".join(organisations.get(r.partner_id, "").split())
        if not organisation:
            continue
        key = organisation.casefold()
        spelling.setdefault(key, organisation)
        members[key][r.partner_id] = r.partner_name
    return {
        spelling[key]: tuple(sorted(people.values(), key=str.casefold))
        for key, people in sorted(members.items())
        if len(people) >= 2
    }


def key_person_warnings(clients: Sequence[ReferralView], percent: int) -> list[ReferrerShare]:
    """Referrers who brought more than `percent`% of the new clients."""
    return [s for s in referrer_shares(clients) if above_percent(s.count, s.total, percent)]


def trusted_connectors(referrals: Iterable[ReferralView], today: dt.date) -> list[Connector]:
    """People who referred to me out of trust (ever, up to today) and whom I never referred to.

    The most referrals first, then the most recent.
    """
    received: dict[int, list[ReferralView]] = defaultdict(list)
    given_to: set[int] = set()
    for r in referrals:
        if r.on > today:
            continue
        if r.direction == ReferralDirection.GIVEN:
            given_to.add(r.partner_id)
        elif r.kind == ReferralKind.TRUST:
            received[r.partner_id].append(r)
    found = [
        Connector(pid, rows[0].partner_name, len(rows), max(r.on for r in rows))
        for pid, rows in received.items()
        if pid not in given_to
    ]
    found.sort(key=lambda c: (-c.count, -c.last_on.toordinal(), fold(c.name), c.person_id))
    return found


def build_report(
    referrals: Sequence[ReferralView],
    organisations: Mapping[int, str],
    *,
    today: dt.date,
    target_percent: int,
    key_person_percent: int,
) -> ReciprocityReport:
    starts_on, ends_on = report_window(today)
    clients = new_clients(referrals, starts_on, ends_on)
    reciprocal = sum(1 for r in clients if r.kind == ReferralKind.RECIPROCAL)
    business = business_referrals(referrals, starts_on, ends_on)
    return ReciprocityReport(
        today=today,
        starts_on=starts_on,
        new_clients=len(clients),
        reciprocal=reciprocal,
        reciprocal_share=reciprocal_share(clients),
        target=target_percent,
        above_target=above_percent(reciprocal, len(clients), target_percent),
        by_quarter=tuple(by_quarter(clients, today)),
        top_referrer=top_referrer(business),
        organisations_with_several_referrers=organisations_with_several_referrers(
            business, organisations
        ),
        key_person_percent=key_person_percent,
        key_person_warnings=tuple(key_person_warnings(clients, key_person_percent)),
        trusted_connectors=tuple(trusted_connectors(referrals, today)),
    )
