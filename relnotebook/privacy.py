"""People's rights over what the notebook holds about them (Quebec's Law 25, PIPEDA).

- Access: `person_dossier` gathers everything stored about one person, as JSON-ready data and a
  readable summary in their language, written as private files by `write_dossier`.
- Erasure: `erase_person` removes them and everything about them, keeps other people's referral
  records anonymised, and scrubs the file so that nothing readable is left; the app's own copies
  of the notebook (backups, drafts) lose them too (`erasure_copies`). It cannot be undone.
- Retention: `retention_review` lists the people with no contact for years, to keep or erase.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, update
from sqlmodel import Session, SQLModel, col, select

from relnotebook.backups import app_copies
from relnotebook.dates import require_report_day
from relnotebook.erasure_copies import (
    CopiesProgress,
    CopyNotRewritten,
    erase_from_copies,
    erase_from_drafts,
)
from relnotebook.errors import ValidationError
from relnotebook.files import write_private_file
from relnotebook.models import (
    Attendance,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    Event,
    FollowUp,
    Language,
    NewsletterConsent,
    Note,
    Person,
    PersonalDetail,
    PersonTag,
    PromptSnooze,
    Referral,
    Signal,
    Stage,
    Sweep,
    SweepMember,
    Tag,
    Task,
    utcnow,
)
from relnotebook.outside_copies import CopyKind, OutsideCopy, outside_copies, record_copy
from relnotebook.people import find_person, person_rows, require_person, row_name
from relnotebook.store import Notebook
from relnotebook.store.scrub import scrub
from relnotebook.store.sql import as_date, latest
from relnotebook.validation import display_name

DOSSIER_FORMAT = "relnotebook-person-dossier"
DOSSIER_VERSION = 1
DEFAULT_RETENTION_YEARS = 7


# --- Access: everything about one person ------------------------------------------------------


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


# Plain-text headings and words, in the person's language (the summary may be sent to them).
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Everything Relationship Notebook holds about %s",
        "exported": "Exported on %s.",
        "profile": "Profile",
        "name": "Name",
        "organisation": "Organisation",
        "role": "Role",
        "language": "Language",
        "stage": "Relationship",
        "how_met": "How we met",
        "introduced_by": "Introduced by",
        "created_at": "Recorded since",
        "emails": "Email addresses",
        "phones": "Phone numbers",
        "tags": "Tags",
        "notes": "Notes",
        "personal_details": "Personal details",
        "messages_sent": "Messages sent",
        "follow_ups": "Follow-ups",
        "put_off_prompts": "Reminders put off",
        "contacts": "Calls and meetings",
        "checkin_plan": "Check-in plan",
        "tasks": "Tasks",
        "market_sweeps": "Call rounds",
        "newsletter_consents": "Newsletter consent",
        "referrals": "Referrals",
        "events": "Events attended",
        "introduced": "People introduced",
        "none": "nothing",
        "until": "until",
        "every": "every %s days",
        "tier": "tier",
        "reached": "reached on",
        "not_reached": "not reached",
        "referred_by": "referred by",
        "referred_to": "referred to",
        "referred": "referred",
        "fr": "French",
        "acquaintance": "acquaintance",
        "prospect": "prospect",
        "client": "client",
        "former_client": "former client",
    },
    "fr": {
        "title": "Tout ce que Relationship Notebook conserve au sujet de %s",
        "exported": "Exporté le %s.",
        "profile": "Profil",
        "name": "Nom",
        "organisation": "Organisation",
        "role": "Fonction",
        "language": "Langue",
        "stage": "Relation",
        "how_met": "Comment nous nous sommes connus",
        "introduced_by": "Présenté par",
        "created_at": "Inscrit depuis le",
        "emails": "Adresses courriel",
        "phones": "Numéros de téléphone",
        "tags": "Étiquettes",
        "notes": "Notes",
        "personal_details": "Détails personnels",
        "messages_sent": "Messages envoyés",
        "follow_ups": "Suivis",
        "put_off_prompts": "Rappels reportés",
        "contacts": "Appels et rencontres",
        "checkin_plan": "Fréquence des appels",
        "tasks": "Tâches",
        "market_sweeps": "Tournées d'appels",
        "newsletter_consents": "Consentement à l'infolettre",
        "referrals": "Recommandations",
        "events": "Événements",
        "introduced": "Personnes présentées",
        "none": "rien",
        "until": "jusqu'au",
        "every": "tous les %s jours",
        "tier": "catégorie",
        "reached": "joint le",
        "not_reached": "pas encore joint",
        "referred_by": "recommandé par",
        "referred_to": "recommandé à",
        "referred": "recommandé",
        "fr": "français",
        "en": "anglais",
        "acquaintance": "connaissance",
        "prospect": "client potentiel",
        "client": "client",
        "former_client": "ancien client",
    },
}
_WORDS["en"]["en"] = "English"

# Stored codes, as words (a code without a word here is shown as stored).
_CODES: dict[str, dict[str, str]] = {
    "en": {
        "phone": "phone",
        "meeting": "meeting",
        "video": "video call",
        "email": "email",
        "me": "I started it",
        "them": "they started it",
        "reached": "reached",
        "left_message": "left a message",
        "no_answer": "no answer",
        "received": "referred to me",
        "given": "referred by me",
        "reciprocal": "reciprocal arrangement",
        "trust": "trust",
        "partnership": "partnership",
        "nothing_yet": "nothing yet",
        "mandate": "a mandate",
        "client": "became a client",
        "not_asked": "not asked",
        "subscribed": "subscribed",
        "declined": "declined",
        "unsubscribed": "unsubscribed",
        "express_written": "express consent, written",
        "express_verbal": "express consent, verbal",
        "implied_business": "implied consent (business relationship)",
        "implied_inquiry": "implied consent (inquiry)",
        "pending": "no answer yet",
        "interested": "interested",
        "no_reply": "no reply",
        "coffee": "coffee",
        "next_day_note": "thank-you note",
        "coffee_invitation": "coffee invitation",
        "ask_how_it_went": "asking how it went",
        "newsletter_offer": "newsletter offer",
    },
    "fr": {
        "phone": "téléphone",
        "meeting": "rencontre",
        "video": "vidéoconférence",
        "email": "courriel",
        "me": "à mon initiative",
        "them": "à son initiative",
        "reached": "joint",
        "left_message": "message laissé",
        "no_answer": "pas de réponse",
        "received": "recommandation reçue",
        "given": "recommandation faite",
        "reciprocal": "entente réciproque",
        "trust": "confiance",
        "partnership": "partenariat",
        "nothing_yet": "rien encore",
        "mandate": "un mandat",
        "client": "devenu client",
        "not_asked": "pas demandé",
        "subscribed": "abonné",
        "declined": "refusé",
        "unsubscribed": "désabonné",
        "express_written": "consentement exprès, écrit",
        "express_verbal": "consentement exprès, verbal",
        "implied_business": "consentement tacite (relation d'affaires)",
        "implied_inquiry": "consentement tacite (demande de renseignements)",
        "pending": "en attente de réponse",
        "interested": "intéressé",
        "no_reply": "sans réponse",
        "coffee": "café",
        "next_day_note": "mot de remerciement",
        "coffee_invitation": "invitation à prendre un café",
        "ask_how_it_went": "prendre des nouvelles",
        "newsletter_offer": "offre d'infolettre",
    },
}


def _line(*parts: Any) -> str:
    return " · ".join(str(part) for part in parts if part not in (None, ""))


def _list_lines(
    dossier: Mapping[str, Any], key: str, words: Mapping[str, str], codes: Mapping[str, str]
) -> list[str]:
    """One line per item of a section, the most telling fields first."""

    def word(code: str | None) -> str | None:
        return codes.get(code, code) if code else code

    items = dossier.get(key) or []
    lines: list[str] = []
    for item in items:
        if key in ("emails", "phones"):
            text = _line(item["value"], item.get("label"))
        elif key == "notes":
            text = _line(item["date"], item.get("event_name"), item["text"])
        elif key == "personal_details":
            text = _line(item.get("mentioned_on"), item["text"], item.get("ends_on"))
        elif key == "messages_sent":
            text = _line(item["sent_on"], item.get("subject"), item["body"], word(item["response"]))
        elif key == "follow_ups":
            text = _line(item["due_on"], word(item["kind"]), item.get("text"), item.get("done_on"))
        elif key == "put_off_prompts":
            text = _line(item["key"], f"{words['until']} {item['until']}")
        elif key == "contacts":
            text = _line(
                item["on"],
                word(item["channel"]),
                word(item["initiated_by"]),
                word(item["outcome"]),
                item["note"],
            )
        elif key == "tasks":
            text = _line(item["due_on"], item["title"], item.get("done_on"))
        elif key == "market_sweeps":
            reached = item.get("reached_on")
            text = _line(
                item["started_on"],
                item["title"],
                f"{words['reached']} {reached}" if reached else words["not_reached"],
            )
        elif key == "newsletter_consents":
            text = _line(
                item["recorded_on"],
                word(item["status"]),
                word(item.get("basis")),
                item.get("expires_on"),
            )
        elif key == "referrals":
            partner = (item.get("partner") or {}).get("name", "")
            referred = (item.get("referred") or {}).get("name", "")
            text = _line(item["on"], word(item["direction"]), partner, referred)
            text = _line(text, word(item["kind"]), word(item.get("outcome")), item.get("note"))
        elif key == "events":
            text = _line(item["date"], item["name"], item.get("place"))
        elif key == "introduced":
            text = item["name"]
        elif key == "tags":
            text = item
        else:
            text = _line(*item.values())
        lines.append(f"  - {text}")
    return lines


_SECTIONS = (
    "emails",
    "phones",
    "tags",
    "notes",
    "personal_details",
    "messages_sent",
    "follow_ups",
    "put_off_prompts",
    "contacts",
    "tasks",
    "market_sweeps",
    "newsletter_consents",
    "referrals",
    "events",
    "introduced",
)


def dossier_summary(dossier: Mapping[str, Any], language: str | None = None) -> str:
    """The dossier as plain text to read or send: headings in `language` ("fr" or "en"; the
    person's own language when not given), values as stored."""
    person = dossier["person"]
    chosen = Language(language or person.get("language") or Language.FRENCH).value
    words, codes = _WORDS[chosen], _CODES[chosen]
    exported = str(dossier.get("exported_at", ""))[:10]
    lines = [words["title"] % person["name"], words["exported"] % exported, ""]
    lines.append(words["profile"])
    introducer = person.get("introduced_by")
    profile = (
        ("name", person["name"]),
        ("organisation", person.get("organisation")),
        ("role", person.get("role")),
        ("language", words.get(person.get("language", ""), person.get("language"))),
        ("stage", words.get(person.get("stage", ""), person.get("stage"))),
        ("how_met", person.get("how_met")),
        ("introduced_by", introducer["name"] if introducer else ""),
        ("created_at", str(person.get("created_at", ""))[:10]),
    )
    lines += [f"  {words[key]}: {value}" for key, value in profile if value]
    plan = dossier.get("checkin_plan")
    if plan:
        parts = [
            f"{words['tier']} {plan['tier']}" if plan.get("tier") else "",
            words["every"] % plan["cadence_days"] if plan.get("cadence_days") else "",
            f"{words['until']} {plan['snoozed_until']}" if plan.get("snoozed_until") else "",
        ]
        lines += ["", words["checkin_plan"], f"  {_line(*parts) or words['none']}"]
    for key in _SECTIONS:
        items = dossier.get(key) or []
        lines += ["", f"{words[key]} ({len(items)})"]
        lines += _list_lines(dossier, key, words, codes) or [f"  {words['none']}"]
    return "\n".join(lines) + "\n"


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


# --- Erasure -----------------------------------------------------------------------------------


def person_name(notebook: Notebook, person_id: int) -> str | None:
    """The name to type before erasing; None when there is no such person."""
    with notebook.reader() as session:
        row = find_person(session, person_id)
        return row_name(row) if row is not None else None


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_name(typed: str, name: str) -> bool:
    """The confirmation before erasing: the name as shown, whatever the case, accents and
    spacing ("jean-francois  cote" confirms "Jean-François Côté")."""
    return bool(name.strip()) and _folded(typed) == _folded(name)


@dataclass(frozen=True)
class Mention:
    """Another record whose text still names the erased person: the user decides about it."""

    kind: str  # note, detail, message, contact, follow_up, task, consent, profile, event
    id: int
    person_id: int | None  # whose record it is (None for an event or a task about nobody)


@dataclass(frozen=True)
class ErasureReport:
    person_id: int
    name: str
    removed: Mapping[str, int]  # what was deleted with them, by kind (only kinds they had)
    referrals_anonymised: int  # other people's referrals of them: kept without them
    introductions_unlinked: int  # people they had introduced: now introduced by nobody
    tags_removed: int  # tags nobody else had
    mentions: tuple[Mention, ...] = ()
    scrubbed: bool = True  # False: the log could not be emptied (another program reading)
    # The app's copies of the notebook (backups, copies set aside) that held them, rewritten
    # without them; those it could not rewrite, which may still hold them; drafts dropped.
    copies_rewritten: tuple[Path, ...] = ()
    copies_not_rewritten: tuple[CopyNotRewritten, ...] = ()
    drafts_dropped: int = 0
    recorded_at: dt.datetime | None = None  # when they were recorded: their row in a copy
    # What the app wrote for the user outside its folders (Back Up Now elsewhere, exports):
    # out of its reach, so the user is told where (`outside_copies`).
    elsewhere: tuple[OutsideCopy, ...] = ()

    @property
    def removed_total(self) -> int:
        return sum(self.removed.values())


# The erased person's rows, by kind, as the report counts them.
_REMOVED_KINDS: dict[type[SQLModel], str] = {
    ContactPoint: "emails_and_phones",
    PersonTag: "tags",
    Attendance: "events",
    Note: "notes",
    PersonalDetail: "details",
    Signal: "messages",
    PromptSnooze: "put_off_prompts",
    FollowUp: "follow_ups",
    Contact: "contacts",
    CheckinPlan: "checkin_plan",
    SweepMember: "sweeps",
    Task: "tasks",
    NewsletterConsent: "consents",
    Referral: "referrals",
}

# Free text in other people's records that may name them, with whose record it is.
_TEXT_COLUMNS: tuple[tuple[str, Any, Any, Any], ...] = (
    ("note", Note, Note.text, Note.person_id),
    ("detail", PersonalDetail, PersonalDetail.text, PersonalDetail.person_id),
    ("message", Signal, Signal.body, Signal.person_id),
    ("message", Signal, Signal.subject, Signal.person_id),
    ("contact", Contact, Contact.note, Contact.person_id),
    ("follow_up", FollowUp, FollowUp.text, FollowUp.person_id),
    ("task", Task, Task.title, Task.person_id),
    ("consent", NewsletterConsent, NewsletterConsent.note, NewsletterConsent.person_id),
    ("profile", Person, Person.how_met, Person.id),
    ("event", Event, Event.name, None),
    ("event", Event, Event.notes, None),
)


def name_forms(row: Person) -> list[str]:
    """The ways the person's full name is likely written elsewhere ("Bob Tremblay", "Robert
    Tremblay"); a one-word name only when they have nothing longer."""
    forms: list[str] = []
    for form in (
        display_name(row.given_name, row.family_name, row.preferred_name),
        display_name(row.given_name, row.family_name),
        display_name(row.preferred_name, row.family_name),
    ):
        if form and form.casefold() not in {f.casefold() for f in forms}:
            forms.append(form)
    full = [form for form in forms if " " in form]
    return full or forms[:1]


def _names_them(text: str, forms: Iterable[str]) -> bool:
    folded = text.casefold()
    return any(form.casefold() in folded for form in forms)


def _mentions(session: Session, forms: list[str]) -> tuple[Mention, ...]:
    found: dict[tuple[str, int], Mention] = {}
    for kind, model, column, owner in _TEXT_COLUMNS:
        for form in forms:
            key_column = model.id
            query = select(key_column, owner if owner is not None else key_column).where(
                col(column).icontains(form, autoescape=True)
            )
            for key, whose in session.exec(query):
                found.setdefault(
                    (kind, key), Mention(kind, key, whose if owner is not None else None)
                )
    return tuple(sorted(found.values(), key=lambda m: (m.kind, m.id)))


def _anonymise_referrals(session: Session, person_id: int, forms: list[str]) -> int:
    """Other people's referrals of them stay (they are the other person's history) without
    them: who was referred is unset and the note, which is about them, is cleared. A note of
    any other referral that names them is cleared too."""
    theirs = session.exec(
        select(Referral.id).where(
            Referral.referred_id == person_id, Referral.partner_id != person_id
        )
    ).all()
    naming = [
        r.id
        for r in session.exec(
            select(Referral).where(Referral.partner_id != person_id, Referral.note != "")
        )
        if r.id not in theirs and _names_them(r.note, forms)
    ]
    touched = list(theirs) + naming
    if touched:
        session.exec(  # type: ignore[call-overload]
            update(Referral).where(col(Referral.id).in_(touched)).values(note="")
        )
        session.exec(  # type: ignore[call-overload]
            update(Referral).where(col(Referral.id).in_(theirs)).values(referred_id=None)
        )
    return len(theirs)


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a person will do, for the confirmation."""

    person_id: int
    name: str
    removed: Mapping[str, int]  # what goes with them, by kind (only kinds they have)
    referrals_kept: int  # other people's referrals of them, to keep anonymised
    introduced: int  # people they introduced, to keep without the link
    copies: tuple[Path, ...] = ()  # the app's copies of the notebook, rewritten if they hold them
    elsewhere: tuple[OutsideCopy, ...] = ()  # files written for the user: out of reach

    @property
    def removed_total(self) -> int:
        return sum(self.removed.values())


def _preview(session: Session, person_id: int) -> ErasurePreview:
    person = require_person(session, person_id)
    removed: dict[str, int] = {}
    for row in person_rows(session, person_id)[1:]:
        kind = _REMOVED_KINDS[type(row)]
        removed[kind] = removed.get(kind, 0) + 1
    kept = session.exec(
        select(func.count())
        .select_from(Referral)
        .where(Referral.referred_id == person_id, Referral.partner_id != person_id)
    ).one()
    introduced = session.exec(
        select(func.count()).select_from(Person).where(Person.introduced_by_id == person_id)
    ).one()
    return ErasurePreview(person_id, row_name(person), removed, kept, introduced)


def erasure_preview(notebook: Notebook, person_id: int) -> ErasurePreview:
    """What `erase_person` would remove and keep; `ValidationError` for no such person."""
    with notebook.reader() as session:
        preview = _preview(session, person_id)
    return replace(
        preview,
        copies=tuple(app_copies(notebook.path)),
        elsewhere=outside_copies(notebook.path),
    )


def _erase(session: Session, person_id: int) -> tuple[ErasurePreview, list[str], int, int, int]:
    """Delete one person inside the caller's unit of work: (preview, the forms of their name,
    referrals anonymised, introductions unlinked, tags removed)."""
    preview = _preview(session, person_id)
    person = require_person(session, person_id)
    forms = name_forms(person)
    tag_ids = list(session.exec(select(PersonTag.tag_id).where(PersonTag.person_id == person_id)))
    anonymised = _anonymise_referrals(session, person_id, forms)
    introduced = session.exec(
        update(Person)  # type: ignore[call-overload]
        .where(col(Person.introduced_by_id) == person_id)
        .values(introduced_by_id=None)
    ).rowcount
    session.exec(delete(Person).where(col(Person.id) == person_id))  # type: ignore[call-overload]
    orphaned = session.exec(  # type: ignore[call-overload]
        delete(Tag).where(
            col(Tag.id).in_(tag_ids),
            ~exists().where(col(PersonTag.tag_id) == Tag.id),
        )
    ).rowcount
    session.expunge_all()
    return preview, forms, anonymised, introduced, orphaned


def _same_moment(one: dt.datetime, other: dt.datetime) -> bool:
    """Two stored timestamps of one row, read from two stores (a server and its SQLite copy)."""
    return one.replace(tzinfo=None, microsecond=0) == other.replace(tzinfo=None, microsecond=0)


def _erase_in_copy(recorded: Mapping[int, dt.datetime]) -> Callable[[Notebook], int]:
    """The same erasure in a copy of the notebook; returns how many of them it held. A row with
    one of their ids recorded at another moment is someone else (ids could be reused before
    migration 0005), and stays."""

    def erase(copy: Notebook) -> int:
        with copy.session() as session:
            theirs = [
                person_id
                for person_id, created_at in recorded.items()
                if (row := session.get(Person, person_id)) is not None
                and _same_moment(row.created_at, created_at)
            ]
            for person_id in theirs:
                _erase(session, person_id)
        return len(theirs)

    return erase


def erase_people(
    notebook: Notebook, person_ids: Iterable[int], *, rewrite_copies: bool = True
) -> list[ErasureReport]:
    """Erase several people in one unit of work (the retention review), then scrub once, then
    erase them from the app's own files: the drafts side file, and with `rewrite_copies` the
    copies of the notebook (`erase_from_app_copies`; the GUI calls that off the UI thread).

    All or nothing in the notebook: a person no longer in it raises `ValidationError` and
    nobody is erased. A file that cannot be rewritten is listed in each report.
    """
    ids = list(dict.fromkeys(person_ids))
    with notebook.session() as session:
        recorded = {person_id: require_person(session, person_id).created_at for person_id in ids}
        erased = [_erase(session, person_id) for person_id in ids]
        # After every deletion: a note of one erased person naming another is gone too.
        mentions = [_mentions(session, forms) for _preview, forms, *_counts in erased]
    scrubbed = scrub(notebook)
    dropped, drafts_problem = erase_from_drafts(notebook.path, ids)
    elsewhere = outside_copies(notebook.path)
    reports = [
        ErasureReport(
            person_id=preview.person_id,
            name=preview.name,
            removed=preview.removed,
            referrals_anonymised=anonymised,
            introductions_unlinked=introduced,
            tags_removed=orphaned,
            mentions=found,
            scrubbed=scrubbed,
            copies_not_rewritten=(drafts_problem,) if drafts_problem else (),
            drafts_dropped=dropped,
            recorded_at=recorded[preview.person_id],
            elsewhere=elsewhere,
        )
        for (preview, _forms, anonymised, introduced, orphaned), found in zip(
            erased, mentions, strict=True
        )
    ]
    return erase_from_app_copies(notebook.path, reports) if rewrite_copies else reports


def erase_person(
    notebook: Notebook, person_id: int, *, rewrite_copies: bool = True
) -> ErasureReport:
    """Erase a person for good: their record and everything about them, then scrub the file,
    then the app's own copies of it (see `erase_people`).

    Cannot be undone (the GUI and the command line ask first). Other people's referrals of
    them are kept anonymised, people they introduced keep their record without the link, tags
    only they had are removed. Text elsewhere that names them is not changed but listed in
    the report's `mentions`, for the user to review. Raises `ValidationError` when there is no
    such person; nothing is erased then.
    """
    return erase_people(notebook, [person_id], rewrite_copies=rewrite_copies)[0]


def erase_from_app_copies(
    notebook_path: Path, reports: Sequence[ErasureReport], progress: CopiesProgress | None = None
) -> list[ErasureReport]:
    """The people of `reports`, just erased from the notebook at `notebook_path`, erased from
    each copy of it that the app keeps (`erasure_copies`); the reports say what was rewritten
    and what could not be. Touches the copies only, never the open notebook."""
    recorded = {r.person_id: r.recorded_at for r in reports if r.recorded_at is not None}
    outcome = erase_from_copies(notebook_path, list(recorded), _erase_in_copy(recorded), progress)
    return [
        replace(
            report,
            copies_rewritten=outcome.rewritten,
            copies_not_rewritten=report.copies_not_rewritten + outcome.not_rewritten,
        )
        for report in reports
    ]


# --- Retention ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionCandidate:
    """Someone not in touch for years: keep them, or erase them."""

    id: int
    name: str
    organisation: str
    stage: Stage
    last_contact: dt.date  # the latest call, note, message or event; else when recorded
    last_kind: str  # contact, note, message, event or recorded
    years: int  # full years since `last_contact`


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier (28 February for a 29 February without its year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def full_years(since: dt.date, today: dt.date) -> int:
    years = today.year - since.year
    return years - 1 if (today.month, today.day) < (since.month, since.day) else years


def _latest_per_person(person_column: Any, day_column: Any, *joins: Any) -> Any:
    query = select(person_column.label("person_id"), func.max(day_column).label("day"))
    for target, on in joins:
        query = query.join(target, on)
    return query.group_by(person_column).subquery()


def retention_review(
    notebook: Notebook,
    years: int = DEFAULT_RETENTION_YEARS,
    *,
    today: dt.date | None = None,
) -> list[RetentionCandidate]:
    """People with no contact for `years` years or more by `today`, the longest first.

    A contact is a logged call or meeting, a note, a message sent or an event attended; for
    someone with none, the day they were recorded counts. Computed by the database (one
    grouped query per kind, joined), not person by person.
    """
    if not 1 <= years <= 100:
        raise ValidationError("years", "Choose a number of years from 1 to 100.")
    today = require_report_day(today or dt.date.today())
    cutoff = years_before(today, years)
    latest_of = {
        "contact": _latest_per_person(Contact.person_id, Contact.on),
        "note": _latest_per_person(Note.person_id, Note.date),
        "message": _latest_per_person(Signal.person_id, Signal.sent_on),
        "event": _latest_per_person(
            Attendance.person_id, Event.date, (Event, col(Event.id) == Attendance.event_id)
        ),
    }
    days = [sub.c.day for sub in latest_of.values()]
    recorded = as_date(Person.created_at)
    last = func.coalesce(latest(latest(days[0], days[1]), latest(days[2], days[3])), recorded)
    query = select(
        Person.id,
        Person.given_name,
        Person.family_name,
        Person.preferred_name,
        Person.organisation,
        Person.stage,
        *(sub.c.day.label(kind) for kind, sub in latest_of.items()),
        recorded.label("recorded"),
    )
    for sub in latest_of.values():
        query = query.outerjoin(sub, sub.c.person_id == Person.id)
    query = query.where(last <= cutoff).order_by(last, col(Person.id))
    with notebook.reader() as session:
        rows = session.exec(query).all()
    candidates = []
    for row in rows:
        found = {kind: getattr(row, kind) for kind in latest_of if getattr(row, kind)}
        if found:
            kind, day = max(found.items(), key=lambda item: item[1])
        else:
            kind, day = "recorded", row.recorded
        candidates.append(
            RetentionCandidate(
                id=row.id,
                name=display_name(row.given_name, row.family_name, row.preferred_name),
                organisation=row.organisation,
                stage=Stage(row.stage),
                last_contact=day,
                last_kind=kind,
                years=full_years(day, today),
            )
        )
    return candidates


def retention_json(
    candidates: Iterable[RetentionCandidate], years: int, today: dt.date
) -> dict[str, Any]:
    """The `retention --json` document."""
    return {
        "date": today.isoformat(),
        "years": years,
        "people": [
            {
                "id": c.id,
                "name": c.name,
                "organisation": c.organisation,
                "stage": c.stage.value,
                "last_contact": c.last_contact.isoformat(),
                "last_kind": c.last_kind,
                "years": c.years,
            }
            for c in candidates
        ],
    }
