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
`TemplateError` with a sentence for the user and the line when known: never a traceback, and never
half a message.

Variables a template can use:

- the `MessageContext` fields: `first_name`, `full_name`, `language`, `today`, `event_name`,
  `event_date`, `detail`, `busy_until`, `sender_name` (absent ones are `None`, or "" for the
  sender; printing `None` is an error, so guard optional ones with `{% if … %}`);
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

Filters: `possessive` ("Voyage à vélo" → "ton voyage à vélo", "sa randonnée" → "ta randonnée",
"his kids" → "your kids"; it does not change letter case, so chain `lowerfirst` first),
`lowerfirst` ("Cycling trip" → "cycling trip", but "RRSP meeting" stays), and `date_text`
(a date as `busy_until_text` writes it).

Built-in texts use typographic apostrophes (’) throughout, in both languages.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from dataclasses import asdict, dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from relnotebook.dates import month_name
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
# A message longer than this is a mistake (a loop gone wrong), not an email.
MAX_OUTPUT_CHARS = 20_000
# The file name the sandbox gives compiled templates, to find their lines in tracebacks.
_TEMPLATE_FILENAME = "<message template>"

_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class TemplateError(Exception):
    """A template that cannot become a message.

    `message` is one sentence for the user, without the line: callers show `line` (1-based,
    counted from the Subject line; None when unknown) next to it.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"Messages are written in French or English, not {self.language!r}.")


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


def lowerfirst(text: str) -> str:
    """Lower-case the first letter, to put a detail typed as a title inside a sentence.

    An acronym or all-caps first word ("RRSP", "NHL") and the English "I" are left alone.
    """
    if not text:
        return text
    first_word = re.split(r"[\s’'\-]", text, maxsplit=1)[0]
    if first_word == "I" or (len(first_word) > 1 and first_word.isupper()):
        return text
    return text[0].lower() + text[1:]


_FR_MASCULINE = frozenset({"ton", "son", "mon", "le", "un", "du"})
_FR_FEMININE = frozenset({"ta", "sa", "ma", "la", "une"})
_FR_PLURAL = frozenset({"tes", "ses", "mes", "les", "des", "vos", "leurs", "nos"})
_FR_GENDER_UNKNOWN = frozenset({"votre", "leur", "notre"})
_FR_ELIDED = re.compile(r"^(?:l|d)['’]\s*", re.IGNORECASE)

# Endings that are feminine often enough to guess from (the person page lets the user reword).
_FEMININE_ENDINGS = (
    "ée",
    "tion",
    "sion",
    "ure",
    "ette",
    "ence",
    "ance",
    "ie",
    "ade",
    "ine",
    "ise",
    "elle",
    "ière",
    "aine",
    "ité",
)
_FEMININE_WORDS = frozenset(
    {
        "fille",
        "femme",
        "mère",
        "sœur",
        "soeur",
        "tante",
        "nièce",
        "conjointe",
        "blonde",
        "copine",
        "épouse",
        "famille",
        "maison",
        "course",
        "fête",
        "retraite",
        "saison",
        "moto",
        "photo",
        "guitare",
        "marche",
        "chorale",
        "équipe",
        "plage",
        "page",
        "image",
        "nage",
        "boutique",
        "clinique",
        "musique",
        "compétition",
        "régate",
        "classe",
        "session",
        "ferme",
        "harpe",
    }
)
_MASCULINE_WORDS = frozenset(
    {
        "musée",
        "lycée",
        "trophée",
        "colisée",
        "génie",
        "incendie",
        "parapluie",
        "stade",
        "grade",
        "magazine",
        "squelette",
        "silence",
    }
)
# Singular words that end in s or x.
_SINGULAR_SX = frozenset(
    {
        "cours",
        "parcours",
        "concours",
        "discours",
        "temps",
        "repas",
        "tennis",
        "succès",
        "procès",
        "corps",
        "pays",
        "mois",
        "prix",
        "choix",
        "paradis",
        "relais",
        "jus",
        "bus",
        "campus",
        "virus",
    }
)


def _starts_with_vowel_sound(word: str) -> bool:
    # Most French words starting with h are "mute" (ton hôtel, ton hiver); the aspirated ones
    # likely in small talk are listed, so their gender decides ("ta harpe", "ton hockey").
    lowered = word.casefold()
    if not lowered:
        return False
    if lowered[0] in "aeiouyàâäéèêëîïôöùûüœæ":
        return True
    aspirated = (
        "hockey",
        "hamac",
        "handball",
        "harpe",
        "haricot",
        "hibou",
        "homard",
        "huit",
        "héros",
    )
    return lowered[0] == "h" and not lowered.startswith(aspirated)


def _french_gender(word: str) -> str:
    """Guess "m", "f" or "p" (plural) for the noun a possessive goes before, from its ending."""
    lowered = word.casefold().strip(",.;:!?")
    if lowered.startswith(("belle-", "petite-")) or lowered in _FEMININE_WORDS:
        return "f"
    if lowered in _MASCULINE_WORDS:
        return "m"
    if lowered.endswith(("s", "x")) and lowered not in _SINGULAR_SX:
        return "p"
    if lowered.endswith(_FEMININE_ENDINGS):
        return "f"
    if "-" in lowered:
        return _french_gender(lowered.rsplit("-", 1)[1])
    return "m"


def _french_possessive(phrase: str) -> str:
    phrase = phrase.strip()
    if elided := _FR_ELIDED.match(phrase):
        # "l’expo", "l’hiver": the noun starts with a vowel sound, so "ton" whatever its gender.
        return "ton " + phrase[elided.end() :]
    first, _, rest = phrase.partition(" ")
    determiner = first.casefold()
    if rest and determiner in _FR_PLURAL:
        return "tes " + rest
    if rest and determiner in _FR_FEMININE | _FR_MASCULINE | _FR_GENDER_UNKNOWN:
        noun = rest.split()[0]
        if _starts_with_vowel_sound(noun):
            return "ton " + rest
        if determiner in _FR_FEMININE:
            return "ta " + rest
        if determiner in _FR_GENDER_UNKNOWN:
            return ("ta " if _french_gender(noun) == "f" else "ton ") + rest
        return "ton " + rest
    gender = _french_gender(first)
    if gender == "p":
        return "tes " + phrase
    if _starts_with_vowel_sound(first):
        return "ton " + phrase
    return ("ta " if gender == "f" else "ton ") + phrase


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
        return _french_possessive(phrase)
    return "your " + _EN_DETERMINER.sub("", phrase.strip(), count=1)


@pass_context
def _possessive_filter(context: Context, phrase: str | None) -> str:
    return possessive(phrase, context.get("language", "en"))


@pass_context
def _date_text_filter(context: Context, date: dt.date) -> str:
    return date_text(date, context.get("language", "en"), context.get("today", date))


# --- The sandbox ------------------------------------------------------------------------------


def _huge_power(base: Any, exponent: Any) -> bool:
    if not (isinstance(base, int) and isinstance(exponent, int)) or exponent <= 0:
        return False
    return max(abs(base), 2).bit_length() * exponent > 4096


def _huge_repeat(sequence: Any, count: Any) -> bool:
    if not (isinstance(sequence, str | list | tuple) and isinstance(count, int)):
        return False
    return len(sequence) * count > MAX_OUTPUT_CHARS


class _TemplateSandbox(SandboxedEnvironment):
    """Jinja's sandbox, plus limits on `*` and `**` so `{{ 'x' * 10**9 }}` cannot eat the RAM."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**" and _huge_power(left, right):
            raise SecurityError("the number would be too large")
        if operator_ == "*" and (_huge_repeat(left, right) or _huge_repeat(right, left)):
            raise SecurityError("the text would be too long")
        return super().call_binop(context, operator_, left, right)


def _refuse_none(value: Any) -> Any:
    """Printing an absent value would put "None" in someone's inbox: make it an error instead."""
    if value is None:
        raise _PrintedNone()
    return value


class _PrintedNone(Exception):
    pass


def _environment() -> _TemplateSandbox:
    env = _TemplateSandbox(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_refuse_none,
        cache_size=0,
        auto_reload=False,
    )
    # No loader: a template can reach nothing but its own source and the context.
    # Globals that could serve as a way into Python objects are removed; `range`, `dict` and
    # `namespace` are harmless and useful in the sandbox.
    for name in ("cycler", "joiner", "lipsum"):
        env.globals.pop(name, None)
    env.filters["possessive"] = _possessive_filter
    env.filters["lowerfirst"] = lowerfirst
    env.filters["date_text"] = _date_text_filter
    return env


_ENV = _environment()


# --- Errors in words --------------------------------------------------------------------------


def _first_sentence(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return first.rstrip(".")


def _error(clause: str, line: int | None) -> TemplateError:
    return TemplateError(clause[0].upper() + clause[1:] + ".", line)


def _line_in_traceback(exc: BaseException, offset: int) -> int | None:
    line = None
    tb: types.TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _TEMPLATE_FILENAME:
            line = tb.tb_lineno + offset
        tb = tb.tb_next
    return line


def _runtime_clause(exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, _PrintedNone):
        return (
            "the template prints a value this person does not have (such as a detail or a "
            "date), so put it inside {% if … %}"
        )
    if isinstance(exc, SecurityError):
        if found := re.search(r"attribute '([^']+)'", text):
            return f"the template tries to reach “{found[1]}”, which templates may not use"
        return f"the template tries something templates may not do ({_first_sentence(text)})"
    if isinstance(exc, UndefinedError):
        if found := re.fullmatch(r"'([^']+)' is undefined", text):
            return f"the template uses “{found[1]}”, which is not a variable that templates know"
        if found := re.search(r"has no attribute '([^']+)'", text):
            return f"the template asks for “{found[1]}”, which does not exist there"
        return f"the template uses something that does not exist ({_first_sentence(text)})"
    if isinstance(exc, RecursionError):
        return "the template calls itself without end"
    return f"the template could not be filled in ({_first_sentence(text) or type(exc).__name__})"


def _syntax_detail(jinja_message: str) -> str:
    """Jinja's own words, first sentence only, except where its later sentences say more."""
    if unclosed := re.search(r"block that needs to be closed is '(\w+)'", jinja_message):
        tag = unclosed[1]
        return f"“{{% {tag} … %}}” is never closed with “{{% end{tag} %}}”"
    return lowerfirst(_first_sentence(jinja_message) or "a tag or a bracket is not closed")


def _check_nodes(tree: nodes.Template, offset: int) -> None:
    """Refuse file access at compile time (the sandbox has no loader anyway, as a second guard)."""
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        raise _error("templates cannot include, import or extend other files", node.lineno + offset)


# --- Rendering --------------------------------------------------------------------------------

_SUBJECT_LINE = re.compile(r"^\s*(?:subject|objet)\s*:\s?(.*)$", re.IGNORECASE)


def _split(source: str) -> tuple[str, str, int]:
    """Subject template, body template, and how many source lines come before the body."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    match = _SUBJECT_LINE.match(lines[0])
    if not match:
        raise TemplateError("The first line must be the subject, written “Subject: …”.", 1)
    offset = 2 if len(lines) > 1 and not lines[1].strip() else 1
    return match[1], "\n".join(lines[offset:]), offset


def _compile(source: str, offset: int) -> Any:
    try:
        tree = _ENV.parse(source)
        _check_nodes(tree, offset)
        code = _ENV.compile(tree, name="message", filename=_TEMPLATE_FILENAME)
    except TemplateError:
        raise
    except TemplateSyntaxError as exc:
        line = exc.lineno + offset if exc.lineno else None
        detail = _syntax_detail(exc.message or "")
        raise _error(f"the template has a mistake: {detail}", line) from exc
    except Exception as exc:  # e.g. RecursionError on absurdly nested brackets
        raise _error(_runtime_clause(exc), None) from exc
    return _ENV.template_class.from_code(_ENV, code, _ENV.make_globals(None))


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


def _tidy(text: str) -> str:
    """Remove the blank space that conditional sentences leave behind."""
    lines = [re.sub(r"(?<=\S) {2,}", " ", line).rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _run(template: Any, variables: dict[str, Any], offset: int) -> str:
    try:
        text = template.render(variables)
    except Exception as exc:
        raise _error(_runtime_clause(exc), _line_in_traceback(exc, offset)) from exc
    if len(text) > MAX_OUTPUT_CHARS:
        raise _error("the message would be far too long", None)
    return text


def render(source: str, context: MessageContext) -> RenderedMessage:
    """Fill in a template for one person, or raise `TemplateError`; nothing in between."""
    subject_source, body_source, offset = _split(source)
    subject_template = _compile(subject_source, 0)
    body_template = _compile(body_source, offset)
    variables = template_variables(context)
    subject = " ".join(_run(subject_template, variables, 0).split())
    body = _tidy(_run(body_template, variables, offset))
    if not subject:
        raise _error("the subject is empty once filled in", 1)
    if not body:
        raise _error("the message is empty once filled in", None)
    return RenderedMessage(subject=subject, body=body)


def builtin_source(kind: str, language: str) -> str:
    """The shipped template text, for use as is or as the start of the user's own."""
    if kind not in BUILTIN_KINDS:
        raise ValueError(f"There is no built-in template called {kind!r}.")
    if language not in LANGUAGES:
        raise ValueError(f"Built-in templates are in French or English, not {language!r}.")
    return resource("templates", language, f"{kind}.txt").read_text(encoding="utf-8")


def sample_context(language: str, today: dt.date, *, sender_name: str = "") -> MessageContext:
    """Robert from the seed article, met last night and busy for a few weeks: for previews."""
    french = language == "fr"
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
