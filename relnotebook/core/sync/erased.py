"""A person erased deletes their card on the sync server too: at erasure their `sync_card` rows
are marked (`sync_card.state` is `ERASED`; the link to them is unset as for any deletion), and
the cards are deleted from the server at once when it can be reached, else at the next sync
(`sync()` starts with them). A marked row is gone once its card is."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlmodel import Session, col, delete, select, update

from relnotebook.core.models import SyncAccount, SyncCard
from relnotebook.core.sync.dav import DavAccount, Server, SyncError, account_password
from relnotebook.store import Notebook

if TYPE_CHECKING:
    from relnotebook.core.privacy.erasure import ErasureReport

ERASED = "erased"  # sync_card.state of a card to delete from the server
KEPT = "kept"  # a card whose person was deleted here, kept on the server: no longer asked


def queue_erased_cards(session: Session, person_id: int) -> int:
    """Mark the person's cards for deletion from the server, in the erasure's unit of work;
    how many they had."""
    return int(
        session.exec(
            update(SyncCard).where(col(SyncCard.person_id) == person_id).values(state=ERASED)
        ).rowcount
    )


def erased_cards_waiting(notebook: Notebook) -> int:
    with notebook.reader() as session:
        return len(list(session.exec(select(SyncCard.id).where(SyncCard.state == ERASED))))


def delete_erased_cards(notebook: Notebook, account: DavAccount, password: str | None) -> int:
    """Delete from the server the cards of people erased (those of `account`), then their rows;
    how many. Raises `SyncError` (the rows stay: deleted at the next sync)."""
    with notebook.reader() as session:
        rows = list(
            session.exec(
                select(SyncCard.id, SyncCard.href)
                .join(SyncAccount, col(SyncAccount.id) == SyncCard.account_id)
                .where(SyncCard.state == ERASED, SyncAccount.url == account.url)
                .where(SyncAccount.user == account.user)
            )
        )
    if not rows:
        return 0
    server = Server(account, password)
    for _id, href in rows:
        server.delete(href)  # a card already gone (404) is as good as deleted
    with notebook.session() as session:
        session.exec(delete(SyncCard).where(col(SyncCard.id).in_([i for i, _h in rows])))
    return len(rows)


def delete_erased_now(
    notebook: Notebook, password_for: Callable[[DavAccount], str | None] | None = None
) -> bool:
    """Right after an erasure: the marked cards deleted from each account's server that can be
    reached (the password from `password_for`, else the keyring); True when none waits now."""
    with notebook.reader() as session:
        accounts = [
            DavAccount(url, user)
            for url, user in session.exec(
                select(SyncAccount.url, SyncAccount.user)
                .join(SyncCard, col(SyncCard.account_id) == SyncAccount.id)
                .where(SyncCard.state == ERASED)
                .distinct()
            )
        ]
    for account in accounts:
        password = password_for(account) if password_for is not None else None
        if password is None and account.user:
            password = account_password(account)
        if password is None and account.user:
            continue
        with contextlib.suppress(SyncError):
            delete_erased_cards(notebook, account, password)
    return erased_cards_waiting(notebook) == 0


def after_erasure(
    notebook: Notebook,
    reports: list[ErasureReport],
    password_for: Callable[[DavAccount], str | None] | None = None,
) -> list[ErasureReport]:
    """The reports of an erasure with whether their cards are gone from the server already."""
    if not any(report.server_cards for report in reports):
        return reports
    gone = delete_erased_now(notebook, password_for)
    return [replace(report, server_cards_deleted=gone) for report in reports]
