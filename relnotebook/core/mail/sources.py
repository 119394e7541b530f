"""The mailboxes the user chose in Settings › Mail (nothing is read until one is set)."""

from __future__ import annotations

from sqlmodel import col, select

from relnotebook.core.mail.imap import DEFAULT_PORT
from relnotebook.core.mail.service import Source, SourceKind
from relnotebook.core.models import MailSource
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook


def _from_row(row: MailSource) -> Source:
    location, port = row.location, DEFAULT_PORT
    if row.kind == SourceKind.IMAP.value and ":" in location:
        host, _, number = location.rpartition(":")
        if number.isdigit():
            location, port = host, int(number)
    return Source(SourceKind(row.kind), location, row.user, port, row.name)


def chosen_sources(notebook: Notebook) -> list[Source]:
    with notebook.reader() as session:
        rows = session.exec(select(MailSource).order_by(col(MailSource.id))).all()
    return [_from_row(row) for row in rows if row.kind in set(SourceKind)]


def account_named(notebook: Notebook, name: str) -> Source | None:
    """The IMAP account called `name` (`mail-log --account NAME`), or None."""
    for source in chosen_sources(notebook):
        if source.kind == SourceKind.IMAP and name in (source.name, source.user, source.label):
            return source
    return None


def add_source(notebook: Notebook, source: Source) -> None:
    """Remember a mailbox to read (a second time: nothing changes)."""
    if not source.location.strip() or (source.kind == SourceKind.IMAP and not source.user):
        raise ValidationError("location", "Say where the mail is (a folder, a file or a server).")
    kind, location, user = source.key
    with notebook.session() as session:
        exists = session.exec(
            select(MailSource).where(
                MailSource.kind == kind, MailSource.location == location, MailSource.user == user
            )
        ).first()
        if exists is None:
            session.add(MailSource(kind=kind, location=location, user=user, name=source.name))


def remove_source(notebook: Notebook, source: Source) -> None:
    """Forget a mailbox and how far it was read (the contacts it logged stay)."""
    kind, location, user = source.key
    with notebook.session() as session:
        for row in session.exec(
            select(MailSource).where(
                MailSource.kind == kind, MailSource.location == location, MailSource.user == user
            )
        ):
            session.delete(row)
