"""contacts logged from the mailbox: the messages already logged and the sources read

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-07

`mail_logged` remembers, per person, a hash of each Message-ID that became a logged contact
(no header is kept), so reading the same mail twice logs nothing twice. `mail_source` is each
mailbox the user chose and how far it was read. `signal.message_id` is the Message-ID the app
gave a draft, so that an answer quoting it is found.

Plain CREATE TABLE and ADD COLUMN: `signal` is not rebuilt, so its last-contact and search
triggers stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mail_logged",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("message_hash", sa.String(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id", "message_hash", name="uq_mail_logged_person_message"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_mail_logged_person_id", "mail_logged", ["person_id"])
    op.create_table(
        "mail_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("read_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "location", "user", name="uq_mail_source"),
    )
    op.add_column("signal", sa.Column("message_id", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    # DROP COLUMN, not a batch rebuild (SQLite 3.35+): the triggers on `signal` stay.
    op.drop_column("signal", "message_id")
    op.drop_table("mail_source")
    op.drop_index("ix_mail_logged_person_id", table_name="mail_logged")
    op.drop_table("mail_logged")
