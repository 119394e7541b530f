"""`erase`, `dossier` and `retention`: a person's rights over what the notebook holds about them
(Quebec's Law 25, PIPEDA): erased for good, everything given to them, nothing kept for ever."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from relnotebook.cli.common import (
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    EXIT_USAGE,
    ask_password,
    cannot_write,
    fail,
    missing,
    open_in_app,
    print_json,
    print_lines,
    read_notebook,
)
from relnotebook.errors import NotebookError, StorageError


def run_erase(path: Path | str, person_id: int, assume_yes: bool) -> int:
    """Erase one person for good, after they type the name (or with --yes, for scripts). On a
    server notebook no lock tells whether the app has it open elsewhere: an undo there could
    bring the person back, as it could after any delete."""
    from relnotebook.cli.render.privacy import erase_text
    from relnotebook.core.privacy.erasure import erase_person, person_name, same_name
    from relnotebook.core.sync.erased import after_erasure
    from relnotebook.errors import ValidationError
    from relnotebook.store import Notebook

    if (status := missing(path)) is not None:
        return status
    # The app's undo history could bring the person back, and it holds the file open.
    if (status := open_in_app(path)) is not None:
        return status
    if not assume_yes and not sys.stdin.isatty():
        return fail("erasing cannot be undone: add --yes to erase without a question.", EXIT_USAGE)
    try:
        notebook = Notebook.open(path, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    try:
        name = person_name(notebook, person_id)
        if name is None:
            return fail(f"there is no person {person_id} in {path}.", EXIT_USAGE)
        if not assume_yes:
            print(f"This erases {name} and everything about them. It cannot be undone.")
            try:
                typed = input("Type the name to confirm: ")
            except EOFError:
                typed = ""
            if not same_name(typed, name):
                return fail("the name typed does not match; nothing was erased.", EXIT_USAGE)
        report = after_erasure(notebook, [erase_person(notebook, person_id)])[0]
    except ValidationError as exc:
        return fail(exc.message, EXIT_USAGE)
    except StorageError as exc:
        return fail(f"{exc.message} Nothing was erased.")
    finally:
        notebook.close()
    return print_lines(erase_text(report))


def run_dossier(path: Path | str, person_id: int, out: Path) -> int:
    """Everything about one person as JSON and a readable summary (private files)."""
    from relnotebook.core.privacy.dossier import write_dossier

    if (status := missing(path)) is not None:
        return status
    if not out.is_dir():
        return fail(f"cannot write into {out}: it is not an existing folder.", EXIT_CANNOT_WRITE)
    try:
        written = read_notebook(path, lambda notebook: write_dossier(notebook, person_id, out))
    except OSError as exc:
        return cannot_write(out, exc)
    if isinstance(written, int):
        return written
    print(f"Wrote {written[0]} and {written[1]}.")
    return EXIT_OK


def run_retention(path: Path | str, years: int, day: dt.date, as_json: bool) -> int:
    """People with no contact for years, the longest first: to keep or erase."""
    from relnotebook.cli.render.privacy import retention_json, retention_text
    from relnotebook.core.privacy.retention import retention_review

    people = read_notebook(path, lambda notebook: retention_review(notebook, years, today=day))
    if isinstance(people, int):
        return people
    if as_json:
        return print_json(retention_json(people, years, day))
    return print_lines(retention_text(people, years, day))
