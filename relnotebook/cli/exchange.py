"""`export`, `import`, `load-json` and `copy`: people and whole notebooks in and out of files
(CSV, vCard, the notebook's JSON) and between a file and a PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from relnotebook.cli.common import (
    EXIT_BAD_NOTEBOOK,
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    EXIT_USAGE,
    ask_password,
    fail,
    print_lines,
    print_written,
    read_notebook,
    unwritable,
)
from relnotebook.errors import NotebookError, StorageError


def run_export(path: Path | str, out: Path, kind: str) -> int:
    """Everyone as CSV or vCard, or the whole notebook as JSON (private data inside: 0600)."""
    from relnotebook.core.exchange.notebook_json import export_notebook
    from relnotebook.core.exchange.people_export import people_csv, people_vcard

    if (problem := unwritable(out, path)) is not None:
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

    return print_written(path, out, write)


def run_load_json(path: Path | str, source: Path) -> int:
    """Load a notebook JSON export into an empty notebook."""
    from relnotebook.core.exchange.notebook_json import import_notebook

    return _fill(path, lambda notebook: import_notebook(notebook, source) or {}, source)


def run_copy(source: Path | str, target: Path | str) -> int:
    """Copy a notebook into an empty one, between a file and a server either way."""
    from relnotebook.core.exchange.notebook_json import copy_notebook

    def into_target(reader: Any) -> int:
        return _fill(target, lambda notebook: copy_notebook(reader, notebook), reader.location)

    return read_notebook(source, into_target)


def _fill(path: Path | str, load: Callable[[Any], dict[str, int]], source: Path | str) -> int:
    """Open (or create) an empty notebook and load it; a new file is removed again when
    nothing could be loaded, so a failed restore leaves no empty notebook behind."""
    from relnotebook.errors import ValidationError
    from relnotebook.store import Notebook

    created = isinstance(path, Path) and not path.exists()
    try:
        notebook = Notebook.open(path, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    try:
        rows = load(notebook)
    except ValidationError as exc:
        status = fail(exc.message, EXIT_BAD_NOTEBOOK if exc.field == "notebook" else EXIT_USAGE)
    except StorageError as exc:
        status = fail(exc.message, EXIT_CANNOT_WRITE)
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


def run_import(
    path: Path | str, source: Path, *, dry_run: bool, merge: bool, today: dt.date
) -> int:
    """Contacts from a vCard or CSV file in one transaction: new people created, duplicates
    skipped (or merged); notes are dated `today`. A dry run opens the notebook read-only and
    writes nothing."""
    from relnotebook.cli.render.exchange import import_text
    from relnotebook.core.exchange.contact_import import (
        Choice,
        ImportFileError,
        RowStatus,
        apply_import,
        build_preview,
        read_file,
    )
    from relnotebook.errors import ValidationError
    from relnotebook.store import Notebook

    try:
        parsed = read_file(source, today=today)
    except ImportFileError as exc:
        return fail(exc.message, EXIT_USAGE)
    if parsed.needs_mapping:
        columns = ", ".join(parsed.header[:8]) + ("…" if len(parsed.header) > 8 else "")
        return fail(
            f"the columns of {source} were not recognised ({columns}). Name the columns "
            "“First Name”, “Last Name”, “E-mail Address”…, or import the file in the app, "
            "where you can choose which column is which.",
            EXIT_USAGE,
        )
    if dry_run:
        preview = read_notebook(path, lambda notebook: build_preview(notebook, parsed))
        if isinstance(preview, int):
            return preview
        return print_lines(import_text(preview, None, name=source.name, merge=merge))
    try:
        notebook = Notebook.open(path, ask_password=ask_password)
    except NotebookError as exc:
        return fail(exc.message)
    try:
        preview = build_preview(notebook, parsed)
        choices = {
            row.index: Choice.MERGE
            for row in preview.rows
            if merge and row.status is RowStatus.DUPLICATE
        }
        result = apply_import(notebook, preview, choices, today=today)
    except ValidationError as exc:
        return fail(f"{exc.message} Nothing was imported.", EXIT_CANNOT_WRITE)
    except StorageError as exc:
        return fail(f"{exc.message} Nothing was imported.", EXIT_CANNOT_WRITE)
    finally:
        notebook.close()
    return print_lines(import_text(preview, result, name=source.name, merge=merge))
