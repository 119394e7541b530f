"""The `relnotebook` command: starts the app, or runs a command on a notebook.

`parser.py` reads the command line; `COMMANDS` below says which function runs each command, and
with what. The functions live by family: `agenda` (today, ics), `drafts` (draft), `reports`
(referrals, newsletter), `exchange` (export, import, load-json, copy), `privacy` (erase,
dossier, retention), `notebooks` (check, backup, backups, restore, demo), `search`, `people`
(merge, duplicates), `mail` (mail-log), `sync` (sync). What they print
is rendered in `render/`; what they share (exit statuses, a notebook opened read-only) is in
`common.py`.

Nothing of the data layer is imported to read the command line, and Qt only when the window is
wanted: commands work on a machine without a display, and the window's frame is painted before
SQLAlchemy is loaded. "Today" comes from one clock, built here (tests pass a `FixedClock`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from relnotebook.cli import (
    agenda,
    drafts,
    exchange,
    mail,
    notebooks,
    people,
    privacy,
    reports,
    search,
    sync,
)
from relnotebook.cli.common import (
    EXIT_BAD_NOTEBOOK,
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    EXIT_USAGE,
    Context,
)
from relnotebook.cli.parser import build_parser
from relnotebook.clock import Clock, SystemClock
from relnotebook.paths import default_notebook

__all__ = [
    "COMMANDS",
    "EXIT_BAD_NOTEBOOK",
    "EXIT_CANNOT_WRITE",
    "EXIT_OK",
    "EXIT_USAGE",
    "default_notebook",
    "main",
    "run_gui",
]

Handler = Callable[[argparse.Namespace, Context], int]

# Each command of the parser, and the call that runs it: `a` holds the arguments, `c` the
# notebook and the clock (`c.day(a.date)` is `--date`, or today).
COMMANDS: dict[str, Handler] = {
    "check": lambda a, c: notebooks.run_check(c.notebook),
    "today": lambda a, c: agenda.run_today(c.notebook, c.day(a.date), a.json, a.all),
    "draft": lambda a, c: drafts.run_draft(
        c.notebook, a.person_id, a.kind, a.detail, c.day(a.date), a.json
    ),
    "ics": lambda a, c: agenda.run_ics(c.notebook, a.out, a.days, c.day(a.date)),
    "referrals": lambda a, c: reports.run_referrals(c.notebook, c.day(a.date), a.json),
    "newsletter": lambda a, c: reports.run_newsletter(c.notebook, a.out, c.day(a.date)),
    "export": lambda a, c: exchange.run_export(c.notebook, a.out, a.format),
    "copy": lambda a, c: exchange.run_copy(a.source, a.target),
    "load-json": lambda a, c: exchange.run_load_json(c.notebook, a.file),
    "import": lambda a, c: exchange.run_import(
        c.notebook, a.file, dry_run=a.dry_run, merge=a.merge, today=c.clock.today()
    ),
    "erase": lambda a, c: privacy.run_erase(c.notebook, a.person_id, a.yes),
    "dossier": lambda a, c: privacy.run_dossier(c.notebook, a.person_id, a.out),
    "retention": lambda a, c: privacy.run_retention(c.notebook, a.years, c.day(a.date), a.json),
    "search": lambda a, c: search.run_search(c.notebook, a.query, a.json, a.limit),
    "backup": lambda a, c: notebooks.run_backup(c.notebook, a.out, c.clock.now()),
    "backups": lambda a, c: notebooks.run_backups(c.notebook),
    "restore": lambda a, c: notebooks.run_restore(c.notebook, a.backup, a.yes, c.clock.now()),
    "demo": lambda a, c: notebooks.run_demo(a.path, c.clock.today()),
    "merge": lambda a, c: people.run_merge(c.notebook, a.keep, a.drop, a.take, a.yes),
    "mail-log": lambda a, c: mail.run_mail_log(c.notebook, a, c.clock.today()),
    "duplicates": lambda a, c: people.run_duplicates(c.notebook, a.json, a.apart),
    "sync": lambda a, c: sync.run_sync(c.notebook, a, c.clock.today()),
}


def run_gui(path: Path | str, *, demo: bool, clock: Clock) -> int:
    from relnotebook.app import run

    if not demo:
        return run(path)
    with tempfile.TemporaryDirectory(prefix="relnotebook-demo-") as folder:
        demo_path = Path(folder) / "demo.sqlite"
        notebooks.write_demo_notebook(demo_path, today=clock.today())
        return run(demo_path, throwaway=True)


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    try:
        return _main(argv, clock or SystemClock())
    except BrokenPipeError:  # `relnotebook today | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return EXIT_OK


def _main(argv: Sequence[str] | None, clock: Clock) -> int:
    args = build_parser().parse_args(argv)
    context = Context(getattr(args, "notebook", None) or default_notebook(), clock)
    if args.command is None:
        return run_gui(context.notebook, demo=args.demo, clock=clock)
    return COMMANDS[args.command](args, context)
