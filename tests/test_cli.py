"""The command line: --version and `check`, which never changes a file and never starts the GUI."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from relnotebook import __version__, cli
from relnotebook.cli.parser import build_parser
from relnotebook.core.events.service import EventFields, add_event
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.fixture
def good_notebook(notebook: Notebook) -> Path:
    add_person(notebook, PersonFields(given_name="Ann"))
    add_person(notebook, PersonFields(given_name="Bob"))
    add_event(notebook, EventFields(name="Gala", date=TODAY))
    notebook.close()
    return notebook.path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.sqlite_only
@pytest.mark.parametrize("order", ["option-after-command", "option-before-command"])
def test_check_good_notebook(
    good_notebook: Path, capsys: pytest.CaptureFixture[str], order: str
) -> None:
    option = ["--notebook", str(good_notebook)]
    argv = ["check", *option] if order == "option-after-command" else [*option, "check"]
    before = digest(good_notebook)
    assert cli.main(argv) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert out.count("\n") == 1
    assert str(good_notebook) in out
    assert "OK, 2 people, 1 events" in out
    assert err == ""
    assert digest(good_notebook) == before


@pytest.mark.parametrize("kind", ["text", "missing"])
def test_check_bad_file_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "notes.txt"
    if kind == "text":
        path.write_text("shopping list\n")
    before = digest(path) if path.exists() else None
    assert cli.main(["check", "--notebook", str(path)]) != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("relnotebook: ")
    assert str(path) in err
    assert "Traceback" not in err
    assert (digest(path) if path.exists() else None) == before


def test_check_without_option_uses_the_default_notebook(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # conftest points the data folder at an empty temporary home: no notebook there yet.
    assert cli.main(["check"]) == cli.EXIT_BAD_NOTEBOOK
    assert str(cli.default_notebook()) in capsys.readouterr().err
    assert not cli.default_notebook().exists()


def test_every_command_of_the_parser_has_its_handler() -> None:
    [chooser] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(cli.COMMANDS) == set(chooser.choices)


# Read in a fresh interpreter: `--version` and `--help` end the parse where they stand, after
# the values before them were read by their types (a notebook's address, a person's number).
READ_ONLY_THE_COMMAND_LINE = textwrap.dedent(
    """
    import sys
    from relnotebook import cli

    for argv in (
        ["--version"],
        ["--notebook", "postgresql://me@db.example/clients", "--version"],
        ["--notebook", "clients.sqlite", "--version"],
        ["erase", "5", "--notebook", "postgresql://me@db.example/clients", "--help"],
        ["today", "--date", "2026-11-23", "--notebook", "clients.sqlite", "--help"],
        ["copy", "--from", "clients.sqlite", "--to", "postgres://me@db.example/x", "--help"],
    ):
        try:
            cli.main(argv)
        except SystemExit as exc:
            assert exc.code == 0, (argv, exc.code)
    print(sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "pydantic") if m in sys.modules))
    """
)


def test_reading_the_command_line_leaves_the_data_layer_unloaded(tmp_path: Path) -> None:
    """`--notebook ADDRESS` is told from a file without the store (SQLAlchemy takes most of a
    second, which the window's first paint does not wait for)."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", READ_ONLY_THE_COMMAND_LINE],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr
