"""indexes for Today: each person's latest contacts and last message sent

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_contact_person_latest",
        "contact",
        ["person_id", "on", "outcome", "channel", "initiated_by"],
    )
    op.create_index("ix_signal_person_sent_on", "signal", ["person_id", "sent_on"])


def downgrade() -> None:
    op.drop_index("ix_signal_person_sent_on", table_name="signal")
    op.drop_index("ix_contact_person_latest", table_name="contact")
