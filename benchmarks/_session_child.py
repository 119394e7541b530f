"""app_benchmark's child for peak memory: the app on a notebook, a scripted session, VmHWM.

    python benchmarks/_session_child.py NOTEBOOK PERSON_ID SEED

Opens the notebook as a launch does (`app.Session.open`: the lock, `Notebook.open`, the window
painted first), on the generator's TODAY, then uses it as an advisor's morning would: Today, the
People list, the busiest person's page, thirty searches typed letter by letter in the search
dialog, Today again after a contact logged. Then prints one JSON line with the process's peak
resident memory (VmHWM) and CPU seconds, and leaves.
"""

from __future__ import annotations

import json
import random
import resource
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the other benchmarks, the app in the checkout

from _first_paint_child import peak_memory_kb  # noqa: E402
from notebook_generator import TODAY  # noqa: E402
from search_benchmark import as_typed  # noqa: E402
from user_waits import application  # noqa: E402

SEARCHES = 30


def main(notebook: str, person_id: int, seed: int) -> int:
    app = application(screen=False)
    from relnotebook.app import Session
    from relnotebook.clock import FixedClock
    from relnotebook.core.checkins.service import log_contact
    from relnotebook.gui.background import ThreadRunner
    from relnotebook.gui.dialogs.search import SearchDialog
    from relnotebook.gui.main_window import PEOPLE
    from relnotebook.gui.main_window import TODAY as TODAY_VIEW

    session = Session(clock=FixedClock(TODAY), runner=ThreadRunner(app), throwaway=True)
    window = session.open(Path(notebook), paint_first=True)
    assert window is not None
    settle = app.processEvents  # type: ignore[attr-defined]
    settle()
    window.show_view(PEOPLE)
    settle()
    window.open_person(person_id)
    settle()
    dialog = SearchDialog(window.notebook, parent=window)
    dialog.show()
    for query in as_typed(random.Random(seed), SEARCHES * 6):
        dialog.query.setText(query)
        dialog.refresh()
        settle()
    dialog.close()
    log_contact(window.notebook, person_id, on=TODAY)
    window.show_view(TODAY_VIEW)
    window.reload()
    settle()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    report = {"peak_kb": peak_memory_kb(), "cpu_s": usage.ru_utime + usage.ru_stime}
    print(json.dumps(report), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    raise SystemExit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
