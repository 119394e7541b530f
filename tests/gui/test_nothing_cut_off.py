"""Nothing cut off: at 1024×640, in English and in French, no header, label, button, tab or group
box title of a view or a dialog is shorter than its text, and the main window fits the screen.
(Today is checked by its own tests.)"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from relnotebook.core.people.service import list_people
from relnotebook.gui.main_window import EVENTS, NEWSLETTER, PEOPLE, REFERRALS, MainWindow
from relnotebook.gui.models.table_model import RowsTableModel
from relnotebook.gui.tables import list_table
from tests.conftest import TODAY

SCREEN = QSize(1024, 640)
FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    request.getfixturevalue("english" if request.param == "en" else "french")
    yield request.param


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _shown_text(text: str) -> str:
    """The text as drawn: "&Save" shows "Save" (with S underlined), "&&" shows "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button_needs(button: QAbstractButton) -> int:
    """The width the style asks for the button's text (and icon, box or arrow)."""
    metrics = button.fontMetrics()
    text = _shown_text(button.text())
    width = metrics.horizontalAdvance(text)
    if isinstance(button, QCheckBox | QRadioButton):
        return width + button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        size = QSize(width, metrics.height())
        if not button.icon().isNull():
            size.setWidth(size.width() + button.iconSize().width() + 4)
        return (
            button.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, option, size, button)
            .width()
            - 2 * 4  # the margin Fusion adds around the focus frame
        )
    return button.sizeHint().width()


def elided(root: QWidget) -> list[str]:
    """Every visible text under `root` that is drawn in less room than it needs."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or label.wordWrap() or not label.text():
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText
        if rich or (label.textFormat() == Qt.TextFormat.AutoText and "<" in label.text()):
            needs = label.sizeHint().width()
        else:
            lines = _shown_text(label.text()).split("\n")
            needs = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
            margins = label.contentsMargins()
            needs += margins.left() + margins.right() + 2 * label.margin()
            needs += 2 * label.indent() if label.indent() > 0 else 0
        if needs > label.width() + 1:
            found.append(f"label {label.text()!r}: {label.width()} < {needs}")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or isinstance(button, QToolButton):
            continue
        needs = _button_needs(button)
        if needs > button.width() + 1:
            found.append(f"button {button.text()!r}: {button.width()} < {needs}")
    for box in root.findChildren(QGroupBox):
        if _shown(box) and box.title():
            needs = box.fontMetrics().horizontalAdvance(box.title()) + 16
            if needs > box.width():
                found.append(f"group {box.title()!r}: {box.width()} < {needs}")
    for bar in root.findChildren(QTabBar):
        if not _shown(bar):
            continue
        if sum(bar.tabRect(tab).width() for tab in range(bar.count())) > bar.width():
            found.append(f"tabs {[bar.tabText(tab) for tab in range(bar.count())]} scroll")
        for tab in range(bar.count()):
            text = bar.tabText(tab).replace("&", "")
            needs = bar.fontMetrics().horizontalAdvance(text) + 8
            if needs > bar.tabRect(tab).width():
                found.append(f"tab {text!r}: {bar.tabRect(tab).width()} < {needs}")
    for view in root.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", lambda: None)()
        if not _shown(view) or not isinstance(header, QHeaderView) or header.isHidden():
            continue
        found += _cut_headers(header)
    return found


def _cut_headers(header: QHeaderView) -> list[str]:
    model = header.model()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        needs = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.sortIndicatorSection() == section and header.isSortIndicatorShown():
            needs += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        if needs > header.sectionSize(section):
            found.append(f"header {text!r}: {header.sectionSize(section)} < {needs}")
    return found


def at_screen_size(window: MainWindow) -> None:
    window.resize(SCREEN)
    QApplication.processEvents()


@pytest.fixture
def small_window(
    qtbot, open_window, notebook_path: Path, _demo_template: Path, language: str
) -> MainWindow:
    shutil.copyfile(_demo_template, notebook_path)
    notebook_path.chmod(0o600)
    window = open_window(notebook_path)
    at_screen_size(window)
    return window


def test_the_main_window_fits_1024_by_640(small_window: MainWindow) -> None:
    for view in (PEOPLE, EVENTS, REFERRALS, NEWSLETTER):
        small_window.show_view(view)
        QApplication.processEvents()
        hint = small_window.minimumSizeHint()
        assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), (view, hint)


@pytest.mark.parametrize("view", [PEOPLE, EVENTS, REFERRALS, NEWSLETTER])
def test_no_view_cuts_its_text(small_window: MainWindow, view: int) -> None:
    small_window.show_view(view)
    QApplication.processEvents()
    assert elided(small_window) == []


def test_no_tab_of_the_person_page_cuts_its_text(small_window: MainWindow) -> None:
    notebook = small_window.notebook
    people = list_people(notebook)
    longest = max(people, key=lambda p: len(p.name))
    small_window.open_person(longest.id)
    page = small_window.people.person_page
    tabs = page.tabs
    cut = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        cut += [f"{tabs.tabText(index)}: {text}" for text in elided(small_window)]
    assert cut == []


def _dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    from relnotebook.gui.background import SyncRunner
    from relnotebook.gui.dialogs.call import CallDialog
    from relnotebook.gui.dialogs.capture import CaptureDialog
    from relnotebook.gui.dialogs.coffee import CoffeeDialog
    from relnotebook.gui.dialogs.compose import ComposeDialog
    from relnotebook.gui.dialogs.consent import ConsentDialog
    from relnotebook.gui.dialogs.departure import DepartureDialog
    from relnotebook.gui.dialogs.duplicates import DuplicatesDialog
    from relnotebook.gui.dialogs.erase import EraseDialog
    from relnotebook.gui.dialogs.export import ExportDialog
    from relnotebook.gui.dialogs.help import GuideDialog, ShortcutsDialog
    from relnotebook.gui.dialogs.import_contacts import ImportDialog
    from relnotebook.gui.dialogs.merge import MergeDialog
    from relnotebook.gui.dialogs.referral import ReferralDialog
    from relnotebook.gui.dialogs.retention import RetentionDialog
    from relnotebook.gui.dialogs.search import SearchDialog
    from relnotebook.gui.dialogs.server import ConnectDialog, PasswordDialog
    from relnotebook.gui.dialogs.settings import SettingsDialog
    from relnotebook.gui.dialogs.sweep import SweepDialog
    from relnotebook.gui.i18n import language_for_new_people

    editor, clock, notebook, runner = window.editor, window.clock, window.notebook, SyncRunner()
    people = list_people(notebook)
    first, second = people[0], people[1]
    window.open_person(first.id)
    page = window.people.person_page.person
    assert page is not None
    yield "settings", lambda: SettingsDialog(editor, clock, window)
    yield (
        "capture",
        lambda: CaptureDialog(
            editor, clock=clock, language=language_for_new_people(), parent=window
        ),
    )
    yield "call", lambda: CallDialog(editor, first.id, first.name, clock=clock, parent=window)
    yield "compose", lambda: ComposeDialog(editor, first.id, today=TODAY, parent=window)
    yield "referral", lambda: ReferralDialog(editor, people, clock=clock, parent=window)
    yield "search", lambda: SearchDialog(notebook, query="a", parent=window)
    for name in ("broken.vcf", "outlook.csv", "clients.csv"):  # errors, a preview, the columns
        yield (
            f"import {name}",
            lambda name=name: ImportDialog(
                notebook, FIXTURES / name, window, today=TODAY, runner=runner
            ),
        )
    yield "export", lambda: ExportDialog(notebook, [first.id], window, runner=runner)
    yield "duplicates", lambda: DuplicatesDialog(notebook, runner, parent=window)
    yield "merge", lambda: MergeDialog(notebook, first.id, second.id, window)
    yield "consent", lambda: ConsentDialog(editor, page, clock, window)
    yield "departure", lambda: DepartureDialog(editor, page, clock, window)
    yield "erase", lambda: EraseDialog(notebook, first.id, window, runner=runner)
    yield "retention", lambda: RetentionDialog(notebook, TODAY, window, runner=runner)
    yield "sweep", lambda: SweepDialog(editor, TODAY, window)
    yield "coffee", lambda: CoffeeDialog(first.name, clock, window)
    yield "shortcuts", lambda: ShortcutsDialog(window)
    yield "guide", lambda: GuideDialog(window)
    yield "connect", lambda: ConnectDialog(window)
    yield "password", lambda: PasswordDialog("advisor@example.com", window)


def test_every_dialog_fits_and_cuts_nothing(qtbot, small_window: MainWindow) -> None:
    problems = []
    for name, make in _dialogs(small_window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        hint = dialog.minimumSizeHint()
        if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
            problems.append(f"{name}: needs {hint.width()}×{hint.height()}")
        dialog.resize(dialog.size().boundedTo(SCREEN))
        QApplication.processEvents()
        tabs = dialog.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                    QApplication.processEvents()
                problems += [f"{name}: {text}" for text in elided(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert sorted(set(problems)) == []


class _Rows(RowsTableModel[tuple[int, str, str]]):
    def headers(self) -> list[str]:
        return ["When", "A rather long main column title", "Where"]

    def text(self, row: tuple[int, str, str], column: int) -> str:
        return str(row[column])


def test_a_narrow_table_keeps_every_title_whole_and_long_cells_in_their_tooltip(qtbot) -> None:
    model = _Rows()
    window = QWidget()
    qtbot.addWidget(window)
    table = list_table(window, "narrow", model, "Narrow", stretch=1)
    table.resize(260, 200)
    window.show()
    long_place = "Salle de bal du Château Frontenac, 1 rue des Carrières, Québec " * 2
    model.set_rows([(1, "Chamber of commerce cocktail", long_place)])
    QApplication.processEvents()
    assert _cut_headers(table.horizontalHeader()) == []
    index = model.index(0, 2)
    assert table.columnWidth(2) < table.fontMetrics().horizontalAdvance(long_place)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == long_place
    table.resize(900, 200)
    QApplication.processEvents()
    others = table.columnWidth(0) + table.columnWidth(2)
    assert table.columnWidth(1) == table.viewport().width() - others  # the main one fills
