"""A client is leaving: the stage, the admin tasks, the recontact in six months, the check-in
cadence cleared; refusals that change nothing; undo; and the recontact date arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from relnotebook.core import settings
from relnotebook.core.checkins.tasks import add_task, delete_task, due_tasks, person_tasks
from relnotebook.core.models import CheckinPlan, Person, Stage, Task
from relnotebook.core.people.departures import (
    DEFAULT_CHECKLIST,
    Departure,
    client_leaving,
    recontact_date,
    suggested_recontact_on,
    undo_departure,
)
from relnotebook.core.people.service import add_person, get_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
SIX_MONTHS_LATER = dt.date(2027, 5, 23)


def client(notebook: Notebook, *, stage: Stage = Stage.CLIENT, plan: bool = True) -> int:
    person_id = add_person(
        notebook,
        PersonFields(given_name="Robert", family_name="Tremblay", stage=stage, tags=("golf",)),
    )
    if plan:
        with notebook.session() as session:
            session.add(
                CheckinPlan(
                    person_id=person_id,
                    tier="A",
                    cadence_days=45,
                    snoozed_until=TODAY + 3 * DAY,
                    snooze_reason="Travelling",
                )
            )
    return person_id


def state(notebook: Notebook, person_id: int) -> tuple:
    """Everything a departure may touch, to compare before and after."""
    with notebook.reader() as session:
        person = session.get(Person, person_id)
        plan = session.get(CheckinPlan, person_id)
        tasks = session.exec(select(Task).order_by(Task.id)).all()
        return (
            person.model_dump() if person else None,
            plan.model_dump() if plan else None,
            [t.model_dump() for t in tasks],
        )


def plan_of(notebook: Notebook, person_id: int) -> CheckinPlan | None:
    with notebook.reader() as session:
        return session.get(CheckinPlan, person_id)


def test_default_checklists_in_both_languages() -> None:
    assert set(DEFAULT_CHECKLIST) == {"fr", "en"}
    assert "Follow up with head office" in DEFAULT_CHECKLIST["en"]
    assert "Suivi auprès du bureau chef" in DEFAULT_CHECKLIST["fr"]
    assert len(DEFAULT_CHECKLIST["fr"]) == len(DEFAULT_CHECKLIST["en"])


def test_client_leaving_lifecycle(notebook: Notebook) -> None:
    person_id = client(notebook)
    recontact_on = suggested_recontact_on(notebook, on=TODAY)
    assert recontact_on == SIX_MONTHS_LATER

    departure = client_leaving(
        notebook,
        person_id,
        on=TODAY,
        checklist=DEFAULT_CHECKLIST["en"],
        recontact_on=recontact_on,
    )

    page = get_person(notebook, person_id)
    assert page is not None and page.fields.stage == Stage.FORMER_CLIENT
    assert page.fields.tags == ("golf",)  # nothing else about the person changes
    assert departure.person_id == person_id
    assert departure.previous_stage == Stage.CLIENT.value
    tasks = person_tasks(notebook, person_id)
    assert [t.id for t in tasks] == list(departure.task_ids)
    assert [(t.kind, t.title, t.due_on, t.done_on) for t in tasks] == [
        ("admin", "Transfer paperwork handled", TODAY + 7 * DAY, None),
        ("admin", "Follow up with head office", TODAY + 7 * DAY, None),
        ("recontact", "Get back in touch", SIX_MONTHS_LATER, None),
    ]
    plan = plan_of(notebook, person_id)
    assert plan is not None
    assert plan.cadence_days is None
    assert (plan.tier, plan.snoozed_until, plan.snooze_reason) == (
        "A",
        TODAY + 3 * DAY,
        "Travelling",
    )
    assert departure.previous_plan is not None and departure.previous_plan["cadence_days"] == 45
    # The admin tasks show on Today a week later; the recontact not before its day.
    assert len(due_tasks(notebook, until=TODAY + 7 * DAY)) == 2
    assert len(due_tasks(notebook, until=SIX_MONTHS_LATER)) == 3


def test_recontact_follows_the_setting(notebook: Notebook) -> None:
    settings.set_int(notebook, settings.RECONTACT_MONTHS, 3)
    assert suggested_recontact_on(notebook, on=dt.date(2026, 11, 30)) == dt.date(2027, 2, 28)


def test_french_checklist_blank_lines_and_own_recontact_title(notebook: Notebook) -> None:
    person_id = client(notebook, plan=False)

    departure = client_leaving(
        notebook,
        person_id,
        on=TODAY,
        checklist=["", *DEFAULT_CHECKLIST["fr"], "   ", "  Lettre de remerciement  "],
        recontact_on=TODAY + 30 * DAY,
        recontact_title="Reprendre contact",
    )

    titles = [(t.kind, t.title) for t in person_tasks(notebook, person_id)]
    assert titles == [
        ("admin", "Documents de transfert traités"),
        ("admin", "Suivi auprès du bureau chef"),
        ("admin", "Lettre de remerciement"),
        ("recontact", "Reprendre contact"),
    ]
    assert departure.previous_plan is None
    assert plan_of(notebook, person_id) is None  # no plan row is created


def test_checklist_only_or_recontact_only(notebook: Notebook) -> None:
    first = client(notebook)
    second = client(notebook)

    only_admin = client_leaving(
        notebook, first, on=TODAY, checklist=["Close the account"], recontact_on=None
    )
    only_recontact = client_leaving(
        notebook, second, on=TODAY, checklist=[" "], recontact_on=SIX_MONTHS_LATER
    )

    assert [t.kind for t in person_tasks(notebook, first)] == ["admin"]
    assert len(only_admin.task_ids) == 1
    assert [t.kind for t in person_tasks(notebook, second)] == ["recontact"]
    assert len(only_recontact.task_ids) == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"recontact_on": TODAY}, "recontact_on"),
        ({"recontact_on": TODAY - DAY}, "recontact_on"),
        ({"checklist": ["", "  "], "recontact_on": None}, "checklist"),
        ({"checklist": [], "recontact_on": None}, "checklist"),
        ({"recontact_title": "   "}, "recontact_title"),
    ],
)
def test_refusals_leave_everything_unchanged(notebook: Notebook, kwargs: dict, field: str) -> None:
    person_id = client(notebook)
    add_task(notebook, title="Existing", due_on=TODAY, person_id=person_id)
    before = state(notebook, person_id)
    arguments = {"checklist": DEFAULT_CHECKLIST["en"], "recontact_on": SIX_MONTHS_LATER, **kwargs}

    with pytest.raises(ValidationError) as caught:
        client_leaving(notebook, person_id, on=TODAY, **arguments)

    assert caught.value.field == field
    assert caught.value.message
    assert state(notebook, person_id) == before


@pytest.mark.parametrize("stage", [Stage.PROSPECT, Stage.ACQUAINTANCE, Stage.FORMER_CLIENT])
def test_only_a_client_can_leave(notebook: Notebook, stage: Stage) -> None:
    person_id = client(notebook, stage=stage)
    before = state(notebook, person_id)

    with pytest.raises(ValidationError) as caught:
        client_leaving(
            notebook,
            person_id,
            on=TODAY,
            checklist=DEFAULT_CHECKLIST["en"],
            recontact_on=SIX_MONTHS_LATER,
        )

    assert caught.value.field == "stage"
    assert state(notebook, person_id) == before


def test_leaving_twice_is_refused_and_adds_no_tasks(notebook: Notebook) -> None:
    person_id = client(notebook)
    client_leaving(
        notebook, person_id, on=TODAY, checklist=["Paperwork"], recontact_on=SIX_MONTHS_LATER
    )
    before = state(notebook, person_id)

    with pytest.raises(ValidationError):
        client_leaving(
            notebook, person_id, on=TODAY, checklist=["Paperwork"], recontact_on=SIX_MONTHS_LATER
        )
    assert state(notebook, person_id) == before


def test_missing_person(notebook: Notebook) -> None:
    with pytest.raises(LookupError):
        client_leaving(notebook, 999, on=TODAY, checklist=["x"], recontact_on=SIX_MONTHS_LATER)


@pytest.mark.parametrize("plan", [True, False])
def test_undo_restores_exactly(notebook: Notebook, plan: bool) -> None:
    person_id = client(notebook, plan=plan)
    other_task = add_task(notebook, title="Birthday card", due_on=TODAY, person_id=person_id)
    person_before, plan_before, tasks_before = state(notebook, person_id)

    departure = client_leaving(
        notebook,
        person_id,
        on=TODAY,
        checklist=DEFAULT_CHECKLIST["fr"],
        recontact_on=SIX_MONTHS_LATER,
    )
    assert state(notebook, person_id) != (person_before, plan_before, tasks_before)

    undo_departure(notebook, departure)

    person_after, plan_after, tasks_after = state(notebook, person_id)
    assert person_after is not None and person_before is not None
    assert person_after["stage"] == Stage.CLIENT.value
    # Everything but the modification time is as it was; the version counts the two changes.
    person_after.pop("updated_at")
    person_before.pop("updated_at")
    assert person_after.pop("version") == person_before.pop("version") + 2
    assert person_after == person_before
    assert plan_after == plan_before
    assert tasks_after == tasks_before
    assert [t.id for t in person_tasks(notebook, person_id)] == [other_task]


def test_undo_skips_a_task_deleted_meanwhile(notebook: Notebook) -> None:
    person_id = client(notebook)
    departure = client_leaving(
        notebook,
        person_id,
        on=TODAY,
        checklist=DEFAULT_CHECKLIST["en"],
        recontact_on=SIX_MONTHS_LATER,
    )
    delete_task(notebook, departure.task_ids[0])

    undo_departure(notebook, departure)

    assert person_tasks(notebook, person_id) == []
    plan = plan_of(notebook, person_id)
    assert plan is not None and plan.cadence_days == 45


def test_undo_puts_back_a_plan_deleted_meanwhile(notebook: Notebook) -> None:
    person_id = client(notebook)
    plan_before = state(notebook, person_id)[1]
    departure = client_leaving(
        notebook, person_id, on=TODAY, checklist=["Paperwork"], recontact_on=None
    )
    with notebook.session() as session:
        session.delete(session.get(CheckinPlan, person_id))

    undo_departure(notebook, departure)

    assert state(notebook, person_id)[1] == plan_before


def test_undo_of_a_deleted_person(notebook: Notebook) -> None:
    departure = Departure(person_id=999, previous_stage="client", previous_plan=None, task_ids=())
    with pytest.raises(LookupError):
        undo_departure(notebook, departure)


# --- recontact_date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "months", "expected"),
    [
        (TODAY, 6, SIX_MONTHS_LATER),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # leap year
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
        (dt.date(2026, 7, 15), 6, dt.date(2027, 1, 15)),  # over the new year
        (dt.date(2026, 12, 31), 12, dt.date(2027, 12, 31)),
        (dt.date(2026, 5, 5), 0, dt.date(2026, 5, 5)),
    ],
)
def test_recontact_date_examples(on: dt.date, months: int, expected: dt.date) -> None:
    assert recontact_date(on, months) == expected


def test_recontact_date_refuses_negative_months() -> None:
    with pytest.raises(ValueError):
        recontact_date(TODAY, -1)


@given(
    on=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2500, 12, 31)),
    months=st.integers(min_value=0, max_value=240),
)
def test_recontact_date_properties(on: dt.date, months: int) -> None:
    result = recontact_date(on, months)
    target = on.year * 12 + on.month - 1 + months
    assert result.year * 12 + result.month - 1 == target
    assert result.day <= on.day
    last_day = calendar.monthrange(result.year, result.month)[1]
    if on.day <= last_day:
        assert result.day == on.day
    else:
        assert result.day == last_day
    assert result >= on


def test_a_departing_client_is_not_called_in_an_open_sweep(notebook: Notebook) -> None:
    """Markets are moving, but someone who just left is not begged to stay."""
    from relnotebook.core.checkins.sweeps import pending_calls, start_sweep

    leaving = add_person(
        notebook, PersonFields(given_name="Louis", family_name="Girard", stage=Stage.CLIENT)
    )
    staying = add_person(
        notebook, PersonFields(given_name="Julie", family_name="Martel", stage=Stage.CLIENT)
    )
    start_sweep(notebook, title="Markets", segment="clients", started_on=TODAY)
    client_leaving(
        notebook,
        leaving,
        on=TODAY,
        checklist=["Transfer paperwork"],
        recontact_on=recontact_date(TODAY, 6),
    )
    assert [call.person_id for call in pending_calls(notebook)] == [staying]
