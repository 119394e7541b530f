"""The People list's proactive share is read for the rows shown only (issue 22): at 50,000
people, everyone's took more than a second before the list could show."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from relnotebook.core.checkins.rules import Share
from relnotebook.core.checkins.shares import call_them_first_ids, shares_by_person
from relnotebook.core.models import Stage
from relnotebook.core.people.service import list_people
from relnotebook.core.people.views import PersonSummary
from relnotebook.gui.models import people as people_models
from relnotebook.gui.models.people import PeopleTableModel
from tests.conftest import TODAY


def test_shares_are_read_a_block_at_a_time_and_all_to_sort(
    qtmodeltester, demo_notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_models, "SHARES_BLOCK", 3)
    everyone = list_people(demo_notebook)
    clients = [p.id for p in everyone if p.stage == Stage.CLIENT]
    all_shares = shares_by_person(demo_notebook, TODAY, days=90)
    call_first = call_them_first_ids(demo_notebook, clients)
    asked: list[list[int]] = []

    def load(rows: Sequence[PersonSummary]) -> tuple[dict[int, Share], set[int]]:
        ids = [p.id for p in rows]
        asked.append(ids)
        return {i: all_shares[i] for i in ids if i in all_shares}, call_first & set(ids)

    eager = PeopleTableModel()
    eager.set_people(everyone, all_shares, call_first)
    model = PeopleTableModel()
    model.set_people(everyone, load)
    assert asked == []  # nothing read until a row is shown
    column = model.PROACTIVE
    assert model.index(4, column).data() == eager.index(4, column).data()
    assert asked == [[p.id for p in everyone[3:6]]]  # the block of three around row 4
    model.sort(column, Qt.SortOrder.DescendingOrder)
    eager.sort(column, Qt.SortOrder.DescendingOrder)
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert shown == [eager.index(row, column).data() for row in range(eager.rowCount())]
    assert any("⚑" in text for text in shown) == bool(call_first)
    assert sorted(i for block in asked for i in block) == sorted(p.id for p in everyone)
    qtmodeltester.check(model)
