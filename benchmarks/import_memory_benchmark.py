"""How much memory importing a 20 MB contacts file takes: peak RSS and Python's traced peak.

A 19.5 MB vCard with one NOTE once took 2.9 GB and 26 s in `import --dry-run`; the goal is a
small multiple of the file (under 300 MB for 20 MB). This script writes three files of about
20 MB (just under the 20 MiB the import accepts): one vCard whose note is the whole file (folded
at 75 characters, French text with accents and typographic apostrophes, so Python keeps it two
bytes a character), one Google-style CSV whose note cell (before the email, as Google puts it)
is the whole file, and many small vCards (the import benchmark's cards, about 57,000). With
`--astral`, the notes hold one emoji, the worst case: Python then keeps the whole text at four
bytes a character (the csv module's cell buffer always does). Each is imported through the
command line in a fresh process, `--dry-run` and then for real, into a new notebook; the
process reports its peak RSS (beside the RSS it had before reading: interpreter and libraries),
the wall clock, and in a second run under tracemalloc the peak of Python's own allocations.
It prints figures only, never fails on them. From the repository root:

    python benchmarks/import_memory_benchmark.py            # about 20 MB files
    python benchmarks/import_memory_benchmark.py --small    # 2 MB files, a smoke run
    python benchmarks/import_memory_benchmark.py --astral   # one emoji in each big note
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the import benchmark beside, the app in the checkout

from import_benchmark import vcards  # noqa: E402
from notebook_generator import SEED  # noqa: E402

MB = 1_000_000
FULL_BYTES = 20 * MB
SMALL_BYTES = 2 * MB
WORDS = "Rencontré au cocktail de la Chambre; l’associé préfère qu’on l’appelle après 16 h, merci. "


def _sized(make: Callable[[int], bytes], size: int) -> bytes:
    """`make(characters)` for the note length that gives a file of about `size` bytes."""
    trial = make(size // 4)
    data = make(int(size // 4 * size / len(trial)) - 1_000)
    assert len(data) <= 20 * 1024 * 1024, len(data)  # the import's limit
    return data


ASTRAL = False  # --astral: one character outside the Basic Multilingual Plane in each note


def _note(characters: int) -> str:
    note = (WORDS * (characters // len(WORDS) + 1))[:characters]
    return note.replace("merci", "merci \U0001f600", 1) if ASTRAL else note


def _one_note_vcard(characters: int) -> bytes:
    head = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Note;Grosse;;;\r\nFN:Grosse Note\r\n"
    body = "NOTE:" + _note(characters).replace(",", "\\,").replace(";", "\\;")
    folded = "\r\n ".join(body[i : i + 74] for i in range(0, len(body), 74))
    return (head + folded + "\r\nEND:VCARD\r\n").encode("utf-8")


def _one_cell_csv(characters: int) -> bytes:
    header = "First Name,Last Name,Notes,E-mail 1 - Value\r\n"
    return f'{header}Grosse,Note,"{_note(characters)}",grosse@example.com\r\n'.encode()


def one_note_vcard(size: int) -> bytes:
    return _sized(_one_note_vcard, size)


def one_cell_csv(size: int) -> bytes:
    return _sized(_one_cell_csv, size)


def many_vcards(size: int) -> bytes:
    per_card = len(vcards(100, SEED)) / 100
    return vcards(int(size / per_card), SEED)


SCENARIOS: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "one-note vCard": ("note.vcf", one_note_vcard),
    "one-cell CSV": ("note.csv", one_cell_csv),
    "many small vCards": ("many.vcf", many_vcards),
}


def _rss_mb(field: str) -> float:
    """VmHWM (the peak) or VmRSS (now) of this process, from /proc on Linux. ru_maxrss is the
    fallback elsewhere; on Linux it would count the parent's RSS too (it survives exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024 / MB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak * (1 if sys.platform == "darwin" else 1024) / MB  # macOS says bytes, others KiB


def child(file: str, notebook: str, dry_run: bool, trace: bool) -> None:
    """In the measured process: one `relnotebook import`, then a JSON line of figures."""
    from relnotebook import cli
    from relnotebook.core.exchange.contact_import import read_file  # noqa: F401 - loaded before measuring
    from relnotebook.store import Notebook  # noqa: F401

    before = _rss_mb("VmRSS")
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    argv = ["import", file, "--notebook", notebook, *(["--dry-run"] if dry_run else [])]
    with contextlib.redirect_stdout(io.StringIO()) as out:
        status = cli.main(argv)
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] if trace else 0
    peak = _rss_mb("VmHWM")
    print(
        json.dumps(
            {
                "status": status,
                "first_line": out.getvalue().splitlines()[0] if out.getvalue() else "",
                "seconds": seconds,
                "rss_before_mb": before,
                "rss_peak_mb": peak,
                "traced_peak_mb": traced / MB,
            }
        )
    )


def measure(file: Path, folder: Path, *, dry_run: bool, trace: bool) -> dict[str, float]:
    from relnotebook.store import Notebook

    notebook = folder / f"nb-{time.monotonic_ns()}.sqlite"
    Notebook.open(notebook).close()
    command = [sys.executable, __file__, "--child", str(file), str(notebook)]
    command += ["--dry-run"] if dry_run else []
    command += ["--trace"] if trace else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="2 MB files, quickly")
    parser.add_argument("--only", choices=sorted(SCENARIOS), help="one scenario")
    parser.add_argument("--astral", action="store_true", help="one emoji in each big note")
    parser.add_argument("--child", nargs=2, metavar=("FILE", "NOTEBOOK"), help=argparse.SUPPRESS)
    parser.add_argument("--dry-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child, dry_run=args.dry_run, trace=args.trace)
        return 0
    global ASTRAL
    ASTRAL = args.astral
    size = SMALL_BYTES if args.small else FULL_BYTES
    with tempfile.TemporaryDirectory(prefix="relnotebook-import-memory-") as name:
        folder = Path(name)
        for scenario, (file_name, make) in SCENARIOS.items():
            if args.only and scenario != args.only:
                continue
            file = folder / file_name
            file.write_bytes(make(size))
            print(f"{scenario}: {file.stat().st_size / MB:.1f} MB")
            for dry_run in (True, False):
                plain = measure(file, folder, dry_run=dry_run, trace=False)
                traced = measure(file, folder, dry_run=dry_run, trace=True)
                print(
                    f"  {'dry run' if dry_run else 'import ':<8} "
                    f"peak RSS {plain['rss_peak_mb']:6.0f} MB "
                    f"(+{plain['rss_peak_mb'] - plain['rss_before_mb']:4.0f} MB over the "
                    f"{plain['rss_before_mb']:.0f} MB before reading)   "
                    f"traced peak {traced['traced_peak_mb']:6.0f} MB   "
                    f"{plain['seconds']:5.1f} s   exit {plain['status']}: "
                    f"{plain['first_line'][:60]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
