"""Addresses & links on the Profile tab: a person's postal addresses and websites (LinkedIn…),
one per row, added with a small form and removed with a button. Each change is one edit of the
person through the undo stack, so Ctrl+Z takes it back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.people.views import Address, PersonPage, Website
from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.flow_layout import FlowLayout
from relnotebook.gui.models.table_model import RowsTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor

ADDRESS_KINDS = ("work", "home", "other")
WEBSITE_KINDS = ("LinkedIn", "work", "home", "blog")


@dataclass(frozen=True)
class CardRow:
    list_name: str  # "addresses" or "websites"
    position: int
    kind: str
    text: str


class CardModel(RowsTableModel[CardRow]):
    def headers(self) -> Sequence[str]:
        return [self.tr("Kind"), self.tr("Address or link")]

    def key(self, row: CardRow) -> tuple[str, int]:
        return (row.list_name, row.position)

    def text(self, row: CardRow, column: int) -> str:
        return row.kind if column == 0 else row.text


def ask(parent: QWidget, title: str, fields: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    """A small form: one line per (label, choices); an editable list when there are choices.
    The values typed, or [] when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edits: list[QLineEdit | QComboBox] = []
    for label, choices in fields:
        edit: QLineEdit | QComboBox
        if choices:
            edit = QComboBox(dialog)
            edit.setEditable(True)
            edit.addItems(list(choices))
        else:
            edit = QLineEdit(dialog)
        form.addRow(label, edit)
        edits.append(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [e.currentText() if isinstance(e, QComboBox) else e.text() for e in edits]


class CardPanel(QWidget):
    """The person's addresses and websites, edited through the `Editor`."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._person: PersonPage | None = None
        self.model = CardModel(self)
        self.table = list_table(self, "card_table", self.model, self.tr("Addresses and links"))
        self.add_address_button = QPushButton(self.tr("Add &address…"), self)
        self.add_address_button.clicked.connect(self.add_address)
        self.add_website_button = QPushButton(self.tr("Add &website…"), self)
        self.add_website_button.clicked.connect(self.add_website)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = FlowLayout()  # on two lines rather than a wider window
        for button in (self.add_address_button, self.add_website_button, self.remove_button):
            buttons.addWidget(button)
        buttons.add_stretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def show_person(self, person: PersonPage) -> None:
        self._person = person
        fields = person.fields
        rows = [CardRow("addresses", i, a.kind, a.text) for i, a in enumerate(fields.addresses)] + [
            CardRow("websites", i, w.kind, w.url) for i, w in enumerate(fields.websites)
        ]
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)

    def add_address(self) -> None:
        labels = (
            self.tr("Kind"),
            self.tr("Street"),
            self.tr("City"),
            self.tr("Province or state"),
            self.tr("Postal code"),
            self.tr("Country"),
        )
        values = ask(
            self,
            self.tr("Add an address"),
            [(labels[0], ADDRESS_KINDS)] + [(label, ()) for label in labels[1:]],
        )
        if values and self._person is not None:
            address = Address(*values)
            self._save("addresses", (*self._person.fields.addresses, address))

    def add_website(self) -> None:
        values = ask(
            self,
            self.tr("Add a website"),
            [(self.tr("Address (URL)"), ()), (self.tr("Kind"), WEBSITE_KINDS)],
        )
        if values and self._person is not None:
            self._save("websites", (*self._person.fields.websites, Website(*values)))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._person is None:
            return
        row = self.model.item(rows[0].row())
        kept = list(getattr(self._person.fields, row.list_name))
        del kept[row.position]
        self._save(row.list_name, tuple(kept))

    def _save(self, name: str, value: tuple[Address, ...] | tuple[Website, ...]) -> None:
        assert self._person is not None
        try:
            self._editor.edit_person(self._person.id, {name: value}, self._person.version)
        except ValidationError as exc:
            self.error.setText(f"⚠ {user_message(exc)}")
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
