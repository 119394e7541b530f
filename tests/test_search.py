"""Global search: accents, case and prefixes, results grouped by person, the index kept current
in the same transaction as the data, hostile input, and the `search` command."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relnotebook import cli
from relnotebook.cli.render.search import search_json
from relnotebook.core.models import DetailKind, Note, SignalKind
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people.details import add_detail, delete_detail, update_detail
from relnotebook.core.people.notes import add_note, delete_note, update_note
from relnotebook.core.people.search import PersonMatch, Snippet, search
from relnotebook.core.people.service import add_person, delete_person, restore_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store import search_index as store_search
from tests.conftest import TODAY


def add_robert(notebook: Notebook) -> int:
    """Robert: a row of every kind about who he is, a note and a detail about his trip."""
    person_id = add_person(
        notebook,
        PersonFields(
            given_name="Robert",
            family_name="Tremblay",
            organisation="Tremblay Architectes",
            role="Associé",
            emails=("bob.t@studio-nord.example",),
            phones=("514 555-0199",),
        ),
    )
    add_note(
        notebook,
        person_id,
        text="Voyage à vélo à travers la Croatie, de Split à Dubrovnik. Il habite à Montréal.",
        date=TODAY,
    )
    add_detail(notebook, person_id, text="Cycling trip across Croatia", kind=DetailKind.TRIP)
    return person_id


@pytest.fixture
def robert(notebook: Notebook) -> int:
    return add_robert(notebook)


def only(matches: list[PersonMatch]) -> PersonMatch:
    assert len(matches) == 1, matches
    return matches[0]


def kinds(match: PersonMatch) -> list[str]:
    return [snippet.kind for snippet in match.snippets]


def index_rows(notebook: Notebook) -> list[tuple[int, str, int]]:
    """(person, kind, source) of every index row, read straight from the table."""
    with notebook.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT person_id, kind, source_id FROM search_index")
        return sorted(tuple(row) for row in rows)


# --- accents, case, prefixes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Montreal", "Montréal"),
        ("montréal", "Montréal"),
        ("velo", "vélo"),
        ("VÉLO", "vélo"),
        ("CROAT", "Croatie"),
        ("dubr", "Dubrovnik"),
    ],
)
def test_accents_case_and_word_starts_are_ignored(
    notebook: Notebook, robert: int, query: str, found: str
) -> None:
    match = only(search(notebook, query))
    assert match.person_id == robert
    note = next(s for s in match.snippets if s.kind == "note")
    assert (found, True) in note.pieces  # the stored text, accents and all, is what is shown
    assert note.text.startswith("Voyage à vélo")


def test_every_source_is_searchable(notebook: Notebook, robert: int) -> None:
    record_signal(
        notebook,
        robert,
        kind=SignalKind.COFFEE_INVITATION,
        subject="Un café après les Fêtes ?",
        body="Bonjour Robert, j'aimerais entendre parler de ton périple.",
        sent_on=TODAY,
    )
    assert kinds(only(search(notebook, "Robert"))) == ["name", "signal"]
    assert kinds(only(search(notebook, "bob.t"))) == ["email"]
    assert kinds(only(search(notebook, "architectes"))) == ["organisation"]
    assert kinds(only(search(notebook, "associe"))) == ["organisation"]
    assert kinds(only(search(notebook, "studio-nord"))) == ["email"]
    assert kinds(only(search(notebook, "tremblay-archi"))) == ["organisation"]
    assert kinds(only(search(notebook, "555-0199"))) == ["phone"]
    assert kinds(only(search(notebook, "cycling"))) == ["detail"]
    assert kinds(only(search(notebook, "periple"))) == ["signal"]
    assert kinds(only(search(notebook, "fetes"))) == ["signal"]


def test_a_word_inside_another_is_not_a_match(notebook: Notebook, robert: int) -> None:
    assert search(notebook, "roatie") == []
    assert search(notebook, "blay") == []


def test_preferred_name_is_found_and_the_display_name_used(notebook: Notebook) -> None:
    person_id = add_person(
        notebook, PersonFields(given_name="Jean-François", family_name="Côté", preferred_name="JF")
    )
    match = only(search(notebook, "jf"))
    assert (match.person_id, match.name) == (person_id, "JF Côté")
    assert only(search(notebook, "jean-franc")).person_id == person_id
    assert only(search(notebook, "francois cote")).person_id == person_id


# --- grouping and ranking ----------------------------------------------------------------------


def test_results_are_grouped_by_person_with_at_most_three_snippets(notebook: Notebook) -> None:
    person_id = add_person(notebook, PersonFields(given_name="Golf", family_name="Fan"))
    for n in range(5):
        add_note(notebook, person_id, text=f"Golf game number {n}", date=TODAY)
    other = add_person(notebook, PersonFields(given_name="Ann", family_name="Other"))
    add_note(notebook, other, text="Talked about golf once", date=TODAY)
    matches = search(notebook, "golf")
    assert [m.person_id for m in matches] == [person_id, other]
    assert len(matches[0].snippets) == 3
    assert matches[0].snippets[0].kind == "name"  # who they are weighs more than a note
    assert [s.kind for s in matches[1].snippets] == ["note"]


def test_a_match_in_who_they_are_ranks_above_one_in_a_note(notebook: Notebook) -> None:
    noted = add_person(notebook, PersonFields(given_name="Luc", family_name="Roy"))
    add_note(notebook, noted, text="Il est membre du club Vélo Québec depuis dix ans.", date=TODAY)
    works_there = add_person(
        notebook, PersonFields(given_name="Anne", family_name="Morin", organisation="Vélo Québec")
    )
    assert [m.person_id for m in search(notebook, "velo quebec")] == [works_there, noted]


def test_words_found_in_different_places_of_one_person(notebook: Notebook, robert: int) -> None:
    other = add_person(notebook, PersonFields(given_name="Robert", family_name="Smith"))
    both_in_one_note = add_person(notebook, PersonFields(given_name="Zoé", family_name="Roy"))
    add_note(notebook, both_in_one_note, text="Son frère Robert revient de Croatie.", date=TODAY)
    matches = search(notebook, "robert croatie")
    # Both words in one row first; then people who have them in different rows.
    assert [m.person_id for m in matches] == [both_in_one_note, robert]
    assert kinds(matches[1])[0] == "name"
    assert {"note", "detail"} & set(kinds(matches[1]))
    assert other not in [m.person_id for m in matches]
    assert search(notebook, "robert golf") == []


def test_limit_counts_people(notebook: Notebook) -> None:
    for n in range(8):
        add_person(notebook, PersonFields(given_name=f"Person{n}", family_name="Gagnon"))
    assert len(search(notebook, "gagnon")) == 8
    assert len(search(notebook, "gagnon", limit=3)) == 3
    with pytest.raises(ValidationError):
        search(notebook, "gagnon", limit=0)


def test_broad_queries_list_the_newest_people_without_ranking(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = []
    for n in range(6):
        person_id = add_person(notebook, PersonFields(given_name=f"Marc{n}", family_name="Lavoie"))
        add_note(notebook, person_id, text="Marathon de Montréal", date=TODAY)
        ids.append(person_id)
    monkeypatch.setattr(store_search, "RANK_AT_MOST", 3)
    matches = search(notebook, "m", limit=4)
    assert [m.person_id for m in matches] == ids[::-1][:4]
    assert all(kinds(m) == ["name", "note"] for m in matches)  # who they are, then what


def test_people_are_not_cross_checked_for_very_common_words(
    notebook: Notebook, robert: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_search, "SPREAD_AT_MOST", 0)
    assert search(notebook, "robert croatie") == []  # the next letters typed would narrow it
    assert only(search(notebook, "velo croatie")).person_id == robert  # one row holds both


# --- what the user types is never FTS5 syntax ---------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\n\t",
        '"',
        '""',
        "'",
        "*",
        "-",
        "^",
        "(",
        ")",
        "AND",
        "OR NOT",
        "NEAR(robert tremblay)",
        "title:robert",
        "{title body}: robert",
        "robert*",
        "\x00",
        # tsquery syntax, for PostgreSQL
        "a & b",
        "!robert",
        ":*",
        "robert:*",
        "robert:A",
        "'robert'",
        "\\",
        "robert | nobody",
        "<->",
        store_search.MATCH_START,
        "…",
        "🚲",
    ],
)
def test_odd_input_never_raises(notebook: Notebook, robert: int, query: str) -> None:
    results = search(notebook, query)
    assert all(m.person_id == robert for m in results)


def test_operators_and_quotes_are_plain_words(notebook: Notebook, robert: int) -> None:
    assert only(search(notebook, 'robert "tremblay')).person_id == robert
    assert only(search(notebook, "robert*")).person_id == robert
    assert search(notebook, "robert OR nobody") == []  # "OR" is a word to find, not an operator
    assert search(notebook, "NOT robert") == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_any_text_is_a_query(notebook: Notebook, query: str) -> None:
    if not search(notebook, "Robert"):
        person_id = add_person(notebook, PersonFields(given_name="Robert"))
        add_note(notebook, person_id, text='Il a dit "non" (NEAR) * à ^tout', date=TODAY)
    results = search(notebook, query)
    assert len(results) <= 1
    if not any(ch.isalnum() for ch in query):
        assert results == []


def test_match_expression_quotes_every_word() -> None:
    assert (
        store_search.match_expression('vélo "Croatie" NEAR(') == '"vélo"* """Croatie"""* "NEAR("*'
    )
    assert store_search.match_expression(" - … ") is None


# --- the index follows the data, in the same transaction ---------------------------------------


def test_edits_and_deletes_reach_the_index(notebook: Notebook, robert: int) -> None:
    note_id = only(search(notebook, "dubrovnik")).snippets[0].source_id
    update_note(notebook, note_id, {"text": "Parti en Islande finalement."})
    assert search(notebook, "dubrovnik") == []
    assert kinds(only(search(notebook, "islande"))) == ["note"]
    delete_note(notebook, note_id)
    assert search(notebook, "islande") == []

    detail_id = only(search(notebook, "cycling")).snippets[0].source_id
    update_detail(notebook, detail_id, {"text": "Sailing in Greece"})
    assert search(notebook, "cycling") == []
    assert only(search(notebook, "greece")).snippets[0].source_id == detail_id
    delete_detail(notebook, detail_id)
    assert search(notebook, "greece") == []

    update_person(
        notebook,
        robert,
        {"family_name": "Gagnon", "organisation": "", "role": "", "emails": ["bob@new.example"]},
    )
    assert search(notebook, "tremblay") == []
    assert kinds(only(search(notebook, "gagnon"))) == ["name"]
    assert kinds(only(search(notebook, "bob"))) == ["email"]
    assert {kind for _, kind, _ in index_rows(notebook)} == {"name", "email", "phone"}


def test_deleting_a_person_cascades_to_the_index_and_undo_brings_it_back(
    notebook: Notebook, robert: int
) -> None:
    other = add_person(notebook, PersonFields(given_name="Ann", family_name="Croatia"))
    before = index_rows(notebook)
    deleted = delete_person(notebook, robert)
    # The notes, details and contact points went by ON DELETE CASCADE: their triggers fired.
    assert {person for person, _, _ in index_rows(notebook)} == {other}
    assert [m.person_id for m in search(notebook, "croat")] == [other]
    restore_person(notebook, deleted)
    assert index_rows(notebook) == before
    assert {m.person_id for m in search(notebook, "croat")} == {robert, other}


def test_a_note_moved_to_another_person_is_found_under_them(
    notebook: Notebook, robert: int
) -> None:
    kept = add_person(notebook, PersonFields(given_name="Bob", family_name="Tremblay"))
    note_id = only(search(notebook, "dubrovnik")).snippets[0].source_id
    with notebook.session() as session:  # what merging duplicates does
        note = session.get(Note, note_id)
        assert note is not None
        note.person_id = kept
        session.add(note)
    assert only(search(notebook, "dubrovnik")).person_id == kept


def test_a_failed_write_leaves_the_index_as_it_was(notebook: Notebook, robert: int) -> None:
    before = index_rows(notebook)
    with pytest.raises(RuntimeError), notebook.session() as session:
        session.add(Note(person_id=robert, date=TODAY, text="Zanzibar en février"))
        session.flush()
        raise RuntimeError("the write fails half-way")
    assert search(notebook, "zanzibar") == []
    assert index_rows(notebook) == before


def test_search_reads_a_read_only_notebook(notebook: Notebook, robert: int) -> None:
    notebook.close()
    reader = Notebook.open_read_only(notebook.location)
    try:
        assert only(search(reader, "velo")).person_id == robert
    finally:
        reader.close()


# --- snippets and JSON -------------------------------------------------------------------------


def test_snippet_pieces_and_markers() -> None:
    marked = f"Voyage à {store_search.MATCH_START}vélo{store_search.MATCH_END}\n  en Croatie"
    snippet = Snippet("note", store_search.pieces(marked), 3)
    assert snippet.pieces == (("Voyage à ", False), ("vélo", True), (" en Croatie", False))
    assert snippet.text == "Voyage à vélo en Croatie"
    assert snippet.marked() == "Voyage à [vélo] en Croatie"


def test_search_json_is_plain_data(notebook: Notebook, robert: int) -> None:
    document = search_json("croatie", search(notebook, "croatie"))
    assert json.loads(json.dumps(document)) == document
    assert document["query"] == "croatie"
    [person] = document["people"]
    assert (person["id"], person["name"], person["organisation"]) == (
        robert,
        "Robert Tremblay",
        "Tremblay Architectes",
    )
    note = next(s for s in person["snippets"] if s["kind"] == "note")
    assert ["Croatie", True] in note["pieces"]
    assert note["text"] == "".join(text for text, _ in note["pieces"])
    assert search_json(" ", search(notebook, " "))["people"] == []


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def searchable(notebook: Notebook, robert: int) -> str:
    """The notebook's location for `--notebook`: its path, or its server address."""
    add_person(notebook, PersonFields(given_name="Sophie", family_name="Croteau"))
    notebook.close()
    return notebook.location


def digest(location: str) -> str:
    """What a file holds (a server database is not a file to compare)."""
    path = Path(location)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else location


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


def test_cli_prints_one_line_per_person_with_matches_marked(
    searchable: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(searchable)
    assert cli.main(["search", "CRO", "--notebook", searchable]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0] == "- 2: Sophie Croteau — name: Sophie [Croteau]"
    assert lines[1].startswith("- 1: Robert Tremblay (Tremblay Architectes) — ")
    assert (
        "la [Croatie]" in lines[1] and "personal detail: Cycling trip across [Croatia]" in lines[1]
    )
    assert err == ""
    assert digest(searchable) == before


def test_cli_json_and_limit(searchable: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["search", "cro", "--json", "--limit", "1", "--notebook", searchable]
    assert cli.main(argv) == cli.EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert document["query"] == "cro"
    assert [person["name"] for person in document["people"]] == ["Sophie Croteau"]


def test_cli_nothing_found(searchable: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["search", "zanzibar", "--notebook", searchable]) == cli.EXIT_OK
    assert capsys.readouterr().out == "No one found for “zanzibar”.\n"


def test_cli_blank_query_is_a_usage_error(
    searchable: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "  ", "--notebook", searchable]) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("relnotebook: ") and err.count("\n") == 1


@pytest.mark.parametrize("limit", ["0", "1001", "many"])
def test_cli_bad_limit_is_a_usage_error(
    searchable: str, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["search", "cro", "--limit", limit, "--notebook", searchable])
    assert caught.value.code == cli.EXIT_USAGE
    assert "number of results" in capsys.readouterr().err


def test_cli_missing_notebook_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nowhere.sqlite"
    assert cli.main(["search", "cro", "--notebook", str(path)]) == cli.EXIT_BAD_NOTEBOOK
    assert "does not exist" in capsys.readouterr().err
    assert not path.exists()


@pytest.mark.sqlite_only  # breaks the FTS5 table through the file
def test_cli_damaged_index_is_reported_on_one_line(
    searchable: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(searchable)) as connection:
        connection.execute("DROP TABLE search_index")
        connection.commit()
    assert cli.main(["search", "cro", "--notebook", searchable]) == cli.EXIT_BAD_NOTEBOOK
    err = capsys.readouterr().err
    assert err.startswith("relnotebook: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_dates_are_not_searched(notebook: Notebook, robert: int) -> None:
    """Only text is indexed: a date typed finds nothing rather than every note of that day."""
    assert search(notebook, TODAY.isoformat()) == []
    assert search(notebook, str(dt.date(2026, 1, 1).year)) == []
