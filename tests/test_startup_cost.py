"""What `relnotebook today` costs before it prints (issue 22): it imports only what it uses and
formats no phone number it does not print."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest

from relnotebook.core.checkins.service import due_checkins, log_contact
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
)


def _due_client(notebook: Notebook, phone: str) -> int:
    person = add_person(
        notebook,
        PersonFields(
            given_name="Pierre", family_name="Gauthier", stage=Stage.CLIENT, phones=(phone,)
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
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    printed, _, modules = done.stdout.rpartition("MODULES ")
    assert "Pierre Gauthier" in printed
    assert sorted(set(json.loads(modules)) & set(NOT_FOR_TODAY)) == []
