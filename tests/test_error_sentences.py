"""The core's sentences for the user: English templates with named fields, found where they are
raised, so that the GUI can translate each of them (tests/gui/test_french_errors.py)."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from relnotebook.core.events.capture import CaptureRow, row_problems
from relnotebook.core.exchange.contact_import.errors import ImportCancelled, ImportFileError
from relnotebook.errors import NotANotebookError, Sentence, ValidationError
from relnotebook.store.failures import DISK_FULL, WriteFailedError
from tools import core_sentences, translations


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_sentence_of_the_core_is_a_plain_template_at_its_raise_site():
    sites = core_sentences.sites()
    assert len(sites) > 100
    not_literal = [f"{s.file.name}:{s.line}" for s in sites if s.template is None]
    assert not_literal == []  # an f-string here would reach French users in English


def test_the_scanner_knows_every_kind_of_error_that_carries_a_sentence():
    """A new error class it did not know would be raised untranslated, with no test failing."""
    import importlib
    import pkgutil

    import relnotebook
    from relnotebook.errors import SentenceError

    for module in pkgutil.walk_packages(relnotebook.__path__, "relnotebook."):
        if not any(part in module.name for part in (".gui", ".migrations", "__main__")):
            importlib.import_module(module.name)
    kinds, unseen = set(), [SentenceError]
    while unseen:
        kind = unseen.pop()
        kinds.add(kind.__name__)
        unseen.extend(kind.__subclasses__())
    # WriteFailedError is made from a `Sentence(...)`, scanned where that is written.
    assert kinds - set(core_sentences.TEMPLATE_ARGUMENT) == {"WriteFailedError"}


def test_every_raise_site_fills_the_fields_its_template_names():
    """A missing field would raise KeyError at the moment an error is reported."""
    checked = 0
    for site in core_sentences.sites():
        if site.template is None or site.given is None:
            continue
        checked += 1
        missing = fields(site.template) - site.given
        assert not missing, f"{site.file.name}:{site.line} does not fill {sorted(missing)}"
    assert checked > 100


def test_templates_name_their_fields_and_nothing_else():
    for template in core_sentences.templates():
        for name in fields(template):
            assert name.isidentifier(), template  # no {0}, {x.attr} or {x[0]}


def test_every_template_is_translated_to_french_with_the_same_fields():
    french = {
        source: text
        for (context, source), (text, kind) in translations.messages(
            translations.ts_file("fr")
        ).items()
        if context == core_sentences.CONTEXT and not kind
    }
    for template in core_sentences.templates():
        assert french.get(template), f"no French for {template!r}"
        assert fields(french[template]) == fields(template), template


def test_the_english_message_fills_the_template():
    error = ValidationError("note", "A note is at most {limit} characters.", limit=10_000)
    assert error.message == "A note is at most 10,000 characters."
    assert str(error) == error.message
    assert error.field == "note"
    assert error.sentence == Sentence("A note is at most {limit} characters.", {"limit": 10_000})


def test_a_notebook_error_names_its_file_as_path(tmp_path):
    error = NotANotebookError(tmp_path / "x.txt", "{path} is not a Relationship Notebook file.")
    assert error.message == f"{tmp_path / 'x.txt'} is not a Relationship Notebook file."
    assert error.path == tmp_path / "x.txt"


def test_a_nested_sentence_is_rendered_with_the_same_translation():
    row = CaptureRow(name="Ana", email="ana@")
    problem = row_problems(row, index=2, reference=dt.date(2026, 12, 6))[0]
    outer = ValidationError(problem.field, "Row {row}: {problem}", row=3, problem=problem.sentence)
    assert outer.message == "Row 3: “ana@” is not an email address."
    french = {
        "Row {row}: {problem}": "Ligne {row} : {problem}",
        "“{text}” is not an email address.": "« {text} » n'est pas une adresse courriel.",
    }
    shown = outer.sentence.render(lambda t: french.get(t, t), lambda n: f"<{n}>")
    assert shown == "Ligne <3> : « ana@ » n'est pas une adresse courriel."


def test_import_errors_and_write_failures_carry_sentences():
    assert ImportCancelled().message == "The import was cancelled; nothing was changed."
    assert ImportFileError("{label} holds no contacts.", label="a.vcf").message == (
        "a.vcf holds no contacts."
    )
    refused = WriteFailedError(DISK_FULL)
    assert refused.field == "notebook"
    assert refused.sentence == DISK_FULL


def test_a_field_may_be_renamed_keeping_its_sentence():
    error = ValidationError("name", "A name is needed.").for_field("given_name")
    assert (error.field, error.message) == ("given_name", "A name is needed.")


def test_a_template_missing_a_field_fails_loudly_in_tests():
    with pytest.raises(KeyError):
        ValidationError("x", "Row {row}: {problem}", row=1)
