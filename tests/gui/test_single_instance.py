"""Opening a notebook in the app.

One app per notebook: a second launch brings the first window forward; a crash's lock is
recovered; a lock nobody answers for is explained and the notebook left untouched. A notebook in
a cloud-sync folder gets a one-time warning, and moves out of it intact if the user wants.
"""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from relnotebook import app as app_module
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs import sync_folder
from relnotebook.gui.single_instance import Claim, NotebookGuard, server_name
from relnotebook.store import Notebook
from relnotebook.store.files.instance_lock import lock_path, notebook_in_use, read_lock
from tests.gui.conftest import new_session, run_app


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def existing_notebook(notebook_path: Path) -> Path:
    notebook = Notebook.open(notebook_path)
    add_person(notebook, PersonFields(given_name="Marie", family_name="Tremblay"))
    notebook.close()
    return notebook_path


@pytest.fixture
def no_event_loop(monkeypatch):
    """`run` must return before the event loop when another window took over."""

    def refuse(*_args):  # noqa: ANN202
        raise AssertionError("the event loop must not start")

    monkeypatch.setattr(QApplication, "exec", refuse)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def open_in_session(qtbot, session: app_module.Session, path: Path):
    window = session.open(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_a_second_launch_raises_the_first_window_and_leaves(
    qtbot, existing_notebook, no_event_loop, warnings
):
    first_run = new_session()
    window = open_in_session(qtbot, first_run, existing_notebook)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    second_run = new_session()
    assert second_run.open(existing_notebook) is None
    assert second_run.handed_over
    assert second_run.windows == []

    qtbot.waitUntil(lambda: not window.isMinimized())  # the first window came back
    assert window.isVisible()
    assert warnings == []
    # a whole second launch
    assert run_app(existing_notebook) == app_module.EXIT_OK
    assert len(first_run.windows) == 1


def test_the_lock_holds_the_running_apps_pid_and_the_cli_sees_it(qtbot, existing_notebook):
    session = new_session()
    window = open_in_session(qtbot, session, existing_notebook)
    owner = read_lock(lock_path(existing_notebook))
    assert owner is not None and owner.pid == os.getpid()
    assert notebook_in_use(existing_notebook)  # the Qt-free reading of QLockFile's file

    window.close()
    qtbot.waitUntil(lambda: not lock_path(existing_notebook).exists())
    assert not notebook_in_use(existing_notebook)
    session = new_session()
    again = open_in_session(qtbot, session, existing_notebook)  # free again
    assert again.notebook.path == existing_notebook


def test_a_lock_left_by_a_crash_is_recovered(qtbot, existing_notebook, warnings):
    host = socket.gethostname()
    lock_path(existing_notebook).write_text(f"{dead_pid()}\npython3\n{host}\n")
    window = open_in_session(qtbot, new_session(), existing_notebook)
    assert window.isVisible()
    assert warnings == []
    owner = read_lock(lock_path(existing_notebook))
    assert owner is not None and owner.pid == os.getpid()


def test_a_garbled_lock_file_is_recovered(qtbot, existing_notebook):
    lock_path(existing_notebook).write_bytes(b"")  # a crash between creating and writing it
    window = open_in_session(qtbot, new_session(), existing_notebook)
    assert window.isVisible()


def test_a_lock_nobody_answers_for_is_explained_and_nothing_touched(
    qtbot, existing_notebook, no_event_loop, warnings
):
    """Held by a live process (another user's app, a hung one) that does not answer."""
    other = QLockFile(str(lock_path(existing_notebook)))  # same PID, so never "stale"
    other.setStaleLockTime(0)
    assert other.tryLock(0)
    before = digest(existing_notebook)
    try:
        assert run_app(existing_notebook) == app_module.EXIT_CANNOT_OPEN
    finally:
        other.unlock()
    assert len(warnings) == 1
    assert (
        "Relationship Notebook is already open on this notebook in another window or by "
        "another user; close it first." in warnings[0]
    )
    assert digest(existing_notebook) == before
    assert not Path(f"{existing_notebook}-wal").exists()


def test_a_new_notebook_locked_elsewhere_is_not_created(tmp_path, no_event_loop, warnings):
    path = tmp_path / "new.sqlite"
    lock_path(path).write_text("4242\nrelnotebook\nanother-computer\nffff\n")
    assert run_app(path) == app_module.EXIT_CANNOT_OPEN
    assert warnings and "close it first" in warnings[0]
    assert not path.exists()


def test_each_notebook_has_its_own_lock_and_closing_one_frees_only_it(qtbot, tmp_path):
    session = new_session()
    first = open_in_session(qtbot, session, tmp_path / "a.sqlite")
    second = open_in_session(qtbot, session, tmp_path / "b.sqlite")
    assert notebook_in_use(tmp_path / "a.sqlite") and notebook_in_use(tmp_path / "b.sqlite")
    assert session.open(tmp_path / "a.sqlite") is first  # same run: no lock dance

    first.close()
    qtbot.waitUntil(lambda: not notebook_in_use(tmp_path / "a.sqlite"))
    assert notebook_in_use(tmp_path / "b.sqlite")
    assert session.windows == [second]


def test_the_server_name_depends_on_the_notebook_not_on_how_it_is_named(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert server_name(tmp_path / "link" / "nb.sqlite") == server_name(
        tmp_path / "real" / "nb.sqlite"
    )
    assert server_name(tmp_path / "a.sqlite") != server_name(tmp_path / "b.sqlite")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_lock_file_is_private(qtbot, tmp_path):
    guard = NotebookGuard(tmp_path / "nb.sqlite")
    old_umask = os.umask(0o022)  # what most desktops use: files readable by everyone
    try:
        assert guard.claim() is Claim.OWNED
    finally:
        os.umask(old_umask)
    try:
        assert stat.S_IMODE(guard.lock_file.stat().st_mode) == 0o600
    finally:
        guard.release()


def test_a_guard_released_twice_is_harmless(qtbot, tmp_path):
    guard = NotebookGuard(tmp_path / "nb.sqlite")
    assert guard.claim() is Claim.OWNED and guard.locked
    guard.release()
    guard.release()
    assert not guard.locked and not lock_path(tmp_path / "nb.sqlite").exists()


# --- a notebook in a cloud-sync folder ---------------------------------------------------------


@pytest.fixture
def synced_notebook(tmp_path: Path) -> Path:
    path = tmp_path / "Dropbox" / "notebook.sqlite"
    notebook = Notebook.open(path)
    add_person(notebook, PersonFields(given_name="Marie", family_name="Tremblay"))
    notebook.close()
    return path


class SyncWarning:
    """Stands in for the warning dialog: records each time it is shown, answers `reply`."""

    def __init__(self) -> None:
        self.shown: list[tuple[Path, str]] = []
        self.reply = sync_folder.KEEP

    def __call__(self, path: Path, service: str) -> str:
        self.shown.append((path, service))
        return self.reply


@pytest.fixture
def answers(monkeypatch) -> SyncWarning:
    warning = SyncWarning()
    monkeypatch.setattr(sync_folder, "ask_about_sync_folder", warning)
    return warning


def open_and_close(qtbot, path: Path):
    session = new_session()
    window = open_in_session(qtbot, session, path)
    opened_at = window.notebook.path
    window.close()
    qtbot.waitUntil(lambda: session.windows == [])
    return opened_at


def test_keep_it_here_is_remembered_for_this_place(qtbot, synced_notebook, answers):
    open_and_close(qtbot, synced_notebook)
    assert answers.shown == [(synced_notebook, "Dropbox")]
    open_and_close(qtbot, synced_notebook)
    assert len(answers.shown) == 1  # asked once only


def test_closing_the_warning_asks_again_next_time(qtbot, synced_notebook, answers):
    answers.reply = sync_folder.LATER
    open_and_close(qtbot, synced_notebook)
    open_and_close(qtbot, synced_notebook)
    assert len(answers.shown) == 2


def test_move_it_copies_opens_the_new_place_and_keeps_the_old_file(
    qtbot, synced_notebook, answers, tmp_path, monkeypatch
):
    safe = tmp_path / "Documents"
    safe.mkdir()
    told: list[str] = []
    answers.reply = sync_folder.MOVE
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(safe))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    session = new_session()
    window = open_in_session(qtbot, session, synced_notebook)

    assert window.notebook.path == safe / "notebook.sqlite"
    assert [p.name for p in list_people(window.notebook)] == ["Marie Tremblay"]
    assert not synced_notebook.exists()
    [old] = (tmp_path / "Dropbox").glob("notebook.moved-away-*.sqlite")
    assert told and str(safe / "notebook.sqlite") in told[0] and str(old) in told[0]
    assert notebook_in_use(safe / "notebook.sqlite")
    assert not lock_path(synced_notebook).exists()  # the old place's lock was given back
    assert len(answers.shown) == 1  # the new place is not synced: no second warning


def test_a_failed_move_says_why_and_opens_the_notebook_where_it_is(
    qtbot, synced_notebook, answers, tmp_path, monkeypatch
):
    safe = tmp_path / "Documents"
    safe.mkdir()
    (safe / "notebook.sqlite").write_text("another file")
    errors: list[str] = []
    answers.reply = sync_folder.MOVE
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(safe))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))

    window = open_in_session(qtbot, new_session(), synced_notebook)

    assert window.notebook.path == synced_notebook
    assert errors and "already exists" in errors[0]
    assert (safe / "notebook.sqlite").read_text() == "another file"
    assert len(answers.shown) == 1  # not asked again straight away


def test_the_warning_explains_why_and_offers_both_choices(qtbot, tmp_path):
    seen: list[str] = []

    def click_keep() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        seen.extend(sorted(buttons))
        buttons["&Keep it here"].click()

    QTimer.singleShot(0, click_keep)
    choice = sync_folder.ask_about_sync_folder(tmp_path / "OneDrive" / "nb.sqlite", "OneDrive")
    assert choice == sync_folder.KEEP
    assert "OneDrive keeps in sync" in seen[0] and "conflicting copies" in seen[0]
    assert seen[1:] == ["&Keep it here", "&Move it…"]
