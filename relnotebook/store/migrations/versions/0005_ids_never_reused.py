"""ids are never reused (SQLite AUTOINCREMENT), so undo can always put a row back

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Parents before children does not matter here: the store runs migrations with foreign keys off
# and checks them before committing.
TABLES = (
    "person",
    "contact_point",
    "tag",
    "event",
    "note",
    "personal_detail",
    "signal",
    "follow_up",
    "message_template",
    "contact",
    "sweep",
    "task",
    "referral",
    "newsletter_consent",
)


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases never reuse ids from a sequence
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
