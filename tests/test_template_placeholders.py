"""Readable placeholders in the user's templates: {First name} or {Prénom} in, Jinja out."""

from __future__ import annotations

import datetime as dt

import pytest

from relnotebook.core.outreach.messages.placeholders import FIELDS, to_jinja, to_readable
from relnotebook.core.outreach.messages.render import (
    BUILTIN_KINDS,
    LANGUAGES,
    TemplateError,
    builtin_source,
    render,
    sample_context,
)

DAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", BUILTIN_KINDS)
def test_built_in_texts_read_with_names_and_come_back_the_same(kind: str, language: str) -> None:
    source = builtin_source(kind, language)
    readable = to_readable(source, language)
    assert "{{ first_name }}" not in readable
    assert ("{Prénom}" if language == "fr" else "{First name}") in readable
    assert to_jinja(readable) == source


def test_either_language_any_case_and_the_variable_name_are_understood() -> None:
    source = "Subject: {prénom}\n\n{FIRST NAME}, {Detail}. {first_name}: {Votre nom}{ Prenom }"
    message = render(to_jinja(source), sample_context("fr", DAY, sender_name="Marie"))
    assert message.subject == "Robert"
    assert message.body == ("Robert, ton voyage à vélo à travers la Croatie. Robert: MarieRobert")


def test_every_field_renders_on_the_sample_person() -> None:
    body = " ".join(field.placeholder("en") for field in FIELDS)
    message = render(to_jinja(f"Subject: x\n\n{body}"), sample_context("en", DAY, sender_name="M"))
    assert "{" not in message.body
    assert "your cycling trip across Croatia" in message.body


def test_an_unknown_name_is_a_sentence_with_its_line() -> None:
    with pytest.raises(TemplateError) as raised:
        to_jinja("Subject: Salut\n\nBonjour {Surnom}!")
    assert raised.value.line == 3
    assert "“{Surnom}” is not a field" in raised.value.message


def test_jinja_and_other_braces_are_left_alone() -> None:
    source = "Subject: x\n\n{% if detail %}{{ detail }}{% endif %} {{ first_name|upper }} {:-)}"
    assert to_jinja(source) == source
    assert to_readable(source, "en") == source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_detail_field_is_the_mention_the_built_in_texts_use(language: str) -> None:
    readable = to_readable(builtin_source("coffee_invitation", language), language)
    assert ("{Détail}" if language == "fr" else "{Detail}") in readable
    assert "{{ mention }}" not in readable
