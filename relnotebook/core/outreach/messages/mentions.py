"""How a message mentions a personal detail: a second-person noun phrase, per form of address.

A detail is written down as heard ("Fait du vélo de montagne à Bromont", "His daughter is
choosing between McGill and Laval"); a message needs « ton vélo de montagne à Bromont » /
« votre vélo de montagne à Bromont » / "your daughter choosing between McGill and Laval".
`suggest` makes that phrase for the language the detail is written in (guessed when not
given); the user may correct it, and drafts use what is stored (migration 0011). When no
phrase reads right the suggestion is None and drafts use a sentence that needs none.

Rules per language (mention_fr.py, mention_en.py), with the gender of French nouns from the
Lefff (lexicon.py, loaded on first use). Pure functions: no Qt, no database, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relnotebook.core.outreach.messages import mention_en, mention_fr
from relnotebook.core.outreach.messages.lexicon import french_gender, words

FORMS: tuple[str, ...] = ("tu", "vous")

_FRENCH_WORDS = words(
    """
    le la les un une des du de d l au aux et en à avec son sa ses pour sur dans chez est a
    fait joue part va sont ont qui fille fils femme mari enfants parents voyage chalet
    """
)
_ENGLISH_WORDS = words(
    """
    the a an and with his her their to in on at of for is are has loves plays trip going
    daughter son wife husband kids parents just
    """
)


@dataclass(frozen=True)
class Mentions:
    """The suggested mentions of one detail; None where none reads right or the language
    differs (a French detail has no English mention: a draft never mixes languages)."""

    language: str | None
    en: str | None = None
    tu: str | None = None
    vous: str | None = None

    def for_form(self, language: str, form: str | None) -> str | None:
        if language == "en":
            return self.en
        return self.vous if form == "vous" else self.tu


def guess_language(text: str) -> str | None:
    """ "fr", "en", or None when the text gives no clue; cheap: accents and common words."""
    words = re.findall(r"[^\W\d_]+", text.casefold().replace("’", " ").replace("'", " "))
    french = sum(word in _FRENCH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if re.search(r"[éèêàâçôûîœù]", text.casefold()):
        french += 2
    english += sum(len(word) > 4 and word.endswith("ing") for word in words)
    if french == english:
        return None
    return "fr" if french > english else "en"


_TU_TO_VOUS = {
    "ton": "votre",
    "ta": "votre",
    "tes": "vos",
    "toi": "vous",
    "te": "vous",
    "t’": "vous ",
}


def to_vous(mention: str) -> str:
    """« ton vélo » → « votre vélo », « tes enfants » → « vos enfants »."""
    return re.sub(
        r"(?<![\w’'-])(?:(ton|ta|tes|toi|te)(?![\w’'-])|(t’))",
        lambda match: _TU_TO_VOUS[match.group(1) or match.group(2)],
        mention,
    )


_ASIDE = re.compile(r"\s*\([^()]*\)")
# A trailing note after a comma that is not part of the phrase: ", handicap de 8".
_NOTE = re.compile(r",\s+(?P<first>[^\W\d_][\w’'-]*)[^,]*$")


def _trimmed(text: str, language: str | None) -> str:
    """The detail without what a message leaves out: an aside in brackets ("(Tokyo, then
    Kyoto)") and, in French, a trailing note that starts with a bare noun (", handicap de
    8"); a name, a phrase or a clause after a comma stays ("Nouveau chien, un labrador",
    "Ses jumeaux, Félix et Zoé, sont au cégep")."""
    text = _ASIDE.sub("", text).strip()
    note = _NOTE.search(text)
    if note is not None and language == "fr":
        first = note.group("first")
        if first.islower() and french_gender(first) is not None and first not in _ARTICLES:
            text = text[: note.start()]
    return text


_ARTICLES = frozenset(
    [
        "un",
        "une",
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "qui",
        "pour",
        "avec",
        "en",
        "dans",
        "sur",
        "chez",
    ]
)


def suggest(text: str, language: str | None = None) -> Mentions:
    """The mentions of a detail, in the language given or guessed from the text."""
    language = language or guess_language(text)
    text = _trimmed(text, language)
    if language == "fr":
        tu = mention_fr.suggest_tu(text)
        return Mentions("fr", tu=tu, vous=to_vous(tu) if tu else None)
    if language == "en":
        return Mentions("en", en=mention_en.suggest(text))
    return Mentions(None)


def with_preposition(mention: str, preposition: str) -> str:
    """French "de"/"à" before a mention, contracted: « du déménagement », « au mariage »."""
    first, _, rest = mention.partition(" ")
    lowered = first.casefold()
    contracted = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
    if (preposition, lowered) in contracted:
        return f"{contracted[(preposition, lowered)]} {rest}"
    return f"{preposition} {mention}"
