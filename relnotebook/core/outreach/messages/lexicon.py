"""French nouns and their gender, from the Lefff (resources/lexicon/, LGPL-LR).

41,655 one-word singular nouns (500 KB of text), read once, the first time a French mention is
suggested: about 30 ms. A plural is found from its singular ("vélos", "chevaux"). A few words
the Lefff leaves out or lists under both genders are settled below, the way Quebec speaks.
"""

from __future__ import annotations

import functools

from relnotebook.paths import resource

# Missing from the Lefff, ambiguous there (le/la voile), or Quebec usage.
_SETTLED: dict[str, str] = {
    "cégep": "m",
    "voile": "f",
    "tour": "m",
    "livre": "m",
    "poste": "m",
    "mode": "f",
    "manche": "f",
    "camino": "m",
    "triathlon": "m",
    "pickleball": "m",
    "crossfit": "m",
    "yoga": "m",
    "chalet": "m",
    "bénévolat": "m",
    "doctorat": "m",
    "mba": "m",
    "bac": "m",
    "secondaire": "m",
    "primaire": "m",
    "podcast": "m",
    "balado": "m",
    "ukulélé": "m",
    "kayak": "m",
    "vélo": "m",
    "fatbike": "m",
    "réno": "f",
    "rénos": "p",
    "blonde": "f",
    "chum": "m",
    "garderie": "f",
    "polyvalente": "f",
    "ligue": "f",
    "tournée": "f",
    "escalade": "f",
    "gens": "p",
    "parents": "p",
    "enfants": "p",
    "petits-enfants": "p",
    "grands-parents": "p",
    "jumeaux": "p",
    "jumelles": "p",
    "vacances": "p",
    "fiançailles": "p",
    "noces": "p",
    "études": "p",
}


@functools.cache
def _genders() -> dict[str, str]:
    text = resource("lexicon", "fr_genders.txt").read_text(encoding="utf-8")
    genders = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
    genders.update(_SETTLED)
    return genders


def words(text: str) -> frozenset[str]:
    """A set of words written as text, one space or line apart."""
    return frozenset(text.split())


def _singular(word: str) -> str | None:
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word.endswith(("s", "x")):
        return word[:-1]
    return None


def french_gender(word: str) -> str | None:
    """ "m", "f", "p" (a plural) or None for a word the lexicon does not know as a noun."""
    lowered = word.casefold().strip(",.;:!?")
    genders = _genders()
    if lowered in genders:
        return genders[lowered]
    singular = _singular(lowered)
    if singular and singular in genders:
        return "p"
    if "-" in lowered:
        first, _, last = lowered.partition("-")
        if _singular(first) in genders and _singular(last.rsplit("-", 1)[-1]) is not None:
            return "p"
        return french_gender(lowered.rsplit("-", 1)[1])
    return None


def is_noun(word: str) -> bool:
    return french_gender(word) is not None
