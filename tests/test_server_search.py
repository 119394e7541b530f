"""Search on PostgreSQL: the same answers as FTS5 for the same notebook, what migration 0009
adds and takes away, and the pieces of `search_server` that differ from SQLite's.

The whole of `test_search.py` runs on PostgreSQL too (`RELNB_STORE=postgresql`); these tests
need a server whichever way the suite runs, and are skipped with the reason when there is none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection

from relnotebook.core.models import SignalKind
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.search import search
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook, schema
from relnotebook.store.search_index import ELLIPSIS, MATCH_END, MATCH_START
from relnotebook.store.search_server import whole_phrases, window, word_query
from tests.conftest import TODAY
from tests.test_search import add_robert

QUERIES = (
    "velo",
    "CROAT",
    "montreal dubr",
    "robert croatie",
    "tremblay vélo",
    "tremblay-archi",
    "studio-nord",
    "bob.t",
    "555-0199",
    "jf",
    "francois cote",
    "golf",
    "g",
    "periple fetes",
    "robert nobody",
)


def fill(notebook: Notebook) -> None:
    """A few people whose rows cover every kind of index row, names shared between them."""
    robert = add_robert(notebook)
    record_signal(
        notebook,
        robert,
        kind=SignalKind.COFFEE_INVITATION,
        subject="Un café après les Fêtes ?",
        body="Bonjour Robert, j'aimerais entendre parler de ton périple.",
        sent_on=TODAY,
    )
    add_person(
        notebook, PersonFields(given_name="Jean-François", family_name="Côté", preferred_name="JF")
    )
    zoe = add_person(notebook, PersonFields(given_name="Zoé", family_name="Roy"))
    add_note(notebook, zoe, text="Son frère Robert revient de Croatie.", date=TODAY)
    golf = add_person(notebook, PersonFields(given_name="Golf", family_name="Fan"))
    for n in range(4):
        add_note(notebook, golf, text=f"Golf game number {n}", date=TODAY)


def answers(notebook: Notebook) -> dict[str, list[tuple[int, str, list[tuple]]]]:
    return {
        query: [
            (m.person_id, m.name, [(s.kind, s.source_id, s.pieces) for s in m.snippets])
            for m in search(notebook, query)
        ]
        for query in QUERIES
    }


def test_the_server_answers_as_fts5_does(server_notebook: Notebook, tmp_path: Path) -> None:
    on_file = Notebook.open(tmp_path / "same.sqlite")
    try:
        fill(on_file)
        expected = answers(on_file)
    finally:
        on_file.close()
    fill(server_notebook)
    assert answers(server_notebook) == expected
    assert expected["robert nobody"] == [] and len(expected["robert croatie"]) == 2


def _search_objects(connection: Connection) -> dict[str, list[str]]:
    rows = connection.exec_driver_sql(
        "SELECT 'relation', relname FROM pg_class WHERE starts_with(relname, 'search_index') "
        "UNION ALL SELECT 'function', proname FROM pg_proc "
        "WHERE starts_with(proname, 'search_index') "
        "UNION ALL SELECT 'trigger', tgname FROM pg_trigger "
        "WHERE starts_with(tgname, 'search_index') "
        "UNION ALL SELECT 'configuration', cfgname FROM pg_ts_config "
        "WHERE cfgname = 'relnotebook_search' "
        "UNION ALL SELECT 'extension', extname FROM pg_extension WHERE extname = 'unaccent'"
    )
    found: dict[str, list[str]] = {}
    for kind, name in rows:
        found.setdefault(kind, []).append(name)
    return {kind: sorted(names) for kind, names in found.items()}


def test_the_index_comes_with_0009_and_goes_with_its_downgrade(
    server_notebook: Notebook,
) -> None:
    fill(server_notebook)
    before = answers(server_notebook)
    tables = ["contact_point", "note", "person", "personal_detail", "postal_address", "signal"]
    with server_notebook.engine.connect() as connection:
        objects = _search_objects(connection)
    assert objects["trigger"] == [f"search_index_{table}" for table in tables]
    assert objects["function"] == sorted(
        [*(f"search_index_{table}" for table in tables), "search_index_words"]
    )
    assert "search_index" in objects["relation"] and objects["configuration"]
    with server_notebook.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0008")
        # The extension stays: it may have been there before, and others may use it.
        assert _search_objects(connection) == {"extension": ["unaccent"]}
        schema.upgrade(connection)
        assert _search_objects(connection) == objects
    assert answers(server_notebook) == before  # the upgrade filled it from the rows


@pytest.mark.parametrize(
    "query",
    [
        "a & b",
        "!robert",
        "robert:*",
        "robert:A",
        "'robert'",
        "robert\\",
        "(robert",
        "<->",
        "x" * 3000,
    ],
)
def test_tsquery_syntax_typed_is_plain_text(server_notebook: Notebook, query: str) -> None:
    fill(server_notebook)
    found = [m.person_id for m in search(server_notebook, query)]
    assert found in ([], [1], [1, 3]), found  # Robert, and Zoé's note naming him


def test_a_word_becomes_a_phrase_of_its_letters_and_digits() -> None:
    assert word_query("jean-franc") == "('jean' <-> 'franc':*)"
    assert word_query("a&b|!c:*'\\") == "('a' <-> 'b' <-> 'c':*)"
    assert word_query("Vélo") == "('Vélo':*)"  # the configuration drops accents and case
    assert word_query("—…") is None
    assert word_query("x" * 1000) == "('" + "x" * 256 + "':*)"


def test_snippets_are_cut_around_the_matches_as_fts5_cuts() -> None:
    short = f"Voyage à {MATCH_START}vélo{MATCH_END} en Croatie"
    assert window(short) == short
    words = [f"w{n}" for n in range(40)]
    words[20] = f"{MATCH_START}{words[20]}{MATCH_END}"
    cut = window(" ".join(words), tokens=6)
    assert cut == f"{ELLIPSIS}w18 w19 {MATCH_START}w20{MATCH_END} w21 w22 w23{ELLIPSIS}"
    assert window(" ".join(words[18:]), tokens=6).startswith("w18 ")
    assert window(" ".join(words[:23]), tokens=6) == f"{ELLIPSIS}w17 w18 w19 {words[20]} w21 w22"


def test_a_phrase_is_marked_whole_as_fts5_marks_it() -> None:
    def marked(text: str) -> str:
        return text.replace("[", MATCH_START).replace("]", MATCH_END)

    phrase = [["tremblay", "archi"]]
    joined = whole_phrases(marked("[Tremblay] [Architectes], Associé"), phrase)
    assert joined == marked("[Tremblay Architectes], Associé")
    assert whole_phrases(marked("[Côté]-[Jean]"), [["cote", "je"]]) == marked("[Côté-Jean]")
    separate = marked("[Robert] [Tremblay]")
    assert whole_phrases(separate, phrase) == separate
    assert whole_phrases(separate, []) == separate
