"""Errors the core raises for the user to read.

Each carries a `Sentence`: an English template with named fields. The command line prints it in
English (`message`); the GUI translates the template and fills the same fields with numbers in the
user's locale (`relnotebook.gui.error_messages`). Because templates are plain literals at the raise
sites, `tools/translations.py` finds every one of them for Qt Linguist. None of these errors means
anything was written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _english_number(value: int) -> str:
    return f"{value:,}"


def _same(template: str) -> str:
    return template


@dataclass(frozen=True)
class Sentence:
    """A sentence for the user, kept as template + fields so each face can word it its own way.

    A field may itself be a `Sentence` or an error carrying one ("Row 3: <the row's problem>"):
    it is rendered with the same translation. Integers go through `number` (thousands separators
    differ between English and French); anything else is shown as `str()` gives it.
    """

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(
        self,
        translate: Callable[[str], str] = _same,
        number: Callable[[int], str] = _english_number,
    ) -> str:
        values = {}
        for name, value in self.params.items():
            inner = getattr(value, "sentence", value)
            if isinstance(inner, Sentence):
                values[name] = inner.render(translate, number)
            elif isinstance(value, int) and not isinstance(value, bool):
                values[name] = number(value)
            else:
                values[name] = str(value)
        return translate(self.template).format(**values)

    @property
    def english(self) -> str:
        return self.render()

    def __str__(self) -> str:
        return self.english


class SentenceError(Exception):
    """Base of every error that carries a sentence for the user."""

    def __init__(self, template: str, **params: Any) -> None:
        self.sentence = Sentence(template, params)
        self.message = self.sentence.english
        super().__init__(self.message)


class NotebookError(SentenceError):
    """Base class: something about a notebook file stops us from opening it safely.

    The template may name the file as `{path}`; other fields are given as keywords.
    """

    def __init__(self, path: Path | str, template: str, **params: Any) -> None:
        self.path = Path(path)
        super().__init__(template, path=path, **params)


class NotANotebookError(NotebookError):
    """The file exists but is not a Relationship Notebook (another database, or not SQLite)."""


class NewerNotebookError(NotebookError):
    """The notebook was written by a newer version of the app; opening it could damage it."""


class DamagedNotebookError(NotebookError):
    """SQLite reports the file as damaged."""


class NotebookAccessError(NotebookError):
    """The file or its folder cannot be read or written (permissions, read-only media)."""


class SpecialFileError(SentenceError, OSError):
    """A file the app was to write for the user is there as something other than a regular
    file: a device, a named pipe, a socket, a symbolic link or a folder. Writing would replace it
    or feed it, so nothing was written (`files.refuse_special_file`). An `OSError` too, so that
    every place reporting a file it could not write reports this one."""

    def __init__(self, path: Path | str, template: str, **params: Any) -> None:
        self.path = Path(path)
        self.kind: Sentence | None = params.get("kind")  # "a named pipe", "a folder"…
        super().__init__(template, path=path, **params)

    @property
    def is_folder(self) -> bool:
        return self.kind is not None and self.kind.template == "a folder"


class ValidationError(SentenceError, ValueError):
    """Input the user typed cannot be stored as it is; `field` says which input."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)

    def for_field(self, field: str) -> ValidationError:
        """The same sentence about another input (a name typed whole, stored as its parts)."""
        return ValidationError(field, self.sentence.template, **self.sentence.params)


class EditConflictError(SentenceError):
    """A record was changed elsewhere (another window, another computer on the same server)
    after the change being saved was started from it: saving would silently replace the other
    change, so nothing was saved. Saving it again without the check is the user's explicit
    choice to put their change over the other one."""

    def __init__(self, template: str, *, table: str, key: int) -> None:
        self.table, self.key = table, key
        super().__init__(template)


class StorageError(SentenceError):
    """The notebook's database failed while reading or writing: a damaged page, a full disk, a
    server gone. The transaction was rolled back, so nothing of the failed change was written.
    The store raises it in place of the database driver's error (`Notebook.session`, `reader`,
    `read_only`), which stays its `__cause__` for a log; the sentence says what happened in
    words (a write the disk refused: `store.failures`)."""
