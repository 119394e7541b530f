"""An IMAP account the user already has, read through `imap-tools`: TLS only, the Inbox and the
folder the server marks `\\Sent` (special-use, RFC 6154), each opened read-only (EXAMINE), and
of each new message only the header fields the log uses, fetched with BODY.PEEK (nothing is
marked read, nothing is written to the server).

Incremental: per folder, the UIDVALIDITY and the last UID read; a folder whose UIDVALIDITY
changed is read again (the Message-IDs already logged keep that harmless). The first read
of a folder goes back to `since`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from relnotebook.core import secrets
from relnotebook.core.mail.headers import FIELDS, SUBJECT
from relnotebook.core.mail.local import MailSourceError, Progress

DEFAULT_PORT = 993
KEYRING_SERVICE = "relnotebook-mail"  # the password's place in the system keyring
_BATCH = 500
_UID = re.compile(rb"UID (\d+)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ImapAccount:
    host: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def keyring_user(self) -> str:
        """How the keyring names this account's password: `user@host:port`."""
        return f"{self.user}@{self.host}:{self.port}"


def keyring_password(account: ImapAccount) -> str | None:
    """The account's password from the system keyring (None when there is none or no keyring)."""
    return secrets.keyring_password(KEYRING_SERVICE, account.keyring_user)


def remember_password(account: ImapAccount, password: str) -> bool:
    """Keep the account's password in the system keyring; False when there is no usable
    keyring (it is then asked again, never written down)."""
    return secrets.remember_password(KEYRING_SERVICE, account.keyring_user, password)


def _imap_date(day: dt.date) -> str:
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year}"


def _dropped(account: ImapAccount) -> MailSourceError:
    return MailSourceError(
        "The mail server {host} closed the connection while it was being read. Nothing was "
        "logged; try again later.",
        host=account.host,
        unreachable=True,
    )


def read_imap(
    account: ImapAccount,
    password: str,
    state: dict[str, Any],
    *,
    since: dt.date | None,
    read_subject: bool,
    progress: Progress | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
) -> Iterator[bytes]:
    """The header blocks of the Inbox's and the Sent folder's new messages."""
    from imap_tools import MailBox
    from imap_tools.errors import MailboxLoginError

    context = ssl_context or ssl.create_default_context()
    try:
        mailbox = MailBox(account.host, account.port, timeout=timeout, ssl_context=context)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailSourceError(
            "The mail server {host} could not be reached over TLS: {reason}.",
            host=account.host,
            reason=getattr(exc, "strerror", None) or str(exc) or type(exc).__name__,
            unreachable=True,
        ) from exc
    try:
        try:
            mailbox.login(account.user, password, initial_folder=None)
        except MailboxLoginError as exc:
            raise MailSourceError(
                "The mail server {host} refused the user name or the password.",
                host=account.host,
            ) from exc
        folders = _folders(mailbox)
        fields = " ".join((*FIELDS, SUBJECT) if read_subject else FIELDS)
        for index, folder in enumerate(folders):
            yield from _read_folder(mailbox, folder, state, since, fields)
            if progress is not None:
                progress(index + 1, len(folders))
    except MailSourceError:
        raise
    except (OSError, imaplib.IMAP4.abort, EOFError) as exc:
        raise _dropped(account) from exc
    except imaplib.IMAP4.error as exc:
        raise MailSourceError(
            "The mail server {host} answered with an error: {reason}.",
            host=account.host,
            reason=str(exc),
        ) from exc
    finally:
        with contextlib.suppress(Exception):  # the connection may already be gone
            mailbox.client.shutdown()


def _folders(mailbox: Any) -> list[str]:
    """The Inbox and the folder(s) the server marks \\Sent."""
    found = ["INBOX"]
    for info in mailbox.folder.list():
        if "\\Sent" in info.flags and info.name not in found:
            found.append(info.name)
    return found


def _read_folder(
    mailbox: Any, folder: str, state: dict[str, Any], since: dt.date | None, fields: str
) -> Iterator[bytes]:
    status = mailbox.folder.status(folder, ("UIDVALIDITY", "UIDNEXT"))
    validity = int(status["UIDVALIDITY"])
    own = state.get(folder, {})
    last = int(own.get("uid", 0)) if own.get("uidvalidity") == validity else 0
    mailbox.folder.set(folder, readonly=True)  # EXAMINE: nothing in it can change
    if last:
        criteria = f"UID {last + 1}:*"
    elif since is not None:
        criteria = f"SINCE {_imap_date(since)}"
    else:
        criteria = "ALL"
    kind, data = mailbox.client.uid("SEARCH", criteria)
    if kind != "OK":
        raise imaplib.IMAP4.error(f"SEARCH {criteria}: {data!r}")
    uids = sorted(int(u) for u in b" ".join(d for d in data if d).split() if int(u) > last)
    newest = last
    for start in range(0, len(uids), _BATCH):
        batch = ",".join(str(u) for u in uids[start : start + _BATCH])
        kind, data = mailbox.client.uid(
            "FETCH", batch, f"(UID BODY.PEEK[HEADER.FIELDS ({fields})])"
        )
        if kind != "OK":
            raise imaplib.IMAP4.error(f"FETCH: {data!r}")
        for item in data:
            if isinstance(item, tuple) and len(item) >= 2:
                match = _UID.search(item[0])
                if match:
                    newest = max(newest, int(match.group(1)))
                yield item[1]
    state[folder] = {"uidvalidity": validity, "uid": newest}
