"""The import's mapping step: a CSV whose columns were not recognised gets one combo per field,
listing the file's columns. A name column is needed; the preview follows once one is chosen.

Its strings keep the context of the import dialog ("ImportDialog"), where they were written
first: their translations follow them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relnotebook.core.exchange.contact_import import MAPPABLE_FIELDS, ColumnMapping, ParsedFile
from relnotebook.gui.error_messages import user_message


def field_label(field: str) -> str:
    return {
        "given_name": QCoreApplication.translate("ImportDialog", "&First name"),
        "family_name": QCoreApplication.translate("ImportDialog", "&Last name"),
        "full_name": QCoreApplication.translate(
            "ImportDialog", "F&ull name (when first and last are not apart)"
        ),
        "organisation": QCoreApplication.translate("ImportDialog", "&Organisation"),
        "role": QCoreApplication.translate("ImportDialog", "&Role or title"),
        "emails": QCoreApplication.translate("ImportDialog", "&Email"),
        "phones": QCoreApplication.translate("ImportDialog", "&Phone"),
        "note": QCoreApplication.translate("ImportDialog", "&Note"),
        "birthday": QCoreApplication.translate("ImportDialog", "&Birthday"),
    }[field]


class ColumnMappingPage(QWidget):
    """`ask(parsed)` lists the file's columns; `mapping_chosen(ColumnMapping)` once the user
    picked a name column and pressed "Show the preview" (or Enter)."""

    mapping_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in MAPPABLE_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"map_{field}")
            self.combos[field] = combo
            label = QLabel(field_label(field), self)
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.preview_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Show the &preview"), self
        )
        self.preview_button.setObjectName("show_preview")
        self.preview_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.preview_button, alignment=Qt.AlignmentFlag.AlignRight)

    def ask(self, parsed: ParsedFile) -> None:
        """List `parsed`'s columns in every combo, keeping the choices already made."""
        problem = f"⚠ {user_message(parsed.errors[-1].sentence)}\n" if parsed.errors else ""
        self.intro.setText(
            problem
            + QCoreApplication.translate(
                "ImportDialog",
                "The columns of this file were not recognised. Choose which column holds each "
                "field; a name column is needed (first and last name, or the full name).",
            )
        )
        for combo in self.combos.values():
            current = combo.currentData()
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not in this file)"), "")
            for column in parsed.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def focus_first(self) -> None:
        self.combos[MAPPABLE_FIELDS[0]].setFocus()

    def mapping(self) -> ColumnMapping:
        """The mapping the combos describe."""
        chosen = {field: str(combo.currentData() or "") for field, combo in self.combos.items()}
        return ColumnMapping(
            given_name=chosen["given_name"],
            family_name=chosen["family_name"],
            full_name=chosen["full_name"],
            organisation=chosen["organisation"],
            role=chosen["role"],
            emails=(chosen["emails"],) if chosen["emails"] else (),
            phones=(chosen["phones"],) if chosen["phones"] else (),
            note=chosen["note"],
            birthday=chosen["birthday"],
        )

    def apply(self) -> None:
        mapping = self.mapping()
        if not mapping.has_name():
            self.error.setText(
                "⚠ "
                + QCoreApplication.translate(
                    "ImportDialog",
                    "Choose the column that holds the name: first name, last name or full name.",
                )
            )
            return
        self.error.setText("")
        self.mapping_chosen.emit(mapping)
