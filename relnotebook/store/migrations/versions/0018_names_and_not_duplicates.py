"""a name's prefix, suffix and nickname searchable; pairs said not to be duplicates

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-07

The name row of the search index (0007's kind of source 1) gets the name prefix, suffix and
nickname 0012 added to the person ("Dr Jean (JJ) Tremblay Jr “Ti-Jean”"), on SQLite (FTS5: the
person's triggers made again, as 0007 makes them but for that title) and PostgreSQL (0009's
function replaced), and the name rows are indexed again. A person without them reads as
before.

`not_duplicate` holds the pairs of people the user said are two people, so that Find
Duplicates does not list them again; each row belongs to both (deleted with either).
"""

import dataclasses
import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "not_duplicate"


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

_OLD_NAME, _ORGANISATION = (source for source in _0007.SOURCES if source.table == "person")
NAME = dataclasses.replace(
    _OLD_NAME,
    title=(
        "trim(CASE WHEN {r}.name_prefix <> '' THEN {r}.name_prefix || ' ' ELSE '' END || "
        + _OLD_NAME.title
        + " || CASE WHEN {r}.name_suffix <> '' THEN ' ' || {r}.name_suffix ELSE '' END"
        " || CASE WHEN {r}.nickname <> '' THEN ' “' || {r}.nickname || '”' ELSE '' END)"
    ),
    columns=(*_OLD_NAME.columns, "name_prefix", "name_suffix", "nickname"),
)


def _sqlite_triggers(sources: tuple[Any, ...]) -> tuple[str, ...]:
    """0007's triggers on `person`, for these sources."""
    columns = ", ".join(dict.fromkeys(c for source in sources for c in source.columns))
    inserts = "".join(f"{_0007._insert(source, 'NEW')}; " for source in sources)
    deletes = "".join(f"{_0007._delete(source)}; " for source in sources)
    return (
        f"CREATE TRIGGER search_index_person_insert AFTER INSERT ON person BEGIN {inserts}END",
        f"CREATE TRIGGER search_index_person_update AFTER UPDATE OF {columns} ON person "
        f"BEGIN {deletes}{inserts}END",
        f"CREATE TRIGGER search_index_person_delete AFTER DELETE ON person BEGIN {deletes}END",
    )


def _postgresql(sources: tuple[Any, ...]) -> tuple[str, ...]:
    """0009's function and trigger on `person`, for these sources."""
    columns = ", ".join(dict.fromkeys(c for source in sources for c in source.columns))
    deletes = ", ".join(_0009._id(source, "OLD") for source in sources)
    inserts = " ".join(f"{_0009._insert(source, 'NEW')};" for source in sources)
    return (
        "DROP TRIGGER IF EXISTS search_index_person ON person",
        f"""CREATE OR REPLACE FUNCTION search_index_person() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM search_index WHERE id IN ({deletes});
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN {inserts} END IF;
          RETURN NULL;
        END $$""",
        f"CREATE TRIGGER search_index_person AFTER INSERT OR DELETE OR UPDATE OF {columns} "
        "ON person FOR EACH ROW EXECUTE FUNCTION search_index_person()",
    )


def _index_names(name: Any) -> None:
    """The person's triggers and name rows, as `name` says."""
    dialect = op.get_bind().dialect.name
    sources = (name, _ORGANISATION)
    if dialect == "sqlite":
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_person_{action}")
        for statement in _sqlite_triggers(sources):
            op.execute(statement)
        op.execute("DELETE FROM search_index WHERE (rowid & 7) = 1")
        op.execute(_0007._insert(name, "src", " FROM person AS src"))
    elif dialect == "postgresql":
        for statement in _postgresql(sources):
            op.execute(statement)
        op.execute("DELETE FROM search_index WHERE (id & 7) = 1")
        op.execute(_0009._insert(name, "src", " FROM person AS src"))


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id", "other_id", name="uq_not_duplicate_pair"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_not_duplicate_person_id", TABLE, ["person_id"])
    op.create_index("ix_not_duplicate_other_id", TABLE, ["other_id"])
    _index_names(NAME)


def downgrade() -> None:
    _index_names(_OLD_NAME)
    op.drop_index("ix_not_duplicate_other_id", table_name=TABLE)
    op.drop_index("ix_not_duplicate_person_id", table_name=TABLE)
    op.drop_table(TABLE)
