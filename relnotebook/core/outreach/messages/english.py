"""English grammar for messages: "his kids" → "your kids"."""

from __future__ import annotations

import re

_EN_DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|my|your|our|its)\s+", re.IGNORECASE)


def english_possessive(phrase: str) -> str:
    """An existing determiner (his, her, the, a…) is replaced by "your"."""
    return "your " + _EN_DETERMINER.sub("", phrase.strip(), count=1)
