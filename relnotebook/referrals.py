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

The rules are pure functions over plain `ReferralView` rows (testable without a database);
`reciprocity_report` reads the notebook once and applies them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlmodel import Session, col, or_, select

from relnotebook import settings
from relnotebook.dates import require_report_day
from relnotebook.errors import ValidationError
from relnotebook.models import (
    Person,
    Referral,
    ReferralDirection,
    ReferralKind,
    ReferralOutcome,
)
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, update_row
from relnotebook.validation import display_name

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
        key=lambda pid: (-counts[pid], -last[pid].toordinal(), names[pid].casefold(), pid),
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
    found.sort(key=lambda c: (-c.count, -c.last_on.toordinal(), c.name.casefold(), c.person_id))
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


# The ledger


def _clean(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown referral fields: {sorted(unknown)}")
    clean = dict(changes)
    for name, enum in (
        ("direction", ReferralDirection),
        ("kind", ReferralKind),
        ("outcome", ReferralOutcome),
    ):
        if name in clean:
            clean[name] = enum(clean[name]).value
    if "note" in clean:
        clean["note"] = clean["note"].strip()
    return clean


def _require_people(session: Session, *person_ids: int | None) -> None:
    for person_id in person_ids:
        if person_id is not None and session.get(Person, person_id) is None:
            raise LookupError(f"person {person_id} no longer exists")


def add_referral(
    notebook: Notebook,
    *,
    on: dt.date,
    direction: ReferralDirection,
    partner_id: int,
    referred_id: int | None = None,
    kind: ReferralKind,
    outcome: ReferralOutcome = ReferralOutcome.NOTHING_YET,
    note: str = "",
    today: dt.date,
) -> int:
    """Record a referral received from `partner_id` or given to them; returns its id."""
    values = _clean(
        {
            "on": on,
            "direction": direction,
            "partner_id": partner_id,
            "referred_id": referred_id,
            "kind": kind,
            "outcome": outcome,
            "note": note,
        }
    )
    check_referral(
        on=on,
        partner_id=partner_id,
        referred_id=referred_id,
        outcome=values["outcome"],
        note=values["note"],
        today=today,
    )
    with notebook.session() as session:
        _require_people(session, partner_id, referred_id)
        row = Referral(**values)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def update_referral(
    notebook: Notebook,
    referral_id: int,
    changes: Mapping[str, Any],
    *,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Change a referral with the same checks as `add_referral` (today: the system's date unless
    given); returns the previous values, which undo passes back here."""
    clean = _clean(changes)
    with notebook.session() as session:
        row = session.get(Referral, referral_id)
        if row is None:
            raise LookupError(f"referral {referral_id} no longer exists")
        merged = {name: clean.get(name, getattr(row, name)) for name in FIELDS}
        check_referral(
            on=merged["on"],
            partner_id=merged["partner_id"],
            referred_id=merged["referred_id"],
            outcome=merged["outcome"],
            note=merged["note"],
            today=today or dt.date.today(),
        )
        _require_people(session, clean.get("partner_id"), clean.get("referred_id"))
        return update_row(session, Referral, referral_id, clean)


def delete_referral(notebook: Notebook, referral_id: int) -> RowSnapshot:
    """Delete one referral; `store.rows.restore_rows` brings it back (undo)."""
    with notebook.session() as session:
        return delete_one(session, Referral, referral_id)


def _names(session: Session, person_ids: Iterable[int | None]) -> dict[int, str]:
    ids = sorted({pid for pid in person_ids if pid is not None})
    if not ids:
        return {}
    rows = session.exec(
        select(Person.id, Person.given_name, Person.family_name, Person.preferred_name).where(
            col(Person.id).in_(ids)
        )
    ).all()
    return {pid: display_name(given, family, preferred) for pid, given, family, preferred in rows}  # type: ignore[misc]


def _views(session: Session, rows: Sequence[Referral]) -> list[ReferralView]:
    names = _names(session, [r.partner_id for r in rows] + [r.referred_id for r in rows])
    return [
        ReferralView(
            id=r.id,  # type: ignore[arg-type]
            on=r.on,
            direction=ReferralDirection(r.direction),
            partner_id=r.partner_id,
            partner_name=names.get(r.partner_id, ""),
            referred_id=r.referred_id,
            referred_name=names.get(r.referred_id, "") if r.referred_id is not None else "",
            kind=ReferralKind(r.kind),
            outcome=ReferralOutcome(r.outcome),
            note=r.note,
        )
        for r in rows
    ]


def _newest_first(query: Any) -> Any:
    return query.order_by(col(Referral.on).desc(), col(Referral.id).desc())


def list_referrals(notebook: Notebook) -> list[ReferralView]:
    """Every referral, newest first."""
    with notebook.reader() as session:
        rows = session.exec(_newest_first(select(Referral))).all()
        return _views(session, rows)


def person_referrals(notebook: Notebook, person_id: int) -> list[ReferralView]:
    """Referrals a person made or received, or in which they were the one sent; newest first."""
    with notebook.reader() as session:
        rows = session.exec(
            _newest_first(
                select(Referral).where(
                    or_(Referral.partner_id == person_id, Referral.referred_id == person_id)
                )
            )
        ).all()
        return _views(session, rows)


def person_balance(notebook: Notebook, person_id: int) -> Balance:
    """What I referred to this person and what they referred to me, by kind (all time)."""
    given = dict.fromkeys(ReferralKind, 0)
    received = dict.fromkeys(ReferralKind, 0)
    with notebook.reader() as session:
        rows = session.exec(
            select(Referral.direction, Referral.kind).where(Referral.partner_id == person_id)
        ).all()
    for direction, kind in rows:
        side = given if direction == ReferralDirection.GIVEN.value else received
        side[ReferralKind(kind)] += 1
    return Balance(given=given, received=received)


def reciprocity_report(notebook: Notebook, today: dt.date) -> ReciprocityReport:
    """The figures for the 12 months ending `today`, with the targets from Settings."""
    require_report_day(today)
    with notebook.reader() as session:
        rows = session.exec(select(Referral).where(Referral.on <= today)).all()
        referrals = _views(session, rows)
        partner_ids = sorted({r.partner_id for r in referrals})
        organisations = dict(
            session.exec(
                select(Person.id, Person.organisation).where(col(Person.id).in_(partner_ids))
            ).all()  # type: ignore[arg-type]
        )
    return build_report(
        referrals,
        organisations,
        today=today,
        target_percent=settings.get_int(notebook, settings.RECIPROCITY_TARGET_PERCENT),
        key_person_percent=settings.get_int(notebook, settings.KEY_PERSON_PERCENT),
    )


def _share_json(share: ReferrerShare) -> dict[str, Any]:
    return {
        "person_id": share.person_id,
        "name": share.name,
        "count": share.count,
        "of": share.total,
        "share": round(share.share, 4),
    }


def report_json(report: ReciprocityReport) -> dict[str, Any]:
    """The report as JSON-ready data (dates in ISO format, shares as fractions of 1)."""
    return {
        "today": report.today.isoformat(),
        "window": {"from": report.starts_on.isoformat(), "to": report.today.isoformat()},
        "new_clients": report.new_clients,
        "reciprocal": report.reciprocal,
        "reciprocal_share": (
            None if report.reciprocal_share is None else round(report.reciprocal_share, 4)
        ),
        "target_percent": report.target,
        "above_target": report.above_target,
        "by_quarter": [q._asdict() for q in report.by_quarter],
        "top_referrer": _share_json(report.top_referrer) if report.top_referrer else None,
        "organisations_with_several_referrers": {
            name: list(people)
            for name, people in report.organisations_with_several_referrers.items()
        },
        "key_person_percent": report.key_person_percent,
        "key_person_warnings": [_share_json(s) for s in report.key_person_warnings],
        "trusted_connectors": [
            {
                "person_id": c.person_id,
                "name": c.name,
                "count": c.count,
                "last_on": c.last_on.isoformat(),
            }
            for c in report.trusted_connectors
        ],
    }
