"""Migration 0022: the sync's markers in `sync_card.fields` ('"erased"', '"kept"') become the
`state` column, the person's digest column starts empty, and the address books' tokens are
forgotten (one full listing next time); from every earlier revision, and back."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from relnotebook.store import Notebook, schema
from tests.test_migrations import make_old_notebook, revision_of

BEFORE = sorted(r for r in schema.known_revisions() if r < "0022")
PARENT = BEFORE[-1]  # 0019 today; whatever comes just before 0022 once the chain is merged


def _rows(path: Path, query: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


def _at_0019_with_markers(path: Path, revision: str) -> None:
    """A notebook at `revision`, taken to the one before 0022 and given a card of each kind, as
    0019 kept them."""
    make_old_notebook(path, revision)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, PARENT)
            connection.exec_driver_sql(
                "INSERT INTO sync_account (id, url, user, addressbook_url, calendar_url, "
                "addressbook_token, backed_up) VALUES (1, 'http://dav/', 'anne', "
                "'http://dav/anne/book/', '', 'http://radicale.org/ns/sync/7', 1)"
            )
            for n, fields in enumerate(['"erased"', '"kept"', '{"role": "ab12"}']):
                connection.exec_driver_sql(
                    "INSERT INTO sync_card (account_id, href, uid, etag, fields) "
                    f"VALUES (1, 'http://dav/anne/book/{n}.vcf', 'u{n}', '\"e\"', '{fields}')"
                )
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", BEFORE)
def test_the_markers_become_the_state_column_from_every_earlier_revision(
    notebook_path: Path, revision: str
) -> None:
    _at_0019_with_markers(notebook_path, revision)
    Notebook.open(notebook_path).close()
    assert revision_of(notebook_path) == schema.head()
    query = "SELECT href, state, fields, person_digest FROM sync_card ORDER BY href"
    assert _rows(notebook_path, query) == [
        ("http://dav/anne/book/0.vcf", "erased", "{}", ""),
        ("http://dav/anne/book/1.vcf", "kept", "{}", ""),
        ("http://dav/anne/book/2.vcf", "", '{"role": "ab12"}', ""),
    ]
    assert _rows(notebook_path, "SELECT addressbook_token FROM sync_account") == [("",)]


def test_the_downgrade_puts_the_markers_back(notebook_path: Path) -> None:
    _at_0019_with_markers(notebook_path, PARENT)
    engine = create_engine(f"sqlite:///{notebook_path}")
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, "0022")
        with engine.begin() as connection:
            schema.downgrade(connection, PARENT)
    finally:
        engine.dispose()
    assert _rows(notebook_path, "SELECT fields FROM sync_card ORDER BY href") == [
        ('"erased"',),
        ('"kept"',),
        ('{"role": "ab12"}',),
    ]
