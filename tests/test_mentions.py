"""How a personal detail is mentioned in a message (core/outreach/messages/mentions.py)."""

from __future__ import annotations

import pytest

from relnotebook.core.outreach.messages.lexicon import french_gender
from relnotebook.core.outreach.messages.mentions import (
    guess_language,
    suggest,
    to_vous,
    with_preposition,
)
from tests.mention_cases import (
    DEMO_ENGLISH,
    DEMO_FRENCH,
    ENGLISH,
    FINISH_ENGLISH,
    FINISH_FRENCH,
    FRENCH,
    FRESH_ENGLISH,
    FRESH_FRENCH,
    LAST_ENGLISH,
)

CASES = [("fr", *case) for case in FRENCH + FRESH_FRENCH + DEMO_FRENCH + FINISH_FRENCH] + [
    ("en", *case) for case in ENGLISH + FRESH_ENGLISH + DEMO_ENGLISH + LAST_ENGLISH + FINISH_ENGLISH
]
TARGET = 0.95


def _suggested(language: str, text: str) -> str | None:
    return suggest(text, language).for_form(language, "tu")


@pytest.mark.parametrize(("language", "kind", "text", "expected"), CASES)
def test_mention_as_an_advisor_would_write_it(
    language: str, kind: str, text: str, expected: str | None
) -> None:
    assert _suggested(language, text) == expected


def test_the_test_set_is_large_and_balanced() -> None:
    french = [c for c in CASES if c[0] == "fr"]
    assert len(CASES) >= 120 and abs(len(french) - len(CASES) / 2) <= 6
    assert {c[1] for c in CASES} >= {"trip", "hobby", "family", "other"}


def test_share_of_right_mentions(capsys: pytest.CaptureFixture[str]) -> None:
    right = sum(_suggested(lang, text) == expected for lang, _, text, expected in CASES)
    share = right / len(CASES)
    with capsys.disabled():
        print(f"\nmentions: {right}/{len(CASES)} right ({share:.1%})")
    assert share >= TARGET


def test_the_language_of_a_detail_is_guessed() -> None:
    assert guess_language("Fait du vélo de montagne à Bromont") == "fr"
    assert guess_language("Ses parents déménagent à Québec") == "fr"
    assert guess_language("Loves sailing on Lake Champlain") == "en"
    assert guess_language("His daughter is choosing between McGill and Laval") == "en"
    assert guess_language("Rock climbing") == "en"
    assert guess_language("Yoga") is None


def test_the_guessed_language_picks_the_rules() -> None:
    mentions = suggest("Rénove son chalet")
    assert mentions.language == "fr" and mentions.en is None
    assert mentions.tu == "la rénovation de ton chalet"
    assert mentions.vous == "la rénovation de votre chalet"
    english = suggest("Trip to Japan with her husband")
    assert english.en == "your trip to Japan with your husband" and english.tu is None


@pytest.mark.parametrize(
    ("tu", "vous"),
    [
        ("ton vélo de montagne à Bromont", "votre vélo de montagne à Bromont"),
        ("ta fille qui finit le cégep", "votre fille qui finit le cégep"),
        ("tes parents qui déménagent", "vos parents qui déménagent"),
        ("ton voyage au Japon avec ton mari", "votre voyage au Japon avec votre mari"),
        ("ton expédition", "votre expédition"),
        ("ton bâton de hockey", "votre bâton de hockey"),  # "ton" inside a word stays
    ],
)
def test_vous_form(tu: str, vous: str) -> None:
    assert to_vous(tu) == vous


def test_french_gender_comes_from_the_lexicon_not_the_ending() -> None:
    # Endings would say the opposite for each of these.
    assert french_gender("musée") == "m" and french_gender("lycée") == "m"
    assert french_gender("photo") == "f" and french_gender("moto") == "f"
    assert french_gender("main") == "f" and french_gender("eau") == "f"
    assert french_gender("vélos") == "p" and french_gender("chevaux") == "p"
    assert french_gender("xqzt") is None
    assert suggest("Faim de loup", "fr").tu == "ta faim de loup"
    assert suggest("Foi en l’avenir", "fr").tu == "ta foi en l’avenir"


def test_contractions_before_a_mention() -> None:
    assert (
        with_preposition("le déménagement de tes parents", "de") == "du déménagement de tes parents"
    )
    assert with_preposition("le mariage de ton fils", "à") == "au mariage de ton fils"
    assert with_preposition("les vacances", "à") == "aux vacances"
    assert with_preposition("ton vélo", "de") == "de ton vélo"
    assert with_preposition("la rénovation de ton chalet", "à") == "à la rénovation de ton chalet"
    assert with_preposition("l’achat de ton chalet", "de") == "de l’achat de ton chalet"


@pytest.mark.parametrize("text", ["", "   ", "Il adore le jazz", "She loves jazz", "…"])
def test_no_mention_when_none_reads_right(text: str) -> None:
    mentions = suggest(text)
    assert mentions.en is None and mentions.tu is None and mentions.vous is None
