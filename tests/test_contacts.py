"""Due check-ins from the store: what counts as a contact, cadences, snoozes, shares."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, literal, select
from sqlalchemy.dialects import postgresql

from relnotebook.core import settings as notebook_settings
from relnotebook.core.checkins.due import due_checkins
from relnotebook.core.checkins.rules import DueStatus, Share, call_them_first, due_status, next_due
from relnotebook.core.checkins.service import (
    get_plan,
    log_contact,
    person_checkin,
    set_plan,
    snooze_checkin,
)
from relnotebook.core.checkins.shares import share_windows, shares_by_person
from relnotebook.core.models import Channel, Initiator, Outcome, Person, SignalKind, Stage
from relnotebook.core.outreach.signals import record_signal
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.sql import latest
from tests.conftest import TODAY


@pytest.fixture
def client(notebook: Notebook) -> int:
    return add_person(
        notebook, PersonFields(given_name="Pierre", family_name="Gauthier", stage=Stage.CLIENT)
    )


def due_ids(notebook: Notebook, day: dt.date = TODAY, lookahead: int = 7) -> dict[int, DueStatus]:
    return {d.person_id: d.status for d in due_checkins(notebook, day, lookahead_days=lookahead)}


def test_a_client_is_due_a_cadence_after_the_last_contact(notebook: Notebook, client: int):
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=100))
    assert due_ids(notebook) == {client: DueStatus.OVERDUE}  # tier B default: 90 days
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=85))
    assert due_ids(notebook) == {client: DueStatus.UPCOMING}  # due in 5 days: look-ahead 7
    assert due_ids(notebook, lookahead=3) == {}
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=90))
    assert due_ids(notebook)[client] == DueStatus.UPCOMING  # the latest contact counts


def test_a_call_with_no_answer_does_not_count_but_a_message_left_does(
    notebook: Notebook, client: int
):
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=100))
    log_contact(notebook, client, on=TODAY, outcome=Outcome.NO_ANSWER)
    assert due_ids(notebook) == {client: DueStatus.OVERDUE}
    log_contact(notebook, client, on=TODAY, outcome=Outcome.LEFT_MESSAGE)
    assert due_ids(notebook) == {}


def test_a_message_sent_counts_as_a_contact_i_started(notebook: Notebook, client: int):
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=100), initiated_by=Initiator.THEM)
    record_signal(
        notebook,
        client,
        kind=SignalKind.ASK_HOW_IT_WENT,
        body="Et ce voyage?",
        sent_on=TODAY - dt.timedelta(days=1),
    )
    assert due_ids(notebook) == {}
    shares = share_windows(notebook, TODAY, client)
    assert (shares[90], shares[365]) == (Share(1, 1), Share(1, 2))


def test_tiers_own_cadence_and_non_clients(notebook: Notebook, client: int):
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=40))
    assert due_ids(notebook) == {}
    set_plan(notebook, client, {"tier": "A"})  # 30 days
    assert due_ids(notebook) == {client: DueStatus.OVERDUE}
    notebook_settings.set_int(notebook, notebook_settings.TIER_CADENCE_DAYS["A"], 45)
    assert due_ids(notebook) == {client: DueStatus.UPCOMING}
    set_plan(notebook, client, {"cadence_days": 10})
    assert get_plan(notebook, client).cadence_days == 10
    friend = add_person(notebook, PersonFields(given_name="Ami"))
    log_contact(notebook, friend, on=TODAY - dt.timedelta(days=400))
    assert friend not in due_ids(notebook)  # not a client, no cadence of their own
    set_plan(notebook, friend, {"cadence_days": 365})
    assert due_ids(notebook)[friend] == DueStatus.OVERDUE


@pytest.mark.parametrize("days", [0, -5, 4000])
def test_a_cadence_must_be_sensible(notebook: Notebook, client: int, days: int):
    with pytest.raises(ValidationError):
        set_plan(notebook, client, {"cadence_days": days})
    assert get_plan(notebook, client).own_cadence_days is None


def test_snooze_needs_a_later_day_and_a_reason_and_hides_until_then(
    notebook: Notebook, client: int
):
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=100))
    with pytest.raises(ValidationError, match="after today"):
        snooze_checkin(notebook, client, until=TODAY, reason="Voyage", today=TODAY)
    with pytest.raises(ValidationError, match="why"):
        snooze_checkin(
            notebook, client, until=TODAY + dt.timedelta(days=5), reason=" ", today=TODAY
        )
    previous = snooze_checkin(
        notebook, client, until=TODAY + dt.timedelta(days=5), reason="En Floride", today=TODAY
    )
    assert previous == {"snoozed_until": None, "snooze_reason": ""}
    assert due_ids(notebook) == {}
    assert due_ids(notebook, TODAY + dt.timedelta(days=5)) == {client: DueStatus.OVERDUE}


def test_call_them_first_and_shares(notebook: Notebook, client: int):
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=50), initiated_by=Initiator.ME)
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=20), initiated_by=Initiator.THEM)
    assert not person_checkin(notebook, client, TODAY).call_them_first
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=2), initiated_by=Initiator.THEM)
    summary = person_checkin(notebook, client, TODAY)
    assert summary.call_them_first
    assert summary.shares[90] == Share(1, 3)
    assert shares_by_person(notebook, TODAY, days=30) == {client: Share(0, 2)}
    assert summary.next_due == TODAY - dt.timedelta(days=2) + dt.timedelta(days=90)


def test_a_due_check_in_says_what_happened_last_and_how_to_reach_them(notebook: Notebook):
    """Each field of a due check-in, from one query: last contact (a call or a message sent,
    whichever is later; no answer never counts), last channel, call them first, first phone."""
    person = add_person(
        notebook,
        PersonFields(
            given_name="Luc",
            family_name="Roy",
            stage=Stage.CLIENT,
            phones=("514 555-0101", "514 555-0202"),
        ),
    )
    nobody = add_person(
        notebook, PersonFields(given_name="Anne", family_name="Côté", stage=Stage.CLIENT)
    )
    with notebook.session() as session:  # added "today" by the test's clock, not the machine's
        session.get(Person, nobody).created_at = dt.datetime.combine(TODAY, dt.time(9))
    set_plan(notebook, nobody, {"cadence_days": 1})  # added today, never contacted: due tomorrow
    ago = lambda days: TODAY - dt.timedelta(days=days)  # noqa: E731
    log_contact(notebook, person, on=ago(200), channel=Channel.MEETING, initiated_by=Initiator.THEM)
    log_contact(notebook, person, on=ago(120), channel=Channel.VIDEO, initiated_by=Initiator.THEM)
    log_contact(notebook, person, on=ago(120), channel=Channel.EMAIL, initiated_by=Initiator.THEM)
    log_contact(notebook, person, on=ago(10), outcome=Outcome.NO_ANSWER)
    due = {d.person_id: d for d in due_checkins(notebook, TODAY, lookahead_days=7)}
    item = due[person]
    assert item.last_contact == ago(120)
    assert item.due_on == ago(30)
    assert item.status == DueStatus.OVERDUE
    assert item.last_channel == Channel.EMAIL  # the later of two on the same day
    assert item.call_them_first
    assert item.phone == "(514) 555-0101"  # the first number, in the national format
    assert item.person_name == "Luc Roy" and item.cadence_days == 90 and item.tier is None
    assert due[nobody].last_contact is None and due[nobody].last_channel is None
    assert due[nobody].phone == "" and not due[nobody].call_them_first
    assert due[nobody].status == DueStatus.UPCOMING
    record_signal(
        notebook, person, kind=SignalKind.ASK_HOW_IT_WENT, body="Et alors?", sent_on=ago(95)
    )
    item = {d.person_id: d for d in due_checkins(notebook, TODAY, lookahead_days=7)}[person]
    assert item.last_contact == ago(95)  # the message is later than the calls
    assert item.due_on == ago(5)
    assert item.last_channel == Channel.EMAIL  # messages are not logged contacts
    log_contact(notebook, person, on=ago(100), initiated_by=Initiator.ME)
    item = {d.person_id: d for d in due_checkins(notebook, TODAY, lookahead_days=7)}[person]
    assert item.last_contact == ago(95)  # an earlier call does not move it back
    assert item.last_channel == Channel.PHONE
    assert not item.call_them_first
    log_contact(notebook, person, on=ago(80))
    assert person not in {d.person_id for d in due_checkins(notebook, TODAY, lookahead_days=7)}


def test_latest_of_two_dates_ignores_a_missing_one(notebook: Notebook):
    day, later = dt.date(2026, 1, 5), dt.date(2026, 3, 1)
    cases = [(day, later, later), (later, day, later), (None, day, day), (day, None, day)]
    with notebook.reader() as session:
        for first, second, expected in [*cases, (None, None, None)]:
            query = select(
                latest(literal(first, Date()), literal(second, Date()))  # type: ignore[arg-type]
            )
            assert session.connection().execute(query).scalar_one() == expected
    compiled = str(
        select(latest(literal(day), literal(later))).compile(dialect=postgresql.dialect())
    )
    assert "GREATEST(" in compiled


@given(
    last=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    cadence=st.integers(min_value=1, max_value=3650),
    today=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    lookahead=st.integers(min_value=0, max_value=60),
)
@settings(max_examples=300)
def test_due_status_follows_the_calendar(last, cadence, today, lookahead):
    due = next_due(last, dt.date(1999, 1, 1), cadence)
    assert (due - last).days == cadence  # calendar days: month ends, leap days don't shift it
    status = due_status(due, today, lookahead)
    if due < today:
        assert status == DueStatus.OVERDUE
    elif due == today:
        assert status == DueStatus.TODAY
    elif (due - today).days <= lookahead:
        assert status == DueStatus.UPCOMING
    else:
        assert status is None


def test_call_them_first_needs_two_of_theirs_in_a_row():
    assert call_them_first([Initiator.THEM, Initiator.THEM])
    assert not call_them_first([Initiator.THEM, Initiator.ME, Initiator.THEM])
    assert not call_them_first([Initiator.THEM])
    assert Share(0, 0).ratio is None and Share(1, 4).ratio == 0.25


def test_late_calls_come_a_page_at_a_time_and_upcoming_ones_are_all_there(notebook: Notebook):
    from relnotebook.core.checkins.due import due_checkins_page
    from relnotebook.core.outreach.agenda import MoreCheckins
    from relnotebook.core.outreach.service import agenda_on

    late = []
    for days in range(100, 106):  # six overdue, the most overdue added last
        person = add_person(
            notebook, PersonFields(given_name=f"Late{days}", family_name="X", stage=Stage.CLIENT)
        )
        log_contact(notebook, person, on=TODAY - dt.timedelta(days=days))
        late.append(person)
    soon = add_person(notebook, PersonFields(given_name="Soon", stage=Stage.CLIENT))
    log_contact(notebook, soon, on=TODAY - dt.timedelta(days=87))  # due in three days

    page = due_checkins_page(notebook, TODAY, first=2, lookahead_days=7)
    assert [d.person_id for d in page.items] == [late[-1], late[-2], soon]
    assert page.hidden == 4
    everything = due_checkins_page(notebook, TODAY, first=None, lookahead_days=7)
    assert everything.hidden == 0 and len(everything.items) == 7
    assert due_checkins(notebook, TODAY) == everything.items

    items = agenda_on(notebook, TODAY, late_calls=2)
    more = [i for i in items if isinstance(i, MoreCheckins)]
    assert more == [MoreCheckins(4)]
    # The "more" row closes the late calls: after the two shown, before the call coming up.
    kinds = [type(i).__name__ for i in items]
    assert kinds.index("MoreCheckins") == 2
    assert not any(isinstance(i, MoreCheckins) for i in agenda_on(notebook, TODAY))


def _stored_last(notebook: Notebook, person_id: int) -> dt.date | None:
    from relnotebook.core.models import Person

    with notebook.reader() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.last_contact_on


def test_the_stored_last_contact_follows_every_change(notebook: Notebook, client: int):
    """Today reads `person.last_contact_on`; the store keeps it exact whatever the change."""
    from relnotebook.core.checkins.service import delete_contact
    from relnotebook.store.rows import restore_rows

    assert _stored_last(notebook, client) is None
    first = log_contact(notebook, client, on=TODAY - dt.timedelta(days=40))
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=40)
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=5), outcome=Outcome.NO_ANSWER)
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=40)  # does not count
    record_signal(
        notebook,
        client,
        kind=SignalKind.OTHER,
        body="Bonjour",
        sent_on=TODAY - dt.timedelta(days=10),
    )
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=10)
    later = log_contact(notebook, client, on=TODAY - dt.timedelta(days=2))
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=2)
    saved = delete_contact(notebook, later)  # what undo of "log call" does
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=10)
    restore_rows(notebook, saved)  # and redo
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=2)
    delete_contact(notebook, later)
    delete_contact(notebook, first)
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=10)


def test_a_merge_moves_the_last_contact_with_the_calls(notebook: Notebook, client: int):
    from relnotebook.core.people.merge import merge_people, unmerge

    twin = add_person(notebook, PersonFields(given_name="Pierre", family_name="G."))
    log_contact(notebook, twin, on=TODAY - dt.timedelta(days=3))
    log_contact(notebook, client, on=TODAY - dt.timedelta(days=30))
    undo = merge_people(notebook, client, twin)
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=3)
    assert {d.person_id for d in due_checkins(notebook, TODAY)} == set()
    unmerge(notebook, undo)
    assert _stored_last(notebook, client) == TODAY - dt.timedelta(days=30)
    assert _stored_last(notebook, twin) == TODAY - dt.timedelta(days=3)
