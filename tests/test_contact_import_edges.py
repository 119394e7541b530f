"""Contact files the first imports got wrong: special files (a pipe, a device, a socket) that
must be refused unread."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.contact_import import ImportFileError, read_file
from relnotebook.store import Notebook
from tests.special_files import named_pipe, needs_fifo, unix_socket

FIXTURES = Path(__file__).parent / "fixtures" / "import"
SPECIAL = "is a special file (a pipe, a device or a socket), not a contacts file"


@pytest.fixture
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[Path]:
    with named_pipe(tmp_path / "contacts.vcf") as path:
        yield path


# --- special files ------------------------------------------------------------------------------


@needs_fifo
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(pipe: Path) -> None:
    with pytest.raises(ImportFileError, match=re.escape(SPECIAL)):
        read_file(pipe)


@needs_fifo
def test_a_link_to_a_named_pipe_is_refused_too(pipe: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.vcf"
    link.symlink_to(pipe)
    with pytest.raises(ImportFileError, match=re.escape(SPECIAL)):
        read_file(link)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused_without_being_read(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(ImportFileError, match=re.escape(SPECIAL)):
        read_file(device)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    with (
        unix_socket(tmp_path / "s.vcf") as path,
        pytest.raises(ImportFileError, match=re.escape(SPECIAL)),
    ):
        read_file(path)


def test_a_folder_is_still_named_as_one(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is a folder, not a contacts file"):
        read_file(tmp_path)


def test_a_link_to_a_contacts_file_is_read(tmp_path: Path) -> None:
    link = tmp_path / "link.vcf"
    link.symlink_to(FIXTURES / "google.vcf")
    assert len(read_file(link).contacts) == 2


@needs_fifo
@pytest.mark.usefixtures("_no_gui")
def test_cli_import_of_a_named_pipe_says_so_in_one_line(
    pipe: Path, notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    argv = ["import", str(pipe), "--notebook", notebook.location, "--dry-run"]
    assert cli.main(argv) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert SPECIAL in err
