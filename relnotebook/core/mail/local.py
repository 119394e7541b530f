"""Mail kept on this computer: an mbox file, a Maildir, a folder of .eml files, a Thunderbird
profile (its folders are mbox files). Only each message's header block is read.

Each reader yields the header blocks of the messages new since the `state` it was given and
leaves in `state` how far it read: for an mbox, the file's size and the position reached (a
file that shrank, or whose bytes at that position no longer start a message, was compacted:
it is read again from the start, and the Message-IDs already logged keep that harmless); for
the folders of files, the newest modification time read.
"""

from __future__ import annotations

import contextlib
import mailbox
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from relnotebook.errors import SentenceError

Progress = Callable[[int, int], None]  # (done, total), in bytes or files
_BLANK = (b"\n", b"\r\n")
_HEADER_LIMIT = 256 * 1024  # a header block longer than this is cut (it is malformed anyway)


class MailSourceError(SentenceError):
    """A mailbox could not be read: said in one sentence; nothing was logged.
    `unreachable`: a server that could not be reached or dropped the connection."""

    def __init__(self, template: str, *, unreachable: bool = False, **params: Any) -> None:
        super().__init__(template, **params)
        self.unreachable = unreachable


def _no_source(path: Path) -> MailSourceError:
    return MailSourceError("{path} cannot be read as mail: it does not exist.", path=str(path))


def read_mbox(path: Path, state: dict[str, Any], progress: Progress | None) -> Iterator[bytes]:
    """The header blocks of an mbox file from where the last run stopped."""
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except FileNotFoundError:
        raise _no_source(path) from None
    except OSError as exc:
        raise MailSourceError(
            "{path} cannot be read: {reason}.", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    with handle:
        start = int(state.get("position", 0))
        if start > size or start < 0 or (start and not _starts_message(handle, start)):
            start = 0  # compacted or replaced: read it all again
        handle.seek(start)
        yield from _mbox_headers(handle, start, size, progress)
        state["position"] = handle.tell()  # also what was appended while reading


def _starts_message(handle: Any, position: int) -> bool:
    handle.seek(position)
    return handle.read(5) in (b"From ", b"")


def _mbox_headers(handle: Any, start: int, size: int, progress: Progress | None) -> Iterator[bytes]:
    block: list[bytes] = []
    in_headers = False
    blank_before = True
    done = start
    step = max(size // 200, 1 << 20)
    next_report = start + step
    for line in handle:
        done += len(line)
        if blank_before and line.startswith(b"From "):
            if in_headers and block:  # a message with headers only
                yield b"".join(block)
            block, in_headers = [], True
        elif in_headers:
            if line in _BLANK:
                in_headers = False
                yield b"".join(block)
                block = []
            elif len(block) < 2000:
                block.append(line)
        blank_before = line in _BLANK
        if progress is not None and done >= next_report:
            progress(done, size)
            next_report = done + step
    if in_headers and block:
        yield b"".join(block)
    if progress is not None:
        progress(size, size)


def _header_block(path: Path) -> bytes:
    """The header block of a message file (up to the first blank line)."""
    lines: list[bytes] = []
    total = 0
    with path.open("rb") as handle:
        for line in handle:
            if line in _BLANK or total > _HEADER_LIMIT:
                break
            lines.append(line)
            total += len(line)
    return b"".join(lines)


def _read_files(
    files: list[tuple[float, Path]], state: dict[str, Any], progress: Progress | None
) -> Iterator[bytes]:
    """The header blocks of message files changed since the newest one read last time (files
    of that same second are read again: their Message-IDs are already logged)."""
    since = float(state.get("mtime", 0.0))
    new = sorted((m, p) for m, p in files if m >= since)
    newest = since
    for done, (mtime, path) in enumerate(new, 1):
        try:
            block = _header_block(path)
        except OSError:
            continue  # moved or deleted by the mail client meanwhile: the next run sees it
        newest = max(newest, mtime)
        yield block
        if progress is not None and (done % 500 == 0 or done == len(new)):
            progress(done, len(new))
    state["mtime"] = newest


def _stamped(paths: Iterator[Path]) -> list[tuple[float, Path]]:
    found = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            found.append((stat.st_mtime, path))
    return found


def read_maildir(path: Path, state: dict[str, Any], progress: Progress | None) -> Iterator[bytes]:
    """The header blocks of a Maildir's messages (and its sub-folders', Maildir++)."""
    if not (path / "cur").is_dir() and not (path / "new").is_dir():
        if not path.exists():
            raise _no_source(path)
        raise MailSourceError(
            "{path} is not a Maildir (it has no cur or new folder).", path=str(path)
        )
    folders = [path]
    with contextlib.suppress(OSError):
        folders += [
            path / f".{name}" for name in mailbox.Maildir(path, create=False).list_folders()
        ]
    files = _stamped(
        entry
        for folder in folders
        for sub in ("cur", "new")
        if (folder / sub).is_dir()
        for entry in (folder / sub).iterdir()
        if not entry.name.startswith(".")
    )
    yield from _read_files(files, state, progress)


def read_eml_folder(
    path: Path, state: dict[str, Any], progress: Progress | None
) -> Iterator[bytes]:
    """The header blocks of the .eml files in a folder and its sub-folders."""
    if not path.is_dir():
        if not path.exists():
            raise _no_source(path)
        raise MailSourceError("{path} is not a folder.", path=str(path))
    files = _stamped(p for p in path.rglob("*") if p.suffix.lower() == ".eml")
    yield from _read_files(files, state, progress)


_NOT_MBOX = {".msf", ".dat", ".json", ".sqlite", ".txt", ".html", ".js", ".xml", ".log"}


def thunderbird_folders(profile: Path) -> list[Path]:
    """A Thunderbird profile's mail folders: the mbox files under Mail/ and ImapMail/ (a file
    with no extension; Thunderbird keeps an index `<name>.msf` beside each)."""
    found = []
    for top in ("Mail", "ImapMail"):
        root = profile / top
        if not root.is_dir():
            continue
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                candidate = Path(dirpath) / name
                if candidate.suffix.lower() in _NOT_MBOX or name.startswith("."):
                    continue
                if "." not in name or candidate.with_name(name + ".msf").exists():
                    found.append(candidate)
    return sorted(found)


def read_thunderbird(
    profile: Path, state: dict[str, Any], progress: Progress | None
) -> Iterator[bytes]:
    """The header blocks of every mail folder of a Thunderbird profile, each read on from where
    the last run stopped (`state` per folder, by its path in the profile)."""
    if not profile.is_dir():
        if not profile.exists():
            raise _no_source(profile)
        raise MailSourceError("{path} is not a folder.", path=str(profile))
    folders = thunderbird_folders(profile)
    if not folders:
        raise MailSourceError(
            "{path} holds no Thunderbird mail folders (Mail or ImapMail).", path=str(profile)
        )
    for index, folder in enumerate(folders):
        key = str(folder.relative_to(profile))
        own = dict(state.get(key, {}))
        yield from read_mbox(folder, own, None)
        state[key] = own
        if progress is not None:
            progress(index + 1, len(folders))
