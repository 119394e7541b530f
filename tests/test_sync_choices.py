"""The user's answers to a sync's clashes and deletions (core.sync.choices), applied by the next
sync, against a real Radicale on loopback."""

from __future__ import annotations

import pytest

from relnotebook.core.people.service import add_person, delete_person, get_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.sync.choices import (
    settle_clash,
    settle_deleted_here,
    settle_deleted_on_server,
)
from relnotebook.core.sync.dav import DavAccount
from relnotebook.store import Notebook
from tests import radicale_server, test_sync
from tests.test_sync import Phone, _book, _href, _julie, run

pytest.importorskip("caldav", reason="caldav is not installed")
server = test_sync.server  # the Radicale fixtures: no auth, and htpasswd
account = test_sync.account


@pytest.mark.parametrize("keep_here", [True, False], ids=["here", "phone"])
def test_a_clash_settled_for_one_side_is_carried_to_the_other_at_the_next_sync(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server, keep_here: bool
) -> None:
    julie = _julie(notebook)
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    href = _href(notebook, julie)
    phone.put(href.rsplit("/", 1)[1], phone.get(href).replace("Desjardins", "RBC"))
    update_person(notebook, julie, {"organisation": "Banque Nationale"})
    (clash,) = run(notebook, account, server).clashes
    assert clash.fields == ("organisation",)
    assert clash.values == (("Banque Nationale", "RBC"),)

    here, there = clash.values[0]
    settle_clash(notebook, julie, "organisation", here, there, keep_here=keep_here)
    done = run(notebook, account, server)
    assert done.clashes == []
    kept = "Banque Nationale" if keep_here else "RBC"
    page = get_person(notebook, julie)
    assert page is not None and page.fields.organisation == kept
    assert f"ORG:{kept}" in phone.get(href)
    assert run(notebook, account, server).clashes == []


def test_deletions_confirmed_or_kept_are_applied_and_no_longer_asked(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    marc = add_person(notebook, PersonFields(given_name="Marc", family_name="Gagnon"))
    anne = add_person(notebook, PersonFields(given_name="Anne", family_name="Roy"))
    paul = add_person(notebook, PersonFields(given_name="Paul", family_name="Roy"))
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    julie_card, marc_card = _href(notebook, julie), _href(notebook, marc)
    anne_card, paul_card = _href(notebook, anne), _href(notebook, paul)
    phone.delete(julie_card)
    phone.delete(anne_card)
    delete_person(notebook, marc)
    delete_person(notebook, paul)
    asked = run(notebook, account, server)
    assert sorted(c.person_id or 0 for c in asked.deleted_on_server) == sorted([julie, anne])

    settle_deleted_on_server(notebook, julie, delete_here=False)  # Julie's card goes back
    settle_deleted_on_server(notebook, anne, delete_here=True)
    settle_deleted_here(notebook, marc_card, delete_there=True)
    settle_deleted_here(notebook, paul_card, delete_there=False)
    assert get_person(notebook, anne) is None
    done = run(notebook, account, server)
    assert done.deleted_on_server == [] and done.deleted_here == []
    assert [c.person_id for c in done.sent] == [julie]
    assert done.erased_deleted == 1
    assert phone.client.request(marc_card, "GET").status == 404
    assert "Paul" in phone.get(paul_card)  # kept there, as said
    again = run(notebook, account, server)
    assert again.deleted_on_server == [] and again.deleted_here == [] and again.sent == []
