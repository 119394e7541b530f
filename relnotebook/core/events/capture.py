"""After-event capture: the people met at one event, typed in quickly, saved in one go.

Each row is what the advisor remembers of one person: a name, where they work, an email, what
they talked about, how long they are busy, and what a business card or a badge gives (a website
or LinkedIn profile, a nickname); the rest of the card is on their profile. The rules here
decide what a row becomes (a person, a personal detail, a busy period, an attendance) and what is
wrong with a row, so the form only has to show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlmodel import Session, col, select

from relnotebook.core.dates import parse_date
from relnotebook.core.events.service import EventFields, create_event, link_person
from relnotebook.core.models import (
    Attendance,
    ContactKind,
    ContactPoint,
    DetailKind,
    Event,
    FrenchForm,
    Language,
    Person,
    PersonalDetail,
    stored,
)
from relnotebook.core.outreach.messages.mentions import guess_language, to_vous
from relnotebook.core.people.card import typed_website
from relnotebook.core.people.details import guess_kind, suggested_mentions
from relnotebook.core.people.service import create_person, person_rows
from relnotebook.core.people.views import PersonFields
from relnotebook.core.validation import normalise_email, split_name
from relnotebook.errors import Sentence, ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, restore, snapshot


@dataclass(frozen=True)
class CaptureRow:
    """One person as typed in the capture form; every field is the raw text.

    `language`, `form` and `mention` may be left empty: the language is then guessed from what
    was talked about (a detail in French makes the person French), else the capture's; the form
    is the Settings default; the mention is the one suggested for the detail.
    """

    name: str = ""
    organisation: str = ""
    email: str = ""
    talked_about: str = ""
    busy_until: str = ""
    website: str = ""  # a website or profile: "linkedin.com/in/…" is their LinkedIn
    nickname: str = ""
    language: str = ""  # "fr"/"en", or French, English, français, anglais
    form: str = ""  # "tu"/"vous"
    mention: str = ""

    def is_blank(self) -> bool:
        return not any(getattr(self, name).strip() for name in TYPED)


# What makes a row: the other columns only say how to write to them.
TYPED: tuple[str, ...] = (
    "name",
    "organisation",
    "email",
    "talked_about",
    "busy_until",
    "website",
    "nickname",
)
_LANGUAGES = {
    "fr": "fr",
    "français": "fr",
    "francais": "fr",
    "french": "fr",
    "en": "en",
    "anglais": "en",
    "english": "en",
}


def row_language(row: CaptureRow, default: Language) -> str:
    """The person's language: as typed, else guessed from the detail, else `default`."""
    typed = _LANGUAGES.get(row.language.strip().casefold())
    return typed or guess_language(row.talked_about) or Language(default).value


def row_form(row: CaptureRow, default: str) -> str:
    """« tu » or « vous » as typed, else the Settings default."""
    typed = row.form.strip().casefold()
    return typed if typed in ("tu", "vous") else default


def row_mention(row: CaptureRow, language: str, form: str) -> str:
    """How a message will say the detail: as typed, else the suggestion ("" for none)."""
    if row.mention.strip():
        return " ".join(row.mention.split())
    column = "mention_en" if language == "en" else f"mention_{form}"
    return suggested_mentions(row.talked_about.strip(), language)[column]


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(CaptureRow))


@dataclass(frozen=True)
class RowProblem:
    row: int  # index in the list given
    field: str  # one of COLUMNS
    sentence: Sentence

    @property
    def message(self) -> str:
        return self.sentence.english


@dataclass(frozen=True)
class CaptureResult:
    event_id: int
    created: tuple[int, ...]  # new people
    linked: tuple[int, ...]  # people already in the notebook, matched by email
    new_event: bool = False
    detail_ids: tuple[int, ...] = ()  # every personal detail the capture added
    attended: tuple[int, ...] = ()  # known people whose attendance the capture added
    row_people: tuple[tuple[int, int], ...] = ()  # (row index, person) for each row saved
    website_ids: tuple[int, ...] = ()  # websites added to people already in the notebook
    nicknamed: tuple[tuple[int, str], ...] = ()  # (person, nickname) given to known people


def row_problems(row: CaptureRow, *, index: int, reference: dt.date) -> list[RowProblem]:
    """What stops this row from being saved; an empty list when it can be."""
    if row.is_blank():
        return []
    problems = []
    if not row.name.strip():
        problems.append(RowProblem(index, "name", Sentence("A name is needed.")))
    if row.language.strip() and row.language.strip().casefold() not in _LANGUAGES:
        problems.append(RowProblem(index, "language", Sentence("Write fr or en.")))
    if row.form.strip() and row.form.strip().casefold() not in ("tu", "vous"):
        problems.append(RowProblem(index, "form", Sentence("Write tu or vous.")))
    for name, check in (
        ("email", lambda text: normalise_email(text)),
        ("busy_until", lambda text: parse_date(text, today=reference)),
        ("website", typed_website),
    ):
        text = getattr(row, name)
        if text.strip():
            try:
                check(text)
            except ValidationError as exc:
                problems.append(RowProblem(index, name, exc.sentence))
    return problems


def all_problems(rows: Sequence[CaptureRow], *, reference: dt.date) -> list[RowProblem]:
    return [
        problem
        for index, row in enumerate(rows)
        for problem in row_problems(row, index=index, reference=reference)
    ]


def _mentions(row: CaptureRow, language: str, form: str) -> dict[str, str]:
    """The detail's mention columns: the suggestion, with the row's own wording where typed."""
    mentions = suggested_mentions(row.talked_about.strip(), language)
    if row.mention.strip():
        typed = row_mention(row, language, form)
        if language == "en":
            mentions["mention_en"] = typed
        elif form == "vous":
            mentions["mention_vous"] = typed
        else:
            mentions["mention_tu"], mentions["mention_vous"] = typed, to_vous(typed)
    return mentions


def _existing_by_email(session: Session, email: str) -> int | None:
    # Case-insensitive, but `_` and `%` are characters of the address, not LIKE wildcards.
    literal = email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return session.exec(
        select(ContactPoint.person_id).where(
            ContactPoint.kind == ContactKind.EMAIL.value,
            col(ContactPoint.value).ilike(literal, escape="\\"),
        )
    ).first()


def save_capture(
    notebook: Notebook,
    rows: Sequence[CaptureRow],
    *,
    event_id: int | None = None,
    new_event: EventFields | None = None,
    language: Language = Language.FRENCH,
    default_form: str = "tu",
) -> CaptureResult:
    """Write every non-blank row in one transaction: all of them, or nothing. `language` is
    for rows whose language is neither typed nor guessed; `default_form` is the Settings'."""
    if (event_id is None) == (new_event is None):
        raise ValueError("give either event_id or new_event")
    with notebook.session() as session:
        if new_event is not None:
            event_id = create_event(session, new_event)
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"event {event_id} no longer exists")
        problems = all_problems(rows, reference=event.date)
        if problems:
            first = problems[0]
            raise ValidationError(
                first.field, "Row {row}: {problem}", row=first.row + 1, problem=first.sentence
            )
        created: list[int] = []
        linked: list[int] = []
        attended: list[int] = []
        added: list[PersonalDetail] = []
        row_people: list[tuple[int, int]] = []
        websites: list[ContactPoint] = []
        nicknamed: list[tuple[int, str]] = []
        for index, row in enumerate(rows):
            if row.is_blank():
                continue
            email = normalise_email(row.email) if row.email.strip() else ""
            person_id = _existing_by_email(session, email) if email else None
            spoken = row_language(row, language)
            form = row_form(row, default_form)
            if person_id is None:
                given, family = split_name(row.name)
                person_id = create_person(
                    session,
                    PersonFields(
                        given_name=given,
                        family_name=family,
                        organisation=row.organisation.strip(),
                        language=Language(spoken),
                        french_form=FrenchForm(row.form.strip().casefold())
                        if row.form.strip()
                        else None,
                        how_met=event.name,
                        emails=(email,) if email else (),
                        nickname=row.nickname.strip(),
                        websites=(typed_website(row.website),) if row.website.strip() else (),
                    ),
                )
                created.append(person_id)
            else:
                if person_id not in linked and person_id not in created:
                    linked.append(person_id)
                websites.extend(_website_for(session, person_id, row))
                nicknamed.extend(_nickname_for(session, person_id, row))
            row_people.append((index, person_id))
            if link_person(session, stored(event.id), person_id) and person_id not in created:
                attended.append(person_id)
            if row.talked_about.strip():
                mentions = _mentions(row, spoken, form)
                added.append(
                    PersonalDetail(
                        person_id=person_id,
                        kind=guess_kind(row.talked_about).value,
                        text=row.talked_about.strip(),
                        mentioned_on=event.date,
                        mention_en=mentions["mention_en"],
                        mention_tu=mentions["mention_tu"],
                        mention_vous=mentions["mention_vous"],
                    )
                )
            if row.busy_until.strip():
                added.append(
                    PersonalDetail(
                        person_id=person_id,
                        kind=DetailKind.BUSY.value,
                        text=row.busy_until.strip(),
                        mentioned_on=event.date,
                        ends_on=parse_date(row.busy_until, today=event.date),
                    )
                )
        session.add_all([*added, *websites])
        session.flush()
        return CaptureResult(
            stored(event.id),
            tuple(created),
            tuple(linked),
            attended=tuple(attended),
            new_event=new_event is not None,
            detail_ids=tuple(stored(detail.id) for detail in added),
            row_people=tuple(row_people),
            website_ids=tuple(stored(point.id) for point in websites),
            nicknamed=tuple(nicknamed),
        )


def _website_for(session: Session, person_id: int, row: CaptureRow) -> list[ContactPoint]:
    """The row's website for someone already in the notebook, unless they have it."""
    if not row.website.strip():
        return []
    website = typed_website(row.website)
    points = session.exec(
        select(ContactPoint).where(
            ContactPoint.person_id == person_id, ContactPoint.kind == ContactKind.URL.value
        )
    ).all()
    if any(p.value.casefold() == website.url.casefold() for p in points):
        return []
    position = max((p.position for p in points), default=-1) + 1
    return [
        ContactPoint(
            person_id=person_id,
            kind=ContactKind.URL.value,
            value=website.url,
            label=website.kind,
            position=position,
        )
    ]


def _nickname_for(session: Session, person_id: int, row: CaptureRow) -> list[tuple[int, str]]:
    """The row's nickname for someone already in the notebook who has none."""
    person = session.get(Person, person_id)
    nickname = row.nickname.strip()
    if not nickname or person is None or person.nickname:
        return []
    person.nickname = nickname
    session.add(person)
    return [(person_id, nickname)]


def _set_nicknames(session: Session, nicknamed: Sequence[tuple[int, str]], *, undo: bool) -> None:
    for person_id, nickname in nicknamed:
        person = session.get(Person, person_id)
        if person is not None:
            person.nickname = "" if undo else nickname
            session.add(person)


def redo_capture(notebook: Notebook, result: CaptureResult, saved: RowSnapshot) -> None:
    """Redo after `undo_capture`: the same rows again, and the nicknames it gave."""
    with notebook.session() as session:
        restore(session, saved)
        _set_nicknames(session, result.nicknamed, undo=False)


def undo_capture(notebook: Notebook, result: CaptureResult) -> RowSnapshot:
    """Take back everything one capture added; `restore_rows` on the result puts it back."""
    with notebook.session() as session:
        rows: list[Any] = []  # everything, parents first, for the snapshot
        roots: list[Any] = []  # what to delete: the database cascades to the rest
        if result.new_event:
            rows.append(session.get(Event, result.event_id))
            roots.append(rows[-1])
        for person_id in result.created:
            person = person_rows(session, person_id)
            rows.extend(person)
            roots.append(person[0])
        others: list[Any] = [
            # only what the capture added: an attendance that was already there stays
            session.get(Attendance, (result.event_id, person_id))
            for person_id in result.attended
        ]
        others.extend(
            detail
            for detail in session.exec(
                select(PersonalDetail).where(col(PersonalDetail.id).in_(result.detail_ids))
            )
            if detail.person_id not in result.created
        )
        others.extend(
            session.exec(select(ContactPoint).where(col(ContactPoint.id).in_(result.website_ids)))
        )
        _set_nicknames(session, result.nicknamed, undo=True)
        others = [row for row in others if row is not None]
        rows.extend(others)
        roots.extend(others)
        saved = snapshot([row for row in rows if row is not None])
        for row in roots:
            if row is not None:
                session.delete(row)
    return saved
