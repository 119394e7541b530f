"""An English detail as typed → how a message mentions it ("your …").

"Loves sailing on Lake Champlain" → "your sailing on Lake Champlain"; "His daughter is choosing
between McGill and Laval" → "your daughter choosing between McGill and Laval"; "Trip to Japan
with her husband" → "your trip to Japan with your husband". None when no mention reads right.
"""

from __future__ import annotations

import re

from relnotebook.core.outreach.messages.lexicon import words
from relnotebook.core.outreach.messages.sandbox import lowerfirst

_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "my", "our", "its", "your", "some"]
)
_NUMBERS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "twin"]
) | frozenset(str(n) for n in range(2, 100))
_PEOPLE = words(
    """
    daughter daughters son sons kid kids child children wife husband partner spouse parents
    mother mom mum father dad brother brothers sister sisters grandson granddaughter grandkids
    grandchildren family twins boyfriend girlfriend fiancé fiancée fiance fiancee dog cat
    stepson stepdaughter niece nephew in-laws boy boys girl girls
    """
)
_PREPOSITIONS = words(
    """
    in at with of to from for on and or near by about into over , who that
    """
)
_POSSESSIVES = {"his": "your", "her": "your", "their": "your", "him": "you", "them": "you"}
_LEADING = frozenset(
    (
        "is",
        "are",
        "just",
        "recently",
        "currently",
        "will",
        "be",
        "now",
        "been",
        "getting",
        "really",
        "also",
        "big",
        "huge",
        "avid",
        "keen",
    )
)
_LOVE_VERBS = frozenset(["loves", "love", "enjoys", "enjoy", "likes", "adores", "into"])
_OBJECT_VERBS = words(
    """
    plays playing does doing runs running practises practices practicing practising rides
    riding collects collecting races racing owns has coaches coaching sings singing finished
    finishing completed starting started starts ran did played
    """
)
_TRIP_VERBS = words(
    """
    going goes went heading heads leaving leaves travelling traveling travels flying flies off
    """
)
_EVENTS: dict[str, str] = {
    **dict.fromkeys(("married", "marrying", "marries"), "wedding"),
    **dict.fromkeys(("moving", "moves", "moved", "relocating"), "move"),
    **dict.fromkeys(("retiring", "retires", "retired"), "retirement"),
    **dict.fromkeys(("training", "trains", "trained"), "training"),
}
_NOMINAL: dict[str, str] = {
    **dict.fromkeys(("renovating", "renovates", "renovated", "redoing"), "the renovation of"),
    **dict.fromkeys(("organizing", "organising", "organizes", "organises"), "the organizing of"),
    **dict.fromkeys(("selling", "sells", "sold"), "the sale of"),
}
_NEW_THING = frozenset(
    ["bought", "buying", "buys", "got", "adopted", "adopting", "built", "builds"]
)
# Gerunds of getting a thing ready: "Planning a road trip…" is about the road trip.
_PREPARING = frozenset(["planning", "organizing", "organising", "preparing", "booking"])
# Past tenses that are no "-ed": "Took a cooking class" is about the class.
_IRREGULAR_PAST = words(
    """
    took made won ran did saw began wrote became found met gave sold joined
    """
)
# Verbs a close one does in the present: "Kids play hockey" is a clause, not a thing.
_BASE_VERBS = words(
    """
    play do go run love like have ride sing study live work attend swim ski dance take race
    skate train compete
    """
)
_LEARNING = frozenset(["learning", "learns", "learned", "learnt", "taking"])
_ADVERBS = frozenset(["lots", "regularly", "often"])


def _tokens(text: str) -> list[str]:
    return text.replace("’", "'").replace(",", " , ").split()


def _join(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" , ", ", ").replace("'", "’").strip()


def _low(word: str) -> str:
    return word.casefold()


def _second_person(words: list[str]) -> list[str]:
    out = []
    for index, word in enumerate(words):
        lowered = _low(word)
        # "her" before a word is a possessive ("with her husband"); at the end, "with her".
        if lowered in _POSSESSIVES and (lowered != "her" or index + 1 < len(words)):
            out.append(_POSSESSIVES[lowered])
        else:
            out.append(word)
    return out


def noun_phrase(words: list[str]) -> str | None:
    """ "his two kids", "Trip to Japan" → "your two kids", "your trip to Japan"."""
    if words and _low(words[0]) in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if _low(first) not in _NAMES_KEPT and not any(c.isupper() for c in first[1:]):
        first = lowerfirst(first)  # "CrossFit" and "McGill" keep their capitals
    return _join(["your", first, *_second_person(words[1:])])


# Capitalised words that stay so in the middle of a sentence when a detail starts with them.
_NAMES_KEPT = words(
    """
    japan italy portugal france spain greece ireland iceland mexico cuba florida alaska boston
    europe asia africa christmas easter montreal quebec toronto vancouver ottawa canadiens
    habs
    """
)


def _gerund_clause(subject: list[str], rest: list[str]) -> str | None:
    phrase = noun_phrase(subject)
    if phrase is None:
        return None
    if rest and _low(rest[0]) in ("is", "are"):
        rest = rest[1:]
        if len(rest) >= 2 and _low(rest[0]) == "getting" and _low(rest[1]) == "married":
            return _join([f"{phrase}’s wedding", *rest[2:]])
        if rest and rest[0].endswith("ing"):
            return _join([phrase, *rest])
        return _join(
            [f"{phrase},", "who", "is" if _low(subject[-1]) not in _PLURAL else "are", *rest]
        )
    if rest and rest[0].endswith("ing"):
        return _join([phrase, *rest])
    return _join([f"{phrase},", "who", *rest])


_PLURAL = frozenset(w for w in _PEOPLE if w.endswith("s") or w in ("children", "grandchildren"))


def _clause(words: list[str]) -> str | None:
    """ "His daughter is choosing between…" → "your daughter choosing between…"."""
    index = 1 if _low(words[0]) in _DETERMINERS else 0
    while index < len(words) and _low(words[index]) in _NUMBERS | {
        "little",
        "older",
        "younger",
        "eldest",
        "youngest",
        "new",
    }:
        index += 1
    if index >= len(words) or _low(words[index].rstrip(",")) not in _PEOPLE:
        return None
    end = index + 1
    if end >= len(words) or not (_verb_like(words[end]) or _low(words[end]) in _BASE_VERBS):
        return None
    return _gerund_clause(words[:end], words[end:])


def _verb_like(word: str) -> bool:
    lowered = _low(word)
    if lowered in _PREPOSITIONS:
        return False
    return lowered in _LEADING | {"was", "were", "has", "had", "got", "turned"} or bool(
        re.fullmatch(r"[a-z]+(?:[^s]s|ed|ing)", lowered)
    )


def _strip_leading(words: list[str]) -> list[str]:
    while len(words) > 1 and (
        _low(words[0]) in _LEADING
        or (_low(words[0]) in ("has", "have") and _low(words[1]) in _LEADING | {"been"})
    ):
        words = words[1:]
    return words


def _object(words: list[str]) -> list[str]:
    words = [w for w in words if _low(w) not in _ADVERBS]
    if words and _low(words[0]) in ("in", "with", "on", "for"):
        words = words[1:]
    return words


def _verb_phrase(words: list[str]) -> str | None:
    words = _strip_leading(words)
    verb, rest = _low(words[0]), words[1:]
    if verb in ("member", "members") and len(rest) > 1 and _low(rest[0]) == "of":
        return noun_phrase(rest[1:])  # "Member of a rowing club": "your rowing club"
    if verb in ("fan", "fans") and rest and _low(rest[0]) == "of":
        return _join(["your love of", *_second_person(rest[1:])]) if rest[1:] else None
    if verb == "passionate" and rest and _low(rest[0]) == "about":
        return _join(["your passion for", *_second_person(rest[1:])]) if rest[1:] else None
    if verb in _LOVE_VERBS:
        if not rest:
            return None
        if rest[0].endswith("ing"):
            return _join(["your", *_second_person(rest)])
        if _low(rest[0]) == "to" and len(rest) > 1:  # "loves to sail": not worth guessing
            return None
        return _join(["your love of", *_second_person(rest)])
    if verb in _EVENTS:
        return _join(["your", _EVENTS[verb], *_second_person(rest)])
    if verb == "turning" or verb == "turns":
        if rest and rest[0].isdigit():
            return _join(["your", _ordinal(int(rest[0])), "birthday", *_second_person(rest[1:])])
        return None
    if verb in _TRIP_VERBS:
        if rest[:1] and _low(rest[0]) in ("on", "off"):  # "off to Japan", "on a cruise"
            rest = [w for w in rest if _low(w) not in ("on", "a", "off")]
        if rest and _low(rest[0]) in ("to", "for"):
            return _join(["your trip to", *_second_person(rest[1:])])
        if rest and _low(rest[0]) in _DETERMINERS:
            return noun_phrase(rest)
        if rest and _low(rest[0]) in ("back",):
            return _verb_phrase(rest)
        return None
    if (
        verb in ("back", "returned", "came", "got")
        and rest[:1]
        and _low(rest[0]) in ("back", "from")
    ):
        if _low(rest[0]) == "back":
            rest = rest[1:]
        if rest and _low(rest[0]) == "from":
            rest = rest[1:]
            if rest and _low(rest[0]) in _DETERMINERS:
                return noun_phrase(rest)
            return _join(["your trip to", *_second_person(rest)]) if rest else None
        return None
    if verb in _NOMINAL:
        phrase = noun_phrase(_object(rest))
        return f"{_NOMINAL[verb]} {phrase}" if phrase else None
    if verb in _NEW_THING:
        objects = _object(rest)
        if objects and _low(objects[0]) in ("a", "an"):
            new = [] if objects[1:2] and _low(objects[1]) == "new" else ["new"]
            return _join(["your", *new, *_second_person(objects[1:])])
        return noun_phrase(objects)
    if verb in _LEARNING:
        objects = _object(rest)
        if not objects:
            return None
        if _low(objects[0]) == "to":  # "learning to play the cello": the cello lessons
            if len(objects) < 3 or _low(objects[1]) != "play":
                return None
            objects = objects[2:]
        if _low(objects[0]) in _DETERMINERS:
            objects = objects[1:]
        head, tail = _split_tail(objects)
        return _join(["your", *head, "lessons", *_second_person(tail)])
    if verb in ("volunteers", "volunteering", "volunteer"):
        return _join(["your volunteering", *_second_person(rest)])
    if verb in ("expecting",) and rest:
        if _low(rest[0]) in _DETERMINERS:
            rest = rest[1:]
        head, tail = _split_tail(rest)
        if not head:
            return None
        if tail and _low(tail[0]) in ("in", "this", "next"):  # "…first grandchild in March"
            return _join(["your", *head, ",", "due", *_second_person(tail)])
        return _join(["your", *head, "on the way", *_second_person(tail)])
    if verb in ("took", "takes", "taking", "take") and "to" in map(_low, rest[1:]):
        to = [_low(w) for w in rest].index("to", 1)  # "Took the kids to Disney World"
        return _join(
            ["your trip to", *_second_person(rest[to + 1 :]), "with", *_second_person(rest[:to])]
        )
    if verb == "visiting" and rest:
        return _join(["your visit to", *_second_person(rest)])
    if verb in _PREPARING and len(rest) > 1 and _low(rest[0]) in ("a", "an"):
        return _join(["your", *_second_person(rest[1:])])
    if verb in ("had",) and len(rest) >= 2 and _low(rest[0]) in ("a", "an"):
        return _join(["your new", *_second_person(rest[1:])])
    if verb in ("spending", "spends", "spent") and rest:
        return noun_phrase(rest)  # "your three months in Florida", "your winter in Arizona"
    if verb in _OBJECT_VERBS:
        objects = _object(rest)
        head, tail = _split_tail(objects)
        if head and len(tail) > 2 and _low(tail[0]) == "in" and _low(tail[1]) in ("a", "an"):
            objects = tail[1:]  # "Plays cello in a community orchestra": the orchestra
        return noun_phrase(objects) if objects else None
    if _past(verb) and len(rest) > 1 and _low(rest[0]) in ("a", "an", "his", "her", "their"):
        return noun_phrase(_object(rest))  # "Opened a bakery in Verdun": your bakery in Verdun
    if verb.endswith("ing") and verb not in _NOT_VERBS and rest and _low(rest[0]) in _DETERMINERS:
        # "Restoring a 1967 Mustang": restoring your 1967 Mustang; "Hiking the West Coast Trail"
        article = ["your"] if _low(rest[0]) in ("a", "an") else [rest[0]]
        return _join([_low(words[0]), *_second_person(article + rest[1:])])
    if verb.endswith("ing") and verb not in _NOT_VERBS and (not rest or _verb_free(rest[0])):
        return _join(["your", *_second_person(words)]).replace(
            "your " + words[0], "your " + _low(words[0]), 1
        )
    return None


def _past(word: str) -> bool:
    """ "opened", "took": a verb in the past, never a thing of theirs."""
    return word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def _verb_free(word: str) -> bool:
    """After a gerund, a preposition or a time keeps "your sailing on…" right; an object
    ("Spending three months") does not."""
    return _low(word) in _PREPOSITIONS or _low(word) in ("every", "this", "next", "last")


# Words ending in -ing that are nouns anyway, or mean nothing alone.
_NOT_VERBS = frozenset(
    ["something", "nothing", "anything", "everything", "thing", "king", "ring", "spring", "wing"]
)


def _split_tail(words: list[str]) -> tuple[list[str], list[str]]:
    for index, word in enumerate(words):
        if _low(word) in _PREPOSITIONS:
            return words[:index], words[index:]
    return words, []


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _looks_like_verb(words: list[str]) -> bool:
    """ "Knits sweaters": a verb we do not know, not a noun (then no mention is safer)."""
    if len(words) < 2:
        return False
    first, second = _low(words[0]), _low(words[1])
    if _past(first) and first not in _PEOPLE:
        return True  # "Opened up shop": no mention rather than "your opened up shop"
    return (
        bool(re.fullmatch(r"[a-z]+(?<!s)s", first))
        and first not in _PEOPLE
        and second not in _PREPOSITIONS
        and not second.endswith("ing")
    )


def _describes_them(words: list[str]) -> bool:
    """ "Amateur bird photographer", "Avid golfer": what they are, not a thing of theirs."""
    return _low(words[0]) in ("amateur", "avid", "keen", "former", "retired", "passionate")


def _adjective_first(words: list[str]) -> bool:
    """ "Allergic to peanuts", "Nervous about the move": a state, not a thing to ask about."""
    return (
        len(words) > 1
        and bool(re.fullmatch(r"[a-z]+(?:ic|ous|ive|ful|able|ible|ent|ant)", _low(words[0])))
        and _low(words[1]) in ("to", "of", "about", "with")
    )


def suggest(text: str) -> str | None:
    """The mention of an English detail, or None. "Golf: member of a club": what follows a
    colon, else what comes before; before a semicolon."""
    text = text.split(";")[0]
    if ":" in text:
        before, _, after = text.partition(":")
        return _suggest(after) or _suggest(before)
    return _suggest(text)


def _suggest(text: str) -> str | None:
    words = _tokens(text.strip().rstrip(".!;"))
    if not words or any(_low(w) in ("he", "she", "they", "i", "he's", "she's") for w in words):
        return None
    clause = _clause(words)
    if clause is not None:
        return clause
    verb = _verb_phrase(words)
    if verb is not None:
        return verb
    stripped = _strip_leading(words)
    if stripped is not words and _low(words[0]) in ("is", "are", "has", "just", "will"):
        return None
    if _looks_like_verb(words) or _adjective_first(words) or _describes_them(words):
        return None
    return noun_phrase(words)
