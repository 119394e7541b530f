"""The composition root: starting on a notebook, refusing what is not one."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from relnotebook import app as app_module
from relnotebook import cli
from relnotebook.gui.background import SyncRunner
from relnotebook.gui.main_window import MainWindow
from relnotebook.paths import default_notebook
from relnotebook.store import Notebook
from tests.gui.conftest import fixed_clock, new_session, run_app


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_start_creates_the_default_notebook_in_the_user_data_dir(qtbot, monkeypatch):
    opened: list = []

    def event_loop(_app) -> int:  # noqa: ANN001
        """Stands in for QApplication.exec: running it for real ends Qt's ability to test."""
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        opened.extend(w.windowTitle() for w in windows if w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert cli.main([]) == 0
    path = default_notebook()
    assert path.exists() and path.stat().st_mode & 0o777 == 0o600
    assert "tmp" in str(path) or "pytest" in str(path)  # the test's own home, never the real one
    assert opened and "notebook.sqlite" in opened[0]


def test_a_file_that_is_not_a_notebook_is_explained_and_untouched(tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    path = tmp_path / "letter.txt"
    path.write_text("Dear Robert, ...")
    before = digest(path)
    assert run_app(path) == app_module.EXIT_CANNOT_OPEN
    assert shown and "is not a Relationship Notebook file" in shown[0]
    assert digest(path) == before
    frames = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert not any(w.isVisible() for w in frames)  # the frame painted first is gone


def test_opening_the_same_notebook_twice_raises_the_existing_window(qtbot, tmp_path):
    session = new_session()
    first = session.open(tmp_path / "a.sqlite")
    assert first is not None
    qtbot.addWidget(first)
    assert session.open(tmp_path / "a.sqlite") is first
    second = session.open(tmp_path / "b.sqlite")
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert len(session.windows) == 2


def test_demo_flag_opens_a_throwaway_sample(qtbot, monkeypatch):
    seen: list = []

    def fake_run(path, *, throwaway=False):  # noqa: ANN001, ANN202
        seen.append((path, throwaway, path.exists()))
        return 0

    monkeypatch.setattr(app_module, "run", fake_run)
    assert cli.main(["--demo"]) == 0
    path, throwaway, existed = seen[0]
    assert throwaway and existed
    assert not path.exists()  # removed when the app closes


def test_the_app_and_its_window_load_without_the_data_layer():
    """The frame is painted before SQLAlchemy is imported (most of a second): the entry path
    up to the window must not pull it in."""
    code = (
        "import sys, relnotebook.cli, relnotebook.app, relnotebook.gui.main_window\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic')"
        " if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            self.paints += 1
        return False


def test_the_window_is_painted_before_the_notebook_opens_then_filled(tmp_path, monkeypatch):
    path = tmp_path / "clients.sqlite"
    at_open: list[tuple] = []
    real_open = Notebook.open.__func__

    def watched_open(cls, where, **options):  # noqa: ANN001, ANN003, ANN202
        frames = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        at_open.extend(
            (w.isVisible(), w.is_open, w.opening.text(), counter.paints, w.windowTitle())
            for w in frames
        )
        return real_open(cls, where, **options)

    shown: list[tuple] = []

    def event_loop(_app) -> int:  # noqa: ANN001
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
            if window.isVisible():
                new_person = next(a for a in window.actions() if a.text() == "&New Person…")
                shown.append((window.is_open, window.pages.count(), new_person.isEnabled()))
                window.close()
        return 0

    counter = PaintCounter()
    QApplication.instance().installEventFilter(counter)
    monkeypatch.setattr(Notebook, "open", classmethod(watched_open))
    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert run_app(path) == 0
    finally:
        QApplication.instance().removeEventFilter(counter)
    visible, is_open, text, paints, title = at_open[0]
    assert visible and not is_open and paints >= 1
    assert text == "Opening the notebook…" and "clients.sqlite" in title
    assert shown == [(True, 5, True)]  # Today, People, Events, Referrals, Newsletter
    assert path.exists()


def test_today_is_painted_before_the_other_views_and_the_commands(tmp_path, monkeypatch):
    """What the user waits for is the notebook shown: the other views' modules and the
    controllers' load after."""
    path = tmp_path / "clients.sqlite"
    painted: list[tuple] = []
    real_paint = app_module.paint_now

    def watched_paint(window: MainWindow) -> None:
        real_paint(window)
        filled = window.is_open and not window.today.is_stale
        later = [name for name in ("people", "events", "controllers") if hasattr(window, name)]
        painted.append((window.is_open, filled, later))

    def event_loop(_app) -> int:  # noqa: ANN001
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
            window.close()
        return 0

    monkeypatch.setattr(app_module, "paint_now", watched_paint)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_app(path) == 0
    # The frame, then Today filled, before the other views and the commands.
    assert painted == [(False, False, []), (True, True, [])]


def test_the_frame_offers_only_what_needs_no_notebook(qtbot, notebook):
    frame = MainWindow(location=notebook.path, clock=fixed_clock(), runner=SyncRunner())
    qtbot.addWidget(frame)
    actions = {a.text(): a for a in frame.actions()}
    assert not actions["&New Person…"].isEnabled()
    assert not actions["&Search Everything…"].isEnabled()
    assert actions["&Quit"].isEnabled() and actions["&About Relationship Notebook"].isEnabled()
    assert frame.sidebar.currentItem().text() == "Today"
    frame.attach(notebook)
    assert frame.is_open and actions["&New Person…"].isEnabled()
    assert frame.pages.currentWidget() is frame.today
    edit_menu = frame.menu_bar.menus["edit"]
    assert edit_menu.actions()[:2] == [frame.undo_action, frame.redo_action]


def test_damage_found_after_the_window_shows_turns_it_read_only(qtbot, tmp_path, monkeypatch):
    from relnotebook.errors import DamagedNotebookError, StorageError
    from relnotebook.gui.dialogs import recovery
    from relnotebook.gui.single_instance import NotebookGuard
    from tests.helpers.notebooks import make_notebook
    from tests.test_corruption import damaged_notes

    path = make_notebook(tmp_path / "clients.sqlite", people=60, padding=1500)
    damaged_notes(path)
    before = digest(path)
    offered: list[DamagedNotebookError] = []
    monkeypatch.setattr(
        recovery, "offer_recovery", lambda _path, error, *_args: offered.append(error) or None
    )
    window = new_session().open(path)  # a clean shutdown last time: opened, checked after
    assert window is not None and not window.isVisible()  # closed once the damage was found
    label = window.statusBar().findChild(QObject, "read_only")
    assert label is not None and "damaged" in label.text()
    with pytest.raises(StorageError), window.notebook.session() as session:
        session.connection().exec_driver_sql("PRAGMA user_version = 7")
    assert [str(path) in error.message for error in offered] == [True]  # as at start
    assert digest(path) == before
    guard = NotebookGuard(path)
    assert guard.claim() is not None and not guard.unclean_shutdown
    guard.release()


def test_after_a_crash_the_notebook_is_checked_before_it_opens(qtbot, tmp_path, monkeypatch):
    from relnotebook.gui.dialogs import recovery
    from tests.helpers.notebooks import make_notebook
    from tests.test_corruption import random_pages

    path = make_notebook(tmp_path / "clients.sqlite", people=60, padding=1500)
    path.write_bytes(random_pages(path.read_bytes()))
    # What a crash leaves: a lock file naming a process that is gone.
    (tmp_path / "clients.sqlite.lock").write_text("999999\npython\n\n\n\n")
    offered: list[Path] = []
    monkeypatch.setattr(
        recovery, "offer_recovery", lambda where, *_args: offered.append(where) or None
    )
    assert new_session().open(path) is None  # refused before any window, recovery offered
    assert offered == [path]


def test_damage_met_by_the_first_reads_is_met_as_at_start(qtbot, tmp_path, monkeypatch):
    from relnotebook.errors import StorageError
    from relnotebook.gui.dialogs import recovery
    from tests.helpers.notebooks import make_notebook
    from tests.test_corruption import random_pages

    path = make_notebook(tmp_path / "clients.sqlite", people=60, padding=1500)
    path.write_bytes(random_pages(path.read_bytes()))
    before = digest(path)

    def unreadable(_window, _notebook, **_painted) -> None:  # noqa: ANN001 - Today met a damaged page
        raise StorageError("{name} could not be read (the file is damaged).", name=path.name)

    offered: list[Path] = []
    monkeypatch.setattr(MainWindow, "attach", unreadable)
    monkeypatch.setattr(
        recovery, "offer_recovery", lambda where, *_args: offered.append(where) or None
    )
    assert new_session().open(path) is None  # the user quit the recovery dialog
    assert offered == [path]
    assert digest(path) == before
