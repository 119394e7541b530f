"""After Sync Now, when the sync found clashes or deletions: one line each with a choice (a
side for a clash; delete or keep for a deletion; "Decide later" leaves it to be asked again).
Applied by the next sync (`core.sync.choices`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.sync.choices import (
    settle_clash,
    settle_deleted_here,
    settle_deleted_on_server,
)

if TYPE_CHECKING:
    from relnotebook.core.sync.service import SyncRun
    from relnotebook.store import Notebook

Choice = Callable[[int], None]  # applies the option chosen (1 or 2; 0 is "Decide later")


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value) if value not in (None, "") else "—"


def _clash(notebook: Notebook, person: int, name: str, here: Any, there: Any, option: int) -> None:
    settle_clash(notebook, person, name, here, there, keep_here=option == 1)


def _deleted_on_server(notebook: Notebook, person: int, option: int) -> None:
    settle_deleted_on_server(notebook, person, delete_here=option == 2)


def _deleted_here(notebook: Notebook, href: str, option: int) -> None:
    settle_deleted_here(notebook, href, delete_there=option == 2)


class SyncChoicesDialog(QDialog):
    def __init__(self, notebook: Notebook, run: SyncRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync: your choice"))
        self.notebook = notebook
        self.rows: list[tuple[QComboBox, Choice]] = []
        form = QFormLayout()
        for change in run.clashes:
            for name, (here, there) in zip(change.fields, change.values, strict=True):
                label = self.tr("%1 — %2: here “%3”, on the phone “%4”")
                label = label.replace("%1", change.name).replace("%2", name)
                label = label.replace("%3", _shown(here)).replace("%4", _shown(there))
                self._row(
                    form,
                    label,
                    (self.tr("Keep this notebook's"), self.tr("Keep the phone's")),
                    partial(_clash, notebook, change.person_id or 0, name, here, there),
                )
        for change in run.deleted_on_server:
            self._row(
                form,
                self.tr("%1 — deleted on the phone").replace("%1", change.name),
                (self.tr("Keep them (send the card again)"), self.tr("Delete them here too")),
                partial(_deleted_on_server, notebook, change.person_id or 0),
            )
        for change in run.deleted_here:
            self._row(
                form,
                self.tr("%1 — deleted here, card still on the phone").replace("%1", change.name),
                (self.tr("Keep the card there"), self.tr("Delete the card there too")),
                partial(_deleted_here, notebook, change.name),
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The sync changed none of these: choose, and the next sync applies it. "
                "“Decide later” asks again."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label: str, options: tuple[str, str], act: Choice) -> None:
        box = QComboBox(self)
        box.addItems([self.tr("Decide later"), *options])
        form.addRow(label, box)
        self.rows.append((box, act))

    def apply(self) -> None:
        for box, act in self.rows:
            if box.currentIndex():
                act(box.currentIndex())
        self.accept()
