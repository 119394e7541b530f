"""Hand a drafted signal to the advisor's own mail client; the app itself never sends anything.

Sending from their own address keeps the conversation where it belongs, in their mailbox, and
keeps the app offline with no password to store. Two ways out: a `mailto:` link (the mail client
opens a new message) and an `.eml` file marked as unsent (the mail client opens it as a draft;
useful when the link would be too long or the client mangles long links). Both are plain
functions of their arguments: no network code here. `save_eml` writes the file (private: it holds
the person's name and what they said) and remembers it among the copies made outside the app.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import re
import secrets
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from relnotebook.files import write_private_file
from relnotebook.store.files.outside_copies import CopyKind, record_copy

_LINE_BREAKS = re.compile(r"\r\n|\r|\n")


def _one_line(text: str) -> str:
    """Headers cannot hold line breaks (and must not: that is header injection)."""
    return " ".join(_LINE_BREAKS.sub(" ", text).split())


def mailto_url(to: str, subject: str, body: str, *, message_id: str = "") -> str:
    """A RFC 6068 `mailto:` URL that opens a new message in the user's mail client.

    Everything outside the unreserved characters is percent-encoded as UTF-8 (so "&", "#", "?",
    "=", "+" and "%" in the text cannot cut it short or be read as spaces), except "@" in the
    address. Line breaks in the body become CRLF (%0D%0A) as the RFC asks; the subject is one line.
    `message_id` (`new_message_id`) is asked for as the message's Message-ID; a mail client
    that makes its own instead leaves the mail log to find the answer by its date.
    """
    address = quote(to.strip(), safe="@")
    body_crlf = _LINE_BREAKS.sub("\r\n", body)
    query = f"subject={quote(_one_line(subject), safe='')}&body={quote(body_crlf, safe='')}"
    if message_id:  # an hfield (RFC 6068): clients that keep it let the mail log find the answer
        query += f"&Message-ID={quote(_one_line(message_id), safe='')}"
    return f"mailto:{address}?{query}"


MESSAGE_ID_DOMAIN = "relnotebook.invalid"


def new_message_id(day: dt.date) -> str:
    """A fresh RFC 5322 Message-ID for a draft (`<20261207.3f9a…@relnotebook.invalid>`):
    recorded with the message sent, it is how the mail log knows an answer to it (the answer's
    In-Reply-To or References quote it). Random, so it says nothing about the person."""
    return f"<{day:%Y%m%d}.{secrets.token_hex(12)}@{MESSAGE_ID_DOMAIN}>"


def eml_bytes(
    to: str,
    subject: str,
    body: str,
    *,
    sender: str = "",
    date: dt.datetime | None = None,
    message_id: str = "",
) -> bytes:
    """An RFC 5322 message in UTF-8, with `X-Unsent: 1` so Outlook and others open it as a draft.

    Lines end in CRLF as the RFC asks; the body is quoted-printable, headers encoded words.

    No Date header unless given: the mail client stamps the message when it is really sent.
    A naive `date` is taken as local time. `message_id` (`new_message_id`) goes out with the
    message, so that the answer can be found.
    """
    message = EmailMessage(policy=email.policy.SMTP)
    if to.strip():
        message["To"] = _one_line(to)
    if sender.strip():
        message["From"] = _one_line(sender)
    message["Subject"] = _one_line(subject)
    if date is not None:
        message["Date"] = format_datetime(date if date.tzinfo else date.astimezone())
    if message_id:
        message["Message-ID"] = _one_line(message_id)
    message["X-Unsent"] = "1"
    # Quoted-printable: 7-bit safe and no line over 76 characters, whatever the mail client.
    message.set_content(_LINE_BREAKS.sub("\n", body), charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def save_eml(notebook_path: Path, path: Path, data: bytes) -> None:
    """Write a message made by `eml_bytes` to `path`, and record it as a copy made outside the
    app (erasing the person names it). OSError when it cannot be written."""
    write_private_file(path, data)
    record_copy(notebook_path, path, CopyKind.MESSAGE)
