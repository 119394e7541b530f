"""The sync's main scenarios again, against a second server: Xandikos (tests/xandikos_server.py).

The tests are test_sync's own, imported here so that pytest runs them a second time with this
module's `server` and `account`: a Xandikos of their own per test (it serves one user). What
passes against Radicale alone may lean on Radicale's habits (its URLs, its ETags, how it answers a
sync token); a second implementation that follows the RFCs closely keeps the sync honest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from relnotebook.core.sync.dav import DavAccount
from tests import xandikos_server
from tests.test_sync import (  # noqa: F401  (collected again here, against Xandikos)
    test_a_card_changed_on_the_phone_during_the_sync_is_left_for_the_next_one,
    test_a_card_edited_on_the_phone_comes_in_and_an_edit_here_goes_out,
    test_a_deletion_on_either_side_is_reported_and_nothing_is_deleted,
    test_a_dry_run_writes_nothing_anywhere,
    test_a_sync_killed_midway_leaves_the_notebook_as_it_was_and_the_next_one_finishes,
    test_first_sync_sends_people_without_notes_and_brings_the_phones_contacts,
    test_the_agenda_goes_to_the_apps_own_calendar_with_the_exports_uids,
    test_the_same_field_changed_on_both_sides_is_a_clash_and_neither_is_overwritten,
)

pytest.importorskip("caldav", reason="caldav is not installed")


@pytest.fixture
def server() -> Iterator[xandikos_server.Server]:
    try:
        running = xandikos_server.start()
    except xandikos_server.ServerUnavailable as exc:
        pytest.skip(f"no Xandikos server for the tests: {exc}")
    yield running
    running.stop()


@pytest.fixture
def account(server: xandikos_server.Server) -> DavAccount:
    """Xandikos serves one user, whatever the name: the server of this test is its own."""
    return DavAccount(server.url, "anne")
