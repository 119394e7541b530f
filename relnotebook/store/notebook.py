"""Opening, checking and migrating one notebook file.

A notebook is one SQLite file. Opening it is the riskiest moment in the app's life, so the order
matters: look at the file read-only first (`inspection.py`: is it SQLite? is it ours? is it from a
newer version?),
refuse with a sentence if anything is off, copy it aside before an upgrade, and only then open it
for writing and run the Alembic migrations inside one transaction.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from relnotebook.clock import stamp_now
from relnotebook.errors import (
    NotANotebookError,
    NotebookAccessError,
    NotebookError,
    StorageError,
)
from relnotebook.store import schema, server
from relnotebook.store.access import access_error, folder_error, refused
from relnotebook.store.backup import (
    MAX_PROBLEMS,
    Progress,
    backup_file,
    connect,
    read_quietly,
)
from relnotebook.store.failures import storage_error
from relnotebook.store.inspection import (
    APPLICATION_ID,
    check_sound,
    inspect_file,
)

T = TypeVar("T")

# Execution option of the connections a transaction that writes runs on (`Notebook.session`).
WRITES = "relnotebook_writes"


def _restrict_permissions(path: Path) -> None:
    """Private data: owner read/write only. The -wal and -shm files inherit it from SQLite."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            if stat.S_IMODE(candidate.stat().st_mode) != 0o600:
                candidate.chmod(0o600)


def make_notebook_folder(path: Path) -> None:
    """The folder a new notebook file (made, copied or restored) goes in, owner-only; a path
    through a regular file is refused in one sentence, not with mkdir's "File exists"."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError as exc:
        # mkdir met a file where the folder should be: as a path through a file, ENOTDIR.
        raise _cannot_create(path, os.strerror(errno.ENOTDIR)) from exc
    except OSError as exc:
        raise _cannot_create(path, exc.strerror) from exc


def _cannot_create(path: Path, reason: str | None) -> NotebookAccessError:
    return NotebookAccessError(
        path, "A notebook cannot be created at {path}: {reason}.", reason=reason
    )


def _create_empty_file(path: Path) -> None:
    make_notebook_folder(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # the file itself: made meanwhile
    except OSError as exc:
        raise _cannot_create(path, exc.strerror) from exc
    os.close(fd)


def backup_copy(path: Path, destination: Path) -> Path:
    """A consistent copy of the notebook through SQLite's online backup API (see backup.py:
    written under a temporary name, then renamed, owner-only)."""
    return backup_file(path, destination)


def _pre_upgrade_backup(path: Path, revision: str) -> Path:
    stamp = stamp_now().strftime("%Y%m%d-%H%M%S")
    return backup_copy(path, path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}"))


def downgrade_file(path: Path, revision: str) -> None:
    """Take a closed notebook file back to the schema `revision`, foreign keys off as for an
    upgrade: a copy changed at the current version goes back to the version that wrote it."""
    engine = _make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            schema.downgrade(connection, revision)
    finally:
        engine.dispose()


def _make_engine(
    path: Path, *, foreign_keys: bool = True, read_only: bool = False, immutable: bool = False
) -> Engine:
    # Connections are pooled: a new SQLite connection re-reads the schema and re-runs the
    # pragmas, which cost more than most of Today's queries. A pooled connection may serve a
    # background job's thread next, one thread at a time (hence check_same_thread off);
    # `close()` disposes the pool, so nothing holds the file afterwards.
    if read_only:
        engine = create_engine(
            "sqlite://",
            poolclass=QueuePool,
            creator=lambda: connect(path, immutable=immutable, any_thread=True),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            poolclass=QueuePool,
            connect_args={"check_same_thread": False},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin, so that DDL in
        # migrations is transactional too (see SQLAlchemy's pysqlite notes).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        # Off only while migrating: a migration that rebuilds a table drops the old copy, and
        # with foreign keys on, that drop would cascade to every child row.
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, not left
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A transaction that will write takes the write lock as it begins, waiting its turn
        # (busy_timeout) behind another writer: begun deferred, it would read first and could
        # then not wait for the lock (SQLite answers "database is locked" at once, since the
        # other writer's commit makes what it read stale). Readers stay deferred: in WAL mode
        # they never wait for a writer, nor hold one up.
        immediate = conn.get_execution_options().get(WRITES, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _migrate(path: Path, application_id: int) -> None:
    """Bring the file to the head revision and mark it as ours, in one transaction that waits
    for the write lock; foreign keys off as the migrations need (see `_make_engine`)."""
    migrator = _make_engine(path, foreign_keys=False)
    try:
        with migrator.execution_options(**{WRITES: True}).begin() as connection:
            schema.upgrade(connection)
            if application_id != APPLICATION_ID:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise NotebookAccessError(
                    path,
                    "{path} could not be upgraded: {count} links between records would "
                    "break. Nothing was changed.",
                    count=len(broken),
                )
    except NotebookError:
        raise
    except Exception as exc:
        if refused(exc):
            raise access_error(path, exc) from exc
        raise NotebookAccessError(
            path, "{path} could not be prepared: {exc}. Nothing was changed.", exc=exc
        ) from exc
    finally:
        migrator.dispose()


class Notebook:
    """An open notebook: hands out transactional sessions over one SQLite file (the default)
    or a PostgreSQL database (`store.server`).

    `location` is what the user gave: the file's path, or the server address without a
    password. `path` is the file; for a server notebook it is where the app keeps what
    belongs to this machine only (drafts, the last local copy), which need not exist yet.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        upgraded_from: str | None,
        *,
        location: str | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.upgraded_from = upgraded_from
        self.upgrade_backup: Path | None = None
        self.location = location or str(path)
        # The same pool; its transactions take the write lock first (see `_make_engine`).
        self._writer = engine.execution_options(**{WRITES: True})
        # Opened without SQLite's check (`open(check_first=False)`): `check` runs it later, and
        # no write is made before it has said the file is sound.
        self.checked = True
        self.damage: StorageError | None = None
        self._checking = threading.Lock()
        # `cached` values, dropped by every write (`session`); `_writes` counts the writes.
        self._cache: dict[Hashable, object] = {}
        self._writes = 0

    @property
    def on_server(self) -> bool:
        return self.engine.dialect.name != "sqlite"

    @property
    def name(self) -> str:
        """How sentences name this notebook: the file's name, or the server address."""
        return self.location if self.on_server else self.path.name

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        ask_password: server.PasswordPrompt | None = None,
        copy_before_upgrade: bool = True,
        check_first: bool = True,
    ) -> Notebook:
        """Open (or create) the notebook at `path`, upgrading its schema if needed.

        SQLite's quick_check reads the whole file (almost a second at 50,000 people). It runs
        before opening unless `check_first` is False (the app, after a clean shutdown: it runs
        `check` off the UI thread once the window shows); it always runs before an upgrade.

        `path` may be a PostgreSQL address (`postgresql://user@host/dbname`); `ask_password`
        is then asked when neither the server nor the keyring lets us in without one.
        `copy_before_upgrade` False: no copy is set aside before an upgrade (the file is itself
        a temporary copy, see `scrub.rewrite_copy`).
        """
        if server.is_server_location(path):
            return cls.open_server(str(path), ask_password=ask_password)
        path = Path(path).expanduser().absolute()
        if not path.exists():
            _create_empty_file(path)
        state = inspect_file(path)
        # Nothing to migrate or mark: the file is opened as it is, without Alembic (a quarter
        # of a second to import and run).
        due = state.revision != schema.head() or state.application_id != APPLICATION_ID
        if not state.is_new and (check_first or due):
            # Before anything writes (a migration, the pre-upgrade copy, even a -wal file).
            check_sound(path)
        if not os.access(path.parent, os.W_OK):
            raise folder_error(path)
        if not os.access(path, os.W_OK):
            raise NotebookAccessError(
                path, "{path} is read-only: the notebook needs a folder and file it can write to."
            )
        backup: Path | None = None
        if not state.is_new and state.revision != schema.head() and copy_before_upgrade:
            assert state.revision is not None
            backup = _pre_upgrade_backup(path, state.revision)
        if due:
            _migrate(path, state.application_id)
        engine = _make_engine(path)
        _restrict_permissions(path)
        notebook = cls(path, engine, upgraded_from=state.revision if backup else None)
        notebook.upgrade_backup = backup
        notebook.checked = state.is_new or check_first or due
        return notebook

    def check(self) -> None:
        """SQLite's quick_check, when `open` did not run it; safe off the UI thread, and once.
        Until it has run, `session` waits for it; when it finds damage, `damage` says so and
        every `session` raises it: nothing is ever written to a damaged file."""
        with self._checking:
            if not self.checked:
                self._quick_check()
        if self.damage is not None:
            raise self.damage

    def _quick_check(self) -> None:
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
            problems = [str(row[0]) for row in rows if row[0] != "ok"]
        except DBAPIError as exc:
            problems = [str(exc.orig)]
        if problems:
            detail = problems[0] if len(problems[0]) <= 160 else problems[0][:157] + "…"
            self.damage = StorageError(
                "{name} is damaged (SQLite reports: {detail}): nothing more can be saved in"
                " it. Restore a backup to carry on.",
                name=self.name,
                detail=detail,
            )
        self.checked = True

    @classmethod
    def open_server(
        cls,
        address: str,
        *,
        ask_password: server.PasswordPrompt | None = None,
        read_only: bool = False,
    ) -> Notebook:
        """Open (or create, in an empty database) the notebook on a PostgreSQL server;
        `read_only` neither creates nor upgrades it (and the server refuses writes)."""
        location = server.ServerLocation.parse(address)
        engine = server.connect(location, ask_password, read_only=read_only)
        try:
            revision = server.prepare(engine, location, migrate=not read_only)
        except Exception:
            engine.dispose()
            raise
        upgraded = revision if revision is not None and revision != schema.head() else None
        local = server.local_folder(location)
        if not read_only:  # where drafts and backups of it go on this machine
            with contextlib.suppress(OSError):  # said by whichever of them cannot write
                local.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return cls(local, engine, upgraded, location=location.display)

    @classmethod
    def open_read_only(
        cls,
        path: Path | str,
        *,
        ask_password: server.PasswordPrompt | None = None,
        immutable: bool = False,
    ) -> Notebook:
        """Open a notebook only to read it: nothing is created, upgraded or written; a
        notebook from an older version is refused. `immutable` (see `backup.read_quietly`,
        which `read_only` uses) reads a quiet file without a lock or a file beside it."""
        if server.is_server_location(path):
            return cls.open_server(str(path), ask_password=ask_password, read_only=True)
        path = Path(path).expanduser().absolute()
        if not path.exists():
            raise NotebookAccessError(path, "{path} does not exist.")
        state = inspect_file(path)
        if state.is_new:
            raise NotANotebookError(path, "{path} is empty: it is not a notebook yet.")
        if state.revision != schema.head():
            raise NotebookAccessError(
                path,
                "{path} was written by an earlier version: open it in the app once to upgrade "
                "it, then try again.",
            )
        engine = _make_engine(path, read_only=True, immutable=immutable)
        return cls(path, engine, upgraded_from=None)

    @classmethod
    def read_only(
        cls,
        path: Path | str,
        read: Callable[[Notebook], T],
        *,
        ask_password: server.PasswordPrompt | None = None,
    ) -> T:
        """`read(notebook)` on the notebook opened read-only, then closed: what the commands
        that print or export do. A closed notebook file is left exactly as it was, with no
        `-wal` or `-shm` beside it, and one in a folder the user cannot write in is read all
        the same. SQLite refusing access is said as such (`NotebookAccessError`), any other
        failure of the database as a `StorageError`."""

        def attempt(immutable: bool) -> T:
            notebook = cls.open_read_only(path, ask_password=ask_password, immutable=immutable)
            try:
                return read(notebook)
            except (DBAPIError, StorageError) as exc:
                driver = exc.__cause__ if isinstance(exc, StorageError) else exc
                if not notebook.on_server and driver is not None and refused(driver):
                    raise access_error(notebook.path, driver) from driver
                if isinstance(exc, DBAPIError):
                    raise notebook.failure(exc, writing=False) from exc
                raise
            finally:
                notebook.close()

        file = Path(path).expanduser().absolute()
        if server.is_server_location(path) or not file.exists():
            return attempt(False)  # on a server; or the sentence for a missing file
        return read_quietly(file, attempt)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        On SQLite it waits its turn behind another writer (another window, a command-line
        import) for the busy timeout, then holds the notebook's one write lock until it ends:
        read and prepare what can be prepared before it.

        A failure of the database (a full disk, a damaged page) is raised as a `StorageError`
        saying so in words (`store.failures`); nothing of the unit of work was written. So is
        damage found by `check`, which a write opened without it waits for."""
        if not self.checked or self.damage is not None:
            self.check()
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise self.failure(exc, writing=True) from exc
        finally:
            self.forget_cached()

    def forget_cached(self) -> None:
        """Drop the `cached` values, as a write does."""
        self._writes += 1
        self._cache.clear()

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, kept until the next write through this notebook: for figures read on
        every reload and changed only by writes (Today's proactive share). On a server, which
        other computers write to, it is computed every time."""
        if self.on_server:
            return compute()
        if key in self._cache:
            return self._cache[key]  # type: ignore[return-value]
        writes = self._writes
        value = compute()
        if writes == self._writes:  # no write meanwhile (another thread's): still true
            self._cache[key] = value
        return value

    @contextlib.contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only: closing it ends the transaction without committing, and
        leaves the loaded rows readable (a rollback would expire them). A failure of the
        database is raised as a `StorageError`, as by `session`."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DBAPIError as exc:
            raise self.failure(exc, writing=False) from exc

    def failure(self, exc: DBAPIError, *, writing: bool) -> StorageError:
        """The core's error for a driver error met reading or writing this notebook."""
        return storage_error(self.name, exc, writing=writing, on_server=self.on_server)

    def backup_to(self, destination: Path, progress: Progress | None = None) -> Path:
        """A consistent copy of this notebook while it stays open (see `store.backup`)."""
        return backup_file(self.path, destination, progress)

    def close(self) -> None:
        self.engine.dispose()
