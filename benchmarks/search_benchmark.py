"""How fast global search answers as the user types: `relnotebook.core.people.search.search`, timed.

Search runs on every keystroke (after a short pause) in the Ctrl+K popup, so it must answer
well within a frame or two even for an advisor with years of notes: the target is 30 ms at the
95th percentile over 100,000 notes. This script builds such a notebook with the benchmarks'
seeded generator (`notebook_generator.py`: every run gets the same one): 10,000 people with
names, organisations, emails and phones, 100,000 notes written from a French and English
vocabulary whose word frequencies fall off like real text, personal details, messages sent and
the rest of an advisor's notebook. It then replays 200 queries as typed one letter at a time:
prefixes of names, organisations and note words present in the notebook ("t", "tr", "tre", …
"tremblay"), a quarter of them a name followed by a second word being typed ("gagnon vel"), and
prints the median, 95th percentile and worst time after one warm-up pass, and the CPU time too,
which a busy machine does not inflate. It only prints figures and never fails on a time:
machines differ, so a threshold would be noise. Run it from the repository root:

    python benchmarks/search_benchmark.py --small      # 1,000 people, 10,000 notes: a smoke run
    python benchmarks/search_benchmark.py              # 10,000 people, 100,000 notes
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the generator beside, the app in the checkout

from notebook_generator import (  # noqa: E402
    FAMILY,
    GIVEN,
    TRADES,
    VOCABULARY,
    Timings,
    add_notebook_arguments,
    benchmark_notebook,
)

from relnotebook.core.people.search import search  # noqa: E402
from relnotebook.store import Notebook  # noqa: E402

SMALL_PEOPLE = 1_000
QUERIES = 200


def as_typed(rng: random.Random, count: int) -> list[str]:
    """`count` queries as the popup sends them: each word typed one letter at a time."""
    queries: list[str] = []
    while len(queries) < count:
        pick = rng.random()
        if pick < 0.25:
            prefix, word = rng.choice(FAMILY) + " ", rng.choice(VOCABULARY)
        elif pick < 0.5:
            prefix, word = "", rng.choice(FAMILY + GIVEN + TRADES)
        else:
            prefix, word = "", rng.choice(VOCABULARY[40:])  # what people look for: not "de"
        queries.extend(prefix + word[:length] for length in range(1, len(word) + 1))
    return queries[:count]


def time_queries(notebook: Notebook, queries: Sequence[str]) -> tuple[Timings, list[int]]:
    """Each query timed once after a warm-up pass (the first read of each page comes from
    disk), and how many people each found."""
    for query in queries:
        search(notebook, query)
    wall, cpu, found = [], [], []
    for query in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        results = search(notebook, query)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        found.append(len(results))
    return Timings(wall, cpu), found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_notebook_arguments(parser, SMALL_PEOPLE)
    parser.add_argument("--slowest", type=int, default=5, help="list the N slowest queries")
    args = parser.parse_args(argv)
    queries = as_typed(random.Random(args.seed), QUERIES)
    with benchmark_notebook(parser, args, SMALL_PEOPLE) as (notebook, _built):
        print(f"File size: {notebook.path.stat().st_size / 1e6:.0f} MB")
        times, found = time_queries(notebook, queries)
    print(
        f"{len(queries)} as-you-type queries: median {times.median:.1f} ms, "
        f"p95 {times.p95:.1f} ms, worst {max(times.wall):.1f} ms "
        f"(target: p95 at most 30 ms); {statistics.mean(found):.0f} people found on average"
    )
    print(  # on a busy machine the wall time includes waiting for a core; this does not
        f"  CPU time: median {times.cpu_median:.1f} ms, p95 {times.cpu_p95:.1f} ms"
    )
    slowest = sorted(zip(times.wall, queries, found, strict=True), reverse=True)[: args.slowest]
    for elapsed, query, count in slowest:
        print(f"  {elapsed:6.1f} ms  {query!r} ({count} people)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
