"""Backups in the app: the restore list, the recovery offered for a damaged notebook, the daily
backup and "Back up now…", and the retention settings, driven as a person would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from relnotebook.core import settings
from relnotebook.core.people.service import count_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import DamagedNotebookError
from relnotebook.gui.controllers import notebook as notebook_commands
from relnotebook.gui.controllers.notebook import back_up_now
from relnotebook.gui.daily_backup import DailyBackup
from relnotebook.gui.dialogs import recovery
from relnotebook.gui.dialogs.recovery import RecoveryDialog, offer_recovery
from relnotebook.gui.dialogs.restore import RestoreDialog, restore_chosen
from relnotebook.gui.dialogs.settings import SettingsDialog
from relnotebook.store import Notebook
from relnotebook.store.backup import counts
from relnotebook.store.files.backups import back_up, list_backups
from tests.gui.conftest import fixed_clock, new_session
from tests.helpers.notebooks import digest, make_notebook

MORNING = dt.datetime(2026, 11, 23, 8, 30)


class Boxes:
    """QMessageBox replaced: records what would have been shown, answers questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer=QMessageBox.StandardButton.Yes):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._recorder(kind)))

    def _recorder(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def record(_parent: QWidget | None, title: str, text: str, *_args: object):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return record

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if shown_kind == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def two_backups(notebook_path: Path) -> tuple[Path, Path]:
    """A notebook of 2 people backed up yesterday, then a newer backup that is damaged."""
    make_notebook(notebook_path, people=2, notes_each=2)
    good = back_up(notebook_path, now=MORNING - dt.timedelta(days=1))
    damaged = back_up(notebook_path, now=MORNING)
    damaged.write_bytes(damaged.read_bytes()[:1500])
    return good, damaged


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = b"\xa5" * (3 * 4096)
    path.write_bytes(bytes(data))


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


# --- Restore from backup -----------------------------------------------------------------------


def test_restore_list_shows_each_backup_and_restores_the_chosen_one(
    qtbot, notebook_path: Path, two_backups, boxes: Boxes
) -> None:
    good, damaged = two_backups
    dialog = shown(qtbot, RestoreDialog(notebook_path, fixed_clock()))
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.item(r).path for r in range(2)] == [damaged, good]
    assert model.index(0, 3).data() == "Damaged: cannot be restored"
    assert (model.index(1, 1).data(), model.index(1, 2).data(), model.index(1, 3).data()) == (
        "2",
        "4",
        "Good",
    )
    assert dialog.table.currentIndex().row() == 1, "the newest good backup is preselected"
    assert dialog.restore_button.isEnabled()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # the damaged one cannot be restored
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert boxes.texts("question") == [] and dialog.isVisible()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    [question] = boxes.texts("question")
    assert "2 people, 4 notes" in question
    assert "test-notebook.before-restore-" in question and str(notebook_path.parent) in question
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.path == good

    Notebook.open(notebook_path).close()  # the window would close its notebook here
    aside = restore_chosen(None, dialog.chosen.path, notebook_path)
    assert aside is not None and aside.exists()
    assert any(str(aside) in text for text in boxes.texts("information"))
    assert counts(notebook_path) == (2, 2 * 2)


def test_restore_can_be_called_off_at_the_question(
    qtbot, notebook_path: Path, two_backups, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.Cancel)
    before = digest(notebook_path)
    dialog = shown(qtbot, RestoreDialog(notebook_path, fixed_clock()))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts("question")) == 1
    assert dialog.isVisible() and dialog.chosen is None
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert digest(notebook_path) == before


def test_restore_list_without_backups_says_what_to_do(qtbot, notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    dialog = shown(qtbot, RestoreDialog(notebook_path, fixed_clock()))
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and "No backups yet" in dialog.empty.text()
    assert "Back Up Now" in dialog.empty.text()
    assert not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_a_failed_restore_says_why_and_changes_nothing(
    tmp_path: Path, notebook_path: Path, boxes: Boxes
) -> None:
    make_notebook(notebook_path, people=1)
    before = digest(notebook_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a backup")
    assert restore_chosen(None, junk, notebook_path) is None
    [warning] = boxes.texts("warning")
    assert "cannot be restored" in warning
    assert digest(notebook_path) == before


# --- a damaged notebook at start ---------------------------------------------------------------


def click_in_recovery(qtbot, button: str) -> None:
    """Once the recovery dialog is up (modal, in its own event loop), click `button` on it."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, act)
            return
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def damaged_error(notebook_path: Path) -> DamagedNotebookError:
    with pytest.raises(DamagedNotebookError) as caught:
        Notebook.open(notebook_path)
    return caught.value


def test_recovery_restores_the_newest_good_backup(
    qtbot, notebook_path: Path, two_backups, boxes: Boxes
) -> None:
    make_notebook(notebook_path, people=40, notes_each=1)  # 42 people now, 2 in the backup
    good, _damaged = two_backups
    damage(notebook_path)
    damaged_bytes = digest(notebook_path)
    error = damaged_error(notebook_path)

    dialog = shown(qtbot, RecoveryDialog(notebook_path, error, fixed_clock()))
    assert str(notebook_path) in dialog.explanation.text()
    assert "test-notebook.damaged-" in dialog.explanation.text()
    assert "2 people and 4 notes" in dialog.offer_text.text()
    assert dialog.restore_button.isVisible() and dialog.restore_button.isDefault()
    dialog.reject()

    click_in_recovery(qtbot, "restore_button")
    assert offer_recovery(notebook_path, error, fixed_clock()) == notebook_path
    [aside] = notebook_path.parent.glob("test-notebook.damaged-*.sqlite")
    assert digest(aside) == damaged_bytes, "the damaged file is kept, never deleted"
    assert any(str(aside) in text for text in boxes.texts("information"))
    notebook = Notebook.open(notebook_path)
    try:
        assert count_people(notebook) == 2
    finally:
        notebook.close()
    assert good.exists()


def test_recovery_quit_leaves_the_damaged_file_alone(
    qtbot, notebook_path: Path, two_backups
) -> None:
    damage(notebook_path)
    before = digest(notebook_path)
    error = damaged_error(notebook_path)
    click_in_recovery(qtbot, "quit_button")
    assert offer_recovery(notebook_path, error, fixed_clock()) is None
    assert digest(notebook_path) == before
    assert list(notebook_path.parent.glob("*.damaged-*")) == []


def test_recovery_from_another_file_refuses_a_bad_one_first(
    qtbot,
    tmp_path: Path,
    notebook_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_notebook(notebook_path, people=30, padding=800)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = back_up(notebook_path, folder=usb, now=MORNING)
    damage(notebook_path)
    before = digest(notebook_path)
    dialog = shown(
        qtbot, RecoveryDialog(notebook_path, damaged_error(notebook_path), fixed_clock())
    )
    assert not dialog.restore_button.isVisible(), "no backup beside it to offer"
    assert "No good backup" in dialog.offer_text.text()

    junk = usb / "junk.sqlite"
    junk.write_text("holiday photos list")
    choices = [junk, copy]
    monkeypatch.setattr(recovery, "choose_backup_file", lambda _parent, _start: choices.pop(0))
    qtbot.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts("warning")) == 1 and dialog.isVisible()
    assert digest(notebook_path) == before
    qtbot.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restored == notebook_path
    assert counts(notebook_path) == (30, 30)


# --- the daily backup and "Back up now…" -------------------------------------------------------


def test_daily_backup_runs_off_the_ui_thread_once_a_day(
    qtbot, notebook_path: Path, thread_runner
) -> None:
    make_notebook(notebook_path, people=3)
    owner = QWidget()
    qtbot.addWidget(owner)
    daily = DailyBackup(notebook_path, fixed_clock(), thread_runner, owner)
    assert daily.timer.isActive() and daily.timer.interval() == 60 * 60 * 1000
    with qtbot.waitSignal(daily.backed_up, timeout=10_000) as blocker:
        assert daily.check(MORNING)
    assert blocker.args[0].parent == notebook_path.parent / "backups"
    qtbot.waitUntil(lambda: not daily.busy)
    assert not daily.check(MORNING + dt.timedelta(hours=1)), "one a day"
    assert [i.people for i in list_backups(notebook_path)] == [3]
    daily.stop()
    assert not daily.timer.isActive()


def test_daily_backup_reports_a_failure(qtbot, notebook_path: Path, thread_runner) -> None:
    make_notebook(notebook_path, people=1)
    (notebook_path.parent / "backups").write_text("a file where the folder should be")
    owner = QWidget()
    qtbot.addWidget(owner)
    daily = DailyBackup(notebook_path, fixed_clock(), thread_runner, owner)
    with qtbot.waitSignal(daily.failed, timeout=10_000) as blocker:
        daily.check(MORNING)
    assert blocker.args[0].startswith("Today's backup of the notebook failed: ")
    assert "could not be written" in blocker.args[0]
    daily.stop()


def test_back_up_now_into_a_chosen_folder(
    qtbot,
    tmp_path: Path,
    notebook_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    runner,
) -> None:
    make_notebook(notebook_path, people=2, notes_each=3)
    parent = QWidget()
    qtbot.addWidget(parent)
    notebook = Notebook.open(notebook_path)
    monkeypatch.setattr(notebook_commands, "choose_backup_folder", lambda _parent, _start: None)
    assert back_up_now(parent, notebook, runner) is None
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(notebook_commands, "choose_backup_folder", lambda _parent, _start: usb)
    task = back_up_now(parent, notebook, runner)
    assert task is not None and task.done  # (run at once: the outcome is already shown)
    notebook.close()
    [message] = boxes.texts("information")
    [copy] = usb.iterdir()
    assert message == f"The notebook was backed up to {copy} (2 people, 6 notes)."


# --- retention settings ------------------------------------------------------------------------


def test_retention_is_set_in_the_settings_dialog(qtbot, window) -> None:
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    assert (dialog.backup_daily.value(), dialog.backup_weekly.value()) == (7, 4)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Backups"
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.backup_daily.setFocus()
    dialog.backup_daily.selectAll()
    qtbot.keyClicks(dialog.backup_daily, "10")
    dialog.backup_weekly.setFocus()
    dialog.backup_weekly.selectAll()
    qtbot.keyClicks(dialog.backup_weekly, "0")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    notebook = window.notebook
    assert settings.get_int(notebook, settings.BACKUP_DAILY) == 10
    assert settings.get_int(notebook, settings.BACKUP_WEEKLY) == 0


# --- the app around them -------------------------------------------------------------------------


def test_starting_on_a_damaged_notebook_offers_the_backup_then_opens_it(
    qtbot, notebook_path: Path, two_backups, boxes: Boxes
) -> None:

    damage(notebook_path)
    click_in_recovery(qtbot, "restore_button")
    session = new_session()
    window = session.open(notebook_path)
    assert window is not None
    qtbot.addWidget(window)
    assert count_people(window.notebook) == 2
    assert list(notebook_path.parent.glob("test-notebook.damaged-*.sqlite"))


def test_opening_takes_the_days_backup_and_restore_reopens_the_window(
    qtbot, notebook_path: Path, boxes: Boxes
) -> None:

    make_notebook(notebook_path, people=3)
    session = new_session()
    window = session.open(notebook_path)
    assert window is not None
    # taken once the window is up, off the UI thread
    qtbot.waitUntil(lambda: [b.people for b in list_backups(notebook_path)] == [3], timeout=10_000)
    qtbot.waitUntil(lambda: not window.daily_backup.busy)
    assert window.daily_backup is not None
    window.editor.add_person(PersonFields(given_name="Zoé"))
    assert count_people(window.notebook) == 4
    [backup] = list_backups(notebook_path)
    reopened = session.restore(window, backup.path)
    assert reopened is not None and reopened is not window
    qtbot.addWidget(reopened)
    assert count_people(reopened.notebook) == 3
    assert any("kept at" in text for text in boxes.texts("information"))
    assert session.windows == [reopened]
