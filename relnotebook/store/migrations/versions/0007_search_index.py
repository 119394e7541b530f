"""global search: an FTS5 index over names, organisations, contact points, notes, details, messages

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

One index row per searchable source row, kept current by triggers, so the index changes in the
same transaction as the data (cascade deletes fire the child tables' triggers too).

Each row's rowid packs whose it is and where it comes from: person id << 32 | source id << 3 |
the kind of source (1 name, 2 organisation, 3 email, 4 phone, 5 note, 6 personal detail, 7
message sent). A trigger finds its index row by rowid instead of scanning the UNINDEXED
columns, and a search reads the person and the source of a match from the rowid alone, without
looking up the row: that keeps typing in the search box fast. (Ids stay below 2**29 and 2**31:
half a billion notes.) `title` holds who the person is (name, organisation and role, an email
or phone), `body` what was said or written; the rank weighs `title` higher.

A later migration that rebuilds one of the source tables (batch mode copies and drops it) drops
its triggers with it, and must create them again (`TRIGGER_SQL` below, as of this revision).
FTS5 is SQLite's: another database gets its own text search from its own migration.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


@dataclass(frozen=True)
class Source:
    """One kind of index row: `{r}` in the expressions stands for the source row."""

    table: str
    code: str  # SQL expression for the low three bits of the rowid
    kind: str  # SQL expression for the `kind` column
    title: str
    body: str
    person: str
    when: str  # only rows where this holds are indexed
    columns: tuple[str, ...]  # an update of one of these re-indexes the row


_PERSON_COLUMNS = ("id", "given_name", "family_name", "preferred_name", "organisation", "role")
SOURCES = (
    Source(
        "person",
        "1",
        "'name'",
        "trim({r}.given_name || CASE WHEN {r}.preferred_name <> '' "
        "THEN ' (' || {r}.preferred_name || ')' ELSE '' END || ' ' || {r}.family_name)",
        "''",
        "{r}.id",
        "1",
        _PERSON_COLUMNS,
    ),
    Source(
        "person",
        "2",
        "'organisation'",
        "trim({r}.organisation || CASE WHEN {r}.organisation <> '' AND {r}.role <> '' "
        "THEN ', ' ELSE '' END || {r}.role)",
        "''",
        "{r}.id",
        "{r}.organisation <> '' OR {r}.role <> ''",
        _PERSON_COLUMNS,
    ),
    Source(
        "contact_point",
        "CASE {r}.kind WHEN 'phone' THEN 4 ELSE 3 END",
        "{r}.kind",
        "{r}.value",
        "''",
        "{r}.person_id",
        "1",
        ("id", "person_id", "kind", "value"),
    ),
    Source(
        "note", "5", "'note'", "''", "{r}.text", "{r}.person_id", "1", ("id", "person_id", "text")
    ),
    Source(
        "personal_detail",
        "6",
        "'detail'",
        "''",
        "{r}.text",
        "{r}.person_id",
        "1",
        ("id", "person_id", "text"),
    ),
    Source(
        "signal",
        "7",
        "'signal'",
        "''",
        "trim({r}.subject || char(10) || {r}.body)",
        "{r}.person_id",
        "1",
        ("id", "person_id", "subject", "body"),
    ),
)
TABLES = tuple(dict.fromkeys(source.table for source in SOURCES))

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, person_id UNINDEXED, kind UNINDEXED, source_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
# A match in who the person is counts five times one in what was said about them.
RANK = "INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(5.0, 1.0)')"


def _rowid(source: Source, r: str) -> str:
    return f"(({source.person.format(r=r)}) << 32) + ({r}.id << 3) + ({source.code.format(r=r)})"


def _insert(source: Source, r: str, source_from: str = "") -> str:
    e = {
        name: getattr(source, name).format(r=r)
        for name in ("kind", "title", "body", "person", "when")
    }
    return (
        "INSERT INTO search_index (rowid, title, body, person_id, kind, source_id) "
        f"SELECT {_rowid(source, r)}, {e['title']}, {e['body']}, {e['person']}, "
        f"{e['kind']}, {r}.id{source_from} WHERE {e['when']}"
    )


def _delete(source: Source) -> str:
    return f"DELETE FROM search_index WHERE rowid = {_rowid(source, 'OLD')}"


def _triggers(table: str) -> list[str]:
    sources = [source for source in SOURCES if source.table == table]
    columns = ", ".join(dict.fromkeys(c for source in sources for c in source.columns))
    inserts = "".join(f"{_insert(source, 'NEW')}; " for source in sources)
    deletes = "".join(f"{_delete(source)}; " for source in sources)
    return [
        f"CREATE TRIGGER search_index_{table}_insert AFTER INSERT ON {table} BEGIN {inserts}END",
        f"CREATE TRIGGER search_index_{table}_update AFTER UPDATE OF {columns} ON {table} "
        f"BEGIN {deletes}{inserts}END",
        f"CREATE TRIGGER search_index_{table}_delete AFTER DELETE ON {table} BEGIN {deletes}END",
    ]


TRIGGER_SQL = tuple(statement for table in TABLES for statement in _triggers(table))
BACKFILL_SQL = tuple(_insert(source, "src", f" FROM {source.table} AS src") for source in SOURCES)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(CREATE_TABLE)
    op.execute(RANK)
    for statement in BACKFILL_SQL:
        op.execute(statement)
    for statement in TRIGGER_SQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{table}_{action}")
    op.execute("DROP TABLE IF EXISTS search_index")
