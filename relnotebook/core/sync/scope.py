"""Whom the sync keeps on the server, what leaves with their cards, and the one account.

The scope is kept on the sync account: everyone (the default), or the people with one of the
chosen tags or at one of the chosen stages. A person outside it is not sent; a card already on
the server for someone who leaves the scope stays there as it was and is no longer updated
(nor read) until they are back in it — nothing is deleted because a choice changed. A card new
on the phone always comes in, whatever the scope.

Notes and personal details never leave unless the user opts in, field by field: then the card's
NOTE carries them (see `cards.note_text`). They go one way: what the phone does to that NOTE is
not brought back, and turning an opt-in off takes them off the server at the next sync.

The notebook syncs with one server: choosing another address or user name forgets what was
synced with the previous one (its cards' links, ETags, calendar items), in the transaction that
saves the choice; the new server starts fresh and the old one keeps what it holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from relnotebook.core import settings
from relnotebook.core.exchange.people_export import ExportedPerson
from relnotebook.core.models import Stage, SyncAccount, SyncCard, SyncItem, Tag
from relnotebook.core.sync.dav import DavAccount
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook


def tag_key(name: str) -> str:
    """A tag as the notebook stores it (people.service): single spaces, case-folded."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Scope:
    tags: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    notes: bool = False  # the person's notes go out in the card's NOTE
    details: bool = False  # their personal details too

    @property
    def everyone(self) -> bool:
        return not self.tags and not self.stages

    def includes(self, person: ExportedPerson) -> bool:
        return (
            self.everyone
            or person.stage in self.stages
            or any(tag in self.tags for tag in person.tags)
        )

    def people(self, people: Iterable[ExportedPerson]) -> list[ExportedPerson]:
        return [p for p in people if self.includes(p)]


def _account_row(session: Session, account: DavAccount) -> SyncAccount | None:
    return session.exec(
        select(SyncAccount).where(SyncAccount.url == account.url, SyncAccount.user == account.user)
    ).first()


def scope_of(row: SyncAccount | None) -> Scope:
    if row is None:
        return Scope()
    return Scope(
        tuple(json.loads(row.scope_tags)),
        tuple(json.loads(row.scope_stages)),
        row.send_notes,
        row.send_details,
    )


def read_scope(notebook: Notebook, account: DavAccount) -> Scope:
    with notebook.reader() as session:
        return scope_of(_account_row(session, account))


def all_tags(notebook: Notebook) -> list[str]:
    with notebook.reader() as session:
        return list(session.exec(select(Tag.name).order_by(col(Tag.name))))


def checked(session: Session, scope: Scope) -> Scope:
    """`scope` with its tags as stored; raises `ValidationError` for a tag or stage the
    notebook does not have."""
    tags = tuple(dict.fromkeys(tag_key(t) for t in scope.tags if tag_key(t)))
    known = set(session.exec(select(Tag.name).where(col(Tag.name).in_(tags))))
    for tag in tags:
        if tag not in known:
            raise ValidationError("tags", "No one has the tag “{tag}”.", tag=tag)
    stages = {s.value for s in Stage}
    for stage in scope.stages:
        if stage not in stages:
            raise ValidationError("stages", "“{stage}” is not a stage.", stage=stage)
    return Scope(tags, tuple(dict.fromkeys(scope.stages)), scope.notes, scope.details)


def keep_scope(session: Session, account: DavAccount, scope: Scope) -> None:
    """`scope` on the account, in the caller's transaction (the row made when missing)."""
    scope = checked(session, scope)
    row = _account_row(session, account) or SyncAccount(url=account.url, user=account.user)
    row.scope_tags = json.dumps(list(scope.tags), ensure_ascii=False)
    row.scope_stages = json.dumps(list(scope.stages))
    row.send_notes, row.send_details = scope.notes, scope.details
    session.add(row)


def set_scope(notebook: Notebook, account: DavAccount, scope: Scope) -> None:
    """Keep `scope` on the account (made when it has not synced yet)."""
    with notebook.session() as session:
        keep_scope(session, account, scope)


def other_accounts(notebook: Notebook, account: DavAccount | None) -> list[DavAccount]:
    """The accounts that synced besides `account`: what choosing `account` forgets."""
    with notebook.reader() as session:
        rows = session.exec(select(SyncAccount).where(col(SyncAccount.synced_at).is_not(None)))
        found = [DavAccount(r.url, r.user) for r in rows]
    return [a for a in found if a != account]


def _forget_others(session: Session, keep: int | None) -> None:
    others = [
        row.id for row in session.exec(select(SyncAccount)) if row.id is not None and row.id != keep
    ]
    if not others:
        return
    session.exec(delete(SyncCard).where(col(SyncCard.account_id).in_(others)))
    session.exec(delete(SyncItem).where(col(SyncItem.account_id).in_(others)))
    session.exec(delete(SyncAccount).where(col(SyncAccount.id).in_(others)))


def choose_account(notebook: Notebook, account: DavAccount | None, scope: Scope) -> None:
    """Sync Settings saved: the server's address and user name, and `scope`, in one
    transaction that forgets any other account's state (their cards stay on their server).
    No account (the address cleared): nothing is forgotten, no sync runs."""
    with notebook.session() as session:
        settings.set_text_in(session, settings.SYNC_URL, account.url if account else "")
        settings.set_text_in(session, settings.SYNC_USER, account.user if account else "")
        if account is None:
            return
        keep_scope(session, account, scope)
        session.flush()
        row = _account_row(session, account)
        _forget_others(session, row.id if row is not None else None)
