"""`referrals` and `newsletter`: where new clients came from, and who the newsletter may go to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from relnotebook.cli.common import (
    print_json,
    print_lines,
    print_written,
    read_notebook,
    unwritable,
)


def run_referrals(path: Path | str, day: dt.date, as_json: bool) -> int:
    """Where new clients came from: reciprocity against the target, dependence, connectors."""
    from relnotebook.cli.render.referrals import referrals_text, report_json
    from relnotebook.core.referrals.service import reciprocity_report

    report = read_notebook(path, lambda notebook: reciprocity_report(notebook, day))
    if isinstance(report, int):
        return report
    if as_json:
        return print_json(report_json(report))
    return print_lines(referrals_text(report))


def run_newsletter(path: Path | str, out: Path, day: dt.date) -> int:
    """The newsletter sending list as CSV (names and addresses inside: mode 0600)."""
    from relnotebook.core.referrals.newsletter import save_sending_list

    if (problem := unwritable(out, path)) is not None:
        return problem

    def write(notebook: Any) -> str:
        return f"Wrote {save_sending_list(notebook, out, day)} subscribers to {out}."

    return print_written(path, out, write)
