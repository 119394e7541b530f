"""`relnotebook sync` against Radicale on loopback (tests/radicale_server.py): what came in and
went out, --dry-run writing nothing, --json, and exit 5 when the server cannot be reached."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.cli.sync import EXIT_UNREACHABLE
from relnotebook.clock import FixedClock
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests import radicale_server
from tests.conftest import TODAY

pytest.importorskip("caldav", reason="caldav is not installed")
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def server() -> Iterator[radicale_server.Server]:
    try:
        running = radicale_server.start(with_password=True)
    except radicale_server.ServerUnavailable as exc:
        pytest.skip(f"no DAV server for the tests: {exc}")
    yield running
    running.stop()


@pytest.fixture
def julie(notebook_path: Path) -> int:
    notebook = Notebook.open(notebook_path)
    try:
        return add_person(notebook, PersonFields(given_name="Julie", family_name="Tremblay"))
    finally:
        notebook.close()


def _main(*argv: str) -> int:
    return cli.main(list(argv), clock=FixedClock(TODAY))


def test_sync_prints_what_went_out_and_a_dry_run_writes_nothing(
    notebook_path: Path, julie: int, server: radicale_server.Server, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(
        "relnotebook.core.sync.dav.keyring_password", lambda service, user: server.password
    )
    where = ("--notebook", str(notebook_path))
    user = f"{radicale_server.USER}1"
    before = notebook_path.read_bytes()
    assert _main("sync", server.url, "--user", user, "--dry-run", *where) == 0
    out = capsys.readouterr().out
    assert out.startswith("Dry run, nothing written") and "1 cards sent" in out
    assert notebook_path.read_bytes() == before

    assert _main("sync", server.url, "--user", user, "--json", *where) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["sent"] == [{"person_id": julie, "name": "Julie Tremblay", "fields": []}]
    assert found["backup"] is not None and not found["dry_run"]

    assert _main("sync", server.url, "--user", user, *where) == 0
    assert "0 cards sent" in capsys.readouterr().out


def test_sync_exits_5_when_the_server_cannot_be_reached(
    notebook_path: Path, julie: int, capsys
) -> None:
    url = f"http://127.0.0.1:{radicale_server.free_port()}/"
    assert _main("sync", url, "--notebook", str(notebook_path)) == EXIT_UNREACHABLE == 5
    assert "could not be reached" in capsys.readouterr().err


def test_sync_exits_2_on_a_wrong_password(
    notebook_path: Path, julie: int, server: radicale_server.Server, capsys, monkeypatch
) -> None:
    monkeypatch.setattr("relnotebook.core.sync.dav.keyring_password", lambda s, u: "wrong")
    status = _main("sync", server.url, "--user", "anne2", "--notebook", str(notebook_path))
    assert status == 2
    assert "refused the user name or password" in capsys.readouterr().err


def test_tag_stage_and_send_options_choose_whom_and_what_and_are_kept(
    notebook_path: Path, julie: int, server: radicale_server.Server, capsys, monkeypatch
) -> None:
    from relnotebook.cli.parser import STAGES
    from relnotebook.core.models import Stage
    from relnotebook.core.people.notes import add_note
    from relnotebook.core.sync.dav import DavAccount
    from relnotebook.core.sync.scope import Scope, read_scope

    assert tuple(s.value for s in Stage) == STAGES
    monkeypatch.setattr(
        "relnotebook.core.sync.dav.keyring_password", lambda service, user: server.password
    )
    notebook = Notebook.open(notebook_path)
    try:
        marc = add_person(
            notebook, PersonFields(given_name="Marc", family_name="Gagnon", tags=("golf",))
        )
        add_note(notebook, marc, text="Plays on Sundays", date=TODAY)
    finally:
        notebook.close()
    user = f"{radicale_server.USER}3"
    account = DavAccount(server.url, user)
    where = ("--notebook", str(notebook_path), "--json")

    assert _main("sync", server.url, "--user", user, "--tag", "nope", *where) == 2
    assert "No one has the tag “nope”." in capsys.readouterr().err
    assert _main("sync", server.url, "--user", user, "--all", "--tag", "golf", *where) == 2
    assert "not both" in capsys.readouterr().err

    argv = ("--tag", "Golf", "--stage", "client", "--send-notes", "--dry-run")
    assert _main("sync", server.url, "--user", user, *argv, *where) == 0
    found = json.loads(capsys.readouterr().out)
    assert [c["person_id"] for c in found["sent"]] == [marc]
    assert found["scope"]["tags"] == ["golf"] and found["scope"]["send_notes"]

    def kept() -> Scope:
        notebook = Notebook.open(notebook_path)
        try:
            return read_scope(notebook, account)
        finally:
            notebook.close()

    assert kept() == Scope()  # a dry run keeps nothing
    assert _main("sync", server.url, "--user", user, *argv[:-1], *where) == 0
    assert [c["person_id"] for c in json.loads(capsys.readouterr().out)["sent"]] == [marc]
    assert kept() == Scope(("golf",), ("client",), notes=True)
    assert _main("sync", server.url, "--user", user, *where[:2]) == 0  # the choice stays
    out = capsys.readouterr().out
    assert "Only the people tagged golf or at stage client." in out
    assert "The cards carry their notes (NOTE)." in out

    assert _main("sync", server.url, "--user", user, "--all", "--no-send-notes", *where) == 0
    again = json.loads(capsys.readouterr().out)
    assert sorted(c["person_id"] for c in again["sent"]) == sorted([julie, marc])
    assert kept() == Scope()


def test_another_server_starts_fresh_only_when_the_user_says_so(
    notebook_path: Path, julie: int, server: radicale_server.Server, capsys, monkeypatch
) -> None:
    """As Sync Settings does: the notebook forgets what it synced with the other server (whose
    cards stay there), after asking at the terminal, or with --yes."""
    from sqlmodel import select

    from relnotebook.core.models import SyncAccount, SyncCard

    monkeypatch.setattr(
        "relnotebook.core.sync.dav.keyring_password", lambda service, user: server.password
    )
    where = ("--notebook", str(notebook_path))
    first, other = f"{radicale_server.USER}5", f"{radicale_server.USER}6"
    assert _main("sync", server.url, "--user", first, *where) == 0
    capsys.readouterr()

    def accounts() -> list[tuple[str, int]]:
        notebook = Notebook.open(notebook_path)
        try:
            with notebook.reader() as session:
                return [
                    (row.user, len(session.exec(select(SyncCard).where(
                        SyncCard.account_id == row.id)).all()))
                    for row in session.exec(select(SyncAccount))
                ]  # fmt: skip
        finally:
            notebook.close()

    monkeypatch.setattr("sys.stdin", _Typed(""))  # not a terminal: --yes is needed
    assert _main("sync", server.url, "--user", other, *where) == 2
    assert "add --yes to start fresh" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", _Typed("n\n", terminal=True))
    assert _main("sync", server.url, "--user", other, *where) == 0
    assert "Nothing was synced." in capsys.readouterr().out
    assert accounts() == [(first, 1)]

    assert _main("sync", server.url, "--user", other, "--dry-run", *where) == 0  # asks nothing
    assert accounts() == [(first, 1)]
    monkeypatch.setattr("sys.stdin", _Typed("oui\n", terminal=True))
    assert _main("sync", server.url, "--user", other, *where) == 0
    out = capsys.readouterr().out
    assert "starts fresh" in out and "1 cards sent" in out
    assert accounts() == [(other, 1)]  # the first server's state forgotten, in one go
    assert _main("sync", server.url, "--user", first, "--yes", *where) == 0
    assert accounts() == [(first, 1)]


class _Typed:
    """Standard input: what the user types, at a terminal or not."""

    def __init__(self, text: str, *, terminal: bool = False) -> None:
        self.lines = iter(text.splitlines(keepends=True))
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal

    def readline(self) -> str:
        return next(self.lines, "")
