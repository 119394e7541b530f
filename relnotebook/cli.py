"""The `relnotebook` command: starts the app, or runs a command on a notebook.

Qt is imported only when the window is wanted, so `check` and `demo` stay fast and work on a
machine without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from relnotebook import __version__
from relnotebook.errors import NotebookError
from relnotebook.paths import default_notebook

if TYPE_CHECKING:
    from relnotebook.referrals import ReciprocityReport

T = TypeVar("T")

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_NOTEBOOK = 3
EXIT_CANNOT_WRITE = 4  # `ics`, `newsletter`: the output file could not be written


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--notebook",
        metavar="PATH",
        type=Path,
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
    ics.add_argument("--out", metavar="FILE", type=Path, required=True, help="the .ics to write")
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
        "--out", metavar="FILE", type=Path, required=True, help="the .csv to write"
    )
    newsletter.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_iso_date, help="the sending day (default: today)"
    )
    demo = commands.add_parser(
        "demo", help="write a sample notebook", description="Write a sample notebook to PATH."
    )
    demo.add_argument("path", metavar="PATH", type=Path, help="where to write it (a new file)")
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-15") from None


def _day_count(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 0 to 3650")
    return days


def _fail(message: str, code: int = EXIT_BAD_NOTEBOOK) -> int:
    print(f"relnotebook: {message}", file=sys.stderr)
    return code


def run_check(path: Path) -> int:
    from relnotebook.store import check_notebook

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


def _read_notebook(path: Path, read: Callable[[Any], T]) -> T | int:
    """Open the notebook read-only, read from it, close it; an exit status when it cannot be
    used. Printing or exporting never creates, upgrades or changes a notebook."""
    from sqlalchemy.exc import DatabaseError

    from relnotebook.store import Notebook

    if not path.exists():
        return _fail(f"{path} does not exist.")
    try:
        notebook = Notebook.open_read_only(path)
    except NotebookError as exc:
        return _fail(exc.message)
    try:
        return read(notebook)
    except DatabaseError as exc:
        return _fail(f"{path} could not be read ({exc.orig}); run `relnotebook check` on it.")
    finally:
        notebook.close()


def run_today(path: Path, day: dt.date | None, as_json: bool) -> int:
    """The same agenda as the Today view, for scripts and for a quick look."""
    import json

    from relnotebook.today import agenda_json, agenda_on, item_reason, item_title

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


def run_ics(path: Path, out: Path, days: int, day: dt.date | None) -> int:
    """The coming check-ins, coffees and tasks as an .ics file (names inside: mode 0600)."""
    from relnotebook.calendar_export import calendar_items, write_ics
    from relnotebook.files import write_private_file

    if not path.exists():
        return _fail(f"{path} does not exist.")
    if (problem := _unwritable(out)) is not None:
        return problem
    day = day or dt.date.today()
    items = _read_notebook(path, lambda notebook: calendar_items(notebook, today=day, days=days))
    if isinstance(items, int):
        return items
    try:
        write_private_file(out, write_ics(items))
    except OSError as exc:
        return _cannot_write(out, exc)
    print(f"Wrote {len(items)} events to {out}.")
    return EXIT_OK


def _unwritable(out: Path) -> int | None:
    """An exit status when `out` cannot be a file we write, checked before reading anything."""
    folder = out.parent
    if out.is_dir():
        return _fail(f"cannot write {out}: it is a folder.", EXIT_CANNOT_WRITE)
    if not folder.exists():
        return _fail(f"cannot write {out}: the folder {folder} does not exist.", EXIT_CANNOT_WRITE)
    if not folder.is_dir():
        return _fail(f"cannot write {out}: {folder} is not a folder.", EXIT_CANNOT_WRITE)
    return None


def _cannot_write(out: Path, exc: OSError) -> int:
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


def run_referrals(path: Path, day: dt.date | None, as_json: bool) -> int:
    """Where new clients came from: reciprocity against the target, dependence, connectors."""
    import json

    from relnotebook.referrals import reciprocity_report, report_json

    day = day or dt.date.today()
    report = _read_notebook(path, lambda notebook: reciprocity_report(notebook, day))
    if isinstance(report, int):
        return report
    if as_json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print("\n".join(referrals_text(report)))
    return EXIT_OK


def run_newsletter(path: Path, out: Path, day: dt.date | None) -> int:
    """The newsletter sending list as CSV (names and addresses inside: mode 0600)."""
    from relnotebook.files import write_private_file
    from relnotebook.newsletter import csv_bytes, sending_list

    if not path.exists():
        return _fail(f"{path} does not exist.")
    if (problem := _unwritable(out)) is not None:
        return problem
    day = day or dt.date.today()
    people = _read_notebook(path, lambda notebook: sending_list(notebook, day))
    if isinstance(people, int):
        return people
    try:
        write_private_file(out, csv_bytes(people, day))
    except OSError as exc:
        return _cannot_write(out, exc)
    print(f"Wrote {len(people)} subscribers to {out}.")
    return EXIT_OK


def write_demo_notebook(path: Path, *, today: dt.date | None = None) -> tuple[int, int]:
    """Create `path` filled with the sample data; returns (people, events)."""
    from relnotebook.demo import write_demo
    from relnotebook.store import Notebook, check_notebook

    notebook = Notebook.open(path)
    try:
        write_demo(notebook, today=today or dt.date.today())
    finally:
        notebook.close()
    report = check_notebook(path)
    return report.people, report.events


def run_demo(path: Path) -> int:
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


def run_gui(path: Path, *, demo: bool) -> int:
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
    path: Path = (getattr(args, "notebook", None) or default_notebook()).expanduser()
    if args.command == "check":
        return run_check(path)
    if args.command == "today":
        return run_today(path, args.date, args.json)
    if args.command == "ics":
        return run_ics(path, args.out.expanduser(), args.days, args.date)
    if args.command == "referrals":
        return run_referrals(path, args.date, args.json)
    if args.command == "newsletter":
        return run_newsletter(path, args.out.expanduser(), args.date)
    if args.command == "demo":
        return run_demo(args.path.expanduser())
    return run_gui(path, demo=args.demo)
