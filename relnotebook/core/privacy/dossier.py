"""Access: everything the notebook holds about one person (Quebec's Law 25, PIPEDA).

`person_dossier` gathers it as JSON-ready data; `write_dossier` writes it as private files, the
data and a readable summary in their language (`summary.py`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from relnotebook.core.models import (
    Attendance,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    Event,
    FollowUp,
    NewsletterConsent,
    Note,
    Person,
    PersonalDetail,
    PersonTag,
    PromptSnooze,
    Referral,
    Signal,
    Sweep,
    SweepMember,
    Tag,
    Task,
    utcnow,
)
from relnotebook.core.people.service import require_person, row_name
from relnotebook.core.privacy.summary import dossier_summary
from relnotebook.files import write_private_file
from relnotebook.store import Notebook
from relnotebook.store.files.outside_copies import (
    CopyKind,
    record_copy,
)

DOSSIER_FORMAT = "relnotebook-person-dossier"
DOSSIER_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _row(row: SQLModel, *, leave_out: Iterable[str] = ("person_id",)) -> dict[str, Any]:
    skipped = set(leave_out)
    return {k: _plain(v) for k, v in row.model_dump().items() if k not in skipped}


def _names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.exec(select(Person).where(col(Person.id).in_(wanted))).all()
    return {row.id: row_name(row) for row in rows if row.id is not None}


def _ref(person_id: int | None, names: Mapping[int, str]) -> dict[str, Any] | None:
    if person_id is None:
        return None
    return {"id": person_id, "name": names.get(person_id, "")}


def _owned(session: Session, model: Any, person_id: int, *order: Any) -> list[Any]:
    return list(session.exec(select(model).where(model.person_id == person_id).order_by(*order)))


def person_dossier(notebook: Notebook, person_id: int) -> dict[str, Any]:
    """Everything stored about one person, as JSON-ready data (dates as ISO strings).

    Raises `ValidationError` when there is no such person.
    """
    with notebook.reader() as session:
        person = require_person(session, person_id)
        referrals = session.exec(
            select(Referral)
            .where((Referral.partner_id == person_id) | (Referral.referred_id == person_id))
            .order_by(col(Referral.on), col(Referral.id))
        ).all()
        introduced = session.exec(
            select(Person).where(Person.introduced_by_id == person_id).order_by(col(Person.id))
        ).all()
        names = _names(
            session,
            [person.introduced_by_id]
            + [r.partner_id for r in referrals]
            + [r.referred_id for r in referrals],
        )
        points = _owned(session, ContactPoint, person_id, col(ContactPoint.position))
        tags = session.exec(
            select(Tag.name).join(PersonTag).where(PersonTag.person_id == person_id)
        ).all()
        events = session.exec(
            select(Event)
            .join(Attendance)
            .where(Attendance.person_id == person_id)
            .order_by(col(Event.date))
        ).all()
        event_names = {
            e.id: e.name
            for e in session.exec(
                select(Event).where(
                    col(Event.id).in_(select(Note.event_id).where(Note.person_id == person_id))
                )
            )
        }
        sweeps = session.exec(
            select(Sweep, SweepMember.reached_on)
            .join(SweepMember)
            .where(SweepMember.person_id == person_id)
            .order_by(col(Sweep.started_on))
        ).all()
        plan = session.get(CheckinPlan, person_id)
        profile = _row(person, leave_out=("introduced_by_id",))
        profile["name"] = row_name(person)
        profile["introduced_by"] = _ref(person.introduced_by_id, names)
        return {
            "format": DOSSIER_FORMAT,
            "version": DOSSIER_VERSION,
            "exported_at": _plain(utcnow().replace(microsecond=0)),
            "person": profile,
            "emails": [
                {"value": p.value, "label": p.label}
                for p in points
                if p.kind == ContactKind.EMAIL.value
            ],
            "phones": [
                {"value": p.value, "label": p.label}
                for p in points
                if p.kind == ContactKind.PHONE.value
            ],
            "tags": sorted(tags),
            "notes": [
                {**_row(n), "event_name": event_names.get(n.event_id, "")}
                for n in _owned(session, Note, person_id, col(Note.date), col(Note.id))
            ],
            "personal_details": [
                _row(d) for d in _owned(session, PersonalDetail, person_id, col(PersonalDetail.id))
            ],
            "messages_sent": [
                _row(s) for s in _owned(session, Signal, person_id, col(Signal.sent_on))
            ],
            "follow_ups": [
                _row(f) for f in _owned(session, FollowUp, person_id, col(FollowUp.due_on))
            ],
            "put_off_prompts": [
                _row(p) for p in _owned(session, PromptSnooze, person_id, col(PromptSnooze.key))
            ],
            "contacts": [_row(c) for c in _owned(session, Contact, person_id, col(Contact.on))],
            "checkin_plan": _row(plan) if plan else None,
            "tasks": [_row(t) for t in _owned(session, Task, person_id, col(Task.due_on))],
            "market_sweeps": [
                {**_row(sweep), "reached_on": _plain(reached_on)} for sweep, reached_on in sweeps
            ],
            "newsletter_consents": [
                _row(c)
                for c in _owned(
                    session, NewsletterConsent, person_id, col(NewsletterConsent.recorded_on)
                )
            ],
            "referrals": [
                {
                    **_row(r, leave_out=("partner_id", "referred_id")),
                    "role": "partner" if r.partner_id == person_id else "referred",
                    "partner": _ref(r.partner_id, names),
                    "referred": _ref(r.referred_id, names),
                }
                for r in referrals
            ],
            "events": [
                {"id": e.id, "name": e.name, "date": _plain(e.date), "place": e.place}
                for e in events
            ],
            "introduced": [{"id": p.id, "name": row_name(p)} for p in introduced],
        }


def _file_stem(name: str, person_id: int) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "person"
    return f"{slug}-{person_id}-dossier"


def write_dossier(notebook: Notebook, person_id: int, folder: Path) -> tuple[Path, Path]:
    """Write the dossier as `<name>-<id>-dossier.json` and `.txt` in `folder`, readable by
    the user only; returns both paths. Raises `OSError` when the folder cannot be written."""
    dossier = person_dossier(notebook, person_id)
    stem = _file_stem(dossier["person"]["name"], person_id)
    json_path, txt_path = folder / f"{stem}.json", folder / f"{stem}.txt"
    text = json.dumps(dossier, ensure_ascii=False, indent=2) + "\n"
    write_private_file(json_path, text.encode("utf-8"))
    write_private_file(txt_path, dossier_summary(dossier).encode("utf-8"))
    # The folder, not the files: their names carry the person's name.
    record_copy(notebook.path, folder, CopyKind.DOSSIER)
    return json_path, txt_path
