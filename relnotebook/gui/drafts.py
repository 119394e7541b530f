"""Half-typed input kept per person: switching person neither loses it nor moves it over.

The person page reuses its input fields for whoever is shown. Without this, a detail typed for
Robert would be saved on Marie after a click in the list, or a new note would vanish.

`DraftBook` also writes every panel's drafts to the side file beside the notebook (at most
~2 seconds after a keystroke, at once when a field is emptied or saved), so a crash or a power
cut loses nothing; the next start offers to put the text back.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from relnotebook.core.people.service import get_person
from relnotebook.store import Notebook
from relnotebook.store.files.drafts import Draft, read_drafts, write_drafts

Field = QLineEdit | QPlainTextEdit

# Saved at most this long after the first unsaved keystroke: typing for minutes is still
# saved every ~2 seconds, not only once the user pauses.
SAVE_DELAY_MS = 1500


class Drafts:
    def __init__(self, *fields: Field) -> None:
        self._fields = fields
        self._kept: dict[int, tuple[str, ...]] = {}
        self._owner: int | None = None
        self._switching = False
        self.on_change: Callable[[Drafts], None] | None = None
        for field in fields:
            field.textChanged.connect(self._edited)

    def switch_to(self, person_id: int) -> None:
        """Keep what was typed for the person shown so far; bring back this person's."""
        if person_id == self._owner:
            return
        if self._owner is not None:
            texts = self._current()
            if any(texts):
                self._kept[self._owner] = texts
            else:
                self._kept.pop(self._owner, None)
        self._show(self._kept.pop(person_id, ("",) * len(self._fields)))
        self._owner = person_id

    def _current(self) -> tuple[str, ...]:
        return tuple(_text(field) for field in self._fields)

    def _show(self, texts: Sequence[str]) -> None:
        self._switching = True  # the same drafts, moved between memory and the fields
        try:
            for field, text in zip(self._fields, texts, strict=True):
                _set_text(field, text)
        finally:
            self._switching = False

    def _edited(self) -> None:
        if not self._switching and self.on_change is not None:
            self.on_change(self)

    @property
    def shown_blank(self) -> bool:
        """Nothing typed in the fields now (just saved, or emptied by the user)."""
        return not any(text.strip() for text in self._current())

    def texts_by_person(self) -> dict[int, tuple[str, ...]]:
        """Everything typed and not saved, for each person, including the one shown."""
        texts = dict(self._kept)
        if self._owner is not None and any(self._current()):
            texts[self._owner] = self._current()
        return texts

    def forget(self, person_ids: Collection[int]) -> None:
        """Drop what was typed for these people (erased), shown or kept."""
        for person_id in person_ids:
            self._kept.pop(person_id, None)
        if self._owner in person_ids:
            self._show(("",) * len(self._fields))
            self._owner = None

    def put_back(self, person_id: int, texts: Sequence[str]) -> None:
        """Recovered text: into the fields if the person is shown, else kept for them."""
        texts = tuple(texts[: len(self._fields)]) + ("",) * (len(self._fields) - len(texts))
        if person_id == self._owner:
            self._show(texts)
        else:
            self._kept[person_id] = texts


class DraftBook(QObject):
    """Every panel's drafts of one notebook, saved to `<notebook>.drafts.json`."""

    def __init__(self, notebook_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notebook_path = Path(notebook_path)
        self._panels: dict[str, Drafts] = {}
        # Left by the last run and not yet put back or refused: saved along, never dropped.
        self.recovered: list[Draft] = read_drafts(self.notebook_path)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)

    def register(self, field: str, drafts: Drafts) -> None:
        """`field` names the input in the side file ("note", "detail")."""
        self._panels[field] = drafts
        drafts.on_change = self._edited

    def _edited(self, drafts: Drafts) -> None:
        if drafts.shown_blank:
            self.save()  # saved or emptied: forget it now, never offer it back after a crash
        elif not self._timer.isActive():
            self._timer.start()

    def drafts(self) -> list[Draft]:
        current = [
            Draft(person_id, field, texts)
            for field, panel in self._panels.items()
            for person_id, texts in panel.texts_by_person().items()
        ]
        return current + self.recovered

    def save(self) -> None:
        self._timer.stop()
        try:
            write_drafts(self.notebook_path, self.drafts())
        except OSError:
            self._timer.start()  # a full disk or an unplugged drive: try again shortly

    def save_when_closed(self, window: QWidget) -> None:
        """Save once more when `window` closes: the last keystrokes are not left to the timer."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.save()
        return super().eventFilter(watched, event)

    def restore_recovered(self) -> list[Draft]:
        """Put the last run's drafts back into their fields; returns those put back."""
        restored = [draft for draft in self.recovered if draft.field in self._panels]
        for draft in restored:
            self._panels[draft.field].put_back(draft.person_id, draft.texts)
        self.recovered = [draft for draft in self.recovered if draft not in restored]
        self.save()
        return restored

    def forget(self, person_ids: Collection[int]) -> None:
        """Erased people: nothing typed about them is kept, in memory or in the side file."""
        for panel in self._panels.values():
            panel.forget(person_ids)
        self.recovered = [draft for draft in self.recovered if draft.person_id not in person_ids]
        self.save()

    def discard_recovered(self) -> None:
        self.recovered = []
        self.save()


def offer_recovery(book: DraftBook, notebook: Notebook, parent: QWidget | None) -> int | None:
    """Ask whether to put back what was being typed when the app last closed.

    Returns the person whose text was put back first (to show their page), or None. Drafts for
    people deleted since cannot go anywhere and are dropped.
    """
    names: dict[int, str] = {}
    for draft in book.recovered:
        person = get_person(notebook, draft.person_id)
        if person is not None:
            names[draft.person_id] = person.name
    book.recovered = [draft for draft in book.recovered if draft.person_id in names]
    if not book.recovered:
        book.discard_recovered()
        return None
    if len(book.recovered) == 1:
        draft = book.recovered[0]
        what = (
            QCoreApplication.translate(
                "drafts", "You were typing a note for %1 when the app closed: restore it?"
            )
            if draft.field == "note"
            else QCoreApplication.translate(
                "drafts",
                "You were typing a personal detail for %1 when the app closed: restore it?",
            )
        )
        question = what.replace("%1", names[draft.person_id])
    else:
        people = ", ".join(dict.fromkeys(names[draft.person_id] for draft in book.recovered))
        question = QCoreApplication.translate(
            "drafts", "You were typing for %1 when the app closed: restore what you typed?"
        ).replace("%1", people)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("drafts", "Restore what you were typing?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        book.discard_recovered()
        return None
    restored = book.restore_recovered()
    return restored[0].person_id if restored else None


def _text(field: Field) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def _set_text(field: Field, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    else:
        field.setText(text)
