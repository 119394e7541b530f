"""how a personal detail is mentioned in a message, and tu or vous per person

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

A personal detail is written down as heard ("Fait du vélo de montagne à Bromont"); a message
mentions it in the second person (« ton vélo de montagne à Bromont »). The mention is suggested
as the detail is typed and the user may correct it: it is kept per form of address, English,
French « tu » and French « vous ». NULL: not suggested yet (drafts suggest one then); "": no
mention, the draft uses a sentence that needs none.

A person's French form of address, "tu" or "vous"; NULL follows the Settings default.

Plain ADD COLUMNs: SQLite does not rebuild the tables, so their triggers stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MENTIONS = ("mention_en", "mention_tu", "mention_vous")


def upgrade() -> None:
    for column in MENTIONS:
        op.add_column("personal_detail", sa.Column(column, sa.String(), nullable=True))
    op.add_column("person", sa.Column("french_form", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("person", "french_form")
    for column in MENTIONS:
        op.drop_column("personal_detail", column)
