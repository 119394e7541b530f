"""global search on PostgreSQL: a tsvector index over the same rows as 0007's FTS5 table

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

SQLite has its index since 0007; this one does nothing there. On PostgreSQL, `search_index`
holds one row per searchable source row, with 0007's packed id (person id << 32 | source id
<< 3 | kind of source) as its primary key, `title` and `body` as 0007 fills them (`SOURCES`,
imported from 0007 so that both databases index the same things), and `vector`, their words
weighted A (title) and D (body). PL/pgSQL triggers keep it current in the same transaction as
the data, one function per source table, as 0007's triggers do.

Words: the `relnotebook_search` configuration is `simple` (no stemming, no stop words: names
and notes in any language) with `unaccent` before it, so that case and accents are ignored.
`search_index_words()` fences each run of characters that are neither letters, digits nor
spaces with `\\x02`, so that the parser splits text where FTS5's tokenizer does rather than
reading emails, hosts and hyphenated words as single tokens; search_server.py fences a text
the same way for ts_headline and drops the fences from what it shows. The vector is stored
(written by the triggers): `unaccent()` is not immutable, and a configuration changed later
must be followed by a migration that refills `vector`.

`unaccent` is a trusted extension (PostgreSQL 13+): the database's owner, or any role allowed
to CREATE in it, may add it. The downgrade leaves it installed: it may have been there before
(IF NOT EXISTS cannot tell), and other objects may call unaccent() without PostgreSQL recording
that they depend on it, so dropping it could break them; an unused extension costs nothing.

Text search needs the database's LC_CTYPE to know non-ASCII letters (any UTF-8 locale other
than C/POSIX): with LC_CTYPE=C, PostgreSQL splits "vélo" into "v" and "lo".
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _revision_0007() -> ModuleType:
    """0007, whose `SOURCES` say what is indexed (migration files are not a package)."""
    path = Path(__file__).with_name("0007_search_index.py")
    spec = importlib.util.spec_from_file_location("relnotebook_migration_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_0007 = _revision_0007()
SOURCES = _0007.SOURCES
TABLES = _0007.TABLES
CONFIG = "relnotebook_search"
WORD_TOKENS = "word, numword, hword, numhword, hword_part, hword_numpart"  # the non-ASCII ones

SETUP_SQL = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {WORD_TOKENS} "
    "WITH unaccent, simple",
    """CREATE FUNCTION search_index_words(t text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT regexp_replace(t, '((?:[^\\w\\s]|_)+)', chr(2) || '\\1' || chr(2), 'g') $$""",
    """CREATE TABLE search_index (
      id bigint PRIMARY KEY,
      person_id integer NOT NULL,
      kind text NOT NULL,
      source_id integer NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      vector tsvector NOT NULL)""",
    "CREATE INDEX search_index_vector ON search_index USING gin (vector)",
    "CREATE INDEX search_index_person ON search_index (person_id)",
)


def _sql(expression: str, r: str) -> str:
    """One of 0007's SQLite expressions for the row `r`, as PostgreSQL writes it."""
    return expression.format(r=r).replace("char(10)", "chr(10)")


def _insert(source: Any, r: str, source_from: str = "") -> str:
    person, title, body = (_sql(getattr(source, n), r) for n in ("person", "title", "body"))
    when = "true" if source.when == "1" else _sql(source.when, r)
    vector = (
        f"setweight(to_tsvector('{CONFIG}', search_index_words({title})), 'A') || "
        f"setweight(to_tsvector('{CONFIG}', search_index_words({body})), 'D')"
    )
    return (
        "INSERT INTO search_index (id, person_id, kind, source_id, title, body, vector) "
        f"SELECT {_id(source, r)}, {person}, {_sql(source.kind, r)}, {r}.id, {title}, {body}, "
        f"{vector}{source_from} WHERE {when}"
    )


def _id(source: Any, r: str) -> str:
    person, code = _sql(source.person, r), _sql(source.code, r)
    return f"((CAST({person} AS bigint) << 32) + (CAST({r}.id AS bigint) << 3) + ({code}))"


def _function(table: str) -> str:
    sources = [source for source in SOURCES if source.table == table]
    deletes = ", ".join(_id(source, "OLD") for source in sources)
    inserts = " ".join(f"{_insert(source, 'NEW')};" for source in sources)
    return f"""CREATE FUNCTION search_index_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM search_index WHERE id IN ({deletes});
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN {inserts} END IF;
      RETURN NULL;
    END $$"""


def _trigger(table: str) -> str:
    columns = ", ".join(
        dict.fromkeys(c for source in SOURCES if source.table == table for c in source.columns)
    )
    return (
        f"CREATE TRIGGER search_index_{table} AFTER INSERT OR DELETE OR UPDATE OF {columns} "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION search_index_{table}()"
    )


BACKFILL_SQL = tuple(_insert(source, "src", f" FROM {source.table} AS src") for source in SOURCES)
TRIGGER_SQL = tuple(
    statement for table in TABLES for statement in (_function(table), _trigger(table))
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (*SETUP_SQL, *BACKFILL_SQL, *TRIGGER_SQL):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS search_index_{table} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_index_{table}()")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP FUNCTION IF EXISTS search_index_words(text)")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")
