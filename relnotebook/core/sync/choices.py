"""What the user decides about a sync's clashes and deletions (the app's dialog after Sync Now),
kept in the sync state and applied by the next sync:

- a clash settled for one side: that field's last-sync hash becomes the other side's value, so
  the next sync sees only the chosen side as changed and carries it over;
- a person deleted here, card kept on the server: delete the card there too (queued as for an
  erasure) or keep it (no longer asked);
- a card deleted on the server, person kept here: keep the person (their card is sent again),
  or delete the person here too (at once).
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import col, delete, select

from relnotebook.core.models import SyncCard
from relnotebook.core.people.service import delete_person
from relnotebook.core.sync.cards import digest
from relnotebook.core.sync.erased import ERASED, KEPT
from relnotebook.store import Notebook


def settle_clash(
    notebook: Notebook, person_id: int, name: str, here: Any, there: Any, *, keep_here: bool
) -> None:
    """One field of a clash settled: the next sync takes the chosen side's value."""
    with notebook.session() as session:
        for card in session.exec(select(SyncCard).where(SyncCard.person_id == person_id)):
            base = json.loads(card.fields)
            base[name] = digest(there if keep_here else here)
            card.fields = json.dumps(base, sort_keys=True)
            card.person_digest = ""  # read as a card again at the next sync
            session.add(card)


def settle_deleted_here(notebook: Notebook, href: str, *, delete_there: bool) -> None:
    """A card whose person was deleted here: deleted on the server at the next sync, or kept."""
    with notebook.session() as session:
        for card in session.exec(select(SyncCard).where(SyncCard.href == href)):
            card.state = ERASED if delete_there else KEPT
            session.add(card)


def settle_deleted_on_server(notebook: Notebook, person_id: int, *, delete_here: bool) -> None:
    """A person whose card was deleted on the server: deleted here too, or kept (their card
    is sent again at the next sync)."""
    with notebook.session() as session:
        session.exec(delete(SyncCard).where(col(SyncCard.person_id) == person_id))
    if delete_here:
        delete_person(notebook, person_id)
