"""the sync's state of a card in a column of its own, and what the person looked like

Revision ID: 0022
Revises: 0019
Create Date: 2026-12-07

`sync_card.state` says what waits for a card whose person is gone here: "erased" (delete it from
the server at the next sync) or "kept" (the user keeps it there: no longer asked); "" for a card
in use. They were markers in place of the fields' hashes (`'"erased"'`, `'"kept"'`): converted,
their fields set to "{}". `sync_card.person_digest` is a digest of the person as last synced, so
a sync reads as a card only the people changed since ("" until then: read once).

The address books' sync tokens are forgotten: the next sync lists each address book in full
once, so that a card kept at its old ETag by a clash before this version is read again.

Plain ADD/DROP COLUMN (SQLite 3.35+), no table rebuild.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MARKERS = (("erased", '"erased"'), ("kept", '"kept"'))


def upgrade() -> None:
    op.add_column("sync_card", sa.Column("state", sa.String(), nullable=False, server_default=""))
    op.add_column(
        "sync_card", sa.Column("person_digest", sa.String(), nullable=False, server_default="")
    )
    card = sa.table("sync_card", sa.column("state"), sa.column("fields"))
    for state, marker in _MARKERS:
        op.execute(card.update().where(card.c.fields == marker).values(state=state, fields="{}"))
    account = sa.table("sync_account", sa.column("addressbook_token"))
    op.execute(account.update().values(addressbook_token=""))


def downgrade() -> None:
    card = sa.table("sync_card", sa.column("state"), sa.column("fields"))
    for state, marker in _MARKERS:
        op.execute(card.update().where(card.c.state == state).values(fields=marker))
    op.drop_column("sync_card", "person_digest")
    op.drop_column("sync_card", "state")
