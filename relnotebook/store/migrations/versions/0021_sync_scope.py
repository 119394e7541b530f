"""whom to sync and what leaves with the cards: the sync account's scope and field opt-in

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-07

`sync_account.scope_tags` and `scope_stages` (JSON lists; both empty: everyone, the default)
choose whose cards the sync keeps on the server; `send_notes` and `send_details` (off by
default) let the notes and the personal details go out in the cards' NOTE.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("scope_tags", sa.String(), nullable=False, server_default="[]"),
        sa.Column("scope_stages", sa.String(), nullable=False, server_default="[]"),
        sa.Column("send_notes", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("send_details", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def upgrade() -> None:
    for column in _columns():
        op.add_column("sync_account", column)


def downgrade() -> None:
    with op.batch_alter_table("sync_account") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
