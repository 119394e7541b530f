"""French grammar for messages: "ton voyage", "ta randonnée", "tes enfants".

A detail is written down as heard ("Voyage à vélo", "sa randonnée"); a message mentions it in
the second person. French needs the noun's gender and number, and "ton" before a vowel sound
whatever the gender (ton expédition).
"""

from __future__ import annotations

import re

from relnotebook.core.outreach.messages.lexicon import french_gender

_FR_MASCULINE = frozenset({"ton", "son", "mon", "le", "un", "du"})
_FR_FEMININE = frozenset({"ta", "sa", "ma", "la", "une"})
_FR_PLURAL = frozenset({"tes", "ses", "mes", "les", "des", "vos", "leurs", "nos"})
_FR_GENDER_UNKNOWN = frozenset({"votre", "leur", "notre"})
_FR_ELIDED = re.compile(r"^(?:l|d)['’]\s*", re.IGNORECASE)

# Endings that are feminine often enough to guess from (the person page lets the user reword).
_FEMININE_ENDINGS = (
    "ée",
    "tion",
    "sion",
    "ure",
    "ette",
    "ence",
    "ance",
    "ie",
    "ade",
    "ine",
    "ise",
    "elle",
    "ière",
    "aine",
    "ité",
)
_FEMININE_WORDS = frozenset(
    {
        "fille",
        "femme",
        "mère",
        "sœur",
        "soeur",
        "tante",
        "nièce",
        "conjointe",
        "blonde",
        "copine",
        "épouse",
        "famille",
        "maison",
        "course",
        "fête",
        "retraite",
        "saison",
        "moto",
        "photo",
        "guitare",
        "marche",
        "chorale",
        "équipe",
        "plage",
        "page",
        "image",
        "nage",
        "boutique",
        "clinique",
        "musique",
        "compétition",
        "régate",
        "classe",
        "session",
        "ferme",
        "harpe",
    }
)
_MASCULINE_WORDS = frozenset(
    {
        "musée",
        "lycée",
        "trophée",
        "colisée",
        "génie",
        "incendie",
        "parapluie",
        "stade",
        "grade",
        "magazine",
        "squelette",
        "silence",
    }
)
# Singular words that end in s or x.
_SINGULAR_SX = frozenset(
    {
        "cours",
        "parcours",
        "concours",
        "discours",
        "temps",
        "repas",
        "tennis",
        "succès",
        "procès",
        "corps",
        "pays",
        "mois",
        "prix",
        "choix",
        "paradis",
        "relais",
        "jus",
        "bus",
        "campus",
        "virus",
    }
)


def starts_with_vowel_sound(word: str) -> bool:
    # Most French words starting with h are "mute" (ton hôtel, ton hiver); the aspirated ones
    # likely in small talk are listed, so their gender decides ("ta harpe", "ton hockey").
    lowered = word.casefold()
    if not lowered:
        return False
    if lowered[0] in "aeiouyàâäéèêëîïôöùûüœæ":
        return True
    aspirated = (
        "hockey",
        "hamac",
        "handball",
        "harpe",
        "haricot",
        "hibou",
        "homard",
        "huit",
        "héros",
    )
    return lowered[0] == "h" and not lowered.startswith(aspirated)


def _french_gender(word: str) -> str:
    """ "m", "f" or "p" (plural) for the noun a possessive goes before: from the lexicon, else
    guessed from its ending."""
    if known := french_gender(word):
        return known
    lowered = word.casefold().strip(",.;:!?")
    if lowered.startswith(("belle-", "petite-")) or lowered in _FEMININE_WORDS:
        return "f"
    if lowered in _MASCULINE_WORDS:
        return "m"
    if lowered.endswith(("s", "x")) and lowered not in _SINGULAR_SX:
        return "p"
    if lowered.endswith(_FEMININE_ENDINGS):
        return "f"
    if "-" in lowered:
        return _french_gender(lowered.rsplit("-", 1)[1])
    return "m"


def french_possessive(phrase: str) -> str:
    """ "Voyage à vélo" → "ton voyage à vélo", "sa randonnée" → "ta randonnée"."""
    phrase = phrase.strip()
    if elided := _FR_ELIDED.match(phrase):
        # "l’expo", "l’hiver": the noun starts with a vowel sound, so "ton" whatever its gender.
        return "ton " + phrase[elided.end() :]
    first, _, rest = phrase.partition(" ")
    determiner = first.casefold()
    if rest and determiner in _FR_PLURAL:
        return "tes " + rest
    if rest and determiner in _FR_FEMININE | _FR_MASCULINE | _FR_GENDER_UNKNOWN:
        noun = rest.split()[0]
        if starts_with_vowel_sound(noun):
            return "ton " + rest
        if determiner in _FR_FEMININE:
            return "ta " + rest
        if determiner in _FR_GENDER_UNKNOWN:
            return ("ta " if _french_gender(noun) == "f" else "ton ") + rest
        return "ton " + rest
    gender = _french_gender(first)
    if gender == "p":
        return "tes " + phrase
    if starts_with_vowel_sound(first):
        return "ton " + phrase
    return ("ta " if gender == "f" else "ton ") + phrase
