"""The profile part of the person page: every field edited in place, saved when left.

A field is saved when the user presses Enter or leaves it; a value the core refuses stays in the
field, marked, with the reason under the form, so nothing typed is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from relnotebook.core.models import FrenchForm, Language, Stage
from relnotebook.core.people.listing import people_named
from relnotebook.core.people.phones import phone_region, reads, shown_phone
from relnotebook.core.people.views import PersonFields, PersonPage
from relnotebook.core.settings import PHONE_REGION
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import language_label, prospect_label, stage_label
from relnotebook.gui.undo import Editor

TEXT_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "organisation",
    "role",
    "how_met",
    "name_prefix",
    "name_suffix",
    "nickname",
    "anniversary",
)
LIST_FIELDS = ("emails", "phones", "tags")
# On the left, with the name; the others on the right.
_LEFT = ("name_prefix", "given_name", "family_name", "name_suffix", "preferred_name", "nickname")
_NO_YEAR = 1604  # a day whose year is not known (`PersonFields.anniversary`)
OFFERED = 12  # people offered as "introduced by" is typed


def day_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return f"--{day:%m-%d}" if day.year == _NO_YEAR else day.isoformat()


def parse_day(text: str) -> dt.date | None:
    """ "2001-06-12", or "--06-12" without the year; ValueError for anything else."""
    value = text.strip()
    if not value:
        return None
    if value.startswith("--"):
        return dt.date.fromisoformat(f"{_NO_YEAR}-{value[2:]}")
    return dt.date.fromisoformat(value)


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[,;\n]", text) if part.strip())


class ProfileForm(QWidget):
    """Edits one person's `PersonFields` through the `Editor`."""

    error_changed = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._person: PersonPage | None = None
        self._seen_version: int | None = None
        self.edits: dict[str, QLineEdit] = {}
        self._values: dict[QComboBox, list[Any]] = {}
        labels = {
            "given_name": self.tr("&Given name"),
            "family_name": self.tr("&Family name"),
            "preferred_name": self.tr("Goes &by"),
            "organisation": self.tr("&Organisation"),
            "role": self.tr("&Role"),
            "emails": self.tr("&Email"),
            "phones": self.tr("&Phone"),
            "tags": self.tr("&Tags"),
            "how_met": self.tr("How we &met"),
            "name_prefix": self.tr("Prefi&x"),
            "name_suffix": self.tr("S&uffix"),
            "nickname": self.tr("Nic&kname"),
            "anniversary": self.tr("A&nniversary"),
        }
        hints = {
            "preferred_name": self.tr("the name they go by, if not the given name"),
            "emails": self.tr("several: separate with commas"),
            "phones": self.tr("several: separate with commas"),
            "tags": self.tr("golf, a-tier, doctor…"),
            "how_met": self.tr("the event, or the story"),
            "name_prefix": self.tr("Dr., Me…"),
            "name_suffix": self.tr("Jr., CPA…"),
            "anniversary": self.tr("2001-06-12, or --06-12 without the year"),
        }
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):  # labels above their field when the page is narrow
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in (*TEXT_FIELDS, *LIST_FIELDS):
            edit = QLineEdit(self)
            edit.setObjectName(f"profile_{name}")
            edit.setPlaceholderText(hints.get(name, ""))
            edit.setAccessibleName(labels[name].replace("&", ""))
            edit.editingFinished.connect(lambda name=name: self._commit_text(name))
            self.edits[name] = edit
            target = left if name in (*_LEFT, "emails", "phones") else right
            target.addRow(labels[name], edit)
        # A number kept as typed (it could not be read as one) is said so under the phones.
        self.phone_flag = QLabel(self)
        self.phone_flag.setObjectName("profile_phone_flag")
        self.phone_flag.setWordWrap(True)
        self.phone_flag.setVisible(False)
        left.addRow("", self.phone_flag)
        self._region = PHONE_REGION.default

        self.language = self._combo("language", [(lang, language_label(lang)) for lang in Language])
        self.french_form = self._combo(
            "french_form",
            [
                (None, self.tr("As in Settings")),
                (FrenchForm.TU, self.tr("« tu »")),
                (FrenchForm.VOUS, self.tr("« vous »")),
            ],
        )
        self.stage = self._combo("stage", [(stage, stage_label(stage)) for stage in Stage])
        self.good_prospect = self._combo(
            "good_prospect", [(value, prospect_label(value)) for value in (None, True, False)]
        )
        self.introduced_by = self._combo("introduced_by_id", [(None, self.tr("Nobody"))])
        # Nobody and the person chosen; typing a name offers the people it matches.
        self.introduced_by.setEditable(True)
        self.introduced_by.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._offered: list[tuple[int, str]] = []
        self._offers = QStringListModel(self)
        self._introducer = QCompleter(self._offers, self)
        self._introducer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.introduced_by.setCompleter(self._introducer)
        # The row, not the name: two people may share one.
        self._introducer.activated[QModelIndex].connect(self._choose_offered)  # type: ignore[index]
        line = self.introduced_by.lineEdit()
        assert line is not None  # the box being editable
        line.setPlaceholderText(self.tr("Type a name"))
        line.textEdited.connect(self._offer_people)
        line.editingFinished.connect(self._show_introducer)
        left.addRow(self.tr("&Language"), self.language)
        left.addRow(self.tr("In French, &write"), self.french_form)
        right.addRow(self.tr("&Stage"), self.stage)
        right.addRow(self.tr("Good &prospect?"), self.good_prospect)
        left.addRow(self.tr("&Introduced by"), self.introduced_by)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        self.error = QLabel(self)
        self.error.setObjectName("profile_error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        grid.addWidget(self.error, 1, 0, 1, 2)
        self.setTabOrder(self.edits["given_name"], self.edits["family_name"])

    def _combo(self, name: str, choices: Sequence[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"profile_{name}")
        combo.setAccessibleName(name)
        self._fill(combo, choices)
        combo.activated.connect(lambda _index, name=name: self._commit_choice(name))
        return combo

    def _fill(self, combo: QComboBox, choices: Sequence[tuple[Any, str]]) -> None:
        # Values live beside the combo, not in it: None and bools do not survive QVariant.
        self._values[combo] = [value for value, _ in choices]
        combo.clear()
        combo.addItems([label for _, label in choices])

    def value(self, combo: QComboBox) -> Any:
        index = combo.currentIndex()
        return self._values[combo][index] if index >= 0 else None

    def _offer_people(self, text: str) -> None:
        """As "introduced by" is typed: the first people whose name holds the words typed,
        asked of the notebook each time (everyone's names were a second to list at 50,000)."""
        me = self._person.id if self._person else None
        self._offered = people_named(self._editor.notebook, text, limit=OFFERED, leave_out=me)
        self._offers.setStringList([name for _, name in self._offered])
        if self._offered:
            self._introducer.complete()

    def _choose_offered(self, index: QModelIndex) -> None:
        if not 0 <= index.row() < len(self._offered):
            return
        person_id, name = self._offered[index.row()]
        values = self._values[self.introduced_by]
        if person_id not in values:
            values.append(person_id)
            self.introduced_by.addItem(name)
        self.introduced_by.setCurrentIndex(values.index(person_id))
        self._commit_choice("introduced_by_id")

    def _show_introducer(self) -> None:
        """What the field shows when left: the person chosen, never half a name typed."""
        index = self.introduced_by.currentIndex()
        self.introduced_by.setEditText(self.introduced_by.itemText(index) if index >= 0 else "")

    def show_person(self, person: PersonPage) -> None:
        changed_person = self._person is None or self._person.id != person.id
        self._person = person
        # Typing in progress keeps the version it started from: a reload showing a change
        # made elsewhere must not make saving over it look safe (see `models.Versioned`).
        if changed_person or not any(edit.isModified() for edit in self.edits.values()):
            self._seen_version = person.version
        fields = person.fields
        self._region = phone_region(self._editor.notebook)
        unread = [phone for phone in fields.phones if not reads(phone, self._region)]
        self.phone_flag.setText(
            self.tr("⚠ Not read as a phone number, kept as typed: %1").replace(
                "%1", ", ".join(unread)
            )
        )
        self.phone_flag.setVisible(bool(unread))
        for name, edit in self.edits.items():
            value = self._text(fields, name)
            # Never overwrite what the user is typing and has not committed yet.
            if changed_person or not (edit.isModified() or edit.property("invalid")):
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)
                self._mark(edit, False)
        self._select(self.language, fields.language)
        self._select(self.french_form, fields.french_form)
        self._select(self.stage, fields.stage)
        self._select(self.good_prospect, fields.good_prospect)
        introducer = fields.introduced_by_id
        if self.value(self.introduced_by) != introducer or changed_person:
            choices: list[tuple[Any, str]] = [(None, self.tr("Nobody"))]
            if introducer:
                choices.append((introducer, person.introduced_by_name))
            self._fill(self.introduced_by, choices)
            self._select(self.introduced_by, introducer)
        if changed_person:
            self._show_error("")

    def _text(self, fields: PersonFields, name: str) -> str:
        value = getattr(fields, name)
        if name == "phones":
            return ", ".join(shown_phone(phone, self._region) for phone in value)
        if name == "anniversary":
            return day_text(value)
        return ", ".join(value) if name in LIST_FIELDS else value

    def _select(self, combo: QComboBox, value: Any) -> None:
        values = self._values[combo]
        if value in values and combo.currentIndex() != values.index(value):
            combo.setCurrentIndex(values.index(value))

    def _commit_text(self, name: str) -> None:
        if self._person is None:
            return
        edit = self.edits[name]
        if edit.text() == self._text(self._person.fields, name):
            edit.setModified(False)
            self._mark(edit, False)
            return
        value: Any = split_list(edit.text()) if name in LIST_FIELDS else edit.text()
        if name == "anniversary":
            try:
                value = parse_day(edit.text())
            except ValueError:
                self._mark(edit, True)
                self._show_error(
                    self.tr("Write the date as 2001-06-12, or --06-12 without the year.")
                )
                return
        self._save(name, value, edit)

    def _commit_choice(self, name: str) -> None:
        if self._person is None:
            return
        combo = {
            "language": self.language,
            "french_form": self.french_form,
            "stage": self.stage,
            "good_prospect": self.good_prospect,
            "introduced_by_id": self.introduced_by,
        }[name]
        if self.value(combo) != getattr(self._person.fields, name):
            self._save(name, self.value(combo), combo)

    def _save(self, name: str, value: Any, widget: QWidget) -> None:
        assert self._person is not None
        try:
            self._editor.edit_person(self._person.id, {name: value}, self._seen_version)
        except ValidationError as exc:
            self._mark(widget, True)
            self._show_error(user_message(exc))
            return
        self._seen_version = self._person.version  # as reloaded after the change
        if isinstance(widget, QLineEdit):
            widget.setModified(False)
        self._mark(widget, False)
        self._show_error("")

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet("border: 2px solid #c62828;" if invalid else "")

    def _show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.error_changed.emit(message)
