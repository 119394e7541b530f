"""each person's name and organisation kept folded, for the People list

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

`person.name_key` (the name as shown) and `person.organisation_key`, accent- and case-free and
indexed: the People list is ordered and filtered in SQL, a screenful read at a time, instead of
reading all 50,000 people to sort them in Python. Filled here by the app's own fold
(`core.people.keys`), a batch at a time, so that what is stored is what the app computes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from relnotebook.core.people.keys import KEYED, NAME_KEY, ORGANISATION_KEY, refresh_person_keys

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = (NAME_KEY, ORGANISATION_KEY)
INDEXES = {
    "ix_person_by_name": (NAME_KEY, ORGANISATION_KEY, "stage"),
    "ix_person_by_organisation": (ORGANISATION_KEY, NAME_KEY, "stage"),
}


def upgrade() -> None:
    for name in KEYS:
        op.add_column("person", sa.Column(name, sa.String(), nullable=False, server_default=""))
    person = sa.table("person", sa.column("id"), *(sa.column(name) for name in (*KEYED, *KEYS)))
    refresh_person_keys(op.get_bind(), person=person)
    # Covering the list's filter (name, organisation, stage) in either order: the list is read
    # from the index alone, not from each row (0.1 s at 50,000 people).
    for name, columns in INDEXES.items():
        op.create_index(name, "person", list(columns))


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="person")
    for name in KEYS:
        op.drop_column("person", name)
