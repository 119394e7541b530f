"""How long importing 5,000 vCards takes: parse, preview and apply, timed into a fresh notebook.

An advisor moving from Google or Outlook brings thousands of contacts at once, and the import
runs behind a progress bar; the goal is under 5 s for 5,000 cards. This script writes such a
file (seeded, so every run gets the same one: vCard 3.0 with notes, birthdays, several emails,
grouped `item1.EMAIL`, and one card in ten in Outlook's 2.1 quoted-printable), then times each
stage over several runs, each into a new empty notebook, and prints the medians, with the CPU
time beside the wall clock (on a busy machine the wall clock also counts other programs). A last
line times importing the same file again with every duplicate merged. It only prints figures and
never fails on a time: machines differ, so a threshold would be noise. From the repository root:

    python benchmarks/import_benchmark.py --small     # 500 cards, a smoke run
    python benchmarks/import_benchmark.py             # 5,000 cards
"""

from __future__ import annotations

import argparse
import quopri
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the generator beside, the app in the checkout

from notebook_generator import FAMILY, GIVEN, SEED, TODAY  # noqa: E402

from relnotebook.core.exchange.contact_import import (  # noqa: E402
    Choice,
    RowStatus,
    apply_import,
    build_preview,
    read_bytes,
)
from relnotebook.store import Notebook  # noqa: E402
from relnotebook.store.notebook import backup_copy  # noqa: E402

DEFAULT_CARDS = 5_000
SMALL_CARDS = 500

COMPANIES = (
    "Desjardins",
    "Banque Nationale",
    "Tremblay Architectes",
    "Cabinet Bédard",
    "Hydro-Québec",
    "Groupe Fortin",
    "Clinique Lavoie",
)
NOTES = (
    "Rencontré au cocktail de la Chambre de commerce; voyage à vélo en Croatie en septembre.",
    "Golf le samedi. Préfère être appelé après 16 h.",
    "Daughter starts university in the fall; busy until mid-December.",
    "",
)


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "=\r\n")


def card(rng: random.Random, number: int) -> str:
    given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{number}"
    company = rng.choice(COMPANIES)
    note = rng.choice(NOTES)
    email = f"{given.lower()}.{family.lower()}@example.com"
    if number % 10 == 0:  # Outlook, vCard 2.1
        lines = [
            "BEGIN:VCARD",
            "VERSION:2.1",
            f"N;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:{_qp(family)};{_qp(given)}",
            f"ORG:{company}",
            f"EMAIL;PREF;INTERNET:{email}",
            f"TEL;WORK;VOICE:(514) 555-{number % 10_000:04d}",
        ]
        if note:
            lines.append(f"NOTE;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:{_qp(note)}")
    else:
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{given} {family}",
            f"ORG:{company};Ventes",
            "TITLE:Conseiller",
            f"EMAIL;TYPE=INTERNET;TYPE=WORK:{email}",
            f"item1.EMAIL;TYPE=INTERNET:{given.lower()}{number}@perso.example",
            "item1.X-ABLabel:Perso",
            f"TEL;TYPE=CELL:+1 438 555 {number % 10_000:04d}",
            f"BDAY:{rng.choice(['--04-15', '1975-09-04', '--1224'])}",
        ]
        if note:
            lines.append(f"NOTE:{note.replace(',', chr(92) + ',').replace(';', chr(92) + ';')}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def vcards(count: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return "".join(card(rng, number) for number in range(count)).encode("utf-8")


class Stopwatch:
    """Wall-clock and CPU seconds per stage: on a busy machine the wall clock also counts the
    time other programs had the processor, the CPU time only ours."""

    def __init__(self) -> None:
        self.times: dict[str, tuple[float, float]] = {}
        self._mark = (time.perf_counter(), time.process_time())

    def lap(self, stage: str, since: tuple[float, float] | None = None) -> None:
        start = since or self._mark
        now = (time.perf_counter(), time.process_time())
        self.times[stage] = (now[0] - start[0], now[1] - start[1])
        self._mark = now

    def now(self) -> tuple[float, float]:
        return (time.perf_counter(), time.process_time())


def run_once(
    data: bytes, folder: Path, run: int, *, again: bool = True, into: Path | None = None
) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds per stage for one import into a new notebook (or a fresh copy of
    the notebook `into`, made before the clock starts), then (unless `again` is false) a
    merging re-import of the same file."""
    path = folder / f"run-{run}.sqlite"
    if into is not None:
        backup_copy(into, path)
    notebook = Notebook.open(path)
    try:
        watch = Stopwatch()
        started = watch.now()
        parsed = read_bytes(data, name="contacts.vcf", today=TODAY)
        watch.lap("parse")
        preview = build_preview(notebook, parsed)
        watch.lap("preview")
        result = apply_import(notebook, preview, progress=lambda done, total: True, today=TODAY)
        watch.lap("apply")
        watch.lap("total", since=started)
        assert into is not None or result.created == len(parsed.contacts), result
        if not again:
            return watch.times
        again_preview = build_preview(notebook, read_bytes(data, name="contacts.vcf", today=TODAY))
        merge = {
            row.index: Choice.MERGE
            for row in again_preview.rows
            if row.status is RowStatus.DUPLICATE
        }
        apply_import(notebook, again_preview, merge, today=TODAY)
        watch.lap("re-import, merging all")
        return watch.times
    finally:
        notebook.close()


def time_imports(
    data: bytes, runs: int, *, again: bool = True, into: Path | None = None
) -> list[dict[str, tuple[float, float]]]:
    """`run_once` `runs` times after a warm-up run (imports, caches), each into a new notebook
    or a fresh copy of `into`."""
    with tempfile.TemporaryDirectory(prefix="relnotebook-import-bench-") as folder:
        run_once(data, Path(folder), 0, again=again, into=into)
        return [
            run_once(data, Path(folder), run, again=again, into=into) for run in range(1, runs + 1)
        ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=DEFAULT_CARDS, help="default: 5,000")
    parser.add_argument("--small", action="store_true", help=f"{SMALL_CARDS} cards, quickly")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (default: 3)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    count = SMALL_CARDS if args.small else args.cards
    data = vcards(count, args.seed)
    print(f"{count:,} vCards, {len(data) / 1024 / 1024:.1f} MB; {args.runs} runs after a warm-up.")
    runs = time_imports(data, args.runs)
    for stage in runs[0]:
        wall = [run[stage][0] for run in runs]
        cpu = [run[stage][1] for run in runs]
        print(
            f"{stage:<24} median {statistics.median(wall):6.2f} s   "
            f"min {min(wall):6.2f} s   max {max(wall):6.2f} s   "
            f"(CPU: median {statistics.median(cpu):5.2f} s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
