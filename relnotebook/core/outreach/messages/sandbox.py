"""The Jinja2 sandbox messages are rendered in, and its failures in words.

Built from the source string only: no loader, so `{% include %}`, `{% import %}` and
`{% extends %}` cannot reach a file; private attributes (`''.__class__`) are refused; `*` and
`**` are bounded so `{{ 'x' * 10**9 }}` cannot eat the memory; printing an absent value is an
error rather than "None" in someone's inbox. Every failure becomes one `TemplateError` with a
sentence for the user and the line when known.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

# A message longer than this is a mistake (a loop gone wrong), not an email.
MAX_OUTPUT_CHARS = 20_000
# The file name the sandbox gives compiled templates, to find their lines in tracebacks.
_TEMPLATE_FILENAME = "<message template>"


class TemplateError(Exception):
    """A template that cannot become a message.

    `message` is one sentence for the user, without the line: callers show `line` (1-based,
    counted from the Subject line; None when unknown) next to it.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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


def environment(filters: Mapping[str, Callable[..., Any]]) -> _TemplateSandbox:
    """A sandbox that knows `filters` (the message filters: possessive, lowerfirst…)."""
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
    env.filters.update(filters)
    return env


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


# --- Compiling and running ---------------------------------------------------------------------

_SUBJECT_LINE = re.compile(r"^\s*(?:subject|objet)\s*:\s?(.*)$", re.IGNORECASE)


def split(source: str) -> tuple[str, str, int]:
    """Subject template, body template, and how many source lines come before the body."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    match = _SUBJECT_LINE.match(lines[0])
    if not match:
        raise TemplateError("The first line must be the subject, written “Subject: …”.", 1)
    offset = 2 if len(lines) > 1 and not lines[1].strip() else 1
    return match[1], "\n".join(lines[offset:]), offset


def compile_template(env: _TemplateSandbox, source: str, offset: int) -> Template:
    try:
        tree = env.parse(source)
        _check_nodes(tree, offset)
        code = env.compile(tree, name="message", filename=_TEMPLATE_FILENAME)
    except TemplateError:
        raise
    except TemplateSyntaxError as exc:
        line = exc.lineno + offset if exc.lineno else None
        detail = _syntax_detail(exc.message or "")
        raise _error(f"the template has a mistake: {detail}", line) from exc
    except Exception as exc:  # e.g. RecursionError on absurdly nested brackets
        raise _error(_runtime_clause(exc), None) from exc
    return env.template_class.from_code(env, code, env.make_globals(None))


def tidy(text: str) -> str:
    """Remove the blank space that conditional sentences leave behind."""
    lines = [re.sub(r"(?<=\S) {2,}", " ", line).rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def run(template: Template, variables: dict[str, Any], offset: int) -> str:
    try:
        text = template.render(variables)
    except Exception as exc:
        raise _error(_runtime_clause(exc), _line_in_traceback(exc, offset)) from exc
    if len(text) > MAX_OUTPUT_CHARS:
        raise _error("the message would be far too long", None)
    return text
