"""Schema versions, through Alembic.

The migrations ship inside the package (`store/migrations`), so an installed app and a frozen
bundle can upgrade a notebook without any Alembic configuration file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in _script().walk_revisions())


def head() -> str:
    heads = _script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {heads}")
    return heads[0]


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema to `revision` inside the caller's transaction."""
    command.upgrade(alembic_config(connection), revision)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic's comparison of the models with the tables: the full-text index (an FTS5
    virtual table and the shadow tables SQLite keeps for it, created by migration 0007) has no
    model, and is not a table Alembic should create or drop."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))
