"""What the user waits for in a shown main window, timed until painted (app_benchmark's part).

Each figure is a change the user makes and the window redrawn after it: the events it posts are
processed (models reset, laid out, painted) before the clock stops, in this process, offscreen
unless --screen. Nothing kept between runs flatters the figure: Today is timed as after a write
(the values kept until one are dropped first), the People list read again, each person page opened
after another one, and each search keystroke through the real dialog, with its 100 ms debounce
left out (stated: the dialog waits that long after the last key on purpose), until its results are
painted. The clock is fixed on the generator's TODAY, so the notebook's dates mean what they should.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from notebook_generator import BUSIEST_NOTES, Timings, timed

from relnotebook.store import Notebook


@dataclass(frozen=True)
class WindowFigures:
    today: Timings  # the Today page reloaded and painted
    people: Timings  # the People page read again and painted
    page: Timings  # a person page (the busiest) opened and painted
    search: Timings  # one keystroke in the search dialog, results painted


def application(screen: bool) -> object:
    if not screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from relnotebook.app import make_application

    return make_application(["relnotebook-benchmark"])


def time_window(
    notebook: Notebook,
    person_id: int,
    queries: Sequence[str],
    today: dt.date,
    *,
    runs: int,
    fast_runs: int,
    screen: bool,
) -> WindowFigures:
    app = application(screen)
    from relnotebook.clock import FixedClock
    from relnotebook.core.people.service import list_people
    from relnotebook.gui.background import ThreadRunner
    from relnotebook.gui.dialogs.search import SearchDialog
    from relnotebook.gui.main_window import PEOPLE, TODAY, MainWindow

    def settle() -> None:
        app.processEvents()  # type: ignore[attr-defined]

    window = MainWindow(notebook, clock=FixedClock(today), runner=ThreadRunner(app))
    window.show()
    settle()

    def today_shown() -> None:
        notebook.forget_cached()  # as after any write
        window.today.reload()
        settle()

    window.show_view(TODAY)
    today_figure = timed(today_shown, fast_runs)

    def people_shown() -> None:
        window.people.reload()
        settle()

    window.show_view(PEOPLE)
    settle()
    people_figure = timed(people_shown, runs)

    other = next(p.id for p in list_people(notebook) if p.id != person_id)
    notes = window.people.person_page.notes.model

    def open_person(person: int) -> Callable[[], None]:
        def call() -> None:
            window.open_person(person)
            settle()

        return call

    page = timed(open_person(person_id), fast_runs, before=open_person(other))
    assert notes.rowCount() == BUSIEST_NOTES, notes.rowCount()

    dialog = SearchDialog(notebook, parent=window)
    dialog.show()
    settle()
    typed = iter(queries)

    def keystroke() -> None:
        dialog.query.setText(next(typed))  # starts the debounce timer…
        dialog.refresh()  # …which is left out: the search runs at once
        settle()

    search = timed(keystroke, len(queries) - 1)
    dialog.close()
    window.close()  # closes the notebook
    return WindowFigures(today_figure, people_figure, page, search)
