"""a person's whole card: postal addresses, name prefix and suffix, nickname, anniversary

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

Contact files carry more than names, emails and phones; this keeps the rest. `postal_address`
holds a person's addresses, structured (street, city, region, postal code, country) with a
kind; websites and profiles are contact points of kind `url` (no schema change). The person gets
plain ADD COLUMNs with constant defaults, so SQLite does not rebuild the table and the search and
last-contact triggers on it stay as they are.

Addresses are searchable: each is one more kind of index row, with 0007's packed id and the
kind of source 0 (the one 0007 left free), its words in `title` (who the person is: where they
live or work), on SQLite (FTS5, 0007's triggers) and PostgreSQL (0009's tsvector) alike.

Phone numbers are now stored in E.164, one word to the text index: the contact points' index
rows get the number's digits in groups after it (`_phone_source`), both databases, and are
indexed again. Phone numbers already stored are not rewritten here: reading them in E.164 needs the notebook's
region and the phonenumbers release at hand, and a downgrade could not give back what the user
typed. They are read and shown through the same parser (core.people.phones), new ones are
stored parsed.
"""

import dataclasses
import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
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
_POINT = next(source for source in _0007.SOURCES if source.table == "contact_point")
# A number stored in E.164 ("+15145550199;ext=12") is one word to the index: its last ten
# digits follow it in the title, grouped as North American numbers are written ("514 555
# 0199"), so that typing "555-0199" or "514 555" still finds it, and the snippet reads as a number. As
# SQLite and PostgreSQL write "the last n digits".
_DIGITS = {
    "sqlite": "substr({r}.value, 2, instr({r}.value || ';', ';') - 2)",
    "postgresql": "substr({r}.value, 2, strpos({r}.value || ';', ';') - 2)",
}


def _groups(dialect: str) -> str:
    digits = _DIGITS[dialect]
    if dialect == "sqlite":
        pieces = [f"substr({digits}, {-n}, {k})" for n, k in ((10, 3), (7, 3))]
        pieces.append(f"substr({digits}, -4)")
    else:
        pieces = [f"left(right({digits}, {n}), {k})" for n, k in ((10, 3), (7, 3))]
        pieces.append(f"right({digits}, 4)")
    joined = " || ' ' || ".join(pieces)
    return f"{{r}}.value || CASE WHEN {{r}}.value LIKE '+%' THEN ' ' || {joined} ELSE '' END"


def _phone_source(dialect: str) -> object:
    return dataclasses.replace(_POINT, title=_groups(dialect))


def _columns(source: object) -> str:
    return ", ".join(source.columns)  # type: ignore[attr-defined]  # 0007's Source


def _sqlite_triggers(source: object) -> tuple[str, ...]:
    table = source.table  # type: ignore[attr-defined]
    insert, delete = _0007._insert(source, "NEW"), _0007._delete(source)
    return (
        f"CREATE TRIGGER search_index_{table}_insert AFTER INSERT ON {table} BEGIN {insert}; END",
        f"CREATE TRIGGER search_index_{table}_update AFTER UPDATE OF {_columns(source)} "
        f"ON {table} BEGIN {delete}; {insert}; END",
        f"CREATE TRIGGER search_index_{table}_delete AFTER DELETE ON {table} BEGIN {delete}; END",
    )


def _postgresql_function(source: object) -> str:
    table = source.table  # type: ignore[attr-defined]
    old, insert = _0009._id(source, "OLD"), _0009._insert(source, "NEW")
    return f"""CREATE OR REPLACE FUNCTION search_index_{table}() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM search_index WHERE id = {old}; END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN {insert}; END IF;
      RETURN NULL;
    END $$"""


def _postgresql_trigger(source: object) -> str:
    table = source.table  # type: ignore[attr-defined]
    return (
        f"CREATE TRIGGER search_index_{table} AFTER INSERT OR DELETE OR UPDATE OF "
        f"{_columns(source)} ON {table} FOR EACH ROW EXECUTE FUNCTION search_index_{table}()"
    )


def _drop_sqlite_triggers(table: str) -> None:
    for action in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS search_index_{table}_{action}")


def _reindex_points(dialect: str, source: object) -> None:
    """Contact points indexed again, as `source` says (kinds of source 3 and 4)."""
    if dialect == "sqlite":
        op.execute("DELETE FROM search_index WHERE (rowid & 7) IN (3, 4)")
        op.execute(_0007._insert(source, "src", " FROM contact_point AS src"))
    else:
        op.execute("DELETE FROM search_index WHERE (id & 7) IN (3, 4)")
        op.execute(_0009._insert(source, "src", " FROM contact_point AS src"))


def upgrade() -> None:
    for name in PERSON_TEXTS:
        op.add_column("person", sa.Column(name, sa.String(), nullable=False, server_default=""))
    op.add_column("person", sa.Column("anniversary", sa.Date(), nullable=True))
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(), nullable=False),
        *(sa.Column(part, sa.String(), nullable=False) for part in _ADDRESS_PARTS),
        sa.Column("position", sa.Integer(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_postal_address_person_id"), TABLE, ["person_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _sqlite_triggers(ADDRESS_SOURCE):
            op.execute(statement)
        _drop_sqlite_triggers("contact_point")
        for statement in _sqlite_triggers(_phone_source(dialect)):
            op.execute(statement)
        _reindex_points(dialect, _phone_source(dialect))
    elif dialect == "postgresql":
        op.execute(_postgresql_function(ADDRESS_SOURCE))
        op.execute(_postgresql_trigger(ADDRESS_SOURCE))
        op.execute(_postgresql_function(_phone_source(dialect)))
        _reindex_points(dialect, _phone_source(dialect))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_sqlite_triggers(TABLE)
        op.execute("DELETE FROM search_index WHERE (rowid & 7) = 0")
        _drop_sqlite_triggers("contact_point")
        for statement in _0007._triggers("contact_point"):
            op.execute(statement)
        _reindex_points(dialect, _POINT)
    elif dialect == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS search_index_{TABLE} ON {TABLE}")
        op.execute(f"DROP FUNCTION IF EXISTS search_index_{TABLE}()")
        op.execute("DELETE FROM search_index WHERE kind = 'address'")
        op.execute(_postgresql_function(_POINT))
        _reindex_points(dialect, _POINT)
    op.drop_index(op.f("ix_postal_address_person_id"), table_name=TABLE)
    op.drop_table(TABLE)
    for name in ("anniversary", *reversed(PERSON_TEXTS)):
        op.drop_column("person", name)
