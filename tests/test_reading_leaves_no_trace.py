"""Commands that only read leave a closed notebook exactly as it was: the same bytes, the same
modification time, and no `-wal` or `-shm` beside it (a read-only connection creates them and
cannot remove them again; one left by `sudo relnotebook …` belongs to root)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.helpers.notebooks import digest, fill, neighbours

pytestmark = pytest.mark.sqlite_only

READING_COMMANDS = [
    ("check",),
    ("today", "--date", "2026-11-23"),
    ("today", "--json"),
    ("ics", "--out", "{out}/agenda.ics"),
    ("referrals", "--json"),
    ("newsletter", "--out", "{out}/newsletter.csv"),
    ("export", "--format", "csv", "--out", "{out}/people.csv"),
    ("export", "--format", "json", "--out", "{out}/notebook.json"),
    ("dossier", "1", "--out", "{out}"),
    ("retention", "--years", "1"),
    ("search", "Robert"),
    ("search", "Robert", "--json"),
    ("backups",),
    ("backup", "--out", "{out}"),
    ("import", "--dry-run", "{out}/cards.vcf"),
    ("copy", "--from", "{notebook}", "--to", "{out}/copy.sqlite"),
]


@pytest.fixture
def closed_notebook(tmp_path: Path) -> Path:
    path = tmp_path / "notebooks" / "notebook.sqlite"
    notebook = Notebook.open(path)
    add_person(notebook, PersonFields(given_name="Robert", family_name="Gagnon"))
    fill(notebook, people=3)
    notebook.close()
    return path


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: "-".join(c[:3]))
def test_a_reading_command_leaves_a_closed_notebook_as_it_was(
    closed_notebook: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "cards.vcf").write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Byron\r\nEND:VCARD\r\n")
    assert neighbours(closed_notebook) == set()
    # An hour ago: a modification now could otherwise go unseen at the file system's precision.
    hour_ago = (dt.datetime.now() - dt.timedelta(hours=1)).timestamp()
    os.utime(closed_notebook, (hour_ago, hour_ago))
    before = (digest(closed_notebook), closed_notebook.stat().st_mtime_ns)
    arguments = [part.format(out=out, notebook=closed_notebook) for part in command]
    assert cli.main(["--notebook", str(closed_notebook), *arguments]) == 0
    assert neighbours(closed_notebook) == set()
    assert (digest(closed_notebook), closed_notebook.stat().st_mtime_ns) == before
