"""A sync that costs what changed, against a real Radicale on loopback: the address book's changes
by sync token (RFC 6578, the full listing when the token is refused), people read as cards only
when they changed, a phone's card dated by its REV and not rewritten for the notebook's way of
writing numbers, and a sync stopped midway that leaves the notebook as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlmodel import func, select

from relnotebook.core.models import Event, Note, Person, SyncAccount, SyncCard
from relnotebook.core.outreach.service import prompts_on
from relnotebook.core.people.service import add_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.sync import service
from relnotebook.core.sync.dav import DavAccount, Server
from relnotebook.store import Notebook
from tests import radicale_server, test_sync
from tests.conftest import TODAY
from tests.test_sync import PHONE_CARD, Phone, _book, _href, _julie, run

pytest.importorskip("caldav", reason="caldav is not installed")
server = test_sync.server  # the Radicale fixtures: no auth, and htpasswd
account = test_sync.account


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The method of each request the sync's client sends (the real server still answers)."""
    from caldav.davclient import DAVClient

    sent: list[str] = []
    request = DAVClient.request

    def counted(self, url, method="GET", body="", headers=None):  # type: ignore[no-untyped-def]
        sent.append(method)
        return request(self, url, method, body, headers)

    monkeypatch.setattr(DAVClient, "request", counted)
    yield sent


@pytest.fixture
def cards_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The people the sync reads as a card (the costly part: a vCard written and read back)."""
    read: list[int] = []
    made = service.local_fields

    def counted(person, today):  # type: ignore[no-untyped-def]
        read.append(person.id)
        return made(person, today)

    monkeypatch.setattr(service, "local_fields", counted)
    return read


def test_a_sync_with_nothing_changed_fetches_no_card_and_reads_no_person(
    notebook: Notebook,
    account: DavAccount,
    server: radicale_server.Server,
    requests: list[str],
    cards_read: list[int],
) -> None:
    julie = _julie(notebook)
    marc = add_person(notebook, PersonFields(given_name="Marc", family_name="Gagnon"))
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    phone.put(
        "paul.vcf", PHONE_CARD.format(n=3, given="Paul", family="Roy", email="p@roy.ca", extra="")
    )
    assert [c.name for c in run(notebook, account, server).came_in] == ["Paul Roy"]

    requests.clear()
    cards_read.clear()
    quiet = run(notebook, account, server)
    assert (quiet.came_in, quiet.sent, quiet.updated_here) == ([], [], [])
    assert requests == ["REPORT"]  # the changes since the token: none; no listing, no GET
    assert cards_read == []  # nobody changed here: no card made

    update_person(notebook, marc, {"role": "Notaire"})
    requests.clear()
    moved = run(notebook, account, server)
    assert [c.person_id for c in moved.sent] == [marc]
    assert cards_read == [marc]  # only the one who changed
    assert requests == ["REPORT", "PUT"]
    assert "TITLE:Notaire" in phone.get(_href(notebook, marc))
    assert julie not in cards_read


def test_a_refused_sync_token_falls_back_to_the_whole_listing(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server, requests: list[str]
) -> None:
    _julie(notebook)
    run(notebook, account, server)
    run(notebook, account, server)  # the first made her card, so lists all: this one keeps a token
    with notebook.session() as session:
        row = session.exec(select(SyncAccount)).one()
        assert row.addressbook_token  # the server gave one
        row.addressbook_token = "http://radicale.org/ns/sync/not-one-it-gave"
        session.add(row)
    phone = Phone(server, account, _book(notebook))
    phone.put(
        "paul.vcf", PHONE_CARD.format(n=3, given="Paul", family="Roy", email="p@roy.ca", extra="")
    )

    requests.clear()
    done = run(notebook, account, server)
    assert [c.name for c in done.came_in] == ["Paul Roy"]
    assert requests[:2] == ["REPORT", "PROPFIND"]  # refused, then the whole listing
    with notebook.reader() as session:
        token = session.exec(select(SyncAccount)).one().addressbook_token
    assert token and "not-one-it-gave" not in token
    requests.clear()
    assert run(notebook, account, server).came_in == []
    assert requests == ["REPORT"]  # the new token is taken


def test_a_card_made_on_the_phone_is_dated_by_its_rev(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    run(notebook, account, server)
    yesterday = TODAY - dt.timedelta(days=1)
    rev = f"REV:{yesterday:%Y%m%d}T170000Z\r\nNOTE:Met at the gala\r\n"
    phone = Phone(server, account, _book(notebook))
    phone.put(
        "marc.vcf", PHONE_CARD.format(n=1, given="Marc", family="Gagnon", email="m@g.ca", extra=rev)
    )
    run(notebook, account, server)  # synced the morning after
    with notebook.reader() as session:
        marc = session.exec(select(Person).where(Person.family_name == "Gagnon")).one()
        assert (
            session.exec(select(Event.date).where(Event.name == "From your phone")).one()
            == yesterday
        )
        assert session.exec(select(Note.date).where(Note.person_id == marc.id)).one() == yesterday
    today = prompts_on(notebook, TODAY)  # the next-day note is due today, not tomorrow
    assert any(p.person_id == marc.id and p.kind.value == "next_day_note" for p in today)


def test_a_card_made_on_the_phone_is_not_rewritten_for_how_the_notebook_writes_numbers(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    text = PHONE_CARD.format(n=1, given="Marc", family="Gagnon", email="Marc@Example.CA", extra="")
    phone.put("marc.vcf", text)  # TEL:+1 514 555 0101, the domain in capitals
    done = run(notebook, account, server)
    assert [c.name for c in done.came_in] == ["Marc Gagnon"] and done.sent == []
    href = _book(notebook).rstrip("/") + "/marc.vcf"
    assert "TEL:+1 514 555 0101" in phone.get(href)  # as the phone wrote it
    again = run(notebook, account, server)
    assert (again.sent, again.updated_here, again.clashes) == ([], [], [])

    edited = phone.get(href).replace("EMAIL:", "TITLE:Notaire\r\nEMAIL:")
    phone.put("marc.vcf", edited.replace("\r\n", "\n").replace("\n", "\r\n"))
    moved = run(notebook, account, server)
    assert [c.fields for c in moved.updated_here] == [("role",)]  # the number is no change
    assert (moved.sent, moved.clashes) == ([], [])


def test_a_stopped_sync_leaves_the_notebook_as_it_was_and_the_next_one_finishes(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.sync.progress import SyncStopped

    for n in range(4):
        add_person(notebook, PersonFields(given_name=f"Person{n}", family_name="Roy"))
    dav = Server(account, server.password or "x")
    book = dav.addressbook(dav.principal())
    phone = Phone(server, account, book)
    phone.put(
        "paul.vcf", PHONE_CARD.format(n=3, given="Paul", family="Roy", email="p@roy.ca", extra="")
    )
    seen: list[tuple[int, int]] = []

    def stop_at_the_third_card(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(SyncStopped) as stopped:
        run(notebook, account, server, progress=stop_at_the_third_card)
    assert "stopped" in stopped.value.message
    assert seen[-1] == (3, 5)  # the phone's card read, then 4 to write: stopped at the 2nd
    with notebook.reader() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 4  # no Paul
        assert session.exec(select(SyncCard)).all() == []

    finished: list[tuple[int, int]] = []
    done = run(notebook, account, server, progress=lambda d, t: finished.append((d, t)) or True)
    assert [c.name for c in done.came_in] == ["Paul Roy"]
    assert finished[-1][0] == finished[-1][1]  # every step reported, to the end
    with notebook.reader() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 5
        assert len(session.exec(select(SyncCard)).all()) == 5
    assert len(dav.listing(book)[1]) == 5  # the cards written before the Stop, not doubled
