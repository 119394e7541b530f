"""One message's headers, read from the bytes a mail store or server gave (never a body).

Only From, To, Cc, Date, Message-ID, In-Reply-To and References are looked at (the Subject
only when the user turned it on); names in encoded words (`=?utf-8?q?…?=`) are decoded. A
message without a sender or a readable date is malformed: the caller skips it and counts it.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

# What an IMAP server is asked for (BODY.PEEK[HEADER.FIELDS (…)]), and all a local store's
# header block is read for.
FIELDS = ("FROM", "TO", "CC", "DATE", "MESSAGE-ID", "IN-REPLY-TO", "REFERENCES")
SUBJECT = "SUBJECT"

_PARSER = BytesHeaderParser(policy=email.policy.default)
_MESSAGE_IDS = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class Headers:
    sender: str  # the From address, lower case
    recipients: tuple[str, ...]  # To and Cc addresses, lower case
    day: dt.date
    message_key: str  # a hash of the Message-ID (of a few headers when it has none)
    answers: tuple[str, ...]  # the Message-IDs in In-Reply-To and References
    subject: str
    raw_names: tuple[tuple[str, str], ...]  # (address, raw display name) of the recipients

    def name_of(self, address: str) -> str:
        """The display name given to `address`, encoded words decoded ("" when none)."""
        for found, raw in self.raw_names:
            if found == address and raw:
                return decoded_name(raw)
        return ""


def decoded_name(raw: str) -> str:
    """ "=?utf-8?q?Ren=C3=A9e?= Côté" → "Renée Côté"."""
    try:
        header = email.policy.default.header_factory("to", f"{raw} <x@example.invalid>")
        addresses: tuple[Address, ...] = header.addresses
        return addresses[0].display_name if addresses else raw
    except Exception:  # noqa: BLE001 - a name we cannot decode is shown as written
        return raw


def message_key(message_id: str) -> str:
    """What the notebook keeps of a Message-ID: its SHA-256, never the text."""
    return hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).hexdigest()


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    return [
        (name, address.strip().lower()) for name, address in getaddresses(values) if "@" in address
    ]


def parse(raw: bytes, *, read_subject: bool = False) -> Headers | None:
    """The headers in `raw` (a header block, or a whole message of which only the headers are
    read); None when the message is malformed (no sender or no readable date)."""
    message = _PARSER.parsebytes(raw)
    fields: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        fields.setdefault(name.lower(), []).append(str(value))
    senders = _addresses(fields.get("from", [])[:1])
    dates = fields.get("date")
    if not senders or not dates:
        return None
    try:
        when = parsedate_to_datetime(dates[0].strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or not 1900 <= when.year <= 2999:
        return None
    recipients = _addresses(fields.get("to", []) + fields.get("cc", []))
    found = _MESSAGE_IDS.findall(" ".join(fields.get("message-id", [])[:1]))
    message_id = found[0] if found else ""
    if not message_id:  # the same message read twice still gives the same key
        message_id = "\n".join((dates[0].strip(), senders[0][1], *(a for _n, a in recipients)))
    answers = _MESSAGE_IDS.findall(
        " ".join(fields.get("in-reply-to", []) + fields.get("references", []))
    )
    subject = ""
    if read_subject and "subject" in fields:
        try:
            subject = " ".join(str(message["Subject"] or "").split())
        except Exception:  # noqa: BLE001 - an unreadable subject is left out, not the message
            subject = ""
    return Headers(
        sender=senders[0][1],
        recipients=tuple(dict.fromkeys(a for _n, a in recipients)),
        day=when.date(),
        message_key=message_key(message_id),
        answers=tuple(answers),
        subject=subject[:500],
        raw_names=tuple((a, n) for n, a in recipients),
    )
