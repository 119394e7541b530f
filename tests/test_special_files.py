"""A file the app writes for the user replaces a regular file or makes a new one, nothing else.

A device, a named pipe, a socket, a symbolic link (to a file, or dangling) or a folder at that
name is refused in one sentence and left exactly as it was: `export --out /dev/full` as root
used to put a regular file in place of the device.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.errors import SpecialFileError
from relnotebook.files import write_private_file
from relnotebook.store.backup import install_copy
from relnotebook.store.files.backups import BackupError
from tests.helpers.notebooks import make_notebook
from tests.special_files import unblocking_readers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX special files")

KINDS = ("fifo", "link-to-file", "dangling-link", "device", "socket", "folder")
AS_ROOT = os.name == "posix" and os.geteuid() == 0


def what(path: Path) -> tuple[str, int | None, str | None]:
    """Everything that must not change: the kind, the device numbers, the link's target."""
    mode = os.lstat(path).st_mode
    kind = stat.S_IFMT(mode)
    device = os.lstat(path).st_rdev if stat.S_ISCHR(mode) else None
    target = os.readlink(path) if stat.S_ISLNK(mode) else None
    return oct(kind), device, target


@contextlib.contextmanager
def special(kind: str, folder: Path) -> Iterator[Path]:
    """A `kind` of special file in `folder` (a character device: /dev/null unless root, who
    can make one in the test's own folder: the test must never risk the machine's /dev/null)."""
    path = folder / f"target-{kind}"
    listener = None
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link-to-file":
        (folder / "real.txt").write_text("kept\n")
        path.symlink_to(folder / "real.txt")
    elif kind == "dangling-link":
        path.symlink_to(folder / "nowhere.txt")
    elif kind == "device":
        if AS_ROOT:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        else:
            path = Path("/dev/null")
    elif kind == "socket":
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(path))
    elif kind == "folder":
        path.mkdir()
    try:
        yield path
    finally:
        if listener is not None:
            listener.close()


def temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("kind", KINDS)
def test_the_shared_writer_refuses_anything_but_a_regular_file(tmp_path: Path, kind: str) -> None:
    with special(kind, tmp_path) as target:
        before = what(target)
        with pytest.raises(SpecialFileError) as refused:
            write_private_file(target, b"private\n")
        assert what(target) == before
        assert refused.value.message.startswith(f"{target} is a")
        assert "nothing was written" in refused.value.message
        assert isinstance(refused.value, OSError)  # every caller reporting OSError reports it
    assert temporaries(tmp_path) == []
    assert not (tmp_path / "nowhere.txt").exists()
    if kind == "link-to-file":
        assert (tmp_path / "real.txt").read_text() == "kept\n"
    if kind == "device":
        assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_regular_file_is_replaced_and_a_new_one_made(tmp_path: Path) -> None:
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text("previous\n")
    for path in (old, new):
        write_private_file(path, b"written\n")
        assert path.read_bytes() == b"written\n"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert temporaries(tmp_path) == []


def test_a_long_name_that_fits_is_written(tmp_path: Path) -> None:
    """The temporary name beside it is longer: it must not be refused for that."""
    out = tmp_path / ("n" * 251 + ".csv")
    write_private_file(out, b"written\n")
    assert out.read_bytes() == b"written\n"


@pytest.mark.parametrize("kind", ["fifo", "dangling-link"])
def test_a_backup_is_not_put_in_place_of_a_special_file(tmp_path: Path, kind: str) -> None:
    copy = make_notebook(tmp_path / ".copy.tmp", people=1)
    with special(kind, tmp_path) as target:
        before = what(target)
        with pytest.raises(BackupError, match="nothing was written"):
            install_copy(copy, target)
        assert what(target) == before
    assert not copy.exists()


@pytest.fixture(scope="module")
def notebook_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_notebook(tmp_path_factory.mktemp("notebook") / "notebook.sqlite", people=2)


EXPORTS = {
    "export-json": ["export", "--format", "json"],
    "export-csv": ["export", "--format", "csv"],
    "export-vcard": ["export", "--format", "vcard"],
    "ics": ["ics", "--date", "2026-11-23"],
    "newsletter": ["newsletter", "--date", "2026-11-23"],
}


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "folder"])  # a folder: see below
@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_the_command_line_refuses_to_write_onto_a_special_file(
    notebook_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    kind: str,
) -> None:
    notebook = shutil.copy(notebook_file, tmp_path / "notebook.sqlite")
    with special(kind, tmp_path) as target:
        before = what(target)
        argv = [*EXPORTS[command], "--out", str(target), "--notebook", str(notebook)]
        assert cli.main(argv) == cli.EXIT_CANNOT_WRITE
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith(f"relnotebook: {target} is a")
        assert "nothing was written" in err
        assert what(target) == before
    assert temporaries(tmp_path) == []


def test_a_folder_given_as_the_file_is_said_as_before(
    notebook_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    argv = ["export", "--format", "csv", "--out", str(folder), "--notebook", str(notebook_file)]
    assert cli.main(argv) == cli.EXIT_CANNOT_WRITE
    assert capsys.readouterr().err == f"relnotebook: cannot write {folder}: it is a folder.\n"


def test_a_dossier_onto_a_pipe_of_its_name_is_refused(
    notebook_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook = shutil.copy(notebook_file, tmp_path / "notebook.sqlite")
    out = tmp_path / "out"
    out.mkdir()
    fifo = out / "person-0-1-dossier.json"
    os.mkfifo(fifo)
    argv = ["dossier", "1", "--out", str(out), "--notebook", str(notebook)]
    assert cli.main(argv) == cli.EXIT_CANNOT_WRITE
    err = capsys.readouterr().err
    assert err == f"relnotebook: {fifo} is a named pipe, not a file: nothing was written there.\n"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in out.iterdir()) == [fifo.name]


@pytest.mark.parametrize("command", ["ics", "newsletter"])
def test_the_notebook_itself_is_never_the_output(
    notebook_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    notebook = Path(shutil.copy(notebook_file, tmp_path / "notebook.sqlite"))
    before = notebook.read_bytes()
    argv = [*EXPORTS[command], "--out", str(notebook), "--notebook", str(notebook)]
    assert cli.main(argv) == cli.EXIT_USAGE
    assert "is the notebook itself" in capsys.readouterr().err
    assert notebook.read_bytes() == before


# Reading: a notebook or a notebook JSON file given as a named pipe (or a device, a socket) is
# refused unread; opening a named pipe for reading would wait for a writer for ever.
READ_KINDS = ("fifo", "device", "socket")


@pytest.mark.parametrize("kind", READ_KINDS)
@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["today"],
        ["search", "velo"],
        ["import", "CONTACTS"],
        ["export", "--format", "csv", "--out", "OUT"],
    ],
    ids=lambda c: c[0] if isinstance(c, list) else c,
)
def test_a_special_file_given_as_the_notebook_is_refused_unread(
    tmp_path: Path, kind: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = tmp_path / "contacts.vcf"
    contacts.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nN:Lee;Ann;;;\nEND:VCARD\n")
    arguments = [
        str(contacts) if a == "CONTACTS" else str(tmp_path / "out.csv") if a == "OUT" else a
        for a in command
    ]
    with (
        special(kind, tmp_path) as notebook,
        unblocking_readers(notebook if kind == "fifo" else None),
    ):
        before = what(notebook)
        status = cli.main([*arguments, "--notebook", str(notebook)])
        assert what(notebook) == before
    err = capsys.readouterr().err.strip()
    assert status == cli.EXIT_BAD_NOTEBOOK, err
    assert len(err.splitlines()) == 1, err
    expected = {"fifo": "a named pipe", "device": "a device", "socket": "a socket"}[kind]
    assert f"is {expected}, not a notebook file." in err


@pytest.mark.parametrize("kind", READ_KINDS)
def test_load_json_of_a_special_file_is_refused_unread(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.sqlite"
    with special(kind, tmp_path) as source, unblocking_readers(source if kind == "fifo" else None):
        status = cli.main(["load-json", str(source), "--notebook", str(target)])
    err = capsys.readouterr().err.strip()
    assert status == cli.EXIT_USAGE, err
    expected = {"fifo": "a named pipe", "device": "a device", "socket": "a socket"}[kind]
    assert f"is {expected}, not a notebook JSON file." in err
    assert not target.exists()  # nothing was loaded, so no empty notebook is left behind


def test_a_link_to_a_notebook_is_still_read(tmp_path: Path, capsys) -> None:
    real = make_notebook(tmp_path / "real.sqlite", 3)
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    assert cli.main(["check", "--notebook", str(link)]) == cli.EXIT_OK
    assert "OK" in capsys.readouterr().out
