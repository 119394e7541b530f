"""The core's sentences for the user, in the language of the interface.

The core raises errors carrying an English `Sentence` (template + named fields; see
`relnotebook.errors`). Here the template goes through Qt Linguist's "errors" context and whole
numbers through `QLocale`, so a French user reads « Une note compte au plus 10 000 caractères. »
where the command line prints "A note is at most 10,000 characters.". A template without a
translation falls back to English, never to an empty message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from relnotebook.errors import NotebookError, Sentence, SentenceError

CONTEXT = "errors"  # the context tools/core_sentences.py writes the templates under


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template) or template


def _number(value: int) -> str:
    return QLocale().toString(value)


def failure_reason(error: BaseException) -> str:
    """Why writing or reading a file failed: a core sentence translated (a file that is not a
    regular file, a full disk…), else the system's own words for an OSError."""
    if isinstance(error, SentenceError):
        return user_message(error)
    return getattr(error, "strerror", None) or str(error)


def user_message(error: SentenceError | Sentence) -> str:
    """The sentence to show for `error`, translated, with numbers written the local way."""
    sentence = error if isinstance(error, Sentence) else error.sentence
    try:
        return sentence.render(_translate, _number)
    except (KeyError, IndexError, ValueError):
        # A translation naming a field the template does not have: English is better than
        # a crash while reporting an error.
        return sentence.english


def error_text(error: BaseException) -> str:
    """What went wrong with a notebook or its copy (a backup, a restore): the core's sentence,
    translated, else the exception's own words."""
    return user_message(error) if isinstance(error, NotebookError) else str(error)
