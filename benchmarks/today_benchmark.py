"""How long Today takes on a large notebook: `agenda_on` and `due_checkins`, timed.

Today is the screen opened every morning; it must stay instant for an advisor with ten thousand
people and years of logged calls. This script builds such a notebook with the benchmarks' seeded
generator (`notebook_generator.py`: every run gets the same one), then times the calls over
several runs and prints the median and the 95th percentile. It only prints figures and never
fails on a time: machines differ, so a threshold would be noise. Run it from the repository root:

    python benchmarks/today_benchmark.py --small      # 500 people, a smoke run
    python benchmarks/today_benchmark.py              # 10,000 people, ~50,000 contacts
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the generator beside, the app in the checkout

from notebook_generator import (  # noqa: E402
    TODAY,
    Timings,
    add_notebook_arguments,
    benchmark_notebook,
    timed,
)

from relnotebook.core.checkins.due import due_checkins  # noqa: E402
from relnotebook.core.checkins.sweeps import pending_calls  # noqa: E402
from relnotebook.core.checkins.tasks import due_tasks  # noqa: E402
from relnotebook.core.outreach.agenda import LATE_CALLS_PAGE, ROWS_PAGE, Section  # noqa: E402
from relnotebook.core.outreach.service import agenda_on, prompts_on  # noqa: E402
from relnotebook.store import Notebook  # noqa: E402

SMALL_PEOPLE = 500


def today_view(notebook: Notebook, today: dt.date = TODAY) -> list:
    """What the Today view computes when it opens (its first page of late calls, of messages
    and of sweep calls)."""
    pages = dict.fromkeys((Section.MESSAGES, Section.SWEEPS), ROWS_PAGE)
    return agenda_on(notebook, today, late_calls=LATE_CALLS_PAGE, pages=pages)


def report(name: str, call: Callable[[], Sequence[object]], runs: int) -> Timings:
    count = len(call())  # also the warm-up run
    times = timed(call, runs, warm_up=False)
    print(
        f"{name:<34} median {times.median:8.1f} ms   p95 {times.p95:8.1f} ms   "
        f"min {min(times.wall):8.1f} ms   CPU median {times.cpu_median:8.1f} ms"
        f"   returned {count:,}"
    )
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_notebook_arguments(parser, SMALL_PEOPLE)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per call (default: 20)")
    args = parser.parse_args(argv)
    with benchmark_notebook(parser, args, SMALL_PEOPLE) as (notebook, _built):
        print(f"Today is {TODAY}; {args.runs} timed runs each, after one warm-up run.")
        for name, call in (
            ("Today view (agenda_on, first page)", lambda: today_view(notebook)),
            ("agenda_on, every late call (CLI)", lambda: agenda_on(notebook, TODAY)),
            ("due_checkins (default look-ahead)", lambda: due_checkins(notebook, TODAY)),
            ("  prompts_on", lambda: prompts_on(notebook, TODAY)),
            ("  due_tasks", lambda: due_tasks(notebook, until=TODAY)),
            ("  pending_calls", lambda: pending_calls(notebook)),
        ):
            report(name, call, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
