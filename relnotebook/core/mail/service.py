"""The mail log: read a mailbox's headers and log the contacts they show, in one transaction.

A run reads everything first (nothing is written while the mail store or the server is being
read), then, in one unit of work: a contact per new message with each person in it (through
`checkins.batch.add_contacts`, so the last contact, cadences and Today follow), the hash of
each Message-ID logged (`MailLogged`: once per person and message), the answers found to the
messages the app drafted (`signals.set_response`: the quiet period ends, Today shows the
reply), and how far the source was read. A run cancelled, failed or killed leaves the notebook
as it was; the next one reads the same mail again.
"""

from __future__ import annotations

import datetime as dt
import json
import ssl
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from relnotebook.core import settings
from relnotebook.core.checkins.batch import NewContact, add_contacts
from relnotebook.core.dates import shift
from relnotebook.core.mail import headers as mail_headers
from relnotebook.core.mail import imap, local
from relnotebook.core.mail.local import MailSourceError, Progress
from relnotebook.core.mail.rules import (
    Correspondent,
    Logged,
    Waiting,
    addresses,
    answered,
    frequent,
    strangers,
    to_log,
)
from relnotebook.core.models import (
    Channel,
    ContactKind,
    ContactPoint,
    MailLogged,
    MailSource,
    Person,
    Signal,
    SignalKind,
    SignalResponse,
    stored,
)
from relnotebook.core.outreach.signals import set_response
from relnotebook.core.validation import display_name
from relnotebook.store import Notebook

Cancelled = Callable[[], bool]
_CHECK_EVERY = 200  # messages between two looks at "cancelled"


class SourceKind(StrEnum):
    IMAP = "imap"
    MBOX = "mbox"
    MAILDIR = "maildir"
    EML = "eml"
    THUNDERBIRD = "thunderbird"


@dataclass(frozen=True)
class Source:
    """A mailbox to read: a path (local kinds), or an IMAP host, port and user."""

    kind: SourceKind
    location: str
    user: str = ""
    port: int = imap.DEFAULT_PORT
    name: str = ""

    @property
    def label(self) -> str:
        if self.kind == SourceKind.IMAP:
            return f"{self.user}@{self.location}"
        return self.location

    @property
    def key(self) -> tuple[str, str, str]:
        location = self.location
        if self.kind == SourceKind.IMAP and self.port != imap.DEFAULT_PORT:
            location = f"{self.location}:{self.port}"
        return (self.kind.value, location, self.user)


@dataclass(frozen=True)
class Reply:
    person_id: int
    person_name: str
    signal_id: int
    kind: SignalKind
    on: dt.date


@dataclass(frozen=True)
class MailRun:
    """What a run found (a dry run: what it would have logged)."""

    source: str
    read: int  # messages read
    malformed: int  # skipped: no sender or no readable date
    older: int  # before the first day read
    logged: int  # new contacts logged
    already: int  # contacts these messages had already made
    people: int  # people with a new contact
    replies: tuple[Reply, ...]
    frequent: tuple[Correspondent, ...]
    dry_run: bool = False


class MailRunCancelled(MailSourceError):
    def __init__(self) -> None:
        super().__init__("The mail log was stopped before the end; nothing was logged.")


@dataclass
class _Reading:
    read: int = 0
    malformed: int = 0
    older: int = 0
    found: list[Logged] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)


def my_addresses(notebook: Notebook, given: tuple[str, ...] = ()) -> frozenset[str]:
    """The user's own addresses: `given` (`--me`) and Settings › Mail."""
    stored_text = settings.get_text(notebook, settings.MAIL_MY_ADDRESSES)
    return addresses((*given, stored_text))


def log_mail(
    notebook: Notebook,
    source: Source,
    *,
    today: dt.date,
    me: tuple[str, ...] = (),
    since: dt.date | None = None,
    password: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> MailRun:
    """Read `source` and log what it shows (see the module's docstring). `since`: the first day
    read (default: as far back as Settings › Mail says on a source's first read, and what is
    new since the last read afterwards)."""
    values = settings.read_all(notebook)
    mine = addresses((*me, values.text(settings.MAIL_MY_ADDRESSES)))
    if source.kind == SourceKind.IMAP and "@" in source.user:
        mine = mine | {source.user.lower()}
    if not mine:
        raise MailSourceError(
            "Say which addresses are yours (Settings › Mail, or --me on the command line), so "
            "that mail you sent can be told from mail you received."
        )
    people, names = _people_by_address(notebook)
    row = _source_row(notebook, source)
    state: dict[str, Any] = json.loads(row.state) if row is not None else {}
    first_day = since
    if first_day is None and (row is None or row.read_on is None):
        months = values.int(settings.MAIL_FIRST_MONTHS)
        first_day = shift(today, -(months * 365 // 12))
    read_subject = bool(values.int(settings.MAIL_READ_SUBJECT))
    blocks = _blocks(source, state, first_day, read_subject, password, progress, ssl_context)
    reading = _read(blocks, mine, people, first_day, read_subject, cancelled)
    if cancelled is not None and cancelled():
        raise MailRunCancelled()
    write = notebook.reader if dry_run else notebook.session
    with write() as session:
        logged, already, replies = _record(session, reading.found, names, dry_run)
        if not dry_run:
            _save_source(session, source, state, today)
    return MailRun(
        source=source.label,
        read=reading.read,
        malformed=reading.malformed,
        older=reading.older,
        logged=len(logged),
        already=already,
        people=len({entry.person_id for entry in logged}),
        replies=tuple(replies),
        frequent=tuple(frequent(reading.counts, reading.names)),
        dry_run=dry_run,
    )


def _people_by_address(notebook: Notebook) -> tuple[dict[str, int], dict[int, str]]:
    with notebook.reader() as session:
        rows = session.exec(
            select(ContactPoint.value, ContactPoint.person_id).where(
                ContactPoint.kind == ContactKind.EMAIL.value
            )
        ).all()
        people = session.exec(
            select(Person.id, Person.given_name, Person.family_name, Person.preferred_name)
        ).all()
    by_address: dict[str, int] = {}
    for value, person_id in rows:
        by_address.setdefault(value.strip().lower(), person_id)
    names = {
        stored(pid): display_name(given, family, preferred)
        for pid, given, family, preferred in people
    }
    return by_address, names


def _source_row(notebook: Notebook, source: Source) -> MailSource | None:
    kind, location, user = source.key
    with notebook.reader() as session:
        return session.exec(
            select(MailSource).where(
                MailSource.kind == kind, MailSource.location == location, MailSource.user == user
            )
        ).first()


def _blocks(
    source: Source,
    state: dict[str, Any],
    since: dt.date | None,
    read_subject: bool,
    password: str | None,
    progress: Progress | None,
    ssl_context: ssl.SSLContext | None,
) -> Iterator[bytes]:
    if source.kind == SourceKind.IMAP:
        account = imap.ImapAccount(source.location, source.user, source.port)
        secret = password if password is not None else imap.keyring_password(account)
        if secret is None:
            raise MailSourceError(
                "No password for {account}: keep it in the system keyring (Settings › Mail).",
                account=account.keyring_user,
            )
        return imap.read_imap(
            account,
            secret,
            state,
            since=since,
            read_subject=read_subject,
            progress=progress,
            ssl_context=ssl_context,
        )
    readers = {
        SourceKind.MBOX: local.read_mbox,
        SourceKind.MAILDIR: local.read_maildir,
        SourceKind.EML: local.read_eml_folder,
        SourceKind.THUNDERBIRD: local.read_thunderbird,
    }
    return readers[source.kind](Path(source.location).expanduser(), state, progress)


def _read(
    blocks: Iterator[bytes],
    mine: frozenset[str],
    people: dict[str, int],
    first_day: dt.date | None,
    read_subject: bool,
    cancelled: Cancelled | None,
) -> _Reading:
    reading = _Reading()
    for block in blocks:
        reading.read += 1
        if cancelled is not None and reading.read % _CHECK_EVERY == 0 and cancelled():
            raise MailRunCancelled()
        try:
            found = mail_headers.parse(block, read_subject=read_subject)
        except Exception:  # noqa: BLE001 - whatever a broken header does, it is skipped
            found = None
        if found is None:
            reading.malformed += 1
            continue
        if first_day is not None and found.day < first_day:
            reading.older += 1
            continue
        reading.found.extend(to_log(found, mine, people))
        for address in strangers(found, mine, people):
            reading.counts[address] += 1
            if address not in reading.names:
                name = found.name_of(address)
                if name:
                    reading.names[address] = name
    return reading


def _record(
    session: Session, found: list[Logged], names: dict[int, str], dry_run: bool
) -> tuple[list[Logged], int, list[Reply]]:
    """Log the new messages in `session`; returns them, how many were logged before, and the
    answers found. A dry run only counts."""
    person_ids = sorted({entry.person_id for entry in found})
    existing = set(
        session.exec(select(Person.id).where(col(Person.id).in_(person_ids))).all()
        if person_ids
        else []
    )
    seen: set[tuple[int, str]] = set()
    for chunk in _chunks(person_ids):
        seen.update(
            session.exec(
                select(MailLogged.person_id, MailLogged.message_hash).where(
                    col(MailLogged.person_id).in_(chunk)
                )
            ).all()
        )
    new: list[Logged] = []
    already = 0
    for entry in sorted(found, key=lambda e: e.day):
        key = (entry.person_id, entry.message_key)
        if entry.person_id not in existing:
            continue
        if key in seen:
            already += 1
            continue
        seen.add(key)
        new.append(entry)
    waiting = _waiting(session, sorted({e.person_id for e in new if e.from_them}))
    replies: list[Reply] = []
    for entry in new:
        answer = answered(entry, waiting)
        if answer is None:
            continue
        waiting.remove(answer)
        signal = session.get(Signal, answer.signal_id)
        assert signal is not None
        if not dry_run:
            set_response(session, signal, SignalResponse.REPLIED, on=entry.day)
        kind = SignalKind(signal.kind) if signal.kind in set(SignalKind) else SignalKind.OTHER
        name = names.get(entry.person_id, "")
        replies.append(Reply(entry.person_id, name, stored(signal.id), kind, entry.day))
    if not dry_run and new:
        session.execute(
            insert(MailLogged),
            [{"person_id": e.person_id, "message_hash": e.message_key, "on": e.day} for e in new],
        )
        add_contacts(
            session,
            [
                NewContact(e.person_id, e.day, Channel.EMAIL, e.initiated_by, note=e.subject)
                for e in new
            ],
        )
    return new, already, replies


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _waiting(session: Session, person_ids: list[int]) -> list[Waiting]:
    """The messages sent to these people still waiting for an answer, oldest first."""
    found: list[Waiting] = []
    for chunk in _chunks(person_ids):
        rows = session.exec(
            select(
                col(Signal.id), col(Signal.person_id), col(Signal.sent_on), col(Signal.message_id)
            )
            .where(
                col(Signal.person_id).in_(chunk),
                col(Signal.response).in_(
                    [SignalResponse.PENDING.value, SignalResponse.NO_REPLY.value]
                ),
            )
            .order_by(col(Signal.sent_on), col(Signal.id))
        ).all()
        found.extend(Waiting(stored(i), p, s, m) for i, p, s, m in rows)
    return sorted(found, key=lambda w: (w.sent_on, w.signal_id))


def _save_source(session: Session, source: Source, state: dict[str, Any], today: dt.date) -> None:
    kind, location, user = source.key
    row = session.exec(
        select(MailSource).where(
            MailSource.kind == kind, MailSource.location == location, MailSource.user == user
        )
    ).first() or MailSource(kind=kind, location=location, user=user, name=source.name)
    row.state = json.dumps(state, sort_keys=True)
    row.read_on = today
    if source.name:
        row.name = source.name
    session.add(row)
