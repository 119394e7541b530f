"""A second pair of eyes on a signal before it goes out: does it push?

A signal works because it leaves the other person in control (domain.md, section 1). The usual
ways to spoil one are easy to spot in the text: business words in a message that is meant to be
about something else, no way out ("no pressure", "if you'd like"), a message too long to read in
passing, a suggestion to phone (email lets them think; phone turns into cat and mouse),
urgency ("act now", « avant la date limite ») and sales talk ("limited time", "portfolio
review", « rendement », « notre offre ») in any message.

This only advises: `check_message` is a pure function returning a list, and the user decides.
The word lists live in `resources/pressure/<lang>.json` ("business", "way_out", "phone",
"urgency", "sales") so they
can be extended without code. Matching ignores case and accents, works on whole words and
phrases, accepts a plural "s" on each listed word ("marché" finds "marchés" and "Marches"),
and treats ’ and ' alike. People mix languages, so business and phone words are looked for in
both lists, and so are ways out.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

from relnotebook.paths import resource

MAX_WORDS = 120
LANGUAGES: tuple[str, ...] = ("fr", "en")
# Messages about something other than business: a business word there gives the game away.
UNRELATED_TOPIC_KINDS = frozenset({"coffee_invitation", "next_day_note", "ask_how_it_went"})
# Messages that ask for something: they must leave an easy way to say no.
WAY_OUT_KINDS = frozenset({"coffee_invitation", "newsletter_offer"})

_LIST_KEYS = ("business", "way_out", "phone", "urgency", "sales")
# Every finding's code: the composer says each in words (gui/dialogs/compose.advice_text),
# `relnotebook draft --json` prints it as "rule". The "sales" list is found as "sales_pitch".
CODES: tuple[str, ...] = (
    "business_words",
    "no_way_out",
    "too_long",
    "suggests_phone",
    "urgency",
    "sales_pitch",
)
_APOSTROPHES = "’‘ʼ`´"
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True)
class Advice:
    """One thing worth a second look; `words` are quoted as they appear in the message."""

    code: str  # one of CODES
    words: tuple[str, ...] = ()
    count: int = 0

    @property
    def english(self) -> str:
        """The advice in one English sentence (the command line; the composer translates)."""
        quoted = ", ".join(self.words)
        return {
            "business_words": f"Business words in an unrelated-topic message: {quoted}.",
            "no_way_out": "No easy way out: add something like “no pressure”.",
            "too_long": f"Long for a first message: {self.count} words (aim under {MAX_WORDS}).",
            "suggests_phone": f"It suggests a phone call ({quoted}): email lets them answer "
            "when they like.",
            "urgency": f"It hurries them ({quoted}): a signal leaves them in control.",
            "sales_pitch": f"It sounds like a sales pitch ({quoted}).",
        }.get(self.code, self.code)


def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("œ", "oe").replace("æ", "ae")


def _fold(text: str) -> tuple[str, list[int]]:
    """Case- and accent-free text, with the index in `text` that each folded character came from.

    Folding can change lengths ("œ" → "oe", "ß" → "ss"); the index lets us quote the original.
    """
    pieces: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        origins.extend([index] * len(folded))
    return "".join(pieces), origins


def _phrase_pattern(phrase: str) -> str:
    """A listed phrase as a regex on folded text: flexible spaces, optional plural "s" per word."""
    folded, _ = _fold(phrase.strip())
    parts: list[str] = []
    previous_was_word = False
    for token in re.findall(r"\w+|\S", folded):
        if token in "'-":
            # "t'appeler", "t' appeler", "rendez-vous", "rendez - vous"
            parts.append(rf"\s*{re.escape(token)}\s*")
            previous_was_word = False
            continue
        if previous_was_word:
            parts.append(r"\s+")
        plural = len(token) >= 3 and token.isalnum() and not token.endswith(("s", "x"))
        parts.append(re.escape(token) + ("s?" if plural else ""))
        previous_was_word = True
    joined = "".join(parts)
    return rf"(?<!\w){joined}(?!\w)"


@functools.cache
def _lists(language: str) -> dict[str, tuple[str, ...]]:
    path = resource("pressure", f"{language}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or any(
        not isinstance(data.get(key), list) or not all(isinstance(w, str) for w in data[key])
        for key in _LIST_KEYS
    ):
        raise ValueError(f"{path} must hold lists of words under {', '.join(_LIST_KEYS)}.")
    return {key: tuple(data[key]) for key in _LIST_KEYS}


@functools.cache
def _matcher(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "give you a call" wins over "a call" at the same place.
    ordered = sorted(set(phrases), key=lambda p: len(_fold(p)[0]), reverse=True)
    return re.compile("|".join(_phrase_pattern(p) for p in ordered))


def find_phrases(text: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The listed phrases found in `text`, quoted as written there, first occurrence only."""
    if not phrases:
        return ()
    folded, origins = _fold(text)
    found: dict[str, str] = {}
    for match in _matcher(phrases).finditer(folded):
        if match.end() == match.start():
            continue
        original = text[origins[match.start()] : origins[match.end() - 1] + 1]
        found.setdefault(match.group(0), original)
    return tuple(found.values())


def word_count(text: str) -> int:
    """Words as a reader counts them: "j’ai" and "coffee-break" are one each."""
    return len(_WORD.findall(text))


def _all_languages(key: str, language: str) -> tuple[str, ...]:
    ordered = (language, *(other for other in LANGUAGES if other != language))
    return tuple(phrase for lang in ordered for phrase in _lists(lang)[key])


def check_message(text: str, *, language: str, kind: str) -> list[Advice]:
    """Advice on a draft (subject and body, or body alone); an empty list means it reads well.

    `kind` is the built-in kind, or for a user's template the kind the user chose for it.
    """
    if language not in LANGUAGES:
        raise ValueError(f"Messages are checked in French or English, not {language!r}.")
    advice: list[Advice] = []
    if kind in UNRELATED_TOPIC_KINDS and (
        business := find_phrases(text, _all_languages("business", language))
    ):
        advice.append(Advice("business_words", words=business))
    if kind in WAY_OUT_KINDS and not find_phrases(text, _all_languages("way_out", language)):
        advice.append(Advice("no_way_out"))
    if (count := word_count(text)) > MAX_WORDS:
        advice.append(Advice("too_long", count=count))
    if phone := find_phrases(text, _all_languages("phone", language)):
        advice.append(Advice("suggests_phone", words=phone))
    if urgency := find_phrases(text, _all_languages("urgency", language)):
        advice.append(Advice("urgency", words=urgency))
    if sales := find_phrases(text, _all_languages("sales", language)):
        advice.append(Advice("sales_pitch", words=sales))
    return advice
