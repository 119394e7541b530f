"""The people found by a search, one row each, with where each was found.

Plain text for display and accessibility; rich text (the matched words in bold) for the
search dialog's delegate.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from relnotebook.core.people.search import PersonMatch, Snippet
from relnotebook.gui.models.table_model import Index

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
RICH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    """Where a snippet was found, as the user names it."""
    labels = {
        "name": QCoreApplication.translate("SearchDialog", "Name"),
        "organisation": QCoreApplication.translate("SearchDialog", "Organisation"),
        "email": QCoreApplication.translate("SearchDialog", "Email"),
        "website": QCoreApplication.translate("SearchDialog", "Website"),
        "phone": QCoreApplication.translate("SearchDialog", "Phone"),
        "address": QCoreApplication.translate("SearchDialog", "Address"),
        "note": QCoreApplication.translate("SearchDialog", "Note"),
        "detail": QCoreApplication.translate("SearchDialog", "Personal detail"),
        "signal": QCoreApplication.translate("SearchDialog", "Message sent"),
    }
    return labels.get(kind, kind)


def _rich(snippet: Snippet) -> str:
    return "".join(
        f"<b>{html.escape(text)}</b>" if matched else html.escape(text)
        for text, matched in snippet.pieces
    )


class SearchResultsModel(QAbstractListModel):
    """The people found, one row each: plain text for display and accessibility, rich text
    (matched words in bold) for the delegate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[PersonMatch] = []

    def set_matches(self, matches: list[PersonMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def person_match(self, row: int) -> PersonMatch:
        return self._matches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def _lines(self, match: PersonMatch) -> list[tuple[str, Snippet]]:
        # A match on the name itself shows in the heading, not again below it.
        return [(kind_label(s.kind), s) for s in match.snippets if s.kind != "name"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role == PERSON_ID_ROLE:
            return match.person_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            heading = match.name + (f" · {match.organisation}" if match.organisation else "")
            lines = [f"{label}: {snippet.text}" for label, snippet in self._lines(match)]
            return "\n".join([heading, *lines])
        if role == RICH_TEXT_ROLE:
            name = next((s for s in match.snippets if s.kind == "name"), None)
            heading = f"<b>{html.escape(match.name)}</b>" if name is None else _rich(name)
            if match.organisation:
                heading += f" <span class='muted'>· {html.escape(match.organisation)}</span>"
            lines = [
                f"<span class='muted'>{html.escape(label)}:</span> {_rich(snippet)}"
                for label, snippet in self._lines(match)
            ]
            return "<br>".join([heading, *lines])
        return None
