"""The whole card, finished (migration 0018): nickname, name prefix and suffix found by search
without their accents, websites named as such in the results, and pairs of people said not to
be duplicates remembered in the notebook (Find Duplicates, `relnotebook duplicates --not`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.core.exchange.contact_import import (
    apply_import,
    build_preview,
    parse_vcards,
    redo_import,
    undo_import,
)
from relnotebook.core.exchange.contact_import.preview import Choice
from relnotebook.core.people.duplicates import (
    find_duplicates,
    forget_not_duplicates,
    not_duplicates,
)
from relnotebook.core.people.merge import merge_people
from relnotebook.core.people.search import search
from relnotebook.core.people.service import add_person, get_person, list_people, update_person
from relnotebook.core.people.views import PersonFields, Website
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.test_migrations import OLDER, _fill_old_notebook

CARD = PersonFields(
    given_name="Robert",
    family_name="Tremblay",
    name_prefix="Maître",
    name_suffix="Fils",
    nickname="Ti-Père",
    websites=(Website("https://www.linkedin.com/in/robert-tremblay", "LinkedIn"),),
    emails=("robert@tremblay.example",),
)


def _found(notebook: Notebook, query: str) -> list[tuple[int, list[str]]]:
    return [(m.person_id, [s.kind for s in m.snippets]) for m in search(notebook, query)]


def test_search_finds_a_nickname_a_prefix_and_a_suffix_without_accents(
    notebook: Notebook,
) -> None:
    person_id = add_person(notebook, CARD)
    add_person(notebook, PersonFields(given_name="Other", family_name="Person"))
    for query in ("ti-pere", "père", "maitre", "fils", "pere tremblay"):
        assert _found(notebook, query) == [(person_id, ["name"])], query
    update_person(notebook, person_id, {"nickname": "Bob"})
    assert _found(notebook, "pere") == []
    assert _found(notebook, "bob") == [(person_id, ["name"])]


def test_a_website_is_a_website_in_the_results(notebook: Notebook) -> None:
    person_id = add_person(notebook, CARD)
    assert _found(notebook, "linkedin") == [(person_id, ["website"])]
    assert _found(notebook, "example") == [(person_id, ["email"])]


def test_a_person_without_them_reads_as_before(notebook: Notebook) -> None:
    add_person(notebook, PersonFields(given_name="Jean", family_name="Côté", preferred_name="JJ"))
    (match,) = search(notebook, "cote")
    assert "".join(text for text, _ in match.snippets[0].pieces) == "Jean (JJ) Côté"


@pytest.mark.parametrize("revision", OLDER)
def test_a_notebook_of_any_earlier_revision_finds_nicknames(
    notebook_path: Path, revision: str
) -> None:
    _fill_old_notebook(notebook_path, revision)
    notebook = Notebook.open(notebook_path)
    try:
        update_person(notebook, 1, {"nickname": "Ti-Père"})
        assert [m.person_id for m in search(notebook, "pere")] == [1]
        with notebook.reader() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM not_duplicate")
    finally:
        notebook.close()


# --- not a duplicate ----------------------------------------------------------------------------


def _pairs(notebook: Notebook) -> list[tuple[int, int]]:
    return [(p.first_id, p.second_id) for p in find_duplicates(notebook)]


def test_a_pair_that_is_not_a_duplicate_is_not_listed_again_until_undone(
    notebook: Notebook,
) -> None:
    luc = add_person(notebook, PersonFields(given_name="Luc", family_name="Tremblay"))
    other = add_person(notebook, PersonFields(given_name="Luc", family_name="Tremblay"))
    third = add_person(notebook, PersonFields(given_name="Luc", family_name="Tremblai"))
    assert set(_pairs(notebook)) == {(luc, other), (luc, third), (other, third)}
    pair = not_duplicates(notebook, other, luc)
    assert pair is not None
    assert not_duplicates(notebook, luc, other) is None  # remembered once
    assert set(_pairs(notebook)) == {(luc, third), (other, third)}
    forget_not_duplicates(notebook, pair)
    assert set(_pairs(notebook)) == {(luc, other), (luc, third), (other, third)}
    with pytest.raises(ValidationError, match="themself"):
        not_duplicates(notebook, luc, luc)
    with pytest.raises(ValidationError, match="no person 999"):
        not_duplicates(notebook, luc, 999)


def test_a_merge_keeps_the_pairs_of_the_one_dropped(notebook: Notebook) -> None:
    keep, drop, other = (
        add_person(notebook, PersonFields(given_name="Marie", family_name="Roy")) for _ in range(3)
    )
    not_duplicates(notebook, drop, other)
    not_duplicates(notebook, keep, drop)
    merge_people(notebook, keep, drop)
    assert _pairs(notebook) == []  # keep / other: remembered through the merge


def test_the_duplicates_command_remembers_a_pair(
    notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    first = add_person(notebook, PersonFields(given_name="Luc", phones=("418 555 0100",)))
    second = add_person(notebook, PersonFields(given_name="Lucien", phones=("+1 418-555-0100",)))
    location = str(notebook.location)
    notebook.close()
    args = ["duplicates", "--notebook", location]
    assert cli.main([*args, "--not", str(second), str(first)]) == 0
    assert "are two people" in capsys.readouterr().out
    assert cli.main(args) == 0
    assert "No likely duplicates." in capsys.readouterr().out
    assert cli.main([*args, "--not", str(first), str(first)]) == 2
    assert "themself" in capsys.readouterr().err


# --- an import merged into someone --------------------------------------------------------------


def test_an_import_merged_into_someone_adds_their_tags_and_undo_takes_them_back(
    notebook: Notebook,
) -> None:
    person_id = add_person(
        notebook, PersonFields(given_name="Hélène", family_name="Bergeron", tags=("golf",))
    )
    # One tag they have, one they do not.
    parsed = parse_vcards(_card("N:Bergeron;Hélène", "CATEGORIES:Comptables,Golf"), today=TODAY)
    preview = build_preview(notebook, parsed)
    (row,) = [r for r in preview.rows if r.duplicate is not None]
    result = apply_import(notebook, preview, {row.index: Choice.MERGE}, today=TODAY)
    assert _tags(notebook, person_id) == ("comptables", "golf")
    saved = undo_import(notebook, result)
    assert _tags(notebook, person_id) == ("golf",)
    redo_import(notebook, result, saved)
    assert _tags(notebook, person_id) == ("comptables", "golf")


def test_two_rows_of_one_file_merged_together_have_each_tag_once(notebook: Notebook) -> None:
    text = "".join(
        _card("N:Roy;Luc", "EMAIL:luc@roy.example", f"CATEGORIES:{tags}")
        for tags in ("Clients", "Clients,Golf")
    )
    parsed = parse_vcards(text, today=TODAY)
    preview = build_preview(notebook, parsed)
    merge = {r.index: Choice.MERGE for r in preview.rows if r.duplicate is not None}
    apply_import(notebook, preview, merge, today=TODAY)
    (person,) = list_people(notebook)
    assert _tags(notebook, person.id) == ("clients", "golf")


def _tags(notebook: Notebook, person_id: int) -> tuple[str, ...]:
    page = get_person(notebook, person_id)
    assert page is not None
    return page.fields.tags


def _card(*lines: str) -> str:
    return "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""))
