"""Signals with a real notebook: Today's prompts from the store, messages recorded and answered,
"Not now", follow-ups, settings and the user's own templates (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from relnotebook.cli.render.agenda import prompt_title, reason_text
from relnotebook.core import settings
from relnotebook.core.events.service import EventFields, add_event, link_person
from relnotebook.core.models import (
    DetailKind,
    FollowUp,
    Language,
    PromptSnooze,
    Setting,
    Signal,
    SignalKind,
    SignalResponse,
)
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.messages.user_templates import (
    MAX_SOURCE_CHARS,
    add_template,
    delete_template,
    list_templates,
    update_template,
)
from relnotebook.core.outreach.rules import DEFAULT_QUIET_DAYS, Prompt, PromptKind
from relnotebook.core.outreach.service import prompts_on
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.service import (
    add_person,
    delete_person,
    get_person,
    list_people,
    restore_person,
)
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import restore_rows
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
CROATIA = "Voyage à vélo à travers la Croatie"
COCKTAIL = "Cocktail réseautage de la Chambre de commerce du Montréal métropolitain"


@pytest.fixture
def demo(demo_notebook: Notebook) -> Notebook:
    return demo_notebook


def person_id(notebook: Notebook, name: str) -> int:
    (found,) = [p.id for p in list_people(notebook) if p.name == name]
    return found


def detail_id(notebook: Notebook, pid: int, kind: DetailKind) -> int:
    page = get_person(notebook, pid)
    assert page is not None
    (found,) = [d.id for d in page.details if d.kind == kind.value]
    return found


def busy_until(notebook: Notebook, pid: int) -> dt.date:
    page = get_person(notebook, pid)
    assert page is not None
    (found,) = [d.ends_on for d in page.details if d.kind == DetailKind.BUSY.value]
    assert found is not None
    return found


def for_person(notebook: Notebook, pid: int, day: dt.date) -> list[Prompt]:
    return [p for p in prompts_on(notebook, day) if p.person_id == pid]


def messages_for(notebook: Notebook, pid: int, day: dt.date) -> list[Prompt]:
    return [p for p in for_person(notebook, pid, day) if p.follow_up is None]


def new_person(notebook: Notebook, name: str = "Marie", **values: object) -> int:
    return add_person(
        notebook, PersonFields(given_name=name, emails=(f"{name.lower()}@example.com",), **values)
    )


def send(notebook: Notebook, pid: int, kind: SignalKind, on: dt.date, **values: object) -> int:
    return signals.record_signal(notebook, pid, kind=kind, body="Bonjour", sent_on=on, **values)


# --- Today on the sample notebook ------------------------------------------------------------


@pytest.fixture
def robert(demo: Notebook) -> int:
    return person_id(demo, "Robert Tremblay")


@pytest.fixture
def paul(demo: Notebook) -> int:
    return person_id(demo, "Paul Gagnon")


def test_demo_robert_gets_a_next_day_coffee_invitation_about_croatia(
    demo: Notebook, robert: int
) -> None:
    (prompt,) = for_person(demo, robert, TODAY)
    assert prompt.kind == PromptKind.NEXT_DAY_NOTE
    assert prompt.suggested == SignalKind.COFFEE_INVITATION
    assert prompt.detail is not None and prompt.detail.text == CROATIA
    assert prompt.detail.kind == DetailKind.TRIP
    assert prompt.busy_until == busy_until(demo, robert)
    assert TODAY + 14 * DAY < prompt.busy_until < TODAY + 30 * DAY  # "mid-December"
    assert prompt.meeting is not None
    assert (prompt.meeting.event_name, prompt.meeting.date) == (COCKTAIL, TODAY - 3 * DAY)
    assert prompt.email == "robert.tremblay@tremblayarchitectes.example"
    assert prompt_title(prompt) == "Coffee invitation: Robert Tremblay"


def test_demo_paul_gets_a_next_day_newsletter_offer(demo: Notebook, paul: int) -> None:
    (prompt,) = for_person(demo, paul, TODAY)
    assert prompt.kind == PromptKind.NEXT_DAY_NOTE
    assert prompt.suggested == SignalKind.NEWSLETTER_OFFER
    assert prompt.meeting is not None and prompt.meeting.event_name == COCKTAIL
    assert "good prospect, never offered the newsletter" in reason_text(prompt)


def test_reason_for_robert(demo: Notebook, robert: int) -> None:
    (prompt,) = for_person(demo, robert, TODAY)
    reason = reason_text(prompt)
    assert "Met at" in reason
    assert COCKTAIL in reason
    assert f"mentioned: {CROATIA}" in reason
    assert f"busy until {busy_until(demo, robert):%d %b %Y}" in reason
    assert "newsletter" not in reason


def test_reason_for_a_question_says_when_it_ended(demo: Notebook) -> None:
    asks = [p for p in prompts_on(demo, TODAY) if p.kind == PromptKind.ASK_HOW_IT_WENT]
    assert asks
    for prompt in asks:
        assert prompt.detail is not None
        ended = prompt.detail.ends_on or prompt.detail.starts_on
        assert ended is not None and ended < TODAY
        assert f"(ended {ended:%d %b %Y})" in reason_text(prompt)


def test_demo_today_lists_each_person_at_most_once_for_a_message(demo: Notebook) -> None:
    found = prompts_on(demo, TODAY)
    messages = [p.person_id for p in found if p.follow_up is None]
    assert len(messages) == len(set(messages))
    assert len(found) >= 2


def test_coffee_invitation_sent_the_next_day_covers_the_end_of_the_busy_period(
    demo: Notebook, robert: int
) -> None:
    free = busy_until(demo, robert) + DAY
    # Without a message, the coffee invitation comes up when he is free again.
    assert [p.kind for p in for_person(demo, robert, free)] == [PromptKind.COFFEE_INVITATION]
    croatia = detail_id(demo, robert, DetailKind.TRIP)
    signal_id = send(demo, robert, SignalKind.COFFEE_INVITATION, TODAY, detail_id=croatia)
    assert for_person(demo, robert, TODAY) == []
    assert for_person(demo, robert, free) == []
    (history,) = signals.person_signals(demo, robert)
    assert (history.id, history.kind, history.detail_text) == (
        signal_id,
        SignalKind.COFFEE_INVITATION,
        CROATIA,
    )
    assert history.response == SignalResponse.PENDING
    assert history.channel == "email"


def test_interested_with_a_date_puts_the_coffee_on_today(demo: Notebook, robert: int) -> None:
    signal_id = send(demo, robert, SignalKind.COFFEE_INVITATION, TODAY)
    coffee_on = TODAY + 40 * DAY
    follow_up_id = signals.record_response(
        demo,
        signal_id,
        SignalResponse.INTERESTED,
        on=TODAY + DAY,
        coffee_on=coffee_on,
        coffee_text="Café Olimpico, 10 h",
    )
    assert follow_up_id is not None
    (history,) = signals.person_signals(demo, robert)
    assert (history.response, history.responded_on) == (SignalResponse.INTERESTED, TODAY + DAY)
    assert for_person(demo, robert, coffee_on - DAY) == []
    (prompt,) = for_person(demo, robert, coffee_on)
    assert prompt.kind == PromptKind.FOLLOW_UP
    assert prompt.suggested is None
    assert prompt.follow_up is not None
    assert (prompt.follow_up.id, prompt.follow_up.kind) == (follow_up_id, "coffee")
    assert prompt.follow_up.text == "Café Olimpico, 10 h"
    assert f"follow-up planned for {coffee_on:%d %b %Y}" in reason_text(prompt)
    # Still there the days after, until it is done.
    assert len(for_person(demo, robert, coffee_on + 3 * DAY)) == 1
    signals.complete_follow_up(demo, follow_up_id, on=coffee_on)
    assert for_person(demo, robert, coffee_on) == []
    (view,) = signals.person_follow_ups(demo, robert)
    assert (view.id, view.done_on, view.kind) == (follow_up_id, coffee_on, "coffee")


@pytest.mark.parametrize(
    ("response", "coffee_on"),
    [
        (SignalResponse.INTERESTED, None),
        (SignalResponse.DECLINED, TODAY + 5 * DAY),
        (SignalResponse.NO_REPLY, TODAY + 5 * DAY),
        (SignalResponse.PENDING, TODAY + 5 * DAY),
    ],
)
def test_no_follow_up_without_interest_and_a_date(
    demo: Notebook, robert: int, response: SignalResponse, coffee_on: dt.date | None
) -> None:
    signal_id = send(demo, robert, SignalKind.COFFEE_INVITATION, TODAY)
    result = signals.record_response(demo, signal_id, response, on=TODAY, coffee_on=coffee_on)
    assert result is None
    assert signals.person_follow_ups(demo, robert) == []
    assert signals.person_signals(demo, robert)[0].response == response


def courted_with_busy_period(notebook: Notebook) -> tuple[int, dt.date]:
    """Someone with a hobby and a busy period heard of 10 days ago, over in 20 days."""
    pid = new_person(notebook, "Louise")
    add_detail(notebook, pid, text="Fait du kayak", kind=DetailKind.HOBBY)
    ends = TODAY + 20 * DAY
    add_detail(
        notebook,
        pid,
        text="Occupée jusqu'à la mi-décembre",
        kind=DetailKind.BUSY,
        mentioned_on=TODAY - 10 * DAY,
        ends_on=ends,
    )
    return pid, ends


@pytest.mark.parametrize(
    ("days_after", "prompted"), [(0, False), (1, True), (46, True), (90, True), (91, False)]
)
def test_the_store_finds_everyone_in_the_coffee_window(
    notebook: Notebook, days_after: int, prompted: bool
) -> None:
    """`core/outreach/service.py` loads only candidates: its queries must cover the whole 90-day
    window."""
    pid, ends = courted_with_busy_period(notebook)
    kinds = [p.kind for p in for_person(notebook, pid, ends + days_after * DAY)]
    assert kinds == ([PromptKind.COFFEE_INVITATION] if prompted else [])


@pytest.mark.parametrize(("days_after", "prompted"), [(0, False), (1, True), (3, True), (4, False)])
def test_the_store_finds_everyone_met_in_the_last_three_days(
    notebook: Notebook, days_after: int, prompted: bool
) -> None:
    pid = new_person(notebook, "Gilles")
    met_on = TODAY - 10 * DAY
    event = add_event(notebook, EventFields("Dîner-conférence", met_on))
    with notebook.session() as session:
        link_person(session, event, pid)
    kinds = [p.kind for p in for_person(notebook, pid, met_on + days_after * DAY)]
    assert kinds == ([PromptKind.NEXT_DAY_NOTE] if prompted else [])


@pytest.mark.parametrize("dated", ["starts_on", "ends_on"])
@pytest.mark.parametrize(
    ("days_after", "prompted"), [(0, False), (1, True), (45, True), (46, False)]
)
def test_the_store_finds_every_detail_to_ask_about(
    notebook: Notebook, dated: str, days_after: int, prompted: bool
) -> None:
    pid = new_person(notebook, "Nicole")
    day = TODAY - 100 * DAY
    add_detail(notebook, pid, text="Croisière sur le Nil", kind=DetailKind.TRIP, **{dated: day})
    kinds = [p.kind for p in for_person(notebook, pid, day + days_after * DAY)]
    assert kinds == ([PromptKind.ASK_HOW_IT_WENT] if prompted else [])


@pytest.mark.parametrize(
    ("response", "prompted"),
    [
        (SignalResponse.DECLINED, False),
        (SignalResponse.INTERESTED, True),
        (SignalResponse.PENDING, True),
    ],
)
def test_a_declined_coffee_invitation_stops_coffee_prompts(
    notebook: Notebook, response: SignalResponse, prompted: bool
) -> None:
    pid, ends = courted_with_busy_period(notebook)
    # Sent long before the busy period was mentioned: only the answer can stop the prompt.
    signal_id = send(notebook, pid, SignalKind.COFFEE_INVITATION, TODAY - 400 * DAY)
    signals.record_response(notebook, signal_id, response, on=TODAY - 390 * DAY)
    kinds = [p.kind for p in for_person(notebook, pid, ends + DAY)]
    assert kinds == ([PromptKind.COFFEE_INVITATION] if prompted else [])


def good_prospect_left_without_reply(notebook: Notebook, sent_on: dt.date) -> int:
    """A good prospect (a newsletter offer is always due) whose coffee invitation got no reply."""
    pid = new_person(notebook, "Hélène", good_prospect=True)
    signal_id = send(notebook, pid, SignalKind.COFFEE_INVITATION, sent_on)
    signals.record_response(notebook, signal_id, SignalResponse.NO_REPLY, on=sent_on + 20 * DAY)
    return pid


def test_no_reply_starts_the_quiet_period(notebook: Notebook) -> None:
    sent_on = TODAY - 100 * DAY
    pid = good_prospect_left_without_reply(notebook, sent_on)
    assert settings.get_int(notebook, settings.QUIET_PERIOD_DAYS) == DEFAULT_QUIET_DAYS
    assert for_person(notebook, pid, sent_on + 30 * DAY) == []
    assert for_person(notebook, pid, sent_on + (DEFAULT_QUIET_DAYS - 1) * DAY) == []
    (prompt,) = for_person(notebook, pid, sent_on + DEFAULT_QUIET_DAYS * DAY)
    assert prompt.kind == PromptKind.NEWSLETTER_OFFER


def test_the_quiet_period_comes_from_the_settings(notebook: Notebook) -> None:
    sent_on = TODAY - 100 * DAY
    pid = good_prospect_left_without_reply(notebook, sent_on)
    settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, 30)
    assert for_person(notebook, pid, sent_on + 29 * DAY) == []
    assert [p.kind for p in for_person(notebook, pid, sent_on + 30 * DAY)] == [
        PromptKind.NEWSLETTER_OFFER
    ]


def test_without_no_reply_only_the_week_gap_applies(notebook: Notebook) -> None:
    pid = new_person(notebook, "Hélène", good_prospect=True)
    send(notebook, pid, SignalKind.COFFEE_INVITATION, TODAY)
    assert for_person(notebook, pid, TODAY + 6 * DAY) == []
    assert [p.kind for p in for_person(notebook, pid, TODAY + 7 * DAY)] == [
        PromptKind.NEWSLETTER_OFFER
    ]


# --- Not now ---------------------------------------------------------------------------------


def test_snooze_hides_until_the_date_and_returns_the_previous_one(
    demo: Notebook, paul: int
) -> None:
    (prompt,) = for_person(demo, paul, TODAY)
    until = TODAY + 3 * DAY
    assert signals.snooze(demo, prompt.key, paul, until) is None
    assert for_person(demo, paul, TODAY) == []
    assert for_person(demo, paul, until - DAY) == []
    # Shown again on the day (by then the next-day note is over: the newsletter offer).
    assert [p.kind for p in for_person(demo, paul, until)] == [PromptKind.NEWSLETTER_OFFER]
    later = TODAY + 10 * DAY
    assert signals.snooze(demo, prompt.key, paul, later) == until
    assert for_person(demo, paul, until) == []
    assert signals.snooze(demo, prompt.key, paul, None) == later
    assert len(for_person(demo, paul, TODAY)) == 1
    assert signals.snooze(demo, prompt.key, paul, None) is None
    with demo.reader() as session:
        assert session.exec(select(PromptSnooze)).all() == []


def test_snoozing_one_person_leaves_the_others(demo: Notebook, paul: int, robert: int) -> None:
    (prompt,) = for_person(demo, paul, TODAY)
    signals.snooze(demo, prompt.key, paul, TODAY + 7 * DAY)
    assert len(for_person(demo, robert, TODAY)) == 1


# --- Follow-ups that lead to a message -------------------------------------------------------


def test_a_coffee_invitation_follow_up_is_done_when_the_invitation_is_sent(
    notebook: Notebook,
) -> None:
    pid = new_person(notebook, "Jacques")
    add_detail(notebook, pid, text="Joue du violon", kind=DetailKind.HOBBY)
    due = signals.add_follow_up(
        notebook, pid, due_on=TODAY, kind="coffee_invitation", text="  after the holidays  "
    )
    later = signals.add_follow_up(notebook, pid, due_on=TODAY + 30 * DAY, kind="coffee_invitation")
    other = signals.add_follow_up(notebook, pid, due_on=TODAY, kind="newsletter_offer")
    assert for_person(notebook, pid, TODAY - DAY) == []
    found = {p.follow_up.id: p for p in for_person(notebook, pid, TODAY) if p.follow_up}
    assert set(found) == {due, other}
    assert found[due].kind == PromptKind.COFFEE_INVITATION
    assert found[due].suggested == SignalKind.COFFEE_INVITATION
    assert found[due].follow_up is not None and found[due].follow_up.text == "after the holidays"
    assert found[due].detail is not None and found[due].detail.text == "Joue du violon"

    send(notebook, pid, SignalKind.COFFEE_INVITATION, TODAY)
    done = {f.id: f.done_on for f in signals.person_follow_ups(notebook, pid)}
    assert done == {due: TODAY, later: None, other: None}
    assert [p.follow_up.id for p in for_person(notebook, pid, TODAY) if p.follow_up] == [other]


def test_follow_ups_are_listed_latest_first(notebook: Notebook) -> None:
    pid = new_person(notebook)
    first = signals.add_follow_up(notebook, pid, due_on=TODAY, kind="coffee")
    second = signals.add_follow_up(notebook, pid, due_on=TODAY + 9 * DAY, kind="coffee")
    assert [f.id for f in signals.person_follow_ups(notebook, pid)] == [second, first]


# --- Recording messages ----------------------------------------------------------------------


def test_history_is_newest_first_with_what_was_sent(notebook: Notebook) -> None:
    pid = new_person(notebook)
    detail = add_detail(notebook, pid, text="Marathon de Boston", kind=DetailKind.HOBBY)
    old = signals.record_signal(
        notebook,
        pid,
        kind=SignalKind.NEWSLETTER_OFFER,
        body="Infolettre ?",
        subject="Mon infolettre",
        sent_on=TODAY - 30 * DAY,
        template="builtin:newsletter_offer",
        channel="eml",
    )
    new = signals.record_signal(
        notebook,
        pid,
        kind=SignalKind.ASK_HOW_IT_WENT,
        body="Et ce marathon ?",
        sent_on=TODAY,
        detail_id=detail,
        channel="copy",
    )
    history = signals.person_signals(notebook, pid)
    assert [s.id for s in history] == [new, old]
    assert (history[0].kind, history[0].detail_text, history[0].channel) == (
        SignalKind.ASK_HOW_IT_WENT,
        "Marathon de Boston",
        "copy",
    )
    assert (history[1].subject, history[1].body, history[1].detail_text) == (
        "Mon infolettre",
        "Infolettre ?",
        "",
    )


def test_a_signal_about_a_detail_deleted_meanwhile_is_kept_without_it(notebook: Notebook) -> None:
    pid = new_person(notebook)
    signal_id = send(notebook, pid, SignalKind.OTHER, TODAY, detail_id=9999)
    with notebook.reader() as session:
        row = session.get(Signal, signal_id)
        assert row is not None and row.detail_id is None


@pytest.mark.parametrize("body", ["", "   \n "])
def test_an_empty_message_is_refused(notebook: Notebook, body: str) -> None:
    pid = new_person(notebook)
    with pytest.raises(ValidationError) as caught:
        signals.record_signal(notebook, pid, kind=SignalKind.OTHER, body=body, sent_on=TODAY)
    assert caught.value.field == "body"
    assert signals.person_signals(notebook, pid) == []


def test_unknown_channel_and_missing_rows_are_refused(notebook: Notebook) -> None:
    pid = new_person(notebook)
    with pytest.raises(ValueError, match="channel"):
        send(notebook, pid, SignalKind.OTHER, TODAY, channel="fax")
    with pytest.raises(LookupError):
        send(notebook, pid + 1, SignalKind.OTHER, TODAY)
    with pytest.raises(LookupError):
        signals.record_response(notebook, 12345, SignalResponse.DECLINED, on=TODAY)
    with pytest.raises(LookupError):
        signals.complete_follow_up(notebook, 12345, on=TODAY)
    assert signals.person_signals(notebook, pid) == []


def test_an_unknown_stored_kind_reads_as_other(notebook: Notebook) -> None:
    pid = new_person(notebook)
    with notebook.session() as session:
        session.add(Signal(person_id=pid, kind="carrier_pigeon", sent_on=TODAY, body="Roo"))
    assert [s.kind for s in signals.person_signals(notebook, pid)] == [SignalKind.OTHER]


# --- Delete and undo -------------------------------------------------------------------------


def test_deleting_a_person_takes_their_signals_and_undo_brings_them_back(
    notebook: Notebook,
) -> None:
    pid = new_person(notebook, "Sylvie", good_prospect=True)
    event = add_event(notebook, EventFields("Gala", TODAY - 60 * DAY))
    with notebook.session() as session:
        link_person(session, event, pid)
    detail = add_detail(notebook, pid, text="Fait de la voile", kind=DetailKind.HOBBY)
    signal_id = send(
        notebook, pid, SignalKind.COFFEE_INVITATION, TODAY - 30 * DAY, detail_id=detail
    )
    follow_up_id = signals.record_response(
        notebook,
        signal_id,
        SignalResponse.INTERESTED,
        on=TODAY - 29 * DAY,
        coffee_on=TODAY + 5 * DAY,
    )
    snooze_until = TODAY + 2 * DAY
    signals.snooze(notebook, f"message:{pid}", pid, snooze_until)
    history = signals.person_signals(notebook, pid)
    follow_ups = signals.person_follow_ups(notebook, pid)
    assert messages_for(notebook, pid, TODAY) == []  # snoozed
    assert len(messages_for(notebook, pid, snooze_until)) == 1

    deleted = delete_person(notebook, pid)
    assert signals.person_signals(notebook, pid) == []
    assert signals.person_follow_ups(notebook, pid) == []
    assert for_person(notebook, pid, TODAY + 5 * DAY) == []
    with notebook.reader() as session:
        assert session.exec(select(PromptSnooze)).all() == []
        assert session.exec(select(FollowUp)).all() == []

    restore_person(notebook, deleted)
    assert signals.person_signals(notebook, pid) == history
    assert signals.person_follow_ups(notebook, pid) == follow_ups
    assert history[0].detail_text == "Fait de la voile"
    assert messages_for(notebook, pid, TODAY) == []  # still snoozed
    assert [p.kind for p in messages_for(notebook, pid, snooze_until)] == [
        PromptKind.NEWSLETTER_OFFER
    ]
    coffee = [p for p in for_person(notebook, pid, TODAY + 5 * DAY) if p.follow_up]
    assert [p.follow_up.id for p in coffee if p.follow_up] == [follow_up_id]


# --- Settings --------------------------------------------------------------------------------


def test_settings_defaults(notebook: Notebook) -> None:
    assert settings.get_int(notebook, settings.QUIET_PERIOD_DAYS) == DEFAULT_QUIET_DAYS == 182
    assert settings.get_text(notebook, settings.SENDER_NAME) == ""


@pytest.mark.parametrize("value", [7, 30, 3650])
def test_quiet_period_within_bounds_is_kept(notebook: Notebook, value: int) -> None:
    settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, value)
    assert settings.get_int(notebook, settings.QUIET_PERIOD_DAYS) == value


@pytest.mark.parametrize("value", [-1, 0, 6, 3651])
def test_quiet_period_out_of_bounds_is_refused(notebook: Notebook, value: int) -> None:
    settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, 30)
    with pytest.raises(ValidationError) as caught:
        settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, value)
    assert caught.value.field == settings.QUIET_PERIOD_DAYS.key
    assert "7" in caught.value.message and "3650" in caught.value.message
    assert settings.get_int(notebook, settings.QUIET_PERIOD_DAYS) == 30


@pytest.mark.parametrize(("stored", "read"), [("abc", 182), ("2", 7), ("99999", 3650)])
def test_a_bad_stored_value_reads_as_something_sensible(
    notebook: Notebook, stored: str, read: int
) -> None:
    with notebook.session() as session:
        session.add(Setting(key=settings.QUIET_PERIOD_DAYS.key, value=stored))
    assert settings.get_int(notebook, settings.QUIET_PERIOD_DAYS) == read


def test_sender_name_is_trimmed_and_limited(notebook: Notebook) -> None:
    settings.set_text(notebook, settings.SENDER_NAME, "  Marie Roy, Pl. Fin.  ")
    assert settings.get_text(notebook, settings.SENDER_NAME) == "Marie Roy, Pl. Fin."
    with pytest.raises(ValidationError) as caught:
        settings.set_text(notebook, settings.SENDER_NAME, "x" * 201)
    assert caught.value.field == settings.SENDER_NAME.key
    assert settings.get_text(notebook, settings.SENDER_NAME) == "Marie Roy, Pl. Fin."
    settings.set_text(notebook, settings.SENDER_NAME, "x" * 200)
    assert settings.get_text(notebook, settings.SENDER_NAME) == "x" * 200


@pytest.mark.sqlite_only
def test_settings_travel_with_the_notebook(notebook: Notebook) -> None:
    settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, 90)
    settings.set_int(notebook, settings.QUIET_PERIOD_DAYS, 60)  # overwrites, no second row
    settings.set_text(notebook, settings.SENDER_NAME, "Marie")
    path = notebook.path
    notebook.close()
    reopened = Notebook.open(path)
    try:
        assert settings.get_int(reopened, settings.QUIET_PERIOD_DAYS) == 60
        assert settings.get_text(reopened, settings.SENDER_NAME) == "Marie"
        with reopened.reader() as session:
            assert len(session.exec(select(Setting)).all()) == 2
    finally:
        reopened.close()


# --- The user's own templates ----------------------------------------------------------------


def test_templates_add_list_update_delete(notebook: Notebook) -> None:
    assert list_templates(notebook) == []
    coffee = add_template(
        notebook,
        name="  Café après les Fêtes ",
        kind=SignalKind.COFFEE_INVITATION,
        language=Language.FRENCH,
        source="Bonjour {{ first_name }},",
    )
    thanks = add_template(
        notebook, name="Auld lang syne", kind="other", language="en", source="Hi!"
    )
    listed = list_templates(notebook)
    assert [t.id for t in listed] == [thanks, coffee]  # by name
    assert listed[1].name == "Café après les Fêtes"
    assert (listed[1].kind, listed[1].language) == (SignalKind.COFFEE_INVITATION, Language.FRENCH)
    assert listed[1].reference == f"user:{coffee}"
    assert (listed[0].kind, listed[0].language) == (SignalKind.OTHER, Language.ENGLISH)

    previous = update_template(notebook, coffee, {"name": "Zut", "source": "Salut"})
    assert previous == {"name": "Café après les Fêtes", "source": "Bonjour {{ first_name }},"}
    assert [(t.name, t.source) for t in list_templates(notebook)][1] == ("Zut", "Salut")

    saved = delete_template(notebook, thanks)
    assert [t.id for t in list_templates(notebook)] == [coffee]
    restore_rows(notebook, saved)
    assert [t.id for t in list_templates(notebook)] == [thanks, coffee]


@pytest.mark.parametrize("name", ["", "   "])
def test_a_template_needs_a_name(notebook: Notebook, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_template(
            notebook, name=name, kind=SignalKind.OTHER, language=Language.FRENCH, source=""
        )
    assert caught.value.field == "name"
    assert list_templates(notebook) == []
    kept = add_template(
        notebook, name="Kept", kind=SignalKind.OTHER, language=Language.FRENCH, source="x"
    )
    with pytest.raises(ValidationError):
        update_template(notebook, kept, {"name": name})
    assert [t.name for t in list_templates(notebook)] == ["Kept"]


def test_template_source_size_kind_and_language_are_checked(notebook: Notebook) -> None:
    values = {"name": "T", "kind": SignalKind.OTHER, "language": Language.FRENCH}
    add_template(notebook, **values, source="x" * MAX_SOURCE_CHARS)
    with pytest.raises(ValidationError) as caught:
        add_template(notebook, **values, source="x" * (MAX_SOURCE_CHARS + 1))
    assert caught.value.field == "source"
    with pytest.raises(ValueError):
        add_template(notebook, **{**values, "kind": "telegram"}, source="x")
    with pytest.raises(ValueError):
        add_template(notebook, **{**values, "language": "de"}, source="x")
    assert len(list_templates(notebook)) == 1


def test_updating_or_deleting_a_missing_template(notebook: Notebook) -> None:
    with pytest.raises(LookupError):
        update_template(notebook, 99, {"name": "X"})
    with pytest.raises(LookupError):
        delete_template(notebook, 99)
