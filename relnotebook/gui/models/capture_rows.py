"""The rows of the capture form as an editable table model, checked as they are typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from relnotebook.core.dates import parse_date
from relnotebook.core.events.capture import (
    COLUMNS,
    CaptureRow,
    RowProblem,
    row_form,
    row_language,
    row_mention,
    row_problems,
)
from relnotebook.core.models import Language
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_date
from relnotebook.gui.models.table_model import Index


class CaptureRowsModel(QAbstractTableModel):
    """Language, form and mention show what will be used when left empty: the language guessed
    from what was typed (else the capture's), the Settings form, the suggested mention."""

    (
        NAME,
        ORGANISATION,
        EMAIL,
        TALKED_ABOUT,
        BUSY_UNTIL,
        WEBSITE,
        NICKNAME,
        LANGUAGE,
        FORM,
        MENTION,
    ) = range(len(COLUMNS))

    def __init__(
        self,
        reference: dt.date,
        parent: QObject | None = None,
        *,
        language: Language = Language.FRENCH,
        default_form: str = "tu",
    ) -> None:
        super().__init__(parent)
        self._rows: list[CaptureRow] = [CaptureRow()]
        self._problems: dict[tuple[int, str], RowProblem] = {}
        self._reference = reference
        self.language, self.default_form = language, default_form
        self._headers = (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Email"),
            self.tr("What you talked about"),
            self.tr("Busy until"),
            self.tr("Website or LinkedIn"),
            self.tr("Nickname"),
            self.tr("Language"),
            self.tr("Tu/vous"),
            self.tr("In a message"),
        )

    @property
    def rows(self) -> list[CaptureRow]:
        return list(self._rows)

    def has_text(self) -> bool:
        return any(not row.is_blank() for row in self._rows)

    def problems(self) -> list[RowProblem]:
        return list(self._problems.values())

    def set_reference(self, reference: dt.date) -> None:
        """Dates like "mid-December" are read relative to the event's date."""
        self._reference = reference
        for row in range(len(self._rows)):
            self._check(row)

    def append_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(CaptureRow())
        self.endInsertRows()
        return row

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = COLUMNS[index.column()]
        text = getattr(self._rows[index.row()], name)
        problem = self._problems.get((index.row(), name))
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            if problem:
                return f"⚠ {text}".rstrip()
            return text or self._derived(self._rows[index.row()], name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return user_message(problem.sentence)
            if name == "busy_until" and text.strip():
                return self._date_hint(text)
        return None

    def _derived(self, row: CaptureRow, name: str) -> str:
        """What an empty language, form or mention column will be, as the row is typed."""
        if row.is_blank() or name not in ("language", "form", "mention"):
            return ""
        language = row_language(row, self.language)
        if name == "language":
            return language
        form = row_form(row, self.default_form)
        if name == "form":
            return form if language == "fr" else ""
        if not row.talked_about.strip():
            return ""
        return row_mention(row, language, form) or "—"

    def _date_hint(self, text: str) -> str | None:
        try:
            parsed = parse_date(text, today=self._reference)
        except ValidationError:
            return None
        return self.tr("Read as %1").replace("%1", format_date(parsed))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        name = COLUMNS[index.column()]
        self._rows[row] = dataclasses.replace(self._rows[row], **{name: str(value)})
        self._check(row)
        return True

    def _check(self, row: int) -> None:
        found = row_problems(self._rows[row], index=row, reference=self._reference)
        for name in COLUMNS:
            self._problems.pop((row, name), None)
        for problem in found:
            self._problems[(row, problem.field)] = problem
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
