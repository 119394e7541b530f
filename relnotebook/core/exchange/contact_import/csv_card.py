"""The rest of a contact row, besides what `ColumnMapping` maps: name prefix and suffix,
nickname, postal addresses, websites, groups and anniversary, from the columns Google, Outlook
and LinkedIn give them (recognised by name, whatever the mapping).

Google: "Name Prefix", "Nickname", "Address 1 - Street"…, "Website 1 - Value", "Labels" (or
the older "Group Membership"), "Event 1 - Value" labelled "Anniversary". Outlook: "Title" (the
honorific), "Suffix", "Business Street"…, "Web Page", "Categories", "Anniversary". LinkedIn:
"URL" (the profile) and "Connected On".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from relnotebook.core.exchange.contact_import.incoming import parse_birthday
from relnotebook.core.people.views import Address, Website

Cell = Callable[[str], str]  # a row's cell by column name in lower case ("" when none)

_GOOGLE_PARTS = {
    "street": ("street",),
    "extended": ("extended address",),
    "box": ("po box",),
    "city": ("city",),
    "region": ("region",),
    "postal_code": ("postal code",),
    "country": ("country",),
}
_OUTLOOK_PLACES = {"business": "work", "home": "home", "other": "other"}
_SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred"}
_NUMBERED = re.compile(r"(?:address|website|event) (\d+) - ")
_LINKEDIN_DAY = "%d %b %Y"  # "07 Dec 2026"


def _google_address(cell: Cell, n: int) -> Address | None:
    head = f"address {n} - "
    parts = {name: cell(head + keys[0]) for name, keys in _GOOGLE_PARTS.items()}
    street = ", ".join(p for p in (parts["street"], parts["extended"], parts["box"]) if p)
    kind = (cell(head + "label") or cell(head + "type")).lstrip("* ").lower()
    address = Address(
        kind, street, parts["city"], parts["region"], parts["postal_code"], parts["country"]
    )
    if not address.text and (formatted := cell(head + "formatted")):
        address = Address(kind, formatted)
    return address if address.text else None


def _outlook_address(cell: Cell, place: str, kind: str) -> Address | None:
    streets = (cell(f"{place} street"), cell(f"{place} street 2"), cell(f"{place} street 3"))
    address = Address(
        kind,
        ", ".join(s for s in streets if s),
        cell(f"{place} city"),
        cell(f"{place} state"),
        cell(f"{place} postal code"),
        cell(f"{place} country/region") or cell(f"{place} country"),
    )
    return address if address.text else None


def _groups(cell: Cell) -> tuple[str, ...]:
    names = [*cell("labels").split(":::"), *cell("group membership").split(":::")]
    names += cell("categories").split(";")
    kept = [" ".join(name.strip().lstrip("*").split()) for name in names]
    return tuple(dict.fromkeys(n for n in kept if n and n.casefold() not in _SYSTEM_GROUPS))


def _connected_on(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), _LINKEDIN_DAY).date()  # noqa: DTZ007 (a day)
    except ValueError:
        return None


def card_rest(cell: Cell, keys: set[str], today: dt.date, outlook: bool) -> dict[str, Any]:
    """`IncomingContact`'s fields beyond the mapping, for one row. `keys` are the file's
    column names in lower case; `outlook` says its "Title" column is the honorific."""
    numbers = sorted({int(m[1]) for key in keys if (m := _NUMBERED.match(key))})
    addresses = [a for n in numbers if (a := _google_address(cell, n))]
    addresses += [a for p, k in _OUTLOOK_PLACES.items() if (a := _outlook_address(cell, p, k))]
    websites = []
    for n in numbers:
        head = f"website {n} - "
        kind = (cell(head + "label") or cell(head + "type")).lstrip("* ")
        websites += [Website(url.strip(), kind) for url in cell(head + "value").split(":::")]
    websites += [Website(cell("web page")), Website(cell("personal web page"), "home")]
    websites.append(Website(cell("url"), "LinkedIn" if "connected on" in keys else ""))
    anniversary_text = cell("anniversary")
    for n in numbers:
        head = f"event {n} - "
        if (cell(head + "label") or cell(head + "type")).casefold() == "anniversary":
            anniversary_text = anniversary_text or cell(head + "value")
    anniversary = parse_birthday(anniversary_text, today=today) if anniversary_text else None
    return {
        "name_prefix": cell("name prefix") or (cell("title") if outlook else ""),
        "name_suffix": cell("name suffix") or cell("suffix"),
        "nickname": cell("nickname"),
        "addresses": tuple(addresses),
        "websites": tuple(w for w in websites if w.url),
        "categories": _groups(cell),
        "anniversary": anniversary,
        "connected_on": _connected_on(cell("connected on")) if "connected on" in keys else None,
    }
