"""Newsletter consent, kept the way Canada's anti-spam law (CASL) asks for it.

A commercial email may go only to someone who consented, and the sender must be able to show how
and when. So each change of a person's status is a dated record that is never overwritten (the
latest one is the current status), with how consent was obtained. The sending list is built from
those records alone: nobody who declined, unsubscribed or whose implied consent lapsed is on it.

How long consent lasts follows CASL's general rules (these are not legal advice; check your own
situation with counsel):

- express consent, written or verbal: until the person withdraws it;
- implied by an existing business relationship: two years after the last purchase or contract
  (`last_business_on`, or the day recorded when not given);
- implied by an inquiry: six months after the inquiry.

Implied consent about to lapse is listed so the user can ask for express consent in time.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, func, select

from relnotebook.core import settings
from relnotebook.core.dates import shift
from relnotebook.core.exchange import spreadsheet
from relnotebook.core.models import (
    ConsentBasis,
    ContactKind,
    ContactPoint,
    Event,
    Language,
    NewsletterConsent,
    NewsletterStatus,
    Person,
    SignalResponse,
    stored,
)
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.files import write_private_file
from relnotebook.folding import fold
from relnotebook.store import Notebook
from relnotebook.store.files.outside_copies import CopyKind, record_copy

MAX_NOTE_CHARS = 100_000
BUSINESS_MONTHS = 24
INQUIRY_MONTHS = 6
CSV_HEADER = ("email", "first_name", "last_name", "language")
RECORDED_STATUSES = frozenset(
    {NewsletterStatus.SUBSCRIBED, NewsletterStatus.DECLINED, NewsletterStatus.UNSUBSCRIBED}
)


@dataclass(frozen=True)
class ConsentView:
    id: int
    person_id: int
    status: NewsletterStatus
    recorded_on: dt.date
    basis: ConsentBasis | None
    event_id: int | None
    note: str
    expires_on: dt.date | None


@dataclass(frozen=True)
class Subscriber:
    person_id: int
    name: str
    email: str  # the person's first address; "" when they have none
    language: Language
    basis: ConsentBasis | None
    expires_on: dt.date | None
    valid: bool  # consent has not lapsed (express, or expires today or later)
    first_name: str = ""
    last_name: str = ""


# Pure rules


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; a day the month lacks becomes its last (29 Feb -> 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def consent_expiry(
    basis: ConsentBasis | None, on: dt.date, last_business_on: dt.date | None = None
) -> dt.date | None:
    """The last day consent obtained on `on` is valid; None: it does not expire.

    A leap day plus two years is 28 February, the earlier of the candidates (the safe side).
    """
    if basis == ConsentBasis.IMPLIED_BUSINESS:
        return _add_months(last_business_on or on, BUSINESS_MONTHS)
    if basis == ConsentBasis.IMPLIED_INQUIRY:
        return _add_months(on, INQUIRY_MONTHS)
    return None


def is_valid(expires_on: dt.date | None, today: dt.date) -> bool:
    return expires_on is None or expires_on >= today


def check_consent(
    *,
    status: NewsletterStatus,
    on: dt.date,
    basis: ConsentBasis | None,
    note: str,
    last_business_on: dt.date | None,
    today: dt.date | None,
) -> None:
    """Raise `ValidationError` when this record cannot be stored (`today` None: no date check)."""
    if NewsletterStatus(status) not in RECORDED_STATUSES:
        raise ValidationError(
            "status",
            "Record a subscription, a refusal or an unsubscription; not asked is no record.",
        )
    if status == NewsletterStatus.SUBSCRIBED and basis is None:
        raise ValidationError("basis", "Say how consent was obtained before subscribing someone.")
    if today is not None and on > today:
        raise ValidationError("on", "Consent cannot be recorded for a day in the future.")
    if today is not None and last_business_on is not None and last_business_on > today:
        raise ValidationError("last_business_on", "The last business day cannot be in the future.")
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError("note", "A note is at most {limit} characters.", limit=MAX_NOTE_CHARS)


def csv_bytes(subscribers: list[Subscriber], today: dt.date) -> bytes:
    """The sending list: valid subscribers with an address, as a spreadsheet-safe CSV."""
    return spreadsheet.csv_bytes(
        CSV_HEADER,
        (
            (s.email, s.first_name, s.last_name, s.language.value)
            for s in subscribers
            if s.email and is_valid(s.expires_on, today)
        ),
    )


# Recording


def _record(
    session: Session,
    person_id: int,
    *,
    status: NewsletterStatus,
    on: dt.date,
    basis: ConsentBasis | None = None,
    event_id: int | None = None,
    note: str = "",
    last_business_on: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Insert one consent record inside the caller's unit of work (signals share this);
    `today` None: no check of the dates against today (an answer recorded as it came)."""
    status = NewsletterStatus(status)
    basis = ConsentBasis(basis) if basis is not None else None
    note = note.strip()
    check_consent(
        status=status,
        on=on,
        basis=basis,
        note=note,
        last_business_on=last_business_on,
        today=today,
    )
    if status != NewsletterStatus.SUBSCRIBED:
        basis = None  # a refusal has no basis, and nothing to expire
    if session.get(Person, person_id) is None:
        raise LookupError(f"person {person_id} no longer exists")
    if event_id is not None and session.get(Event, event_id) is None:
        raise LookupError(f"event {event_id} no longer exists")
    row = NewsletterConsent(
        person_id=person_id,
        recorded_on=on,
        status=status.value,
        basis=basis.value if basis else None,
        event_id=event_id,
        note=note,
        expires_on=consent_expiry(basis, on, last_business_on),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def record_consent(
    notebook: Notebook,
    person_id: int,
    *,
    status: NewsletterStatus,
    on: dt.date,
    basis: ConsentBasis | None = None,
    event_id: int | None = None,
    note: str = "",
    last_business_on: dt.date | None = None,
    today: dt.date,
) -> int:
    """Record a change of newsletter status; returns the record's id.

    A subscription needs its basis (how consent was obtained); a refusal or an unsubscription
    needs none, and any basis given with one is not kept. `expires_on` follows CASL's general
    rules (module docstring; not legal advice). A day after `today` is refused.
    """
    with notebook.session() as session:
        return _record(
            session,
            person_id,
            status=status,
            on=on,
            basis=basis,
            event_id=event_id,
            note=note,
            last_business_on=last_business_on,
            today=today,
        )


def _latest(session: Session, person_id: int) -> NewsletterConsent | None:
    return session.exec(
        select(NewsletterConsent)
        .where(NewsletterConsent.person_id == person_id)
        .order_by(col(NewsletterConsent.recorded_on).desc(), col(NewsletterConsent.id).desc())
    ).first()


def _record_response(
    session: Session, person_id: int, response: SignalResponse, on: dt.date
) -> int | None:
    """An answer to a newsletter offer, as a consent record (None: the answer says nothing).

    Interested means they replied by email: express written consent. Recording the same answer
    twice adds nothing.
    """
    if response == SignalResponse.INTERESTED:
        status, basis = NewsletterStatus.SUBSCRIBED, ConsentBasis.EXPRESS_WRITTEN
        note = "Replied yes to the newsletter offer."
    elif response == SignalResponse.DECLINED:
        status, basis, note = NewsletterStatus.DECLINED, None, "Declined the newsletter offer."
    else:
        return None
    latest = _latest(session, person_id)
    if latest is not None and (latest.status, latest.basis) == (
        status.value,
        basis.value if basis else None,
    ):
        return None
    return _record(session, person_id, status=status, on=on, basis=basis, note=note)


def from_signal_response(
    notebook: Notebook, person_id: int, response: SignalResponse, on: dt.date
) -> int | None:
    """Newsletter status from the answer to a newsletter offer; returns the new record's id."""
    with notebook.session() as session:
        return _record_response(session, person_id, SignalResponse(response), on)


# Reading


def _view(row: NewsletterConsent) -> ConsentView:
    return ConsentView(
        id=stored(row.id),
        person_id=row.person_id,
        status=NewsletterStatus(row.status),
        recorded_on=row.recorded_on,
        basis=ConsentBasis(row.basis) if row.basis else None,
        event_id=row.event_id,
        note=row.note,
        expires_on=row.expires_on,
    )


def current_status(notebook: Notebook, person_id: int) -> ConsentView | None:
    """The latest record; None when the person was never asked."""
    with notebook.reader() as session:
        row = _latest(session, person_id)
    return _view(row) if row else None


def history(notebook: Notebook, person_id: int) -> list[ConsentView]:
    """Every record about a person, newest first: the proof of consent."""
    with notebook.reader() as session:
        rows = session.exec(
            select(NewsletterConsent)
            .where(NewsletterConsent.person_id == person_id)
            .order_by(col(NewsletterConsent.recorded_on).desc(), col(NewsletterConsent.id).desc())
        ).all()
    return [_view(r) for r in rows]


def subscribers(notebook: Notebook, today: dt.date) -> list[Subscriber]:
    """Everyone whose current status is subscribed, lapsed or not (see `valid`), by name."""
    ranked = select(
        NewsletterConsent.id,
        func.row_number()
        .over(
            partition_by=col(NewsletterConsent.person_id),
            order_by=(
                col(NewsletterConsent.recorded_on).desc(),
                col(NewsletterConsent.id).desc(),
            ),
        )
        .label("rank"),
    ).subquery()
    query = (
        select(NewsletterConsent, Person)
        .join(ranked, ranked.c.id == NewsletterConsent.id)
        .join(Person, col(Person.id) == NewsletterConsent.person_id)
        .where(ranked.c.rank == 1, NewsletterConsent.status == NewsletterStatus.SUBSCRIBED.value)
        .order_by(col(Person.family_name), col(Person.given_name), col(Person.id))
    )
    with notebook.reader() as session:
        rows = session.exec(query).all()
        ids = [stored(person.id) for _, person in rows]
        emails: dict[int, str] = {}
        for person_id, value in session.exec(
            select(ContactPoint.person_id, ContactPoint.value)
            .where(
                col(ContactPoint.person_id).in_(ids),
                ContactPoint.kind == ContactKind.EMAIL.value,
            )
            .order_by(col(ContactPoint.person_id), col(ContactPoint.position))
        ):
            emails.setdefault(person_id, value)
    return [
        Subscriber(
            person_id=stored(person.id),
            name=display_name(person.given_name, person.family_name, person.preferred_name),
            email=emails.get(stored(person.id), ""),
            language=Language(person.language),
            basis=ConsentBasis(consent.basis) if consent.basis else None,
            expires_on=consent.expires_on,
            valid=is_valid(consent.expires_on, today),
            first_name=(person.preferred_name.strip() or person.given_name.strip()),
            last_name=person.family_name.strip(),
        )
        for consent, person in rows
    ]


def expiring(
    notebook: Notebook, today: dt.date, within_days: int | None = None
) -> list[Subscriber]:
    """Valid subscribers whose consent lapses within the warning period, soonest first."""
    if within_days is None:
        within_days = settings.get_int(notebook, settings.CONSENT_WARNING_DAYS)
    horizon = shift(today, within_days)
    found = [
        s
        for s in subscribers(notebook, today)
        if s.valid and s.expires_on is not None and s.expires_on <= horizon
    ]
    return sorted(found, key=lambda s: (s.expires_on, fold(s.name), s.person_id))


def sending_list(notebook: Notebook, today: dt.date) -> list[Subscriber]:
    """The people the newsletter may go to today: valid consent and an email address."""
    return [s for s in subscribers(notebook, today) if s.valid and s.email]


def save_sending_list(notebook: Notebook, out: Path, today: dt.date) -> int:
    """Write `sending_list` to `out` as CSV for a mailing service (email, first_name,
    last_name, language; private, spreadsheet-safe), remembered as a copy made outside the app
    (`outside_copies`); returns how many subscribers. OSError when it cannot be written."""
    people = sending_list(notebook, today)
    write_private_file(out, csv_bytes(people, today))
    record_copy(notebook.path, out, CopyKind.NEWSLETTER)
    return len(people)
