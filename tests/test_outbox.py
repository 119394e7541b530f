"""Handing a draft to the mail client: mailto links and unsent .eml files, read back."""

from __future__ import annotations

import datetime as dt
import email.policy
import re
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from relnotebook.core.outreach.outbox import eml_bytes, mailto_url

TRICKY_SUBJECT = "Un café? & #1 = 100% + ☕ à Noël"
TRICKY_BODY = (
    "Robert, j’ai apprécié notre conversation d’hier soir.\n"
    "Questions? a=b&c=d #hashtag 50% + 50% 🚴‍♂️\n"
    "\n"
    "Julie"
)


def read_mailto(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.fragment == ""  # a raw "#" would have cut the body short
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)


@pytest.mark.parametrize(
    ("to", "subject", "body"),
    [
        ("robert@example.com", TRICKY_SUBJECT, TRICKY_BODY),
        ("robert+velo@example.com", "Coffee?", "Line one\nLine two"),
        ("hélène@exemple.ca", "Écrire", "Très bien! 🎉"),
        ("", "Sans destinataire", "Corps"),
        ("paul@example.com", "100%", "%0D%0A is not a line break, %20 not a space"),
    ],
)
def test_mailto_round_trip(to: str, subject: str, body: str) -> None:
    address, query = read_mailto(mailto_url(to, subject, body))
    assert address == to
    assert query == {"subject": [subject], "body": [body.replace("\n", "\r\n")]}


def test_mailto_encodes_everything_outside_unreserved() -> None:
    url = mailto_url("robert+velo@example.com", TRICKY_SUBJECT, TRICKY_BODY)
    head, _, query = url.partition("?")
    assert head == "mailto:robert%2Bvelo@example.com"
    for field in query.split("&"):
        name, value = field.split("=")
        assert name in ("subject", "body")
        assert re.fullmatch(r"(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*", value), value
    assert "+" not in query  # a raw "+" is read as a space by many clients


def test_mailto_line_breaks_are_crlf_exactly_once() -> None:
    url = mailto_url("a@b.c", "S", "one\ntwo\r\nthree\rfour")
    assert url.endswith("body=one%0D%0Atwo%0D%0Athree%0D%0Afour")


def test_mailto_subject_stays_on_one_line() -> None:
    _, query = read_mailto(mailto_url("a@b.c", "Hello\r\nBcc: someone@evil.example", "x"))
    assert query["subject"] == ["Hello Bcc: someone@evil.example"]


def parse(data: bytes) -> email.message.EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, email.message.EmailMessage)
    return message


def body_of(message: email.message.EmailMessage) -> str:
    # On the wire lines end in CRLF; mail clients show them as line breaks.
    return message.get_content().replace("\r\n", "\n")


def test_eml_round_trip_with_accents_and_emoji() -> None:
    data = eml_bytes("Hélène Côté <helene+notes@example.com>", TRICKY_SUBJECT, TRICKY_BODY)
    message = parse(data)
    assert message["To"] == "Hélène Côté <helene+notes@example.com>"
    assert message["To"].addresses[0].addr_spec == "helene+notes@example.com"
    assert message["Subject"] == TRICKY_SUBJECT
    assert body_of(message) == TRICKY_BODY + "\n"
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"


def test_eml_is_plain_ascii_with_crlf_lines() -> None:
    data = eml_bytes("robert@example.com", TRICKY_SUBJECT, TRICKY_BODY)
    assert all(byte < 128 for byte in data)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 78


def test_eml_sender_and_date_when_given() -> None:
    when = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    message = parse(
        eml_bytes("r@example.com", "S", "B", sender="Julie Roy <j@example.com>", date=when)
    )
    assert message["From"] == "Julie Roy <j@example.com>"
    assert parsedate_to_datetime(message["Date"]) == when


def test_eml_without_sender_or_date_leaves_them_to_the_mail_client() -> None:
    message = parse(eml_bytes("r@example.com", "S", "B"))
    assert message["From"] is None and message["Date"] is None
    assert message["X-Unsent"] == "1"


def test_eml_headers_cannot_be_injected() -> None:
    message = parse(eml_bytes("r@example.com", "Hi\nBcc: someone@evil.example", "Body"))
    assert message["Bcc"] is None
    assert message["Subject"] == "Hi Bcc: someone@evil.example"
