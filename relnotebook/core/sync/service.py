"""One sync with the user's DAV server: contacts both ways, the agenda out.

A sync reads first (the notebook, then the server: what changed in the address book since the
last sync's token (RFC 6578), or its whole listing with ETags when the server has no token for
it, and only the cards whose ETag moved), decides everything (`cards.merge` per card), then
opens ONE notebook transaction: the people changed or made from new cards, then the writes to
the server (cards, events), then the state of the sync (ETags, a hash per field, the calendar's
items), committed last. A sync killed or failed before the commit leaves the notebook as it was; the
server may already hold some of the writes, and the next sync takes them as its own (a card of
ours found without its state is linked back by its UID, an event is put again by its UID).

Whom and what (`scope`): the people in the account's scope are synced, with their notes and
personal details when opted in; a card of someone outside it is left on the server as it is.

Nothing is deleted without asking: a card gone from the server keeps its person, a person
deleted here keeps their card there; both are reported. A field changed differently on both
sides is a clash: reported, each side keeping its own value. A sync that leaves something to
report again (a clash, a card refused or deleted on the server) keeps no token: the next one
lists the address book in full, and so reports it again.

A person is read as a card (`cards.local_fields`: a few milliseconds) only when their digest
moved since the last sync (`cards.person_digest`) or their card changed on the server.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlmodel import Session, select

from relnotebook.core.exchange.calendar_export import CalendarItem, calendar_items, write_ics
from relnotebook.core.exchange.people_export import ExportedPerson, read_exported
from relnotebook.core.models import SyncAccount, SyncCard, SyncItem, utcnow
from relnotebook.core.people.phones import region_in
from relnotebook.core.sync.apply import apply_changes, check, new_person
from relnotebook.core.sync.cards import (
    Fields,
    Merged,
    ServerCard,
    card_text,
    digest,
    hashes,
    in_notebook_form,
    last_synced,
    local_fields,
    merge,
    person_digest,
    private_fields,
    read_card,
    unpushed,
)
from relnotebook.core.sync.dav import DavAccount, Server, account_password
from relnotebook.core.sync.erased import ERASED, KEPT, delete_erased_cards
from relnotebook.core.sync.progress import Progress, Steps
from relnotebook.core.sync.scope import Scope, checked, keep_scope, scope_of
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.files.backups import back_up, back_up_server

VCARD = "text/vcard"
ICALENDAR = "text/calendar"
AGENDA = ("checkin-", "coffee-", "task-", "sweep-")  # the .ics export's items that go to the phone
_OURS = re.compile(r"person-(\d+)@relnotebook")


@dataclass(frozen=True)
class Change:
    person_id: int | None
    name: str
    fields: tuple[str, ...] = ()
    values: tuple[tuple[Any, Any], ...] = ()  # a clash: each field's (here, on the server)


@dataclass
class SyncRun:
    """What a sync did (a dry run: what it would do)."""

    url: str
    came_in: list[Change] = field(default_factory=list)  # new people from the server
    updated_here: list[Change] = field(default_factory=list)  # fields taken from the server
    sent: list[Change] = field(default_factory=list)  # cards written to the server
    clashes: list[Change] = field(default_factory=list)
    refused: list[Change] = field(default_factory=list)  # cards that cannot be a person
    deleted_on_server: list[Change] = field(default_factory=list)  # person kept here
    deleted_here: list[Change] = field(default_factory=list)  # card kept on the server
    later: list[Change] = field(default_factory=list)  # changed on the server meanwhile
    erased_deleted: int = 0  # cards of people erased here, deleted from the server
    out_of_scope: int = 0  # cards of people outside the scope, left on the server as they are
    scope: Scope = field(default_factory=Scope)  # whom and what this sync took
    events_put: int = 0
    events_removed: int = 0
    backup: Path | None = None
    dry_run: bool = False


@dataclass
class _Card:
    """One card's fate, decided before the transaction."""

    href: str
    etag: str
    person_id: int | None
    uid: str
    merged: Merged | None = None
    new: ServerCard | None = None  # a card new on the server: a new person
    text: str | None = None  # what to put on the server
    put_etag: str | None = None  # If-Match ("" for a card new there)
    keep_etag: bool = False  # a clash: the card is read again next time
    digest: str = ""  # the person's digest, kept when the sync leaves them as read


class _Local:
    """Each person's fields as a card (with the notes and details opted in: `private`), made
    when first asked for."""

    def __init__(
        self, people: dict[int, ExportedPerson], private: dict[int, Fields], today: dt.date
    ) -> None:
        self.people = people
        self.private = private
        self.today = today
        self.made: dict[int, Fields] = {}

    def __contains__(self, person: object) -> bool:
        return person in self.people

    def __getitem__(self, person: int) -> Fields:
        if person not in self.made:
            fields = local_fields(self.people[person], self.today)
            self.made[person] = {**fields, **self.private.get(person, {})}
        return self.made[person]

    def digest(self, person: int) -> str:
        """What the card is made from: an edited note or detail (when they go out) counts."""
        return _digest_with(person_digest(self.people[person]), self.private.get(person, {}))


def _digest_with(person: str, private: Fields) -> str:
    return digest(person + repr(sorted(private.items()))) if any(private.values()) else person


def _account_row(session: Session, account: DavAccount) -> SyncAccount | None:
    return session.exec(
        select(SyncAccount).where(SyncAccount.url == account.url, SyncAccount.user == account.user)
    ).first()


def _uid(person_id: int) -> str:
    return f"person-{person_id}@relnotebook"


def _href(collection: str, name: str) -> str:
    return collection.rstrip("/") + "/" + quote(name, safe="@-_.")


def sync(
    notebook: Notebook,
    account: DavAccount,
    *,
    today: dt.date,
    password: str | None = None,
    dry_run: bool = False,
    days: int = 90,
    scope: Scope | None = None,
    progress: Progress | None = None,
) -> SyncRun:
    """Sync the notebook with `account` (see the module's docstring); raises `SyncError`, and
    `SyncStopped` when `progress` (called after each card) returns False. `scope`: whom and
    what, kept on the account by this sync (by a real one: a dry run only shows what it would
    do); None: the account's own."""
    steps = Steps(progress)
    with notebook.reader() as session:
        row = _account_row(session, account)
        cards = (
            {
                c.href: c
                for c in session.exec(select(SyncCard).where(SyncCard.account_id == row.id))
                if c.state != ERASED  # deleted from the server first (below)
            }
            if row is not None
            else {}
        )
        items = (
            {i.uid: i for i in session.exec(select(SyncItem).where(SyncItem.account_id == row.id))}
            if row is not None
            else {}
        )
        chosen = checked(session, scope) if scope is not None else None
        scope = chosen if chosen is not None else scope_of(row)
        everyone = read_exported(session, None)
        people = {p.id: p for p in scope.people(everyone)}
        private = private_fields(session, list(people), notes=scope.notes, details=scope.details)
        region = region_in(session)
    outside = _outside(cards, people)
    secret = password if password is not None else account_password(account)
    server = Server(account, secret)
    erased = 0 if dry_run else delete_erased_cards(notebook, account, secret)
    book = row.addressbook_url if row is not None and row.addressbook_url else ""
    calendar = row.calendar_url if row is not None and row.calendar_url else ""
    if not book:
        book = server.addressbook(server.principal(), make=not dry_run)
    if not calendar and not dry_run:
        calendar = server.calendar()
    known_token = row.addressbook_token if row is not None else ""
    token, on_server = _on_server(server, book, known_token, cards) if book else ("", {})
    # A card left alone outside the scope but changed on the server: its ETag is not moved (it
    # was not read), so the token is not kept either, or that change would never be seen again.
    outside_changed = any(on_server.get(href, c.etag) != c.etag for href, c in outside.items())
    on_server = {href: etag for href, etag in on_server.items() if href not in outside}
    local = _Local(people, private, today)
    names = {pid: p.name for pid, p in people.items()}
    run = SyncRun(url=account.url, dry_run=dry_run, erased_deleted=erased)
    run.out_of_scope, run.scope = len(outside), scope
    cards = {href: c for href, c in cards.items() if href not in outside}
    outside_people = {p.id for p in everyone} - set(people)
    steps.expect(sum(_to_read(cards.get(href), etag, people) for href, etag in on_server.items()))
    plan = _plan(
        server, book, cards, on_server, local, names, region, today, run, outside_people, steps
    )
    events = _agenda(notebook, items, today, days)
    if dry_run:
        run.events_put = len(events[0])
        run.events_removed = len(events[1])
        return run
    if row is None or not row.backed_up:
        run.backup = back_up_server(notebook) if notebook.on_server else back_up(notebook.path)
    steps.expect(sum(1 for card in plan if card.text) + len(events[0]) + len(events[1]))
    with notebook.session() as session:
        account_id = _save_account(session, account, book, calendar, token)
        if chosen is not None:
            keep_scope(session, account, chosen)
        for card in plan:
            if card.new is not None:
                day = min(card.new.made or today, today)  # met the day the card was made
                card.person_id = new_person(session, card.new.fields, card.new.note, day)
                _normalised(session, card, today)
            elif card.merged is not None and card.merged.into_notebook and card.person_id:
                apply_changes(session, card.person_id, card.merged.into_notebook)
                card.digest = ""  # changed by the sync: read again next time
        # The server's writes, then the state: a kill in between leaves the notebook as it was.
        for card in plan:
            if card.text is not None:
                steps.step()
                etag = server.put(card.href, card.text, VCARD, card.put_etag)
                if etag is None:
                    run.later.append(Change(card.person_id, names.get(card.person_id or 0, "")))
                    _save_card(session, account_id, card, cards.get(card.href), written=False)
                    continue
                card.etag = etag
            _save_card(session, account_id, card, cards.get(card.href))
        run.events_put, run.events_removed = _write_agenda(
            session, server, account_id, calendar, items, events, steps
        )
        saved = session.get(SyncAccount, account_id)
        assert saved is not None
        pending = bool(run.clashes or run.refused or run.deleted_on_server or run.later)
        # A card made by this sync and deleted on the phone before the next one may be left out
        # of the changes since the token (RFC 6578 lets a server omit it: Xandikos does), so
        # after making cards the next sync lists the address book in full, once.
        made = any(card.text is not None and card.put_etag == "" for card in plan)
        pending = pending or outside_changed or made
        saved.addressbook_token = "" if pending else token
        saved.synced_at = utcnow()
        saved.backed_up = True
        session.add(saved)
    return run


def _outside(cards: dict[str, SyncCard], people: dict[int, Any]) -> dict[str, SyncCard]:
    """The cards of people outside the scope: neither read nor written, nor reported."""
    return {
        href: c
        for href, c in cards.items()
        if c.person_id is not None and c.person_id not in people and c.state != KEPT
    }


def _normalised(session: Session, card: _Card, today: dt.date) -> None:
    """A person made from a card: the card is left as the phone wrote it when the notebook
    keeps the same fields (a number written differently is the same: `in_notebook_form`), else
    rewritten once, in the same sync, with the notebook's fields; either way the state kept is
    the notebook's, so the next sync sees no change."""
    assert card.new is not None and card.person_id is not None
    person = read_exported(session, [card.person_id])[0]
    fields = local_fields(person, today)
    card.digest = person_digest(person)
    if fields != card.new.fields:  # more than how a number is written (`in_notebook_form`)
        card.merged = Merged(fields=fields, push=True, hashes=hashes(fields))
        card.text = card_text(fields, card.uid or _uid(card.person_id), card.person_id)
        card.put_etag = card.etag


def _on_server(
    server: Server, book: str, token: str, cards: dict[str, SyncCard]
) -> tuple[str, dict[str, str]]:
    """The address book's cards (href → ETag) and its sync token: the changes since `token`
    laid over the cards known, or the whole listing when there is no token or it is refused."""
    if token and (changes := server.changes(book, token)) is not None:
        token, changed, gone = changes
        on_server = {href: card.etag for href, card in cards.items()}
        on_server.update((found.href, found.etag) for found in changed)
        for href in gone:
            on_server.pop(href, None)
        return token, on_server
    token, listing = server.listing(book)
    return token, {found.href: found.etag for found in listing}


def _to_read(known: SyncCard | None, etag: str, people: dict[int, ExportedPerson]) -> bool:
    """Whether `_plan` fetches the card: new there, or changed since and its person here."""
    if known is None:
        return True
    return etag != known.etag and known.state != KEPT and known.person_id in people


def _read(
    server: Server, href: str, today: dt.date, region: str, steps: Steps
) -> ServerCard | None:
    text = server.get(href)
    steps.step()
    read = read_card(text, today) if text is not None else None
    return replace(read, fields=in_notebook_form(read.fields, region)) if read else None


def _save_account(
    session: Session, account: DavAccount, book: str, calendar: str, token: str
) -> int:
    row = _account_row(session, account) or SyncAccount(url=account.url, user=account.user)
    row.addressbook_url, row.calendar_url, row.addressbook_token = book, calendar, token
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _save_card(
    session: Session, account_id: int, card: _Card, known: SyncCard | None, written: bool = True
) -> None:
    """The card's state after the sync. Not `written` (it changed on the server meanwhile):
    the ETag is not moved, so the next sync reads it again, and what was to go there goes
    again (`cards.unpushed`)."""
    row = session.merge(known or SyncCard(account_id=account_id, href=card.href))
    base = last_synced(row.fields) if known is not None else {}
    row.person_id = card.person_id
    row.uid = card.uid
    if written and not card.keep_etag:
        row.etag = card.etag
    clean = written and not card.keep_etag
    row.person_digest = card.digest if clean else ""
    if card.new is not None and (card.merged is None or not written):
        row.fields = json.dumps(hashes(card.new.fields), sort_keys=True)
    elif card.merged is not None:
        kept = card.merged.hashes if written else unpushed(card.merged, base)
        row.fields = json.dumps(kept, sort_keys=True)
    session.add(row)


def _plan(
    server: Server,
    book: str,
    cards: dict[str, SyncCard],
    on_server: dict[str, str],
    local: _Local,
    names: dict[int, str],
    region: str,
    today: dt.date,
    run: SyncRun,
    outside: set[int],
    steps: Steps,
) -> list[_Card]:
    """What to do with each card and person; fills `run` with what it will do. A card of ours
    without state for someone `outside` the scope is left alone (not taken for a new person)."""
    linked = {c.person_id for c in cards.values() if c.person_id is not None}
    plan: list[_Card] = []
    for href, known in cards.items():
        person = known.person_id
        if href not in on_server:
            if person is not None:
                run.deleted_on_server.append(Change(person, names.get(person, "")))
            continue
        if known.state == KEPT:
            continue  # deleted here, the card kept there: the user said so
        if person is None or person not in local:
            run.deleted_here.append(Change(None, href))
            continue
        base = last_synced(known.fields)
        digest_now = local.digest(person)
        if on_server[href] == known.etag:
            if known.person_digest == digest_now:
                continue  # unchanged on both sides since the last sync
            remote = {
                name: value if digest(value) == base.get(name) else None
                for name, value in local[person].items()
            }
            merged = Merged(fields=dict(local[person]), hashes=hashes(local[person]))
            merged.pushed = [name for name, value in remote.items() if value is None]
            merged.push = bool(merged.pushed)
        else:
            read = _read(server, href, today, region, steps)
            if read is None:
                continue
            merged = merge(base, local[person], read.fields)
        uid = known.uid or _uid(person)
        card = _decide(href, on_server[href], person, uid, merged, names, region, run)
        card.digest = digest_now
        plan.append(card)
    for href, etag in on_server.items():
        if href in cards:
            continue
        read = _read(server, href, today, region, steps)
        if read is None:
            continue
        ours = _OURS.fullmatch(read.uid)
        person = int(ours.group(1)) if ours else None
        if person is not None and person in outside:
            continue
        if person is not None and person in local and person not in linked:
            linked.add(person)
            merged = merge({}, local[person], read.fields)
            card = _decide(href, etag, person, read.uid, merged, names, region, run)
            card.digest = local.digest(person)
            plan.append(card)
            continue
        try:
            check(read.fields, region)
        except ValidationError as exc:
            name = display_name(read.fields["given_name"], read.fields["family_name"])
            run.refused.append(Change(None, name or href, (exc.message,)))
            continue
        name = display_name(read.fields["given_name"], read.fields["family_name"])
        run.came_in.append(Change(None, name))
        plan.append(_Card(href, etag, None, read.uid, new=read))
    for person in local.people:
        if person in linked:
            continue
        uid, fields = _uid(person), local[person]
        merged = Merged(fields=fields, push=True, hashes=hashes(fields))
        card = _Card(_href(book, f"person-{person}.vcf"), "", person, uid, merged=merged)
        card.text, card.put_etag = card_text(fields, uid, person), ""
        card.digest = local.digest(person)
        run.sent.append(Change(person, names.get(person, "")))
        plan.append(card)
    return plan


def _decide(
    href: str,
    etag: str,
    person: int,
    uid: str,
    merged: Merged,
    names: dict[int, str],
    region: str,
    run: SyncRun,
) -> _Card:
    name = names.get(person, "")
    card = _Card(href, etag, person, uid or _uid(person), merged=merged)
    if merged.into_notebook:
        try:
            check(merged.into_notebook, region)
        except ValidationError as exc:
            run.refused.append(Change(person, name, (exc.message,)))
            card.merged = None
            card.keep_etag = True
            return card
        run.updated_here.append(Change(person, name, tuple(merged.into_notebook)))
    if merged.clashes:
        values = tuple(merged.clash_values[f] for f in merged.clashes)
        run.clashes.append(Change(person, name, tuple(merged.clashes), values))
        card.keep_etag = True
    if merged.push:
        card.text, card.put_etag = card_text(merged.fields, card.uid, person), etag
        run.sent.append(Change(person, name, ()))
    return card


def _agenda(
    notebook: Notebook, items: dict[str, SyncItem], today: dt.date, days: int
) -> tuple[list[tuple[CalendarItem, str]], list[SyncItem]]:
    """The events to put (with the hash of what they say) and those to remove."""
    wanted = [
        i for i in calendar_items(notebook, today=today, days=days) if i.uid.startswith(AGENDA)
    ]
    put = []
    for item in wanted:
        content = digest([item.day.isoformat(), item.summary, item.description])
        if item.uid not in items or items[item.uid].content_hash != content:
            put.append((item, content))
    keep = {i.uid for i in wanted}
    return put, [row for uid, row in items.items() if uid not in keep]


def _write_agenda(
    session: Session,
    server: Server,
    account_id: int,
    calendar: str,
    items: dict[str, SyncItem],
    events: tuple[list[tuple[CalendarItem, str]], list[SyncItem]],
    steps: Steps,
) -> tuple[int, int]:
    put, removed = events
    for item, content in put:
        steps.step()
        href = items[item.uid].href if item.uid in items else _href(calendar, f"{item.uid}.ics")
        server.put(href, write_ics([item]).decode("utf-8"), ICALENDAR, None, overwrite=True)
        row = session.merge(
            items.get(item.uid)
            or SyncItem(account_id=account_id, uid=item.uid, href=href, content_hash="")
        )
        row.content_hash = content
        session.add(row)
    for gone in removed:
        steps.step()
        server.delete(gone.href)
        found = session.get(SyncItem, gone.id)
        if found is not None:
            session.delete(found)
    return len(put), len(removed)
