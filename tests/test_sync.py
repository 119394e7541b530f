"""The sync against a real CalDAV/CardDAV server on loopback: Radicale (tests/radicale_server.py),
skipped with the reason where it cannot start. The phone's side is played by `caldav`'s client
writing cards to the same address book, as a phone's sync would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlmodel import select

from relnotebook.core.models import Event, Note, Person, SyncCard
from relnotebook.core.outreach.service import prompts_on
from relnotebook.core.people.service import add_person, delete_person, get_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.sync.dav import DavAccount, Server, SyncError
from relnotebook.core.sync.service import sync
from relnotebook.store import Notebook
from tests import radicale_server
from tests.conftest import TODAY

pytest.importorskip("caldav", reason="caldav is not installed")

PHONE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-{n}\r\nFN:{given} {family}\r\n"
    "N:{family};{given};;;\r\nEMAIL:{email}\r\nTEL:+1 514 555 01{n:02d}\r\n{extra}END:VCARD\r\n"
)


@pytest.fixture(scope="module", params=[False, True], ids=["no-auth", "htpasswd"])
def server(request: pytest.FixtureRequest) -> Iterator[radicale_server.Server]:
    try:
        running = radicale_server.start(with_password=request.param)
    except radicale_server.ServerUnavailable as exc:
        pytest.skip(f"no DAV server for the tests: {exc}")
    yield running
    running.stop()


_accounts = iter(range(1, 10_000))


@pytest.fixture
def account(server: radicale_server.Server) -> DavAccount:
    """A user of its own per test, so each test's address book starts empty."""
    return DavAccount(server.url, f"{radicale_server.USER}{next(_accounts)}")


def run(notebook: Notebook, account: DavAccount, server: radicale_server.Server, **kw):  # type: ignore[no-untyped-def]
    return sync(notebook, account, today=TODAY, password=server.password or "x", **kw)


class Phone:
    """The phone's side: writes cards in the account's address book through caldav."""

    def __init__(self, server: radicale_server.Server, account: DavAccount, book: str) -> None:
        import caldav

        self.client = caldav.DAVClient(
            url=server.url, username=account.user, password=server.password or "x"
        )
        self.book = book

    def put(self, name: str, text: str, etag: str | None = None) -> None:
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        response = self.client.put(self.book.rstrip("/") + "/" + name, text, headers)
        assert response.status in (201, 204), response.status

    def get(self, href: str) -> str:
        # caldav's request asks for XML by default; a strict server (Xandikos) then refuses.
        return str(self.client.request(href, "GET", headers={"Accept": "text/vcard"}).raw)

    def delete(self, href: str) -> None:
        self.client.delete(href)


def _book(notebook: Notebook) -> str:
    from relnotebook.core.models import SyncAccount

    with notebook.reader() as session:
        row = session.exec(select(SyncAccount)).one()
        return row.addressbook_url


def _href(notebook: Notebook, person_id: int) -> str:
    with notebook.reader() as session:
        return session.exec(select(SyncCard.href).where(SyncCard.person_id == person_id)).one()


def _julie(notebook: Notebook) -> int:
    return add_person(
        notebook,
        PersonFields(
            given_name="Julie",
            family_name="Tremblay",
            organisation="Desjardins",
            role="Conseillère",
            emails=("julie@example.ca",),
            phones=("+15145550111",),
            tags=("golf",),
            how_met="Met at the chamber lunch; worried about her father",
        ),
    )


def test_first_sync_sends_people_without_notes_and_brings_the_phones_contacts(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    first = run(notebook, account, server)
    assert [c.person_id for c in first.sent] == [julie]
    assert first.backup is not None and first.backup.exists()
    phone = Phone(server, account, _book(notebook))
    card = phone.get(_href(notebook, julie))
    assert "Tremblay;Julie" in card and "julie@example.ca" in card and "golf" in card
    assert "Desjardins" in card and "Conseill" in card
    assert "chamber" not in card and "NOTE" not in card  # never the notes

    phone.put(
        "new-1.vcf",
        PHONE_CARD.format(
            n=1, given="Marc", family="Gagnon", email="marc@example.ca",
            extra="NOTE:Met at the airport lounge\\, wants to talk RRSP\r\n",
        ),
    )  # fmt: skip
    second = run(notebook, account, server)
    assert [c.name for c in second.came_in] == ["Marc Gagnon"]
    assert second.sent == [] and second.backup is None  # a backup before the first sync only
    with notebook.reader() as session:
        marc = session.exec(select(Person).where(Person.family_name == "Gagnon")).one()
        assert marc.how_met == "From your phone"
        note = session.exec(select(Note).where(Note.person_id == marc.id)).one()
        assert note.text == "Met at the airport lounge, wants to talk RRSP" and note.date == TODAY
        event = session.exec(select(Event).where(Event.name == "From your phone")).one()
        assert event.date == TODAY
    page = get_person(notebook, marc.id)
    assert page is not None and page.fields.emails == ("marc@example.ca",)
    tomorrow = prompts_on(notebook, TODAY + dt.timedelta(days=1))
    assert any(p.person_id == marc.id and p.kind.value == "next_day_note" for p in tomorrow)

    third = run(notebook, account, server)  # nothing changed anywhere: nothing moves
    assert (third.came_in, third.sent, third.updated_here, third.clashes) == ([], [], [], [])


def test_a_card_edited_on_the_phone_comes_in_and_an_edit_here_goes_out(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    href = _href(notebook, julie)
    card = phone.get(href).replace("TITLE:Conseillère", "TITLE:Directrice")
    phone.put(href.rsplit("/", 1)[1], card.replace("\n", "\r\n"))
    update_person(notebook, julie, {"organisation": "Banque Nationale"})

    done = run(notebook, account, server)
    assert [(c.person_id, c.fields) for c in done.updated_here] == [(julie, ("role",))]
    assert [c.person_id for c in done.sent] == [julie]
    page = get_person(notebook, julie)
    assert page is not None
    assert (page.fields.role, page.fields.organisation) == ("Directrice", "Banque Nationale")
    card = phone.get(href)
    assert "TITLE:Directrice" in card and "ORG:Banque Nationale" in card


def test_the_same_field_changed_on_both_sides_is_a_clash_and_neither_is_overwritten(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    href = _href(notebook, julie)
    phone.put(href.rsplit("/", 1)[1], phone.get(href).replace("Desjardins", "RBC"))
    update_person(notebook, julie, {"organisation": "Banque Nationale"})

    for _ in range(2):  # reported again until the two sides agree
        done = run(notebook, account, server)
        assert [(c.person_id, c.fields) for c in done.clashes] == [(julie, ("organisation",))]
        page = get_person(notebook, julie)
        assert page is not None and page.fields.organisation == "Banque Nationale"
        assert "ORG:RBC" in phone.get(href)

    update_person(notebook, julie, {"organisation": "RBC"})  # the user settles it
    assert run(notebook, account, server).clashes == []


def test_a_deletion_on_either_side_is_reported_and_nothing_is_deleted(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    julie = _julie(notebook)
    marc = add_person(notebook, PersonFields(given_name="Marc", family_name="Gagnon"))
    run(notebook, account, server)
    phone = Phone(server, account, _book(notebook))
    julie_card, marc_card = _href(notebook, julie), _href(notebook, marc)
    phone.delete(julie_card)
    delete_person(notebook, marc)

    for _ in range(2):
        done = run(notebook, account, server)
        assert [c.person_id for c in done.deleted_on_server] == [julie]
        assert [c.name for c in done.deleted_here] == [marc_card]
        assert done.sent == [] and done.came_in == []
        assert get_person(notebook, julie) is not None  # still here
        assert "Gagnon" in phone.get(marc_card)  # still there


def test_a_dry_run_writes_nothing_anywhere(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    _julie(notebook)
    before = notebook.path.read_bytes() if not notebook.on_server else b""
    done = run(notebook, account, server, dry_run=True)
    assert len(done.sent) == 1 and done.dry_run
    with notebook.reader() as session:
        assert session.exec(select(SyncCard)).all() == []
    if not notebook.on_server:
        assert notebook.path.read_bytes() == before
    assert len(run(notebook, account, server).sent) == 1  # the real one still sends it


def test_a_wrong_password_and_a_server_gone_say_so(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    _julie(notebook)
    if server.with_password:
        with pytest.raises(SyncError) as refused:
            sync(notebook, account, today=TODAY, password="wrong")
        assert not refused.value.unreachable and "refused" in refused.value.message
    gone = DavAccount(f"http://127.0.0.1:{radicale_server.free_port()}/", account.user)
    with pytest.raises(SyncError) as unreachable:
        sync(notebook, gone, today=TODAY, password="x")
    assert unreachable.value.unreachable
    with notebook.reader() as session:
        assert session.exec(select(SyncCard)).all() == []


def _events(phone: Phone, calendar: str) -> dict[str, str]:
    """The calendar's events on the server: UID → SUMMARY."""
    found = {}
    for item in phone.client.calendar(url=calendar).events():
        event = item.icalendar_component
        found[str(event["UID"])] = str(event["SUMMARY"])
    return found


def test_the_agenda_goes_to_the_apps_own_calendar_with_the_exports_uids(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.checkins.tasks import add_task, complete_task, update_task
    from relnotebook.core.exchange.calendar_export import calendar_items
    from relnotebook.core.models import SyncAccount

    julie = _julie(notebook)
    call = add_task(notebook, title="Call Julie about the RRSP", due_on=TODAY, person_id=julie)
    papers = add_task(notebook, title="Send the papers", due_on=TODAY + dt.timedelta(days=3))
    first = run(notebook, account, server)
    assert first.events_put == 2
    with notebook.reader() as session:
        calendar = session.exec(select(SyncAccount)).one().calendar_url
    phone = Phone(server, account, _book(notebook))
    exported = {i.uid for i in calendar_items(notebook, today=TODAY)}
    on_server = _events(phone, calendar)
    assert set(on_server) == {f"task-{call}@relnotebook", f"task-{papers}@relnotebook"}
    assert set(on_server) <= exported
    assert phone.client.calendar(url=calendar).get_display_name() == "Relationship Notebook"

    assert run(notebook, account, server).events_put == 0  # unchanged: not written again
    update_task(notebook, papers, {"title": "Send the signed papers"})
    complete_task(notebook, call, on=TODAY)
    moved = run(notebook, account, server)
    assert (moved.events_put, moved.events_removed) == (1, 1)
    assert _events(phone, calendar) == {
        f"task-{papers}@relnotebook": "Task: Send the signed papers"
    }


_KILLED_SYNC = """
import os, signal, sys
from relnotebook.core.sync import dav
from relnotebook.core.sync.service import sync
from relnotebook.store import Notebook
from tests.conftest import TODAY

put = dav.Server.put
done = []


def put_then_die(self, *args, **kwargs):
    found = put(self, *args, **kwargs)
    done.append(found)
    if len(done) == 2:  # Paul's card rewritten and one of ours written; the transaction open
        os.kill(os.getpid(), signal.SIGKILL)
    return found


dav.Server.put = put_then_die
notebook = Notebook.open(sys.argv[1])
sync(notebook, dav.DavAccount(sys.argv[2], sys.argv[3]), today=TODAY, password=sys.argv[4])
"""


def test_a_sync_killed_midway_leaves_the_notebook_as_it_was_and_the_next_one_finishes(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server, tmp_path
) -> None:
    import os
    import signal
    import subprocess
    import sys

    from sqlmodel import func

    from relnotebook.core.models import SyncAccount

    if notebook.on_server:
        pytest.skip("the killed process opens the notebook file")
    julie = _julie(notebook)
    marc = add_person(notebook, PersonFields(given_name="Marc", family_name="Gagnon"))
    dav_server = Server(account, server.password or "x")
    book = dav_server.addressbook(dav_server.principal())  # the phone's address book
    phone = Phone(server, account, book)
    phone.put(
        "paul.vcf", PHONE_CARD.format(n=3, given="Paul", family="Roy", email="p@roy.ca", extra="")
    )
    notebook.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_SYNC, str(notebook.path), account.url, account.user,
         server.password or "x"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    reopened = Notebook.open(notebook.path)
    try:
        with reopened.reader() as session:
            assert session.exec(select(func.count()).select_from(Person)).one() == 2  # no Paul
            assert session.exec(select(SyncCard)).all() == []
            assert session.exec(select(SyncAccount)).all() == []
        done = run(reopened, account, server)
        assert [c.name for c in done.came_in] == ["Paul Roy"]
        with reopened.reader() as session:
            linked = session.exec(select(SyncCard.person_id)).all()
            assert session.exec(select(func.count()).select_from(Person)).one() == 3
        assert len(linked) == 3 and {julie, marc} <= set(linked)
        _token, cards = dav_server.listing(book)
        assert len(cards) == 3  # the card written before the kill was taken back, not doubled
        again = run(reopened, account, server)
        assert (again.came_in, again.sent, again.clashes) == ([], [], [])
    finally:
        reopened.close()


def test_a_card_changed_on_the_phone_during_the_sync_is_left_for_the_next_one(
    notebook: Notebook, account: DavAccount, server: radicale_server.Server, monkeypatch
) -> None:
    julie = _julie(notebook)
    run(notebook, account, server)
    run(notebook, account, server)  # the first made her card, so lists all: this one keeps a token
    phone = Phone(server, account, _book(notebook))
    href = _href(notebook, julie)
    update_person(notebook, julie, {"organisation": "Banque Nationale"})
    changes = Server.changes

    def changes_then_phone_edits(self: Server, *args):  # type: ignore[no-untyped-def]
        found = changes(self, *args)
        card = phone.get(href).replace("TITLE:Conseillère", "TITLE:Directrice")
        phone.put(href.rsplit("/", 1)[1], card.replace("\n", "\r\n"))
        return found

    monkeypatch.setattr(Server, "changes", changes_then_phone_edits)
    first = run(notebook, account, server)
    assert [c.person_id for c in first.later] == [julie]  # If-Match failed: not overwritten
    assert "TITLE:Directrice" in phone.get(href)
    monkeypatch.setattr(Server, "changes", changes)

    second = run(notebook, account, server)
    assert [(c.person_id, c.fields) for c in second.updated_here] == [(julie, ("role",))]
    assert second.clashes == []
    card = phone.get(href)
    assert "TITLE:Directrice" in card and "ORG:Banque Nationale" in card  # nothing lost
