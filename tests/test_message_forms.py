"""Every built-in message in English, French « tu » and French « vous », never mixed, each
passing its own pressure check; and the pressure rules on urgency and sales talk."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from relnotebook.core.outreach.messages.mentions import suggest
from relnotebook.core.outreach.messages.render import (
    BUILTIN_KINDS,
    MessageContext,
    builtin_source,
    render,
)
from relnotebook.core.outreach.pressure import check_message

TODAY = dt.date(2026, 12, 7)
FORMS = [("en", None), ("fr", "tu"), ("fr", "vous")]
DETAILS = {
    "en": ["Loves sailing on Lake Champlain", "Her parents are moving to Quebec City", None],
    "fr": ["Ses parents déménagent à Québec", "Fait du vélo de montagne à Bromont", None],
}
MOMENTS = [  # (days since the event or None, busy until relative to today or None)
    (1, 20),
    (1, None),
    (9, -3),
    (40, None),
    (None, None),
]
# Words that give away the other form or the other language.
_TU = re.compile(r"(?<![\w’])(tu|ton|ta|tes|toi|te|t’\w+)(?![\w’])", re.IGNORECASE)
_VOUS = re.compile(r"(?<![\w’])(vous|votre|vos)(?![\w’])", re.IGNORECASE)
_FRENCH = re.compile(r"(?<![\w’])(le|la|les|de|et|un|une|notre|j’\w+|avec)(?![\w’])|[éèàçê]")
_ENGLISH = re.compile(r"(?<![\w’])(the|and|you|your|our|with|to|of|I)(?![\w’])")


def _context(language: str, form: str | None, detail: str | None, moment: tuple) -> MessageContext:
    days, busy = moment
    mentions = suggest(detail, language) if detail else None
    return MessageContext(
        first_name="Robert",
        full_name="Robert Gagnon",
        language=language,
        today=TODAY,
        event_name="Cocktail" if days is not None else None,
        event_date=TODAY - dt.timedelta(days=days) if days is not None else None,
        detail=detail,
        busy_until=TODAY + dt.timedelta(days=busy) if busy is not None else None,
        sender_name="Julie Martin",
        form=form,
        mention=mentions.for_form(language, form) if mentions else None,
    )


CASES = [
    (kind, language, form, detail, moment)
    for kind, (language, form), moment in itertools.product(BUILTIN_KINDS, FORMS, MOMENTS)
    for detail in DETAILS[language]
]


@pytest.mark.parametrize(("kind", "language", "form", "detail", "moment"), CASES)
def test_a_draft_never_mixes_forms_or_languages(
    kind: str, language: str, form: str | None, detail: str | None, moment: tuple
) -> None:
    message = render(builtin_source(kind, language, form), _context(language, form, detail, moment))
    text = f"{message.subject}\n{message.body}".replace("Julie Martin", "")
    if language == "en":
        assert not _FRENCH.search(text), text
    else:
        assert not _ENGLISH.search(text), text
        other = _TU if form == "vous" else _VOUS
        assert not other.search(text), text
    assert check_message(message.body, language=language, kind=kind) == [], text


def test_the_vous_templates_say_vous() -> None:
    context = _context("fr", "vous", "Fait du vélo de montagne à Bromont", (1, 20))
    body = render(builtin_source("coffee_invitation", "fr", "vous"), context).body
    assert "sur votre vélo de montagne à Bromont" in body
    assert "Vous m’avez dit que c’était une période très occupée pour vous" in body


def test_a_mention_after_de_and_a_is_contracted() -> None:
    context = _context("fr", "tu", "Ses parents déménagent à Québec", (1, None))
    note = render(builtin_source("next_day_note", "fr", "tu"), context).body
    asked = render(builtin_source("ask_how_it_went", "fr", "tu"), context).body
    assert "t’entendre parler du déménagement de tes parents à Québec." in note
    assert "j’ai pensé à toi et au déménagement de tes parents à Québec." in asked


def test_no_mention_means_a_sentence_that_needs_none() -> None:
    context = _context("en", None, "She loves jazz", (1, None))  # no mention reads right
    assert context.mention is None
    body = render(builtin_source("coffee_invitation", "en"), context).body
    assert body.startswith(
        "Robert, I enjoyed our conversation last night. Would you like to have a coffee one "
        "of these days? No pressure at all.\n"
    )


@pytest.mark.parametrize(
    ("text", "language", "code", "words"),
    [
        (
            "Robert, il faut agir avant la date limite. Aucune pression.",
            "fr",
            "urgency",
            ("il faut agir", "avant la date limite"),
        ),
        (
            "Robert, act now: limited time! No pressure.",
            "en",
            "urgency",
            ("act now", "limited time"),
        ),
        (
            "Robert, notre offre spéciale a un bon rendement. Si ça te dit.",
            "fr",
            "sales_pitch",
            ("notre offre", "rendement"),
        ),
        (
            "Robert, how about a portfolio review? Great returns lately. No pressure.",
            "en",
            "sales_pitch",
            ("portfolio review", "returns"),
        ),
    ],
)
def test_urgency_and_sales_talk_are_flagged_in_every_kind(
    text: str, language: str, code: str, words: tuple[str, ...]
) -> None:
    for kind in BUILTIN_KINDS:
        found = {a.code: a for a in check_message(text, language=language, kind=kind)}
        assert code in found and set(words) <= set(found[code].words)
        assert found[code].english


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Robert, je t’offre le café jeudi? Rien d’urgent, aucune pression.", "fr"),
        ("Robert, coffee on me sometime? No hurry, no pressure.", "en"),
        ("Robert, j’ai adoré ta promotion! Un café un de ces jours? Si ça te dit.", "fr"),
    ],
)
def test_ordinary_words_are_not_taken_for_pressure(text: str, language: str) -> None:
    assert check_message(text, language=language, kind="coffee_invitation") == []
