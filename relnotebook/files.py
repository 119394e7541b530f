"""Files the user names: written all at once, readable by the owner only, and only in place of
a regular file or at a new name; read only when they are regular files."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from relnotebook.errors import Sentence, SpecialFileError

# What stands at a name instead of a regular file, as the refusal names it.
_SPECIAL_KINDS = (
    (stat.S_ISDIR, Sentence("a folder")),
    (stat.S_ISLNK, Sentence("a symbolic link")),
    (stat.S_ISCHR, Sentence("a device")),
    (stat.S_ISBLK, Sentence("a device")),
    (stat.S_ISFIFO, Sentence("a named pipe")),
    (stat.S_ISSOCK, Sentence("a socket")),
)


def special_kind(mode: int) -> Sentence | None:
    """What a file of this `st_mode` is, when it is not a regular file (None when it is)."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _SPECIAL_KINDS if test(mode)), Sentence("a special file"))


def open_regular_file(path: Path) -> BinaryIO:
    """`path` opened for reading, if it is a regular file (a link to one is followed).

    Anything else raises `SpecialFileError` unread: reading a named pipe would wait for a
    writer for ever, /dev/zero would never end. The check is made on the opened file, so the
    file cannot be swapped between the check and the read, and the open itself does not wait
    (O_NONBLOCK: without it, opening a named pipe waits for a writer). A socket cannot be
    opened at all: ENXIO is told as one too. Other errors are the OSError they are.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise _not_read(path, Sentence("a socket")) from None
        raise
    try:
        kind = special_kind(os.fstat(descriptor).st_mode)
        if kind is not None:
            raise _not_read(path, kind)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _not_read(path: Path, kind: Sentence) -> SpecialFileError:
    return SpecialFileError(path, "{path} is {kind}, not a file: it was not read.", kind=kind)


def refuse_special_file(out: Path) -> None:
    """Raise `SpecialFileError` when `out` is there as anything but a regular file.

    A rename onto a device, a named pipe, a socket or a symbolic link would put a regular file
    in its place (as root, in place of /dev/full), and writing through it would feed a program
    or reach another file: neither is what the user asked. A link is not followed, dangling or
    not. Other errors (no such folder, no permission) are the OSError they are.
    """
    try:
        mode = os.lstat(out).st_mode
    except FileNotFoundError:
        return  # a new name
    kind = special_kind(mode)
    if kind is None:
        return
    raise SpecialFileError(
        out, "{path} is {kind}, not a file: nothing was written there.", kind=kind
    )


def write_private_file(out: Path, content: bytes) -> None:
    """Replace `out` in one step: a temporary file beside it (mode 0600), then a rename.

    A reader never sees half a file, and a failure leaves the previous file as it was. Only a
    regular file or a new name is written (`refuse_special_file`): checked before writing and
    again just before the rename.
    """
    refuse_special_file(out)
    # The temporary name is kept short: `out` may use the whole of the file system's limit.
    fd, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name[:40]}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        refuse_special_file(out)  # something may have been put there while we wrote
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
