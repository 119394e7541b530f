"""the notebook meets the phone: the DAV account and what was last synced with it

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07

`sync_account` is the user's CalDAV/CardDAV server (no password: the keyring has it), the
address book and calendar found there and the last sync token. `sync_card` links a person to
their card there (href, ETag, a hash per field as last synced); `person_id` is unset when the
person is deleted here, so the card is not taken for a new one. `sync_item` is each event put
in the app's own calendar, by the .ics export's UID.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("addressbook_url", sa.String(), nullable=False),
        sa.Column("calendar_url", sa.String(), nullable=False),
        sa.Column("addressbook_token", sa.String(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.Column("backed_up", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url", "user", name="uq_sync_account"),
    )
    op.create_table(
        "sync_card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("href", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["sync_account.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "href", name="uq_sync_card_href"),
    )
    op.create_index("ix_sync_card_person_id", "sync_card", ["person_id"])
    op.create_table(
        "sync_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("href", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["sync_account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "uid", name="uq_sync_item_uid"),
    )


def downgrade() -> None:
    op.drop_table("sync_item")
    op.drop_index("ix_sync_card_person_id", table_name="sync_card")
    op.drop_table("sync_card")
    op.drop_table("sync_account")
