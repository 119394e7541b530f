"""The People list at 50,000 people (issue 22): the notebook filters and orders it, and only the
rows shown are read, a block at a time; the person page does not list everyone either."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from relnotebook.core.checkins.shares import call_them_first_ids, shares_by_person
from relnotebook.core.models import Stage
from relnotebook.core.people.listing import PeopleQuery, people_ids
from relnotebook.core.people.service import count_people, list_people, update_person
from relnotebook.core.people.views import PersonSummary
from relnotebook.errors import StorageError
from relnotebook.folding import fold
from relnotebook.gui.models import people_list
from relnotebook.gui.models.people import ID_ROLE, PeopleTableModel
from relnotebook.gui.models.people_list import PeopleListModel, PeopleSource
from relnotebook.gui.pages import people as people_page
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.gui.conftest import type_text


def source(notebook: Notebook, read: list[list[int]] | None = None) -> PeopleSource:
    def people(ids: Sequence[int]) -> list[PersonSummary]:
        if read is not None:
            read.append(list(ids))
        return list_people(notebook, ids)

    def shares(rows: Sequence[PersonSummary]):
        ids = [p.id for p in rows]
        return shares_by_person(notebook, TODAY, days=90, person_ids=ids), call_them_first_ids(
            notebook, [p.id for p in rows if p.stage == Stage.CLIENT]
        )

    return PeopleSource(
        lambda query: people_ids(notebook, query, TODAY),
        people,
        shares,
        lambda: count_people(notebook),
    )


def test_only_the_rows_shown_are_read_a_block_at_a_time(
    qtmodeltester, demo_notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_list, "BLOCK", 5)
    read: list[list[int]] = []
    model = PeopleListModel()
    model.set_source(source(demo_notebook, read))
    assert model.rowCount() == model.total == count_people(demo_notebook) > 10
    assert read == []  # nothing read until a row is shown
    name = model.index(7, model.NAME).data()
    assert read == [model.ids()[5:10]] and name == model.item(7).name
    model.index(9, model.EMAIL).data()
    assert len(read) == 1  # the same block
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert ids == model.ids() and len(read) == 1  # ids alone need no one read
    qtmodeltester.check(model)
    assert all(len(ids) <= 5 for ids in read)


@pytest.mark.parametrize("column", range(PeopleTableModel.COLUMNS))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_notebooks_order_is_the_one_sorting_everyone_gave(
    demo_notebook, column: int, order: Qt.SortOrder
) -> None:
    everyone = list_people(demo_notebook)
    update_person(demo_notebook, everyone[3].id, {"given_name": "Ève", "family_name": "Zèbre"})
    update_person(demo_notebook, everyone[4].id, {"given_name": "eve", "family_name": "zebre"})
    everyone = sorted(list_people(demo_notebook), key=lambda p: p.id)  # ties: by id
    in_memory = PeopleTableModel()
    in_memory.set_people(everyone, source(demo_notebook).shares)
    in_memory.sort(column, order)
    model = PeopleListModel()
    model.set_source(source(demo_notebook))
    model.sort(column, order)
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert model.ids() == [in_memory.item(row).id for row in range(in_memory.rowCount())]
    assert shown == [in_memory.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    "text", ["tremblay", "EMILIE", "golf", "é", "ou ro", "qc", "montreal", "100%", "a_b", "zz"]
)
@pytest.mark.parametrize("stage", [None, Stage.CLIENT])
def test_the_notebook_filters_as_the_list_did(
    demo_notebook, text: str, stage: Stage | None
) -> None:
    words = fold(text).split()
    expected = [
        p.id
        for p in sorted(list_people(demo_notebook), key=lambda p: (fold(p.name), p.id))
        if (stage is None or p.stage == stage)
        and all(word in fold(" ".join((p.name, p.organisation, *p.tags))) for word in words)
    ]
    found = people_ids(demo_notebook, PeopleQuery(text, stage), TODAY)
    assert found == expected
    if text == "golf":
        assert found  # a tag


def test_the_page_reads_no_one_beyond_what_it_shows(
    qtbot, demo_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Sequence[int] | None] = []

    def counted(notebook: Notebook, ids: Sequence[int] | None = None) -> list[PersonSummary]:
        asked.append(ids)
        return list_people(notebook, ids)

    monkeypatch.setattr(people_page, "list_people", counted)
    monkeypatch.setattr(people_list, "BLOCK", 4)
    page = demo_window.people
    page.reload()
    qtbot.wait(10)
    assert asked and all(ids is not None and len(ids) <= 4 for ids in asked)
    first = page.model.item(0)
    page.select_person(first.id)
    # "Introduced by" offers nobody and the introducer, and whoever a name typed matches.
    combo = page.person_page.profile.introduced_by
    assert combo.count() <= 2


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: the popup
def test_introduced_by_offers_the_people_a_name_typed_matches(qtbot, demo_window) -> None:
    page = demo_window.people
    everyone = list_people(demo_window.notebook)
    robert = next(p.id for p in everyone if p.name == "Robert Tremblay")
    isabelle = next(p.id for p in everyone if p.name == "Isabelle Fortin")
    demo_window.open_person(isabelle)
    profile = page.person_page.profile
    combo = profile.introduced_by
    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(qtbot, "trem", None)
    offers = profile._offers.stringList()
    assert "Robert Tremblay" in offers and "Isabelle Fortin" not in offers
    assert all("trem" in fold(name) for name in offers)
    completer = combo.completer()
    completer.activated[type(completer.completionModel().index(0, 0))].emit(
        completer.completionModel().index(offers.index("Robert Tremblay"), 0)
    )
    qtbot.waitUntil(lambda: page.person_page.person.fields.introduced_by_id == robert)
    assert combo.currentText() == "Robert Tremblay"


def test_rows_out_of_reach_show_blank_until_a_reload(
    qtbot, demo_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.people
    page.reload()
    model = page.model

    def gone(*_args: object) -> list[PersonSummary]:
        raise StorageError("{name} could not be read (the server is gone).", name="x")

    monkeypatch.setattr(people_page, "list_people", gone)
    page.reload()  # the ids read; the people, as the rows are painted, are not
    assert model.rowCount() > 0 and model.index(0, model.NAME).data() == ""
    monkeypatch.undo()
    page.reload()
    assert model.index(0, model.NAME).data()
