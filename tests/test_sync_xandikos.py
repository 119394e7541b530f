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
from tests.test_sync_choices import (  # noqa: F401
    test_a_clash_settled_for_one_side_is_carried_to_the_other_at_the_next_sync,
    test_deletions_confirmed_or_kept_are_applied_and_no_longer_asked,
)
from tests.test_sync_erasure import (  # noqa: F401
    test_a_card_not_deleted_at_erasure_is_deleted_at_the_next_sync_and_the_message_says_so,
    test_erasing_a_person_deletes_their_card_on_the_server_and_says_so,
)
from tests.test_sync_incremental import (  # noqa: F401
    cards_read,
    requests,
    test_a_card_made_on_the_phone_is_dated_by_its_rev,
    test_a_card_made_on_the_phone_is_not_rewritten_for_how_the_notebook_writes_numbers,
    test_a_refused_sync_token_falls_back_to_the_whole_listing,
    test_a_stopped_sync_leaves_the_notebook_as_it_was_and_the_next_one_finishes,
    test_a_sync_with_nothing_changed_fetches_no_card_and_reads_no_person,
)
from tests.test_sync_scope import (  # noqa: F401
    test_a_sweeps_deadline_goes_to_the_calendar_with_the_exports_uid_and_follows_the_sweep,
    test_notes_and_details_leave_only_when_opted_in_and_leave_the_server_when_turned_off,
    test_only_the_chosen_tags_and_stages_are_synced_and_a_card_leaving_them_stays_as_it_was,
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
