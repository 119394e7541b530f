"""a person's whole card: postal addresses, name prefix and suffix, nickname, anniversary

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07

Contact files carry more than names, emails and phones; this keeps the rest. `postal_address`
holds a person's addresses, structured (street, city, region, postal code, country) with a
kind; websites and profiles are contact points of kind `url` (no schema change). The person gets
plain ADD COLUMNs with constant defaults, so SQLite does not rebuild the table and the search and
last-contact triggers on it stay as they are.

Addresses are searchable: each is one more kind of index row, with 0007's packed id and the
kind of source 0 (the one 0007 left free), its words in `title` (who the person is: where they
live or work), on SQLite (FTS5, 0007's triggers) and PostgreSQL (0009's tsvector) alike.

Phone numbers already stored are not rewritten here: reading them in E.164 needs the notebook's
region and the phonenumbers release at hand, and a downgrade could not give back what the user
typed. They are read and shown through the same parser (core.people.phones), new ones are
stored parsed.
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sibling(file_name: str, module_name: str) -> ModuleType:
    """An earlier revision's module (migration files are not a package)."""
    path = Path(__file__).with_name(file_name)
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_0007 = _sibling("0007_search_index.py", "relnotebook_migration_0007")
_0009 = _sibling("0009_server_search.py", "relnotebook_migration_0009")

PERSON_TEXTS = ("name_prefix", "name_suffix", "nickname")
_ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")
# "1000 rue Sherbrooke Ouest, Montréal, QC, H3A 3G4, Canada": the parts given, in that order.
_ADDRESS_TEXT = (
    "rtrim("
    + " || ".join(
        f"CASE WHEN {{r}}.{part} <> '' THEN {{r}}.{part} || ', ' ELSE '' END"
        for part in _ADDRESS_PARTS
    )
    + ", ', ')"
)
ADDRESS_SOURCE = _0007.Source(
    "postal_address",
    "0",
    "'address'",
    _ADDRESS_TEXT,
    "''",
    "{r}.person_id",
    "1",
    ("id", "person_id", *_ADDRESS_PARTS),
)
TABLE = ADDRESS_SOURCE.table
_COLUMNS = ", ".join(ADDRESS_SOURCE.columns)


def _sqlite_triggers() -> tuple[str, ...]:
    insert, delete = _0007._insert(ADDRESS_SOURCE, "NEW"), _0007._delete(ADDRESS_SOURCE)
    return (
        f"CREATE TRIGGER search_index_{TABLE}_insert AFTER INSERT ON {TABLE} BEGIN {insert}; END",
        f"CREATE TRIGGER search_index_{TABLE}_update AFTER UPDATE OF {_COLUMNS} ON {TABLE} "
        f"BEGIN {delete}; {insert}; END",
        f"CREATE TRIGGER search_index_{TABLE}_delete AFTER DELETE ON {TABLE} BEGIN {delete}; END",
    )


def _postgresql_trigger() -> tuple[str, ...]:
    old, insert = _0009._id(ADDRESS_SOURCE, "OLD"), _0009._insert(ADDRESS_SOURCE, "NEW")
    function = f"""CREATE FUNCTION search_index_{TABLE}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM search_index WHERE id = {old}; END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN {insert}; END IF;
      RETURN NULL;
    END $$"""
    trigger = (
        f"CREATE TRIGGER search_index_{TABLE} AFTER INSERT OR DELETE OR UPDATE OF {_COLUMNS} "
        f"ON {TABLE} FOR EACH ROW EXECUTE FUNCTION search_index_{TABLE}()"
    )
    return function, trigger


def upgrade() -> None:
    for name in PERSON_TEXTS:
        op.add_column("person", sa.Column(name, sa.String(), nullable=False, server_default=""))
    op.add_column("person", sa.Column("anniversary", sa.Date(), nullable=True))
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(), nullable=False),
        *(sa.Column(part, sa.String(), nullable=False) for part in _ADDRESS_PARTS),
        sa.Column("position", sa.Integer(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_postal_address_person_id"), TABLE, ["person_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _postgresql_trigger():
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{TABLE}_{action}")
        op.execute("DELETE FROM search_index WHERE (rowid & 7) = 0")
    elif dialect == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS search_index_{TABLE} ON {TABLE}")
        op.execute(f"DROP FUNCTION IF EXISTS search_index_{TABLE}()")
        op.execute("DELETE FROM search_index WHERE kind = 'address'")
    op.drop_index(op.f("ix_postal_address_person_id"), table_name=TABLE)
    op.drop_table(TABLE)
    for name in ("anniversary", *reversed(PERSON_TEXTS)):
        op.drop_column("person", name)
