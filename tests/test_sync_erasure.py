"""Erasing a person deletes their card on the sync server too (core.sync.erased), against a real
Radicale on loopback: at once when the server can be reached, else at the next sync; the
erasure's message says which."""

from __future__ import annotations

import pytest

from relnotebook.cli.render.privacy import erase_text
from relnotebook.core.privacy.erasure import erase_person
from relnotebook.core.sync.dav import DavAccount
from relnotebook.core.sync.erased import after_erasure, erased_cards_waiting
from relnotebook.store import Notebook
from tests import radicale_server, test_sync
from tests.test_sync import Phone, _book, _href, _julie, run

pytest.importorskip("caldav", reason="caldav is not installed")
server = test_sync.server  # the Radicale fixtures: no auth, and htpasswd
account = test_sync.account


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("relnotebook.core.sync.dav.keyring_password", lambda s, u: None)


def _status(phone: Phone, href: str) -> int:
    return int(phone.client.request(href, "GET", headers={"Accept": "text/vcard"}).status)


def test_erasing_a_person_deletes_their_card_on_the_server_and_says_so(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    run(notebook, account, server)
    href = _href(notebook, julie)
    phone = Phone(server, account, _book(notebook))
    assert _status(phone, href) == 200

    report = erase_person(notebook, julie)
    assert report.server_cards == 1 and not report.server_cards_deleted
    (report,) = after_erasure(notebook, [report], lambda _a: server.password or "x")
    assert report.server_cards_deleted
    assert "Deleted their card from your sync server too." in erase_text(report)
    assert _status(phone, href) == 404
    assert erased_cards_waiting(notebook) == 0
    again = run(notebook, account, server)
    assert again.deleted_here == [] and again.sent == [] and again.came_in == []


def test_a_card_not_deleted_at_erasure_is_deleted_at_the_next_sync_and_the_message_says_so(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    run(notebook, account, server)
    href = _href(notebook, julie)
    # No password to be had (none in the keyring, none typed): the card waits in the state.
    (report,) = after_erasure(notebook, [erase_person(notebook, julie)], lambda _a: None)
    assert report.server_cards == 1 and not report.server_cards_deleted
    assert any("it will be deleted at the next sync" in line for line in erase_text(report))
    phone = Phone(server, account, _book(notebook))
    assert _status(phone, href) == 200 and erased_cards_waiting(notebook) == 1

    following = run(notebook, account, server)
    assert following.erased_deleted == 1 and following.deleted_here == []
    assert _status(phone, href) == 404 and erased_cards_waiting(notebook) == 0


def test_a_server_gone_at_erasure_leaves_the_card_queued(notebook: Notebook) -> None:
    try:
        own = radicale_server.start()
    except radicale_server.ServerUnavailable as exc:
        pytest.skip(f"no DAV server for the tests: {exc}")
    try:
        gone = DavAccount(own.url, "anne")
        julie = _julie(notebook)
        run(notebook, gone, own)
        own.kill()
        (report,) = after_erasure(notebook, [erase_person(notebook, julie)], lambda _a: "x")
    finally:
        own.stop()
    assert report.server_cards == 1 and not report.server_cards_deleted
    assert erased_cards_waiting(notebook) == 1
