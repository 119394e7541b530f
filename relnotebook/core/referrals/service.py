"""The referral ledger: referrals given and received, recorded, changed, listed and reported.

What the report says, and why, is in `rules.py` (pure functions); this module reads the notebook
once and applies them, and writes the ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, or_, select

from relnotebook.core import settings
from relnotebook.core.dates import require_report_day
from relnotebook.core.models import (
    Person,
    Referral,
    ReferralDirection,
    ReferralKind,
    ReferralOutcome,
    stored,
)
from relnotebook.core.referrals.rules import (
    FIELDS,
    Balance,
    ReciprocityReport,
    ReferralView,
    build_report,
    check_referral,
)
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, update_row


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
    today: dt.date,
) -> dict[str, Any]:
    """Change a referral with the same checks as `add_referral` (no day after `today`); returns
    the previous values, which undo passes back here."""
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
            today=today,
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
    return {
        stored(pid): display_name(given, family, preferred)
        for pid, given, family, preferred in rows
    }


def _views(session: Session, rows: Sequence[Referral]) -> list[ReferralView]:
    names = _names(session, [r.partner_id for r in rows] + [r.referred_id for r in rows])
    return [
        ReferralView(
            id=stored(r.id),
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
        organisations = {
            stored(person_id): organisation
            for person_id, organisation in session.exec(
                select(Person.id, Person.organisation).where(col(Person.id).in_(partner_ids))
            )
        }
    return build_report(
        referrals,
        organisations,
        today=today,
        target_percent=settings.get_int(notebook, settings.RECIPROCITY_TARGET_PERCENT),
        key_person_percent=settings.get_int(notebook, settings.KEY_PERSON_PERCENT),
    )
