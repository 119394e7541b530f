"""`relnotebook mail-log`: a mailbox's headers logged from the command line, its exit statuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.cli.mail import EXIT_UNREACHABLE
from relnotebook.clock import FixedClock
from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.mail.service import Source, SourceKind
from relnotebook.core.mail.sources import add_source
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.helpers.mailboxes import ME, ROBERT, STRANGER, Mail, write_maildir, write_mbox

DAY = TODAY - dt.timedelta(days=3)
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def robert(notebook_path: Path) -> int:
    notebook = Notebook.open(notebook_path)
    try:
        return add_person(notebook, PersonFields(given_name="Robert", emails=(ROBERT,)))
    finally:
        notebook.close()


def _main(*argv: str) -> int:
    return cli.main(list(argv), clock=FixedClock(TODAY))


def _messages() -> list[Mail]:
    return [
        Mail(ME, [ROBERT], DAY, "<c1@conseil.example>"),
        *(Mail(ME, [STRANGER], DAY, f"<c{i}@conseil.example>") for i in range(2, 5)),
    ]


def test_mail_log_prints_what_it_logged_and_json(
    notebook_path: Path, robert: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mbox = write_mbox(tmp_path / "sent.mbox", _messages())
    nb = str(notebook_path)
    assert _main("mail-log", "--mbox", str(mbox), "--me", ME, "--notebook", nb, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "4 messages read, would log 1 contacts with 1 people" in out
    assert f"<{STRANGER}>: 3 messages" in out
    assert _main("mail-log", "--mbox", str(mbox), "--me", ME, "--notebook", nb, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["read"], result["logged"], result["dry_run"]) == (4, 1, False)
    assert result["frequent"] == [{"address": STRANGER, "name": "", "messages": 3}]
    notebook = Notebook.open(notebook_path)
    try:
        assert [c.on for c in person_contacts(notebook, robert)] == [DAY]
    finally:
        notebook.close()
    assert _main("mail-log", "--mbox", str(mbox), "--me", ME, "--notebook", nb, "--json") == 0
    assert json.loads(capsys.readouterr().out)["logged"] == 0


def test_mail_log_reads_a_maildir_since_a_day(
    notebook_path: Path, robert: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    maildir = write_maildir(tmp_path / "Maildir", _messages())
    argv = ["mail-log", "--maildir", str(maildir), "--me", ME, "--notebook", str(notebook_path)]
    assert _main(*argv, "--since", (DAY + dt.timedelta(days=1)).isoformat(), "--json") == 0
    assert json.loads(capsys.readouterr().out)["older"] == 4


def test_mail_log_mistakes_and_exit_statuses(
    notebook_path: Path, robert: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = str(notebook_path)
    mbox = write_mbox(tmp_path / "sent.mbox", _messages())
    with pytest.raises(SystemExit) as usage:  # one source, and only one
        _main("mail-log", "--mbox", str(mbox), "--maildir", str(tmp_path), "--notebook", nb)
    assert usage.value.code == cli.EXIT_USAGE
    assert _main("mail-log", "--mbox", str(mbox), "--notebook", nb) == cli.EXIT_USAGE
    assert "Say which addresses are yours" in capsys.readouterr().err
    missing = str(tmp_path / "nothing.mbox")
    assert _main("mail-log", "--mbox", missing, "--me", ME, "--notebook", nb) == cli.EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err
    assert _main("mail-log", "--account", "work", "--me", ME, "--notebook", nb) == cli.EXIT_USAGE
    assert "no mail account is called “work”" in capsys.readouterr().err
    absent = str(tmp_path / "absent.sqlite")
    assert _main("mail-log", "--mbox", str(mbox), "--notebook", absent) == cli.EXIT_BAD_NOTEBOOK


def test_mail_log_says_when_the_server_cannot_be_reached(
    notebook_path: Path, robert: int, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    notebook = Notebook.open(notebook_path)
    try:
        add_source(notebook, Source(SourceKind.IMAP, "127.0.0.1", ME, port, "work"))
    finally:
        notebook.close()
    monkeypatch.setattr("relnotebook.core.mail.imap.keyring_password", lambda account: "secret")
    status = _main("mail-log", "--account", "work", "--notebook", str(notebook_path))
    assert status == EXIT_UNREACHABLE == 5
    assert "could not be reached" in capsys.readouterr().err
