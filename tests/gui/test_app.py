"""The composition root: starting on a notebook, refusing what is not one."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QApplication, QMessageBox

from relnotebook import app as app_module
from relnotebook import cli
from relnotebook.gui.main_window import MainWindow
from relnotebook.paths import default_notebook


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
    assert app_module.run(path) == app_module.EXIT_CANNOT_OPEN
    assert shown and "is not a Relationship Notebook file" in shown[0]
    assert digest(path) == before


def test_opening_the_same_notebook_twice_raises_the_existing_window(qtbot, tmp_path):
    session = app_module.Session()
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
