"""Today's cost (issue 22): the due query preselects, the rules decide; the proactive share is
read from an index and kept until the next write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event

from relnotebook.core.checkins import due
from relnotebook.core.checkins.closed_days import BusinessCalendar
from relnotebook.core.checkins.due import due_checkins
from relnotebook.core.checkins.rules import DueStatus, Share, due_status
from relnotebook.core.checkins.service import log_contact
from relnotebook.core.checkins.shares import share_windows
from relnotebook.core.models import Initiator, SignalKind, Stage
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people import phones
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import ON_SERVER, TODAY


def _client(notebook: Notebook, contacted: dt.date) -> int:
    person = add_person(
        notebook, PersonFields(given_name="Pierre", family_name="Gauthier", stage=Stage.CLIENT)
    )
    log_contact(notebook, person, on=contacted, initiated_by=Initiator.ME)
    return person


def test_the_rules_alone_decide_among_the_check_ins_the_query_preselects(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tier B: 90 days. Due 7 + 4 days from today, past the 7-day look-ahead.
    person = _client(notebook, TODAY - dt.timedelta(days=90 - 11))
    assert due_checkins(notebook, TODAY, lookahead_days=7) == []

    def earlier(
        due_on: dt.date, today: dt.date, lookahead_days: int, *, shown_on: dt.date | None = None
    ) -> DueStatus | None:
        """A rule showing check-ins up to a week early (as one moving them off a holiday)."""
        return due_status(due_on - dt.timedelta(days=5), today, lookahead_days, shown_on=shown_on)

    monkeypatch.setattr(due, "due_status", earlier)
    found = due_checkins(notebook, TODAY, lookahead_days=7)
    assert [(due.person_id, due.status) for due in found] == [(person, DueStatus.UPCOMING)]


def test_the_proactive_share_is_kept_until_a_write(notebook: Notebook) -> None:
    person = _client(notebook, TODAY - dt.timedelta(days=10))
    assert share_windows(notebook, TODAY)[90] == Share(1, 1)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(notebook.engine, "before_cursor_execute", count)
    try:
        assert share_windows(notebook, TODAY)[90] == Share(1, 1)
        assert statements == [] or ON_SERVER  # kept (read again on a server)
        log_contact(notebook, person, on=TODAY - dt.timedelta(days=2), initiated_by=Initiator.THEM)
        assert share_windows(notebook, TODAY)[90] == Share(1, 2)  # the write dropped it
        assert share_windows(notebook, TODAY - dt.timedelta(days=5))[90] == Share(1, 1)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", count)


@pytest.mark.skipif(ON_SERVER, reason="SQLite's query plan")
def test_the_proactive_share_is_read_from_an_index_alone(notebook: Notebook) -> None:
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and "count(" in statement:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            plans.extend(str(row[-1]) for row in rows)

    event.listen(notebook.engine, "before_cursor_execute", explain)
    try:
        share_windows(notebook, TODAY)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", explain)
    # Each count a range of the index (outcome, who, day), not a pass over a year of rows.
    ranges = "COVERING INDEX ix_contact_share (outcome=? AND initiated_by=? AND on>? AND on<?)"
    contacts = [step for step in plans if "contact" in step]
    assert contacts and all(ranges in step for step in contacts), plans
    assert any("COVERING INDEX ix_signal_sent_on" in step for step in plans), plans


def test_a_due_call_reads_its_number_only_when_it_is_shown(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today lists hundreds of calls and paints a page of them: each number is parsed for the
    call whose row asks for it, not for every call found."""
    for number in range(3):
        add_person(
            notebook,
            PersonFields(
                given_name=f"Client {number}",
                family_name="Roy",
                stage=Stage.CLIENT,
                phones=(f"514 555-010{number}",),
            ),
        )
    parsed: list[str] = []
    read = phones._read  # what shown_phone parses with

    def counted(text: str, region: str) -> object:
        parsed.append(text)
        return read(text, region)

    monkeypatch.setattr(phones, "_read", counted)
    phones.shown_phone.cache_clear()  # numbers shown by earlier tests are kept
    found = due_checkins(notebook, TODAY + dt.timedelta(days=365))
    assert len(found) == 3 and parsed == []
    assert found[1].phone == "(514) 555-0101"  # the region's national format
    assert found[1].phone == "(514) 555-0101" and len(parsed) == 1  # read once


def test_the_proactive_share_counts_each_table_on_its_own(notebook: Notebook) -> None:
    """No union of the contacts and the messages: SQLite copied a year of rows into a
    temporary list to count them, half of the share's time at 50,000 people."""
    person = _client(notebook, TODAY - dt.timedelta(days=10))
    record_signal(notebook, person, kind=SignalKind.OTHER, body="Bonjour", sent_on=TODAY)
    statements: list[str] = []

    def keep(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(notebook.engine, "before_cursor_execute", keep)
    try:
        shares = share_windows(notebook, TODAY)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", keep)
    assert shares[90] == shares[365] == Share(2, 2)
    counting = [s for s in statements if "count(" in s.lower()]
    assert len(counting) == 1 and "union" not in counting[0].lower(), counting


def _steps_for_the_first_page(notebook: Notebook, overdue: int) -> int:
    """SQLite's virtual machine steps (not time) to read the first page of late calls, with
    `overdue` clients due."""
    for number in range(overdue):
        person = add_person(
            notebook,
            PersonFields(given_name=f"Client {number}", family_name="Roy", stage=Stage.CLIENT),
        )
        log_contact(notebook, person, on=TODAY - dt.timedelta(days=200 + number % 30))
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    def watch(conn, *_args: object) -> None:  # noqa: ANN001
        conn.connection.driver_connection.set_progress_handler(count, 10)

    event.listen(notebook.engine, "before_cursor_execute", watch)
    try:
        page = due.due_checkins_page(notebook, TODAY, first=5)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", watch)
    assert len(page.items) == 5 and page.hidden == overdue - 5
    return steps[0]


@pytest.mark.skipif(ON_SERVER, reason="SQLite's virtual machine")
def test_the_first_page_of_late_calls_costs_what_it_shows(tmp_path: Path) -> None:
    """Ten times as many calls due cost the page far less than ten times the work (it was
    8.6 times, ranking them all): only the count still goes through them, in the index (3.8)."""
    few, many = (Notebook.open(tmp_path / f"{n}.sqlite") for n in ("few", "many"))
    try:
        small, large = _steps_for_the_first_page(few, 30), _steps_for_the_first_page(many, 300)
    finally:
        few.close()
        many.close()
    assert large < 5 * small, (small, large)


def test_a_days_closure_is_worked_out_once_per_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of a market sweep has its deadline: Today asked about the same Saturday
    thousands of times, walking the weekend each time."""
    calendar = BusinessCalendar("CA", "QC")
    asked: list[dt.date] = []
    is_closed = calendar.is_closed

    def counted(day: dt.date) -> bool:
        asked.append(day)
        return is_closed(day)

    monkeypatch.setattr(calendar, "is_closed", counted)
    saturday = dt.date(2026, 9, 5)  # Labour Day weekend
    first = calendar.closed(saturday)
    walked = len(asked)
    assert first is not None and first.open_before == dt.date(2026, 9, 4) and walked > 1
    assert [calendar.closed(saturday) for _ in range(3)] == [first] * 3
    assert len(asked) == walked


def test_a_person_page_reads_their_last_contact_as_stored(notebook: Notebook) -> None:
    """The check-ins panel of a person page: the last contact kept by the store (0008), not
    grouped from every contact and message sent (a fifth of a second at 50,000 people)."""
    from relnotebook.core.checkins.service import person_checkin

    person = _client(notebook, TODAY - dt.timedelta(days=10))
    record_signal(notebook, person, kind=SignalKind.OTHER, body="Bonjour", sent_on=TODAY)
    statements: list[str] = []

    def keep(*args: object) -> None:
        statements.append(str(args[2]).lower())

    event.listen(notebook.engine, "before_cursor_execute", keep)
    try:
        page = person_checkin(notebook, person, TODAY)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", keep)
    assert page.last_contact == TODAY  # the message sent today
    assert not [s for s in statements if "union" in s or "max(" in s], statements
