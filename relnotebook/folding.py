"""Accent- and case-free text: "Montréal" and "montreal" fold alike.

The one fold by which names are sorted and filtered: in memory (the GUI's tables) and in the
notebook, where each person keeps their name and organisation folded (`core.people.keys`), so
that the People list is ordered and filtered in SQL. Both must fold alike, so there is one.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Montréal" and "montreal" compare equal."""
    if text.isascii():  # most names: only the case to fold (the same result, faster)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
