"""Half-typed input kept per person: switching person neither loses it nor moves it over.

The person page reuses its input fields for whoever is shown. Without this, a detail typed for
Robert would be saved on Marie after a click in the list, or a new note would vanish.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

Field = QLineEdit | QPlainTextEdit


class Drafts:
    def __init__(self, *fields: Field) -> None:
        self._fields = fields
        self._kept: dict[int, tuple[str, ...]] = {}
        self._owner: int | None = None

    def switch_to(self, person_id: int) -> None:
        """Keep what was typed for the person shown so far; bring back this person's."""
        if person_id == self._owner:
            return
        if self._owner is not None:
            texts = tuple(_text(field) for field in self._fields)
            if any(texts):
                self._kept[self._owner] = texts
            else:
                self._kept.pop(self._owner, None)
        for field, text in zip(
            self._fields, self._kept.pop(person_id, ("",) * len(self._fields)), strict=True
        ):
            _set_text(field, text)
        self._owner = person_id


def _text(field: Field) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def _set_text(field: Field, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    else:
        field.setText(text)
