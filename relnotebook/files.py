"""Writing files that hold people's private data: all at once, readable by the owner only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private_file(out: Path, content: bytes) -> None:
    """Replace `out` in one step: a temporary file beside it (mode 0600), then a rename.

    A reader never sees half a file, and a failure leaves the previous file as it was.
    """
    fd, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
