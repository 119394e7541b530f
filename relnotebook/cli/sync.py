"""`sync`: the notebook with the user's CalDAV/CardDAV server (core.sync), as Sync Now does."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relnotebook.cli.common import (
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    EXIT_USAGE,
    ask_password,
    fail,
    missing,
    print_json,
    print_lines,
    write_or_dry_run,
)
from relnotebook.errors import StorageError, ValidationError

if TYPE_CHECKING:
    from relnotebook.core.sync.scope import Scope

EXIT_UNREACHABLE = 5  # the server could not be reached, or dropped the connection


def run_sync(path: Path | str, args: argparse.Namespace, today: dt.date) -> int:
    """Sync contacts both ways and the agenda out, in one notebook transaction; with --dry-run
    nothing is written (neither to the notebook nor to the server) and what would be is
    printed. The password comes from the system keyring, else is asked at the terminal (no
    user name: a server without authentication). --tag/--stage/--all and --send-notes/
    --send-details change whom and what the account syncs; a real run keeps the choice."""
    from relnotebook.cli.render.sync import sync_run_json, sync_run_text
    from relnotebook.core.sync.dav import DavAccount, SyncError, account_password
    from relnotebook.core.sync.scope import read_scope
    from relnotebook.core.sync.service import sync

    if (status := missing(path)) is not None:
        return status
    if args.all and (args.tag or args.stage):
        return fail("Use --all or --tag/--stage, not both.", EXIT_USAGE)
    account = DavAccount(args.url, args.user or "")
    password = None
    if account.user:
        # None found and none typed: the user name alone (a server without passwords).
        password = account_password(account) or ask_password(account.keyring_user) or ""

    def run(notebook: Any) -> Any:
        if not args.dry_run and (status := _switch_to(notebook, account, args.yes)) is not None:
            return status
        scope = _chosen(read_scope(notebook, account), args)
        return sync(
            notebook, account, today=today, password=password, dry_run=args.dry_run, scope=scope
        )

    try:
        result = write_or_dry_run(path, run, dry_run=args.dry_run)
    except ValidationError as exc:
        return fail(exc.message, EXIT_USAGE)
    except SyncError as exc:
        return fail(exc.message, EXIT_UNREACHABLE if exc.unreachable else EXIT_USAGE)
    except StorageError as exc:
        return fail(f"{exc.message} Nothing was synced.", EXIT_CANNOT_WRITE)
    if isinstance(result, int):
        return result
    if args.json:
        return print_json(sync_run_json(result))
    return print_lines(sync_run_text(result))


def _switch_to(notebook: Any, account: Any, assume_yes: bool) -> int | None:
    """Another server than the one the notebook syncs with starts fresh, as in Sync Settings:
    asked first (or --yes); the notebook then forgets what it synced with the other, whose
    cards and events stay on it. None: go on."""
    import sys

    from relnotebook.cli.common import confirmed
    from relnotebook.core.sync.scope import choose_account, other_accounts, read_scope

    others = other_accounts(notebook, account)
    if not others:
        return None
    before = ", ".join(
        f"{other.url} ({other.user})" if other.user else other.url for other in others
    )
    if not assume_yes:
        if not sys.stdin.isatty():
            return fail(
                f"this notebook syncs with {before}: add --yes to start fresh with "
                f"{account.url} instead.",
                EXIT_USAGE,
            )
        print(
            f"This notebook syncs with {before}. Syncing with {account.url} starts fresh: the "
            "notebook forgets what it synced there (the cards and events on that server stay)."
        )
        if not confirmed("Start fresh with this server? [y/N] "):
            print("Nothing was synced.")
            return EXIT_OK
    choose_account(notebook, account, read_scope(notebook, account))
    return None


def _chosen(kept: Scope, args: argparse.Namespace) -> Scope | None:
    """The account's choice as the options change it (None: as it is)."""
    from relnotebook.core.sync.scope import Scope

    who = (tuple(args.tag), tuple(args.stage)) if args.tag or args.stage or args.all else None
    notes = kept.notes if args.send_notes is None else args.send_notes
    details = kept.details if args.send_details is None else args.send_details
    if who is None and (notes, details) == (kept.notes, kept.details):
        return None
    tags, stages = who if who is not None else (kept.tags, kept.stages)
    return Scope(tags, stages, notes, details)


__all__ = ["EXIT_UNREACHABLE", "run_sync"]
