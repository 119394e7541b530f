"""`draft`: the message the app would draft for one person on a day, as the composer drafts it."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from relnotebook.cli.common import (
    EXIT_BAD_NOTEBOOK,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    print_json,
    read_notebook,
)


def run_draft(
    path: Path | str,
    person_id: int,
    kind: str | None,
    detail_id: int | None,
    day: dt.date,
    as_json: bool,
) -> int:
    """Print the draft (subject, blank line, body); the pressure check's advice goes to stderr.
    Nothing is stored: the notebook is only read."""
    from relnotebook.cli.render.drafts import draft_json
    from relnotebook.core.models import SignalKind
    from relnotebook.core.outreach.drafts import draft

    def make(notebook: Any) -> Any:
        try:
            return draft(
                notebook,
                person_id,
                today=day,
                kind=SignalKind(kind) if kind else None,
                detail_id=detail_id,
            )
        except LookupError:
            return fail(f"there is no person {person_id} in this notebook.", EXIT_BAD_NOTEBOOK)
        except ValueError:
            return fail(
                f"detail {detail_id} is not a personal detail of person {person_id} that a "
                "message can mention.",
                EXIT_USAGE,
            )

    result = read_notebook(path, make)
    if isinstance(result, int):
        return result
    if as_json:
        return print_json(draft_json(result))
    print(f"Subject: {result.subject}\n\n{result.body}")
    for advice in result.pressure:
        print(f"relnotebook: pressure check: {advice.english}", file=sys.stderr)
    return EXIT_OK
