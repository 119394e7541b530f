"""The registry of what belongs to a person (`store.ownership`) against the schema, and each use
of it (merge, erasure, the dossier, undo of a delete) against every table in it.

A table pointing at `person.id` that the registry leaves out fails here, both in the models and
in a migrated notebook; a table put in it is merged, erased, gathered and deleted and restored
here without a test of its own, its rows made from the table's columns.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from sqlalchemy import func, inspect
from sqlmodel import Session, SQLModel, select

from relnotebook.core import models
from relnotebook.core.models import ContactPoint, Person
from relnotebook.core.people.merge import merge_people, unmerge
from relnotebook.core.people.service import delete_person, restore_person
from relnotebook.core.privacy.dossier import person_dossier
from relnotebook.core.privacy.erasure import erase_person
from relnotebook.store import Notebook
from relnotebook.store.ownership import OWNED, Merge, Owned
from tests.conftest import TODAY
from tests.helpers.notebooks import everything

# Values a row needs to be shown where it belongs (an address is an email or a phone).
REALISTIC: dict[type[SQLModel], dict[str, Any]] = {ContactPoint: {"kind": "email"}}
LINKS = [(owned, column) for owned in OWNED for column in owned.columns]
_unique = itertools.count(1)


def registered() -> dict[tuple[str, str], str]:
    """{(table, column): what deleting the person does} for each column of the registry."""
    return {
        (owned.name, column): "CASCADE" if column in owned.goes else "SET NULL"
        for owned, column in LINKS
    }


def test_every_foreign_key_to_a_person_in_the_models_is_registered() -> None:
    found = {
        (table.name, key.parent.name): str(key.ondelete)
        for table in SQLModel.metadata.tables.values()
        for key in table.foreign_keys
        if key.column.table.name == "person" and key.column.name == "id"
    }
    assert found == registered()


def test_every_foreign_key_to_a_person_in_a_notebook_is_registered(notebook: Notebook) -> None:
    with notebook.reader() as session:
        schema = inspect(session.connection())
        found = {
            (table, key["constrained_columns"][0]): str(key["options"].get("ondelete")).upper()
            for table in schema.get_table_names()
            for key in schema.get_foreign_keys(table)
            if key["referred_table"] == "person" and key["referred_columns"] == ["id"]
        }
    assert found == registered()


def test_each_use_knows_what_to_do_with_each_table() -> None:
    for owned in OWNED:
        assert owned.dossier, owned.name
        if owned.merge in (Merge.MOVE, Merge.UNITE):
            assert owned.goes and not owned.names, owned.name
        assert (owned.merge is Merge.UNITE) == (owned.unite_on is not None), owned.name
        assert (owned.erasure is not None) == bool(owned.names), owned.name
        for _kind, column in owned.mentions:
            assert owned.goes and column in inspect(owned.model).columns, owned.name


# --- each table, through each use ----------------------------------------------------------------


def _model(table_name: str) -> type[SQLModel]:
    found = [
        model
        for model in vars(models).values()
        if isinstance(model, type)
        and issubclass(model, SQLModel)
        and getattr(model, "__tablename__", None) == table_name
    ]
    assert len(found) == 1, table_name
    return found[0]


def _value(python_type: type) -> Any:
    if python_type is dt.date:
        return TODAY
    if python_type is dt.datetime:
        return dt.datetime(2026, 11, 23, 9, 30)
    if python_type is bool:
        return False
    if python_type is int:
        return 1
    return f"value {next(_unique)}"  # unique: a tag's name, a put-off prompt's key


def add_row(session: Session, model: type[SQLModel], given: dict[str, Any]) -> SQLModel:
    """A row of `model` with the `given` values, every other required column filled: a person
    or a parent row made for a link, a plain value otherwise."""
    values = {**REALISTIC.get(model, {}), **given}
    for column in inspect(model).columns:
        if column.name in values or not model.model_fields[column.name].is_required():
            continue
        keys = list(column.foreign_keys)
        if keys:
            parent = add_row(session, _model(keys[0].column.table.name), {})
            values[column.name] = getattr(parent, keys[0].column.name)
        else:
            values[column.name] = _value(column.type.python_type)
    row = model(**values)
    session.add(row)
    session.flush()
    return row


def people(notebook: Notebook, *names: str) -> list[int]:
    with notebook.session() as session:
        rows = [Person(given_name=name, family_name="Registre") for name in names]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows if row.id is not None]


def link(notebook: Notebook, owned: Owned, column: str, person_id: int) -> Any:
    """One row of the table pointing at the person through `column`; its key."""
    with notebook.session() as session:
        row = add_row(session, owned.model, {column: person_id})
        return inspect(row).identity


def count(notebook: Notebook, owned: Owned, column: str, person_id: int) -> int:
    with notebook.reader() as session:
        query = select(func.count()).select_from(owned.model)
        return session.exec(query.where(owned.column(column) == person_id)).one()


def ids(links: list[tuple[Owned, str]]) -> list[str]:
    return [f"{owned.name}.{column}" for owned, column in links]


@pytest.mark.parametrize(("owned", "column"), LINKS, ids=ids(LINKS))
def test_merge_delete_dossier_and_erasure_handle_each_table(
    notebook: Notebook, owned: Owned, column: str
) -> None:
    """One notebook for the four uses (each new notebook costs half a second)."""
    keep, drop = people(notebook, "Kept", "Dropped")
    key = link(notebook, owned, column, drop)
    before = everything(notebook)

    # A merge moves the row to the kept person (the cascade would have deleted it); its undo
    # gives back both people exactly.
    undo = merge_people(notebook, keep, drop)
    assert (count(notebook, owned, column, keep), count(notebook, owned, column, drop)) == (1, 0)
    unmerge(notebook, undo)
    assert everything(notebook) == before

    # Their dossier holds it.
    dossier = person_dossier(notebook, drop)
    assert any(dossier[section.key] for section in owned.dossier)

    # Deleting them takes it away and undo brings it back (a link set again is a change: its
    # time of change moves on).
    leave_out = ("version", "updated_at")
    before = everything(notebook, leave_out)
    deleted = delete_person(notebook, drop)
    assert count(notebook, owned, column, drop) == 0
    restore_person(notebook, deleted)
    assert everything(notebook, leave_out) == before

    # Erasing them leaves no row pointing at them.
    report = erase_person(notebook, drop)
    assert count(notebook, owned, column, drop) == 0
    with notebook.reader() as session:
        row = session.get(owned.model, key)
        if column in owned.goes:  # theirs: gone with them, and counted
            assert row is None
            assert report.removed == {owned.removed_kind: 1}
        else:  # another's record naming them: kept without them
            assert row is not None and getattr(row, column) is None
            assert report.removed == {}
