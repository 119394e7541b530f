"""Copying, checking and replacing notebook files: the SQLite half of backups.

Backups use SQLite's online backup API from a read-only connection that holds one read
transaction, so the copy is a consistent snapshot even while the app keeps writing (WAL). Every
copy goes to a temporary file first and is renamed into place, so a backup that is cut short
(Cancel, a full disk, a crash) never looks like a good one. The rest of the app sees paths and
counts only; the `-wal` and `-shm` companions of a file are known here and in `store.access`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from relnotebook.errors import (
    DamagedNotebookError,
    NotebookAccessError,
    NotebookError,
    SpecialFileError,
    StorageError,
)
from relnotebook.files import refuse_special_file
from relnotebook.store.access import COMPANIONS, access_error, companion, refused

T = TypeVar("T")
Progress = Callable[[int, int], bool]

# Pages copied per step: small enough for a smooth progress bar and a prompt Cancel, large
# enough that a 50 MB notebook takes a few dozen steps.
PAGES_PER_STEP = 256
# Besides the -wal and -shm (COMPANIONS), what an interrupted copy may leave beside it.
LEFTOVERS = (*COMPANIONS, "-journal")
# What PRAGMA quick_check says at most: the first problems are enough to tell the user.
MAX_PROBLEMS = 20


class BackupError(NotebookError):
    """A copy could not be written (full disk, read-only folder): the sentence says which."""


class BackupCancelled(Exception):
    """The user pressed Cancel: the partial copy was removed, nothing else changed."""


def connect(path: Path, *, immutable: bool = False, any_thread: bool = False) -> sqlite3.Connection:
    """A read-only connection to the file at `path`; `immutable` (for a quiet file only, see
    `read_quietly`) takes no lock and creates nothing beside it."""
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{options}", uri=True, check_same_thread=not any_thread
    )


def _fingerprint(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return info.st_ino, info.st_size, info.st_mtime_ns


def _quiet(path: Path) -> bool:
    """No journal beside the file: nobody has it open, and the main file says it all."""
    return not any(companion(path, suffix).exists() for suffix in ("-wal", "-journal"))


def _database_error(exc: BaseException) -> bool:
    """SQLite's error, or SQLAlchemy's wrapping of it, or the store's (`StorageError`)."""
    if isinstance(exc, StorageError) and exc.__cause__ is not None:
        exc = exc.__cause__
    return isinstance(getattr(exc, "orig", exc), sqlite3.DatabaseError)


def read_quietly(path: Path, read: Callable[[bool], T]) -> T:
    """Run `read(immutable)`, which reads the file through read-only connections (`connect`),
    so that it leaves no trace beside the file.

    A plain read-only connection to a WAL notebook creates `-wal` and `-shm` files that it
    cannot remove again (nor create at all in a folder the user cannot write in). When no
    `-wal` exists, no connection has the file open and everything is in the main file, so it
    is read as immutable: no lock, nothing created. Someone opening it meanwhile writes to a
    new `-wal`, not to the file read; if the file itself changed meanwhile (a checkpoint), the
    answer is not trusted and the file is read again the ordinary way. (A `-journal` left by a
    crash must be rolled back by SQLite first, so it also means the ordinary way.)
    """
    if _quiet(path):
        before = _fingerprint(path)
        try:
            result = read(True)
        except Exception as exc:
            if not _database_error(exc) or _fingerprint(path) == before:
                raise
        else:
            if _fingerprint(path) == before:
                return result
    return read(False)


def read_file(path: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """Run `read` on a read-only connection that leaves no trace beside the file (see
    `read_quietly`)."""

    def attempt(immutable: bool) -> T:
        with contextlib.closing(connect(path, immutable=immutable)) as connection:
            return read(connection)

    return read_quietly(path, attempt)


def quick_check(path: Path) -> list[str]:
    """SQLite's own quick structural check, read-only; [] when the file is sound.

    A file too damaged to be checked at all gives its error as the one problem. A file
    SQLite is not allowed to read is not damaged: `NotebookAccessError` says why.
    """

    def check(connection: sqlite3.Connection) -> list[str]:
        rows = connection.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        return [str(row[0]) for row in rows]

    try:
        problems = read_file(Path(path), check)
    except sqlite3.DatabaseError as exc:
        if refused(exc):
            raise access_error(Path(path), exc) from exc
        return [str(exc)]
    return [] if problems == ["ok"] else problems


def counts(path: Path) -> tuple[int, int]:
    """(people, notes) in a notebook file, read-only: what the restore list shows."""

    def count(connection: sqlite3.Connection) -> tuple[int, int]:
        people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        notes = connection.execute("SELECT count(*) FROM note").fetchone()[0]
        return int(people), int(notes)

    return read_file(Path(path), count)


def read_settings(path: Path, keys: Iterable[str]) -> dict[str, str]:
    """Stored settings of a notebook file, read-only (a file without settings gives {})."""
    wanted = list(keys)

    def read(connection: sqlite3.Connection) -> dict[str, str]:
        placeholders = ", ".join("?" for _ in wanted)
        rows = connection.execute(
            f"SELECT key, value FROM setting WHERE key IN ({placeholders})",  # noqa: S608
            wanted,
        ).fetchall()
        return {str(key): str(value) for key, value in rows}

    try:
        return read_file(Path(path), read)
    except sqlite3.DatabaseError:
        return {}


def _private_temporary(folder: Path, name: str) -> Path:
    """An empty file (mode 0600) beside the final one, so the last step is a rename."""
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    os.close(fd)
    if os.name == "posix":
        os.chmod(temporary, 0o600)
    return Path(temporary)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder entry is data too."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _cannot_write(destination: Path, exc: OSError | sqlite3.Error) -> BackupError:
    if isinstance(exc, SpecialFileError):  # its sentence names the file
        return BackupError(destination, "The backup could not be written: {reason}", reason=exc)
    reason = getattr(exc, "strerror", None) or str(exc)
    if "full" in reason.lower():
        return BackupError(destination, "The backup {path} could not be written: the disk is full.")
    return BackupError(
        destination, "The backup {path} could not be written: {reason}.", reason=reason
    )


def _copy_to_temporary(source: Path, folder: Path, name: str, progress: Progress | None) -> Path:
    """A complete, self-contained copy of `source` in a temporary file inside `folder`."""
    if not source.is_file():
        raise NotebookAccessError(source, "{path} does not exist: there is nothing to copy.")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = _private_temporary(folder, name)
    except OSError as exc:
        raise _cannot_write(folder / name, exc) from exc

    def copy(reader: sqlite3.Connection) -> None:
        with contextlib.closing(sqlite3.connect(temporary, isolation_level=None)) as writer:
            # One read transaction for the whole copy: a snapshot the app's writes do not
            # disturb, so the copy never restarts from page one however busy the notebook is.
            reader.isolation_level = None
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and not progress(total - remaining, total):
                    raise BackupCancelled

            reader.backup(writer, pages=PAGES_PER_STEP, progress=step)
            reader.execute("ROLLBACK")
            # A backup is one self-contained file: no -wal needed to read or restore it.
            writer.execute("PRAGMA journal_mode = DELETE")

    try:
        read_file(source, copy)
        _fsync(temporary)
    except BaseException as exc:
        remove_backup(temporary)
        if isinstance(exc, sqlite3.DatabaseError) and refused(exc):
            raise access_error(source, exc) from exc
        if isinstance(exc, sqlite3.DatabaseError) and _unreadable(exc):
            raise DamagedNotebookError(
                source, "{path} cannot be read to copy it: {exc}.", exc=exc
            ) from exc
        if isinstance(exc, OSError | sqlite3.Error):
            raise _cannot_write(folder / name, exc) from exc
        raise
    return temporary


def _unreadable(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's words for a source file that is not (or no longer) a database."""
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def backup_file(source: Path, destination: Path, progress: Progress | None = None) -> Path:
    """Copy the notebook `source` to `destination` (replaced if it exists), readable by the
    owner only. Works while the app has `source` open.

    `progress(done_pages, total_pages)` is called after each step; returning False cancels:
    the partial copy is removed and `BackupCancelled` raised.
    """
    source, destination = Path(source), Path(destination)
    temporary = _copy_to_temporary(source, destination.parent, destination.name, progress)
    return install_copy(temporary, destination)


def new_copy_file(destination: Path) -> Path:
    """An empty private file beside `destination` for a copy made some other way (a server
    notebook's rows), which `install_copy` then puts in place."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return _private_temporary(destination.parent, destination.name)
    except OSError as exc:
        raise _cannot_write(destination, exc) from exc


def install_copy(temporary: Path, destination: Path) -> Path:
    """The finished copy `temporary` becomes `destination` in one rename, made durable."""
    try:
        _fsync(temporary)
        refuse_special_file(destination)
        os.replace(temporary, destination)
        _fsync_folder(destination.parent)
    except OSError as exc:
        remove_backup(temporary)
        raise _cannot_write(destination, exc) from exc
    return destination


def remove_backup(path: Path) -> None:
    """Delete one backup file (retention, or a copy that failed its check)."""
    for candidate in (path, *(companion(path, suffix) for suffix in LEFTOVERS)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _copy_bytes(source: Path, destination: Path) -> None:
    """A byte-for-byte copy, for files SQLite might not be able to read (a damaged one)."""
    temporary = _private_temporary(destination.parent, destination.name)
    try:
        with open(source, "rb") as reader, open(temporary, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _existing_files(path: Path) -> Iterator[tuple[Path, str]]:
    """The file and whatever journal SQLite left beside it."""
    if path.exists():
        yield path, ""
    for suffix in LEFTOVERS:
        if companion(path, suffix).exists():
            yield companion(path, suffix), suffix


def replace_notebook(backup: Path, notebook: Path, aside: Path) -> Path | None:
    """Put a copy of `backup` in place of the (closed) notebook file.

    The current file and its `-wal` (or `-journal`) are first copied to `aside` (and
    `aside-wal`), byte for byte, since they may be damaged. The copy of the backup is complete
    on disk before the current file's journal is removed (it belongs to the old file and would
    be replayed onto the new one) and before the final rename, so the notebook path always
    holds a whole file. Returns `aside`, or None when there was no current file to keep.
    """
    backup, notebook, aside = Path(backup), Path(notebook), Path(aside)
    try:
        temporary = _copy_to_temporary(backup, notebook.parent, notebook.name, None)
    except BackupError as exc:
        raise BackupError(
            notebook, "The backup cannot be restored: {problem}", problem=exc
        ) from exc
    kept: Path | None = None
    try:
        for current, suffix in _existing_files(notebook):
            if suffix != "-shm":  # -shm is an index SQLite rebuilds from the -wal
                _copy_bytes(current, companion(aside, suffix))
                kept = aside
    except OSError as exc:
        remove_backup(temporary)
        raise BackupError(
            notebook,
            "The current notebook could not be copied to {aside} ({reason}), so the backup "
            "was not restored. Nothing was changed.",
            aside=aside,
            reason=exc.strerror or exc,
        ) from exc
    try:
        for suffix in LEFTOVERS:
            with contextlib.suppress(FileNotFoundError):
                companion(notebook, suffix).unlink()
        os.replace(temporary, notebook)
        _fsync_folder(notebook.parent)
    except OSError as exc:
        remove_backup(temporary)
        raise BackupError(
            notebook,
            "The backup could not be put in place of {path} ({reason}). The notebook as it "
            "was is kept at {aside}.",
            reason=exc.strerror or exc,
            aside=aside,
        ) from exc
    return kept
