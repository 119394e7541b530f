"""The pressure check: advice on a draft signal, in French and English."""

from __future__ import annotations

import json

import pytest

from relnotebook.core.outreach.messages.render import (
    BUILTIN_KINDS,
    builtin_source,
    render,
    sample_context,
)
from relnotebook.core.outreach.pressure import (
    MAX_WORDS,
    Advice,
    check_message,
    find_phrases,
    word_count,
)
from relnotebook.paths import resource
from tests.conftest import TODAY

# The seed article's examples, word for word.
SEED_COFFEE_FR = (
    "Robert, j’ai apprécié notre conversation hier soir. J’aimerais avoir l’occasion d’en "
    "apprendre davantage sur ton voyage à vélo à travers la Croatie. Tu m’as dit que c’était une "
    "période très occupée pour toi présentement. Peut-être pourrions-nous aller prendre un café "
    "quand les choses se seront calmées de ton côté."
)
SEED_COFFEE_EN = (
    "Robert, I enjoyed our conversation last night. I'd love to hear more about your cycling "
    "trip across Croatia. You said this is a very busy time for you; maybe we could have a "
    "coffee once things calm down on your side."
)
SEED_NEWSLETTER_FR = (
    "Cher Paul, j’ai vraiment apprécié notre conversation d’hier soir. J’ai pensé que tu "
    "souhaiterais peut-être lire l’infolettre mensuelle sur les perspectives du marché que "
    "j’envoie à mes clients. Écris-moi si cela t’intéresse.\n\n"
    "P.S. Je sais que ni toi ni moi n’avons besoin d’encore plus de courriels dans notre boîte "
    "de réception. Si tu ne désires pas recevoir un courriel de ma part chaque mois, je comprends "
    "parfaitement et ne serais pas insulté le moins du monde que tu me le signifies."
)
SEED_NEWSLETTER_EN = (
    "Dear Paul, I really enjoyed our conversation last night. I thought you might like to read "
    "the monthly market outlook newsletter I send to my clients. Write to me if you're "
    "interested.\n\n"
    "P.S. I know neither of us needs more email in our inbox. If you'd rather not get an email "
    "from me every month, I completely understand and won't be offended in the least if you "
    "tell me so."
)


def codes(advice: list[Advice]) -> list[str]:
    return [item.code for item in advice]


@pytest.mark.parametrize(("text", "language"), [(SEED_COFFEE_FR, "fr"), (SEED_COFFEE_EN, "en")])
def test_the_seed_coffee_invitation_gets_no_advice(text: str, language: str) -> None:
    assert check_message(text, language=language, kind="coffee_invitation") == []


@pytest.mark.parametrize(
    ("text", "language"), [(SEED_NEWSLETTER_FR, "fr"), (SEED_NEWSLETTER_EN, "en")]
)
def test_the_seed_newsletter_offer_gets_no_advice(text: str, language: str) -> None:
    assert check_message(text, language=language, kind="newsletter_offer") == []
    # The same words in a message meant to be about something else would give the game away.
    as_coffee = check_message(text, language=language, kind="coffee_invitation")
    assert codes(as_coffee) == ["business_words"]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", BUILTIN_KINDS)
def test_builtin_templates_pass_their_own_check(kind: str, language: str) -> None:
    message = render(builtin_source(kind, language), sample_context(language, TODAY))
    text = message.subject + "\n" + message.body
    assert check_message(text, language=language, kind=kind) == []


# --- business_words ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["coffee_invitation", "next_day_note", "ask_how_it_went"])
def test_business_words_in_unrelated_topic_messages(kind: str) -> None:
    french = check_message(
        "Robert, on pourrait parler de ton REER et de tes placements. Aucune pression.",
        language="fr",
        kind=kind,
    )
    english = check_message(
        "Robert, we could talk about your portfolio and the fees. No pressure.",
        language="en",
        kind=kind,
    )
    assert french[0] == Advice("business_words", words=("REER", "placements"))
    assert english[0] == Advice("business_words", words=("portfolio", "fees"))


def test_business_words_are_fine_in_a_newsletter_offer() -> None:
    text = "Paul, mon infolettre sur les marchés et ton REER, si ça t’intéresse."
    assert check_message(text, language="fr", kind="newsletter_offer") == []


def test_business_words_of_the_other_language_are_found_too() -> None:
    advice = check_message(
        "Salut Robert, on se prend un café pour parler de ton RRSP? Aucune pression.",
        language="fr",
        kind="coffee_invitation",
    )
    assert advice == [Advice("business_words", words=("RRSP",))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Les MARCHÉS sont calmes.", ("MARCHÉS",)),
        ("les marches de Paris", ("marches",)),
        ("un marché public", ("marché",)),
        ("Conseil du jour", ("Conseil",)),
        ("ton reer", ("reer",)),
        ("la Planification Financiere", ("Planification Financiere",)),
        ("une belle répartition d'actif", ("répartition d'actif",)),
        ("une belle repartition d’actif", ("repartition d’actif",)),
        ("fees, Fees and FEES", ("fees",)),
        ("RRSPs and TFSAs", ("RRSPs", "TFSAs")),
    ],
)
def test_matching_ignores_case_and_accents(text: str, found: tuple[str, ...]) -> None:
    advice = check_message(text, language="fr", kind="next_day_note")
    assert advice == [Advice("business_words", words=found)]


@pytest.mark.parametrize(
    "text",
    [
        "Mon RRSPX et xRRSP ne sont pas des mots.",
        "Des fraises fraîches du jardin.",  # "fraises" is not "frais"
        "I love marketing and the supermarket.",
        "He plays the saxophone.",
        "An investigation into cycling.",
        "Je te le déconseille.",
    ],
)
def test_whole_words_only(text: str) -> None:
    advice = check_message(text, language="en", kind="next_day_note")
    assert "business_words" not in codes(advice)
    assert "suggests_phone" not in codes(advice)


def test_longest_phrase_is_quoted() -> None:
    phrases = ("coup de fil", "te passer un coup de fil")
    assert find_phrases("Je vais te passer un coup de fil.", phrases) == (
        "te passer un coup de fil",
    )
    assert find_phrases("Un coup de fil?", phrases) == ("coup de fil",)
    assert find_phrases("I'll give you a call", ("a call", "give you a call")) == (
        "give you a call",
    )


# --- no_way_out -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["coffee_invitation", "newsletter_offer"])
def test_no_way_out_for_messages_that_ask(kind: str) -> None:
    french = check_message("Robert, on prend un café jeudi?", language="fr", kind=kind)
    english = check_message("Robert, coffee on Thursday?", language="en", kind=kind)
    assert codes(french) == codes(english) == ["no_way_out"]


@pytest.mark.parametrize("kind", ["next_day_note", "ask_how_it_went"])
def test_no_way_out_needed_when_nothing_is_asked(kind: str) -> None:
    assert check_message("Robert, merci pour hier soir!", language="fr", kind=kind) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un café, si ça te dit?", "fr"),
        ("Un café, si ça te tente?", "fr"),
        ("Un café, si le cœur t'en dit?", "fr"),
        ("Un café, si le coeur t’en dit?", "fr"),
        ("Un café? AUCUNE PRESSION.", "fr"),
        ("Coffee, if you'd like?", "en"),
        ("Coffee, if you’d like?", "en"),
        ("Coffee sometime? No worries if not.", "en"),
        ("Coffee sometime? No pressure.", "fr"),  # a way out in the other language counts
    ],
)
def test_ways_out_are_recognised(text: str, language: str) -> None:
    assert check_message(text, language=language, kind="coffee_invitation") == []


# --- too_long ---------------------------------------------------------------------------------


def test_too_long_counts_words() -> None:
    words = ["café"] * MAX_WORDS
    assert check_message(" ".join(words) + " si ça te dit", language="fr", kind="x") == [
        Advice("too_long", count=MAX_WORDS + 4)
    ]
    assert check_message(" ".join(words), language="fr", kind="next_day_note") == []


def test_word_count_reads_like_a_person() -> None:
    assert word_count("J’ai un coffee-break, d'accord? 🚴 …") == 4


# --- suggests_phone ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [*BUILTIN_KINDS, "user_kind"])
def test_phone_suggestions_for_every_kind(kind: str) -> None:
    french = check_message("Je peux t’appeler demain? Aucune pression.", language="fr", kind=kind)
    english = check_message("Can I give you a call? No pressure.", language="en", kind=kind)
    assert french[-1] == Advice("suggests_phone", words=("t’appeler",))
    assert english[-1] == Advice("suggests_phone", words=("give you a call",))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Je te passe un coup de fil", "coup de fil"),
        ("Appelle-moi quand tu veux", "Appelle-moi"),
        ("On se parle par TÉLÉPHONE", "par TÉLÉPHONE"),
        ("Call me anytime", "Call me"),
        ("Let's set up a quick call", "a quick call"),
    ],
)
def test_phone_words(text: str, found: str) -> None:
    advice = check_message(text, language="en", kind="next_day_note")
    assert advice == [Advice("suggests_phone", words=(found,))]


# --- The function itself ----------------------------------------------------------------------


def test_advice_order_is_stable_and_the_check_is_pure() -> None:
    text = "Salut, parlons de ton portefeuille au téléphone! " + "mot " * MAX_WORDS
    first = check_message(text, language="fr", kind="coffee_invitation")
    assert codes(first) == ["business_words", "no_way_out", "too_long", "suggests_phone"]
    assert check_message(text, language="fr", kind="coffee_invitation") == first


def test_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="French or English"):
        check_message("Hallo", language="de", kind="coffee_invitation")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_word_lists_are_well_formed_and_each_entry_matches_itself(language: str) -> None:
    data = json.loads(resource("pressure", f"{language}.json").read_text(encoding="utf-8"))
    assert set(data) == {"business", "way_out", "phone", "urgency", "sales"}
    for key, phrases in data.items():
        assert phrases, key
        for phrase in phrases:
            assert find_phrases(f"Voilà: {phrase}.", (phrase,)) == (phrase,), phrase
