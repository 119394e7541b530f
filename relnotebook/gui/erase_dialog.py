"""Erase a person for good (a right under Law 25): say what goes and what stays, then ask for
their name before the Erase button works.

Erasing cannot be undone, and it must not be: undo would have to keep the erased data. The
window therefore clears its undo history after `erased` (older steps may hold this person).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relnotebook.errors import ValidationError
from relnotebook.gui.error_messages import user_message
from relnotebook.privacy import ErasureReport, erase_person, erasure_preview, same_name
from relnotebook.store import Notebook


def removed_text(removed: Mapping[str, int]) -> str:
    """ "3 notes, 2 personal details, …" for the kinds of records a person has."""
    labels = {
        "notes": QCoreApplication.translate("EraseDialog", "%1 notes"),
        "details": QCoreApplication.translate("EraseDialog", "%1 personal details"),
        "messages": QCoreApplication.translate("EraseDialog", "%1 messages sent"),
        "contacts": QCoreApplication.translate("EraseDialog", "%1 logged calls and meetings"),
        "emails_and_phones": QCoreApplication.translate("EraseDialog", "%1 emails and phones"),
        "tags": QCoreApplication.translate("EraseDialog", "%1 tags"),
        "events": QCoreApplication.translate("EraseDialog", "%1 event attendances"),
        "follow_ups": QCoreApplication.translate("EraseDialog", "%1 follow-ups"),
        "put_off_prompts": QCoreApplication.translate("EraseDialog", "%1 reminders put off"),
        "checkin_plan": QCoreApplication.translate("EraseDialog", "%1 check-in plan"),
        "sweeps": QCoreApplication.translate("EraseDialog", "%1 call-round entries"),
        "tasks": QCoreApplication.translate("EraseDialog", "%1 tasks"),
        "consents": QCoreApplication.translate("EraseDialog", "%1 consent records"),
        "referrals": QCoreApplication.translate(
            "EraseDialog", "%1 referrals they made or received"
        ),
    }
    return ", ".join(
        labels.get(kind, f"%1 {kind}").replace("%1", str(count)) for kind, count in removed.items()
    )


def erasure_message(report: ErasureReport) -> str:
    """One paragraph for the window to show after an erasure."""
    parts = [
        QCoreApplication.translate("EraseDialog", "%1 was erased, with %2 records about them.")
        .replace("%1", report.name)
        .replace("%2", str(report.removed_total))
    ]
    if report.mentions:
        parts.append(
            QCoreApplication.translate(
                "EraseDialog",
                "%1 other records still mention their name; search for it to review them.",
            ).replace("%1", str(len(report.mentions)))
        )
    if report.older_copies:
        parts.append(
            QCoreApplication.translate(
                "EraseDialog", "Older copies of the notebook still hold them: %1"
            ).replace("%1", ", ".join(str(path) for path in report.older_copies))
        )
    if not report.scrubbed:
        parts.append(
            QCoreApplication.translate(
                "EraseDialog",
                "Another program is reading the notebook: traces may stay in its log file "
                "until that program closes it.",
            )
        )
    return " ".join(parts)


class EraseDialog(QDialog):
    """`EraseDialog(notebook, person_id, parent)`: `erased(person_id)` once done, with the
    `report`; the window then clears its undo stack and reloads."""

    erased = Signal(int)

    def __init__(self, notebook: Notebook, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self._person_id = person_id
        self.report: ErasureReport | None = None
        preview = erasure_preview(notebook, person_id)
        self._name = preview.name
        self.setWindowTitle(self.tr("Erase %1").replace("%1", preview.name))

        self.what = QLabel(self)
        self.what.setObjectName("erase_what")
        self.what.setWordWrap(True)
        removed = (
            self.tr(" with %1 records about them: %2")
            .replace("%1", str(preview.removed_total))
            .replace("%2", removed_text(preview.removed))
            if preview.removed
            else ""
        )
        self.what.setText(
            self.tr(
                "This erases %1 for good%2. Their entries in search go too, and the notebook "
                "file is cleaned so that no readable trace is left. This cannot be undone."
            )
            .replace("%1", preview.name)
            .replace("%2", removed)
        )
        kept = []
        if preview.referrals_kept:
            kept.append(
                self.tr(
                    "%1 referrals of them by other people stay in those people's history, "
                    "without their name or note."
                ).replace("%1", str(preview.referrals_kept))
            )
        if preview.introduced:
            kept.append(
                self.tr("%1 people they introduced stay, without the link to them.").replace(
                    "%1", str(preview.introduced)
                )
            )
        self.kept = QLabel(" ".join(kept) or self.tr("Nothing about them is kept."), self)
        self.kept.setObjectName("erase_kept")
        self.kept.setWordWrap(True)
        self.advice = QLabel(
            self.tr(
                "If they asked for their information too, export it first (Export everything "
                "about this person)."
            ),
            self,
        )
        self.advice.setWordWrap(True)

        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("erase_confirm")
        self.confirm.setAccessibleName(self.tr("Their name, to confirm"))
        self.confirm.setPlaceholderText(preview.name)
        prompt = QLabel(self.tr("&Type their name, %1, to confirm:").replace("%1", preview.name))
        prompt.setBuddy(self.confirm)
        prompt.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("&Erase for good"), self)
        self.erase_button.setObjectName("erase_button")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setDefault(True)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        for widget in (self.what, self.kept, self.advice, prompt, self.confirm, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setTabOrder(self.confirm, self.erase_button)
        self.confirm.setFocus()

    def _update(self) -> None:
        self.erase_button.setEnabled(same_name(self.confirm.text(), self._name))

    def erase(self) -> None:
        if not same_name(self.confirm.text(), self._name):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = erase_person(self._notebook, self._person_id)
        except ValidationError as exc:
            self.error.setText(f"⚠ {user_message(exc)}")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.erased.emit(self._person_id)
        self.accept()
