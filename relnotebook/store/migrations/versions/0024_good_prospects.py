"""good prospects indexed, so that Today finds the newsletter offers waiting without reading
everyone at the stages that may be offered it

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07

Today's offers (`core.outreach.offers`) are read from `ix_person_good_prospect` (good prospect,
stage): a range of a thousand people in a notebook of 50,000, instead of the 27,000
acquaintances and prospects of `ix_person_stage`.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_person_good_prospect", "person", ["good_prospect", "stage"])


def downgrade() -> None:
    op.drop_index("ix_person_good_prospect", table_name="person")
