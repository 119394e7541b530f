"""One clock: only relnotebook/clock.py reads the system's date or time of day.

Everything else gets "today" from a `Clock` passed down from the composition root (app.py for
the GUI, the command line's entry point), so a test can set the day and every view, rule and
file name agrees on it. A call such as `date.today()`, `datetime.now()` or Qt's
`QDate.currentDate()` anywhere else fails this test, with where it is.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.clock import FixedClock
from relnotebook.store import Notebook

PACKAGE = Path(__file__).resolve().parent.parent / "relnotebook"
THE_CLOCK = PACKAGE / "clock.py"

READS = {"today", "now", "utcnow", "currentDate", "currentDateTime", "currentTime"}
OWNERS = {"date", "datetime", "QDate", "QDateTime", "QTime"}


def owner_name(node: ast.expr) -> str:
    """ "date" for `dt.date`, `datetime.date` or `date`; "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def clock_reads(path: Path) -> list[int]:
    """The lines of `path` that read the system's date or time."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in READS
        and owner_name(node.func.value) in OWNERS
    ]


def module_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_only_the_clock_reads_the_system_date():
    problems = []
    for path in module_files():
        name = relative(path)
        if path == THE_CLOCK:
            continue
        if reads := clock_reads(path):
            problems.append(f"relnotebook/{name}: lines {reads}")
    assert problems == []


def test_the_check_finds_a_read(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\nfrom PySide6.QtCore import QDate\n"
        "a = dt.date.today()\nb = dt.datetime.now(dt.UTC)\nc = QDate.currentDate()\n"
        "d = clock.today()\ne = self._clock.now()\n"
    )
    assert clock_reads(sample) == [3, 4, 5]
    assert len(clock_reads(THE_CLOCK)) == 4  # today(), now(), utc_now(), stamp_now(): only here


@pytest.mark.parametrize(
    ("command", "key"), [("today", "date"), ("referrals", "today"), ("retention", "date")]
)
def test_without_date_the_commands_ask_the_clock(
    notebook: Notebook, capsys: pytest.CaptureFixture[str], command: str, key: str
) -> None:
    day = dt.date(2031, 5, 6)
    argv = [command, "--json", "--notebook", notebook.location]
    assert cli.main(argv, clock=FixedClock(day)) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)[key] == day.isoformat()
