"""Signal templates: the exact wording of the built-in messages, the filters, and the sandbox."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from relnotebook.core.outreach.messages.render import (
    BUILTIN_KINDS,
    MessageContext,
    RenderedMessage,
    TemplateError,
    builtin_source,
    date_text,
    lowerfirst,
    possessive,
    render,
    sample_context,
    template_variables,
)
from tests.conftest import TODAY

YESTERDAY = TODAY - dt.timedelta(days=1)


def robert(language: str, **changes: object) -> MessageContext:
    """Robert from the seed article: met last night, busy for a few more weeks."""
    context = MessageContext(
        first_name="Robert",
        full_name="Robert Gagnon",
        language=language,
        today=TODAY,
        event_name="Cocktail de la Chambre",
        event_date=YESTERDAY,
        detail=(
            "Voyage à vélo à travers la Croatie"
            if language == "fr"
            else "Cycling trip across Croatia"
        ),
        busy_until=TODAY + dt.timedelta(days=21),
        mention=(
            "ton voyage à vélo à travers la Croatie"
            if language == "fr"
            else "your cycling trip across Croatia"
        ),
    )
    return replace(context, **changes)


def paul(language: str, **changes: object) -> MessageContext:
    context = MessageContext(
        first_name="Paul",
        full_name="Paul Tremblay",
        language=language,
        today=TODAY,
        event_date=YESTERDAY,
    )
    return replace(context, **changes)


# --- Golden renderings ------------------------------------------------------------------------

COFFEE_FR = (
    "Robert, j’ai apprécié notre conversation d’hier soir. J’aimerais avoir l’occasion d’en "
    "apprendre davantage sur ton voyage à vélo à travers la Croatie. Tu m’as dit que c’était une "
    "période très occupée pour toi présentement. Peut-être pourrions-nous aller prendre un café "
    "quand les choses se seront calmées de ton côté."
)
COFFEE_EN = (
    "Robert, I enjoyed our conversation last night. I’d love to hear more about your cycling "
    "trip across Croatia. You said this is a very busy time for you; maybe we could have a "
    "coffee once things calm down on your side."
)
NEWSLETTER_FR = (
    "Paul, j’ai vraiment apprécié notre conversation d’hier soir. J’ai pensé que tu souhaiterais "
    "peut-être lire l’infolettre mensuelle sur les perspectives du marché que j’envoie à mes "
    "clients. Écris-moi si cela t’intéresse.\n"
    "\n"
    "P.S. Je sais que ni toi ni moi n’avons besoin d’encore plus de courriels dans notre boîte de "
    "réception. Si tu ne désires pas recevoir un courriel de ma part chaque mois, je le "
    "comprendrai parfaitement, et ça ne me vexera pas le moins du monde que tu me le dises."
)
NEWSLETTER_EN = (
    "Paul, I really enjoyed our conversation last night. I thought you might like to read the "
    "monthly market outlook newsletter I send to my clients. Just write to me if you’re "
    "interested.\n"
    "\n"
    "P.S. I know neither of us needs more email in our inbox. If you’d rather not get an email "
    "from me every month, I completely understand, and I won’t be offended in the least if you "
    "tell me so."
)


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [("fr", "Un café?", COFFEE_FR), ("en", "Coffee?", COFFEE_EN)],
)
def test_coffee_invitation_reads_like_the_seed(language: str, subject: str, body: str) -> None:
    message = render(builtin_source("coffee_invitation", language), robert(language))
    assert message == RenderedMessage(subject=subject, body=body)


@pytest.mark.parametrize(("language", "body"), [("fr", COFFEE_FR), ("en", COFFEE_EN)])
def test_signature_follows_after_a_blank_line(language: str, body: str) -> None:
    context = robert(language, sender_name="Julie Roy")
    message = render(builtin_source("coffee_invitation", language), context)
    assert message.body == body + "\n\nJulie Roy"


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        ("fr", "Suite à notre conversation", NEWSLETTER_FR),
        ("en", "Our conversation last night", NEWSLETTER_EN),
    ],
)
def test_newsletter_offer_invites_declining(language: str, subject: str, body: str) -> None:
    message = render(builtin_source("newsletter_offer", language), paul(language))
    assert message == RenderedMessage(subject=subject, body=body)


def test_coffee_invitation_once_the_busy_period_is_over() -> None:
    met = TODAY - dt.timedelta(days=40)
    over = TODAY - dt.timedelta(days=5)
    french = render(
        builtin_source("coffee_invitation", "fr"), robert("fr", event_date=met, busy_until=over)
    )
    english = render(
        builtin_source("coffee_invitation", "en"), robert("en", event_date=met, busy_until=over)
    )
    assert french.body == (
        "Robert, j’ai repensé à notre conversation du 14 octobre. J’aimerais avoir l’occasion "
        "d’en apprendre davantage sur ton voyage à vélo à travers la Croatie. J’espère que les "
        "choses se sont calmées de ton côté. Ça te dirait d’aller prendre un café un de ces "
        "jours? Aucune pression, bien sûr."
    )
    assert english.body == (
        "Robert, I’ve been thinking about our conversation on October 14. I’d love to hear more "
        "about your cycling trip across Croatia. I hope things have calmed down on your side. "
        "Would you like to have a coffee one of these days? No pressure at all."
    )


def test_coffee_invitation_without_detail_or_busy_period_still_leaves_a_way_out() -> None:
    context = robert("fr", detail=None, mention=None, busy_until=None)
    body = render(builtin_source("coffee_invitation", "fr"), context).body
    assert body == (
        "Robert, j’ai apprécié notre conversation d’hier soir. Ça te dirait d’aller prendre un "
        "café un de ces jours? Aucune pression, bien sûr."
    )


def test_still_busy_but_met_a_while_ago_drops_presentement() -> None:
    context = robert("fr", event_date=TODAY - dt.timedelta(days=9))
    body = render(builtin_source("coffee_invitation", "fr"), context).body
    assert body.startswith("Robert, j’ai repensé à notre conversation de la semaine dernière.")
    assert "occupée pour toi. Peut-être pourrions-nous" in body
    assert "présentement" not in body


def test_next_day_note_and_ask_how_it_went_have_no_ask_about_business() -> None:
    note = render(builtin_source("next_day_note", "fr"), robert("fr"))
    asked = render(builtin_source("ask_how_it_went", "en"), robert("en"))
    assert note.body == (
        "Robert, un petit mot pour te dire que j’ai vraiment apprécié notre conversation d’hier "
        "soir. J’ai bien aimé t’entendre parler de ton voyage à vélo à travers la Croatie. Au "
        "plaisir de te recroiser!"
    )
    assert asked == RenderedMessage(
        subject="How did it go?",
        body=(
            "Robert, I was thinking of you and your cycling trip across Croatia. How did it go? "
            "I hope it all went well!"
        ),
    )


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", BUILTIN_KINDS)
def test_every_builtin_renders_for_the_sample(kind: str, language: str) -> None:
    context = sample_context(language, TODAY, sender_name="Julie Roy")
    message = render(builtin_source(kind, language), context)
    text = message.subject + "\n" + message.body
    assert message.subject and "\n" not in message.subject
    assert message.body.startswith("Robert, ")
    assert message.body.endswith("\n\nJulie Roy")
    assert "None" not in text and "{" not in text and "  " not in text
    assert "'" not in text  # typographic apostrophes only (see the test below)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_builtin_texts_use_typographic_apostrophes_only(language: str) -> None:
    sources = "".join(builtin_source(kind, language) for kind in BUILTIN_KINDS)
    text = re.sub(r"{{.*?}}|{%.*?%}", "", sources)
    assert "'" not in text
    assert text.count("’") >= 5


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", BUILTIN_KINDS)
def test_every_builtin_renders_with_nothing_optional(kind: str, language: str) -> None:
    context = MessageContext(first_name="Léa", full_name="Léa Roy", language=language, today=TODAY)
    message = render(builtin_source(kind, language), context)
    assert message.body.startswith("Léa, ")
    assert "None" not in message.body and "  " not in message.body


def test_sample_context_is_robert_met_last_night_and_still_busy() -> None:
    context = sample_context("fr", TODAY)
    variables = template_variables(context)
    assert context.first_name == "Robert"
    assert context.detail == "Voyage à vélo à travers la Croatie"
    assert variables["met_when"] == "hier soir"
    assert variables["still_busy"] is True
    assert sample_context("en", TODAY).detail == "Cycling trip across Croatia"


# --- Derived variables ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "french", "french_of", "english", "recent"),
    [
        (0, "aujourd’hui", "d’aujourd’hui", "today", True),
        (1, "hier soir", "d’hier soir", "last night", True),
        (3, "vendredi", "de vendredi", "on Friday", True),
        (4, "jeudi", "de jeudi", "on Thursday", False),
        (10, "la semaine dernière", "de la semaine dernière", "last week", False),
        (22, "le 1er novembre", "du 1er novembre", "on November 1", False),
        (40, "le 14 octobre", "du 14 octobre", "on October 14", False),
        (400, "le 19 octobre 2025", "du 19 octobre 2025", "on October 19, 2025", False),
    ],
)
def test_met_when(days: int, french: str, french_of: str, english: str, recent: bool) -> None:
    event_date = TODAY - dt.timedelta(days=days)
    fr = template_variables(robert("fr", event_date=event_date))
    en = template_variables(robert("en", event_date=event_date))
    assert (fr["met_when"], fr["met_when_of"], fr["met_recently"]) == (french, french_of, recent)
    assert (en["met_when"], en["met_when_of"], en["met_recently"]) == (english, english, recent)
    assert fr["days_since_event"] == days


def test_no_event_date_means_no_met_when() -> None:
    variables = template_variables(robert("en", event_date=None))
    assert variables["met_when"] is None and variables["met_recently"] is False


@pytest.mark.parametrize(
    ("busy_until", "still_busy", "busy_over"),
    [(TODAY, True, False), (YESTERDAY, False, True), (None, False, False)],
)
def test_busy_flags(busy_until: dt.date | None, still_busy: bool, busy_over: bool) -> None:
    variables = template_variables(robert("fr", busy_until=busy_until))
    assert variables["still_busy"] is still_busy
    assert variables["busy_over"] is busy_over


@pytest.mark.parametrize(
    ("date", "language", "expected"),
    [
        (dt.date(2026, 12, 15), "fr", "15 décembre"),
        (dt.date(2026, 12, 15), "en", "December 15"),
        (dt.date(2026, 12, 1), "fr", "1er décembre"),
        (dt.date(2027, 2, 3), "fr", "3 février 2027"),
        (dt.date(2027, 2, 3), "en", "February 3, 2027"),
    ],
)
def test_date_text(date: dt.date, language: str, expected: str) -> None:
    assert date_text(date, language, TODAY) == expected
    variables = template_variables(robert(language, busy_until=date))
    assert variables["busy_until_text"] == expected


def test_date_text_filter_in_a_template() -> None:
    source = "Subject: x\n\nOccupé jusqu’au {{ busy_until | date_text }}."
    body = render(source, robert("fr", busy_until=dt.date(2026, 12, 15))).body
    assert body == "Occupé jusqu’au 15 décembre."


# --- Filters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("voyage à vélo à travers la Croatie", "ton voyage à vélo à travers la Croatie"),
        ("randonnée en Islande", "ta randonnée en Islande"),
        ("enfants", "tes enfants"),
        ("son voyage", "ton voyage"),
        ("Sa randonnée", "ta randonnée"),
        ("ses enfants", "tes enfants"),
        ("le marathon de Montréal", "ton marathon de Montréal"),
        ("la course", "ta course"),
        ("les vacances", "tes vacances"),
        ("un voyage", "ton voyage"),
        ("une croisière", "ta croisière"),
        ("l'expédition", "ton expédition"),
        ("l’hôtel", "ton hôtel"),
        ("une expédition", "ton expédition"),
        ("expédition en Antarctique", "ton expédition en Antarctique"),
        ("hôtel", "ton hôtel"),
        ("sa fille", "ta fille"),
        ("nouvelle maison", "ta nouvelle maison"),
        ("cours de piano", "ton cours de piano"),
        ("tennis", "ton tennis"),
        ("promotion", "ta promotion"),
        ("déménagement", "ton déménagement"),
        ("grand-mère", "ta grand-mère"),
        ("amis", "tes amis"),
        ("musée", "ton musée"),
    ],
)
def test_french_possessive(phrase: str, expected: str) -> None:
    assert possessive(phrase, "fr") == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("cycling trip across Croatia", "your cycling trip across Croatia"),
        ("his kids", "your kids"),
        ("The marathon", "your marathon"),
        ("a trip to Iceland", "your trip to Iceland"),
        ("RRSP", "your RRSP"),
    ],
)
def test_english_possessive(phrase: str, expected: str) -> None:
    assert possessive(phrase, "en") == expected


def test_possessive_of_nothing_is_empty() -> None:
    assert possessive(None, "fr") == "" and possessive("  ", "en") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cycling trip", "cycling trip"),
        ("Voyage à vélo", "voyage à vélo"),
        ("Été à Paris", "été à Paris"),
        ("A trip", "a trip"),
        ("RRSP meeting", "RRSP meeting"),
        ("NHL playoffs", "NHL playoffs"),
        ("I", "I"),
        ("", ""),
    ],
)
def test_lowerfirst(text: str, expected: str) -> None:
    assert lowerfirst(text) == expected


def test_filters_chain_in_a_template() -> None:
    source = "Subject: {{ first_name }}\n\nSur {{ detail | lowerfirst | possessive }}."
    assert render(source, robert("fr")).body == "Sur ton voyage à vélo à travers la Croatie."


# --- Format -----------------------------------------------------------------------------------


def test_objet_and_windows_line_endings_are_accepted() -> None:
    message = render("Objet : Bonjour {{ first_name }}\r\n\r\nLigne 1\r\nLigne 2\r\n", robert("fr"))
    assert message == RenderedMessage(subject="Bonjour Robert", body="Ligne 1\nLigne 2")


def test_blank_line_after_subject_is_optional() -> None:
    assert render("Subject: Hi\nHello", robert("en")).body == "Hello"


@pytest.mark.parametrize("source", ["Hello {{ first_name }}\n\nBody", "", "\nSubject: late\n\nx"])
def test_missing_subject_line(source: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render(source, robert("en"))
    assert caught.value.line == 1
    assert caught.value.message == "The first line must be the subject, written “Subject: …”."


def test_builtin_source_refuses_unknown_kinds_and_languages() -> None:
    with pytest.raises(ValueError, match="no built-in template"):
        builtin_source("../../pressure/fr", "fr")
    with pytest.raises(ValueError, match="French or English"):
        builtin_source("coffee_invitation", "de")
    with pytest.raises(ValueError, match="French or English"):
        robert("de")


def test_builtin_sources_start_with_a_subject_line() -> None:
    for kind in BUILTIN_KINDS:
        for language in ("fr", "en"):
            first, blank = builtin_source(kind, language).split("\n")[:2]
            assert first.startswith("Subject: ") and blank == ""


# --- Errors and the sandbox -------------------------------------------------------------------

# Line 3 renders fine ("Hello Robert"); the problem is on line 4.
PREFIX = "Subject: Hi\n\nHello {{ first_name }}\n"


def assert_sentence(error: TemplateError) -> None:
    message = error.message
    assert message[0].isupper() and message.endswith(".")
    assert "\n" not in message and "Traceback" not in message
    assert "Hello Robert" not in message  # nothing of the half-rendered message leaks out


@pytest.mark.parametrize(
    ("line4", "expected"),
    [
        ("{{ first_name", "The template has a mistake: "),
        ("{% if %}", "The template has a mistake: "),
        (
            "{% if detail %}never closed",
            "The template has a mistake: “{% if … %}” is never closed with “{% endif %}”.",
        ),
        ("{{ detail | shout }}", "The template has a mistake: no filter named 'shout'."),
        (
            "{{ nickname }}",
            "The template uses “nickname”, which is not a variable that templates know.",
        ),
        (
            "{{ first_name.nickname }}",
            "The template asks for “nickname”, which does not exist there.",
        ),
        ("{{ 1 / 0 }}", "The template could not be filled in (division by zero)."),
        ("{{ event_name }}", "The template prints a value this person does not have"),
    ],
)
def test_mistakes_become_one_sentence(line4: str, expected: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render(PREFIX + line4, robert("en", event_name=None))
    assert caught.value.message.startswith(expected)
    assert caught.value.line == 4
    assert_sentence(caught.value)


def test_line_numbers_count_from_the_top_of_the_file() -> None:
    for source, line in [
        ("Subject: {{ nope }}\n\nHello", 1),
        ("Subject: Hi\n\nA\nB\n\n{{ nope }}", 6),
        ("Subject: Hi\nA\n{{ nope }}", 3),
        ("Subject: Hi\n\nA\n{% for x in [1] %}\n{{ nope }}\n{% endfor %}", 5),
    ]:
        with pytest.raises(TemplateError) as caught:
            render(source, robert("en"))
        assert caught.value.line == line, source
        assert caught.value.message == (
            "The template uses “nope”, which is not a variable that templates know."
        )


@pytest.mark.parametrize(
    "attempt",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__ }}",
        "{{ self.__init__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ first_name | attr('__class__') }}",
        "{{ '{0.__class__}'.format(first_name) }}",
        "{{ today.__class__.__subclasses__() }}",
        "{% include '/etc/passwd' %}",
        "{% import 'os' as os %}",
        "{% from 'os' import system %}",
        "{% extends 'base.txt' %}",
        "{{ 'x' * 10**9 }}",
        "{{ 10 ** 100000 }}",
        "{% for i in range(10**7) %}x{% endfor %}",
        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    ],
)
def test_sandbox_escapes_are_refused(attempt: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render(PREFIX + attempt, robert("en"))
    assert caught.value.line == 4
    assert_sentence(caught.value)


def test_security_errors_name_what_was_refused() -> None:
    with pytest.raises(TemplateError) as caught:
        render(PREFIX + "{{ ''.__class__.__mro__ }}", robert("en"))
    assert caught.value.message == (
        "The template tries to reach “__class__”, which templates may not use."
    )
    with pytest.raises(TemplateError) as caught:
        render(PREFIX + "{% include '/etc/passwd' %}", robert("en"))
    assert caught.value.message == "Templates cannot include, import or extend other files."


def test_include_cannot_read_a_real_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    for tag in ("include", "extends"):
        with pytest.raises(TemplateError) as caught:
            render(f"Subject: x\n\n{{% {tag} '{secret}' %}}", robert("en"))
        assert "secret" not in caught.value.message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("Subject: {% if false %}x{% endif %}\n\nBody", "The subject is empty once filled in."),
        ("Subject: Hi\n\n{% if false %}x{% endif %}\n", "The message is empty once filled in."),
    ],
)
def test_empty_results_are_errors(source: str, message: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render(source, robert("en"))
    assert caught.value.message.startswith(message)
