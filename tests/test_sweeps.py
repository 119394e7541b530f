"""Market sweeps: business days, segments, starting a round of calls, ticking people off as
contacts are logged, closing, and surviving a reopen of the notebook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from relnotebook.core.checkins.closed_days import BusinessCalendar, set_region
from relnotebook.core.checkins.sweeps import (
    PendingCall,
    add_business_days,
    close_sweep,
    get_sweep,
    mark_reached,
    open_sweeps,
    pending_calls,
    pending_calls_page,
    segment_people,
    start_sweep,
)
from relnotebook.core.models import CheckinPlan, Stage, Sweep, SweepMember
from relnotebook.core.people.service import add_person, delete_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
MONDAY = TODAY
FRIDAY = dt.date(2026, 11, 27)
SATURDAY = dt.date(2026, 11, 28)
SUNDAY = dt.date(2026, 11, 29)


def person(
    notebook: Notebook,
    name: str,
    stage: Stage = Stage.CLIENT,
    *,
    tier: str | None = None,
    plan: bool = False,
    tags: tuple[str, ...] = (),
) -> int:
    person_id = add_person(notebook, PersonFields(given_name=name, stage=stage, tags=tags))
    if tier is not None or plan:
        with notebook.session() as session:
            session.add(CheckinPlan(person_id=person_id, tier=tier))
    return person_id


@pytest.fixture
def book(notebook: Notebook) -> dict[str, int]:
    """Clients of every tier (one with a plan row but no tier, one with no plan at all),
    a prospect and a former client, some of them golfers."""
    return {
        "Alice": person(notebook, "Alice", tier="A", tags=("Golf",)),
        "Bruno": person(notebook, "Bruno", tier="B"),
        "Chloé": person(notebook, "Chloé", tier="C"),
        "Denis": person(notebook, "Denis", plan=True),  # a plan row without a tier
        "Élise": person(notebook, "Élise"),  # no plan row
        "Paul": person(notebook, "Paul", Stage.PROSPECT, tags=("golf",)),
        "Fanny": person(notebook, "Fanny", Stage.FORMER_CLIENT, tier="A"),
    }


def reach(notebook: Notebook, person_id: int, on: dt.date) -> list[int]:
    """What the contact log does: tick off inside its own transaction."""
    with notebook.session() as session:
        return mark_reached(session, person_id, on=on)


# --- business days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (MONDAY, 1, MONDAY + DAY),
        (MONDAY, 4, FRIDAY),
        (MONDAY, 5, MONDAY + 7 * DAY),
        (FRIDAY, 1, FRIDAY + 3 * DAY),
        (SATURDAY, 1, SATURDAY + 2 * DAY),
        (SUNDAY, 1, SUNDAY + DAY),
        (SUNDAY, 5, FRIDAY + 7 * DAY),
        # Thursday, over New Year's Day (Friday) and the weekend: Monday is day one.
        (dt.date(2026, 12, 31), 2, dt.date(2027, 1, 5)),
        # The Friday before Labour Day (Monday 6 September 2027): day one is the Tuesday.
        (dt.date(2027, 9, 3), 1, dt.date(2027, 9, 7)),
        # Wednesday 23 June 2027, over the Fête nationale (Thursday, Quebec only).
        (dt.date(2027, 6, 23), 2, dt.date(2027, 6, 28)),
    ],
)
def test_add_business_days_examples(start: dt.date, days: int, expected: dt.date) -> None:
    assert add_business_days(start, days) == expected


def test_add_business_days_follows_the_province() -> None:
    """The Fête nationale is a holiday in Quebec, not in Ontario; without a country, weekends
    only."""
    wednesday = dt.date(2027, 6, 23)
    assert add_business_days(wednesday, 1, BusinessCalendar("CA", "QC")) == wednesday + 2 * DAY
    assert add_business_days(wednesday, 1, BusinessCalendar("CA", "ON")) == wednesday + DAY
    assert add_business_days(dt.date(2027, 9, 3), 1, BusinessCalendar("")) == dt.date(2027, 9, 6)


@pytest.mark.parametrize("days", [0, -1])
def test_add_business_days_needs_at_least_one_day(days: int) -> None:
    with pytest.raises(ValueError):
        add_business_days(MONDAY, days)


@given(
    start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)),
    days=st.integers(min_value=1, max_value=400),
)
def test_add_business_days_properties(start: dt.date, days: int) -> None:
    weekends_only = add_business_days(start, days, BusinessCalendar(""))
    assert weekends_only.weekday() < 5
    assert weekends_only > start
    between = [start + n * DAY for n in range(1, (weekends_only - start).days + 1)]
    assert sum(1 for day in between if day.weekday() < 5) == days
    quebec = BusinessCalendar()
    result = add_business_days(start, days, quebec)
    assert not quebec.is_closed(result) and result >= weekends_only
    between = [start + n * DAY for n in range(1, (result - start).days + 1)]
    assert sum(1 for day in between if not quebec.is_closed(day)) == days


# --- segments ------------------------------------------------------------------------------


def test_clients_segment_is_every_client(notebook: Notebook, book: dict[str, int]) -> None:
    expected = sorted(book[n] for n in ("Alice", "Bruno", "Chloé", "Denis", "Élise"))
    assert segment_people(notebook, "clients") == expected


def test_tier_segments_count_clients_without_a_tier_as_b(
    notebook: Notebook, book: dict[str, int]
) -> None:
    assert segment_people(notebook, "tier:A") == [book["Alice"]]  # Fanny is a former client
    assert segment_people(notebook, "tier:B") == sorted(
        [book["Bruno"], book["Denis"], book["Élise"]]
    )
    assert segment_people(notebook, "tier:C") == [book["Chloé"]]


def test_tag_segment_is_anyone_with_the_tag(notebook: Notebook, book: dict[str, int]) -> None:
    expected = sorted([book["Alice"], book["Paul"]])
    assert segment_people(notebook, "tag:golf") == expected
    assert segment_people(notebook, "tag: Golf ") == expected


@pytest.mark.parametrize("segment", ["everyone", "tier:D", "tier:a", "tag:", "tag:  ", ""])
def test_unknown_segment_forms_raise_value_error(
    notebook: Notebook, book: dict[str, int], segment: str
) -> None:
    with pytest.raises(ValueError) as caught:
        segment_people(notebook, segment)
    assert not isinstance(caught.value, ValidationError)


@pytest.mark.parametrize("segment", ["tag:sailing", "clients"])
def test_empty_group_is_refused_with_a_sentence(notebook: Notebook, segment: str) -> None:
    person(notebook, "Paul", Stage.PROSPECT)
    with pytest.raises(ValidationError, match="Nobody is in this group."):
        segment_people(notebook, segment)


# --- starting and listing ------------------------------------------------------------------


def test_start_sweep_freezes_members_and_sets_the_deadline(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(
        notebook, title="  Markets are moving  ", segment="tier:B", started_on=MONDAY
    )
    person(notebook, "Gaston", tier="B")  # joins the tier after the start: not in this round

    view = get_sweep(notebook, sweep_id)
    assert view is not None
    assert view.title == "Markets are moving"
    assert view.segment == "tier:B"
    assert (view.started_on, view.deadline) == (MONDAY, MONDAY + 7 * DAY)
    assert (view.total, view.reached, view.remaining, view.closed_on) == (3, 0, 3, None)
    assert view.is_open
    assert open_sweeps(notebook) == [view]


def test_start_sweep_custom_business_days_and_stored_tag_segment(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(
        notebook, title="Golfers", segment="tag:Golf", started_on=FRIDAY, business_days=2
    )
    view = get_sweep(notebook, sweep_id)
    assert view is not None
    assert view.deadline == FRIDAY + 4 * DAY  # Tuesday
    assert view.segment == "tag:golf"
    assert view.total == 2


def test_a_sweep_deadline_skips_the_notebooks_holidays(
    notebook: Notebook, book: dict[str, int]
) -> None:
    """Started on the Friday before Labour Day with two business days: Wednesday, not Tuesday;
    with Ontario's holidays chosen, the Fête nationale is a business day."""
    friday = dt.date(2027, 9, 3)
    first = start_sweep(notebook, title="A", segment="clients", started_on=friday, business_days=2)
    set_region(notebook, "CA", "ON")
    second = start_sweep(
        notebook, title="B", segment="clients", started_on=dt.date(2027, 6, 23), business_days=1
    )
    assert [s.deadline for s in (get_sweep(notebook, i) for i in (first, second)) if s] == [
        dt.date(2027, 9, 8),
        dt.date(2027, 6, 24),
    ]


def test_start_sweep_refusals_write_nothing(notebook: Notebook, book: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        start_sweep(notebook, title="   ", segment="clients", started_on=MONDAY)
    assert caught.value.field == "title"
    with pytest.raises(ValidationError, match="Nobody"):
        start_sweep(notebook, title="Sailors", segment="tag:sailing", started_on=MONDAY)
    with pytest.raises(ValueError):
        start_sweep(notebook, title="Everyone", segment="everyone", started_on=MONDAY)
    with pytest.raises(ValidationError):
        start_sweep(notebook, title="Now", segment="clients", started_on=MONDAY, business_days=0)
    with notebook.reader() as session:
        assert session.exec(select(Sweep)).all() == []
        assert session.exec(select(SweepMember)).all() == []


def test_get_sweep_of_a_missing_id_is_none(notebook: Notebook) -> None:
    assert get_sweep(notebook, 42) is None


def test_open_sweeps_nearest_deadline_first(notebook: Notebook, book: dict[str, int]) -> None:
    later = start_sweep(notebook, title="Later", segment="clients", started_on=MONDAY)
    sooner = start_sweep(
        notebook, title="Sooner", segment="tier:A", started_on=MONDAY, business_days=1
    )
    closed = start_sweep(notebook, title="Closed", segment="tier:C", started_on=MONDAY)
    close_sweep(notebook, closed, on=MONDAY)

    assert [s.id for s in open_sweeps(notebook)] == [sooner, later]


def test_pending_calls_lists_unreached_members_of_open_sweeps(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(notebook, title="Tier A", segment="tier:A", started_on=MONDAY)
    golf = start_sweep(
        notebook, title="Golf", segment="tag:golf", started_on=MONDAY, business_days=1
    )
    deadline = MONDAY + DAY

    assert pending_calls(notebook) == [
        PendingCall(golf, "Golf", deadline, book["Alice"], "Alice"),
        PendingCall(golf, "Golf", deadline, book["Paul"], "Paul"),
        PendingCall(sweep_id, "Tier A", MONDAY + 7 * DAY, book["Alice"], "Alice"),
    ]
    reach(notebook, book["Paul"], MONDAY)
    assert [(c.sweep_id, c.person_name) for c in pending_calls(notebook)] == [
        (golf, "Alice"),
        (sweep_id, "Alice"),
    ]


# --- reaching people -----------------------------------------------------------------------


def test_mark_reached_ticks_off_in_every_open_sweep_and_closes_when_all_reached(
    notebook: Notebook, book: dict[str, int]
) -> None:
    clients = start_sweep(notebook, title="All clients", segment="clients", started_on=MONDAY)
    tier_a = start_sweep(notebook, title="Tier A", segment="tier:A", started_on=MONDAY)

    assert reach(notebook, book["Alice"], MONDAY + DAY) == [tier_a]

    view = get_sweep(notebook, tier_a)
    assert view is not None and view.closed_on == MONDAY + DAY and view.remaining == 0
    view = get_sweep(notebook, clients)
    assert view is not None and (view.reached, view.remaining, view.closed_on) == (1, 4, None)
    with notebook.reader() as session:
        member = session.get(SweepMember, (clients, book["Alice"]))
        assert member is not None and member.reached_on == MONDAY + DAY

    for name in ("Bruno", "Chloé", "Denis"):
        assert reach(notebook, book[name], MONDAY + 2 * DAY) == []
    assert reach(notebook, book["Élise"], MONDAY + 3 * DAY) == [clients]
    assert open_sweeps(notebook) == []
    assert pending_calls(notebook) == []


def test_mark_reached_keeps_the_first_reached_day(notebook: Notebook, book: dict[str, int]) -> None:
    sweep_id = start_sweep(notebook, title="Clients", segment="clients", started_on=MONDAY)
    reach(notebook, book["Alice"], MONDAY)
    reach(notebook, book["Alice"], MONDAY + 2 * DAY)

    with notebook.reader() as session:
        member = session.get(SweepMember, (sweep_id, book["Alice"]))
        assert member is not None and member.reached_on == MONDAY
    view = get_sweep(notebook, sweep_id)
    assert view is not None and view.reached == 1


def test_a_contact_before_the_sweep_started_does_not_count(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(notebook, title="Tier A", segment="tier:A", started_on=MONDAY)

    assert reach(notebook, book["Alice"], MONDAY - DAY) == []  # a call logged late, for last week

    view = get_sweep(notebook, sweep_id)
    assert view is not None and (view.reached, view.closed_on) == (0, None)


def test_closed_sweeps_are_not_ticked(notebook: Notebook, book: dict[str, int]) -> None:
    sweep_id = start_sweep(notebook, title="Clients", segment="clients", started_on=MONDAY)
    assert close_sweep(notebook, sweep_id, on=MONDAY + DAY) is None

    assert reach(notebook, book["Alice"], MONDAY + 2 * DAY) == []

    view = get_sweep(notebook, sweep_id)
    assert view is not None and (view.reached, view.closed_on) == (0, MONDAY + DAY)
    assert pending_calls(notebook) == []


def test_mark_reached_for_someone_in_no_sweep_changes_nothing(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(notebook, title="Tier C", segment="tier:C", started_on=MONDAY)

    assert reach(notebook, book["Paul"], MONDAY) == []

    view = get_sweep(notebook, sweep_id)
    assert view is not None and (view.reached, view.closed_on) == (0, None)


def test_mark_reached_rolls_back_with_the_contact_transaction(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(notebook, title="Tier A", segment="tier:A", started_on=MONDAY)

    with pytest.raises(RuntimeError), notebook.session() as session:
        mark_reached(session, book["Alice"], on=MONDAY)
        raise RuntimeError("the contact could not be stored")

    view = get_sweep(notebook, sweep_id)
    assert view is not None and (view.reached, view.closed_on) == (0, None)


def test_close_sweep_of_a_missing_id(notebook: Notebook) -> None:
    with pytest.raises(LookupError):
        close_sweep(notebook, 42, on=MONDAY)


def test_a_deleted_member_leaves_the_sweep(notebook: Notebook, book: dict[str, int]) -> None:
    sweep_id = start_sweep(notebook, title="Tier B", segment="tier:B", started_on=MONDAY)
    delete_person(notebook, book["Bruno"])

    view = get_sweep(notebook, sweep_id)
    assert view is not None and view.total == 2
    assert book["Bruno"] not in {c.person_id for c in pending_calls(notebook)}


def test_a_later_stage_change_does_not_change_members(
    notebook: Notebook, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(notebook, title="Clients", segment="clients", started_on=MONDAY)
    update_person(notebook, book["Paul"], {"stage": Stage.CLIENT})

    view = get_sweep(notebook, sweep_id)
    assert view is not None and view.total == 5


@pytest.mark.sqlite_only
def test_sweeps_survive_reopening_the_notebook(
    notebook: Notebook, notebook_path: Path, book: dict[str, int]
) -> None:
    sweep_id = start_sweep(notebook, title="Markets", segment="tier:A", started_on=MONDAY)
    other = start_sweep(notebook, title="Golf", segment="tag:golf", started_on=MONDAY)
    reach(notebook, book["Paul"], MONDAY)
    before_open, before_pending = open_sweeps(notebook), pending_calls(notebook)
    notebook.close()

    reopened = Notebook.open(notebook_path)
    try:
        assert open_sweeps(reopened) == before_open
        assert pending_calls(reopened) == before_pending
        view = get_sweep(reopened, other)
        assert view is not None and (view.total, view.reached) == (2, 1)
        with reopened.session() as session:
            assert mark_reached(session, book["Alice"], on=MONDAY + DAY) == [sweep_id, other]
        assert open_sweeps(reopened) == []
    finally:
        reopened.close()


def test_calls_are_in_the_order_of_names_without_their_accents(notebook: Notebook) -> None:
    """As the People list orders them (one fold: relnotebook.folding): Émile among the E's,
    not after Zoé, in the whole list and in Today's page of it."""
    for name in ("Zoé", "Émile", "emma", "Denis"):
        person(notebook, name, tags=("golf",))
    start_sweep(notebook, title="Golfers", segment="tag:golf", started_on=MONDAY)
    expected = ["Denis", "Émile", "emma", "Zoé"]
    assert [c.person_name for c in pending_calls(notebook)] == expected
    page = pending_calls_page(notebook, 2)
    assert [c.person_name for c in page.calls] == expected[:2]
