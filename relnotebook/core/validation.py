"""Checks on what the user types, shared by the capture form, the person page and imports."""

from __future__ import annotations

import re

from relnotebook.errors import ValidationError

# The largest id a row can have: SQLite's INTEGER and PostgreSQL's bigint are 64-bit signed. A
# person's number beyond it names no one (the command line refuses it before opening anything).
LARGEST_ID = 2**63 - 1

# Deliberately simple: one @, no spaces, a dot in the domain. Real validation is sending mail.
_EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
_PHONE = re.compile(r"^[+()\d][\d\s().\-/]*(?:\s*(?:x|ext\.?|poste)\s*\d+)?$", re.IGNORECASE)
_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "dos", "st"}


def normalise_email(text: str) -> str:
    """The address as stored: trimmed, domain in lower case. Raises when it is not an address."""
    value = text.strip()
    if not _EMAIL.match(value):
        raise ValidationError("email", "“{text}” is not an email address.", text=text.strip())
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise_phone(text: str) -> str:
    value = " ".join(text.split())
    if not _PHONE.match(value) or sum(ch.isdigit() for ch in value) < 3:
        raise ValidationError("phone", "“{text}” is not a phone number.", text=text.strip())
    return value


def split_name(full_name: str) -> tuple[str, str]:
    """("Robert", "Tremblay") from "Robert Tremblay"; particles stay with the family name."""
    words = full_name.split()
    if not words:
        raise ValidationError("name", "A name is needed.")
    if len(words) == 1:
        return words[0], ""
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def display_name(given: str, family: str, preferred: str = "") -> str:
    """How a person is shown: the name they go by, then the family name."""
    return " ".join(part for part in (preferred.strip() or given.strip(), family.strip()) if part)


def require_name(given: str, family: str, preferred: str = "") -> None:
    if not (given.strip() or family.strip() or preferred.strip()):
        raise ValidationError("name", "A name is needed.")
