"""The drafts side file: private, replaced in one step, gone when nothing is left."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from relnotebook.store.files.drafts import (
    Draft,
    drafts_path,
    drop_drafts,
    read_drafts,
    write_drafts,
)


def test_drafts_live_beside_the_notebook(tmp_path: Path) -> None:
    assert drafts_path(tmp_path / "notebook.sqlite") == tmp_path / "notebook.sqlite.drafts.json"


def test_round_trip_keeps_text_exactly(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    drafts = [
        Draft(17, "note", ("Voyage à vélo — Croatie 🚲\nsecond line",)),
        Draft(3, "detail", ("Hockey with his son", "mid-December")),
    ]
    write_drafts(notebook, drafts)
    assert read_drafts(notebook) == drafts


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_side_file_is_readable_by_the_owner_only(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_drafts(notebook, [Draft(1, "note", ("private",))])
    assert drafts_path(notebook).stat().st_mode & 0o777 == 0o600


def test_blank_drafts_are_not_kept_and_nothing_left_removes_the_file(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_drafts(notebook, [Draft(1, "note", ("typed",)), Draft(2, "note", ("  \n",))])
    assert read_drafts(notebook) == [Draft(1, "note", ("typed",))]
    write_drafts(notebook, [Draft(1, "note", ("",))])
    assert not drafts_path(notebook).exists()
    write_drafts(notebook, [])  # nothing to remove: no error
    assert read_drafts(notebook) == []


def test_a_failed_write_leaves_the_previous_drafts(tmp_path: Path, monkeypatch) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_drafts(notebook, [Draft(1, "note", ("first",))])

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        write_drafts(notebook, [Draft(1, "note", ("first and more",))])
    assert read_drafts(notebook) == [Draft(1, "note", ("first",))]
    assert [p.name for p in tmp_path.iterdir()] == ["notebook.sqlite.drafts.json"]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        json.dumps({"format": 1, "drafts": "oops"}),
        "",  # an empty file
    ],
)
def test_an_unreadable_side_file_means_no_drafts(tmp_path: Path, content: str) -> None:
    notebook = tmp_path / "notebook.sqlite"
    drafts_path(notebook).write_text(content)
    assert read_drafts(notebook) == []


def test_malformed_entries_are_skipped_and_good_ones_kept(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    entries = [
        {"person_id": 5, "field": "note", "texts": ["kept"]},
        {"person_id": "5", "field": "note", "texts": ["id is text"]},
        {"person_id": True, "field": "note", "texts": ["id is a bool"]},
        {"person_id": -1, "field": "note", "texts": ["bad id"]},
        {"person_id": 6, "field": 3, "texts": ["bad field"]},
        {"person_id": 7, "field": "note", "texts": [1, 2]},
        "not an object",
    ]
    drafts_path(notebook).write_text(json.dumps({"format": 1, "drafts": entries}))
    assert read_drafts(notebook) == [Draft(5, "note", ("kept",))]


def test_erased_people_lose_their_drafts_and_an_unreadable_file_goes(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_drafts(notebook, [Draft(3, "note", ("about 3",)), Draft(4, "detail", ("about 4",))])
    assert drop_drafts(notebook, [3, 99]) == 1
    assert read_drafts(notebook) == [Draft(4, "detail", ("about 4",))]
    assert drop_drafts(notebook, [99]) == 0
    drafts_path(notebook).write_text('{"drafts": [{"person_id": 3, "texts": ["half', "utf-8")
    assert drop_drafts(notebook, [3]) == 0  # the app cannot read it: it may hold them
    assert not drafts_path(notebook).exists()
    assert drop_drafts(notebook, [3]) == 0  # no file: nothing to do
