"""Migration 0021 (the sync account's scope and opt-ins): an account synced before it keeps
syncing everyone with nothing private sent, from every revision that had the account; and it
goes back down keeping the account."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from relnotebook.core.sync.dav import DavAccount
from relnotebook.core.sync.scope import Scope, read_scope
from relnotebook.store import Notebook, schema
from tests.test_migrations import make_old_notebook, revision_of

pytestmark = pytest.mark.sqlite_only
HAD_ACCOUNTS = [r for r in sorted(schema.known_revisions()) if "0019" <= r < "0021"]


def _account_at(path: Path, revision: str) -> None:
    make_old_notebook(path, revision)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO sync_account (url, user, addressbook_url, calendar_url, "
                "addressbook_token, backed_up) VALUES ('https://dav.example.com/', 'anne', "
                "'', '', '', 1)"
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", HAD_ACCOUNTS)
def test_an_account_from_before_syncs_everyone_and_sends_nothing_private(
    notebook_path: Path, revision: str
) -> None:
    _account_at(notebook_path, revision)
    notebook = Notebook.open(notebook_path)
    try:
        assert read_scope(notebook, DavAccount("https://dav.example.com/", "anne")) == Scope()
        with notebook.engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0019")
            columns = {c["name"] for c in inspect(connection).get_columns("sync_account")}
            assert "scope_tags" not in columns and "send_notes" not in columns
            rows = connection.exec_driver_sql("SELECT url, user FROM sync_account").all()
            assert rows == [("https://dav.example.com/", "anne")]
    finally:
        notebook.close()
    assert revision_of(notebook_path) == "0019"
