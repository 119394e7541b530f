"""The rest of a person's card: postal addresses and websites (migration 0012), checked,
written and read for the people service (`service.py`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from relnotebook.core.models import ContactKind, ContactPoint, PostalAddress
from relnotebook.core.people.views import ADDRESS_PARTS, Address, Website
from relnotebook.errors import ValidationError


def clean_websites(values: Iterable[Website]) -> tuple[Website, ...]:
    kept: dict[str, Website] = {}
    for website in values:
        url = "".join(website.url.split())
        if url and url.casefold() not in kept:
            kept[url.casefold()] = Website(url, " ".join(website.kind.split()))
    return tuple(kept.values())


def typed_website(text: str) -> Website:
    """A website or profile typed in a form ("linkedin.com/in/robert"): LinkedIn's named so.
    Raises `ValidationError` for text that cannot be a web address (spaces, no dot)."""
    url = text.strip()
    if not url or any(ch.isspace() for ch in url) or "." not in url:
        raise ValidationError(
            "website", "“{value}” is not a web address (like linkedin.com/in/name).", value=url
        )
    return Website(url, "LinkedIn" if "linkedin." in url.casefold() else "")


def clean_addresses(values: Iterable[Address]) -> tuple[Address, ...]:
    kept: list[Address] = []
    for address in values:
        parts = {name: getattr(address, name).strip() for name in ADDRESS_PARTS}
        clean = Address(" ".join(address.kind.split()), **parts)
        if clean.text and clean not in kept:
            kept.append(clean)
    return tuple(kept)


def set_addresses(session: Session, person_id: int, addresses: Sequence[Address]) -> None:
    session.exec(delete(PostalAddress).where(col(PostalAddress.person_id) == person_id))
    for position, address in enumerate(addresses):
        session.add(PostalAddress(person_id=person_id, position=position, **vars(address)))


@dataclass
class Card:
    """A person's websites and postal addresses, in their order."""

    websites: list[Website]
    addresses: list[Address]


def read_cards(session: Session, person_ids: Iterable[int]) -> dict[int, Card]:
    ids = list(person_ids)
    found: dict[int, Card] = defaultdict(lambda: Card([], []))
    for point in session.exec(
        select(ContactPoint)
        .where(col(ContactPoint.person_id).in_(ids), ContactPoint.kind == ContactKind.URL.value)
        .order_by(col(ContactPoint.position), col(ContactPoint.id))
    ):
        found[point.person_id].websites.append(Website(point.value, point.label))
    for row in session.exec(
        select(PostalAddress)
        .where(col(PostalAddress.person_id).in_(ids))
        .order_by(col(PostalAddress.position), col(PostalAddress.id))
    ):
        parts = {name: getattr(row, name) for name in ADDRESS_PARTS}
        found[row.person_id].addresses.append(Address(row.kind, **parts))
    return found
