"""Whom to sync, the notes and details opt-in, sweep deadlines on the calendar and a change of
server (core.sync.scope), against a real Radicale on loopback."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from relnotebook.core.models import Person, Stage, SyncAccount, SyncCard, SyncItem
from relnotebook.core.people.service import add_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.sync.cards import read_card
from relnotebook.core.sync.dav import DavAccount
from relnotebook.core.sync.scope import Scope, choose_account, read_scope, set_scope
from relnotebook.store import Notebook
from tests import radicale_server, test_sync
from tests.conftest import TODAY
from tests.test_sync import PHONE_CARD, Phone, _book, _events, _href, _julie, run

pytest.importorskip("caldav", reason="caldav is not installed")
server = test_sync.server  # the Radicale fixtures: no auth, and htpasswd
account = test_sync.account


def _marc(notebook: Notebook) -> int:
    fields = PersonFields(given_name="Marc", family_name="Gagnon", stage=Stage.CLIENT)
    return add_person(notebook, fields)


def _people(notebook: Notebook) -> int:
    with notebook.reader() as session:
        return len(session.exec(select(Person)).all())


def test_only_the_chosen_tags_and_stages_are_synced_and_a_card_leaving_them_stays_as_it_was(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie, marc = _julie(notebook), _marc(notebook)  # golf; a client
    anne = add_person(notebook, PersonFields(given_name="Anne", family_name="Roy"))
    set_scope(notebook, account, Scope(tags=(" Golf ",), stages=("client",)))
    assert read_scope(notebook, account).tags == ("golf",)
    first = run(notebook, account, server)
    assert sorted(c.person_id for c in first.sent) == sorted([julie, marc])
    phone = Phone(server, account, _book(notebook))
    phone.put(
        "new.vcf", PHONE_CARD.format(n=7, given="Léa", family="Roy", email="lea@x.ca", extra="")
    )

    update_person(notebook, julie, {"tags": (), "organisation": "RBC"})  # leaves the scope
    href = _href(notebook, julie)
    phone.put(href.rsplit("/", 1)[1], phone.get(href).replace("Conseill", "Directr"))
    second = run(notebook, account, server)
    assert [c.name for c in second.came_in] == ["Léa Roy"]  # the phone's card, whatever the scope
    assert second.out_of_scope == 1
    assert second.sent == [] and second.updated_here == []
    assert second.deleted_here == [] and second.deleted_on_server == []
    card = phone.get(href)
    assert "Desjardins" in card and "RBC" not in card  # left as it was, not deleted
    assert "Directr" in card
    assert _role(notebook, julie) == "Conseillère"  # the phone's edit did not come in either

    set_scope(notebook, account, Scope())  # everyone again: Julie's card is synced again
    third = run(notebook, account, server)
    assert sorted(c.person_id for c in third.sent) == sorted([julie, anne])
    assert [c.person_id for c in third.updated_here] == [julie]
    assert "RBC" in phone.get(href) and third.out_of_scope == 0


def _role(notebook: Notebook, person_id: int) -> str:
    with notebook.reader() as session:
        row = session.get(Person, person_id)
        assert row is not None
        return row.role


def _note(phone: Phone, href: str) -> str:
    """The card's NOTE as the phone shows it (unfolded, unescaped)."""
    card = read_card(phone.get(href), TODAY)
    assert card is not None
    return card.note


def test_notes_and_details_leave_only_when_opted_in_and_leave_the_server_when_turned_off(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.people.details import add_detail
    from relnotebook.core.people.notes import add_note

    julie = _julie(notebook)
    add_note(notebook, julie, text="Her father is in hospital", date=TODAY)
    add_detail(notebook, julie, text="Cycles at Bromont")
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    href = _href(notebook, julie)
    assert "NOTE" not in phone.get(href)  # off by default

    set_scope(notebook, account, Scope(notes=True))
    assert [c.person_id for c in run(notebook, account, server).sent] == [julie]
    assert _note(phone, href) == f"{TODAY.isoformat()} — Her father is in hospital"

    set_scope(notebook, account, Scope(notes=True, details=True))
    run(notebook, account, server)
    assert _note(phone, href) == (
        f"• Cycles at Bromont\n\n{TODAY.isoformat()} — Her father is in hospital"
    )
    assert run(notebook, account, server).sent == []  # unchanged: not written again

    set_scope(notebook, account, Scope())
    assert [c.person_id for c in run(notebook, account, server).sent] == [julie]
    card = phone.get(href)
    assert "NOTE" not in card and "hospital" not in card and "Bromont" not in card
    assert "Desjardins" in card


def test_a_sweeps_deadline_goes_to_the_calendar_with_the_exports_uid_and_follows_the_sweep(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.checkins.service import log_contact
    from relnotebook.core.checkins.sweeps import close_sweep, start_sweep
    from relnotebook.core.exchange.calendar_export import calendar_items

    marc = _marc(notebook)
    lise = add_person(
        notebook, PersonFields(given_name="Lise", family_name="Roy", stage=Stage.CLIENT)
    )
    sweep = start_sweep(notebook, title="Markets are down", segment="clients", started_on=TODAY)
    uid = f"sweep-{sweep}@relnotebook"
    assert uid in {i.uid for i in calendar_items(notebook, today=TODAY)}  # the .ics export's
    run(notebook, account, server)
    with notebook.reader() as session:
        calendar = session.exec(select(SyncAccount)).one().calendar_url
    phone = Phone(server, account, _book(notebook))

    def description() -> str:
        for item in phone.client.calendar(url=calendar).events():
            event = item.icalendar_component
            if str(event["UID"]) == uid:
                return str(event["DESCRIPTION"])
        return ""

    assert _events(phone, calendar)[uid] == "Sweep deadline: Markets are down"
    assert description().startswith("0 of 2 reached")
    log_contact(notebook, marc, on=TODAY)
    run(notebook, account, server)  # Marc's check-in moves too
    assert description().startswith("1 of 2 reached")
    close_sweep(notebook, sweep, on=TODAY + dt.timedelta(days=1))
    assert run(notebook, account, server).events_removed == 1
    assert uid not in _events(phone, calendar)
    assert lise


def test_another_server_starts_fresh_and_the_old_one_keeps_its_cards(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.checkins.tasks import add_task

    julie, marc = _julie(notebook), _marc(notebook)
    add_task(notebook, title="Send the papers", due_on=TODAY)
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    julie_card = _href(notebook, julie)
    other = DavAccount(account.url, f"{account.user}b")

    choose_account(notebook, other, Scope())
    with notebook.reader() as session:
        assert [(a.url, a.user) for a in session.exec(select(SyncAccount))] == [
            (other.url, other.user)
        ]
        assert session.exec(select(SyncCard)).all() == []
        assert session.exec(select(SyncItem)).all() == []
    assert "Tremblay" in phone.get(julie_card)  # still on the old server

    # Back to the first server, now with golfers only: Julie's card there is linked again by
    # its UID, and Marc's, outside the choice, is not taken for a new person.
    choose_account(notebook, account, Scope(tags=("golf",)))
    people = _people(notebook)
    back = run(notebook, account, server)
    assert back.came_in == [] and back.sent == [] and _people(notebook) == people
    assert _href(notebook, julie) == julie_card
    with notebook.reader() as session:
        assert session.exec(select(SyncCard).where(SyncCard.person_id == marc)).all() == []
