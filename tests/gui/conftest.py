"""GUI fixtures: a main window on a temporary notebook, shown offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from relnotebook import app as app_module
from relnotebook.clock import FixedClock
from relnotebook.gui.background import SyncRunner, ThreadRunner
from relnotebook.gui.drop_downs import keep_enter_in_drop_downs
from relnotebook.gui.i18n import install_translations
from relnotebook.gui.main_window import MainWindow
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tools import translations


@pytest.fixture(autouse=True)
def _app_keys(qapp) -> None:
    """The application's own key handling, as `make_application` installs it."""
    keep_enter_in_drop_downs(qapp)


@pytest.fixture(autouse=True)
def _english_locale() -> Iterator[None]:
    """Labels and dates are asserted in English here; French has its own tests."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_CA"))
    yield
    QLocale.setDefault(previous)


def fixed_clock() -> FixedClock:
    """The day every GUI test lives on (tests.conftest.TODAY, 9:00), whatever the real date."""
    return FixedClock(TODAY)


@pytest.fixture
def clock() -> FixedClock:
    """The windows' clock: a test moves it with `clock.advance(days=…)`."""
    return fixed_clock()


@pytest.fixture
def runner() -> SyncRunner:
    """Slow work (an export, an import, a backup) run at once: a test reads the outcome as soon
    as the click that started it returns."""
    return SyncRunner()


@pytest.fixture
def thread_runner(qapp) -> Iterator[ThreadRunner]:
    """Work on threads, as in the app: for a test of what shows while it runs."""
    runner = ThreadRunner(qapp)
    yield runner
    runner.wait_all()


def new_session(*, throwaway: bool = False) -> app_module.Session:
    """The app's session of windows, on the fixed day, its work run at once."""
    return app_module.Session(clock=fixed_clock(), runner=SyncRunner(), throwaway=throwaway)


def run_app(path: Path) -> int:
    """The app's whole run (`relnotebook --notebook PATH`), on the fixed day."""
    return app_module.run(path, clock=fixed_clock(), runner=SyncRunner())


@pytest.fixture
def open_window(qtbot, clock: FixedClock, runner: SyncRunner) -> Callable[[Path], MainWindow]:
    def _open(path: Path) -> MainWindow:
        window = MainWindow(Notebook.open(path), clock=clock, runner=runner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return _open


@pytest.fixture
def window(open_window, notebook_path: Path) -> MainWindow:
    return open_window(notebook_path)


@pytest.fixture
def demo_window(open_window, notebook_path: Path, _demo_template: Path) -> MainWindow:
    shutil.copyfile(_demo_template, notebook_path)
    notebook_path.chmod(0o600)
    return open_window(notebook_path)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot, text: str, then: Qt.Key | None = Qt.Key.Key_Tab) -> None:
    """Type into whatever has the focus, as a person would, then press `then`.

    QTest only types ASCII; other characters (é, à, emoji) arrive as key events carrying the
    text, the way a keyboard layout or an input method delivers them.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(focused(), event)
    if then is not None:
        qtbot.keyClick(focused(), then)


@pytest.fixture(scope="session")
def compiled() -> None:
    """The .qm files as the wheel build makes them (a checkout may not have them yet)."""
    translations.compile_all()


@pytest.fixture
def french(compiled, qapp) -> Iterator[None]:
    """The app's and Qt's French translations installed, and the French locale, for one test."""
    previous = QLocale()
    assert install_translations(qapp, "fr") == "fr"
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(previous)


@pytest.fixture
def english(compiled, qapp) -> Iterator[None]:
    """The app's English catalogue installed, as in the app: it holds the English plurals
    ("1 thing", "2 things") of the strings counted with tr()'s n."""
    assert install_translations(qapp, "en") == "en"
    yield
    for translator in qapp._relnotebook_translators:
        qapp.removeTranslator(translator)
    qapp._relnotebook_translators = []
    QLocale.setDefault(QLocale("en_CA"))
