"""A notebook on a PostgreSQL server: the same models and migrations, another engine.

The embedded SQLite file stays the default. A location that reads as a PostgreSQL URL
(`postgresql://user@host:5432/dbname`) is opened here instead. The password is never read from a
file: it comes from the OS keyring (service `relnotebook`, user `user@host:port/dbname`) or from
`ask_password`, which the command line and the app supply (a prompt). A URL that carries a
password is refused, so that none ends up in shell history or the recent-notebooks list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from relnotebook.errors import NotANotebookError, NotebookAccessError
from relnotebook.paths import data_dir
from relnotebook.paths import is_server_location as is_server_location  # kept importable here

KEYRING_SERVICE = "relnotebook"
CONNECT_TIMEOUT_SECONDS = 5

PasswordPrompt = Callable[[str], str | None]  # the account it is for -> the password, or None


@dataclass(frozen=True)
class ServerLocation:
    """Where a server notebook lives, without its password."""

    url: URL

    @classmethod
    def parse(cls, location: str) -> ServerLocation:
        try:
            url = make_url(location)
        except ArgumentError as exc:
            raise NotANotebookError(
                location, "{path} is not a server address PostgreSQL understands."
            ) from exc
        if url.password:
            raise NotebookAccessError(
                url.render_as_string(hide_password=True),
                "{path} contains a password. Give the address without it: the password is "
                "asked for, or read from the system keyring.",
            )
        if not url.database:
            raise NotANotebookError(
                location, "{path} names no database: add /dbname at the end of the address."
            )
        return cls(url.set(drivername="postgresql+psycopg"))

    @property
    def account(self) -> str:
        """`user@host:port/dbname`: how the keyring and the prompt name this notebook."""
        url = self.url
        return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"

    @property
    def display(self) -> str:
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)


def _keyring_password(account: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        password = keyring.get_password(KEYRING_SERVICE, account)
    except KeyringError:  # no usable backend on this machine: fall back to the prompt
        return None
    return password if isinstance(password, str) else None


def _engine(location: ServerLocation, password: str | None, read_only: bool) -> Engine:
    url = location.url if password is None else location.url.set(password=password)
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "relnotebook",
    }
    if read_only:  # the server itself refuses any write in these sessions
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(
        url,
        pool_pre_ping=True,  # a server restarted overnight is not an error the user sees
        connect_args=connect_args,
    )


class ServerUnreachableError(NotebookAccessError):
    """No answer from the server (down, offline, wrong address): the app offers this
    machine's last local copy instead (see `backups.back_up_server`)."""


def remember_password(location: ServerLocation, password: str) -> bool:
    """Keep a password the user typed in the system keyring, if they asked; False when there
    is no usable keyring (the password is then asked again next time, never written down)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, location.account, password)
    except KeyringError:
        return False
    return True


def _refused_password(exc: OperationalError) -> bool:
    words = str(exc.orig or exc).casefold()
    return "password" in words and ("authentication failed" in words or "no password" in words)


def connect(
    location: ServerLocation, ask_password: PasswordPrompt | None = None, *, read_only: bool = False
) -> Engine:
    """An engine whose first connection worked: without a password (trust, peer, .pgpass is
    the server's business), then with the keyring's, then with the one `ask_password` gives.

    Raises `NotebookAccessError` with a sentence when the server cannot be reached or the
    password is refused; nothing is written either way.
    """
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise NotebookAccessError(
            location.display,
            "{path} is on a PostgreSQL server, and this installation has no PostgreSQL driver. "
            "Install it with: pip install 'relnotebook[postgresql]'.",
        ) from None
    candidates: list[Callable[[], str | None]] = [
        lambda: None,
        lambda: _keyring_password(location.account),
    ]
    if ask_password is not None:
        candidates.append(lambda: ask_password(location.account))
    last: OperationalError | None = None
    for candidate in candidates:
        password = candidate()
        if password is None and last is not None:
            continue  # no password to try that differs from the one that failed
        engine = _engine(location, password, read_only)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return engine
        except OperationalError as exc:
            engine.dispose()
            if not _refused_password(exc):
                raise ServerUnreachableError(
                    location.display,
                    "The server for {path} cannot be reached ({reason}). Check the address "
                    "and the network, or open a notebook file instead.",
                    reason=_first_line(exc),
                ) from exc
            last = exc
    raise NotebookAccessError(
        location.display,
        "The server refused the password for {account}. Nothing was opened.",
        account=location.account,
    ) from last


def _first_line(exc: OperationalError) -> str:
    return (str(exc.orig or exc).strip().splitlines() or [type(exc).__name__])[0]


# Any fixed number: two apps opening one new server notebook at once must not both migrate it.
_MIGRATION_LOCK = 0x524E42  # "RNB"


def prepare(engine: Engine, location: ServerLocation, *, migrate: bool = True) -> str | None:
    """Check that the database is a notebook (or empty), and bring its schema to the head in
    one transaction; the revision it had, or None for a new one. Without `migrate`, a
    database that is not at the head is refused instead."""
    from sqlalchemy import inspect

    from relnotebook.store import schema

    with engine.begin() as connection:
        if migrate:
            lock = text("SELECT pg_advisory_xact_lock(:key)")
            connection.execute(lock, {"key": _MIGRATION_LOCK})
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        elif tables:
            raise NotANotebookError(
                location.display,
                "{path} holds tables of another application, not a notebook. Use an empty "
                "database for a new notebook.",
            )
        if revision is not None and revision not in schema.known_revisions():
            raise NotANotebookError(
                location.display,
                "{path} was written by a newer version of Relationship Notebook. Update the app "
                "to open it; nothing was changed.",
            )
        if revision != schema.head() and not migrate:
            raise NotebookAccessError(
                location.display,
                "{path} is empty or was written by an earlier version: open it once for "
                "writing (that sets it up or upgrades it), then try again.",
            )
        if revision != schema.head():
            schema.upgrade(connection)
    return revision


def local_folder(location: ServerLocation) -> Path:
    """This machine's place for what is not shared through the server (drafts, local copy)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", location.account).strip("_")
    return data_dir() / "servers" / f"{safe}.notebook"
