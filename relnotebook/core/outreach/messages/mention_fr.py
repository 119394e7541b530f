"""A French detail as typed → how a « tu » message mentions it (mentions.py gives « vous »).

"Fait du vélo de montagne à Bromont" → « ton vélo de montagne à Bromont »; "Sa fille finit le
cégep" → « ta fille qui finit le cégep »; "Rénove son chalet" → « la rénovation de ton
chalet »; « Ses parents déménagent à Québec » → « le déménagement de tes parents à Québec ».
The gender of a noun comes from the lexicon (lexicon.py), its article when it has one. None
when no mention reads right: the draft then uses a sentence without one.
"""

from __future__ import annotations

import re

from relnotebook.core.outreach.messages.french import starts_with_vowel_sound
from relnotebook.core.outreach.messages.lexicon import french_gender, words

# Article or possessive → what it says of the noun: m, f, p, or v (elided: a vowel follows).
_DETERMINERS: dict[str, str] = {
    **dict.fromkeys(("le", "un", "son", "mon", "ton", "du", "au"), "m"),
    **dict.fromkeys(("la", "une", "sa", "ma", "ta"), "f"),
    **dict.fromkeys(("les", "des", "ses", "mes", "tes", "aux", "leurs", "nos", "vos"), "p"),
    **dict.fromkeys(("l’", "d’"), "v"),
    **dict.fromkeys(("leur", "notre", "votre"), "?"),
}
# Two-word articles: "de la", "de l’", "à la", "à l’".
_TWO_WORD = {("de", "la"): "f", ("de", "l’"): "v", ("à", "la"): "f", ("à", "l’"): "v"}
_NUMBERS = words(
    """
    deux trois quatre cinq six sept huit neuf dix nombreux plusieurs
    """
) | frozenset(str(n) for n in range(2, 100))
# Adjectives that come before the noun: the possessive agrees with the noun after them.
_BEFORE_NOUN = words(
    """
    jeune jeunes nouveau nouvel nouvelle nouveaux nouvelles petit petite petits petites
    grand grande grands
    grandes vieux vieil vieille gros grosse beau bel belle premier première dernier dernière
    prochain prochaine long longue ancien ancienne
    """
)
_AFTER_NOUN_ADJECTIVES = words(
    """
    aîné aînée aînés aînées cadet cadette cadets cadettes plus jeune familial familiale
    adolescent adolescente adolescents adolescentes
    """
)
_PREPOSITIONS = words(
    """
    à au aux de du des d’ en dans pour avec sur chez entre près par sans vers et ou , qui cet
    cette ce ces
    """
)
_WEEKDAYS = frozenset(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
_ADVERBS = words(
    """
    beaucoup souvent régulièrement encore aussi toujours maintenant bientôt justement
    énormément vraiment sérieusement activement
    """
)
_SECOND_PERSON = {"son": "ton", "sa": "ta", "ses": "tes", "sien": "tien", "sienne": "tienne"}
_PEOPLE = words(
    """
    fille filles fils femme mari conjoint conjointe chum blonde enfant enfants parents père
    mère frère frères sœur sœurs soeur petit-fils petite-fille petits-enfants jumeaux jumelles
    garçon garçons bébé ado ados famille chien chienne chat chatte
    """
)
_PEOPLE_VERB_SUFFIX = re.compile(r"(?:ent|ont|sont)$")

# Verbs whose object is what to mention: "Fait du vélo" → « ton vélo ».
_OBJECT_VERBS = words(
    """
    fait font faire joue jouent jouer joué pratique pratiquer pratiqué suit suivre suivi
    prépare préparer préparé planifie planifier planifié commence commencer commencé finit
    finir fini termine terminer terminé écrit écrire court courir couru collectionne chante chantent
    passe passent passer passé
    collectionner gagne gagner gagné fête fêter fêté célèbre célébrer célébré a avoir eu
    possède tient tenir élève élever entraîne entraîner
    """
)
# Verbs mentioned through a noun: "Rénove son chalet" → « la rénovation de ton chalet ».
_NOMINAL_VERBS: dict[str, str] = {
    **dict.fromkeys(("rénove", "rénover", "rénové", "rénovent"), "la rénovation de"),
    **dict.fromkeys(("construit", "construire", "construisent"), "la construction de"),
    **dict.fromkeys(("organise", "organiser", "organisé"), "l’organisation de"),
    **dict.fromkeys(("vend", "vendre", "vendu"), "la vente de"),
    **dict.fromkeys(("achète", "acheter", "acheté"), "l’achat de"),
    **dict.fromkeys(("attend", "attendre"), "l’arrivée de"),
}
# Verbs whose object keeps its article: "Apprend la guitare" → « ton apprentissage de la guitare ».
_TOPIC_VERBS: dict[str, str] = {
    **dict.fromkeys(("apprend", "apprendre", "appris"), "ton apprentissage"),
    **dict.fromkeys(("étudie", "étudier", "étudié"), "tes études"),
}
# Verbs that are an event of their own: "Déménage à Québec" → « ton déménagement à Québec ».
_EVENT_VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("déménage", "déménagent", "déménager", "déménagé"), ("déménagement", "m")),
    **dict.fromkeys(("marie", "marient", "marier", "marié", "mariée"), ("mariage", "m")),
    **dict.fromkeys(("entraîne", "entraînent", "entraîner"), ("entraînement", "m")),
    **dict.fromkeys(
        ("part", "partent", "partir", "parti", "partie", "va", "vont", "aller", "allé", "allée"),
        ("voyage", "m"),
    ),
    **dict.fromkeys(("voyage", "voyagent", "voyager", "voyagé"), ("voyage", "m")),
    **dict.fromkeys(("retourne", "retournent", "retourner", "retourné"), ("voyage", "m")),
    **dict.fromkeys(("revient", "reviennent", "revenir", "revenu", "revenue"), ("retour", "m")),
    **dict.fromkeys(("rentre", "rentrent", "rentré", "rentrée"), ("retour", "m")),
    **dict.fromkeys(("accouche", "accoucher"), ("accouchement", "m")),
    **dict.fromkeys(("golfe", "golfent", "golfer"), ("golf", "m")),  # Quebec: "Golfe le samedi"
}
_CHOICE_VERBS = frozenset(["hésite", "hésitent", "choisit", "choisissent", "choisir"])
_COACH_VERBS = frozenset(["entraîne", "entraînent", "entraîner", "coache"])
_PASSION_VERBS = frozenset(["aime", "aiment", "adore", "adorent", "aimer", "adorer"])
_PASSION_WORDS = words(
    """
    passionné passionnée passionnés passionnées fan fans mordu mordue mordus amateur amatrice
    amateurs adepte adeptes fervent fervente
    """
)
_AUXILIARIES = frozenset(["a", "ont", "est", "sont"])
_LEADING = ("vient de", "vient d’", "viennent de", "est en train de", "est en train d’")


def _known_words() -> frozenset[str]:
    return (
        frozenset(_DETERMINERS)
        | _NUMBERS
        | _BEFORE_NOUN
        | _OBJECT_VERBS
        | frozenset(_NOMINAL_VERBS)
        | frozenset(_TOPIC_VERBS)
        | frozenset(_EVENT_VERBS)
        | _PASSION_VERBS
        | _PASSION_WORDS
        | _COACH_VERBS
        | {"se", "s’", "vient", "est", "prend", "grand", "grande", "bénévole", "membre"}
    )


def _tokens(text: str) -> list[str]:
    text = text.replace("'", "’")
    text = re.sub(r"(\w’)", r"\1 ", text)  # l’équipe → l’ équipe
    text = text.replace(",", " , ")
    return text.split()


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens).replace(" ,", ",")
    return re.sub(r"’ ", "’", text).strip()


def _lower(word: str) -> str:
    return word.casefold()


def _possessive(gender: str, next_word: str) -> str:
    if gender == "p":
        return "tes"
    if starts_with_vowel_sound(next_word) or gender != "f":
        return "ton"
    return "ta"


def _definite(gender: str, next_word: str) -> str:
    if gender == "p":
        return "les"
    if starts_with_vowel_sound(next_word):
        return "l’"
    return "la" if gender == "f" else "le"


def _article(tokens: list[str]) -> tuple[str | None, list[str]]:
    """The gender an article at the start says, and the words after it."""
    if len(tokens) >= 2 and (_lower(tokens[0]), _lower(tokens[1])) in _TWO_WORD:
        return _TWO_WORD[(_lower(tokens[0]), _lower(tokens[1]))], tokens[2:]
    if tokens and _lower(tokens[0]) in _DETERMINERS:
        return _DETERMINERS[_lower(tokens[0])], tokens[1:]
    if tokens and _lower(tokens[0]) == "de":  # "beaucoup de vélo"
        return None, tokens[1:]
    return None, tokens


def _head(words: list[str]) -> int:
    """Index of the noun in a phrase that may start with numbers and adjectives."""
    index = 0
    while index < len(words) - 1 and (
        _lower(words[index]) in _NUMBERS or _lower(words[index]) in _BEFORE_NOUN
    ):
        index += 1
    return index


def _second_person(words: list[str], *, reflexive: bool = True) -> list[str]:
    """son/sa/ses of the person → ton/ta/tes, and with `reflexive` se/s’ → te/t’ ("pour se
    rapprocher" → "pour te rapprocher"); "le mardi" → "du mardi"."""
    out: list[str] = []
    for index, word in enumerate(words):
        lowered = _lower(word)
        if lowered in _SECOND_PERSON:
            out.append(_SECOND_PERSON[lowered])
        elif reflexive and lowered in ("se", "s’") and index > 0:
            out.append("te" if lowered == "se" else "t’")
        elif (
            lowered == "le"
            and index + 1 < len(words)
            and _lower(words[index + 1]) in _WEEKDAYS
            and index > 0
        ):
            out.append("du")
        else:
            out.append(word)
    return out


def noun_phrase(tokens: list[str]) -> str | None:
    """ "son chalet à Magog" / "du vélo" / "Voyage au Japon" → « ton chalet à Magog »…"""
    gender, words = _article(tokens)
    if not words:
        return None
    if gender in (None, "?"):
        head = words[_head(words)]
        gender = french_gender(head)
        if gender is None:
            if not head[:1].isupper() or head is tokens[0]:
                return None  # not a noun we know (likely a verb): no mention, not a wrong one
            gender = "m"  # a name: "le Camino"
    elif gender == "m" and french_gender(words[_head(words)]) == "p":
        gender = "p"  # "son grands-parents" typed for "ses"
    return _join([_possessive(gender, words[0]), *_second_person(words)])


def _with_de(phrase: str) -> str:
    """ "de" before a phrase, contracted: de + le → du, de + les → des, de + vowel → d’."""
    first, _, rest = phrase.partition(" ")
    lowered = first.casefold()
    if lowered == "le":
        return f"du {rest}"
    if lowered == "les":
        return f"des {rest}"
    if starts_with_vowel_sound(first) and not lowered.startswith("l’"):
        return f"d’{phrase}"
    return f"de {phrase}"


def _object(tokens: list[str]) -> list[str]:
    """What a verb acts on, without adverbs or a leading preposition ("joue dans une ligue")."""
    words = [w for w in tokens if _lower(w) not in _ADVERBS]
    if words and _lower(words[0]) in ("dans", "avec", "pour", "partie"):
        words = words[1:]
    if len(words) >= 2 and _lower(words[0]) in ("de", "d’") and _lower(words[1]) in _DETERMINERS:
        words = words[1:]  # "fait partie d’une chorale"
    return words


def _topic(tokens: list[str]) -> str | None:
    """The object as a topic with its definite article: "de pêche" → "la pêche"."""
    gender, words = _article(tokens)
    if not words:
        return None
    if _lower(words[0]) in ("faire", "jouer", "pratiquer"):
        return _topic(_object(words[1:]))
    if gender is None or gender == "?":
        gender = french_gender(words[_head(words)]) or ("m" if words[0][:1].isupper() else "")
    if not gender:
        return None
    if gender == "v":
        gender = french_gender(words[_head(words)]) or "m"
    article = _definite(gender, words[0])
    return _join([article, *_second_person(words)])


def _event(noun: str, gender: str, rest: list[str], subject: str | None) -> str:
    if subject is None:
        return _join([_possessive(gender, noun), noun, *_second_person(rest)])
    article = _definite(gender, noun)
    return _join([article, noun, _with_de(subject), *_second_person(rest, reflexive=False)])


def _verb_phrase(tokens: list[str], subject: str | None = None) -> str | None:
    """A phrase starting with a verb, for the person (subject None) or someone close to them."""
    words = list(tokens)
    text = _join(words).casefold()
    for leading in _LEADING:
        if text.startswith(leading + " ") or (leading.endswith("’") and text.startswith(leading)):
            return _verb_phrase(words[len(_tokens(leading)) :], subject)
    reflexive = bool(words) and _lower(words[0]) in ("se", "s’")
    if reflexive:
        words = words[1:]
        if words and _lower(words[0]) == "en":  # "s’en va"
            words = words[1:]
    # "a fait", "est parti", "s’est marié" (not "est passionné", "a un chalet": said below)
    if (
        len(words) >= 2
        and _lower(words[0]) in _AUXILIARIES
        and _lower(words[1]) not in _PASSION_WORDS | {"un", "une", "grand"}
    ):
        words = words[1:]
        if words and _lower(words[0]) in ("se", "s’"):
            words = words[1:]
    if not words:
        return None
    verb, rest = _lower(words[0]), words[1:]
    if verb in ("prend", "prendre", "pris") and len(rest) >= 2 and _lower(rest[1]) == "retraite":
        return _event("retraite", "f", rest[2:], subject)
    if verb in _COACH_VERBS and not reflexive:
        return _topic(_object(rest)) if subject is None else None
    if (
        verb in ("revient", "rentre", "revenu", "revenue")
        and len(rest) > 1
        and _lower(rest[0]) in ("de", "d’")
        and _lower(rest[1]) in _DETERMINERS
    ):
        return noun_phrase(rest[1:]) if subject is None else None  # "Revient d’un voyage…"
    if verb in _EVENT_VERBS:
        noun, gender = _EVENT_VERBS[verb]
        if subject is None and rest and _lower(rest[0]) in ("son", "sa", "ses"):
            # "Marie sa fille en juin": the event is theirs, « le mariage de ta fille »
            ends = next((i for i, w in enumerate(rest) if _lower(w) in _PREPOSITIONS), len(rest))
            whose = noun_phrase(rest[:ends])
            if whose is not None:
                return _event(noun, gender, rest[ends:], whose)
        if noun == "voyage" and rest and _infinitive(rest[0]):
            if subject is not None:
                return None  # "Ses enfants partent étudier…": said as a clause
            rest = ["pour", *rest]
        return _event(noun, gender, rest, subject)
    if subject is not None:
        return None
    if verb in _CHOICE_VERBS and len(rest) > 1 and _lower(rest[0]) == "entre":
        return _join(["ton choix", *_second_person(rest)])  # "Hésite entre la Grèce et…"
    if verb in _PASSION_VERBS or verb in _PASSION_WORDS:
        topic = _topic(_object(_strip_of(rest)))
        return f"ta passion pour {topic}" if topic else None
    if verb in ("est", "sont") and rest:
        return _verb_phrase(rest) if _lower(rest[0]) in _PASSION_WORDS else None
    if verb in _NOMINAL_VERBS:
        phrase = noun_phrase(_object(rest))
        return f"{_NOMINAL_VERBS[verb]} {phrase}" if phrase else None
    if verb in _TOPIC_VERBS:
        topic = _topic(_object(rest))
        if topic is None and rest and _lower(rest[0]) == "en":  # "étudie en droit"
            return _join([_TOPIC_VERBS[verb], *rest])
        return f"{_TOPIC_VERBS[verb]} {_with_de(topic)}" if topic else None
    if verb in _OBJECT_VERBS:
        return noun_phrase(_object(rest))
    return None


def _infinitive(word: str) -> bool:
    lowered = _lower(word)
    return lowered.endswith(("er", "ir", "re")) and french_gender(lowered) is None


def _strip_of(words: list[str]) -> list[str]:
    """ "de pêche", "du jazz", "des Canadiens": the thing one is a fan of."""
    if words and _lower(words[0]) in ("grand", "grande", "un", "une"):
        return _strip_of(words[1:])
    if words and _lower(words[0]) in _PASSION_WORDS:
        words = words[1:]
    if words and _lower(words[0]) in ("de", "d’", "par"):
        return words[1:]
    if words and _lower(words[0]) in ("du", "des"):
        return ["le" if _lower(words[0]) == "du" else "les", *words[1:]]
    return words


def _is_verb_after_subject(word: str, following: str = "", *, people: bool = False) -> bool:
    """Whether `word` starts a verb after a subject; after someone close to the person
    (`people`), any word the lexicon does not know as a noun is taken for a verb."""
    lowered = _lower(word)
    if lowered == "entre" and _lower(following) in ("à", "au", "en", "dans", "aux"):
        return True  # "entre à l’université", not "entre McGill et Laval"
    if lowered in _PREPOSITIONS or lowered in _AFTER_NOUN_ADJECTIVES:
        return False
    if lowered in ("se", "s’", "vient", "est", "a", "sont", "ont", "va", "vont"):
        return True
    known = (
        _OBJECT_VERBS | set(_NOMINAL_VERBS) | set(_EVENT_VERBS) | set(_TOPIC_VERBS)
    ) | _PASSION_VERBS
    return lowered in known or (
        (people or bool(_PEOPLE_VERB_SUFFIX.search(lowered))) and french_gender(lowered) is None
    )


def _clause(tokens: list[str]) -> str | None:
    """ "Sa fille finit le cégep" → « ta fille qui finit le cégep »; None if not a clause."""
    gender, words = _article(tokens)
    if gender is None or not words:
        return None
    index = _head(words) + 1
    while index < len(words) and (
        _lower(words[index]) in _AFTER_NOUN_ADJECTIVES or words[index][:1].isupper()
    ):
        index += 1  # "aîné", or a name: "Sa fille Camille prend…"
    if index < len(words) and words[index] == "," and "," in words[index + 1 :]:
        index = words.index(",", index + 1) + 1  # "Ses jumeaux, Félix et Zoé, sont…"
    following = words[index + 1] if index + 1 < len(words) else ""
    people = _lower(words[_head(words)]) in _PEOPLE
    if index >= len(words) or not _is_verb_after_subject(words[index], following, people=people):
        return None
    subject = noun_phrase(tokens[: len(tokens) - len(words) + index])
    if subject is None:
        return None
    predicate = words[index:]
    lowered = [_lower(w) for w in predicate]
    for at, word in enumerate(lowered[:-2]):
        if word in _CHOICE_VERBS and lowered[at + 1] == "entre":
            # "…finit le cégep et hésite entre McGill et Laval": the choice is what to ask about
            whose = "leur" if subject.startswith("tes ") else "son"
            return _join([subject, f"et {whose} choix entre", *predicate[at + 2 :]])
    nominal = _verb_phrase(predicate, subject)
    return nominal or _join([subject, "qui", *predicate])


_KNOWN_WORDS = _known_words()


def suggest_tu(text: str) -> str | None:
    """The « tu » mention of a French detail, or None. "Course à pied : prépare un
    demi-marathon": what follows a colon, else what comes before; before a semicolon."""
    text = text.split(";")[0]
    if ":" in text:
        before, _, after = text.partition(":")
        return _suggest_tu(after) or _suggest_tu(before)
    return _suggest_tu(text)


def _suggest_tu(text: str) -> str | None:
    tokens = _tokens(text.strip().rstrip(".!;"))
    # The first word loses its capital when it is a word we know, not a name ("Camino").
    if (
        tokens
        and not tokens[0].isupper()
        and (french_gender(_lower(tokens[0])) or _lower(tokens[0]) in _KNOWN_WORDS)
    ):
        tokens[0] = tokens[0][0].lower() + tokens[0][1:]
    if not tokens or any(
        w in ("il", "elle", "ils", "elles", "je", "j’") for w in map(_lower, tokens)
    ):
        return None
    first = _lower(tokens[0])
    second = _lower(tokens[1]) if len(tokens) > 1 else ""
    if first in _DETERMINERS or (first, second) in _TWO_WORD:
        return _clause(tokens) or noun_phrase(tokens)
    if first in _NUMBERS:
        return noun_phrase(tokens)
    if first == "membre" and second in ("de", "d’") and len(tokens) > 2:
        return noun_phrase(tokens[2:])  # "Membre d’un club de lecture": « ton club de lecture »
    if first in ("grand", "grande", "gros", "grosse") and second in _PASSION_WORDS:
        return _verb_phrase(tokens[1:])
    if first == "bénévole":
        return _join(["ton bénévolat", *_second_person(tokens[1:])])
    verb = _verb_phrase(tokens)
    if verb is not None:
        return verb
    if first in _EVENT_VERBS or first in _OBJECT_VERBS or first in _NOMINAL_VERBS:
        return None
    return noun_phrase(tokens)
