"""Closed days (issue 23, seed 001): something due on a weekend or a statutory holiday is due on
the last business day before it, and Today names the day."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from relnotebook import cli
from relnotebook.cli.render.agenda import item_reason
from relnotebook.core import settings
from relnotebook.core.checkins.closed_days import BusinessCalendar, set_region
from relnotebook.core.checkins.due import due_checkins
from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.service import log_contact, set_plan
from relnotebook.core.checkins.sweeps import PendingCall, start_sweep
from relnotebook.core.checkins.tasks import TaskView, add_task
from relnotebook.core.dates import month_day_in
from relnotebook.core.exchange.calendar_export import calendar_items
from relnotebook.core.models import Stage
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook

DAY = dt.timedelta(days=1)
FRIDAY = dt.date(2027, 9, 3)  # before Labour Day
LABOUR_DAY = dt.date(2027, 9, 6)
THURSDAY = dt.date(2027, 9, 2)


def client(notebook: Notebook, name: str, due_on: dt.date, cadence: int = 30) -> int:
    """A client whose check-in falls due on `due_on` (last call `cadence` days before)."""
    person_id = add_person(notebook, PersonFields(given_name=name, stage=Stage.CLIENT))
    set_plan(notebook, person_id, {"cadence_days": cadence})
    log_contact(notebook, person_id, on=due_on - dt.timedelta(days=cadence))
    return person_id


@pytest.fixture
def labour_day(notebook: Notebook) -> Notebook:
    """A call, a task and a sweep deadline on Labour Day 2027, and the look-ahead at zero: only
    the holiday rule can bring them forward."""
    settings.set_int(notebook, settings.LOOKAHEAD_DAYS, 0)
    client(notebook, "Gilles", LABOUR_DAY)
    add_task(notebook, title="Call head office", due_on=LABOUR_DAY)
    set_region(notebook, "", "")  # weekends only: the deadline lands on the Monday
    start_sweep(notebook, title="Markets", segment="clients", started_on=dt.date(2027, 8, 30))
    set_region(notebook, "CA", "QC")
    return notebook


# --- the calendar ----------------------------------------------------------------------------


def test_labour_day_is_closed_and_the_friday_before_is_the_day() -> None:
    quebec = BusinessCalendar()
    closed = quebec.closed(LABOUR_DAY)
    assert closed is not None
    assert (closed.day, closed.open_before, closed.closed_until) == (LABOUR_DAY, FRIDAY, LABOUR_DAY)
    assert closed.holiday is not None
    assert (closed.holiday.en, closed.holiday.fr) == ("Labour Day", "Fête du Travail")
    assert quebec.closed(FRIDAY) is None
    assert quebec.reach(FRIDAY) == LABOUR_DAY and quebec.reach(THURSDAY) == THURSDAY


def test_the_fete_nationale_is_a_holiday_in_quebec_only() -> None:
    fete = dt.date(2027, 6, 24)  # a Thursday
    quebec = BusinessCalendar("CA", "QC").closed(fete)
    assert quebec is not None and quebec.holiday is not None
    assert quebec.holiday.fr == "Fête nationale du Québec"
    assert quebec.open_before == fete - DAY
    assert BusinessCalendar("CA", "ON").closed(fete) is None


def test_christmas_on_a_saturday_closes_the_monday_after() -> None:
    """25 December 2027 is a Saturday: the holiday is observed on Monday 27, so something due
    on any of the three days is due on Friday 24."""
    quebec = BusinessCalendar()
    for day in (dt.date(2027, 12, 25), dt.date(2027, 12, 26), dt.date(2027, 12, 27)):
        closed = quebec.closed(day)
        assert closed is not None
        assert (closed.open_before, closed.closed_until) == (
            dt.date(2027, 12, 24),
            day.replace(day=27),
        )
    monday = quebec.closed(dt.date(2027, 12, 27))
    assert monday is not None and monday.holiday is not None
    assert (monday.holiday.en, monday.holiday.fr) == (
        "Christmas Day (observed)",
        "Jour de Noël (observé)",
    )
    sunday = quebec.closed(dt.date(2027, 12, 26))
    assert sunday is not None and sunday.holiday is not None
    assert sunday.holiday_on == dt.date(2027, 12, 25)  # the long weekend's holiday


def test_a_plain_weekend_has_no_holiday_name() -> None:
    closed = BusinessCalendar().closed(dt.date(2027, 9, 11))
    assert closed is not None
    assert (closed.holiday, closed.open_before) == (None, dt.date(2027, 9, 10))


def test_an_unknown_country_or_province_is_refused_with_a_sentence(notebook: Notebook) -> None:
    with pytest.raises(ValidationError, match="no holiday calendar"):
        set_region(notebook, "XX", "")
    with pytest.raises(ValidationError, match="not a province"):
        set_region(notebook, "CA", "ZZ")
    assert settings.get_text(notebook, settings.TextSetting("calendar.country", "CA")) == "CA"


def test_a_stored_value_the_package_does_not_know_counts_weekends_only() -> None:
    unknown = BusinessCalendar("XX", "QC")
    assert unknown.closed(LABOUR_DAY) is None
    assert unknown.closed(LABOUR_DAY - 2 * DAY) is not None
    assert BusinessCalendar("CA", "ZZ").closed(dt.date(2027, 7, 1)) is not None  # Canada Day


# --- Today -----------------------------------------------------------------------------------


def test_on_the_friday_before_labour_day_the_call_is_due_today(labour_day: Notebook) -> None:
    (due,) = due_checkins(labour_day, FRIDAY)
    assert (due.due_on, due.status) == (LABOUR_DAY, DueStatus.TODAY)
    assert due.closed is not None and due.closed.holiday is not None
    assert due.closed.holiday.en == "Labour Day"
    assert item_reason(due, FRIDAY).startswith("due Monday 6 Sep: Labour Day · every 30 days")
    assert due_checkins(labour_day, THURSDAY) == []  # the look-ahead is zero


def test_the_task_and_the_sweep_call_show_with_the_holiday(labour_day: Notebook) -> None:
    items = agenda_on(labour_day, FRIDAY)
    (task,) = [i for i in items if isinstance(i, TaskView)]
    (call,) = [i for i in items if isinstance(i, PendingCall)]
    assert task.closed is not None and call.closed is not None
    assert item_reason(task, FRIDAY) == "due Monday 6 Sep: Labour Day"
    assert item_reason(call, FRIDAY) == "market sweep “Markets”, by Monday 6 Sep: Labour Day"
    assert not [i for i in agenda_on(labour_day, THURSDAY) if isinstance(i, TaskView)]


def test_ontario_has_no_fete_nationale(notebook: Notebook) -> None:
    """The province setting decides: in Ontario a call due on 24 June is not due the day before."""
    settings.set_int(notebook, settings.LOOKAHEAD_DAYS, 0)
    client(notebook, "Ginette", dt.date(2027, 6, 24))
    (due,) = due_checkins(notebook, dt.date(2027, 6, 23))
    assert due.status == DueStatus.TODAY
    assert due.closed is not None and due.closed.holiday is not None
    assert due.closed.holiday.en == "Saint Jean Baptiste Day"
    set_region(notebook, "CA", "ON")
    assert due_checkins(notebook, dt.date(2027, 6, 23)) == []


def test_the_look_ahead_stays_on_top(notebook: Notebook) -> None:
    """With 3 days ahead, on the Wednesday the Labour Day call is coming up (counted from the
    Friday it is due in practice), and a late one keeps its status."""
    settings.set_int(notebook, settings.LOOKAHEAD_DAYS, 1)
    client(notebook, "Gilles", LABOUR_DAY)
    client(notebook, "Late", dt.date(2027, 8, 28))  # a Saturday, already past
    wednesday = dt.date(2027, 9, 1)
    assert [d.person_name for d in due_checkins(notebook, wednesday)] == ["Late"]
    by_name = {d.person_name: d for d in due_checkins(notebook, THURSDAY)}
    assert by_name["Gilles"].status == DueStatus.UPCOMING
    assert by_name["Late"].status == DueStatus.OVERDUE and by_name["Late"].closed is None


@pytest.mark.sqlite_only
def test_cli_today_on_the_friday_before_labour_day(
    labour_day: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    labour_day.close()
    path = str(labour_day.path)
    assert cli.main(["today", "--notebook", path, "--date", "2027-09-03"]) == 0
    text = capsys.readouterr().out
    assert "- Check-in: Gilles\n  due Monday 6 Sep: Labour Day · every 30 days" in text
    assert "- Task: Call head office\n  due Monday 6 Sep: Labour Day" in text
    assert cli.main(["today", "--notebook", path, "--date", "2027-09-03", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (checkin,) = document["check_ins"]
    (task,) = document["tasks"]
    (call,) = document["sweep_calls"]
    for item in (checkin, task, call):
        assert (item["status"], item["closed_until"], item["holiday"]) == (
            "today",
            "2027-09-06",
            "Labour Day",
        )
    assert checkin["due_on"] == task["due_on"] == call["sweep"]["deadline"] == "2027-09-06"


def test_items_on_business_days_say_nothing_about_closing(labour_day: Notebook) -> None:
    client(labour_day, "Thérèse", THURSDAY)
    due = {d.person_name: d for d in due_checkins(labour_day, THURSDAY)}["Thérèse"]
    assert isinstance(due, CheckinDue) and due.closed is None
    assert item_reason(due, THURSDAY).startswith("due today")


def test_the_calendar_file_places_them_on_the_business_day_before(labour_day: Notebook) -> None:
    items = {i.summary: i for i in calendar_items(labour_day, today=THURSDAY, days=30)}
    for summary in ("Check in with Gilles", "Task: Call head office"):
        assert items[summary].day == FRIDAY
        assert "Due 6 September 2027 (Labour Day): placed on the business day before." in (
            items[summary].description
        )
    # Seen on the Saturday, what is due on the Monday is placed on that Saturday, not before.
    saturday = {i.summary: i for i in calendar_items(labour_day, today=FRIDAY + DAY, days=30)}
    assert saturday["Check in with Gilles"].day == FRIDAY + DAY


def test_month_and_day_are_read_from_a_phrase() -> None:
    assert month_day_in("Birthday: 15 April 1980") == (4, 15, 1980)
    assert month_day_in("Anniversaire : 1er mars") == (3, 1, None)
    assert month_day_in("--02-29") == (2, 29, None)
    assert month_day_in("Birthday: 31 February") is None
    assert month_day_in("golf") is None
