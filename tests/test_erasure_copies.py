"""Erasure reaches the app's own copies of a notebook: every backup in its `backups/` folder, the
copies set aside beside it (before an upgrade, before a restore) and the drafts side file. A copy
it cannot rewrite is named, never skipped, never half-written."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from relnotebook import cli
from relnotebook.core.demo.writer import write_demo
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.privacy.erasure import erase_person, erasure_preview
from relnotebook.store import Notebook, schema
from relnotebook.store.backup import counts
from relnotebook.store.files.backups import back_up, back_up_server, backup_folder, check_backup
from relnotebook.store.files.drafts import Draft, drafts_path, read_drafts, write_drafts
from tests.conftest import TODAY
from tests.test_privacy import NAME, SECRETS, add_zygmunt

DAYS = [dt.datetime(2026, 11, day, 8, 30) for day in (19, 20, 21, 22)]
DRAFT = "Zygmunt snorkelwhale, still typing"
OLD_REVISION = "0006"


def hits(folder: Path) -> dict[str, list[bytes]]:
    """The erased person's words found in any file under `folder`, read as raw bytes."""
    found: dict[str, list[bytes]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes().lower()
            words = [secret for secret in (*SECRETS, NAME.lower().encode()) if secret in data]
            if words:
                found[str(path.relative_to(folder))] = words
    return found


def revision_of(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as c:
        return c.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def downgrade(path: Path, revision: str) -> None:
    """The file as an earlier version of the app left it (its backups are taken before an
    upgrade, so a notebook's folder holds copies of earlier versions)."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), revision)
        with engine.begin() as connection:
            connection.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "advisor"


@pytest.fixture
def with_copies(folder: Path) -> tuple[Path, dict[str, int], list[Path]]:
    """A notebook with Zygmunt, four automatic backups, one of them from an earlier version, a
    manual backup in the same folder, a copy set aside before an upgrade, one kept before a
    restore (with its -wal), and a drafts file with what was being typed about him."""
    path = folder / "clients.sqlite"
    notebook = Notebook.open(path)
    write_demo(notebook, today=TODAY)
    ids = add_zygmunt(notebook)
    copies = [back_up(path, now=day) for day in DAYS]
    downgrade(copies[0], OLD_REVISION)
    copies.append(back_up(path, folder=backup_folder(path), now=DAYS[-1] + dt.timedelta(days=1)))
    upgrade = path.with_name(f"{path.name}.before-upgrade-{OLD_REVISION}-20261101-080000")
    shutil.copyfile(copies[0], upgrade)
    copies.append(upgrade)
    aside = path.with_name(f"{path.stem}.before-restore-20261120-100000.sqlite")
    shutil.copyfile(path, aside)
    shutil.copyfile(Path(f"{path}-wal"), Path(f"{aside}-wal"))  # as a restore copies it aside
    copies.append(aside)
    write_drafts(
        path,
        [
            Draft(ids["zygmunt"], "note", (DRAFT,)),
            Draft(ids["ottilie"], "detail", ("Ottilie rides to Gaspé",)),
        ],
    )
    notebook.close()
    return path, ids, copies


@pytest.mark.sqlite_only
def test_erase_leaves_nothing_in_any_file_the_app_keeps(with_copies, folder: Path) -> None:
    path, ids, copies = with_copies
    before = {copy: counts(copy)[0] for copy in copies}
    found = hits(folder)
    held = {name.removesuffix("-wal") for name in found}
    assert all(str(copy.relative_to(folder)) in held for copy in copies)
    assert drafts_path(path).name in found

    notebook = Notebook.open(path)
    preview = erasure_preview(notebook, ids["zygmunt"])
    assert sorted(preview.copies) == sorted(copies)
    report = erase_person(notebook, ids["zygmunt"])
    notebook.close()

    assert hits(folder) == {}
    assert sorted(report.copies_rewritten) == sorted(copies)
    assert report.copies_not_rewritten == ()
    assert report.drafts_dropped == 1
    for copy in copies:
        assert counts(copy)[0] == before[copy] - 1, copy  # everyone else is still there
        assert check_backup(copy).ok, check_backup(copy).problem
        assert not Path(f"{copy}-wal").exists()
    # Each copy keeps the version it was written by: that version can still open it.
    assert revision_of(copies[0]) == revision_of(copies[-2]) == OLD_REVISION
    assert revision_of(copies[1]) == schema.head()
    assert [(d.person_id, d.texts) for d in read_drafts(path)] == [
        (ids["ottilie"], ("Ottilie rides to Gaspé",))
    ]
    leftovers = [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.sqlite_only
def test_a_copy_without_them_is_left_exactly_as_it_was(folder: Path) -> None:
    path = folder / "clients.sqlite"
    notebook = Notebook.open(path)
    add_person(notebook, PersonFields(given_name="Ann"))
    older = back_up(path, now=DAYS[0])
    ids = add_zygmunt(notebook)
    newer = back_up(path, now=DAYS[1])
    older_bytes = older.read_bytes()
    report = erase_person(notebook, ids["zygmunt"])
    notebook.close()
    assert report.copies_rewritten == (newer,)
    assert older.read_bytes() == older_bytes


def _damaged(copy: Path) -> None:
    with copy.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 4000)


def _newer(copy: Path) -> None:
    with contextlib.closing(sqlite3.connect(copy)) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
        c.commit()


def _read_only(copy: Path) -> None:
    copy.chmod(0o400)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (_damaged, "damaged"),
        (_newer, "newer version"),
        pytest.param(
            _read_only,
            "read-only",
            marks=pytest.mark.skipif(
                os.name != "posix" or os.geteuid() == 0, reason="root may write any file"
            ),
        ),
    ],
)
def test_a_copy_that_cannot_be_rewritten_is_named_and_left_whole(
    with_copies, spoil, reason: str
) -> None:
    path, ids, copies = with_copies
    spoilt = copies[2]
    spoil(spoilt)
    spoilt_bytes = spoilt.read_bytes()
    notebook = Notebook.open(path)
    report = erase_person(notebook, ids["zygmunt"])
    notebook.close()
    assert [problem.path for problem in report.copies_not_rewritten] == [spoilt]
    assert reason in report.copies_not_rewritten[0].reason.english
    assert str(spoilt) in report.copies_not_rewritten[0].reason.english
    assert spoilt.read_bytes() == spoilt_bytes
    assert sorted(report.copies_rewritten) == sorted(set(copies) - {spoilt})


@pytest.mark.sqlite_only
def test_a_copy_whose_rename_fails_keeps_its_old_content(
    with_copies, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk or a folder gone read-only at the last step: the old copy stays whole and is
    named, and no temporary file is left beside it."""
    path, ids, copies = with_copies
    target = copies[1]
    target_bytes = target.read_bytes()
    real_replace = os.replace

    def replace(source, destination):  # noqa: ANN001, ANN202
        if Path(destination) == target:
            raise OSError(28, "No space left on device")
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    notebook = Notebook.open(path)
    report = erase_person(notebook, ids["zygmunt"])
    notebook.close()
    assert [problem.path for problem in report.copies_not_rewritten] == [target]
    assert target.read_bytes() == target_bytes
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.sqlite_only
def test_the_command_line_lists_what_it_could_not_reach(with_copies, capsys) -> None:
    path, ids, copies = with_copies
    _damaged(copies[3])
    argv = ["erase", str(ids["zygmunt"]), "--notebook", str(path), "--yes"]
    assert cli.main(argv) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert f"Rewrote {len(copies) - 1} backups and copies of the notebook without them." in out
    assert f"Not rewritten, so it may still hold them: {copies[3]} looks damaged" in out
    assert "Dropped 1 unsaved draft about them." in out
    assert "Copies made elsewhere (Back Up Now to another folder, exports) still hold them" in out


def test_a_server_notebooks_local_backups_and_drafts_lose_them_too(server_notebook) -> None:
    from relnotebook.paths import data_dir

    ids = add_zygmunt(server_notebook)
    made = [back_up_server(server_notebook, now=day) for day in DAYS[:3]]
    write_drafts(server_notebook.path, [Draft(ids["zygmunt"], "note", (DRAFT,))])
    local = data_dir() / "servers"
    assert len(hits(local)) == len(made) + 1
    report = erase_person(server_notebook, ids["zygmunt"])
    assert hits(local) == {}
    assert sorted(report.copies_rewritten) == sorted(made)
    assert report.drafts_dropped == 1
    for copy in made:
        assert counts(copy)[0] == 3 and check_backup(copy).ok
