"""Every command of `relnotebook` given a PostgreSQL address: it works there, or it says in one
line that it works on a notebook file only (exit status 2). Never a traceback.

The commands are read from the parser, so a new command fails here until its run on a server
is written below. These tests need the test server (tests/pg_server.py): they run in both CI
passes, and are skipped with the reason where PostgreSQL is not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.cli.parser import build_parser
from relnotebook.core.demo.writer import write_demo
from relnotebook.core.people.service import count_people, list_people
from relnotebook.store import Notebook
from tests import pg_server
from tests.conftest import TODAY

DAY = TODAY.isoformat()


def commands() -> list[str]:
    """The command names `relnotebook --help` lists."""
    [chooser] = [
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    ]
    return sorted(chooser.choices)


@dataclass
class Case:
    notebook: Notebook  # the server notebook, filled with the sample
    address: str
    folder: Path  # an empty folder for what the command writes
    postgres: pg_server.Server
    capsys: pytest.CaptureFixture[str]

    def run(self, *argv: str, status: int = cli.EXIT_OK) -> str:
        """Run the command with the server's address; its output, checked to be clean."""
        code = cli.main([*argv, "--notebook", self.address])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        assert code == status, err
        if status == cli.EXIT_OK:
            assert err == ""
        return out

    def refused(self, *argv: str) -> str:
        """Refused in one line saying the command works on a file, with nothing printed."""
        code = cli.main(list(argv))
        out, err = self.capsys.readouterr()
        assert code == cli.EXIT_USAGE, err
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("relnotebook: ")
        assert "server" in err
        return err

    @property
    def people(self) -> int:
        return count_people(self.notebook)

    def person(self, name: str) -> int:
        [found] = [p.id for p in list_people(self.notebook) if p.name == name]
        return found


def run_check(case: Case) -> None:
    case.refused("check", "--notebook", case.address)


def run_restore(case: Case) -> None:
    backup = case.folder / "backup.sqlite"
    case.run("backup", "--out", str(case.folder))
    [made] = case.folder.iterdir()
    made.rename(backup)
    case.refused("restore", str(backup), "--yes", "--notebook", case.address)
    assert case.people == 25


def run_demo(case: Case) -> None:
    empty = case.postgres.url(case.postgres.fresh_database())
    case.refused("demo", empty)
    with contextlib.closing(Notebook.open(empty)) as untouched:
        assert count_people(untouched) == 0
    assert list(case.folder.iterdir()) == []
    assert not Path("postgresql:").exists()  # the address was not taken for a folder


def run_today(case: Case) -> None:
    agenda = json.loads(case.run("today", "--date", DAY, "--json"))
    assert agenda["date"] == DAY
    assert agenda["prompts"] and agenda["check_ins"]


def run_draft(case: Case) -> None:
    robert = case.person("Robert Tremblay")
    drafted = json.loads(case.run("draft", str(robert), "--date", DAY, "--json"))
    assert (drafted["kind"], drafted["form"]) == ("coffee_invitation", "tu")
    assert drafted["mention"] == "ton voyage à vélo à travers la Croatie"


def run_ics(case: Case) -> None:
    out = case.folder / "calendar.ics"
    printed = case.run("ics", "--out", str(out), "--date", DAY)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    count = text.count("BEGIN:VEVENT")
    assert count > 0
    assert printed == f"Wrote {count} events to {out}.\n"


def run_referrals(case: Case) -> None:
    report = json.loads(case.run("referrals", "--date", DAY, "--json"))
    assert report["new_clients"] > 0


def run_newsletter(case: Case) -> None:
    out = case.folder / "list.csv"
    printed = case.run("newsletter", "--out", str(out), "--date", DAY)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["email", "first_name"]
    assert len(rows) > 1
    assert printed == f"Wrote {len(rows) - 1} subscribers to {out}.\n"


def run_export(case: Case) -> None:
    people = case.people
    written = {}
    for kind, name in (("json", "all.json"), ("csv", "all.csv"), ("vcard", "all.vcf")):
        out = case.folder / name
        case.run("export", "--format", kind, "--out", str(out))
        written[kind] = out.read_text(encoding="utf-8-sig")
    assert len(json.loads(written["json"])["tables"]["person"]) == people
    assert len(list(csv.reader(written["csv"].splitlines()))) == people + 1
    assert written["vcard"].count("BEGIN:VCARD") == people


def run_load_json(case: Case) -> None:
    export = case.folder / "all.json"
    case.run("export", "--format", "json", "--out", str(export))
    # Into a notebook that holds something: refused, untouched.
    case.run("load-json", str(export), status=cli.EXIT_BAD_NOTEBOOK)
    assert case.people == 25
    empty = case.postgres.url(case.postgres.fresh_database())
    assert cli.main(["load-json", str(export), "--notebook", empty]) == cli.EXIT_OK
    with contextlib.closing(Notebook.open(empty)) as loaded:
        assert count_people(loaded) == 25


def run_copy(case: Case) -> None:
    copy = case.folder / "copy.sqlite"
    assert cli.main(["copy", "--from", case.address, "--to", str(copy)]) == cli.EXIT_OK
    with contextlib.closing(Notebook.open(copy)) as copied:
        assert count_people(copied) == 25


def run_erase(case: Case) -> None:
    robert = case.person("Robert Tremblay")
    printed = case.run("erase", str(robert), "--yes")
    assert printed.startswith("Erased Robert Tremblay and ")
    assert case.people == 24


def run_merge(case: Case) -> None:
    kept, dropped = case.person("Isabelle Fortin"), case.person("Jean-François Côté")
    printed = case.run("merge", str(kept), str(dropped), "--take", "organisation", "--yes")
    assert printed.startswith(
        f"This merges Jean-François Côté (#{dropped}) into Isabelle Fortin (#{kept}).\n"
    )
    assert "  organisation: takes “Construction Côté & Fils” (--take)" in printed
    assert printed.splitlines()[-2:] == [
        f"Merged Jean-François Côté (#{dropped}) into Isabelle Fortin (#{kept}).",
        "Removed 1 referrals between them (no one refers themself).",
    ]
    assert case.people == 24
    case.run("merge", str(kept), str(dropped), "--yes", status=cli.EXIT_USAGE)


def run_dossier(case: Case) -> None:
    robert = case.person("Robert Tremblay")
    case.run("dossier", str(robert), "--out", str(case.folder))
    written = sorted(p.name for p in case.folder.iterdir())
    assert written == [f"robert-tremblay-{robert}-dossier.{kind}" for kind in ("json", "txt")]
    dossier = json.loads((case.folder / written[0]).read_text(encoding="utf-8"))
    assert dossier["person"]["name"] == "Robert Tremblay"


def run_retention(case: Case) -> None:
    review = json.loads(case.run("retention", "--date", DAY, "--years", "1", "--json"))
    assert review["years"] == 1


def run_search(case: Case) -> None:
    assert "Robert Tremblay" in case.run("search", "velo croatie")


def run_duplicates(case: Case) -> None:
    assert "pairs" in json.loads(case.run("duplicates", "--json"))


def run_backup(case: Case) -> None:
    printed = case.run("backup", "--out", str(case.folder))
    [copy] = case.folder.iterdir()
    assert printed == f"Backed up {case.address} to {copy}: 25 people, {notes(copy)} notes.\n"


def run_backups(case: Case) -> None:
    case.run("backup")
    printed = case.run("backups")
    assert printed.startswith(f"Backups of {case.address}, newest first:\n")
    assert "25 people" in printed


def run_import(case: Case) -> None:
    cards = case.folder / "cards.vcf"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Zoé Nouvelle\nN:Nouvelle;Zoé;;;\nEND:VCARD\n")
    dry = case.run("import", str(cards), "--dry-run")
    assert "would create 1" in dry
    assert case.people == 25
    assert "created 1" in case.run("import", str(cards))
    assert case.person("Zoé Nouvelle")


def run_mail_log(case: Case) -> None:
    mbox = case.folder / "mail.mbox"
    mbox.write_bytes(
        b"From x Mon Nov 16 10:00:00 2026\nFrom: anne@conseil.example\n"
        b"To: robert.tremblay@tremblayarchitectes.example\n"
        b"Date: Mon, 16 Nov 2026 10:00:00 +0000\nMessage-ID: <m1@conseil.example>\n\nBody\n"
    )
    argv = ("mail-log", "--mbox", str(mbox), "--me", "anne@conseil.example")
    assert "1 messages read, would log" in case.run(*argv, "--dry-run")
    assert "1 messages read, logged" in case.run(*argv)


def run_sync(case: Case) -> None:
    from tests import radicale_server

    try:
        server = radicale_server.start()
    except radicale_server.ServerUnavailable as exc:
        pytest.skip(f"no DAV server for the tests: {exc}")
    try:
        people = case.people
        argv = ("sync", server.url, "--user", "anne")  # no password: the server takes any
        assert f"{people} cards sent" in case.run(*argv, "--dry-run")
        assert f"{people} cards sent" in case.run(*argv)
        assert "0 cards sent" in case.run(*argv)
    finally:
        server.stop()


def notes(copy: Path) -> int:
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        return connection.execute("SELECT count(*) FROM note").fetchone()[0]


RUNS: dict[str, Callable[[Case], None]] = {
    "backup": run_backup,
    "mail-log": run_mail_log,
    "sync": run_sync,
    "backups": run_backups,
    "check": run_check,
    "copy": run_copy,
    "demo": run_demo,
    "dossier": run_dossier,
    "draft": run_draft,
    "erase": run_erase,
    "export": run_export,
    "ics": run_ics,
    "import": run_import,
    "load-json": run_load_json,
    "merge": run_merge,
    "newsletter": run_newsletter,
    "referrals": run_referrals,
    "restore": run_restore,
    "retention": run_retention,
    "search": run_search,
    "duplicates": run_duplicates,
    "today": run_today,
}


@pytest.mark.parametrize("command", commands())
def test_every_command_works_on_a_server_address_or_refuses_in_one_line(
    command: str,
    server_notebook: Notebook,
    postgres: pg_server.Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert command in RUNS, f"write how `relnotebook {command}` runs on a server in RUNS"
    write_demo(server_notebook, today=TODAY)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)  # a path made of the address would land here
    RUNS[command](Case(server_notebook, server_notebook.location, folder, postgres, capsys))


def test_the_window_opens_a_server_address(
    server_notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(
        cli, "run_gui", lambda path, demo, clock: opened.append(path) or cli.EXIT_OK
    )
    assert cli.main(["--notebook", server_notebook.location]) == cli.EXIT_OK
    assert opened == [server_notebook.location]
