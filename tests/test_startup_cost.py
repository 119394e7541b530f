"""What `relnotebook today` costs before it prints (issue 22): it imports only what it uses,
formats no phone number it does not print, and asks the holidays package once per install and
year (its answers are kept in the user's cache folder)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest

from relnotebook.core.checkins import closed_days, holiday_cache
from relnotebook.core.checkins.closed_days import BusinessCalendar
from relnotebook.core.checkins.due import due_checkins
from relnotebook.core.checkins.service import log_contact
from relnotebook.core.models import Initiator, Stage
from relnotebook.core.people import phones
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import ON_SERVER, TODAY
from tests.helpers.empty import new_notebook

ROOT = Path(__file__).resolve().parent.parent

# Used by other commands or by the window, never by `today` as text.
NOT_FOR_TODAY = (
    "PySide6",
    "alembic",
    "jinja2",
    "vobject",
    "icalendar",
    "caldav",
    "imap_tools",
    "keyring",
    "phonenumbers",  # `today --json` shows the numbers; the text does not
    "psycopg",
    "psycopg2",
    "holidays",  # its answers kept from the first run
)
LABOUR_DAY = dt.date(2026, 9, 7)


def _due_client(notebook: Notebook, phone: str) -> int:
    person = add_person(
        notebook,
        PersonFields(
            given_name="Pierre",
            family_name="Gauthier",
            stage=Stage.CLIENT,
            phones=(phone,) if phone else (),
        ),
    )
    log_contact(notebook, person, on=TODAY - dt.timedelta(days=200), initiated_by=Initiator.ME)
    return person


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(phonenumbers, name)

    def counted(*args: object) -> object:
        calls.append(name)
        return real(*args)

    monkeypatch.setattr(phonenumbers, name, counted)
    return calls


def test_a_due_check_in_reads_its_number_only_when_shown(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _due_client(notebook, "418 555 0100 poste 218")
    phones.shown_phone.cache_clear()
    parsed = _counting(monkeypatch, "parse")
    [due] = due_checkins(notebook, TODAY)
    assert due.person_id == person
    assert parsed == []  # `relnotebook today` prints thousands of these, and no number
    assert due.phone == "(418) 555-0100 ext. 218"
    assert parsed == ["parse"]


def test_a_number_shown_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    phones.shown_phone.cache_clear()
    regions = _counting(monkeypatch, "region_code_for_number")
    assert phones.shown_phone("+14185550100", "CA") == "(418) 555-0100"
    assert phones.shown_phone("+14185550100", "CA") == "(418) 555-0100"
    assert phones.shown_phone("+33142685300", "CA") == "+33 1 42 68 53 00"
    assert regions == ["region_code_for_number"] * 2  # once a number, not twice and again
    assert phones.shown_phone("555-CALL-NOW", "CA") == "555-CALL-NOW"  # kept as typed


def _run(script: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the user's folders: the test's own
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(ON_SERVER, reason="runs the command on a notebook file")
def test_relnotebook_today_imports_only_what_it_uses(notebook_path: Path) -> None:
    notebook = new_notebook(notebook_path)
    try:
        _due_client(notebook, "+14185550100")
    finally:
        notebook.close()
    script = (
        "import json, sys; from relnotebook.cli import main; "
        f"code = main(['today', '--notebook', {str(notebook_path)!r}, '--date', "
        f"{TODAY.isoformat()!r}]); "
        "print('MODULES', json.dumps(sorted({m.split('.')[0] for m in sys.modules}))); "
        "sys.exit(code)"
    )
    _run(script)  # the first run after an install asks the holidays package
    printed, _, modules = _run(script).rpartition("MODULES ")
    assert "Pierre Gauthier" in printed
    assert sorted(set(json.loads(modules)) & set(NOT_FOR_TODAY)) == []


# Today's first paint needs none of these: the write services' phone numbers and message
# templates, the vCard and calendar parsers load with the views and commands that use them.
NOT_FOR_THE_FIRST_PAINT = ("jinja2", "vobject", "icalendar", "caldav", "imap_tools", "phonenumbers")
FIRST_PAINT = """
import json, sys
from PySide6.QtWidgets import QApplication
import relnotebook.app as app_module
from relnotebook.cli import main

seen = []
paint_now = app_module.paint_now

def watched(window):
    paint_now(window)
    if window.is_open and not seen:  # the frame is painted first, then Today with the notebook
        filled = not window.today.is_stale and window.today.model.rowCount() > 0
        seen.append([filled, sorted({m.split(".")[0] for m in sys.modules})])

def event_loop(_app):
    for window in QApplication.topLevelWidgets():
        window.close()
    return 0

app_module.paint_now = watched
QApplication.exec = event_loop
code = main(["--notebook", sys.argv[1]])
print("PAINTED", json.dumps(seen[0]))
sys.exit(code)
"""


@pytest.mark.skipif(ON_SERVER, reason="starts the app on a notebook file")
def test_the_first_paint_imports_no_write_service(notebook_path: Path) -> None:
    """The window's editor (gui/undo.py) is built before Today is painted: it imports the
    core's write services only when a change is made."""
    notebook = new_notebook(notebook_path)
    try:
        _due_client(notebook, "")  # a call due, no number to show
        add_person(notebook, PersonFields(given_name="Anne", phones=("+14185550100",)))
    finally:
        notebook.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(notebook_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    filled, modules = json.loads(done.stdout.rpartition("PAINTED ")[2])
    assert filled
    assert sorted(set(modules) & set(NOT_FOR_THE_FIRST_PAINT)) == []


def test_the_holidays_are_asked_once_and_kept_for_the_next_runs() -> None:
    script = (
        "import datetime as dt, sys; "
        "from relnotebook.core.checkins.closed_days import BusinessCalendar; "
        "closed = BusinessCalendar('CA', 'QC').closed(dt.date(2026, 9, 7)); "
        "print(closed.holiday.en, '|', closed.holiday.fr, '|', closed.open_before, '|', "
        "'holidays' in sys.modules)"
    )
    first = _run(script).split(" | ")
    assert first == ["Labour Day", "Fête du Travail", "2026-09-04", "True\n"]
    assert _run(script).split(" | ") == [*first[:3], "False\n"]  # read from the kept answers


@pytest.fixture
def fresh_holidays() -> None:
    """This process's holidays read anew: from the cache file, or from the package."""
    holiday_cache.forget()
    closed_days._supported.cache_clear()
    closed_days._holidays.cache_clear()


@pytest.mark.usefixtures("fresh_holidays")
def test_kept_holidays_are_read_only_for_the_package_that_gave_them() -> None:
    file = holiday_cache.cache_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    made_up = {"CA/QC/2026": {"2026-09-08": ["Made-up Day", "Jour inventé"]}}
    file.write_text(json.dumps({"stamp": "another install", "years": made_up}))
    calendar = BusinessCalendar("CA", "QC")
    assert calendar.holiday(dt.date(2026, 9, 8)) is None
    assert calendar.holiday(LABOUR_DAY).en == "Labour Day"  # type: ignore[union-attr]
    # Kept anew for this install; what it keeps is what this process reads next time.
    assert json.loads(file.read_text())["stamp"] == holiday_cache.package_stamp()
    kept = json.loads(file.read_text())
    kept["years"] = made_up
    file.write_text(json.dumps(kept))
    holiday_cache.forget()
    closed_days._holidays.cache_clear()
    assert BusinessCalendar("CA", "QC").holiday(dt.date(2026, 9, 8)).fr == "Jour inventé"  # type: ignore[union-attr]


@pytest.mark.usefixtures("fresh_holidays")
def test_a_damaged_holiday_file_is_asked_again() -> None:
    file = holiday_cache.cache_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    for damaged in ("{not json", '{"stamp": "x"', "[]"):
        file.write_text(damaged)
        holiday_cache.forget()
        closed_days._holidays.cache_clear()
        assert BusinessCalendar("CA", "QC").holiday(LABOUR_DAY).fr == "Fête du Travail"  # type: ignore[union-attr]
    kept = json.loads(file.read_text())
    kept["years"]["CA/QC/2026"] = {"2026-09-07": "not two names"}
    file.write_text(json.dumps(kept))
    holiday_cache.forget()
    closed_days._holidays.cache_clear()
    assert BusinessCalendar("CA", "QC").holiday(LABOUR_DAY).en == "Labour Day"  # type: ignore[union-attr]
