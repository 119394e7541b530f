"""The `relnotebook` command: starts the app, or runs a command on a notebook.

Qt is imported only when the window is wanted, so `check` and `demo` stay fast and work on a
machine without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from relnotebook import __version__
from relnotebook.errors import NotebookError, SentenceError
from relnotebook.paths import default_notebook

if TYPE_CHECKING:
    from relnotebook.core.privacy.erasure import ErasureReport
    from relnotebook.core.referrals.rules import ReciprocityReport
    from relnotebook.store.files.outside_copies import OutsideCopy

T = TypeVar("T")

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_NOTEBOOK = 3
EXIT_CANNOT_WRITE = 4  # `ics`, `newsletter`: the output file could not be written


# Room for the longest name the app gives a file beside a notebook, with its journal:
# `<stem>.before-restore-<date>-<time>-<n>.sqlite-wal`, `<name>.before-upgrade-<rev>-<stamp>`.
NOTEBOOK_NAME_ROOM = 48


def _notebook_location(text: str) -> Path | str:
    """A file path, or a PostgreSQL address (`postgresql://user@host/dbname`) kept as text. A
    file's name must leave room for the copies and journals the app keeps beside it."""
    from relnotebook.store.server import is_server_location

    if is_server_location(text):
        return text
    path = _path(text)
    _refuse_too_long(
        path.with_name(path.name + "x" * NOTEBOOK_NAME_ROOM),
        text,
        f"is too long a name for a notebook: the copies kept beside it add {NOTEBOOK_NAME_ROOM} "
        "characters to it",
    )
    return path


def _ask_password(account: str) -> str | None:
    """The server's password, typed at the terminal (never echoed, never stored)."""
    import getpass

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {account}: ") or None


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--notebook",
        metavar="PATH",
        type=_notebook_location,
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
        "--date", metavar="YYYY-MM-DD", type=_iso_date, help="the day to look at (default: today)"
    )
    today.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    ics = commands.add_parser(
        "ics",
        parents=[common],
        help="write the coming check-ins, coffees and tasks to an iCalendar file",
        description=(
            "Write the check-ins, coffees and open tasks of the coming days to an .ics file for "
            "a calendar app, one all-day event each. The file contains names and phone numbers."
        ),
    )
    ics.add_argument("--out", metavar="FILE", type=_path, required=True, help="the .ics to write")
    ics.add_argument(
        "--days",
        metavar="N",
        type=_day_count,
        default=90,
        help="how many days ahead to include (default: 90)",
    )
    ics.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_iso_date, help="the first day (default: today)"
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
        "--date", metavar="YYYY-MM-DD", type=_iso_date, help="the last day (default: today)"
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
        "--out", metavar="FILE", type=_path, required=True, help="the .csv to write"
    )
    newsletter.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_iso_date, help="the sending day (default: today)"
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
        "--out", metavar="FILE", type=_path, required=True, help="the file to write"
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
    load_json.add_argument("file", metavar="FILE", type=_path, help="the .json export to load")
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
        "--from", dest="source", metavar="NOTEBOOK", type=_notebook_location, required=True
    )
    copy.add_argument(
        "--to", dest="target", metavar="NOTEBOOK", type=_notebook_location, required=True
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
        "person_id", metavar="PERSON_ID", type=_person_id, help="the person's number"
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
        "person_id", metavar="PERSON_ID", type=_person_id, help="the person's number"
    )
    dossier.add_argument(
        "--out", metavar="DIR", type=_path, required=True, help="the folder to write into"
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
        "--years", metavar="N", type=_year_count, default=7, help="how many years (default: 7)"
    )
    retention.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
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
        type=_result_count,
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
        "--out", metavar="DIR", type=_path, help="the folder to write into (default: backups/)"
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
    restore.add_argument("backup", metavar="BACKUP", type=_path, help="the backup file")
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
    import_.add_argument("file", metavar="FILE", type=_path, help="the .vcf or .csv to import")
    import_.add_argument(
        "--dry-run", action="store_true", help="print what would be done; change nothing"
    )
    import_.add_argument(
        "--merge", action="store_true", help="merge likely duplicates instead of skipping them"
    )
    demo = commands.add_parser(
        "demo", help="write a sample notebook", description="Write a sample notebook to PATH."
    )
    demo.add_argument(
        "path", metavar="PATH", type=_notebook_location, help="where to write it (a new file)"
    )
    return parser


def _iso_date(text: str) -> dt.date:
    """Any day of the calendar: the agenda, the calendar file and the sending list work at its
    ends; the reports refuse a day they cannot look back from (`dates.require_report_day`)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-15") from None


def _path(text: str) -> Path:
    """A file or folder named on the command line, `~` expanded. A name that no file could have
    (a NUL, or too long for the file system) is a usage mistake, refused before anything runs."""
    if "\0" in text:
        raise argparse.ArgumentTypeError(f"{text!r} holds a NUL character: no file has that name")
    path = Path(text).expanduser()
    _refuse_too_long(path, text, "is too long a name for the file system")
    return path


def _refuse_too_long(path: Path, text: str, problem: str) -> None:
    """A usage error when the file system says `path` is too long a name (it may not exist)."""
    try:
        os.lstat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            shown = text if len(text) <= 60 else f"{text[:30]}…{text[-20:]}"
            raise argparse.ArgumentTypeError(f"{shown} {problem}") from None


def _person_id(text: str) -> int:
    from relnotebook.core.models import LARGEST_ID

    try:
        person_id = int(text)
    except ValueError:
        person_id = 0
    if not 1 <= person_id <= LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a person's number (`relnotebook search` shows them)"
        )
    return person_id


def _day_count(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 0 to 3650")
    return days


def _year_count(text: str) -> int:
    try:
        years = int(text)
    except ValueError:
        years = 0
    if not 1 <= years <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of years from 1 to 100")
    return years


def _result_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= 1000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of results from 1 to 1000")
    return count


def _fail(message: str, code: int = EXIT_BAD_NOTEBOOK) -> int:
    print(f"relnotebook: {message}", file=sys.stderr)
    return code


def run_check(path: Path | str) -> int:
    from relnotebook.store import check_notebook

    if isinstance(path, str):
        return _file_only("check", path)
    try:
        report = check_notebook(path)
    except NotebookError as exc:
        return _fail(exc.message)
    upgrade = (
        f"; it will be upgraded from schema {report.revision} to {report.head} when opened"
        if report.needs_upgrade
        else ""
    )
    print(
        f"{path}: OK, {report.people} people, {report.events} events, "
        f"schema {report.revision}{upgrade}."
    )
    return EXIT_OK


def _missing(path: Path | str) -> int | None:
    """An exit status when the notebook file does not exist; None for a file that does, or a
    server address (whether that database is there is known when it is opened)."""
    if isinstance(path, Path) and not path.exists():
        return _fail(f"{path} does not exist.")
    return None


def _file_only(command: str, address: str) -> int:
    """What a notebook on a PostgreSQL server does not do: `check` (SQLite's integrity check),
    `restore` (a backup file put in its place: `copy` does that for a server), `demo` (a new
    file; `copy` puts it on a server)."""
    return _fail(
        f"`relnotebook {command}` works on a notebook file only for now; {address} is on a server.",
        EXIT_USAGE,
    )


def _read_notebook(path: Path | str, read: Callable[[Any], T]) -> T | int:
    """Open the notebook read-only, read from it, close it; an exit status when it cannot be
    used. Printing or exporting never creates, upgrades or changes a notebook."""
    from relnotebook.errors import StorageError, ValidationError
    from relnotebook.store import Notebook

    if (missing := _missing(path)) is not None:
        return missing
    try:
        return Notebook.read_only(path, read, ask_password=_ask_password)
    except NotebookError as exc:
        return _fail(exc.message)
    except ValidationError as exc:  # what was asked cannot be read: no such person, no such day
        return _fail(exc.message, EXIT_USAGE)
    except StorageError as exc:  # the database failed: a damaged page, say
        return _fail(exc.message)


def run_today(path: Path | str, day: dt.date | None, as_json: bool) -> int:
    """The same agenda as the Today view, for scripts and for a quick look."""
    import json

    from relnotebook.core.outreach.service import agenda_json, agenda_on, item_reason, item_title

    day = day or dt.date.today()
    items = _read_notebook(path, lambda notebook: agenda_on(notebook, day))
    if isinstance(items, int):
        return items
    if as_json:
        print(json.dumps(agenda_json(items, day), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        print(f"Nothing to do on {day:%d %b %Y}.")
    for item in items:
        print(f"- {item_title(item)}")
        print(f"  {item_reason(item, day)}")
    return EXIT_OK


def run_ics(path: Path | str, out: Path, days: int, day: dt.date | None) -> int:
    """The coming check-ins, coffees and tasks as an .ics file (names inside: mode 0600)."""
    from relnotebook.core.exchange.calendar_export import save_calendar

    if (problem := _unwritable(out, path)) is not None:
        return problem
    day = day or dt.date.today()

    def write(notebook: Any) -> str:
        return f"Wrote {save_calendar(notebook, out, today=day, days=days)} events to {out}."

    return _print_written(path, out, write)
    return EXIT_OK


def _unwritable(out: Path, notebook: Path | str) -> int | None:
    """An exit status when the notebook is missing or `out` cannot be a file we write, checked
    before reading anything."""
    from relnotebook.files import refuse_special_file

    if (missing := _missing(notebook)) is not None:
        return missing
    if isinstance(notebook, Path) and out.resolve() == notebook.resolve():
        return _fail(f"{out} is the notebook itself; choose another file.", EXIT_USAGE)
    folder = out.parent
    if out.is_dir():
        return _fail(f"cannot write {out}: it is a folder.", EXIT_CANNOT_WRITE)
    if not folder.exists():
        return _fail(f"cannot write {out}: the folder {folder} does not exist.", EXIT_CANNOT_WRITE)
    if not folder.is_dir():
        return _fail(f"cannot write {out}: {folder} is not a folder.", EXIT_CANNOT_WRITE)
    try:
        refuse_special_file(out)  # a device, a pipe, a link: said before anything is read
    except OSError as exc:
        return _cannot_write(out, exc)
    return None


def _cannot_write(out: Path, exc: OSError) -> int:
    if isinstance(exc, SentenceError):  # `SpecialFileError`: its sentence names the file
        return _fail(exc.message, EXIT_CANNOT_WRITE)
    reason = exc.strerror or str(exc)
    return _fail(f"cannot write {out}: {reason}.", EXIT_CANNOT_WRITE)


def _percent(share: float) -> str:
    return f"{share:.0%}"


def referrals_text(report: ReciprocityReport) -> list[str]:
    """The `referrals` command's lines for a `ReciprocityReport`."""
    lines = [f"Referrals, 12 months from {report.starts_on} to {report.today}"]
    if report.reciprocal_share is None:
        lines.append("No new clients from referrals in these 12 months.")
    else:
        verdict = "above the target" if report.above_target else "within the target"
        lines.append(
            f"New clients from referrals: {report.new_clients}, of which reciprocal: "
            f"{report.reciprocal} ({_percent(report.reciprocal_share)}); target: at most "
            f"{report.target}%, {verdict}."
        )
    lines.append("By quarter (reciprocal / trust / partnership):")
    for quarter in report.by_quarter:
        lines.append(
            f"  {quarter.label}  {quarter.reciprocal} / {quarter.trust} / {quarter.partnership}"
        )
    top = report.top_referrer
    if top is None:
        lines.append("Top referrer: none (no referral brought a mandate or a client).")
    else:
        lines.append(
            f"Top referrer: {top.name}, {top.count} of {top.total} referrals that brought a "
            f"mandate or a client ({_percent(top.share)})."
        )
    for organisation, names in report.organisations_with_several_referrers.items():
        lines.append(f"Several referrers at {organisation}: {', '.join(names)}.")
    for warning in report.key_person_warnings:
        lines.append(
            f"Key-person risk: {warning.name} brought {warning.count} of {warning.total} new "
            f"clients ({_percent(warning.share)}, more than {report.key_person_percent}%)."
        )
    if report.trusted_connectors:
        lines.append("Trusted connectors (they referred out of trust; never referred to):")
        for connector in report.trusted_connectors:
            lines.append(
                f"  - {connector.name}: {connector.count} referrals, last on {connector.last_on}"
            )
    else:
        lines.append("Trusted connectors: none yet.")
    return lines


def run_referrals(path: Path | str, day: dt.date | None, as_json: bool) -> int:
    """Where new clients came from: reciprocity against the target, dependence, connectors."""
    import json

    from relnotebook.core.referrals.service import reciprocity_report, report_json

    day = day or dt.date.today()
    report = _read_notebook(path, lambda notebook: reciprocity_report(notebook, day))
    if isinstance(report, int):
        return report
    if as_json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print("\n".join(referrals_text(report)))
    return EXIT_OK


def run_newsletter(path: Path | str, out: Path, day: dt.date | None) -> int:
    """The newsletter sending list as CSV (names and addresses inside: mode 0600)."""
    from relnotebook.core.referrals.newsletter import save_sending_list

    if (problem := _unwritable(out, path)) is not None:
        return problem
    day = day or dt.date.today()

    def write(notebook: Any) -> str:
        return f"Wrote {save_sending_list(notebook, out, day)} subscribers to {out}."

    return _print_written(path, out, write)


def run_export(path: Path | str, out: Path, kind: str) -> int:
    """Everyone as CSV or vCard, or the whole notebook as JSON (private data inside: 0600)."""
    from relnotebook.core.exchange.notebook_json import export_notebook
    from relnotebook.core.exchange.people_export import people_csv, people_vcard

    if (problem := _unwritable(out, path)) is not None:
        return problem

    def write(notebook: Any) -> str:
        if kind == "json":
            rows = export_notebook(notebook, out) or {}
            return (
                f"Wrote the whole notebook ({rows.get('person', 0)} people, "
                f"{sum(rows.values())} records) to {out}."
            )
        count = (people_csv if kind == "csv" else people_vcard)(notebook, out) or 0
        return f"Wrote {count} people to {out}."

    return _print_written(path, out, write)


def _print_written(path: Path | str, out: Path, write: Callable[[Any], str]) -> int:
    """Write `out` from the notebook read-only (`write` says what it wrote), then say it."""
    try:
        message = _read_notebook(path, write)
    except OSError as exc:
        return _cannot_write(out, exc)
    if isinstance(message, int):
        return message
    print(message)
    return EXIT_OK


def run_load_json(path: Path | str, source: Path) -> int:
    """Load a notebook JSON export into an empty notebook."""
    from relnotebook.core.exchange.notebook_json import import_notebook

    return _fill(path, lambda notebook: import_notebook(notebook, source) or {}, source)


def run_copy(source: Path | str, target: Path | str) -> int:
    """Copy a notebook into an empty one, between a file and a server either way."""
    from relnotebook.core.exchange.notebook_json import copy_notebook

    def into_target(reader: Any) -> int:
        return _fill(target, lambda notebook: copy_notebook(reader, notebook), reader.location)

    return _read_notebook(source, into_target)


def _fill(path: Path | str, load: Callable[[Any], dict[str, int]], source: Path | str) -> int:
    """Open (or create) an empty notebook and load it; a new file is removed again when
    nothing could be loaded, so a failed restore leaves no empty notebook behind."""
    from relnotebook.errors import StorageError, ValidationError
    from relnotebook.store import Notebook

    created = isinstance(path, Path) and not path.exists()
    try:
        notebook = Notebook.open(path, ask_password=_ask_password)
    except NotebookError as exc:
        return _fail(exc.message)
    try:
        rows = load(notebook)
    except ValidationError as exc:
        status = _fail(exc.message, EXIT_BAD_NOTEBOOK if exc.field == "notebook" else EXIT_USAGE)
    except StorageError as exc:
        status = _fail(exc.message, EXIT_CANNOT_WRITE)
    else:
        print(
            f"Loaded {rows.get('person', 0)} people ({sum(rows.values())} records) from "
            f"{source} into {path}."
        )
        return EXIT_OK
    finally:
        notebook.close()
    if created:
        assert isinstance(path, Path)
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    return status


_ERASED_KINDS = {
    "notes": "notes",
    "details": "personal details",
    "messages": "messages sent",
    "contacts": "logged contacts",
    "emails_and_phones": "emails and phones",
    "tags": "tags",
    "events": "event attendances",
    "follow_ups": "follow-ups",
    "put_off_prompts": "reminders put off",
    "checkin_plan": "check-in plan",
    "sweeps": "call-round entries",
    "tasks": "tasks",
    "consents": "consent records",
    "referrals": "referrals with them as the referrer or recipient",
}


def erase_text(report: ErasureReport) -> list[str]:
    """The `erase` command's lines for an `ErasureReport`."""
    details = ", ".join(
        f"{count} {_ERASED_KINDS.get(kind, kind)}" for kind, count in report.removed.items()
    )
    lines = [f"Erased {report.name} and {report.removed_total} records about them ({details})."]
    if report.referrals_anonymised:
        lines.append(
            f"Kept {report.referrals_anonymised} referrals of them by other people, without "
            "their name or note."
        )
    if report.introductions_unlinked:
        lines.append(
            f"{report.introductions_unlinked} people they had introduced now show no introducer."
        )
    if report.mentions:
        places = ", ".join(
            f"{m.kind} {m.id}" + (f" (person {m.person_id})" if m.person_id else "")
            for m in report.mentions
        )
        lines.append(f"Other records still name them, left as they are: {places}.")
    if not report.scrubbed:
        lines.append(
            "Another program is reading the notebook: what was erased may stay in its log file "
            "until that program closes it."
        )
    if report.copies_rewritten:
        lines.append(
            f"Rewrote {len(report.copies_rewritten)} backups and copies of the notebook "
            "without them."
        )
    if report.drafts_dropped:
        drafts = "draft" if report.drafts_dropped == 1 else "drafts"
        lines.append(f"Dropped {report.drafts_dropped} unsaved {drafts} about them.")
    for problem in report.copies_not_rewritten:
        lines.append(f"Not rewritten, so it may still hold them: {problem.reason}")
    lines.extend(elsewhere_text(report.elsewhere))
    return lines


COPY_KIND_LABELS = {
    "backup": "backup",
    "export": "export",
    "calendar": "calendar file",
    "newsletter": "newsletter list",
    "dossier": "folder of a dossier",
}


def elsewhere_text(copies: Sequence[OutsideCopy]) -> list[str]:
    """What erasure cannot reach: the files the app wrote for the user, by name, then the rest."""
    if not copies:
        return [
            "Copies made elsewhere (Back Up Now to another folder, exports) still hold them: "
            "the app cannot reach those; delete them, or erase the person there too."
        ]
    lines = [
        "These copies made with the app outside its folders may still hold them; the app "
        "cannot reach them: delete them, or erase the person there too."
    ]
    for copy in copies:
        kind = COPY_KIND_LABELS[copy.kind.value]
        when = (
            f"written {copy.written_at:%Y-%m-%d %H:%M}"
            if copy.written_at is not None
            else "its folder cannot be reached now"
        )
        lines.append(f"  - {copy.path} ({kind}, {when})")
    lines.append("Copies made by other means (copied by hand, sent by mail) are out of reach too.")
    return lines


def run_erase(path: Path | str, person_id: int, assume_yes: bool) -> int:
    """Erase one person for good, after they type the name (or with --yes, for scripts). On a
    server notebook no lock tells whether the app has it open elsewhere: an undo there could
    bring the person back, as it could after any delete."""
    from relnotebook.core.privacy.erasure import erase_person, person_name, same_name
    from relnotebook.errors import StorageError, ValidationError
    from relnotebook.store import Notebook
    from relnotebook.store.files.instance_lock import notebook_in_use

    if (missing := _missing(path)) is not None:
        return missing
    if isinstance(path, Path) and notebook_in_use(path):
        # The app's undo history could bring the person back, and it holds the file open.
        return _fail(f"{path} is open in Relationship Notebook; close it first.")
    if not assume_yes and not sys.stdin.isatty():
        return _fail("erasing cannot be undone: add --yes to erase without a question.", EXIT_USAGE)
    try:
        notebook = Notebook.open(path, ask_password=_ask_password)
    except NotebookError as exc:
        return _fail(exc.message)
    try:
        name = person_name(notebook, person_id)
        if name is None:
            return _fail(f"there is no person {person_id} in {path}.", EXIT_USAGE)
        if not assume_yes:
            print(f"This erases {name} and everything about them. It cannot be undone.")
            try:
                typed = input("Type the name to confirm: ")
            except EOFError:
                typed = ""
            if not same_name(typed, name):
                return _fail("the name typed does not match; nothing was erased.", EXIT_USAGE)
        report = erase_person(notebook, person_id)
    except ValidationError as exc:
        return _fail(exc.message, EXIT_USAGE)
    except StorageError as exc:
        return _fail(f"{exc.message} Nothing was erased.")
    finally:
        notebook.close()
    print("\n".join(erase_text(report)))
    return EXIT_OK


def run_dossier(path: Path | str, person_id: int, out: Path) -> int:
    """Everything about one person as JSON and a readable summary (private files)."""
    from relnotebook.core.privacy.dossier import write_dossier

    if (missing := _missing(path)) is not None:
        return missing
    if not out.is_dir():
        return _fail(f"cannot write into {out}: it is not an existing folder.", EXIT_CANNOT_WRITE)
    try:
        written = _read_notebook(path, lambda notebook: write_dossier(notebook, person_id, out))
    except OSError as exc:
        return _cannot_write(out, exc)
    if isinstance(written, int):
        return written
    print(f"Wrote {written[0]} and {written[1]}.")
    return EXIT_OK


def run_retention(path: Path | str, years: int, day: dt.date | None, as_json: bool) -> int:
    """People with no contact for years, the longest first: to keep or erase."""
    import json

    from relnotebook.core.privacy.retention import retention_json, retention_review

    day = day or dt.date.today()
    people = _read_notebook(path, lambda notebook: retention_review(notebook, years, today=day))
    if isinstance(people, int):
        return people
    if as_json:
        print(json.dumps(retention_json(people, years, day), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not people:
        print(f"Everyone has been in touch in the last {years} years.")
        return EXIT_OK
    print(f"No contact for {years} years or more, on {day}:")
    for person in people:
        organisation = f" ({person.organisation})" if person.organisation else ""
        print(
            f"- {person.id}: {person.name}{organisation}, last {person.last_kind} on "
            f"{person.last_contact}, {person.years} years ago"
        )
    return EXIT_OK


SEARCH_KIND_LABELS = {"detail": "personal detail", "signal": "message sent"}


def run_search(path: Path | str, query: str, as_json: bool, limit: int) -> int:
    """Global search for scripts and a quick look: one person per line, matches in [ ]."""
    import json

    from relnotebook.core.people.search import search, search_json

    if not query.strip():
        return _fail("the search is empty: give a word to look for.", EXIT_USAGE)
    if as_json:
        document = _read_notebook(path, lambda notebook: search_json(notebook, query, limit))
        if isinstance(document, int):
            return document
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    matches = _read_notebook(path, lambda notebook: search(notebook, query, limit))
    if isinstance(matches, int):
        return matches
    if not matches:
        print(f"No one found for “{query.strip()}”.")
    for match in matches:
        organisation = f" ({match.organisation})" if match.organisation else ""
        found = " · ".join(
            f"{SEARCH_KIND_LABELS.get(snippet.kind, snippet.kind)}: {snippet.marked()}"
            for snippet in match.snippets
        )
        print(f"- {match.person_id}: {match.name}{organisation} — {found}")
    return EXIT_OK


def run_backup(path: Path | str, out: Path | None) -> int:
    """A checked copy of the notebook now; safe while the app has it open. A notebook on a
    server is copied into an SQLite notebook file (see `backups.back_up_server`)."""
    from relnotebook.store.files.backups import BackupError, back_up, back_up_server, check_backup
    from relnotebook.store.inspection import inspect_file

    if out is not None and not out.is_dir():
        return _fail(f"cannot write into {out}: it is not an existing folder.", EXIT_CANNOT_WRITE)
    if isinstance(path, str):

        def copy_rows(notebook: Any) -> Path | int:
            try:
                return back_up_server(notebook, folder=out)
            except BackupError as exc:
                return _fail(exc.message, EXIT_CANNOT_WRITE)

        copied = _read_notebook(path, copy_rows)
        if isinstance(copied, int):
            return copied
        info = check_backup(copied)
        print(f"Backed up {path} to {copied}: {info.people} people, {info.notes} notes.")
        return EXIT_OK
    if (missing := _missing(path)) is not None:
        return missing
    try:
        if inspect_file(path).is_new:
            return _fail(f"{path} is empty: there is nothing to back up yet.")
        copy = back_up(path, folder=out)
    except BackupError as exc:
        return _fail(exc.message, EXIT_CANNOT_WRITE)
    except NotebookError as exc:
        return _fail(exc.message)
    info = check_backup(copy)
    print(f"Backed up {path} to {copy}: {info.people} people, {info.notes} notes.")
    return EXIT_OK


def run_backups(path: Path | str) -> int:
    """The automatic backups, newest first; listed even when the notebook itself is gone (or
    its server out of reach: a server notebook's are on this machine)."""
    from relnotebook.store import server
    from relnotebook.store.files.backups import backup_folder, list_backups

    shown = path
    if isinstance(path, str):
        path = server.local_folder(server.ServerLocation.parse(path))
    listed = list_backups(path)
    if not listed:
        print(f"No backups of {shown} yet (they go in {backup_folder(path)}).")
        return EXIT_OK
    print(f"Backups of {shown}, newest first:")
    for info in listed:
        when = f"{info.taken_at:%Y-%m-%d %H:%M:%S}"
        if info.ok:
            print(f"  {when}  {info.people} people, {info.notes} notes  {info.path}")
        else:
            print(f"  {when}  cannot be restored: {info.problem}")
    return EXIT_OK


def run_restore(path: Path | str, backup: Path, assume_yes: bool) -> int:
    """Put a backup in place of the notebook after asking; the current file is kept aside."""
    from relnotebook.store.files.backups import BackupError, check_backup, restore_backup
    from relnotebook.store.files.instance_lock import notebook_in_use

    if isinstance(path, str):
        return _file_only("restore", path)
    if not backup.is_file():
        return _fail(f"{backup} does not exist or is not a file.")
    if notebook_in_use(path):
        return _fail(f"{path} is open in Relationship Notebook; close it first.")
    if not assume_yes and not sys.stdin.isatty():
        return _fail(
            f"restoring replaces {path}: add --yes to restore without a question.", EXIT_USAGE
        )
    info = check_backup(backup)
    if not info.ok:
        return _fail(f"this backup cannot be restored: {info.problem}")
    if not assume_yes:
        kept = f"{path.stem}.before-restore-<date>-<time>.sqlite"
        print(
            f"This puts the backup of {info.taken_at:%Y-%m-%d %H:%M} ({info.people} people, "
            f"{info.notes} notes) in place of {path}."
        )
        if path.exists():
            print(f"The current notebook is kept beside it as {kept}.")
        try:
            answer = input("Restore this backup? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes", "o", "oui"):
            print("Nothing was changed.")
            return EXIT_OK
    try:
        aside = restore_backup(backup, path)
    except BackupError as exc:
        return _fail(exc.message, EXIT_CANNOT_WRITE)
    except NotebookError as exc:
        return _fail(exc.message)
    print(f"Restored {backup} to {path}.")
    if aside is not None:
        print(f"The previous notebook was kept at {aside}.")
    return EXIT_OK


def import_text(preview: Any, result: Any, *, name: str, merge: bool) -> list[str]:
    """The `import` command's lines: the counts, then each duplicate, refused row and value
    left out, by line. `result` is None for a dry run (an `ImportPreview`, an `ImportResult`)."""
    from relnotebook.core.exchange.contact_import import MatchReason, RowStatus

    duplicates = preview.count(RowStatus.DUPLICATE)
    refused = preview.count(RowStatus.ERROR)
    if result is None:
        lines = [
            f"{name} ({preview.source}): would create {preview.count(RowStatus.NEW)}, would "
            f"merge {duplicates if merge else 0}, refused {refused}."
        ]
        if duplicates and not merge:
            lines.append(
                f"Likely duplicates that would be skipped: {duplicates} (--merge merges them)."
            )
    else:
        lines = [
            f"{name} ({preview.source}): created {result.created}, merged {result.merged}, "
            f"skipped {result.skipped}, refused {result.failed}."
        ]
    verb = "merged" if merge else "skipped"
    if result is None:
        verb = f"would be {verb}"
    for row in preview.rows:
        if row.status is RowStatus.ERROR:
            lines.append(f"  line {row.line}: refused: {row.error}")
            continue
        if row.duplicate is not None:
            match = row.duplicate
            reason = (
                "same email" if match.reason is MatchReason.EMAIL else "same name and organisation"
            )
            other = (
                f"{match.name} (#{match.person_id})"
                if match.person_id is not None
                else f"{match.name} (line {match.line} of this file)"
            )
            lines.append(f"  line {row.line}: {row.name} looks like {other}, {reason}: {verb}.")
        for warning in row.warnings:
            lines.append(f"  line {row.line}: {row.name}: {warning}")
    return lines


def run_import(path: Path | str, source: Path, *, dry_run: bool, merge: bool) -> int:
    """Contacts from a vCard or CSV file in one transaction: new people created, duplicates
    skipped (or merged). A dry run opens the notebook read-only and writes nothing."""
    from relnotebook.core.exchange.contact_import import (
        Choice,
        ImportFileError,
        RowStatus,
        apply_import,
        build_preview,
        read_file,
    )
    from relnotebook.errors import StorageError, ValidationError
    from relnotebook.store import Notebook

    try:
        parsed = read_file(source)
    except ImportFileError as exc:
        return _fail(exc.message, EXIT_USAGE)
    if parsed.needs_mapping:
        columns = ", ".join(parsed.header[:8]) + ("…" if len(parsed.header) > 8 else "")
        return _fail(
            f"the columns of {source} were not recognised ({columns}). Name the columns "
            "“First Name”, “Last Name”, “E-mail Address”…, or import the file in the app, "
            "where you can choose which column is which.",
            EXIT_USAGE,
        )
    if dry_run:
        preview = _read_notebook(path, lambda notebook: build_preview(notebook, parsed))
        if isinstance(preview, int):
            return preview
        print("\n".join(import_text(preview, None, name=source.name, merge=merge)))
        return EXIT_OK
    try:
        notebook = Notebook.open(path, ask_password=_ask_password)
    except NotebookError as exc:
        return _fail(exc.message)
    try:
        preview = build_preview(notebook, parsed)
        choices = {
            row.index: Choice.MERGE
            for row in preview.rows
            if merge and row.status is RowStatus.DUPLICATE
        }
        result = apply_import(notebook, preview, choices)
    except ValidationError as exc:
        return _fail(f"{exc.message} Nothing was imported.", EXIT_CANNOT_WRITE)
    except StorageError as exc:
        return _fail(f"{exc.message} Nothing was imported.", EXIT_CANNOT_WRITE)
    finally:
        notebook.close()
    print("\n".join(import_text(preview, result, name=source.name, merge=merge)))
    return EXIT_OK


def write_demo_notebook(path: Path, *, today: dt.date | None = None) -> tuple[int, int]:
    """Create `path` filled with the sample data; returns (people, events)."""
    from relnotebook.core.demo.writer import write_demo
    from relnotebook.store import Notebook, check_notebook

    notebook = Notebook.open(path)
    try:
        write_demo(notebook, today=today or dt.date.today())
    finally:
        notebook.close()
    report = check_notebook(path)
    return report.people, report.events


def run_demo(path: Path | str) -> int:
    from relnotebook.store.files.instance_lock import notebook_in_use

    if isinstance(path, str):
        return _file_only("demo", path)
    if notebook_in_use(path):
        return _fail(f"{path} is open in Relationship Notebook; close it first.")
    if path.exists() and path.stat().st_size > 0:
        return _fail(
            f"{path} already exists; choose a new file for the sample notebook.", EXIT_USAGE
        )
    try:
        people, events = write_demo_notebook(path)
    except NotebookError as exc:
        return _fail(exc.message)
    print(f"Wrote a sample notebook with {people} people and {events} events to {path}.")
    print(f"Open it with: relnotebook --notebook {path}")
    return EXIT_OK


def run_gui(path: Path | str, *, demo: bool) -> int:
    from relnotebook.app import run

    if not demo:
        return run(path)
    with tempfile.TemporaryDirectory(prefix="relnotebook-demo-") as folder:
        demo_path = Path(folder) / "demo.sqlite"
        write_demo_notebook(demo_path)
        return run(demo_path, throwaway=True)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `relnotebook today | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    path: Path | str = getattr(args, "notebook", None) or default_notebook()
    if args.command == "check":
        return run_check(path)
    if args.command == "today":
        return run_today(path, args.date, args.json)
    if args.command == "ics":
        return run_ics(path, args.out, args.days, args.date)
    if args.command == "referrals":
        return run_referrals(path, args.date, args.json)
    if args.command == "newsletter":
        return run_newsletter(path, args.out, args.date)
    if args.command == "export":
        return run_export(path, args.out, args.format)
    if args.command == "copy":
        return run_copy(args.source, args.target)
    if args.command == "load-json":
        return run_load_json(path, args.file)
    if args.command == "erase":
        return run_erase(path, args.person_id, args.yes)
    if args.command == "dossier":
        return run_dossier(path, args.person_id, args.out)
    if args.command == "retention":
        return run_retention(path, args.years, args.date, args.json)
    if args.command == "search":
        return run_search(path, args.query, args.json, args.limit)
    if args.command == "backup":
        return run_backup(path, args.out if args.out else None)
    if args.command == "backups":
        return run_backups(path)
    if args.command == "restore":
        return run_restore(path, args.backup, args.yes)
    if args.command == "import":
        return run_import(path, args.file, dry_run=args.dry_run, merge=args.merge)
    if args.command == "demo":
        return run_demo(args.path)
    return run_gui(path, demo=args.demo)
