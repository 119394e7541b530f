"""The newsletter list: who said yes, on what basis, until when (CASL), and the sending list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.referrals.newsletter import save_sending_list, subscribers
from relnotebook.gui.error_messages import failure_reason
from relnotebook.gui.models.subscribers import SubscribersTableModel
from relnotebook.gui.tables import list_table
from relnotebook.gui.undo import Editor


class NewsletterPage(QWidget):
    open_person = Signal(int)  # a row double-clicked, or Enter on it

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.is_stale = True  # read when first shown (see pages.base)
        title = QLabel(self.tr("Newsletter"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = SubscribersTableModel(clock.today(), self)
        self.table = list_table(self, "subscribers_table", self.model, self.tr("Subscribers"))
        self.table.activated.connect(
            lambda index: self.open_person.emit(self.model.item(index.row()).person_id)
        )
        self.export_button = QPushButton(self.tr("&Export sending list (CSV)…"), self)
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def reload(self) -> None:
        from relnotebook.core import settings

        today = self._clock.today()
        self.model.today = today
        self.model.warning_days = settings.get_int(
            self._editor.notebook, settings.CONSENT_WARNING_DAYS
        )
        rows = subscribers(self._editor.notebook, today)
        self.model.set_rows(rows)
        valid = [r for r in rows if r.valid]
        self.summary.setText(
            self.tr(
                "%1 subscribers with valid consent. Consent implied by a business relationship "
                "or an inquiry expires (⚠ within %2 days): Today suggests asking for express "
                "consent. Record consent on a person's Referrals & newsletter tab."
            )
            .replace("%1", str(len(valid)))
            .replace("%2", str(self.model.warning_days))
            if rows
            else self.tr(
                "No subscribers yet. Offer the newsletter to good prospects from Today; their "
                "answer, and consent you record on their page, build this list."
            )
        )
        self.export_button.setEnabled(bool(valid))

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the sending list"),
            str(Path.home() / "newsletter.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not path:
            return
        try:
            save_sending_list(self._editor.notebook, Path(path), self._clock.today())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), failure_reason(exc))
            return
        self.summary.setText(
            self.tr("Saved to %1: only people with valid consent.").replace("%1", path)
        )
