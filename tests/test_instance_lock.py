"""Is a notebook open in the app? Read from the lock file without Qt, as QLockFile writes it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.store.files import instance_lock
from relnotebook.store.files.instance_lock import lock_path, notebook_in_use, read_lock

LINUX = sys.platform.startswith("linux")


def our_process_name() -> str:
    """What QLockFile records as the process name: the executable's file name."""
    if LINUX:
        return Path(os.readlink("/proc/self/exe")).name
    return Path(sys.executable).resolve().name


def dead_pid() -> int:
    """The PID of a process that has finished (reused PIDs are rare within a test)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(notebook: Path, *lines: object) -> Path:
    path = lock_path(notebook)
    path.write_text("".join(f"{line}\n" for line in lines))
    return path


def test_no_lock_file_means_free(tmp_path: Path) -> None:
    assert not notebook_in_use(tmp_path / "notebook.sqlite")


def test_lock_file_sits_beside_the_notebook(tmp_path: Path) -> None:
    assert lock_path(tmp_path / "notebook.sqlite") == tmp_path.resolve() / "notebook.sqlite.lock"


def test_a_symlink_names_the_same_lock(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    assert lock_path(tmp_path / "link" / "nb.sqlite") == lock_path(real / "nb.sqlite")


def test_a_running_app_holds_it(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_lock(notebook, os.getpid(), our_process_name(), socket.gethostname())
    assert notebook_in_use(notebook)


def test_a_lock_left_by_a_crash_does_not_count(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_lock(notebook, dead_pid(), our_process_name(), socket.gethostname())
    assert not notebook_in_use(notebook)


def test_a_lock_from_another_computer_counts(tmp_path: Path) -> None:
    """Its process cannot be checked from here: the notebook is taken to be in use."""
    notebook = tmp_path / "notebook.sqlite"
    write_lock(notebook, dead_pid(), "relnotebook", "someone-elses-laptop", "f" * 32, "")
    assert notebook_in_use(notebook)


@pytest.mark.skipif(not LINUX, reason="process names are read from /proc")
def test_a_pid_reused_by_another_program_does_not_count(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    write_lock(notebook, os.getpid(), "some-other-program", socket.gethostname())
    assert not notebook_in_use(notebook)


@pytest.mark.skipif(not LINUX, reason="the boot id is read from /proc")
def test_a_lock_from_before_a_restart_does_not_count(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    host_id = instance_lock._host_id()
    write_lock(notebook, os.getpid(), our_process_name(), socket.gethostname(), host_id, "x-y")
    assert not notebook_in_use(notebook)


def test_a_garbled_lock_file_does_not_count(tmp_path: Path) -> None:
    notebook = tmp_path / "notebook.sqlite"
    lock_path(notebook).write_bytes(b"\x00\xffnot a pid\n")
    assert read_lock(lock_path(notebook)) is None
    assert not notebook_in_use(notebook)


def test_read_lock_gives_the_owner(tmp_path: Path) -> None:
    path = write_lock(tmp_path / "nb.sqlite", 4242, "python3", "laptop", "abc", "boot")
    owner = read_lock(path)
    assert owner is not None
    assert (owner.pid, owner.process_name, owner.hostname, owner.host_id, owner.boot_id) == (
        4242,
        "python3",
        "laptop",
        "abc",
        "boot",
    )


def test_cli_demo_refuses_a_notebook_open_in_the_app(tmp_path: Path, capsys) -> None:
    notebook = tmp_path / "sample.sqlite"
    write_lock(notebook, os.getpid(), our_process_name(), socket.gethostname())
    assert cli.main(["demo", str(notebook)]) == cli.EXIT_BAD_NOTEBOOK
    assert "is open in Relationship Notebook; close it first" in capsys.readouterr().err
    assert not notebook.exists()


def test_cli_demo_ignores_a_stale_lock(tmp_path: Path) -> None:
    notebook = tmp_path / "sample.sqlite"
    write_lock(notebook, dead_pid(), our_process_name(), socket.gethostname())
    assert cli.main(["demo", str(notebook)]) == cli.EXIT_OK
    assert notebook.stat().st_size > 0
