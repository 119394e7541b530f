"""One clock: only relnotebook/clock.py reads the system's date or time of day.

Everything else gets "today" from a `Clock` passed down from the composition root (app.py for
the GUI, the command line's entry point), so a test can set the day and every view, rule and
file name agrees on it. A call such as `date.today()`, `datetime.now()` or Qt's
`QDate.currentDate()` anywhere else fails this test, with where it is.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "relnotebook"
THE_CLOCK = PACKAGE / "clock.py"

READS = {"today", "now", "utcnow", "currentDate", "currentDateTime", "currentTime"}
OWNERS = {"date", "datetime", "QDate", "QDateTime", "QTime"}

# Still being converted by other work of the same change (issue 19): the command line (its
# helper passes the clock down), and the core and store modules that fall back on the system's
# date when no day is given. Each file may keep at most that many reads, no new ones; the
# entries go as those modules take the clock.
NOT_CONVERTED_YET = {
    "cli.py": 6,
    "core/exchange/calendar_export.py": 1,
    "core/exchange/contact_import/apply.py": 1,
    "core/exchange/contact_import/incoming.py": 1,
    "core/models.py": 1,
    "core/privacy/retention.py": 1,
    "core/referrals/newsletter.py": 1,
    "core/referrals/service.py": 1,
    "store/files/backups.py": 4,
    "store/files/locations.py": 1,
    "store/notebook.py": 1,
}


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
        if path == THE_CLOCK or name.startswith("cli/"):  # the command line, being converted
            continue
        reads = clock_reads(path)
        allowed = NOT_CONVERTED_YET.get(name, 0)
        if len(reads) > allowed:
            problems.append(f"relnotebook/{name}: lines {reads} (allowed: {allowed})")
    assert problems == []


def test_the_gui_and_the_composition_root_are_converted():
    gui = [relative(p) for p in module_files() if relative(p).startswith(("gui/", "app.py"))]
    assert gui and not set(gui) & set(NOT_CONVERTED_YET)
    assert all(clock_reads(PACKAGE / name) == [] for name in gui)


def test_the_check_finds_a_read(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\nfrom PySide6.QtCore import QDate\n"
        "a = dt.date.today()\nb = dt.datetime.now(dt.UTC)\nc = QDate.currentDate()\n"
        "d = clock.today()\ne = self._clock.now()\n"
    )
    assert clock_reads(sample) == [3, 4, 5]
    assert len(clock_reads(THE_CLOCK)) == 2  # today() and now(), the one place
