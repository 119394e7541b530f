"""Erase a person for good (a right under Law 25): say what goes and what stays, then ask for
their name before the Erase button works.

Erasing cannot be undone, and it must not be: undo would have to keep the erased data. The
window therefore clears its undo history after `erased` (older steps may hold this person), and
forgets what was being typed about them. Once done, the dialog says what it did and which copies
it could not reach (a backup it could not rewrite, copies made elsewhere), then Close closes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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

from relnotebook.core.privacy.erasure import (
    ErasureReport,
    erase_from_app_copies,
    erase_person,
    erasure_preview,
    same_name,
)
from relnotebook.core.sync.erased import after_erasure
from relnotebook.errors import ValidationError
from relnotebook.gui.background import Runner
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import format_date
from relnotebook.store import Notebook
from relnotebook.store.files.outside_copies import CopyKind, OutsideCopy


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


def elsewhere_text(copies: Sequence[OutsideCopy]) -> str:
    """What erasure cannot reach, said before and after: the files the app wrote for the user
    outside its folders, by name (`outside_copies`), then the rest."""
    if not copies:
        return QCoreApplication.translate(
            "EraseDialog",
            "Copies made elsewhere (Back Up Now to another folder, exports) still hold them: the "
            "app cannot reach those; delete them, or erase the person there too.",
        )
    kinds = {
        CopyKind.BACKUP: QCoreApplication.translate("EraseDialog", "backup"),
        CopyKind.EXPORT: QCoreApplication.translate("EraseDialog", "export"),
        CopyKind.CALENDAR: QCoreApplication.translate("EraseDialog", "calendar file"),
        CopyKind.NEWSLETTER: QCoreApplication.translate("EraseDialog", "newsletter list"),
        CopyKind.DOSSIER: QCoreApplication.translate("EraseDialog", "folder of a dossier"),
        CopyKind.MESSAGE: QCoreApplication.translate("EraseDialog", "message saved as .eml"),
    }
    lines = [
        QCoreApplication.translate(
            "EraseDialog",
            "These copies made with the app outside its folders may still hold them; the app "
            "cannot reach them: delete them, or erase the person there too.",
        )
    ]
    for copy in copies:
        when = (
            QCoreApplication.translate("EraseDialog", "written %1").replace(
                "%1", format_date(copy.written_at.date())
            )
            if copy.written_at is not None
            else QCoreApplication.translate("EraseDialog", "its folder cannot be reached now")
        )
        lines.append(f"• {copy.path} ({kinds[copy.kind]}, {when})")
    lines.append(
        QCoreApplication.translate(
            "EraseDialog",
            "Copies made by other means (copied by hand, sent by mail) are out of reach too.",
        )
    )
    return "\n".join(lines)


def server_card_line(report: ErasureReport) -> str:
    """Their card on the sync server: deleted, or to be at the next sync."""
    if report.server_cards_deleted:
        return QCoreApplication.translate(
            "EraseDialog", "Their card on your sync server was deleted too."
        )
    return QCoreApplication.translate(
        "EraseDialog",
        "Their card on your sync server could not be deleted now; it will be at the next sync.",
    )


def copies_lines(report: ErasureReport) -> list[str]:
    """What became of the app's own copies of the notebook (backups, drafts), one paragraph
    each; the copies that could not be rewritten are listed one per line."""
    lines = []
    if report.copies_rewritten:
        lines.append(
            QCoreApplication.translate(
                "EraseDialog", "%1 backups and copies of the notebook were rewritten without them."
            ).replace("%1", str(len(report.copies_rewritten)))
        )
    if report.drafts_dropped:
        lines.append(
            QCoreApplication.translate(
                "EraseDialog", "%1 unsaved drafts about them were dropped."
            ).replace("%1", str(report.drafts_dropped))
        )
    if report.server_cards:
        lines.append(server_card_line(report))
    if report.copies_not_rewritten:
        lines.append(
            "\n• ".join(
                [
                    QCoreApplication.translate(
                        "EraseDialog",
                        "These copies could not be rewritten and may still hold them:",
                    ),
                    *(user_message(problem.reason) for problem in report.copies_not_rewritten),
                ]
            )
        )
    return lines


def notebook_lines(report: ErasureReport) -> list[str]:
    """What an erasure did in the notebook itself, one paragraph each."""
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
    if not report.scrubbed:
        parts.append(
            QCoreApplication.translate(
                "EraseDialog",
                "Another program is reading the notebook: traces may stay in its log file "
                "until that program closes it.",
            )
        )
    return parts


def erasure_lines(report: ErasureReport) -> list[str]:
    """What an erasure did and left, one paragraph each."""
    return [*notebook_lines(report), *copies_lines(report), elsewhere_text(report.elsewhere)]


def erasure_message(report: ErasureReport) -> str:
    """One paragraph for the window's status bar after an erasure."""
    return " ".join(line.replace("\n• ", " ") for line in erasure_lines(report))


class EraseDialog(QDialog):
    """`EraseDialog(notebook, person_id, parent, runner=…)`: `erased(person_id)` once done,
    with the `report`; the window then clears its undo stack and reloads. The copies of the
    notebook are rewritten afterwards, through `runner`: until then, the dialog stays open."""

    erased = Signal(int)
    done_with_copies = Signal()  # the app's copies of the notebook are rewritten: Close works

    def __init__(
        self,
        notebook: Notebook,
        person_id: int,
        parent: QWidget | None = None,
        *,
        runner: Runner,
    ) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self._person_id = person_id
        self._runner = runner
        self.report: ErasureReport | None = None
        self.copies_done = False  # the copies' outcome is shown: Close works
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
        copies = (
            self.tr(
                "The %1 backups and copies of this notebook that the app keeps are rewritten "
                "without them, and what was being typed about them is dropped."
            ).replace("%1", str(len(preview.copies)))
            if preview.copies
            else self.tr("What was being typed about them is dropped.")
        )
        self.copies = QLabel(f"{copies}\n{elsewhere_text(preview.elsewhere)}", self)
        self.copies.setObjectName("erase_copies")
        self.copies.setTextFormat(Qt.TextFormat.PlainText)  # paths, never markup
        self.copies.setWordWrap(True)
        # After the erasure: what was done, and the copies it could not rewrite.
        self.outcome = QLabel(self)
        self.outcome.setObjectName("erase_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # names and paths, never markup
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()

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
        self.buttons = buttons
        self.erase_button = QPushButton(self.tr("&Erase for good"), self)
        self.erase_button.setObjectName("erase_button")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setDefault(True)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        self.before = [self.what, self.kept, self.advice, self.copies, prompt, self.confirm]
        for widget in (*self.before, self.error, self.outcome):
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
            report = erase_person(self._notebook, self._person_id, rewrite_copies=False)
        except ValidationError as exc:
            self.error.setText(f"⚠ {user_message(exc)}")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.report = report
        self.setResult(QDialog.DialogCode.Accepted)  # erased, whatever closes the dialog now
        self._show_outcome([*notebook_lines(report), self._rewriting(0, 0)])
        self.erased.emit(self._person_id)
        # The copies take seconds each on a big notebook: off the UI thread, the window usable.
        path, notebook = self._notebook.path, self._notebook
        self._runner.run(
            lambda progress: after_erasure(
                notebook, erase_from_app_copies(path, [report], progress)
            )[0],
            self._copies_rewritten,
            self._copies_failed,
            progress=lambda done, total: self.outcome.setText(
                "\n\n".join([*notebook_lines(report), self._rewriting(done, total)])
            ),
            context=self,
        )

    def _rewriting(self, done: int, total: int) -> str:
        return (
            self.tr("Rewriting the backups and copies of the notebook without them: %1 of %2…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
            if total
            else self.tr("Rewriting the backups and copies of the notebook without them…")
        )

    def _copies_rewritten(self, report: ErasureReport) -> None:
        self.report = report
        self._show_outcome(erasure_lines(report), done=True)

    def _copies_failed(self, error: BaseException) -> None:
        assert self.report is not None
        failure = self.tr(
            "The backups and copies of the notebook could not be rewritten (%1): they may "
            "still hold them."
        ).replace("%1", str(error))
        self._show_outcome(
            [*notebook_lines(self.report), failure, elsewhere_text(self.report.elsewhere)],
            done=True,
        )

    def _show_outcome(self, lines: list[str], *, done: bool = False) -> None:
        """The dialog says what was done and what is left; once the copies are done, Close
        (or Escape) closes it."""
        for widget in (*self.before, self.error, self.erase_button):
            widget.hide()
        self.outcome.setText("\n\n".join(lines))
        self.outcome.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        if done:
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # rejected
            close.setDefault(True)
            close.setFocus()
            self.copies_done = True
            self.done_with_copies.emit()

    def reject(self) -> None:
        if self.report is None:
            super().reject()
        elif self.copies_done:  # erased: closing is no cancel
            self.accept()
