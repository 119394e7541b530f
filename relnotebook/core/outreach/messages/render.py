"""Message templates for signals: the low-pressure emails the advisor sends from their own client.

The wording is the product (domain.md, section 1): a first name, one personal detail, no business,
and a way out for the other person. The built-in texts live in `resources/templates/<lang>/` so
they can be read and reworded without touching code, and users may write their own in the same
format:

    Subject: Un café?

    {{ first_name }}, j’ai apprécié notre conversation {{ met_when_of }}. …

The first line is the subject (`Subject:`, or `Objet:`), itself a template; a blank line may
follow; the rest is the body. Templates are Jinja2, run in a sandbox built from the source string
only: no loader, so `{% include %}`, `{% import %}` and `{% extends %}` cannot reach a file, and
private attributes (`''.__class__`) are refused. Every failure, whatever its cause, becomes one
`TemplateError` (`sandbox.py`) with a sentence for the user and the line when known: never a
traceback, and never half a message.

Variables a template can use:

- the `MessageContext` fields: `first_name`, `full_name`, `language`, `form` ("tu"/"vous" in
  French, else `None`), `today`, `event_name`, `event_date`, `detail` (as typed), `mention`
  (the detail as a message says it: « ton vélo de montagne », "your trip to Japan"; `None`
  when no mention reads right, so guard it), `busy_until`, `sender_name` (absent ones are
  `None`, or "" for the sender; printing `None` is an error, so guard optional ones with
  `{% if … %}`);
- `met_recently`: the event was at most 3 days ago (the "last night" message);
- `days_since_event`: whole days since the event, or `None`;
- `met_when`: "aujourd’hui" / "today", "hier soir" / "last night", "mardi" / "on Tuesday" (2 to 6
  days ago), "la semaine dernière" / "last week" (7 to 13), else "le 20 novembre" /
  "on November 20" (with the year when it is not this year); `None` without an event date;
- `met_when_of`: the same after "notre conversation": in French "d’hier soir", "de mardi",
  "de la semaine dernière", "du 20 novembre"; in English the same as `met_when`;
- `still_busy`: a busy period is known and not over (`today <= busy_until`);
- `busy_over`: a busy period is known and over (`today > busy_until`);
- `busy_until_text`: "15 décembre" / "December 15" (with the year when not this year), or `None`.

Filters: `possessive` ("Voyage à vélo" → "ton voyage à vélo", or "votre voyage à vélo" for
« vous », "sa randonnée" → "ta randonnée", "his kids" → "your kids"; it does not change letter
case, so chain `lowerfirst` first), `with_de` and `with_a` (French "de"/"à" before a mention,
contracted: « du déménagement de tes parents », « au mariage de ton fils »),
`lowerfirst` ("Cycling trip" → "cycling trip", but "RRSP meeting" stays), and `date_text`
(a date as `busy_until_text` writes it).

Built-in texts use typographic apostrophes (’) throughout, in both languages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from relnotebook.core.dates import month_name
from relnotebook.core.outreach.messages.english import english_possessive
from relnotebook.core.outreach.messages.french import french_possessive
from relnotebook.core.outreach.messages.mentions import FORMS, to_vous, with_preposition
from relnotebook.core.outreach.messages.sandbox import (
    TemplateError,
    compile_template,
    environment,
    lowerfirst,
    run,
    split,
    tidy,
)
from relnotebook.paths import resource

BUILTIN_KINDS: tuple[str, ...] = (
    "coffee_invitation",
    "newsletter_offer",
    "next_day_note",
    "ask_how_it_went",
)
LANGUAGES: tuple[str, ...] = ("fr", "en")

# "Last night" stops being natural after a few days.
RECENT_DAYS = 3

_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class MessageContext:
    """What a template may know about the person and the moment; nothing else reaches it."""

    first_name: str
    full_name: str
    language: str
    today: dt.date
    event_name: str | None = None
    event_date: dt.date | None = None
    detail: str | None = None
    busy_until: dt.date | None = None
    sender_name: str = ""
    form: str | None = None  # "tu" or "vous" in French (None reads "tu"); None in English
    mention: str | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"Messages are written in French or English, not {self.language!r}.")
        if self.form is not None and self.form not in FORMS:
            raise ValueError(f"French messages say tu or vous, not {self.form!r}.")


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    body: str


# --- Dates in words ---------------------------------------------------------------------------


def date_text(date: dt.date, language: str, today: dt.date) -> str:
    """ "15 décembre" / "December 15", with the year only when it is not the current one."""
    if language == "fr":
        day = "1er" if date.day == 1 else str(date.day)
        text = f"{day} {month_name(date.month, 'fr')}"
        return text if date.year == today.year else f"{text} {date.year}"
    text = f"{month_name(date.month, 'en')} {date.day}"
    return text if date.year == today.year else f"{text}, {date.year}"


def _met_when(event_date: dt.date | None, today: dt.date, language: str) -> str | None:
    if event_date is None:
        return None
    days = (today - event_date).days
    french = language == "fr"
    if days == 0:
        return "aujourd’hui" if french else "today"
    if days == 1:
        return "hier soir" if french else "last night"
    if 2 <= days <= 6:
        weekday = event_date.weekday()
        return _FR_WEEKDAYS[weekday] if french else f"on {_EN_WEEKDAYS[weekday]}"
    if 7 <= days <= 13:
        return "la semaine dernière" if french else "last week"
    text = date_text(event_date, language, today)
    return f"le {text}" if french else f"on {text}"


def _of(when: str | None, language: str) -> str | None:
    """French needs "de" before the time, contracted: "d’hier soir", "du 20 novembre"."""
    if when is None or language != "fr":
        return when
    if when.startswith("le "):
        return "du " + when[3:]
    if when[0] in "aeiouhéè":
        return "d’" + when
    return "de " + when


# --- Filters ----------------------------------------------------------------------------------


_EN_DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|my|your|our|its)\s+", re.IGNORECASE)


def possessive(phrase: str | None, language: str) -> str:
    """Turn a noun phrase into "your …": "ton voyage", "ta randonnée", "tes enfants", "your trip".

    An existing determiner (son, sa, ses, le, la, les, un, une, l’; his, her, the, a…) is
    replaced. French gender is guessed from the first noun's ending; before a vowel or a mute h
    French always uses "ton" (ton expédition). Letter case is kept as typed.
    """
    if not phrase or not phrase.strip():
        return ""
    if language == "fr":
        return french_possessive(phrase)
    return english_possessive(phrase)


@pass_context
def _possessive_filter(context: Context, phrase: str | None) -> str:
    text = possessive(phrase, context.get("language", "en"))
    return (
        to_vous(text) if context.get("language") == "fr" and context.get("form") == "vous" else text
    )


def _with_de(mention: str) -> str:
    return with_preposition(mention, "de")


def _with_a(mention: str) -> str:
    return with_preposition(mention, "à")


@pass_context
def _date_text_filter(context: Context, date: dt.date) -> str:
    return date_text(date, context.get("language", "en"), context.get("today", date))


# --- Rendering --------------------------------------------------------------------------------


def template_variables(context: MessageContext) -> dict[str, Any]:
    """Everything a template sees: the context fields and the derived values documented above."""
    language, today = context.language, context.today
    met_when = _met_when(context.event_date, today, language)
    days = (today - context.event_date).days if context.event_date else None
    busy = context.busy_until
    return {
        **asdict(context),
        "days_since_event": days,
        "met_recently": days is not None and 0 <= days <= RECENT_DAYS,
        "met_when": met_when,
        "met_when_of": _of(met_when, language),
        "still_busy": busy is not None and today <= busy,
        "busy_over": busy is not None and today > busy,
        "busy_until_text": date_text(busy, language, today) if busy else None,
    }


_ENV = environment(
    {
        "possessive": _possessive_filter,
        "lowerfirst": lowerfirst,
        "date_text": _date_text_filter,
        "with_de": _with_de,
        "with_a": _with_a,
    }
)


def render(source: str, context: MessageContext) -> RenderedMessage:
    """Fill in a template for one person, or raise `TemplateError`; nothing in between."""
    subject_source, body_source, offset = split(source)
    subject_template = compile_template(_ENV, subject_source, 0)
    body_template = compile_template(_ENV, body_source, offset)
    variables = template_variables(context)
    subject = " ".join(run(subject_template, variables, 0).split())
    body = tidy(run(body_template, variables, offset))
    if not subject:
        raise TemplateError("The subject is empty once filled in.", 1)
    if not body:
        raise TemplateError("The message is empty once filled in.", None)
    return RenderedMessage(subject=subject, body=body)


def builtin_source(kind: str, language: str, form: str | None = None) -> str:
    """The shipped template text, for use as is or as the start of the user's own: English,
    French « tu » (`templates/fr/`) or French « vous » (`templates/fr_vous/`)."""
    if kind not in BUILTIN_KINDS:
        raise ValueError(f"There is no built-in template called {kind!r}.")
    if language not in LANGUAGES:
        raise ValueError(f"Built-in templates are in French or English, not {language!r}.")
    folder = "fr_vous" if language == "fr" and form == "vous" else language
    return resource("templates", folder, f"{kind}.txt").read_text(encoding="utf-8")


def sample_context(
    language: str, today: dt.date, *, sender_name: str = "", form: str | None = None
) -> MessageContext:
    """Robert from the seed article, met last night and busy for a few weeks: for previews."""
    french = language == "fr"
    form = (form or "tu") if french else None
    mention = (
        "ton voyage à vélo à travers la Croatie" if french else "your cycling trip across Croatia"
    )
    return MessageContext(
        first_name="Robert",
        full_name="Robert Gagnon",
        language=language,
        today=today,
        event_name="Cocktail de la Chambre de commerce" if french else "Chamber of Commerce mixer",
        event_date=today - dt.timedelta(days=1),
        detail="Voyage à vélo à travers la Croatie" if french else "Cycling trip across Croatia",
        busy_until=today + dt.timedelta(days=24),
        sender_name=sender_name,
        form=form,
        mention=to_vous(mention) if form == "vous" else mention,
    )


__all__: list[str] = [
    "BUILTIN_KINDS",
    "MessageContext",
    "RenderedMessage",
    "TemplateError",
    "builtin_source",
    "date_text",
    "lowerfirst",
    "possessive",
    "render",
    "sample_context",
    "template_variables",
]
