"""Erasure names the files the app wrote for the user outside its own folders (Back Up Now to
another folder, exports, the calendar, the sending list, dossiers): it cannot rewrite them, but
it can say where they are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.core.privacy.erasure import erasure_preview
from relnotebook.store import Notebook
from relnotebook.store.files.outside_copies import (
    MAX_COPIES,
    CopyKind,
    copies_path,
    outside_copies,
    record_copy,
)
from tests.test_privacy import NAME, add_zygmunt


def test_recorded_copies_are_listed_newest_first_while_they_exist(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    older, newer, deleted = (tmp_path / name for name in ("old.csv", "new.vcf", "gone.json"))
    for index, path in enumerate((older, newer, deleted)):
        path.write_text("x")
        os.utime(path, (1_800_000_000 + index * 60, 1_800_000_000 + index * 60))
    record_copy(notebook, older, CopyKind.EXPORT)
    record_copy(notebook, newer, CopyKind.BACKUP)
    record_copy(notebook, deleted, CopyKind.EXPORT)
    deleted.unlink()  # gone from a folder that is there: the user deleted it
    unplugged = tmp_path / "usb-key" / "notebook-20261201.sqlite"  # its folder is not there
    record_copy(notebook, unplugged, CopyKind.BACKUP)
    copies = outside_copies(notebook)
    assert [copy.path for copy in copies] == [newer, older, unplugged]
    assert [copy.kind for copy in copies] == [CopyKind.BACKUP, CopyKind.EXPORT, CopyKind.BACKUP]
    assert copies[0].written_at is not None and copies[2].written_at is None
    assert copies_path(notebook).stat().st_mode & 0o777 == 0o600


def test_writing_again_to_a_path_is_one_entry_and_the_list_is_bounded(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    out = tmp_path / "people.csv"
    out.write_text("x")
    for _ in range(3):
        record_copy(notebook, out, CopyKind.EXPORT)
    assert [copy.path for copy in outside_copies(notebook)] == [out]
    for index in range(MAX_COPIES + 5):
        record_copy(notebook, tmp_path / "gone" / f"{index}.csv", CopyKind.EXPORT)
    listed = outside_copies(notebook)
    assert len(listed) == MAX_COPIES
    assert out not in {copy.path for copy in listed}  # the oldest went first


def test_an_unreadable_list_is_started_again(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    copies_path(notebook).write_text("{not json")
    out = tmp_path / "people.csv"
    out.write_text("x")
    record_copy(notebook, out, CopyKind.EXPORT)
    assert [copy.path for copy in outside_copies(notebook)] == [out]


@pytest.mark.sqlite_only
def test_erase_names_every_file_the_app_wrote_outside_its_folders(
    notebook: Notebook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = add_zygmunt(notebook)
    notebook.close()
    path = str(notebook.path)
    usb = tmp_path / "usb"
    usb.mkdir()
    written = {
        "export": usb / "people.csv",
        "json": usb / "notebook.json",
        "calendar": usb / "coming.ics",
        "newsletter": usb / "list.csv",
    }
    commands = [
        ["export", "--format", "csv", "--out", str(written["export"])],
        ["export", "--format", "json", "--out", str(written["json"])],
        ["ics", "--out", str(written["calendar"])],
        ["newsletter", "--out", str(written["newsletter"])],
        ["backup", "--out", str(usb)],
        ["dossier", str(ids["zygmunt"]), "--out", str(usb)],
    ]
    for command in commands:
        assert cli.main([*command, "--notebook", path]) == 0, capsys.readouterr().err
    capsys.readouterr()
    backups = sorted(usb.glob("*.sqlite"))
    assert len(backups) == 1

    reopened = Notebook.open(notebook.path)
    try:
        preview = erasure_preview(reopened, ids["zygmunt"])
    finally:
        reopened.close()
    assert {copy.path for copy in preview.elsewhere} == {*written.values(), backups[0], usb}

    assert cli.main(["erase", str(ids["zygmunt"]), "--notebook", path, "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Erased {NAME}" in out
    assert "may still hold them; the app cannot reach them" in out
    for file in written.values():
        assert f"  - {file} (" in out
    assert f"  - {backups[0]} (backup, written " in out
    assert f"  - {usb} (folder of a dossier, written " in out
    assert NAME not in copies_path(notebook.path).read_text()  # where, never what


@pytest.mark.sqlite_only
def test_the_apps_own_copies_are_not_recorded(notebook: Notebook, tmp_path: Path) -> None:
    add_zygmunt(notebook)
    notebook.close()
    target = tmp_path / "copy.sqlite"
    assert cli.main(["backup", "--notebook", str(notebook.path)]) == 0  # its backups/ folder
    assert cli.main(["copy", "--from", str(notebook.path), "--to", str(target)]) == 0
    assert outside_copies(notebook.path) == ()
