"""One "today": `relnotebook/clock.py` reads the system's date, and nothing else in the core or
the command line does. The command line builds one clock in `main` and every command asks it,
so a test (or `--date`) sets the day for all of them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.clock import FixedClock
from relnotebook.store import Notebook

ROOT = Path(__file__).resolve().parents[1] / "relnotebook"
READS_THE_SYSTEM_DATE = re.compile(r"\b(?:date|datetime)\.(?:today|now|utcnow)\(")


def test_only_the_clock_reads_the_system_date() -> None:
    found = [
        f"{path.relative_to(ROOT.parent)}:{number}: {line.strip()}"
        for folder in ("core", "cli")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if READS_THE_SYSTEM_DATE.search(line)
    ]
    assert found == []
    assert READS_THE_SYSTEM_DATE.search((ROOT / "clock.py").read_text(encoding="utf-8"))


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
