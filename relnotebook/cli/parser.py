"""The command line's grammar: every command, its arguments and its help (`relnotebook -h`).

`--notebook` is accepted before or after the command. Parsing imports nothing of the data layer
(see `arguments.py`); what each command does is in `COMMANDS` (`relnotebook/cli/__init__.py`).
"""

from __future__ import annotations

import argparse
from typing import Any

from relnotebook import __version__
from relnotebook.cli.arguments import (
    day_count,
    file_path,
    iso_date,
    notebook_location,
    person_number,
    record_number,
    result_count,
    year_count,
)
from relnotebook.paths import default_notebook

DRAFT_KINDS = ("next_day_note", "coffee_invitation", "ask_how_it_went", "newsletter_offer")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--notebook",
        metavar="PATH",
        type=notebook_location,
        # Not given means not set: otherwise `check` would reset a `--notebook` given before it.
        default=argparse.SUPPRESS,
        help=f"the notebook file to use (default: {default_notebook()})",
    )
    parser = argparse.ArgumentParser(
        prog="relnotebook",
        description="Relationship Notebook: what you learned about people, and when to reach out.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"relnotebook {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway notebook filled with sample data"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check",
        parents=[common],
        help="check a notebook's integrity and version (never changes it)",
        description="Check a notebook's integrity and version. The file is only read.",
    )
    today = commands.add_parser(
        "today",
        parents=[common],
        help="print the day's prompts with their reasons",
        description="Print the prompts for a day (today by default), with why each is there.",
    )
    today.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="the day to look at (default: today)"
    )
    today.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    today.add_argument(
        "--all",
        action="store_true",
        help="print every item of the long sections, not only their first ones (JSON has all)",
    )
    draft = commands.add_parser(
        "draft",
        parents=[common],
        help="print the message the app would draft for a person on a day",
        description=(
            "Print the message the app would draft for one person on a day (today by default), "
            "in their language and form of address, with the pressure check's advice on stderr. "
            "Nothing is sent or stored."
        ),
    )
    draft.add_argument(
        "person_id", metavar="PERSON_ID", type=person_number, help="the person's number"
    )
    draft.add_argument(
        "--kind",
        choices=DRAFT_KINDS,
        help="the message (default: the one their prompt on Today suggests)",
    )
    draft.add_argument(
        "--detail",
        metavar="DETAIL_ID",
        type=record_number,
        help="the personal detail to mention (default: the prompt's, else the latest)",
    )
    draft.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="the day to draft on (default: today)"
    )
    draft.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    ics = commands.add_parser(
        "ics",
        parents=[common],
        help="write the coming check-ins, coffees and tasks to an iCalendar file",
        description=(
            "Write the check-ins, coffees and open tasks of the coming days to an .ics file for "
            "a calendar app, one all-day event each. The file contains names and phone numbers."
        ),
    )
    ics.add_argument(
        "--out", metavar="FILE", type=file_path, required=True, help="the .ics to write"
    )
    ics.add_argument(
        "--days",
        metavar="N",
        type=day_count,
        default=90,
        help="how many days ahead to include (default: 90)",
    )
    ics.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="the first day (default: today)"
    )
    referrals = commands.add_parser(
        "referrals",
        parents=[common],
        help="print where new clients came from: reciprocity, dependence, trusted connectors",
        description=(
            "Print the referral figures for the 12 months ending on a day (today by default): "
            "the share of new clients from reciprocal arrangements against your target, by "
            "quarter, dependence on one referrer or organisation, and the trusted connectors."
        ),
    )
    referrals.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="the last day (default: today)"
    )
    referrals.add_argument("--json", action="store_true", help="print JSON")
    newsletter = commands.add_parser(
        "newsletter",
        parents=[common],
        help="write the newsletter sending list (valid consent only) to a CSV file",
        description=(
            "Write the people the newsletter may go to (consent on record and not lapsed, an "
            "email address) to a CSV file for a mailing service: email, first_name, last_name, "
            "language. The file contains names and addresses."
        ),
    )
    newsletter.add_argument(
        "--out", metavar="FILE", type=file_path, required=True, help="the .csv to write"
    )
    newsletter.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="the sending day (default: today)"
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write everyone as CSV or vCard, or the whole notebook as JSON",
        description=(
            "Write everyone to a CSV file (spreadsheet-safe) or a vCard 3.0 file, or the whole "
            "notebook as JSON (docs/notebook-json.md) that `load-json` loads back into an "
            "empty notebook. The file holds private data: it is readable by you only."
        ),
    )
    export.add_argument(
        "--format", choices=("json", "csv", "vcard"), required=True, help="what to write"
    )
    export.add_argument(
        "--out", metavar="FILE", type=file_path, required=True, help="the file to write"
    )
    load_json = commands.add_parser(
        "load-json",
        parents=[common],
        help="load a notebook JSON export into a new, empty notebook",
        description=(
            "Load a file written by `export --format json` into the notebook (created if it "
            "does not exist). A notebook that already holds anything is refused; a bad file "
            "loads nothing."
        ),
    )
    load_json.add_argument("file", metavar="FILE", type=file_path, help="the .json export to load")
    copy = commands.add_parser(
        "copy",
        help="copy a notebook into a new, empty one (a file or a PostgreSQL database)",
        description=(
            "Copy every record, with its ids, from one notebook into a new, empty one: a file "
            "to a PostgreSQL database (postgresql://user@host/dbname) or back. The source is "
            "only read; a target that already holds anything is refused."
        ),
    )
    copy.add_argument(
        "--from", dest="source", metavar="NOTEBOOK", type=notebook_location, required=True
    )
    copy.add_argument(
        "--to", dest="target", metavar="NOTEBOOK", type=notebook_location, required=True
    )
    erase = commands.add_parser(
        "erase",
        parents=[common],
        help="erase a person for good, leaving no readable trace in the notebook",
        description=(
            "Erase a person and everything about them (notes, details, messages, calls), keep "
            "other people's referrals of them without their name, and scrub the file. This "
            "cannot be undone: you are asked to type the person's name first."
        ),
    )
    erase.add_argument(
        "person_id", metavar="PERSON_ID", type=person_number, help="the person's number"
    )
    erase.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run from a terminal)"
    )
    dossier = commands.add_parser(
        "dossier",
        parents=[common],
        help="write everything stored about one person (JSON and a readable summary)",
        description=(
            "Write everything the notebook holds about one person to DIR: a .json file and a "
            ".txt summary in their language, readable by you only (an access request)."
        ),
    )
    dossier.add_argument(
        "person_id", metavar="PERSON_ID", type=person_number, help="the person's number"
    )
    dossier.add_argument(
        "--out", metavar="DIR", type=file_path, required=True, help="the folder to write into"
    )
    retention = commands.add_parser(
        "retention",
        parents=[common],
        help="list the people with no contact for years (7 by default), to keep or erase",
        description=(
            "List the people with no logged contact, note, message or event for N years, the "
            "longest first."
        ),
    )
    retention.add_argument(
        "--years", metavar="N", type=year_count, default=7, help="how many years (default: 7)"
    )
    retention.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="the day to count back from (default: today)",
    )
    retention.add_argument("--json", action="store_true", help="print JSON")
    search = commands.add_parser(
        "search",
        parents=[common],
        help="find people by anything in the notebook: names, notes, details, messages",
        description=(
            "Print the people QUERY finds in names, organisations, emails and phones, notes, "
            "personal details and messages sent, best first, one per line with where it was "
            "found; matched text is shown [like this]. Accents and case are ignored, and each "
            "word matches the start of a word."
        ),
    )
    search.add_argument("query", metavar="QUERY", help="the words to look for")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--limit",
        metavar="N",
        type=result_count,
        default=50,
        help="at most N people (default: 50)",
    )
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="back up a notebook now (it may be open in the app)",
        description=(
            "Copy the notebook, checked, into its backups folder beside it (old automatic "
            "backups are then pruned: 7 daily, 4 weekly by default) or into DIR (never pruned)."
        ),
    )
    backup.add_argument(
        "--out", metavar="DIR", type=file_path, help="the folder to write into (default: backups/)"
    )
    commands.add_parser(
        "backups",
        parents=[common],
        help="list a notebook's automatic backups, with their counts",
        description="List the notebook's automatic backups, newest first, each checked.",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the notebook (the current file is kept aside)",
        description=(
            "Replace the notebook with BACKUP after checking it. The current file is first "
            "copied beside it as <name>.before-restore-<date>.sqlite. You are asked first."
        ),
    )
    restore.add_argument("backup", metavar="BACKUP", type=file_path, help="the backup file")
    restore.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run from a terminal)"
    )
    import_ = commands.add_parser(
        "import",
        parents=[common],
        help="bring in contacts from a vCard (.vcf) or CSV file (Google, Outlook, LinkedIn)",
        description=(
            "Import the contacts of a vCard or CSV file in one go: new people are created, "
            "likely duplicates (same email, or same name and organisation) are skipped, or "
            "merged with --merge (empty fields filled, new emails, phones and notes added). "
            "Rows that cannot be imported are listed with their line. --dry-run only says "
            "what would happen."
        ),
    )
    import_.add_argument("file", metavar="FILE", type=file_path, help="the .vcf or .csv to import")
    import_.add_argument(
        "--dry-run", action="store_true", help="print what would be done; change nothing"
    )
    import_.add_argument(
        "--merge", action="store_true", help="merge likely duplicates instead of skipping them"
    )
    merge = commands.add_parser(
        "merge",
        parents=[common],
        help="merge two records of the same person: everything about DROP moves to KEEP",
        description=(
            "Move everything about DROP (notes, personal details, messages, logged contacts, "
            "tasks, referrals, consents, events) to KEEP, then delete DROP, as the app's Merge "
            "does. KEEP's profile values stay, but for those KEEP left empty and those named "
            "with --take; the emails, phones and tags of both are kept. You are asked first."
        ),
    )
    merge.add_argument("keep", metavar="KEEP", type=person_number, help="the person kept")
    merge.add_argument(
        "drop", metavar="DROP", type=person_number, help="the person merged into KEEP, then deleted"
    )
    merge.add_argument(
        "--take",
        metavar="FIELD",
        nargs="+",
        action="extend",
        default=[],
        help="take DROP's value of these profile fields (given_name, organisation, stage…)",
    )
    merge.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run from a terminal)"
    )
    _mail_log(commands, common)
    _sync(commands, common)
    duplicates = commands.add_parser(
        "duplicates",
        parents=[common],
        help="list likely duplicates across the notebook, for merge",
        description=(
            "Print the pairs of people who may be one, the likeliest first: the same email, "
            "the same phone number (however written), the same name and organisation, or "
            "close names. Merge a pair with `relnotebook merge KEEP DROP`; a pair that is "
            "two people is not listed again once given to --not."
        ),
    )
    duplicates.add_argument("--json", action="store_true", help="print JSON")
    duplicates.add_argument(
        "--not",
        dest="apart",
        nargs=2,
        type=int,
        metavar=("ID", "ID"),
        help="remember that these two are two people: they are not listed again",
    )
    demo = commands.add_parser(
        "demo", help="write a sample notebook", description="Write a sample notebook to PATH."
    )
    demo.add_argument(
        "path", metavar="PATH", type=notebook_location, help="where to write it (a new file)"
    )
    return parser


def _mail_log(commands: Any, common: argparse.ArgumentParser) -> None:
    mail = commands.add_parser(
        "mail-log",
        parents=[common],
        help="log contacts from a mailbox's headers (who wrote to whom, when)",
        description=(
            "Read the headers of a mailbox (never a body) and log a contact for each message "
            "with a person of the notebook, once per message; answers to the messages the app "
            "drafted are recorded. The first read goes back 12 months (Settings › Mail), later "
            "ones read what is new. One transaction: all or nothing."
        ),
    )
    where = mail.add_mutually_exclusive_group(required=True)
    where.add_argument("--account", metavar="NAME", help="an IMAP account set in Settings › Mail")
    where.add_argument("--mbox", metavar="PATH", type=file_path, help="an mbox file")
    where.add_argument("--maildir", metavar="PATH", type=file_path, help="a Maildir folder")
    where.add_argument("--eml-folder", metavar="DIR", type=file_path, help="a folder of .eml files")
    mail.add_argument(
        "--since", metavar="YYYY-MM-DD", type=iso_date, help="read messages from this day on"
    )
    mail.add_argument(
        "--me",
        metavar="ADDRESS",
        action="append",
        default=[],
        help="one of your own addresses (tells sent from received; repeat for several)",
    )
    mail.add_argument("--dry-run", action="store_true", help="print what would be logged")
    mail.add_argument("--json", action="store_true", help="print JSON")


# core.models.Stage's values (parsing imports no data layer; tests/test_cli_sync checks them)
STAGES = ("acquaintance", "prospect", "client", "former_client")


def _sync(commands: Any, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="sync contacts and the agenda with your CalDAV/CardDAV server",
        description=(
            "Keep the notebook's people as cards in the server's address book and bring in "
            'the contacts made or edited on the phone (new ones become people marked "From '
            'your phone"), field by field: a field changed on both sides, or a card deleted '
            "on one side, is reported, never overwritten or deleted. Check-ins, coffees, "
            'tasks and sweep deadlines go to a "Relationship Notebook" calendar. --tag, '
            "--stage, --all and --send-notes/--send-details choose whom and what, and are "
            "kept on the account. The password comes from the "
            "system keyring, or is asked. One transaction: all or nothing. Exit 5: the server "
            "could not be reached."
        ),
    )
    sync.add_argument("url", metavar="URL", help="the server's address (https://…)")
    sync.add_argument("--user", metavar="USER", help="your user name on it (none: no password)")
    sync.add_argument(
        "--tag",
        metavar="TAG",
        action="append",
        default=[],
        help="sync only the people with this tag (repeat for several; kept for the next syncs)",
    )
    sync.add_argument(
        "--stage",
        action="append",
        default=[],
        choices=STAGES,
        help="sync only the people at this stage (repeat; with --tag: either one)",
    )
    sync.add_argument("--all", action="store_true", help="sync everyone again (the default)")
    for name, what in (("notes", "their notes"), ("details", "their personal details")):
        sync.add_argument(
            f"--send-{name}",
            action=argparse.BooleanOptionalAction,
            default=None,
            help=f"put {what} in the cards' NOTE on the server (off unless you turn it on)",
        )
    sync.add_argument("--dry-run", action="store_true", help="print what would be synced")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.add_argument(
        "--yes",
        action="store_true",
        help="start fresh with URL without asking, when the notebook syncs with another server",
    )
