"""Schema versions, through Alembic.

The migrations ship inside the package (`store/migrations`), so an installed app and a frozen
bundle can upgrade a notebook without any Alembic configuration file.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:  # Alembic is imported when a migration runs: it costs a start ~0.1 s
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^revision: str = "(\w+)"$', re.MULTILINE)
_DOWN = re.compile(r'^down_revision: str \| None = (?:"(\w+)"|None)$', re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _chain() -> dict[str, str | None]:
    """{revision: down_revision}, read from the migration files' headers (the fixed lines
    Alembic's template writes) without importing Alembic: opening a notebook only needs to
    know the revisions, and a test checks this against Alembic's own reading."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"{path.name} has no revision header Alembic's template writes")
        chain[revision.group(1)] = down.group(1)
    return chain


def known_revisions() -> frozenset[str]:
    return frozenset(_chain())


def head() -> str:
    chain = _chain()
    heads = sorted(set(chain) - {down for down in chain.values() if down is not None})
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {heads}")
    return heads[0]


# Alembic's `op` and `context` are module-wide: two migrations at once in one process (a
# server notebook's backup, which creates an SQLite copy off the UI thread, while another
# notebook opens) would each find the other's configuration. One at a time.
_MIGRATING = threading.Lock()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema to `revision` inside the caller's transaction."""
    from alembic import command

    with _MIGRATING:
        command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    """Take the schema back to `revision` inside the caller's transaction (a copy of a notebook
    written by an earlier version goes back to that version after being changed)."""
    from alembic import command

    with _MIGRATING:
        command.downgrade(alembic_config(connection), revision)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic's comparison of the models with the tables: the full-text index (an FTS5
    virtual table and the shadow tables SQLite keeps for it, created by migration 0007) has no
    model, and is not a table Alembic should create or drop."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))
