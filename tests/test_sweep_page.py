"""Today's sweep calls read a page at a time (issue 22): two thousand people in a market sweep,
a hundred rows shown. Who comes first is found from each person's nearest deadline and name;
only their calls are read, the rest counted; a page shows what reading all shows, a person's
late call and coming-up call still merged with their sweep call."""

from __future__ import annotations

import datetime as dt

import pytest

from relnotebook.core.checkins.service import log_contact
from relnotebook.core.checkins.sweeps import pending_calls, pending_calls_page, start_sweep
from relnotebook.core.models import Initiator, Stage
from relnotebook.core.outreach.agenda import (
    Section,
    Unread,
    agenda_rows,
    due_count,
    paged,
    section_counts,
)
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY

NAMES = ["Zoé", "anne", "Émile", "Bruno", "éric", "Anne", "Chloé", "denis", "Yves", "Marc"]


def _client(notebook: Notebook, name: str, contacted_days_ago: int, *tags: str) -> int:
    person = add_person(
        notebook,
        PersonFields(given_name=name, family_name="Roy", stage=Stage.CLIENT, tags=tags),
    )
    log_contact(
        notebook,
        person,
        on=TODAY - dt.timedelta(days=contacted_days_ago),
        initiated_by=Initiator.ME,
    )
    return person


def _sweeps(notebook: Notebook) -> dict[str, int]:
    """Clients in a sweep of all clients, some also in a golf sweep due sooner; late for their
    check-in (tier B: 90 days), coming up, or neither."""
    people = {}
    for number in range(24):
        name = f"{NAMES[number % len(NAMES)]}{'' if number < 10 else number}"
        contacted = (120, 86, 30)[number % 3]  # late, coming up, or not due
        tags = ("golf",) if number % 4 == 0 else ()
        people[name] = _client(notebook, name, contacted, *tags)
    start_sweep(notebook, title="Markets", segment="clients", started_on=TODAY)
    start_sweep(notebook, title="Golf", segment="tag:golf", started_on=TODAY, business_days=1)
    return people


def test_today_reads_the_calls_of_a_page_of_people(notebook: Notebook) -> None:
    people = _sweeps(notebook)
    every = pending_calls(notebook)
    assert len(every) == 24 + 6
    page = pending_calls_page(notebook, 5)
    read = {call.person_id for call in page.calls}
    golfers = [c.person_id for c in every if c.sweep_title == "Golf"]  # their sweep ends first
    assert len(golfers) == 6 and read == set(golfers[:5])  # by name, as Today orders them
    assert page.unread == frozenset(people.values()) - read
    assert page.unread_calls == len(every) - len(page.calls)
    assert [c for c in every if c.person_id in read] == page.calls
    late = people["Zoé"]
    with_late = pending_calls_page(notebook, 5, read=[late])
    assert late in {call.person_id for call in with_late.calls} and late not in with_late.unread
    assert len({call.person_id for call in with_late.calls} - {late}) == 5
    assert pending_calls_page(notebook, 0).calls == []
    assert pending_calls_page(notebook, None).calls == every


@pytest.mark.parametrize("page", [0, 1, 3, 8, 100])
def test_a_page_of_sweep_calls_shows_what_reading_them_all_shows(
    notebook: Notebook, page: int
) -> None:
    _sweeps(notebook)
    every = agenda_on(notebook, TODAY, late_calls=3)
    pages = {Section.SWEEPS: page, Section.MESSAGES: page}
    some = agenda_on(notebook, TODAY, late_calls=3, pages=pages)
    rows = paged(agenda_rows(some, TODAY), {}, page)
    assert rows == paged(agenda_rows(every, TODAY), {}, page)
    assert section_counts(agenda_rows(some, TODAY)) == section_counts(agenda_rows(every, TODAY))
    assert due_count(some, TODAY) == due_count(every, TODAY)
    assert any(isinstance(item, Unread) for item in some) == (page <= 8)
