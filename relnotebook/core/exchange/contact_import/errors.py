"""Errors an import raises for the user to read: the file cannot be used, or the user cancelled.

A problem with one contact is not an exception: it is a `RowError` in the preview, and the other
contacts still come in. These are for the whole file or the whole import; none of them means
anything was written.
"""

from __future__ import annotations

from relnotebook.errors import SentenceError


class ContactImportError(SentenceError):
    """Base class; `message` is a sentence the command line prints and the dialog shows."""


class ImportFileError(ContactImportError):
    """The file cannot be imported at all: missing, empty, binary, too large, not contacts."""


class ImportCancelled(ContactImportError):
    """The user pressed Cancel while the import ran; everything was rolled back."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")
