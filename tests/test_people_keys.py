"""Each person's folded name and organisation (migration 0020), which the People list orders and
filters by in SQL: whoever writes a name keeps them equal to what the fold gives (issue 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlmodel import Session

from relnotebook.core.exchange.contact_import import (
    Choice,
    apply_import,
    build_preview,
    parse_vcards,
    redo_import,
    undo_import,
)
from relnotebook.core.exchange.notebook_json import export_notebook, import_notebook
from relnotebook.core.models import Person
from relnotebook.core.people.keys import KEYED, person_keys, refresh_person_keys
from relnotebook.core.people.merge import merge_people, unmerge
from relnotebook.core.people.service import add_person, delete_person, restore_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.folding import fold
from relnotebook.store import Notebook, schema
from relnotebook.store.bulk import insert_rows
from tests.conftest import TODAY, new_notebook_file
from tests.test_migrations import OLDER, _fill_old_notebook

TABLE = Person.__table__  # type: ignore[attr-defined]


def stored_keys(notebook: Notebook) -> dict[int, tuple[str, str]]:
    with notebook.reader() as session:
        rows = session.connection().execute(
            select(TABLE.c.id, TABLE.c.name_key, TABLE.c.organisation_key)
        )
        return {row[0]: (row[1], row[2]) for row in rows}


def computed_keys(notebook: Notebook) -> dict[int, tuple[str, str]]:
    with notebook.reader() as session:
        rows = session.connection().execute(select(TABLE.c.id, *(TABLE.c[c] for c in KEYED)))
        found = {}
        for row in rows:
            keys = person_keys(dict(zip(KEYED, row[1:], strict=True)))
            found[row[0]] = (keys["name_key"], keys["organisation_key"])
        return found


def assert_kept(notebook: Notebook) -> None:
    assert stored_keys(notebook) == computed_keys(notebook)


def test_the_keys_are_the_name_as_shown_and_the_organisation_folded() -> None:
    keys = person_keys(
        {"given_name": "Hélène", "family_name": "BERGERON", "preferred_name": " Lène "}
    )
    assert keys == {"name_key": "lene bergeron", "organisation_key": ""}
    assert person_keys({"given_name": "Jean", "organisation": "Vélo Québec"}) == {
        "name_key": "jean",
        "organisation_key": "velo quebec",
    }
    assert fold("Ærø Straße") == "ærø strasse" and fold("ÉCOLE") == "ecole"


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def test_every_writer_of_names_keeps_the_keys(notebook: Notebook, tmp_path: Path) -> None:
    # The ORM: a form, the capture, the sync (create_person and change_person).
    robert = add_person(notebook, PersonFields(given_name="Robert", family_name="Trémblay"))
    helene = add_person(notebook, PersonFields(given_name="Hélène", organisation="Vélo Québec"))
    update_person(notebook, robert, {"preferred_name": "Bob", "organisation": "ÉCOLE"})
    assert stored_keys(notebook)[robert] == ("bob tremblay", "ecole")
    assert_kept(notebook)
    # Core inserts, many at a time (the generator, any bulk caller).
    with notebook.session() as session:
        insert_rows(
            session,
            Person,
            [
                {"given_name": "Zoé", "family_name": "Lévesque"},
                {"given_name": "", "family_name": "Côté"},
            ],
        )
    assert ("zoe levesque", "") in stored_keys(notebook).values()
    assert_kept(notebook)
    # The contact import: people created (Core inserts) and filled by a merge (Core updates),
    # then undone and done again.
    text = card("N:Bergeron;Hélène;;;", "ORG:Ignored", "EMAIL:h@x.ca") + card(
        "N:Roy;Luc;;;", "ORG:Société Générale"
    )
    add_email = update_person(notebook, helene, {"emails": ["h@x.ca"], "organisation": ""})
    assert add_email["organisation"] == "Vélo Québec"
    preview = build_preview(notebook, parse_vcards(text, today=TODAY))
    choices = {row.index: Choice.MERGE for row in preview.rows if row.duplicate is not None}
    assert choices  # Hélène, by her email
    result = apply_import(notebook, preview, choices, today=TODAY)
    assert stored_keys(notebook)[helene] == ("helene bergeron", "ignored")
    assert ("luc roy", "societe generale") in stored_keys(notebook).values()
    assert_kept(notebook)
    saved = undo_import(notebook, result)
    assert stored_keys(notebook)[helene] == ("helene", "")
    assert_kept(notebook)
    redo_import(notebook, result, saved)
    assert stored_keys(notebook)[helene] == ("helene bergeron", "ignored")
    assert_kept(notebook)
    # A merge (the kept person takes the other's name), its undo; a delete and its undo.
    undo = merge_people(notebook, robert, helene, frozenset({"given_name", "preferred_name"}))
    assert stored_keys(notebook)[robert] == ("helene tremblay", "ecole")
    assert_kept(notebook)
    unmerge(notebook, undo)
    assert stored_keys(notebook)[robert] == ("bob tremblay", "ecole")
    assert_kept(notebook)
    restore_person(notebook, delete_person(notebook, robert))
    assert_kept(notebook)
    # A notebook JSON file loaded: the keys computed on the way in.
    document = tmp_path / "all.json"
    export_notebook(notebook, document, for_user=False)
    written = json.loads(document.read_text(encoding="utf-8"))
    for row in written["tables"]["person"]:  # as a file from before 0020
        del row["name_key"], row["organisation_key"]
    document.write_text(json.dumps(written), encoding="utf-8")
    other = Notebook.open(new_notebook_file(tmp_path / "other.sqlite"))
    try:
        import_notebook(other, document)
        assert stored_keys(other) == stored_keys(notebook)
    finally:
        other.close()


def test_keys_written_wrong_are_written_again(notebook: Notebook) -> None:
    add_person(notebook, PersonFields(given_name="Émile", family_name="Nelligan"))
    with notebook.session() as session:
        session.connection().execute(TABLE.update().values(name_key="x", organisation_key="y"))
    with notebook.session() as session:
        assert refresh_person_keys(session.connection()) == 1
    assert list(stored_keys(notebook).values()) == [("emile nelligan", "")]


def test_the_keys_come_with_0020_and_go_with_its_downgrade(notebook: Notebook) -> None:
    add_person(notebook, PersonFields(given_name="Émile", family_name="Nelligan"))
    with notebook.engine.begin() as connection:
        schema.downgrade(connection, "0019")
    with notebook.engine.begin() as connection:
        schema.upgrade(connection)
    assert list(stored_keys(notebook).values()) == [("emile nelligan", "")]


@pytest.mark.parametrize("revision", [r for r in OLDER if r and r < "0020"])
def test_upgrading_from_every_revision_fills_the_keys(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    _fill_old_notebook(path, revision)  # Bob (Robert) Tremblay, of Vélo Québec
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            schema.upgrade(connection)
        with Session(engine) as session:
            person = session.get(Person, 1)
            assert person is not None
            assert (person.name_key, person.organisation_key) == ("bob tremblay", "velo quebec")
    finally:
        engine.dispose()
