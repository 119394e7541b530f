"""Sync Settings' choices of whom and what (`core.sync.scope`): the stages and tags to sync
(none checked: everyone), the notes and personal details opt-in, and the warning that another
server starts fresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.models import Stage
from relnotebook.core.sync.dav import DavAccount
from relnotebook.core.sync.scope import Scope
from relnotebook.gui.labels import stage_label

STAGE, TAG = "stage", "tag"


class SyncScopeBox(QWidget):
    """Two groups side by side: "Whom to sync" and "What leaves with the cards"."""

    def __init__(self, scope: Scope, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = QListWidget(self)
        self.who.setObjectName("sync_who")
        for stage in Stage:
            self._add(stage_label(stage), STAGE, stage.value, stage.value in scope.stages)
        for tag in tags:
            self._add("#" + tag, TAG, tag, tag in scope.tags)
        self.who.setMaximumHeight(120)
        who_note = QLabel(
            self.tr(
                "Nothing checked: everyone. Checked: the people at one of these stages or with "
                "one of these tags. Someone who leaves your choice keeps their card on the server "
                "as it was: it is no longer updated, never deleted. A contact new on your phone "
                "always comes in."
            ),
            self,
        )
        who_note.setWordWrap(True)
        who_box = QGroupBox(self.tr("Whom to sync"), self)
        who_layout = QVBoxLayout(who_box)
        who_layout.addWidget(self.who)
        who_layout.addWidget(who_note)
        who_layout.addStretch()

        self.notes = QCheckBox(self.tr("&Notes"), self)
        self.notes.setChecked(scope.notes)
        self.details = QCheckBox(self.tr("Personal &details"), self)
        self.details.setChecked(scope.details)
        what_note = QLabel(
            self.tr(
                "Checked, they are copied into each card's note on your server, and so onto every "
                "device that syncs with it. Unchecked, they are taken off it at the next sync."
            ),
            self,
        )
        what_note.setWordWrap(True)
        what_box = QGroupBox(self.tr("What leaves with the cards"), self)
        what_layout = QVBoxLayout(what_box)
        what_layout.addWidget(self.notes)
        what_layout.addWidget(self.details)
        what_layout.addWidget(what_note)
        what_layout.addStretch()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(who_box, 3)
        layout.addWidget(what_box, 2)

    def _add(self, text: str, kind: str, value: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.who)
        item.setData(Qt.ItemDataRole.UserRole, (kind, value))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check(self, kind: str, value: str, checked: bool = True) -> None:
        for row in range(self.who.count()):
            item = self.who.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == (kind, value):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _checked(self, kind: str) -> tuple[str, ...]:
        found = []
        for row in range(self.who.count()):
            item = self.who.item(row)
            item_kind, value = item.data(Qt.ItemDataRole.UserRole)
            if item_kind == kind and item.checkState() == Qt.CheckState.Checked:
                found.append(value)
        return tuple(found)

    def scope(self) -> Scope:
        return Scope(
            self._checked(TAG),
            self._checked(STAGE),
            self.notes.isChecked(),
            self.details.isChecked(),
        )

    def fresh_start(self, others: list[DavAccount]) -> str:
        """What saving another server does, said before Save ("" when it is the same one)."""
        if not others:
            return ""
        names = ", ".join(f"{a.url} ({a.user})" if a.user else a.url for a in others)
        return self.tr(
            "⚠ Another server starts fresh: what was synced with %1 is forgotten here when you "
            "save. The cards and events already on that server stay there."
        ).replace("%1", names)
