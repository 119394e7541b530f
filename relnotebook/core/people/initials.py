"""The one or two letters that stand for a person in an avatar ("JC" for Jean-François Côté).

A rule of its own so that every list and the person page agree, and so it is tested without Qt.
"""

from __future__ import annotations

import unicodedata

from relnotebook.core.validation import display_name


def initials(given: str, family: str, preferred: str = "") -> str:
    """The first letter of the name they go by and of their family name, upper case; one letter
    for a single name; "?" when no part of the name starts with a letter."""
    return initials_of(display_name(given, family, preferred))


def initials_of(name: str) -> str:
    """From a shown name: the first letter of its first and last words ("d'Amours" → "A")."""
    letters = [first for word in name.split() if (first := _first_letter(word))]
    if not letters:
        return "?"
    picked = letters[0] + (letters[-1] if len(letters) > 1 else "")
    return picked.upper()


_ELIDED = ("d'", "l'")  # French particles: d'Amours is filed under A; O'Brien stays under O


def _first_letter(word: str) -> str:
    plain = word.replace("’", "'")
    if plain[:2].casefold() in _ELIDED and len(plain) > 2:
        plain = plain[2:]
    return next((char for char in plain if unicodedata.category(char).startswith("L")), "")


def hue(key: str) -> int:
    """A hue (0–359) that stays the same for the same person across runs and machines (not
    Python's salted `hash`), so their avatar keeps its colour."""
    total = 0
    for char in key:
        total = (total * 31 + ord(char)) % 360_007
    return total % 360
