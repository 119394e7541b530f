"""`mail-log`: contacts logged from a mailbox's headers (core.mail), as Settings › Mail does."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from relnotebook.cli.common import (
    EXIT_BAD_NOTEBOOK,
    EXIT_CANNOT_WRITE,
    EXIT_USAGE,
    ask_password,
    fail,
    missing,
    print_json,
    print_lines,
    write_or_dry_run,
)
from relnotebook.errors import StorageError

EXIT_UNREACHABLE = 5  # the mail server could not be reached, or dropped the connection


def _source(args: argparse.Namespace, notebook: Any) -> Any:
    """The mailbox the command line names; None for an account no one set up."""
    from relnotebook.core.mail.service import Source, SourceKind
    from relnotebook.core.mail.sources import account_named

    if args.account is not None:
        return account_named(notebook, args.account)
    for kind, value in (
        (SourceKind.MBOX, args.mbox),
        (SourceKind.MAILDIR, args.maildir),
        (SourceKind.EML, args.eml_folder),
    ):
        if value is not None:
            return Source(kind, str(Path(value).expanduser().absolute()))
    raise AssertionError("the parser requires one source")


def run_mail_log(path: Path | str, args: argparse.Namespace, today: dt.date) -> int:
    """Read one mailbox's headers and log the contacts they show, in one transaction; with
    --dry-run the notebook is only read and what would be logged is printed."""
    from relnotebook.cli.render.mail import mail_run_json, mail_run_text
    from relnotebook.core.mail.local import MailSourceError
    from relnotebook.core.mail.service import SourceKind, log_mail

    if (status := missing(path)) is not None:
        return status
    me = tuple(args.me or ())

    def run(notebook: Any) -> Any:
        source = _source(args, notebook)
        if source is None:
            return fail(
                f"no mail account is called “{args.account}”: add it in Settings › Mail.",
                EXIT_USAGE,
            )
        password = None
        if source.kind == SourceKind.IMAP:
            from relnotebook.core.mail.imap import ImapAccount, keyring_password

            account = ImapAccount(source.location, source.user, source.port)
            password = keyring_password(account) or ask_password(account.keyring_user)
        return log_mail(
            notebook,
            source,
            today=today,
            me=me,
            since=args.since,
            password=password,
            dry_run=args.dry_run,
        )

    try:
        result = write_or_dry_run(path, run, dry_run=args.dry_run)
    except MailSourceError as exc:
        return fail(exc.message, EXIT_UNREACHABLE if exc.unreachable else EXIT_USAGE)
    except StorageError as exc:
        return fail(f"{exc.message} Nothing was logged.", EXIT_CANNOT_WRITE)
    if isinstance(result, int):
        return result
    if args.json:
        return print_json(mail_run_json(result))
    return print_lines(mail_run_text(result))


__all__ = ["EXIT_BAD_NOTEBOOK", "EXIT_UNREACHABLE", "run_mail_log"]
