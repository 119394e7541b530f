"""Risky places: cloud-sync folders are recognised, and a notebook moves out of one intact."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.files.drafts import Draft, drafts_path, read_drafts, write_drafts
from relnotebook.store.files.locations import cloud_sync_folder, move_notebook
from tests.conftest import TODAY


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/Users/marie/Dropbox/Clients/notebook.sqlite", "Dropbox"),
        (r"C:\Users\marie\Dropbox (Personal)\notebook.sqlite", "Dropbox"),
        ("/Users/marie/Library/CloudStorage/Dropbox-Tremblay/notebook.sqlite", "Dropbox"),
        ("/HOME/MARIE/DROPBOX/NOTEBOOK.SQLITE", "Dropbox"),
        (r"C:\Users\marie\OneDrive\Documents\notebook.sqlite", "OneDrive"),
        (r"C:\Users\marie\OneDrive - Tremblay Conseil\notebook.sqlite", "OneDrive"),
        ("/Users/marie/Library/CloudStorage/OneDrive-Personal/notebook.sqlite", "OneDrive"),
        (
            "/Users/marie/Library/Mobile Documents/com~apple~CloudDocs/notebook.sqlite",
            "iCloud Drive",
        ),
        ("/Users/marie/library/mobile documents/notebook.sqlite", "iCloud Drive"),
        (r"C:\Users\marie\iCloudDrive\notebook.sqlite", "iCloud Drive"),
        ("/home/marie/Google Drive/notebook.sqlite", "Google Drive"),
        (r"C:\Users\marie\GoogleDrive\notebook.sqlite", "Google Drive"),
        (r"G:\My Drive\Clients\notebook.sqlite", "Google Drive"),
        (
            "/Users/marie/Library/CloudStorage/GoogleDrive-marie@example.com/notebook.sqlite",
            "Google Drive",
        ),
        ("/home/marie/pCloud Drive/notebook.sqlite", "pCloud"),
        ("/home/marie/Nextcloud/notebook.sqlite", "Nextcloud"),
        ("/Users/marie/Box/notebook.sqlite", "Box"),
        (r"C:\Users\marie\Box Sync\notebook.sqlite", "Box"),
    ],
)
def test_sync_folders_are_recognised(path: str, service: str) -> None:
    assert cloud_sync_folder(path) == service


@pytest.mark.parametrize(
    "path",
    [
        "/home/marie/.local/share/relnotebook/notebook.sqlite",
        r"C:\Users\marie\AppData\Local\relnotebook\relnotebook\notebook.sqlite",
        "/home/marie/Documents/dropbox.sqlite",  # the file's own name says nothing
        "/home/marie/Documents/not-my-dropbox-stuff/notebook.sqlite",
        "/home/marie/projects/box/notebook.sqlite",  # a "box" folder, not Box's own
        "notebook.sqlite",
    ],
)
def test_ordinary_folders_are_not_flagged(path: str) -> None:
    assert cloud_sync_folder(path) is None


def test_a_path_object_works_too(tmp_path: Path) -> None:
    assert cloud_sync_folder(tmp_path / "Dropbox" / "notebook.sqlite") == "Dropbox"
    assert cloud_sync_folder(tmp_path / "notebook.sqlite") is None


def _synced_notebook(tmp_path: Path) -> Path:
    path = tmp_path / "Dropbox" / "notebook.sqlite"
    notebook = Notebook.open(path)
    person_id = add_person(notebook, PersonFields(given_name="Marie", family_name="Tremblay"))
    add_note(notebook, person_id, text="Voyage à vélo en Croatie", date=TODAY)
    notebook.close()
    return path


def test_moving_copies_everything_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = _synced_notebook(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    write_drafts(path, [Draft(1, "note", ("À moitié tapé",))])
    safe = tmp_path / "Local"
    safe.mkdir()

    moved = move_notebook(path, safe, now=dt.datetime(2026, 11, 23, 9, 30))

    assert moved.path == safe / "notebook.sqlite"
    assert moved.old_copy == tmp_path / "Dropbox" / "notebook.moved-away-20261123-093000.sqlite"
    assert not path.exists()
    assert hashlib.sha256(moved.old_copy.read_bytes()).hexdigest() == before
    assert moved.path.stat().st_mode & 0o777 == 0o600
    notebook = Notebook.open(moved.path)
    try:
        assert [person.name for person in list_people(notebook)] == ["Marie Tremblay"]
    finally:
        notebook.close()
    assert read_drafts(moved.path) == [Draft(1, "note", ("À moitié tapé",))]
    assert not drafts_path(path).exists()


def test_moving_onto_an_existing_file_changes_nothing(tmp_path: Path) -> None:
    path = _synced_notebook(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    safe = tmp_path / "Local"
    safe.mkdir()
    (safe / "notebook.sqlite").write_text("someone else's file")

    with pytest.raises(ValidationError, match="already exists"):
        move_notebook(path, safe)

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert (safe / "notebook.sqlite").read_text() == "someone else's file"


def test_moving_into_the_same_folder_is_refused(tmp_path: Path) -> None:
    path = _synced_notebook(tmp_path)
    with pytest.raises(ValidationError, match="already in that folder"):
        move_notebook(path, path.parent)
    assert path.exists()
