"""The user's CalDAV/CardDAV server, through `caldav`'s client: the principal found from the
address the user gave (well-known URLs, current-user-principal), the address book in the
principal's addressbook-home-set (one made when there is none) and the app's own calendar
("Relationship Notebook", made when missing). Only that address book and that calendar are
ever written to.

Each failure becomes a `SyncError` in one sentence; `unreachable` when the server could not be
reached or dropped the connection (the command line exits 5 then).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin
from xml.sax.saxutils import escape

from relnotebook.core.secrets import keyring_password, remember_password
from relnotebook.errors import SentenceError

KEYRING_SERVICE = "relnotebook-sync"  # the password's place in the system keyring
CALENDAR_NAME = "Relationship Notebook"
_CALENDAR_ID = "relationship-notebook"
_BOOK_ID = "relationship-notebook-contacts/"
_TIMEOUT = 30
_DAV = "{DAV:}"
_CARD = "{urn:ietf:params:xml:ns:carddav}"
_PROPS = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:prop>{props}
</d:prop></d:propfind>"""
_SYNC_COLLECTION = """<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>{token}</d:sync-token>
<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"""
_ETAG = f"{_DAV}propstat/{_DAV}prop/{_DAV}getetag"
_PAGES = 100  # a server that cuts its answers (507) is followed this many times at most
_MAKE_BOOK = """<?xml version="1.0" encoding="utf-8"?>
<d:mkcol xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>
<d:displayname>Relationship Notebook</d:displayname></d:prop></d:set></d:mkcol>"""


class SyncError(SentenceError):
    """The sync could not be done, said in one sentence; the notebook is as it was.
    `unreachable`: the server could not be reached or dropped the connection."""

    def __init__(self, template: str, *, unreachable: bool = False, **params: Any) -> None:
        super().__init__(template, **params)
        self.unreachable = unreachable


@dataclass(frozen=True)
class DavAccount:
    url: str
    user: str = ""

    @property
    def keyring_user(self) -> str:
        """How the keyring names this account's password: `user@url`."""
        return f"{self.user}@{self.url}"


def account_password(account: DavAccount) -> str | None:
    return keyring_password(KEYRING_SERVICE, account.keyring_user)


def keep_password(account: DavAccount, password: str) -> bool:
    return remember_password(KEYRING_SERVICE, account.keyring_user, password)


def _unreachable(account: DavAccount) -> SyncError:
    return SyncError(
        "The server {url} could not be reached; nothing was synced. Try again later.",
        unreachable=True,
        url=account.url,
    )


def _refused(account: DavAccount) -> SyncError:
    return SyncError(
        "The server {url} refused the user name or password; nothing was synced.",
        url=account.url,
    )


@dataclass(frozen=True)
class Resource:
    href: str  # absolute URL
    etag: str


class Server:
    """One connection to the account's server; every call may raise `SyncError`."""

    def __init__(self, account: DavAccount, password: str | None) -> None:
        from caldav.davclient import DAVClient

        logging.getLogger("caldav").setLevel(logging.ERROR)  # its notes on content types
        self.account = account
        self.client = DAVClient(
            url=account.url,
            username=account.user or None,
            password=password,
            timeout=_TIMEOUT,
        )

    def _call(
        self,
        method: str,
        url: str,
        body: str = "",
        headers: dict[str, str] | None = None,
        depth: int | None = None,
        *,
        answered: bool = False,
    ) -> Any:
        """The server's answer; `answered`: a 403 or a 5xx is the caller's to read (a refused
        sync token), not a refused password or a server gone."""
        from caldav.lib import error

        sent = dict(headers or {})
        if depth is not None:
            sent["Depth"] = str(depth)
        try:
            response = self.client.request(url, method, body, sent)
        except error.AuthorizationError:
            raise _refused(self.account) from None
        except (OSError, error.DAVError) as exc:
            raise _unreachable(self.account) from exc
        if response.status == 401 or (response.status == 403 and not answered):
            raise _refused(self.account)
        if response.status >= 500 and not answered:
            raise _unreachable(self.account)
        return response

    def _props(self, url: str, props: str, depth: int) -> Iterator[tuple[str, Any]]:
        """(absolute href, <prop> element) of each response to a PROPFIND."""
        from lxml import etree

        response = self._call(
            "PROPFIND", url, _PROPS.format(props=props), {"Content-Type": "application/xml"}, depth
        )
        if response.status != 207:
            return
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(response.raw.encode("utf-8"), parser)
        for item in root.iter(f"{_DAV}response"):
            href = item.findtext(f"{_DAV}href") or ""
            for propstat in item.iter(f"{_DAV}propstat"):
                status = propstat.findtext(f"{_DAV}status") or ""
                prop = propstat.find(f"{_DAV}prop")
                if " 200 " in f"{status} " and prop is not None:
                    yield urljoin(url, href), prop

    def principal(self) -> str:
        from caldav.lib import error

        try:
            return str(self.client.principal().url)
        except error.AuthorizationError:
            raise _refused(self.account) from None
        except (OSError, error.DAVError) as exc:
            raise _unreachable(self.account) from exc

    def addressbook(self, principal: str, *, make: bool = True) -> str:
        """The first address book of the principal's home, or one made for the app ("" when
        there is none and `make` is False: a dry run writes nothing, there either)."""
        homes = [
            urljoin(principal, href.text)
            for _, prop in self._props(principal, "<card:addressbook-home-set/>", 0)
            for href in prop.iter(f"{_DAV}href")
            if href.text
        ]
        home = homes[0] if homes else principal
        for href, prop in self._props(home, "<d:resourcetype/>", 1):
            if prop.find(f"{_DAV}resourcetype/{_CARD}addressbook") is not None:
                return href
        made = urljoin(home, _BOOK_ID)
        if not make:
            return ""
        if self._call("MKCOL", made, _MAKE_BOOK, {"Content-Type": "application/xml"}).status > 299:
            raise SyncError(
                "The server {url} has no address book and would not let the app make one.",
                url=self.account.url,
            )
        return made

    def calendar(self) -> str:
        """The app's own calendar, made when missing."""
        from caldav.lib import error

        try:
            principal = self.client.principal()
            for calendar in principal.calendars():
                if calendar.get_display_name() == CALENDAR_NAME:
                    return str(calendar.url)
            return str(principal.make_calendar(name=CALENDAR_NAME, cal_id=_CALENDAR_ID).url)
        except error.AuthorizationError:
            raise _refused(self.account) from None
        except (OSError, error.DAVError) as exc:
            raise _unreachable(self.account) from exc

    def listing(self, collection: str) -> tuple[str, list[Resource]]:
        """The collection's sync token ("" when the server gives none) and its items."""
        token = ""
        found: list[Resource] = []
        props = "<d:getetag/><d:resourcetype/><d:sync-token/>"
        for href, prop in self._props(collection, props, 1):
            if prop.find(f"{_DAV}resourcetype/{_DAV}collection") is not None:
                token = prop.findtext(f"{_DAV}sync-token") or token
            elif (etag := prop.findtext(f"{_DAV}getetag")) is not None:
                found.append(Resource(href, etag))
        return token, found

    def changes(self, collection: str, token: str) -> tuple[str, list[Resource], list[str]] | None:
        """What changed in the collection since `token` (RFC 6578's sync-collection REPORT): the
        new token, the items added or changed, the hrefs of those gone; None when the server
        does not do it or refuses the token (an old one, or another server's): list it all."""
        from lxml import etree

        changed: dict[str, str] = {}
        gone: set[str] = set()
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        for _page in range(_PAGES):
            body = _SYNC_COLLECTION.format(token=escape(token))
            try:
                response = self._call(
                    "REPORT", collection, body, {"Content-Type": "application/xml"}, answered=True
                )
            except SyncError as exc:  # a refused token may come as a 403: the listing will tell
                if exc.unreachable:
                    raise
                return None
            if response.status != 207:
                return None
            root = etree.fromstring(response.raw.encode("utf-8"), parser)
            token = root.findtext(f"{_DAV}sync-token") or ""
            if not token:
                return None
            cut = False
            for item in root.iter(f"{_DAV}response"):
                href = urljoin(collection, item.findtext(f"{_DAV}href") or "")
                status = item.findtext(f"{_DAV}status") or ""
                if href.rstrip("/") == collection.rstrip("/"):
                    cut = cut or " 507 " in f"{status} "  # truncated: ask again from `token`
                elif " 404 " in f"{status} ":
                    gone.add(href)
                    changed.pop(href, None)
                elif (etag := item.findtext(_ETAG)) is not None:
                    changed[href] = etag
                    gone.discard(href)
            if not cut:
                return token, [Resource(h, e) for h, e in changed.items()], sorted(gone)
        return None

    def get(self, href: str) -> str | None:
        """One card as the server keeps it; None when it is gone."""
        # caldav asks for XML unless told otherwise, and a server that honours Accept
        # (Xandikos) answers 406 with a sentence, which must not be read as the card.
        response = self._call("GET", href, headers={"Accept": "text/vcard, */*;q=0.1"})
        if response.status == 404:
            return None
        if response.status > 299:
            raise SyncError(
                "The server {url} would not send a card (HTTP {status}).",
                url=self.account.url,
                status=response.status,
            )
        return str(response.raw)

    def put(
        self, href: str, text: str, kind: str, etag: str | None, *, overwrite: bool = False
    ) -> str | None:
        """Write one card or event; its new ETag ("" when the server gives none), or None when
        it changed on the server meanwhile (If-Match failed: left for the next sync)."""
        headers = {"Content-Type": f"{kind}; charset=utf-8"}
        if not overwrite:
            headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        response = self._call("PUT", href, text, headers)
        if response.status == 412:
            return None
        if response.status > 299:
            raise SyncError(
                "The server {url} would not keep a card or an event (HTTP {status}).",
                url=self.account.url,
                status=response.status,
            )
        return str(response.headers.get("ETag") or "")

    def delete(self, href: str) -> None:
        self._call("DELETE", href)
