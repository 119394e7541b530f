"""Errors the core raises for the user to read.

Each carries a sentence that the command line prints as is and the GUI shows in a dialog (after
translation there). None of them means anything was written.
"""

from __future__ import annotations

from pathlib import Path


class NotebookError(Exception):
    """Base class: something about a notebook file stops us from opening it safely."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message


class NotANotebookError(NotebookError):
    """The file exists but is not a Relationship Notebook (another database, or not SQLite)."""


class NewerNotebookError(NotebookError):
    """The notebook was written by a newer version of the app; opening it could damage it."""


class DamagedNotebookError(NotebookError):
    """SQLite reports the file as damaged."""


class NotebookAccessError(NotebookError):
    """The file or its folder cannot be read or written (permissions, read-only media)."""


class ValidationError(ValueError):
    """Input the user typed cannot be stored as it is; `field` says which input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
