"""Mail stores the mail-log tests write themselves: messages, an mbox, a Maildir, a folder of
.eml files, a Thunderbird-like profile."""

from __future__ import annotations

import datetime as dt
import mailbox
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

ME = "anne@conseil.example"
ROBERT = "robert.tremblay@tremblayarchitectes.example"
JULIE = "Julie.Martel@Martel.example"
STRANGER = "inconnu@ailleurs.example"


@dataclass(frozen=True)
class Mail:
    sender: str
    to: Sequence[str]
    day: dt.date
    message_id: str
    cc: Sequence[str] = ()
    in_reply_to: str = ""
    subject: str = "Bonjour"
    body: str = "Le corps du message, jamais lu.\n"
    extra: Sequence[str] = field(default_factory=tuple)

    def as_bytes(self) -> bytes:
        when = dt.datetime.combine(self.day, dt.time(9, 30), tzinfo=dt.UTC)
        lines = [f"From: {self.sender}", f"To: {', '.join(self.to)}"]
        if self.cc:
            lines.append(f"Cc: {', '.join(self.cc)}")
        lines += [f"Date: {format_datetime(when)}", f"Subject: {self.subject}"]
        if self.message_id:
            lines.append(f"Message-ID: {self.message_id}")
        if self.in_reply_to:
            lines += [f"In-Reply-To: {self.in_reply_to}", f"References: {self.in_reply_to}"]
        lines += list(self.extra)
        return ("\n".join(lines) + "\n\n" + self.body).encode("utf-8")


def mbox_bytes(messages: Sequence[Mail | bytes]) -> bytes:
    out = []
    for message in messages:
        raw = message.as_bytes() if isinstance(message, Mail) else message
        out.append(b"From MAILER-DAEMON Mon Dec  7 05:00:00 2026\n" + raw.rstrip(b"\n") + b"\n\n")
    return b"".join(out)


def write_mbox(path: Path, messages: Sequence[Mail | bytes], *, append: bool = False) -> Path:
    with path.open("ab" if append else "wb") as handle:
        handle.write(mbox_bytes(messages))
    return path


def write_maildir(path: Path, messages: Sequence[Mail | bytes]) -> Path:
    box = mailbox.Maildir(path, create=True)
    for message in messages:
        box.add(message.as_bytes() if isinstance(message, Mail) else message)
    return path


def write_eml_folder(path: Path, messages: Sequence[Mail | bytes], *, start: int = 0) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for index, message in enumerate(messages, start):
        raw = message.as_bytes() if isinstance(message, Mail) else message
        (path / f"message-{index:04d}.eml").write_bytes(raw)
    return path


def write_thunderbird(
    profile: Path, messages: Sequence[Mail | bytes], *, append: bool = False
) -> Path:
    """A profile whose Local Folders hold the messages sent by ME in `Sent`, the others in
    `Inbox` (each with its .msf index beside it, as Thunderbird keeps them)."""
    folder = profile / "Mail" / "Local Folders"
    folder.mkdir(parents=True, exist_ok=True)
    (profile / "prefs.js").write_text("// prefs\n")
    sent = [m for m in messages if isinstance(m, Mail) and m.sender == ME]
    inbox = [m for m in messages if m not in sent]
    for name, part in (("Inbox", inbox), ("Sent", sent)):
        write_mbox(folder / name, part, append=append)
        (folder / f"{name}.msf").write_text("// index\n")
    return profile
