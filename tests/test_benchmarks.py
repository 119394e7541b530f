"""The benchmarks still run, at a small size: a smoke test, never a timing assertion.

Figures depend on the machine and on what else it is doing, so nothing here looks at a time; only
that the generator makes the notebook it promises, the same one for the same seed, and that the
app benchmark finishes and prints every figure with its target.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # run once in CI (not again on PostgreSQL)

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"

# The table's lines (each ends with a verdict against a goal; the generator's "—" when reused
# or below 50,000 people).
FIGURES = (
    "Launch to data painted, app / bare window with a table",
    "Today page shown (compute + model + paint)",
    "People list shown",
    "Person page opened (200 notes)",
    "Search, results painted, per keystroke (debounce excluded)",
    "Import 500 vCards into the notebook, duplicates matched",
    "Peak memory after a scripted session",
    '`relnotebook today` / `python -c "import sqlalchemy"`',
    "Generator, 300 people",
)


def run(script: str, *arguments: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def digest(path: Path) -> str:
    """The generated content (not the timestamps of when it was written)."""
    queries = (
        "SELECT id, given_name, family_name, organisation, stage FROM person ORDER BY id",
        "SELECT person_id, date, text, event_id FROM note ORDER BY id",
        "SELECT person_id, kind, text, mentioned_on FROM personal_detail ORDER BY id",
        'SELECT person_id, "on", channel, outcome FROM contact ORDER BY id',
        "SELECT partner_id, referred_id, kind, outcome FROM referral ORDER BY id",
    )
    hashed = hashlib.sha256()
    with closing(sqlite3.connect(path)) as connection:
        for query in queries:
            for row in connection.execute(query):
                hashed.update(repr(row).encode())
    return hashed.hexdigest()


def test_the_generator_makes_the_same_small_notebook_for_the_same_seed(tmp_path):
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    printed = run("notebook_generator.py", str(first), "--small")
    run("notebook_generator.py", str(second), "--small")
    busiest = int(re.search(r"Person (\d+) has 200 notes", printed)[1])
    with closing(sqlite3.connect(first)) as connection:

        def count(table: str) -> int:
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

        assert count("person") == 300
        assert count("note") == 3000
        assert count("contact") == 1500
        assert count("referral") == 60
        assert count("search_index") > count("note")  # the app's triggers filled the index
        notes_of = "SELECT count(*) FROM note WHERE person_id = ?"
        assert connection.execute(notes_of, (busiest,)).fetchone()[0] == 200
    assert digest(first) == digest(second)


def test_the_app_benchmark_prints_every_figure():
    printed = run("app_benchmark.py", "--small", "--runs", "1")
    lines = printed.splitlines()
    for label in FIGURES:
        found = [line for line in lines if line.startswith(f"| {label} |")]
        assert found, f"no line for {label!r} in:\n{printed}"
        assert re.search(r"\| (ok|MISSED|—) \|$", found[0]), found[0]


def test_the_mail_log_benchmark_prints_its_figures():
    printed = run("mail_log_benchmark.py", "--small")
    assert "first run: 10,000 messages read" in printed
    assert "second run (nothing new): 0 messages read" in printed
