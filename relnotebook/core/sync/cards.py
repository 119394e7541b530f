"""A person's card as the sync sees it: the fields that travel (names, organisation, role,
emails, phones, addresses, websites, birthday, tags as CATEGORIES — never how the user met
them, nor notes or personal details unless the user opts in), and the field-by-field merge
against the last sync.

Notes and personal details, when opted in (`scope.Scope`), go one way in the card's NOTE: the
details first ("• Cycles at Bromont"; a birthday detail is the card's BDAY already), then the
notes, newest first ("2026-12-01 — Met at the chamber lunch"). The phone's edits to that NOTE are
not brought back; a change here, or an opt-in turned off, rewrites it.

Both sides are read the same way: the notebook's person is written as a vCard
(`people_export.vcard`, without its NOTE) and read back by the vCard importer, as a card from
the server is; so a field compares equal on both sides when it says the same thing. What is
kept of the last sync is a hash per field, not the card.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from relnotebook.core.exchange.contact_import.incoming import APPLE_NO_YEAR, MonthDay
from relnotebook.core.exchange.contact_import.vcard import parse_vcards
from relnotebook.core.exchange.people_export import ExportedPerson, vcard
from relnotebook.core.models import DetailKind, Note, PersonalDetail
from relnotebook.core.people.phones import international_phone, stored_phone
from relnotebook.core.people.views import Address, Website
from relnotebook.core.validation import normalise_email
from relnotebook.errors import ValidationError

FIELDS = (
    "given_name",
    "family_name",
    "name_prefix",
    "name_suffix",
    "nickname",
    "organisation",
    "role",
    "emails",
    "phones",
    "addresses",
    "websites",
    "birthday",
    "tags",
)
OUT_ONLY = ("details", "notes")  # one way, opted in: "" when they do not go out
Fields = dict[str, Any]  # JSON values: strings and lists


@dataclass(frozen=True)
class ServerCard:
    fields: Fields
    note: str  # the card's NOTE: a dated note for a new person, never synced back
    uid: str
    made: dt.date | None = None  # the day of its REV (last changed on the phone), when it says


def _rev_day(text: str) -> dt.date | None:
    """The local day of the card's REV ("2026-12-06T23:10:00Z", "20261206T231000Z",
    "2026-12-06"); None when it has none or it does not read."""
    value = next(
        (
            line.split(":", 1)[1].strip()
            for line in text.splitlines()
            if line.upper().startswith(("REV:", "REV;")) and ":" in line
        ),
        "",
    )
    compact = value.replace("-", "").replace(":", "")
    try:
        if "T" not in compact:
            return dt.datetime.strptime(compact[:8], "%Y%m%d").date()
        stamp = dt.datetime.strptime(compact[:15], "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    if compact.endswith("Z"):  # UTC: the day it was where the user is
        return stamp.replace(tzinfo=dt.UTC).astimezone().date()
    return stamp.date()


def _birthday_text(day: dt.date | MonthDay | None) -> str:
    if day is None:
        return ""
    if isinstance(day, MonthDay):
        return f"--{day.month:02d}-{day.day:02d}"
    return day.isoformat()


def birthday_of(text: str) -> dt.date | MonthDay | None:
    if text.startswith("--"):
        return MonthDay(int(text[2:4]), int(text[5:7]))
    return dt.date.fromisoformat(text) if text else None


def read_card(text: str, today: dt.date) -> ServerCard | None:
    """The card's fields (None when it is no card the importer can read)."""
    parsed = parse_vcards(text, today=today)
    if not parsed.contacts:
        return None
    c = parsed.contacts[0]
    fields: Fields = {
        "given_name": c.given_name,
        "family_name": c.family_name,
        "name_prefix": c.name_prefix,
        "name_suffix": c.name_suffix,
        "nickname": c.nickname,
        "organisation": c.organisation,
        "role": c.role,
        "emails": list(c.emails),
        "phones": list(c.phones),
        "addresses": [
            [a.kind, a.street, a.city, a.region, a.postal_code, a.country] for a in c.addresses
        ],
        "websites": [[w.url, w.kind] for w in c.websites],
        "birthday": _birthday_text(c.birthday),
        "tags": list(c.categories),
    }
    uid = next((line[4:].strip() for line in text.splitlines() if line.startswith("UID:")), "")
    return ServerCard(fields, c.note, uid, _rev_day(text))


def _phone_form(text: str, region: str) -> str:
    try:
        return international_phone(stored_phone(text, region))
    except ValidationError:
        return text


def _email_form(text: str) -> str:
    try:
        return normalise_email(text)
    except ValidationError:
        return text


def in_notebook_form(fields: Fields, region: str) -> Fields:
    """A card's fields as the notebook would keep and give them back (a phone number in its
    international form, an email's domain in lower case; what does not read, as it is): a
    card that differs from the notebook only in how it writes them is not a change."""
    return {
        **fields,
        "phones": [_phone_form(phone, region) for phone in fields["phones"]],
        "emails": [_email_form(email) for email in fields["emails"]],
    }


def person_digest(person: ExportedPerson) -> str:
    """What the person's card is made from, in a digest: the same digest, the same card (no
    need to write and read the card again)."""
    return digest(repr(person))


def card_text(fields: Fields, uid: str, person_id: int = 0) -> str:
    """The card to put on the server: vCard 3.0 with `uid`; a NOTE only with what was opted
    in (`OUT_ONLY`)."""
    day = birthday_of(fields["birthday"])
    if isinstance(day, MonthDay):
        day = dt.date(APPLE_NO_YEAR, day.month, day.day)
    person = ExportedPerson(
        id=person_id,
        given_name=fields["given_name"],
        family_name=fields["family_name"],
        preferred_name="",
        organisation=fields["organisation"],
        role=fields["role"],
        language="",
        stage="",
        emails=tuple(fields["emails"]),
        phones=tuple(fields["phones"]),
        tags=tuple(fields["tags"]),
        how_met="",
        name_prefix=fields["name_prefix"],
        name_suffix=fields["name_suffix"],
        nickname=fields["nickname"],
        birthday=day,
        websites=tuple(Website(url, kind) for url, kind in fields["websites"]),
        addresses=tuple(Address(*parts) for parts in fields["addresses"]),
    )
    card = vcard(person)
    card.add("uid").value = uid
    if note := "\n\n".join(fields[name] for name in OUT_ONLY if fields.get(name)):
        card.add("note").value = note
    return str(card.serialize())


def private_fields(
    session: Session, person_ids: list[int], *, notes: bool, details: bool
) -> dict[int, Fields]:
    """Each person's `OUT_ONLY` fields: their notes and personal details as the NOTE carries
    them when opted in, else ""."""
    lines: dict[str, dict[int, list[str]]] = {name: {} for name in OUT_ONLY}
    wanted = set(person_ids)  # filtered here: a long IN () would pass SQLite's variable limit
    if details:
        for detail in session.exec(
            select(PersonalDetail)
            .where(PersonalDetail.kind != DetailKind.BIRTHDAY.value)
            .order_by(col(PersonalDetail.id))
        ):
            if detail.person_id in wanted:
                text = f"• {detail.text.strip()}"
                lines["details"].setdefault(detail.person_id, []).append(text)
    if notes:
        for note in session.exec(select(Note).order_by(col(Note.date).desc(), col(Note.id).desc())):
            if note.person_id in wanted:
                text = f"{note.date.isoformat()} — {note.text.strip()}"
                lines["notes"].setdefault(note.person_id, []).append(text)
    return {
        pid: {name: "\n".join(lines[name].get(pid, [])) for name in OUT_ONLY} for pid in person_ids
    }


def local_fields(person: ExportedPerson, today: dt.date) -> Fields:
    """The person's fields as a card on the server would give them back."""
    card = vcard(person)
    if "note" in card.contents:
        del card.contents["note"]
    read = read_card(card.serialize(), today)
    assert read is not None  # a card of ours always reads
    return read.fields


def digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def hashes(fields: Fields) -> dict[str, str]:
    return {name: digest(fields.get(name, "")) for name in (*FIELDS, *OUT_ONLY)}


def last_synced(stored: str) -> dict[str, str]:
    """A card's last-sync hashes (`SyncCard.fields`): a card synced before the opt-ins
    existed had nothing of them sent."""
    base: dict[str, str] = json.loads(stored)
    for name in OUT_ONLY:
        base.setdefault(name, digest(""))
    return base


@dataclass
class Merged:
    """What a sync does with one card linked to a person."""

    fields: Fields  # what the server's card says after the sync
    into_notebook: Fields = field(default_factory=dict)  # the server's changes, for the person
    push: bool = False  # the card is rewritten with `fields`
    pushed: list[str] = field(default_factory=list)  # the fields changed here that go there
    clashes: list[str] = field(default_factory=list)  # changed differently on both sides
    clash_values: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # (here, there)
    hashes: dict[str, str] = field(default_factory=dict)  # the new state of the last sync


def unpushed(merged: Merged, base: dict[str, str]) -> dict[str, str]:
    """The state to keep when the card could not be rewritten (it changed on the server
    meanwhile): the fields that were to go there keep the last sync's hash, so that the next
    sync sends them again instead of taking the server's old value for a change."""
    kept = dict(merged.hashes)
    for name in merged.pushed:
        if name in base:
            kept[name] = base[name]
        else:
            kept.pop(name, None)
    return kept


def merge(base: dict[str, str], local: Fields, remote: Fields) -> Merged:
    """Field by field: a side that changed since the last sync wins over one that did not; a
    field changed differently on both sides is a clash — each side keeps its own value and the
    last sync's hash stays, so the clash is reported until the two agree."""
    merged = Merged(fields=dict(remote))
    for name in FIELDS:
        mine, theirs, last = digest(local[name]), digest(remote[name]), base.get(name)
        if mine == theirs:
            merged.hashes[name] = mine
        elif theirs == last:
            merged.fields[name] = local[name]
            merged.push = True
            merged.pushed.append(name)
            merged.hashes[name] = mine
        elif mine == last:
            merged.into_notebook[name] = remote[name]
            merged.hashes[name] = theirs
        else:
            merged.clashes.append(name)
            merged.clash_values[name] = (local[name], remote[name])
            if last is not None:
                merged.hashes[name] = last
    for name in OUT_ONLY:  # one way: what is here goes there when it changed since
        mine, sent = local.get(name, ""), base.get(name, digest(""))
        merged.fields[name] = mine
        merged.hashes[name] = digest(mine)
        if digest(mine) != sent:
            merged.push = True
            merged.pushed.append(name)
    return merged
