"""Access: everything the notebook holds about one person (Quebec's Law 25, PIPEDA).

`person_dossier` gathers it as JSON-ready data; `write_dossier` writes it as private files, the
data and a readable summary in their language (`summary.py`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from relnotebook.core.models import (
    Attendance,
    CheckinPlan,
    ContactKind,
    Event,
    NotDuplicate,
    Note,
    Person,
    PersonTag,
    Referral,
    Sweep,
    SweepMember,
    SyncCard,
    Tag,
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
from relnotebook.store.ownership import OWNED, Owned, Section

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


def _owned(session: Session, owned: Owned, person_id: int, order: tuple[str, ...]) -> list[Any]:
    """The person's rows of one table (see `store.ownership`), in `order`."""
    mine = owned.column(owned.goes[0]) == person_id
    query = select(owned.model).where(mine).order_by(*(owned.column(name) for name in order))
    return list(session.exec(query))


def _phone_cards(session: Session, owned: Owned, _section: Section, person_id: int) -> Any:
    """Where their card is kept on the sync server (core.sync): the address only."""
    query = select(SyncCard.href).where(SyncCard.person_id == person_id).order_by(SyncCard.href)
    return list(session.exec(query))


# A section's rows: (session, the table, the section, the person) -> what the dossier lists.
_Build = Callable[[Session, Owned, Section, int], Any]


def _rows(session: Session, owned: Owned, section: Section, person_id: int) -> Any:
    """A section that lists the rows as they are (but the column naming the person)."""
    return [
        _row(row, leave_out=owned.goes) for row in _owned(session, owned, person_id, section.order)
    ]


def _points(kind: ContactKind) -> _Build:
    def points(session: Session, owned: Owned, _section: Section, person_id: int) -> Any:
        return [
            {"value": p.value, "label": p.label}
            for p in _owned(session, owned, person_id, ("position",))
            if p.kind == kind.value
        ]

    return points


def _tags(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    tags = session.exec(
        select(Tag.name).join(PersonTag).where(PersonTag.person_id == person_id)
    ).all()
    return sorted(tags)


def _events(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    events = session.exec(
        select(Event)
        .join(Attendance)
        .where(Attendance.person_id == person_id)
        .order_by(col(Event.date))
    ).all()
    return [{"id": e.id, "name": e.name, "date": _plain(e.date), "place": e.place} for e in events]


def _notes(session: Session, owned: Owned, section: Section, person_id: int) -> Any:
    event_names = {
        e.id: e.name
        for e in session.exec(
            select(Event).where(
                col(Event.id).in_(select(Note.event_id).where(Note.person_id == person_id))
            )
        )
    }
    return [
        {**_row(n), "event_name": event_names.get(n.event_id, "")}
        for n in _owned(session, owned, person_id, section.order)
    ]


def _plan(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    plan = session.get(CheckinPlan, person_id)
    return _row(plan) if plan else None


def _sweeps(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    sweeps = session.exec(
        select(Sweep, col(SweepMember.reached_on))
        .join(SweepMember)
        .where(SweepMember.person_id == person_id)
        .order_by(col(Sweep.started_on))
    ).all()
    return [{**_row(sweep), "reached_on": _plain(reached_on)} for sweep, reached_on in sweeps]


def _referrals(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    referrals = session.exec(
        select(Referral)
        .where((Referral.partner_id == person_id) | (Referral.referred_id == person_id))
        .order_by(col(Referral.on), col(Referral.id))
    ).all()
    names = _names(session, [r.partner_id for r in referrals] + [r.referred_id for r in referrals])
    return [
        {
            **_row(r, leave_out=("partner_id", "referred_id")),
            "role": "partner" if r.partner_id == person_id else "referred",
            "partner": _ref(r.partner_id, names),
            "referred": _ref(r.referred_id, names),
        }
        for r in referrals
    ]


def _introduced(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    introduced = session.exec(
        select(Person).where(Person.introduced_by_id == person_id).order_by(col(Person.id))
    ).all()
    return [{"id": p.id, "name": row_name(p)} for p in introduced]


def _not_duplicates(session: Session, _owned: Owned, _section: Section, person_id: int) -> Any:
    """The people they were said not to be (Find Duplicates)."""
    pairs = session.exec(
        select(NotDuplicate)
        .where((NotDuplicate.person_id == person_id) | (NotDuplicate.other_id == person_id))
        .order_by(col(NotDuplicate.id))
    ).all()
    others = [p.other_id if p.person_id == person_id else p.person_id for p in pairs]
    names = _names(session, others)
    return [_ref(other, names) for other in others]


# Sections shaped here; any other section of `store.ownership` lists its rows as they are.
_BUILDERS: dict[str, _Build] = {
    "emails": _points(ContactKind.EMAIL),
    "phones": _points(ContactKind.PHONE),
    "websites": _points(ContactKind.URL),
    "tags": _tags,
    "notes": _notes,
    "checkin_plan": _plan,
    "market_sweeps": _sweeps,
    "referrals": _referrals,
    "events": _events,
    "introduced": _introduced,
    "not_duplicates": _not_duplicates,
    "phone_cards": _phone_cards,
}

# The order of the sections in the file; a section of a table added later comes after these.
_LAYOUT = (
    "emails",
    "phones",
    "websites",
    "addresses",
    "tags",
    "notes",
    "personal_details",
    "messages_sent",
    "follow_ups",
    "put_off_prompts",
    "contacts",
    "checkin_plan",
    "tasks",
    "market_sweeps",
    "newsletter_consents",
    "referrals",
    "events",
    "introduced",
    "not_duplicates",
    "phone_cards",
)


def _sections(session: Session, person_id: int) -> dict[str, Any]:
    """Every section of the dossier: one or more for each table of `store.ownership`."""
    found = {
        section.key: _BUILDERS.get(section.key, _rows)(session, owned, section, person_id)
        for owned in OWNED
        for section in owned.dossier
    }
    ordered = sorted(found, key=lambda key: _LAYOUT.index(key) if key in _LAYOUT else len(_LAYOUT))
    return {key: found[key] for key in ordered}


def person_dossier(notebook: Notebook, person_id: int) -> dict[str, Any]:
    """Everything stored about one person, as JSON-ready data (dates as ISO strings).

    Raises `ValidationError` when there is no such person.
    """
    with notebook.reader() as session:
        person = require_person(session, person_id)
        profile = _row(person, leave_out=("introduced_by_id",))
        profile["name"] = row_name(person)
        profile["introduced_by"] = _ref(
            person.introduced_by_id, _names(session, [person.introduced_by_id])
        )
        return {
            "format": DOSSIER_FORMAT,
            "version": DOSSIER_VERSION,
            "exported_at": _plain(utcnow().replace(microsecond=0)),
            "person": profile,
            **_sections(session, person_id),
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
