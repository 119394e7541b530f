"""Python's None keeps its references while the app is used: typing, filtering, repainting.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call into Qt that returns
nothing (and one to True on every signal emitted from Python); the search dialog's results lost
about 100 per repaint, and after a few hundred keystrokes None was freed and the process aborted
(`Fatal Python error: none_dealloc`). Each step below types or repaints many times in the real
main window, lets the event loop go idle as it does between a person's keystrokes, and checks
that the counts of None, True and False did not fall.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from relnotebook.core.people.service import list_people
from relnotebook.gui.dialogs.import_contacts import ImportDialog
from relnotebook.gui.main_window import EVENTS, NEWSLETTER, PEOPLE, REFERRALS, TODAY, MainWindow
from relnotebook.gui.refcount_guard import SINGLETONS, counts

ROUNDS = 25
# Python's own bookkeeping moves the count by a few; the leak was one per call into Qt that
# returns nothing, about 100 per repaint of the search results.
TOLERANCE = 10
FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def shown_views(top: QWidget) -> list[QAbstractItemView]:
    return [view for view in top.findChildren(QAbstractItemView) if view.isVisible()]


def repaint(top: QWidget) -> None:
    for view in shown_views(top):
        view.viewport().repaint()


def lost_since(before: list[int]) -> dict[str, int]:
    """References lost by None, True and False since `before` (negative: gained)."""
    return {
        repr(singleton): then - now
        for singleton, then, now in zip(SINGLETONS, before, counts(), strict=True)
    }


class Drains:
    """How many references to None, True and False each step lost, by step."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.lost: dict[str, dict[str, int]] = {}

    def measure(self, name: str, top: QWidget, step: Callable[[], None]) -> None:
        step()  # once first: what a view loads or caches the first time is not a loss
        assert any(view.model().rowCount() > 0 for view in shown_views(top)), name
        self._qtbot.wait(10)  # idle, as between keystrokes
        before = counts()
        for _ in range(ROUNDS):
            step()
        self._qtbot.wait(10)
        self.lost[name] = lost_since(before)


def type_into(qtbot, field: QWidget, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_typing_and_repainting_every_view_keeps_none_alive(qtbot, demo_window: MainWindow):
    window = demo_window
    drains = Drains(qtbot)

    window.show_view(TODAY)
    drains.measure("Today", window, lambda: repaint(window))

    window.show_view(PEOPLE)
    people = window.people

    def filter_people() -> None:
        type_into(qtbot, people.filter, "trem")
        repaint(window)
        people.stage.setCurrentIndex((people.stage.currentIndex() + 1) % people.stage.count())
        repaint(window)
        people.stage.setCurrentIndex(0)
        type_into(qtbot, people.filter, "")

    drains.measure("People, filtered", window, filter_people)

    robert = next(p.id for p in list_people(window.notebook) if p.name == "Robert Tremblay")
    assert people.select_person(robert)
    tabs = people.person_page.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        if shown_views(tabs.currentWidget()):
            drains.measure(f"person page, {tabs.tabText(tab)}", window, lambda: repaint(window))

    for view, name in ((EVENTS, "Events"), (REFERRALS, "Referrals"), (NEWSLETTER, "Newsletter")):
        window.show_view(view)
        if view == EVENTS:
            window.events.table.selectRow(0)  # and the people met there
        drains.measure(name, window, lambda: repaint(window))

    window.controllers.people.search()
    search = window.controllers.people.search_dialog
    qtbot.waitExposed(search)

    def search_and_repaint() -> None:
        type_into(qtbot, search.query, "velo")
        search.refresh()  # what the typing timer calls
        repaint(search)

    drains.measure("search", search, search_and_repaint)
    search.reject()

    preview = ImportDialog(
        window.notebook,
        FIXTURES / "google.vcf",
        parent=window,
        today=window.clock.today(),
        runner=window.runner,
    )
    preview.show()
    qtbot.waitExposed(preview)
    drains.measure("import preview", preview, lambda: repaint(preview))
    preview.reject()

    assert len(drains.lost) >= 9, drains.lost
    leaking = {name: lost for name, lost in drains.lost.items() if max(lost.values()) > TOLERANCE}
    assert not leaking, f"references lost in {ROUNDS} rounds: {drains.lost}"


class Sender(QObject):
    sent = Signal(int)


def test_signals_emitted_from_python_keep_true_alive(qtbot, window: MainWindow) -> None:
    """The pages tell each other about changes with signals; each emit lost a True."""
    sender = Sender(window)
    received: list[int] = []
    sender.sent.connect(received.append)
    qtbot.wait(10)
    before = counts()
    for number in range(1_000):
        sender.sent.emit(number)
    qtbot.wait(10)
    assert len(received) == 1_000
    lost = lost_since(before)
    assert max(lost.values()) <= TOLERANCE, lost
