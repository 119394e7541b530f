"""The whole notebook as one JSON document, and back: a backup anyone can read.

The format (docs/notebook-json.md) is every table of `relnotebook.core.models`, row by row, with ids
kept, so the file loads back into an empty notebook exactly, links and all. Tables come parents
first (the order of the foreign keys), so a reader inserts them in the order it meets them.
It is built from the table definitions rather than written table by table: a table or a column
added later travels without changing this module, and a test of the round trip notices if not.

Loading happens in one transaction: a file that is not ours, from a newer version, or broken
anywhere (a bad date on the last row, a note about a person who is not in the file) is refused
with a sentence, and the notebook is left as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    bindparam,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

from relnotebook import __version__
from relnotebook.core import models
from relnotebook.core.models import utcnow
from relnotebook.core.people.keys import refresh_person_keys
from relnotebook.errors import Sentence, SpecialFileError, ValidationError
from relnotebook.files import open_regular_file, write_private_file
from relnotebook.store import Notebook
from relnotebook.store import schema as store_schema
from relnotebook.store.files.outside_copies import CopyKind, record_copy
from relnotebook.store.identity import catch_up_ids

# `progress(done, total)` in rows: False asks to stop; nothing is written then.
Progress = Callable[[int, int], bool]

FORMAT = "relnotebook-notebook"
VERSION = 1  # the major version of the envelope; readers refuse a higher one
BATCH = 500  # rows per insert, and between two progress reports


class _Stopped(Exception):
    """`progress` returned False: leave the transaction by rolling it back."""


def tables() -> list[Table]:
    """Every table of the notebook's models, parents before children."""
    return [t for t in SQLModel.metadata.sorted_tables if t.name in _models()]


def _models() -> dict[str, type[SQLModel]]:
    return {
        str(model.__tablename__): model
        for model in vars(models).values()
        if isinstance(model, type)
        and issubclass(model, SQLModel)
        and model is not SQLModel
        and hasattr(model, "__table__")
    }


def _order(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns) or list(table.columns)


def _self_references(table: Table) -> list[str]:
    """Columns that point to another row of the same table (who introduced a person)."""
    return sorted({fk.parent.name for fk in table.foreign_keys if fk.column.table is table})


# Export


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _counts(connection: Connection, chosen: list[Table]) -> dict[str, int]:
    return {
        t.name: connection.execute(select(func.count()).select_from(t)).scalar_one() for t in chosen
    }


def notebook_document(
    notebook: Notebook, progress: Progress | None = None
) -> dict[str, Any] | None:
    """The notebook as the JSON-ready document; None when `progress` asked to stop.

    Read in one transaction, so the rows are a consistent snapshot even while the app writes.
    """
    chosen = tables()
    with notebook.reader() as session:
        connection = session.connection()
        total = sum(_counts(connection, chosen).values())
        if progress is not None and not progress(0, total):
            return None
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            # An open notebook is always at the head revision (Notebook.open upgrades it).
            "schema_revision": store_schema.head(),
            "exported_at": utcnow().isoformat(timespec="seconds"),
            "app_version": __version__,
            "tables": {},
        }
        done = 0
        for table in chosen:
            rows: list[dict[str, Any]] = []
            for row in connection.execute(select(table).order_by(*_order(table))).mappings():
                rows.append({name: _to_json(value) for name, value in row.items()})
                done += 1
                if progress is not None and done % BATCH == 0 and not progress(done, total):
                    return None
            document["tables"][table.name] = rows
        if progress is not None and not progress(total, total):
            return None
    return document


def export_notebook(
    notebook: Notebook, path: Path, progress: Progress | None = None, *, for_user: bool = True
) -> dict[str, int] | None:
    """Write the whole notebook to `path` as JSON (0600, in one step); rows per table. A file
    written `for_user` is remembered (`outside_copies`); the app's own passing files are not.

    None: `progress` asked to stop and nothing was written. Raises OSError when the file cannot
    be written.
    """
    document = notebook_document(notebook, progress)
    if document is None:
        return None
    content = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_private_file(Path(path), content.encode("utf-8"))
    if for_user:
        record_copy(notebook.path, Path(path), CopyKind.EXPORT)
    return {name: len(rows) for name, rows in document["tables"].items()}


# Import


def _refuse(path: Path, template: str, **params: Any) -> ValidationError:
    """`template` says why (translated on its own, then put after the file's name)."""
    reason = Sentence(template, params)
    return ValidationError(
        "file", "{name} cannot be loaded: {reason}", name=path.name, reason=reason
    )


def read_document(path: Path) -> dict[str, Any]:
    """The parsed file after the envelope checks (format, version, revision, tables)."""
    path = Path(path)
    try:
        with open_regular_file(path) as handle:
            data = handle.read()
    except FileNotFoundError:
        raise ValidationError("file", "{path} does not exist.", path=path) from None
    except SpecialFileError as exc:  # a named pipe would make us wait for ever
        if exc.is_folder:
            raise ValidationError(
                "file", "{path} is a folder, not a notebook JSON file.", path=path
            ) from None
        raise ValidationError(
            "file", "{path} is {kind}, not a notebook JSON file.", path=path, kind=exc.kind
        ) from None
    except OSError as exc:
        raise ValidationError(
            "file", "{path} cannot be read: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _refuse(path, "it is not a notebook JSON file (not valid JSON).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refuse(path, "it is not a Relationship Notebook JSON export.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(path, "its format version is missing or not a whole number.")
    if version > VERSION:
        raise _refuse(
            path,
            "it was written by a newer version of Relationship Notebook (format version "
            "{version}, this app reads up to {readable}). Update the app to load it.",
            version=str(version),
            readable=str(VERSION),
        )
    revision = document.get("schema_revision")
    if not isinstance(revision, str):
        raise _refuse(path, "it does not say which notebook schema it holds.")
    if revision not in store_schema.known_revisions():
        raise _refuse(
            path,
            "it holds a notebook from a newer version of Relationship Notebook (schema "
            "{revision}). Update the app to load it.",
            revision=revision,
        )
    content = document.get("tables")
    if not isinstance(content, dict):
        raise _refuse(path, "it has no tables.")
    known = {t.name for t in tables()}
    unknown = sorted(set(content) - known)
    if unknown:
        raise _refuse(
            path, "it has tables this version does not know: {tables}.", tables=", ".join(unknown)
        )
    for name, rows in content.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise _refuse(path, "the table {table} is not a list of rows.", table=name)
    return document


def _default(model: type[SQLModel], column: Column[Any]) -> Any:
    """The value a column missing from a row takes (a file from an earlier schema); ids and
    other keys have none."""
    if column.primary_key:
        raise KeyError(column.name)
    field = model.model_fields.get(column.name)
    if field is not None and field.default_factory is not None:
        return field.get_default(call_default_factory=True)
    if field is not None and field.default is not PydanticUndefined:
        return field.default
    if column.nullable:
        return None
    raise KeyError(column.name)


def _value(column: Column[Any], value: Any) -> Any:
    """A JSON value as the column's Python type; ValueError with what was expected."""
    kind = column.type
    if isinstance(kind, TypeDecorator):  # SQLModel's AutoString is a String underneath
        kind = kind.impl_instance
    if value is None:
        if column.nullable and not column.primary_key:
            return None
        raise ValueError("a value is needed")
    if isinstance(kind, DateTime):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError("expected a date and time like 2026-11-23T09:30:00") from None
        # Stored in UTC without a time zone (models.utcnow); an offset is converted.
        return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
    if isinstance(kind, Date):
        try:
            if isinstance(value, str) and len(value) == 10:
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        raise ValueError("expected a date like 2026-11-23")
    if isinstance(kind, Boolean):
        if isinstance(value, bool):
            return value
        raise ValueError("expected true or false")
    if isinstance(kind, Integer):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63:
            return value
        raise ValueError("expected a whole number")
    if isinstance(kind, Float):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise ValueError("expected a number")
    if isinstance(kind, String):
        if isinstance(value, str):
            return value
        raise ValueError("expected text")
    raise ValueError(f"this version cannot read a {kind} column")


def _rows(path: Path, table: Table, raw_rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    model = _models()[table.name]
    columns = {c.name: c for c in table.columns}
    for number, raw in enumerate(raw_rows, start=1):
        where = {"row": number, "table": table.name}
        unknown = sorted(set(raw) - set(columns))
        if unknown:
            raise _refuse(
                path,
                "row {row} of the table {table} has fields this version does not know: {fields}.",
                fields=", ".join(unknown),
                **where,
            )
        row: dict[str, Any] = {}
        for name, column in columns.items():
            if name not in raw:
                try:
                    row[name] = _default(model, column)
                except KeyError:
                    raise _refuse(
                        path, "row {row} of the table {table} has no {field}.", field=name, **where
                    ) from None
                continue
            try:
                row[name] = _value(column, raw[name])
            except ValueError as exc:
                raise _refuse(
                    path,
                    "row {row} of the table {table}: {field} is {value}; {problem}.",
                    field=name,
                    value=repr(raw[name]),
                    problem=exc,
                    **where,
                ) from None
        yield row


def _is_empty(connection: Connection) -> bool:
    return not any(_counts(connection, tables()).values())


def _insert(
    connection: Connection,
    path: Path,
    table: Table,
    rows: list[dict[str, Any]],
    report: Callable[[int], None],
) -> None:
    """Insert a table's rows in batches; a row pointing to another of the same table (a person
    introduced by a person listed later) gets that link once every row is in."""
    links = _self_references(table)
    later: list[dict[str, Any]] = []
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        if links:
            later += [
                {"_key": r[_order(table)[0].name], **{f"_{n}": r[n] for n in links}}
                for r in batch
                if any(r[n] is not None for n in links)
            ]
            batch = [{**r, **dict.fromkeys(links)} for r in batch]
        try:
            connection.execute(table.insert(), batch)
        except IntegrityError:
            raise _refuse(
                path,
                "the table {table} repeats an id, or a row points to one that is not in the file.",
                table=table.name,
            ) from None
        report(len(batch))
    if later:
        key = _order(table)[0]
        statement = (
            table.update()
            .where(key == bindparam("_key"))
            .values({n: bindparam(f"_{n}") for n in links})
        )
        try:
            connection.execute(statement, later)
        except IntegrityError:
            raise _refuse(
                path,
                "a row of the table {table} points to one that is not in the file.",
                table=table.name,
            ) from None


def import_notebook(
    notebook: Notebook, path: Path, progress: Progress | None = None
) -> dict[str, int] | None:
    """Load a notebook JSON file into `notebook`, which must be empty; rows per table.

    Everything is loaded in one transaction with the file's ids and values (settings too), or
    nothing is: a `ValidationError` says what is wrong with the file (`field` "file") or that the
    notebook is not empty (`field` "notebook"). None: `progress` asked to stop; the notebook is
    unchanged. Tables missing from the file are empty; a column missing from a row (a file
    from an earlier version) takes its default.
    """
    path = Path(path)
    document = read_document(path)
    content: Mapping[str, list[dict[str, Any]]] = document["tables"]
    parsed = {t.name: list(_rows(path, t, content.get(t.name, []))) for t in tables()}
    total = sum(len(rows) for rows in parsed.values())
    done = 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(done, total):
            raise _Stopped

    try:
        with notebook.session() as session:
            connection = session.connection()
            if not _is_empty(connection):
                raise ValidationError(
                    "notebook",
                    "{name} is not empty: a copy or a notebook JSON file goes only into a new, "
                    "empty notebook.",
                    name=notebook.name,
                )
            report(0)
            for table in tables():
                _insert(connection, path, table, parsed[table.name], report)
            refresh_person_keys(connection)  # derived: a file from before 0020 has none
            catch_up_ids(connection, tables())
    except _Stopped:
        return None
    return {name: len(rows) for name, rows in parsed.items()}


# Copy


def copy_notebook(source: Notebook, target: Notebook) -> dict[str, int]:
    """Every row of `source` into `target`, which must be empty: the same ids and values, in
    one transaction (SQLite to PostgreSQL or back). It goes through the notebook JSON format,
    checks included, in a private temporary folder that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="relnotebook-copy-") as folder:  # made 0700
        document = Path(folder) / f"{source.path.stem or 'notebook'}.json"
        export_notebook(source, document, for_user=False)
        return import_notebook(target, document) or {}
