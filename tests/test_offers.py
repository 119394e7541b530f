"""Today's newsletter offers read a page at a time (issue 22): the good prospects only the offer
rule decides for are found in SQL (`core.outreach.offers`), the first page is read and the rest
counted. The query and the rules agree on every case; a page shows what reading all shows."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from alembic import command
from sqlalchemy import Connection, event, inspect
from sqlmodel import Session

from relnotebook.core.models import (
    Attendance,
    DetailKind,
    Event,
    FollowUp,
    Person,
    PromptSnooze,
    Signal,
    SignalKind,
    SignalResponse,
    Stage,
)
from relnotebook.core.outreach.agenda import (
    Section,
    Unread,
    agenda_rows,
    due_count,
    paged,
    section_counts,
)
from relnotebook.core.outreach.rules import Prompt, PromptKind, prompts_for
from relnotebook.core.outreach.service import agenda_on, facts_of, gather_facts, prompts_on
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.occasions import EVERYONE, Occasion, set_who
from relnotebook.core.people.service import create_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook, schema
from tests.conftest import ON_SERVER, TODAY
from tests.test_migrations import schema_differences

# (kind, sent so many days ago, response, answered so many days ago)
_Sent = tuple[SignalKind, int, SignalResponse, int | None]
_COFFEE, _OFFER = SignalKind.COFFEE_INVITATION, SignalKind.NEWSLETTER_OFFER
_PENDING, _NO_REPLY = SignalResponse.PENDING, SignalResponse.NO_REPLY
SIGNALS: list[list[_Sent]] = [
    [],
    [(_OFFER, 400, _PENDING, None)],
    [(_OFFER, 400, SignalResponse.DECLINED, None)],
    *([(_COFFEE, days, _PENDING, None)] for days in (-2, 0, 6, 7, 8)),  # the 7-day gap
    *([(_COFFEE, days, _NO_REPLY, None)] for days in (29, 30, 31, 181, 182, 183)),  # quiet
    [(_COFFEE, 300, SignalResponse.REPLIED, 290)],
    [(_COFFEE, 300, SignalResponse.INTERESTED, None), (_COFFEE, 10, SignalResponse.DECLINED, None)],
]
SNOOZES = [None, ("message", 1), ("message", 0), ("follow_up", 5)]  # key, until today + days
MEETINGS = [None, -200, 0, 5]  # days from today
STAGES = list(Stage)


def _add(
    session: Session,
    stage: Stage,
    good_prospect: bool | None,
    sent: list[_Sent],
    snooze: tuple[str, int] | None,
    meeting: int | None,
    number: int,
) -> int:
    fields = PersonFields(given_name=f"Prospect{number:04}", family_name="Tremblay", stage=stage)
    person = create_person(session, fields)
    row = session.get(Person, person)
    assert row is not None
    row.good_prospect = good_prospect
    for kind, ago, response, answered in sent:
        session.add(
            Signal(
                person_id=person,
                kind=kind.value,
                sent_on=TODAY - dt.timedelta(days=ago),
                body="",
                response=response.value,
                responded_on=None if answered is None else TODAY - dt.timedelta(days=answered),
            )
        )
    if snooze is not None:
        key = f"{snooze[0]}:{person}" + (":1" if snooze[0] == "follow_up" else "")
        until = TODAY + dt.timedelta(days=snooze[1])
        session.add(PromptSnooze(key=key, person_id=person, until=until))
    if meeting is not None:
        event = Event(name=f"Event {number}", date=TODAY + dt.timedelta(days=meeting))
        session.add(event)
        session.flush()
        assert event.id is not None
        session.add(Attendance(event_id=event.id, person_id=person))
    session.flush()
    return person


def _every_case(notebook: Notebook) -> list[int]:
    """Good prospects at each stage in every case of messages, "Not now" and meetings; people
    not good prospects; and good prospects another rule reads too (a follow-up due, met
    yesterday)."""
    cases = [
        *itertools.product(STAGES, [True], SIGNALS, SNOOZES, MEETINGS),
        *itertools.product(STAGES, [False, None], SIGNALS[:2], SNOOZES[:1], MEETINGS[:2]),
    ]
    with notebook.session() as session:
        people = [_add(session, *case, number) for number, case in enumerate(cases)]
        due = _add(session, Stage.PROSPECT, True, [], None, None, len(people))
        session.add(FollowUp(person_id=due, due_on=TODAY, kind="coffee", text="Coffee"))
        people += [due, _add(session, Stage.PROSPECT, True, [], None, -1, len(people) + 1)]
    return people


@pytest.mark.parametrize("quiet_days", [182, 30])
def test_the_offer_query_and_the_rules_agree_on_every_case(
    notebook: Notebook, quiet_days: int
) -> None:
    people = _every_case(notebook)
    everyone = prompts_for(facts_of(notebook, people, TODAY), TODAY, quiet_days=quiet_days)
    offered = {p.person_id for p in everyone if p.kind == PromptKind.NEWSLETTER_OFFER}
    assert 100 < len(offered) < len(people) / 2  # the cases cover both answers

    counted = gather_facts(notebook, TODAY, quiet_days=quiet_days, offers=0)
    others = {facts.id for facts in counted.facts}  # candidates for another rule, read whole
    assert counted.unread_offers == offered - others
    assert {people[-2], people[-1]} <= others
    read = gather_facts(notebook, TODAY, quiet_days=quiet_days)
    assert prompts_for(read.facts, TODAY, quiet_days=quiet_days) == everyone
    assert read.unread_offers == frozenset()


def test_today_reads_the_facts_of_a_page_of_offers(notebook: Notebook) -> None:
    with notebook.session() as session:
        met = [-day for day in range(40, 10, -1)]  # met 40 days ago … 11 days ago
        met[10] = met[9]  # the 10th and 11th met the same day
        people = [
            _add(session, Stage.PROSPECT, True, [], None, day, n) for n, day in enumerate(met)
        ]
    page = gather_facts(notebook, TODAY, offers=10)
    assert [facts.id for facts in page.facts] == people[:11]  # the 10th's day read whole
    assert page.unread_offers == frozenset(people[11:])
    assert gather_facts(notebook, TODAY, offers=0).facts == []
    whole = gather_facts(notebook, TODAY)
    assert [facts.id for facts in whole.facts] == people
    assert whole.unread_offers == frozenset()


@pytest.mark.parametrize("page", [0, 3, 50, 1000])
def test_a_page_of_offers_shows_what_reading_them_all_shows(notebook: Notebook, page: int) -> None:
    _every_case(notebook)
    every = agenda_on(notebook, TODAY, late_calls=50)
    some = agenda_on(notebook, TODAY, late_calls=50, pages={Section.MESSAGES: page})
    assert len([i for i in some if not isinstance(i, Unread)]) <= len(every)
    rows = paged(agenda_rows(some, TODAY), {}, page)
    assert rows == paged(agenda_rows(every, TODAY), {}, page)
    assert any(isinstance(item, Unread) for item in some) == (page <= 3)
    assert due_count(some, TODAY) == due_count(every, TODAY)


def test_an_offer_to_someone_wished_a_happy_birthday_is_on_their_row(
    notebook: Notebook,
) -> None:
    with notebook.session() as session:
        people = [
            _add(session, Stage.PROSPECT, True, [], None, -40 + n, n) for n in range(5)
        ]  # the last offered last: met last
    set_who(notebook, EVERYONE)
    add_detail(notebook, people[-1], text="Birthday: 23 November 1980", kind=DetailKind.BIRTHDAY)
    page = agenda_on(notebook, TODAY, pages={Section.MESSAGES: 1})
    rows = paged(agenda_rows(page, TODAY), {}, 1)
    assert rows == paged(agenda_rows(agenda_on(notebook, TODAY), TODAY), {}, 1)
    (wished,) = [row for row in agenda_rows(page, TODAY) if row.person_id == people[-1]]
    assert [type(item) for item in wished.items] == [Occasion, Prompt]
    assert section_counts(rows)[Section.MESSAGES] == 5


def test_prompts_on_reads_every_offer(notebook: Notebook) -> None:
    people = _every_case(notebook)
    assert prompts_on(notebook, TODAY) == prompts_for(facts_of(notebook, people, TODAY), TODAY)


@pytest.mark.skipif(ON_SERVER, reason="SQLite's query plan")
def test_the_offers_are_read_from_the_good_prospects_index(notebook: Notebook) -> None:
    _every_case(notebook)
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if "coalesce" in statement and not statement.startswith("EXPLAIN"):
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            plans.extend(str(row[-1]) for row in rows)

    event.listen(notebook.engine, "before_cursor_execute", explain)
    try:
        gather_facts(notebook, TODAY, offers=10)
    finally:
        event.remove(notebook.engine, "before_cursor_execute", explain)
    person_steps = [step for step in plans if " person " in f"{step} "]
    assert person_steps and all("ix_person_good_prospect" in s for s in person_steps), plans


def test_the_good_prospects_index_comes_with_0024_and_goes_with_its_downgrade(
    notebook: Notebook,
) -> None:
    def indexes(connection: Connection) -> dict[str, list[str]]:
        return {i["name"]: i["column_names"] for i in inspect(connection).get_indexes("person")}

    with notebook.engine.begin() as connection:
        assert indexes(connection)["ix_person_good_prospect"] == ["good_prospect", "stage"]
        command.downgrade(schema.alembic_config(connection), "0023")
        assert "ix_person_good_prospect" not in indexes(connection)
        schema.upgrade(connection)
    with notebook.engine.connect() as connection:
        assert schema_differences(connection) == []
