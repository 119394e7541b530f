"""Odd command lines get one sentence and the README's exit status, never a traceback.

The sweep reads the parser: every argument of every command that takes a date, a person's
number or a path is given the calendar's ends, ids beyond 64 bits, and names the file system
refuses. A new command or argument is swept as soon as it uses the same argument types.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from relnotebook import cli
from relnotebook.cli import arguments
from relnotebook.cli.parser import build_parser
from relnotebook.core.exchange.notebook_json import export_notebook
from relnotebook.core.people.service import add_person, count_people
from relnotebook.core.people.views import PersonFields
from relnotebook.core.privacy.dossier import person_dossier
from relnotebook.core.privacy.erasure import person_name
from relnotebook.core.privacy.retention import retention_review
from relnotebook.core.referrals.service import reciprocity_report
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import ON_SERVER
from tests.helpers.notebooks import digest, fill, make_notebook

ODD_DATES = ("0001-01-01", "9999-12-31")
ODD_IDS = (str(2**63), str(2**64), "99999999999999999999", "-99999999999999999999", "0")
# "nearly-too-long": a name the file system takes, with no room for the app's side files.
ODD_PATHS = ("too-long-name", "too-long-path", "nearly-too-long", "through-a-file", "nul")

PATH_TYPES = (arguments.file_path, arguments.notebook_location)
KINDS: dict[Any, tuple[str, ...]] = {
    arguments.iso_date: ODD_DATES,
    arguments.person_number: ODD_IDS,
    arguments.record_number: ODD_IDS,
    **dict.fromkeys(PATH_TYPES, ODD_PATHS),
}


def subparsers() -> dict[str, argparse.ArgumentParser]:
    [chooser] = [
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    ]
    return dict(chooser.choices)


def sweep() -> list[tuple[str, str, str]]:
    """(command, argument, odd value) for every argument whose type is swept."""
    found = []
    for command, parser in sorted(subparsers().items()):
        for action in parser._actions:
            for odd in KINDS.get(action.type, ()):
                found.append((command, action.dest, odd))
    return found


@dataclass
class Setting:
    """Valid values for every command's required arguments, in a folder of their own."""

    folder: Path
    notebook: str  # a file path, or a server address with RELNB_STORE=postgresql
    file_notebook: Path
    export: Path
    cards: Path
    backup: Path

    def base(self, command: str) -> dict[str, str | bool]:
        out = self.folder / "out"
        return {
            "check": {"notebook": str(self.file_notebook)},
            "ics": {"out": str(out / "calendar.ics")},
            "newsletter": {"out": str(out / "list.csv")},
            "export": {"format": "csv", "out": str(out / "people.csv")},
            "load-json": {"file": str(self.export), "notebook": str(self.folder / "new.sqlite")},
            "copy": {"source": self.notebook, "target": str(self.folder / "copy.sqlite")},
            "erase": {"person_id": "1", "yes": True},
            "draft": {"person_id": "1"},
            "merge": {"keep": "1", "drop": "2", "yes": True},
            "dossier": {"person_id": "1", "out": str(out)},
            "search": {"query": "Ann"},
            "restore": {
                "backup": str(self.backup),
                "yes": True,
                "notebook": str(self.file_notebook),
            },
            "import": {"file": str(self.cards)},
            "demo": {"path": str(self.folder / "demo.sqlite")},
            # A dry run: odd values change nothing, and a run that works writes nothing either.
            "mail-log": {"mbox": str(self.cards), "me": "anne@conseil.example", "dry_run": True},
            # Only the notebook is swept: it is refused before the server (nothing there) is tried.
            "sync": {"url": "http://127.0.0.1:9/", "dry_run": True},
        }.get(command, {})

    def odd(self, value: str) -> str:
        blocker = self.folder / "a-file"
        blocker.write_text("not a folder\n")
        return {
            "too-long-name": str(self.folder / ("n" * 300)),
            "nearly-too-long": str(self.folder / ("n" * 240)),
            "too-long-path": str(self.folder / "/".join(["d" * 200] * 25)),
            "through-a-file": str(blocker / "x.sqlite"),
            "nul": str(self.folder / "a\0b"),
        }.get(value, value)


def argv(parser: argparse.ArgumentParser, command: str, values: dict[str, Any]) -> list[str]:
    """The command line giving `values` (by argument name), positionals in their order."""
    words = [command]
    for action in parser._actions:
        value = values.get(action.dest)
        if value is None or value is False:
            continue
        if not action.option_strings:
            words.append(value)
        elif value is True:
            words.append(action.option_strings[0])
        else:
            words += [action.option_strings[0], value]
    return words


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files every case starts from, made once (opening a new notebook migrates it)."""
    folder = tmp_path_factory.mktemp("made")
    (folder / "out").mkdir()
    notebook = make_notebook(folder / "file.sqlite", people=2)
    export_notebook(reader := Notebook.open_read_only(notebook), folder / "all.json")
    reader.close()
    make_notebook(folder / "backup.sqlite", people=1)
    cards = "BEGIN:VCARD\nVERSION:3.0\nFN:Zoé\nN:;Zoé;;;\nEND:VCARD\n"
    (folder / "cards.vcf").write_text(cards, encoding="utf-8")
    return folder


@pytest.fixture
def setting(made: Path, tmp_path: Path) -> Setting:
    folder = tmp_path / "case"
    shutil.copytree(made, folder)
    return Setting(
        folder=folder,
        notebook=str(folder / "file.sqlite"),
        file_notebook=folder / "file.sqlite",
        export=folder / "all.json",
        cards=folder / "cards.vcf",
        backup=folder / "backup.sqlite",
    )


def on_server(setting: Setting, request: pytest.FixtureRequest) -> Setting:
    """With RELNB_STORE=postgresql, the same setting around a notebook on the test server."""
    if ON_SERVER:
        server: Notebook = request.getfixturevalue("server_notebook")
        fill(server, people=2)
        setting.notebook = server.location
    return setting


def outcome(words: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(words)
    except SystemExit as exc:  # argparse: a usage mistake
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_sweep_covers_every_command_and_kind_of_argument() -> None:
    swept = sweep()
    assert {command for command, _, _ in swept} == set(subparsers())  # each takes a path
    assert {(c, a) for c, a, _ in swept} >= {
        ("erase", "person_id"),
        ("dossier", "person_id"),
        ("merge", "keep"),
        ("merge", "drop"),
    }
    assert {c for c, a, _ in swept if a == "date"} == {
        "today",
        "draft",
        "ics",
        "referrals",
        "newsletter",
        "retention",
    }
    untyped = [
        (command, action.dest)
        for command, parser in subparsers().items()
        for action in parser._actions
        if action.metavar
        in {"PATH", "FILE", "DIR", "BACKUP", "NOTEBOOK", "PERSON_ID", "YYYY-MM-DD"}
        and action.type not in KINDS
    ]
    assert untyped == []  # a path, id or date read by a type the sweep does not know


@pytest.mark.on_store
@pytest.mark.parametrize(("command", "argument", "odd"), sweep())
def test_odd_values_get_one_sentence_and_the_documented_status(
    setting: Setting,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
    command: str,
    argument: str,
    odd: str,
) -> None:
    if odd not in ODD_PATHS:  # the paths swept are files whatever the store
        setting = on_server(setting, request)
    parser = subparsers()[command]
    values: dict[str, Any] = {"notebook": setting.notebook, **setting.base(command)}
    values[argument] = setting.odd(odd)
    if command == "mail-log" and argument in ("maildir", "eml_folder"):
        values.pop("mbox")  # one mailbox at a time
    if not any(a.dest == "notebook" for a in parser._actions):
        values.pop("notebook")
    before = digest(setting.file_notebook)
    people = count_people(reader := Notebook.open_read_only(setting.notebook))
    reader.close()
    files = sorted(setting.folder.rglob("*"))

    code, out, err = outcome(argv(parser, command, values), capsys)

    assert "Traceback" not in err
    lines = err.splitlines()
    action = next(a for a in parser._actions if a.dest == argument)
    notebook_name = odd == "nearly-too-long" and action.type is arguments.notebook_location
    if odd in ODD_IDS or odd in ("too-long-name", "too-long-path", "nul") or notebook_name:
        # A value no notebook could hold: a usage mistake, said before anything is opened.
        assert code == cli.EXIT_USAGE, err
        assert lines[-1].startswith(f"relnotebook {command}: error: argument "), err
    elif odd in ODD_DATES:  # the agenda works at the calendar's ends; a report refuses them
        assert code in (cli.EXIT_OK, cli.EXIT_USAGE), err
        if code == cli.EXIT_USAGE:
            assert out == ""
            assert lines == [
                f"relnotebook: No report can be made for {odd}: choose a day from "
                "1900-01-01 to 2999-12-31."
            ]
    else:
        assert code in (cli.EXIT_OK, cli.EXIT_USAGE, cli.EXIT_BAD_NOTEBOOK, cli.EXIT_CANNOT_WRITE)
        if code != cli.EXIT_OK:  # only `backups` lists nothing and says so
            assert out == ""
            assert len(lines) == 1 and lines[0].startswith("relnotebook: "), err
    assert digest(setting.file_notebook) == before
    with_count = Notebook.open_read_only(setting.notebook)
    assert count_people(with_count) == people
    with_count.close()
    if code != cli.EXIT_OK:
        assert sorted(setting.folder.rglob("*")) == files


@pytest.mark.parametrize(
    "argv",
    [
        ["referrals", "--date", "0001-01-01"],
        ["retention", "--date", "0001-01-01"],
        ["erase", "99999999999999999999", "--yes"],
    ],
)
@pytest.mark.on_store
def test_the_reviews_examples_are_usage_mistakes(
    setting: Setting,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
    argv: list[str],
) -> None:
    setting = on_server(setting, request)
    code, out, err = outcome([*argv, "--notebook", setting.notebook], capsys)
    assert code == cli.EXIT_USAGE
    assert out == "" and "Traceback" not in err
    assert "0001-01-01" in err or "99999999999999999999" in err
    if argv[0] != "erase":  # the core's sentence, on one line
        assert err.count("\n") == 1 and err.startswith("relnotebook: No report can be made")


def test_a_300_character_notebook_name_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / ("x" * 300)
    code, out, err = outcome(["check", "--notebook", str(name)], capsys)
    assert code == cli.EXIT_USAGE
    assert out == ""
    assert err.splitlines()[-1].endswith("is too long a name for the file system")


@pytest.mark.parametrize("command", ["demo", "load-json", "copy", "import"])
def test_a_new_notebook_under_a_file_is_refused_in_one_sentence(
    setting: Setting, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    new = Path(setting.odd("through-a-file"))
    words = {
        "demo": ["demo", str(new)],
        "load-json": ["load-json", str(setting.export), "--notebook", str(new)],
        "copy": ["copy", "--from", str(setting.file_notebook), "--to", str(new)],
        "import": ["import", str(setting.cards), "--notebook", str(new)],
    }[command]
    code, out, err = outcome(words, capsys)
    assert code == cli.EXIT_BAD_NOTEBOOK, err
    assert out == ""
    reason = os.strerror(errno.ENOTDIR)
    assert err == f"relnotebook: A notebook cannot be created at {new}: {reason}.\n"
    assert new.parent.read_text() == "not a folder\n"


# The core: what the command line refuses early, the core refuses with a sentence too.


@pytest.mark.parametrize("day", [dt.date.min, dt.date(1, 6, 30), dt.date.max])
def test_reports_at_the_calendars_ends_raise_a_sentence(notebook: Notebook, day: dt.date) -> None:
    with pytest.raises(ValidationError, match="No report can be made for"):
        reciprocity_report(notebook, day)
    with pytest.raises(ValidationError, match="No report can be made for"):
        retention_review(notebook, 7, today=day)


@pytest.mark.parametrize("person_id", [2**63, 2**64, -(2**64)])
def test_an_id_beyond_64_bits_is_no_one(notebook: Notebook, person_id: int) -> None:
    add_person(notebook, PersonFields(given_name="Ann"))
    assert person_name(notebook, person_id) is None
    with pytest.raises(ValidationError, match="There is no person"):
        person_dossier(notebook, person_id)


def test_a_report_on_the_last_supported_day_works(notebook: Notebook) -> None:
    from relnotebook.core.dates import FIRST_REPORT_DAY, LAST_REPORT_DAY

    for day in (FIRST_REPORT_DAY, LAST_REPORT_DAY):
        assert reciprocity_report(notebook, day).new_clients == 0
        assert retention_review(notebook, 100, today=day) == []
