"""Today: what to do now. Until the prompts arrive, it explains what will appear here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class TodayPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Today"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.empty = QLabel(
            self.tr(
                "Nothing to do yet.\n\n"
                "This is where the notebook will tell you, each morning, who to reach out to: "
                "a thank-you note the day after an event, a coffee invitation about their trip "
                "once their busy period is over, and the clients due for a two-minute call.\n\n"
                "Start by noting who you met: press Ctrl+E after an event."
            ),
            self,
        )
        self.empty.setObjectName("today_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(self.empty)
        layout.addStretch()
