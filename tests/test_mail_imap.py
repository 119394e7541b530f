"""The mail log against a real IMAP server on loopback: Dovecot (tests/dovecot_server.py),
skipped with the reason where it cannot start. TLS only, the Sent folder found by its
special-use flag, read-only, incremental by UID, and a server that goes away mid-run."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Iterator

import pytest
from sqlmodel import func, select

from relnotebook.core import settings
from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.mail.local import MailSourceError
from relnotebook.core.mail.service import Source, SourceKind, log_mail
from relnotebook.core.models import Contact, Initiator, MailLogged, MailSource
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests import dovecot_server
from tests.conftest import TODAY
from tests.helpers.mailboxes import JULIE, ME, ROBERT, Mail

pytest.importorskip("imap_tools", reason="imap-tools is not installed")

DAY = TODAY - dt.timedelta(days=10)


@pytest.fixture(scope="module")
def server() -> Iterator[dovecot_server.Server]:
    try:
        running = dovecot_server.start()
    except dovecot_server.ServerUnavailable as exc:
        pytest.skip(f"no IMAP server for the tests: {exc}")
    yield running
    running.stop()


@pytest.fixture
def mailbox(server: dovecot_server.Server) -> Iterator[object]:
    """The test user's mailbox, emptied before each test (a new UIDVALIDITY is not needed:
    each test's notebook is new)."""
    from imap_tools import MailBox

    box = MailBox(server.host, server.port, ssl_context=server.ssl_context()).login(
        dovecot_server.USER, dovecot_server.PASSWORD, initial_folder=None
    )
    for folder in ("INBOX", dovecot_server.SENT, "Archives"):
        box.folder.set(folder)
        box.delete(box.uids())
    yield box
    box.logout()


def _append(box: object, folder: str, message: Mail) -> None:
    box.append(message.as_bytes().replace(b"\n", b"\r\n"), folder)  # type: ignore[attr-defined]


@pytest.fixture
def people(notebook: Notebook) -> dict[str, int]:
    settings.set_text(notebook, settings.MAIL_MY_ADDRESSES, ME)
    return {
        "robert": add_person(notebook, PersonFields(given_name="Robert", emails=(ROBERT,))),
        "julie": add_person(notebook, PersonFields(given_name="Julie", emails=(JULIE,))),
    }


def _source(server: dovecot_server.Server) -> Source:
    return Source(SourceKind.IMAP, server.host, dovecot_server.USER, server.port, "work")


def _run(notebook: Notebook, server: dovecot_server.Server, **kwargs: object) -> object:
    return log_mail(
        notebook,
        _source(server),
        today=TODAY,
        password=dovecot_server.PASSWORD,
        ssl_context=server.ssl_context(),
        **kwargs,  # type: ignore[arg-type]
    )


def _count(notebook: Notebook, model: type) -> int:
    with notebook.reader() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def test_inbox_and_the_folder_marked_sent_are_read_once_and_then_incrementally(
    notebook: Notebook, people: dict[str, int], server: dovecot_server.Server, mailbox: object
) -> None:
    _append(mailbox, dovecot_server.SENT, Mail(ME, [ROBERT], DAY, "<s1@conseil.example>"))
    _append(mailbox, "INBOX", Mail(JULIE, [ME], DAY, "<r1@martel.example>"))
    # Not Inbox, not marked \Sent: not read.
    _append(mailbox, "Archives", Mail(ROBERT, [ME], DAY, "<a1@tremblay.example>"))
    run = _run(notebook, server)
    assert (run.read, run.logged) == (2, 2)  # type: ignore[attr-defined]
    assert [c.initiated_by for c in person_contacts(notebook, people["robert"])] == [Initiator.ME]
    assert [c.initiated_by for c in person_contacts(notebook, people["julie"])] == [Initiator.THEM]
    with notebook.reader() as session:
        source = session.exec(select(MailSource)).one()
    assert '"uid": 1' in source.state and "uidvalidity" in source.state

    again = _run(notebook, server)
    assert (again.read, again.logged) == (0, 0)  # type: ignore[attr-defined]
    _append(mailbox, "INBOX", Mail(ROBERT, [ME], DAY + dt.timedelta(days=1), "<r2@t.example>"))
    third = _run(notebook, server)
    assert (third.read, third.logged) == (1, 1)  # type: ignore[attr-defined]

    # Read-only: nothing was marked as read on the server.
    mailbox.folder.set("INBOX")  # type: ignore[attr-defined]
    flags = [m.flags for m in mailbox.fetch(mark_seen=False, headers_only=True)]  # type: ignore[attr-defined]
    assert flags and all("\\Seen" not in f for f in flags)


def test_a_wrong_password_is_one_sentence(
    notebook: Notebook, people: dict[str, int], server: dovecot_server.Server, mailbox: object
) -> None:
    with pytest.raises(MailSourceError, match="refused the user name or the password") as caught:
        log_mail(
            notebook,
            _source(server),
            today=TODAY,
            password="wrong",
            ssl_context=server.ssl_context(),
        )
    assert not caught.value.unreachable


def test_a_server_whose_certificate_is_not_trusted_is_refused(
    notebook: Notebook, people: dict[str, int], server: dovecot_server.Server, mailbox: object
) -> None:
    with pytest.raises(MailSourceError, match="could not be reached over TLS") as caught:
        log_mail(
            notebook,
            _source(server),
            today=TODAY,
            password=dovecot_server.PASSWORD,
            ssl_context=ssl.create_default_context(),  # the system's authorities only
        )
    assert caught.value.unreachable
    assert _count(notebook, MailSource) == 0


def test_a_server_that_drops_the_connection_midway_leaves_nothing_half_written(
    notebook: Notebook, people: dict[str, int], mailbox: object
) -> None:
    # A server of its own: this one is killed.
    try:
        doomed = dovecot_server.start()
    except dovecot_server.ServerUnavailable as exc:
        pytest.skip(f"no IMAP server for the tests: {exc}")
    try:
        from imap_tools import MailBox

        with MailBox(doomed.host, doomed.port, ssl_context=doomed.ssl_context()).login(
            dovecot_server.USER, dovecot_server.PASSWORD, initial_folder=None
        ) as box:
            _append(box, "INBOX", Mail(JULIE, [ME], DAY, "<d1@martel.example>"))
            _append(box, dovecot_server.SENT, Mail(ME, [ROBERT], DAY, "<d2@conseil.example>"))

        def kill_after_the_inbox(done: int, total: int) -> None:
            if done == 1:  # the Inbox is read, the Sent folder is next
                doomed.kill()

        with pytest.raises(MailSourceError, match="closed the connection") as caught:
            log_mail(
                notebook,
                Source(SourceKind.IMAP, doomed.host, dovecot_server.USER, doomed.port),
                today=TODAY,
                password=dovecot_server.PASSWORD,
                ssl_context=doomed.ssl_context(),
                progress=kill_after_the_inbox,
            )
        assert caught.value.unreachable
        assert _count(notebook, Contact) == _count(notebook, MailLogged) == 0
        assert _count(notebook, MailSource) == 0
    finally:
        doomed.stop()
