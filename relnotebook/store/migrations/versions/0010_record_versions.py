"""a version number on the records edited in forms, for edits made at the same time

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

A notebook on a server can be open on two computers at once. Each change of a person, a note, a
personal detail, a task, an event or a referral adds one to its `version`; a change started
from an older version is refused and offered to the user instead of silently replacing the
other one (`models.Versioned`). Existing rows start at 1.

A plain ADD COLUMN with a constant default: SQLite does not rebuild the table, so the search
and last-contact triggers on these tables stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("person", "note", "personal_detail", "task", "event", "referral")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        # DROP COLUMN, not a batch rebuild (SQLite 3.35+), for the same reason as above.
        op.drop_column(table, "version")
