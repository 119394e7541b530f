"""Placeholders with readable names for the user's own templates: {First name}, {Prénom}.

A user writes `{First name}` (or `{Prénom}`, in either language, any letter case) where the
person's first name goes. Templates are still stored and rendered as Jinja2 in the sandbox
(`render.py`): `to_jinja` turns each readable placeholder into its expression before saving or
previewing, and `to_readable` turns the expressions back for editing, in the template's
language. Jinja's own `{{ … }}` and `{% … %}` stay accepted as they are, for the conditions of the
built-in texts. A name in braces that is no field is a `TemplateError`, never text that would
end up in someone's inbox.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from relnotebook.core.outreach.messages.sandbox import TemplateError


@dataclass(frozen=True)
class Field:
    key: str
    expression: str  # what the sandbox renders
    english: str
    french: str

    def name(self, language: str) -> str:
        return self.french if language == "fr" else self.english

    def placeholder(self, language: str) -> str:
        return "{" + self.name(language) + "}"


FIELDS: tuple[Field, ...] = (
    Field("first_name", "{{ first_name }}", "First name", "Prénom"),
    Field("full_name", "{{ full_name }}", "Full name", "Nom complet"),
    Field("detail", "{{ mention }}", "Detail", "Détail"),
    Field("event_name", "{{ event_name }}", "Event", "Événement"),
    Field("met_when", "{{ met_when }}", "When we met", "Quand on s’est vus"),
    Field("busy_until_text", "{{ busy_until_text }}", "Busy until", "Occupé jusqu’au"),
    Field("sender_name", "{{ sender_name }}", "Your name", "Votre nom"),
)

# One pair of braces around a name (not Jinja's doubled ones): letters first, then letters,
# spaces, apostrophes, hyphens or underscores.
_READABLE = re.compile(r"(?<!\{)\{\s*([^\W\d_][\w '’\-]{0,40}?)\s*\}(?!\})")


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").split())


_BY_NAME = {
    _folded(spelling): field
    for field in FIELDS
    for spelling in (field.english, field.french, field.key)
}


def _expression_pattern(expression: str) -> re.Pattern[str]:
    """`{{ detail | lowerfirst }}` with any spacing, as people and tools write it."""
    tokens = re.findall(r"\{\{|\}\}|\||\w+", expression)
    return re.compile(r"\s*".join(re.escape(token) for token in tokens))


_EXPRESSIONS = [(_expression_pattern(field.expression), field) for field in FIELDS]


def _line_of(source: str, index: int) -> int:
    return source.count("\n", 0, index) + 1


def to_jinja(source: str) -> str:
    """The template with every readable placeholder replaced by its Jinja expression."""

    def replace(match: re.Match[str]) -> str:
        field = _BY_NAME.get(_folded(match[1]))
        if field is None:
            raise TemplateError(
                f"“{match[0]}” is not a field templates know: pick one from the list of fields.",
                _line_of(source, match.start()),
            )
        return field.expression

    return _READABLE.sub(replace, source)


def to_readable(source: str, language: str) -> str:
    """The template with the fields' Jinja expressions written as readable placeholders."""
    for pattern, field in _EXPRESSIONS:
        source = pattern.sub(field.placeholder(language).replace("\\", "\\\\"), source)
    return source
