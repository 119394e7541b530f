"""Backups: consistent private copies (even of an open notebook), where they go, which are kept,
and restoring one with the current file kept aside."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relnotebook import cli
from relnotebook.core import settings as notebook_settings
from relnotebook.core.models import Person
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person, count_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import DamagedNotebookError, NotANotebookError, ValidationError
from relnotebook.store import Notebook
from relnotebook.store.backup import backup_file, counts, quick_check
from relnotebook.store.files import backups
from relnotebook.store.files.backups import (
    BackupCancelled,
    BackupError,
    back_up,
    back_up_if_due,
    backup_due,
    keep_backups,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from tests.conftest import TODAY
from tests.helpers.notebooks import digest, fill, make_notebook, neighbours, note_texts

MORNING = dt.datetime(2026, 11, 23, 8, 30, 0)


def journal_mode(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as c:
        return c.execute("PRAGMA journal_mode").fetchone()[0]


# --- the copy itself ---------------------------------------------------------------------------


def test_backup_is_a_private_self_contained_copy(tmp_path: Path, notebook_path: Path) -> None:
    make_notebook(notebook_path, people=3, notes_each=2)
    copy = backup_file(notebook_path, tmp_path / "out" / "copy.sqlite")
    assert counts(copy) == (3, 6)
    assert quick_check(copy) == []
    assert journal_mode(copy) == "delete", "a backup needs no -wal beside it"
    assert neighbours(copy) == set()
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert [p.name for p in copy.parent.iterdir()] == ["copy.sqlite"], "no temporary left"


@pytest.mark.sqlite_only
def test_backup_of_an_open_notebook_has_the_committed_rows_only(notebook: Notebook) -> None:
    fill(notebook, people=4)
    assert Path(f"{notebook.path}-wal").stat().st_size > 0, "the rows are still in the WAL"
    # Another connection is in the middle of a write it has not committed.
    other = Notebook.open(notebook.path)
    with pytest.raises(RuntimeError), other.session() as session:
        session.add(Person(given_name="Uncommitted"))
        session.flush()
        copy = notebook.backup_to(notebook.path.parent / "copy.sqlite")
        raise RuntimeError("roll back")
    other.close()
    assert counts(copy) == (4, 4)
    add_person(notebook, PersonFields(given_name="After the copy"))
    assert counts(copy) == (4, 4)
    assert count_people(notebook) == 5


def test_backup_reports_progress_and_cancel_removes_the_partial_copy(
    tmp_path: Path, notebook_path: Path
) -> None:
    make_notebook(notebook_path, people=40, padding=30_000)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    copy = backup_file(notebook_path, tmp_path / "full.sqlite", progress)
    assert len(calls) >= 2, "a multi-page notebook is copied in several steps"
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1] > 0

    folder = tmp_path / "cancelled"
    folder.mkdir()
    (folder / "keep.sqlite").write_bytes(copy.read_bytes())
    before = digest(folder / "keep.sqlite")
    with pytest.raises(BackupCancelled):
        backup_file(notebook_path, folder / "keep.sqlite", lambda done, total: done == 0)
    assert digest(folder / "keep.sqlite") == before, "a cancelled backup replaces nothing"
    assert [p.name for p in folder.iterdir()] == ["keep.sqlite"]


def test_backup_to_a_place_that_cannot_be_written_says_so(
    tmp_path: Path, notebook_path: Path
) -> None:
    make_notebook(notebook_path, people=1)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupError, match="could not be written"):
        backup_file(notebook_path, blocker / "copy.sqlite")


def test_quick_check_leaves_nothing_beside_a_closed_notebook(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=2)
    before = digest(notebook_path)
    assert quick_check(notebook_path) == []
    assert counts(notebook_path) == (2, 2)
    assert neighbours(notebook_path) == set()
    assert digest(notebook_path) == before


# --- where automatic backups go ----------------------------------------------------------------


def test_back_up_names_the_copy_after_the_notebook(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=2)
    path = back_up(notebook_path, now=MORNING)
    assert path == notebook_path.parent / "backups" / "test-notebook-20261123-083000.sqlite"
    [info] = list_backups(notebook_path)
    assert (info.path, info.taken_at, info.people, info.notes, info.ok) == (
        path,
        MORNING,
        2,
        2,
        True,
    )


def test_two_notebooks_in_one_folder_keep_their_backups_apart(tmp_path: Path) -> None:
    work = make_notebook(tmp_path / "work.sqlite", people=1)
    home = make_notebook(tmp_path / "work-home.sqlite", people=2)
    back_up(work, now=MORNING)
    back_up(home, now=MORNING + dt.timedelta(hours=1))
    assert [i.people for i in list_backups(work)] == [1]
    assert [i.people for i in list_backups(home)] == [2]


def test_back_up_elsewhere_is_never_pruned(tmp_path: Path, notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    usb = tmp_path / "usb"
    for day in range(12):
        back_up(notebook_path, folder=usb, now=MORNING + dt.timedelta(days=day))
    assert len(list(usb.iterdir())) == 12
    assert list_backups(notebook_path) == [], "the automatic list is the backups/ folder"


def test_automatic_backups_keep_seven_days_and_four_weeks(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    start = dt.datetime(2026, 9, 1, 9, 0, 0)
    for day in range(40):
        back_up(notebook_path, now=start + dt.timedelta(days=day))
        if day >= 37:
            back_up(notebook_path, now=start + dt.timedelta(days=day, hours=8))
    kept = [i.taken_at for i in list_backups(notebook_path)]
    last = start + dt.timedelta(days=39, hours=8)
    assert len(kept) == 7 + 4
    assert kept[:3] == [last - dt.timedelta(days=n) for n in range(3)], "the newest of a day"
    assert [t.date() for t in kept[:7]] == [last.date() - dt.timedelta(days=n) for n in range(7)]
    weeks = [t.isocalendar()[:2] for t in kept[7:]]
    assert len(set(weeks)) == 4 and all(t.date() < kept[6].date() for t in kept[7:])


def test_retention_follows_the_notebook_settings(notebook_path: Path) -> None:
    notebook = Notebook.open(notebook_path)
    fill(notebook, people=1)
    notebook_settings.set_int(notebook, notebook_settings.BACKUP_DAILY, 2)
    notebook_settings.set_int(notebook, notebook_settings.BACKUP_WEEKLY, 1)
    for day in range(16):
        back_up(notebook_path, now=MORNING + dt.timedelta(days=day))
    notebook.close()
    kept = [i.taken_at.date() for i in list_backups(notebook_path)]
    last = MORNING.date() + dt.timedelta(days=15)
    assert kept[:2] == [last, last - dt.timedelta(days=1)]
    assert len(kept) == 3


def test_retention_settings_have_bounds(notebook: Notebook) -> None:
    assert notebook_settings.get_int(notebook, notebook_settings.BACKUP_DAILY) == 7
    assert notebook_settings.get_int(notebook, notebook_settings.BACKUP_WEEKLY) == 4
    with pytest.raises(ValidationError):
        notebook_settings.set_int(notebook, notebook_settings.BACKUP_DAILY, 0)
    notebook_settings.set_int(notebook, notebook_settings.BACKUP_WEEKLY, 0)
    assert notebook_settings.get_int(notebook, notebook_settings.BACKUP_WEEKLY) == 0


# --- the retention rule ------------------------------------------------------------------------

moments = st.datetimes(
    min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 31, 23, 59, 59)
)


@settings(max_examples=300, deadline=None)
@given(
    dates=st.lists(moments, min_size=1, max_size=60),
    today=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 1, 1)),
    daily=st.integers(1, 10),
    weekly=st.integers(0, 6),
)
def test_retention_rule_properties(
    dates: list[dt.datetime], today: dt.date, daily: int, weekly: int
) -> None:
    kept = keep_backups(dates, today, daily, weekly)
    assert max(dates) in kept, "the newest backup is never deleted"
    assert kept <= set(dates)
    assert len(kept) <= daily + weekly
    assert keep_backups(kept, today, daily, weekly) == kept, "pruning again deletes nothing"


def test_retention_rule_keeps_the_newest_of_each_day_then_of_each_week() -> None:
    today = dt.date(2026, 11, 23)  # a Monday
    dates = [dt.datetime(2026, 11, 23, 9), dt.datetime(2026, 11, 23, 18)]
    dates += [dt.datetime(2026, 11, day, hour) for day in (20, 19, 12, 11, 3) for hour in (9, 17)]
    kept = keep_backups(dates, today, daily=2, weekly=2)
    assert kept == {
        dt.datetime(2026, 11, 23, 18),
        dt.datetime(2026, 11, 20, 17),
        # before those days: the week of 16 Nov (the 19th), then the week of 9 Nov (the 12th)
        dt.datetime(2026, 11, 19, 17),
        dt.datetime(2026, 11, 12, 17),
    }


def test_retention_rule_counts_a_future_backup_as_today() -> None:
    today = dt.date(2026, 11, 23)
    wrong_clock = [dt.datetime(2031, 1, day) for day in range(1, 8)]
    real = [dt.datetime(2026, 11, day, 9) for day in range(16, 23)]
    kept = keep_backups(wrong_clock + real, today, daily=3, weekly=0)
    assert kept == {dt.datetime(2031, 1, 7), dt.datetime(2026, 11, 22, 9), real[-2]}


def test_retention_rule_needs_one_daily_backup() -> None:
    with pytest.raises(ValueError):
        keep_backups([MORNING], TODAY, daily=0, weekly=4)


# --- when a backup is due ----------------------------------------------------------------------


def test_backup_is_due_once_a_day(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    assert backup_due(notebook_path, MORNING)
    assert back_up_if_due(notebook_path, MORNING) is not None
    assert not backup_due(notebook_path, MORNING + dt.timedelta(hours=10))
    assert back_up_if_due(notebook_path, MORNING + dt.timedelta(hours=10)) is None
    assert backup_due(notebook_path, MORNING + dt.timedelta(days=1))
    assert len(list_backups(notebook_path)) == 1


@pytest.mark.parametrize("kind", ["missing", "empty", "text"])
def test_nothing_to_back_up(notebook_path: Path, kind: str) -> None:
    if kind == "empty":
        notebook_path.touch()
    if kind == "text":
        notebook_path.write_text("shopping list")
    assert back_up_if_due(notebook_path, MORNING) is None
    assert not (notebook_path.parent / "backups").exists() or not list_backups(notebook_path)


def test_a_damaged_notebook_is_not_backed_up_over_good_backups(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=60, padding=1500)
    good = back_up(notebook_path, now=MORNING)
    data = bytearray(notebook_path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\x5a" * 4096
    notebook_path.write_bytes(bytes(data))
    later = MORNING + dt.timedelta(days=1)
    assert back_up_if_due(notebook_path, later) is None
    with pytest.raises(DamagedNotebookError):
        back_up(notebook_path, now=later + dt.timedelta(hours=1))
    assert [i.path for i in list_backups(notebook_path)] == [good]


# --- the restore list --------------------------------------------------------------------------


def test_list_marks_unusable_backups_and_the_offer_skips_them(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=2)
    good = back_up(notebook_path, now=MORNING)
    newer = back_up(notebook_path, now=MORNING + dt.timedelta(days=1))
    newer.write_bytes(newer.read_bytes()[:2048])
    listed = list_backups(notebook_path)
    assert [(i.path, i.ok) for i in listed] == [(newer, False), (good, True)]
    assert listed[0].people is None and "damaged" in listed[0].problem
    offer = newest_good_backup(notebook_path)
    assert offer is not None and offer.path == good and offer.people == 2


def test_no_backups_means_no_offer(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    assert list_backups(notebook_path) == []
    assert newest_good_backup(notebook_path) is None


# --- restoring ---------------------------------------------------------------------------------


def test_restore_keeps_the_current_file_aside(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=2)
    backup = back_up(notebook_path, now=MORNING)
    notebook = Notebook.open(notebook_path)
    add_person(notebook, PersonFields(given_name="Added after the backup"))
    notebook.close()
    before = digest(notebook_path)
    aside = restore_backup(backup, notebook_path, now=MORNING + dt.timedelta(hours=2))
    assert aside == notebook_path.with_name("test-notebook.before-restore-20261123-103000.sqlite")
    assert digest(aside) == before
    assert counts(aside) == (3, 2)
    restored = Notebook.open(notebook_path)
    try:
        assert count_people(restored) == 2
    finally:
        restored.close()
    assert backup.exists(), "the backup itself stays in the list"


def test_restore_keeps_the_uncheckpointed_wal_aside_and_never_replays_it(
    tmp_path: Path, notebook_path: Path
) -> None:
    """After a crash the newest notes may be only in the -wal: they go aside with the file, and
    the old -wal is not applied to the restored notebook."""
    make_notebook(notebook_path, people=1)
    backup = back_up(notebook_path, now=MORNING)
    notebook = Notebook.open(notebook_path)
    add_note(notebook, 1, text="Only in the WAL", date=TODAY)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{notebook_path}{suffix}", crashed / f"notebook.sqlite{suffix}")
    notebook.close()
    crashed_notebook = crashed / "notebook.sqlite"
    assert Path(f"{crashed_notebook}-wal").stat().st_size > 0

    aside = restore_backup(backup, crashed_notebook, now=MORNING)
    assert aside is not None
    assert Path(f"{aside}-wal").exists()
    assert not Path(f"{crashed_notebook}-wal").exists()
    assert note_texts(crashed_notebook) == {"Note 0 about person 0. "}
    assert "Only in the WAL" in note_texts(aside)
    reopened = Notebook.open(crashed_notebook)
    reopened.close()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: p.write_text("not a notebook"), NotANotebookError),
        (lambda p: p.touch(), NotANotebookError),
        (lambda p: p.write_bytes(p.with_name("good.sqlite").read_bytes()[:3000]), Exception),
    ],
    ids=["text", "empty", "truncated"],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    tmp_path: Path, notebook_path: Path, make, error: type[Exception]
) -> None:
    make_notebook(notebook_path, people=40, padding=500)
    shutil.copy(back_up(notebook_path, now=MORNING), tmp_path / "good.sqlite")
    bad = tmp_path / "bad.sqlite"
    make(bad)
    before = digest(notebook_path)
    with pytest.raises(error, match="cannot be restored"):
        restore_backup(bad, notebook_path)
    assert digest(notebook_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "backups",
        "bad.sqlite",
        "good.sqlite",
        "test-notebook.sqlite",
    ]


def test_restore_refuses_the_notebook_itself(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    with pytest.raises(NotANotebookError, match="the notebook itself"):
        restore_backup(notebook_path, notebook_path)


def test_restore_into_a_missing_notebook(tmp_path: Path, notebook_path: Path) -> None:
    make_notebook(notebook_path, people=2)
    backup = back_up(notebook_path, now=MORNING)
    elsewhere = tmp_path / "new" / "notebook.sqlite"
    assert restore_backup(backup, elsewhere) is None
    assert counts(elsewhere) == (2, 2)


def test_restore_through_a_link_replaces_the_file_it_points_to(
    tmp_path: Path, notebook_path: Path
) -> None:
    make_notebook(notebook_path, people=2)
    backup = back_up(notebook_path, now=MORNING)
    notebook = Notebook.open(notebook_path)
    add_person(notebook, PersonFields(given_name="Newer"))
    notebook.close()
    link = tmp_path / "shortcut.sqlite"
    link.symlink_to(notebook_path)
    aside = restore_backup(backup, link, now=MORNING)
    assert link.is_symlink() and link.resolve() == notebook_path  # still the user's link
    assert counts(notebook_path) == (2, 2)
    assert aside is not None and aside.parent == notebook_path.parent
    assert aside.name.startswith("test-notebook.before-restore-")
    assert counts(aside) == (3, 2)


@pytest.mark.parametrize("under", ["a-file/notebook.sqlite", "a-file/deeper/notebook.sqlite"])
def test_restore_under_a_file_is_refused_in_one_sentence(
    tmp_path: Path, notebook_path: Path, capsys: pytest.CaptureFixture[str], under: str
) -> None:
    make_notebook(notebook_path, people=1)
    backup = back_up(notebook_path, now=MORNING)
    (tmp_path / "a-file").write_text("not a folder\n")
    target = tmp_path / under
    code = cli.main(["restore", str(backup), "--notebook", str(target), "--yes"])
    assert code == cli.EXIT_BAD_NOTEBOOK
    err = capsys.readouterr().err
    reason = os.strerror(errno.ENOTDIR)
    assert err == f"relnotebook: A notebook cannot be created at {target}: {reason}.\n"
    assert (tmp_path / "a-file").read_text() == "not a folder\n"


def test_restored_aside_names_never_collide(notebook_path: Path) -> None:
    make_notebook(notebook_path, people=1)
    backup = back_up(notebook_path, now=MORNING)
    first = restore_backup(backup, notebook_path, now=MORNING)
    second = restore_backup(backup, notebook_path, now=MORNING)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()


def test_backups_module_has_no_sql() -> None:
    source = Path(backups.__file__).read_text()
    assert "sqlite3" not in source and "PRAGMA" not in source


# --- the command line --------------------------------------------------------------------------


class Terminal:
    """stdin as a person at a terminal: answers the questions asked."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.answers.pop(0) + "\n"


class Pipe:
    def isatty(self) -> bool:
        return False


def test_cli_backup_prints_where_and_what(notebook_path: Path, capsys) -> None:
    make_notebook(notebook_path, people=2, notes_each=3)
    assert cli.main(["backup", "--notebook", str(notebook_path)]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    [copy] = (notebook_path.parent / "backups").iterdir()
    assert out == f"Backed up {notebook_path} to {copy}: 2 people, 6 notes.\n"
    assert err == ""


def test_cli_backup_into_a_folder(tmp_path: Path, notebook_path: Path, capsys) -> None:
    make_notebook(notebook_path, people=1)
    usb = tmp_path / "usb"
    assert cli.main(["backup", "--notebook", str(notebook_path), "--out", str(usb)]) == (
        cli.EXIT_CANNOT_WRITE
    )
    assert "not an existing folder" in capsys.readouterr().err
    usb.mkdir()
    assert cli.main(["backup", "--notebook", str(notebook_path), "--out", str(usb)]) == 0
    assert len(list(usb.iterdir())) == 1
    assert not (notebook_path.parent / "backups").exists()


@pytest.mark.parametrize("kind", ["missing", "empty", "text"])
def test_cli_backup_of_nothing_fails_with_one_line(notebook_path: Path, capsys, kind) -> None:
    if kind == "empty":
        notebook_path.touch()
    if kind == "text":
        notebook_path.write_text("shopping list")
    assert cli.main(["backup", "--notebook", str(notebook_path)]) == cli.EXIT_BAD_NOTEBOOK
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and str(notebook_path) in err
    assert not (notebook_path.parent / "backups").exists()


def test_cli_backups_lists_newest_first(notebook_path: Path, capsys) -> None:
    make_notebook(notebook_path, people=1)
    assert cli.main(["backups", "--notebook", str(notebook_path)]) == 0
    assert "No backups of" in capsys.readouterr().out
    back_up(notebook_path, now=MORNING)
    damaged = back_up(notebook_path, now=MORNING + dt.timedelta(days=1))
    damaged.write_bytes(b"garbage")
    assert cli.main(["backups", "--notebook", str(notebook_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("  2026-11-24 08:30:00  cannot be restored:")
    assert lines[2].startswith("  2026-11-23 08:30:00  1 people, 1 notes  ")


def test_cli_restore_asks_and_keeps_the_old_file(
    notebook_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_notebook(notebook_path, people=1)
    backup = back_up(notebook_path, now=MORNING)
    notebook = Notebook.open(notebook_path)
    add_person(notebook, PersonFields(given_name="Newer"))
    notebook.close()
    before = digest(notebook_path)
    argv = ["restore", str(backup), "--notebook", str(notebook_path)]

    monkeypatch.setattr("sys.stdin", Terminal("n"))
    assert cli.main(argv) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "(1 people, 1 notes)" in out and "kept beside it" in out
    assert "Nothing was changed." in out
    assert digest(notebook_path) == before

    monkeypatch.setattr("sys.stdin", Terminal("y"))
    assert cli.main(argv) == cli.EXIT_OK
    out = capsys.readouterr().out
    [aside] = notebook_path.parent.glob("test-notebook.before-restore-*.sqlite")
    assert f"The previous notebook was kept at {aside}." in out
    assert digest(aside) == before
    assert counts(notebook_path) == (1, 1)


def test_cli_restore_needs_yes_without_a_terminal(
    notebook_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_notebook(notebook_path, people=1)
    backup = back_up(notebook_path, now=MORNING)
    before = digest(notebook_path)
    monkeypatch.setattr("sys.stdin", Pipe())
    argv = ["restore", str(backup), "--notebook", str(notebook_path)]
    assert cli.main(argv) == cli.EXIT_USAGE
    assert "--yes" in capsys.readouterr().err
    assert digest(notebook_path) == before
    assert cli.main([*argv, "--yes"]) == cli.EXIT_OK
    assert "kept at" in capsys.readouterr().out


def test_cli_restore_refuses_bad_backups_and_open_notebooks(
    tmp_path: Path, notebook_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_notebook(notebook_path, people=1)
    backup = back_up(notebook_path, now=MORNING)
    before = digest(notebook_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a backup")
    for argv in (
        ["restore", str(junk), "--notebook", str(notebook_path), "--yes"],
        ["restore", str(tmp_path / "missing.sqlite"), "--notebook", str(notebook_path), "--yes"],
    ):
        assert cli.main(argv) == cli.EXIT_BAD_NOTEBOOK
        assert capsys.readouterr().err.startswith("relnotebook: ")
    monkeypatch.setattr("relnotebook.store.files.instance_lock.notebook_in_use", lambda _path: True)
    argv = ["restore", str(backup), "--notebook", str(notebook_path), "--yes"]
    assert cli.main(argv) == cli.EXIT_BAD_NOTEBOOK
    assert "close it first" in capsys.readouterr().err
    assert digest(notebook_path) == before
