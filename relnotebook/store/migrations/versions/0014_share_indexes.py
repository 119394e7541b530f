"""indexes for Today's proactive share: contacts and messages by day, read from the index alone

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_contact_on_who", "contact", ["on", "outcome", "initiated_by"])
    op.create_index("ix_signal_sent_on", "signal", ["sent_on"])


def downgrade() -> None:
    op.drop_index("ix_signal_sent_on", table_name="signal")
    op.drop_index("ix_contact_on_who", table_name="contact")
