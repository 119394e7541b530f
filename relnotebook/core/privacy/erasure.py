"""Erasure: a person removed for good, with no readable trace (Quebec's Law 25, PIPEDA).

`erase_person` removes them and everything about them, keeps other people's referral records
anonymised, and scrubs the file so that nothing readable is left; the app's own copies of the
notebook (backups, drafts) lose them too (`copies.py`), and the files it wrote for the user
elsewhere are named (`store.files.outside_copies`). It cannot be undone.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Column, delete, exists, func, update
from sqlmodel import Session, SQLModel, col, select

from relnotebook.core.models import (
    Event,
    Person,
    PersonTag,
    Referral,
    Tag,
)
from relnotebook.core.people.service import find_person, person_rows, require_person, row_name
from relnotebook.core.privacy.copies import (
    CopiesProgress,
    CopyNotRewritten,
    erase_from_copies,
    erase_from_drafts,
)
from relnotebook.core.sync.erased import queue_erased_cards
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook
from relnotebook.store.files.backups import app_copies
from relnotebook.store.files.outside_copies import (
    OutsideCopy,
    outside_copies,
)
from relnotebook.store.ownership import (
    OWNED,
    Erasure,
    Owned,
    naming_columns,
    owning_columns,
    table_column,
)
from relnotebook.store.scrub import scrub


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
    # Their cards on the sync server, to delete there (core.sync.erased): at once when it can be
    # reached (`server_cards_deleted`), else at the next sync.
    server_cards: int = 0
    server_cards_deleted: bool = False

    @property
    def removed_total(self) -> int:
        return sum(self.removed.values())


# Free text in other records that may name them, with whose record it is: the rows that are
# someone's own (`store.ownership`), a person's profile, and events (nobody's).
_TEXT_COLUMNS: tuple[tuple[str, type[SQLModel], Column[Any], Column[Any] | None], ...] = (
    *(
        (kind, owned.model, owned.column(column), owned.column(owned.goes[0]))
        for owned in OWNED
        for kind, column in owned.mentions
    ),
    ("profile", Person, table_column(Person, "how_met"), table_column(Person, "id")),
    ("event", Event, table_column(Event, "name"), None),
    ("event", Event, table_column(Event, "notes"), None),
)


# The erased person's rows, by kind, as the report counts them.
_REMOVED_KINDS = {owned.model: owned.removed_kind for owned, _column in owning_columns()}


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
            key_column = table_column(model, "id")
            query = select(key_column, owner if owner is not None else key_column).where(
                column.icontains(form, autoescape=True)
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
        session.exec(update(Referral).where(col(Referral.id).in_(touched)).values(note=""))
        session.exec(update(Referral).where(col(Referral.id).in_(theirs)).values(referred_id=None))
    return len(theirs)


def _unlink(owned: Owned, column: str) -> Callable[[Session, int, list[str]], int]:
    """Erasure.UNLINK: other records naming them are kept without the link."""

    def unlink(session: Session, person_id: int, _forms: list[str]) -> int:
        found = session.exec(
            update(owned.model)
            .where(owned.column(column) == person_id)
            .values({owned.column(column): None})
        )
        return found.rowcount

    return unlink


# How the records naming them that an erasure anonymises (Erasure.ANONYMISE in
# `store.ownership`) are anonymised; each returns how many of them it kept.
_ANONYMISE: dict[type[SQLModel], Callable[[Session, int, list[str]], int]] = {
    Referral: _anonymise_referrals,
}


def _keep(owned: Owned, column: str) -> Callable[[Session, int, list[str]], int]:
    """What erasing a person does with another record naming them (see `store.ownership`)."""
    if owned.erasure is Erasure.UNLINK:
        return _unlink(owned, column)
    anonymise = _ANONYMISE.get(owned.model) if owned.erasure is Erasure.ANONYMISE else None
    if anonymise is None:
        raise LookupError(f"{owned.name}.{column} names a person: an erasure must say what to do")
    return anonymise


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
        kind = _REMOVED_KINDS[type(row)]  # a KeyError is a table missing from the registry
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
    # Before the deletion, which would unset their links: then they could not be found.
    kept = {
        owned.model: _keep(owned, column)(session, person_id, forms)
        for owned, column in naming_columns()
    }
    anonymised, introduced = kept[Referral], kept[Person]
    session.exec(delete(Person).where(col(Person.id) == person_id))
    orphaned = session.exec(
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
        cards = {person_id: queue_erased_cards(session, person_id) for person_id in ids}
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
            server_cards=cards[preview.person_id],
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
