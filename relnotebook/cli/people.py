"""`merge`: two records of the same person made one, as the app's Merge dialog does (scripts
clean up the duplicates an import left). Everything about DROP moves to KEEP, then DROP is
deleted; the app's undo is not there to take it back, so it asks first."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from relnotebook.cli.common import (
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    EXIT_USAGE,
    ask_password,
    confirmed,
    fail,
    missing,
    open_in_app,
    print_json,
    print_lines,
    read_notebook,
)
from relnotebook.errors import NotebookError, StorageError


def run_merge(
    path: Path | str, keep_id: int, drop_id: int, take: Sequence[str], assume_yes: bool
) -> int:
    """Merge DROP into KEEP after saying what moves; `take` names the profile fields whose
    value comes from DROP (an empty one of KEEP's is filled from DROP's anyway)."""
    from relnotebook.cli.render.people import merge_text, merged_text
    from relnotebook.core.people.merge import compare, merge_people
    from relnotebook.core.people.views import SCALAR_FIELDS
    from relnotebook.errors import ValidationError
    from relnotebook.store import Notebook

    if unknown := [field for field in take if field not in SCALAR_FIELDS]:
        return fail(
            f"--take {' '.join(unknown)}: not a profile field; the fields are "
            f"{', '.join(SCALAR_FIELDS)}.",
            EXIT_USAGE,
        )
    if keep_id == drop_id:
        return fail(f"KEEP and DROP are both person {keep_id}: give two people.", EXIT_USAGE)
    if (status := missing(path)) is not None:
        return status
    if (status := open_in_app(path)) is not None:
        return status
    if not assume_yes and not sys.stdin.isatty():
        return fail(
            "a merge cannot be undone here: add --yes to merge without a question.", EXIT_USAGE
        )
    try:
        notebook = Notebook.open(path, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    try:
        comparison = compare(notebook, keep_id, drop_id)
        print_lines(merge_text(comparison, take))
        if not assume_yes and not confirmed("Merge them? [y/N] "):
            print("Nothing was changed.")
            return EXIT_OK
        undo = merge_people(notebook, keep_id, drop_id, frozenset(take))
    except ValidationError as exc:  # no such person (an id the notebook never had, or deleted)
        return fail(exc.message, EXIT_USAGE)
    except StorageError as exc:
        return fail(f"{exc.message} Nothing was merged.")
    finally:
        notebook.close()
    return print_lines(merged_text(comparison, undo))


def run_duplicates(path: Path | str, as_json: bool, apart: Sequence[int] | None = None) -> int:
    """`duplicates`: the likely pairs of the whole notebook, the likeliest first, for `merge`;
    with `apart` (two ids), that pair is remembered as two people and listed no more."""
    if apart:
        return _not_duplicates(path, apart[0], apart[1])
    from relnotebook.cli.render.people import duplicates_json, duplicates_text
    from relnotebook.core.people.duplicates import find_duplicates

    pairs = read_notebook(path, find_duplicates)
    if isinstance(pairs, int):
        return pairs
    if as_json:
        return print_json(duplicates_json(pairs))
    return print_lines(duplicates_text(pairs))


def _not_duplicates(path: Path | str, first_id: int, second_id: int) -> int:
    """`duplicates --not A B`: the pair is remembered as two people."""
    from relnotebook.core.people.duplicates import not_duplicates
    from relnotebook.errors import ValidationError
    from relnotebook.store import Notebook

    if (status := missing(path)) is not None:
        return status
    if (status := open_in_app(path)) is not None:
        return status
    try:
        notebook = Notebook.open(path, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    try:
        not_duplicates(notebook, first_id, second_id)
    except ValidationError as exc:
        return fail(exc.message, EXIT_USAGE)
    except StorageError as exc:
        return fail(f"{exc.message} Nothing was changed.", EXIT_CANNOT_WRITE)
    finally:
        notebook.close()
    print(f"#{first_id} and #{second_id} are two people: they are not listed as duplicates again.")
    return EXIT_OK
