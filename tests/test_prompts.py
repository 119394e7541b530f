"""The pure prompt rules (relnotebook/core/outreach/rules.py) over hand-built facts: no notebook,
no Qt.

Each rule is tested at the edges of its window, then the rules together: quiet periods, one
message prompt per person, follow-ups, "Not now", ordering. Property tests check the windows for
any dates, down to date.min and up to date.max.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from relnotebook.core.models import DetailKind, SignalKind, SignalResponse, Stage
from relnotebook.core.outreach import rules as prompts
from relnotebook.core.outreach.rules import (
    ASK_WINDOW_DAYS,
    COFFEE_WINDOW_DAYS,
    DEFAULT_QUIET_DAYS,
    GAP_AFTER_SIGNAL_DAYS,
    NEXT_DAY_WINDOW_DAYS,
    DetailFact,
    FollowUpFact,
    Meeting,
    PersonFacts,
    Prompt,
    PromptKind,
    SignalFact,
    prompts_for,
    prompts_for_person,
)
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
MET_ON = dt.date(2026, 11, 20)
COCKTAIL = Meeting(7, "Cocktail de la Chambre de commerce", MET_ON)
LONG_AGO = Meeting(3, "Golf", dt.date(2025, 7, 10))
CROATIA = DetailFact(
    11, DetailKind.TRIP, "Cycling trip across Croatia", mentioned_on=MET_ON
)  # no dates of its own: never an "ask how it went"
BUSY_UNTIL = dt.date(2026, 12, 15)
BUSY = DetailFact(12, DetailKind.BUSY, "Very busy until mid-December", MET_ON, None, BUSY_UNTIL)
WORK = DetailFact(13, DetailKind.WORK, "Thinking about succession", MET_ON)


def person(**values: object) -> PersonFacts:
    defaults: dict[str, object] = {
        "id": 1,
        "name": "Robert Tremblay",
        "language": "fr",
        "stage": Stage.ACQUAINTANCE,
        "email": "robert@example.com",
    }
    return PersonFacts(**{**defaults, **values})  # type: ignore[arg-type]


def sent(
    kind: SignalKind,
    on: dt.date,
    response: SignalResponse = SignalResponse.PENDING,
    detail_id: int | None = None,
) -> SignalFact:
    return SignalFact(kind, on, response, detail_id)


def kinds(found: list[Prompt]) -> list[PromptKind]:
    return [p.kind for p in found]


def only(found: list[Prompt]) -> Prompt:
    assert len(found) == 1, found
    return found[0]


# --- Next-day note ---------------------------------------------------------------------------


@pytest.mark.parametrize("days_after", [1, 2, NEXT_DAY_WINDOW_DAYS])
def test_next_day_note_within_three_days_of_the_event(days_after: int) -> None:
    prompt = only(prompts_for_person(person(meetings=(COCKTAIL,)), MET_ON + days_after * DAY))
    assert prompt.kind == PromptKind.NEXT_DAY_NOTE
    assert prompt.meeting == COCKTAIL
    assert prompt.since == MET_ON + DAY
    assert prompt.suggested == SignalKind.NEXT_DAY_NOTE  # nothing to mention: a thank-you
    assert (prompt.person_id, prompt.person_name, prompt.email) == (
        1,
        "Robert Tremblay",
        "robert@example.com",
    )


@pytest.mark.parametrize("days_after", [-1, 0, NEXT_DAY_WINDOW_DAYS + 1, 30])
def test_no_next_day_note_on_the_day_itself_nor_after_three_days(days_after: int) -> None:
    assert prompts_for_person(person(meetings=(COCKTAIL,)), MET_ON + days_after * DAY) == []


def test_next_day_note_is_about_the_latest_event_in_the_window() -> None:
    earlier = Meeting(8, "Lunch", MET_ON - DAY)
    prompt = only(prompts_for_person(person(meetings=(earlier, COCKTAIL, LONG_AGO)), TODAY))
    assert prompt.meeting == COCKTAIL
    assert prompt.since == MET_ON + DAY


@pytest.mark.parametrize("sent_on", [MET_ON, MET_ON + DAY])
@pytest.mark.parametrize("kind", list(SignalKind))
def test_no_next_day_note_once_anything_was_sent_since_the_meeting(
    monkeypatch: pytest.MonkeyPatch, sent_on: dt.date, kind: SignalKind
) -> None:
    facts = person(meetings=(COCKTAIL,), signals=(sent(kind, sent_on),))
    # The week's gap after a signal would hide it anyway: take it away to test this rule alone.
    monkeypatch.setattr(prompts, "GAP_AFTER_SIGNAL_DAYS", 0)
    assert prompts_for_person(facts, TODAY) == []
    monkeypatch.undo()
    assert prompts_for_person(facts, TODAY) == []


def test_a_message_sent_before_the_meeting_does_not_block_the_next_day_note() -> None:
    facts = person(
        meetings=(COCKTAIL,),
        signals=(sent(SignalKind.NEXT_DAY_NOTE, MET_ON - 30 * DAY, SignalResponse.INTERESTED),),
    )
    assert kinds(prompts_for_person(facts, TODAY)) == [PromptKind.NEXT_DAY_NOTE]


def test_next_day_suggests_the_newsletter_to_a_good_prospect_never_asked() -> None:
    facts = person(meetings=(COCKTAIL,), details=(CROATIA, BUSY), good_prospect=True)
    prompt = only(prompts_for_person(facts, TODAY))
    assert prompt.kind == PromptKind.NEXT_DAY_NOTE
    assert prompt.suggested == SignalKind.NEWSLETTER_OFFER
    assert prompt.good_prospect is True


def test_next_day_suggests_coffee_when_the_newsletter_was_already_offered() -> None:
    facts = person(
        meetings=(COCKTAIL,),
        details=(CROATIA,),
        good_prospect=True,
        signals=(sent(SignalKind.NEWSLETTER_OFFER, MET_ON - 60 * DAY, SignalResponse.DECLINED),),
    )
    assert only(prompts_for_person(facts, TODAY)).suggested == SignalKind.COFFEE_INVITATION


def test_next_day_suggests_coffee_about_a_detail_with_the_busy_period() -> None:
    facts = person(meetings=(COCKTAIL,), details=(CROATIA, BUSY, WORK))
    prompt = only(prompts_for_person(facts, TODAY))
    assert prompt.suggested == SignalKind.COFFEE_INVITATION
    assert prompt.detail == CROATIA
    assert prompt.busy_until == BUSY_UNTIL


def test_next_day_mentions_the_most_recently_heard_detail() -> None:
    older = DetailFact(20, DetailKind.HOBBY, "Plays hockey", mentioned_on=MET_ON - 400 * DAY)
    facts = person(meetings=(COCKTAIL,), details=(CROATIA, older))
    assert only(prompts_for_person(facts, TODAY)).detail == CROATIA


def test_next_day_leaves_out_a_busy_period_already_over() -> None:
    over = DetailFact(12, DetailKind.BUSY, "Busy until last week", MET_ON, None, TODAY - 7 * DAY)
    facts = person(meetings=(COCKTAIL,), details=(CROATIA, over))
    assert only(prompts_for_person(facts, TODAY)).busy_until is None


@pytest.mark.parametrize("details", [(), (BUSY,), (WORK,), (BUSY, WORK)])
def test_next_day_is_a_thank_you_without_a_mentionable_detail(
    details: tuple[DetailFact, ...],
) -> None:
    prompt = only(prompts_for_person(person(meetings=(COCKTAIL,), details=details), TODAY))
    assert prompt.suggested == SignalKind.NEXT_DAY_NOTE
    assert prompt.detail is None


def test_next_day_is_a_thank_you_when_a_coffee_was_ever_declined() -> None:
    declined = sent(SignalKind.COFFEE_INVITATION, MET_ON - 300 * DAY, SignalResponse.DECLINED)
    facts = person(meetings=(COCKTAIL,), details=(CROATIA,), signals=(declined,))
    assert only(prompts_for_person(facts, TODAY)).suggested == SignalKind.NEXT_DAY_NOTE


# --- Coffee invitation after the busy period -------------------------------------------------


def coffee_person(**values: object) -> PersonFacts:
    return person(**{"meetings": (LONG_AGO,), "details": (CROATIA, BUSY), **values})


@pytest.mark.parametrize("days_after", [1, 2, 45, COFFEE_WINDOW_DAYS])
def test_coffee_invitation_from_the_day_after_busy_until_for_90_days(days_after: int) -> None:
    prompt = only(prompts_for_person(coffee_person(), BUSY_UNTIL + days_after * DAY))
    assert prompt.kind == PromptKind.COFFEE_INVITATION
    assert prompt.suggested == SignalKind.COFFEE_INVITATION
    assert prompt.since == BUSY_UNTIL + DAY
    assert prompt.busy_until == BUSY_UNTIL
    assert prompt.detail == CROATIA
    assert prompt.meeting == LONG_AGO


@pytest.mark.parametrize("days_after", [-30, -1, 0, COFFEE_WINDOW_DAYS + 1, 365])
def test_no_coffee_invitation_outside_its_window(days_after: int) -> None:
    assert prompts_for_person(coffee_person(), BUSY_UNTIL + days_after * DAY) == []


@pytest.mark.parametrize("details", [(BUSY,), (BUSY, WORK)])
def test_no_coffee_invitation_without_a_mentionable_detail(
    details: tuple[DetailFact, ...],
) -> None:
    assert prompts_for_person(coffee_person(details=details), BUSY_UNTIL + DAY) == []


def test_no_coffee_invitation_without_a_busy_end_date() -> None:
    open_ended = DetailFact(12, DetailKind.BUSY, "Busy these days", MET_ON)
    assert prompts_for_person(coffee_person(details=(CROATIA, open_ended)), TODAY + DAY) == []


def test_no_coffee_invitation_if_one_was_sent_since_the_busy_period_was_mentioned() -> None:
    since = sent(SignalKind.COFFEE_INVITATION, MET_ON + DAY, SignalResponse.NO_REPLY)
    # Past the quiet period too, so only the coffee rule can hide it.
    later = BUSY_UNTIL + DAY
    assert prompts_for_person(coffee_person(signals=(since,)), later, quiet_days=7) == []


def test_a_coffee_invitation_sent_before_the_busy_period_was_mentioned_does_not_count() -> None:
    before = sent(SignalKind.COFFEE_INVITATION, MET_ON - 200 * DAY, SignalResponse.INTERESTED)
    prompt = only(prompts_for_person(coffee_person(signals=(before,)), BUSY_UNTIL + DAY))
    assert prompt.kind == PromptKind.COFFEE_INVITATION


def test_never_a_coffee_invitation_after_one_was_declined() -> None:
    declined = sent(SignalKind.COFFEE_INVITATION, MET_ON - 500 * DAY, SignalResponse.DECLINED)
    assert prompts_for_person(coffee_person(signals=(declined,)), BUSY_UNTIL + DAY) == []


def test_the_latest_busy_period_decides() -> None:
    old = DetailFact(30, DetailKind.BUSY, "Busy until June", MET_ON - 200 * DAY, None, TODAY)
    facts = coffee_person(details=(CROATIA, old, BUSY))
    assert prompts_for_person(facts, TODAY + DAY) == []  # the old one ended; the new one has not
    assert only(prompts_for_person(facts, BUSY_UNTIL + DAY)).busy_until == BUSY_UNTIL


# --- Ask how it went -------------------------------------------------------------------------

TRIP_END = dt.date(2026, 10, 18)
PORTUGAL = DetailFact(
    40, DetailKind.TRIP, "Portugal in October", dt.date(2026, 9, 1), dt.date(2026, 10, 4), TRIP_END
)


@pytest.mark.parametrize("days_after", [1, 20, ASK_WINDOW_DAYS])
def test_ask_how_it_went_after_the_end_date_for_45_days(days_after: int) -> None:
    prompt = only(prompts_for_person(person(details=(PORTUGAL,)), TRIP_END + days_after * DAY))
    assert prompt.kind == PromptKind.ASK_HOW_IT_WENT
    assert prompt.suggested == SignalKind.ASK_HOW_IT_WENT
    assert prompt.detail == PORTUGAL
    assert prompt.since == TRIP_END + DAY


@pytest.mark.parametrize("days_after", [-10, 0, ASK_WINDOW_DAYS + 1])
def test_no_ask_outside_its_window(days_after: int) -> None:
    assert prompts_for_person(person(details=(PORTUGAL,)), TRIP_END + days_after * DAY) == []


def test_ask_uses_the_start_date_when_there_is_no_end_date() -> None:
    born = dt.date(2026, 11, 3)
    expected_on = dt.date(2026, 10, 1)  # told before the birth
    grandchild = DetailFact(41, DetailKind.FAMILY, "First grandchild", expected_on, born, None)
    facts = person(details=(grandchild,))
    assert prompts_for_person(facts, born) == []
    assert only(prompts_for_person(facts, born + DAY)).since == born + DAY


def test_nothing_to_ask_about_what_they_told_after_it_happened() -> None:
    """Told on 20 Nov about a trip that ended in September: asking "how was it?" is a second
    message to someone who already said."""
    told_after = DetailFact(43, DetailKind.TRIP, "Croatia", MET_ON, None, dt.date(2026, 9, 18))
    assert prompts_for_person(person(details=(told_after,)), MET_ON + DAY) == []


def test_ask_once_per_detail() -> None:
    other = DetailFact(42, DetailKind.HOBBY, "Marathon", dt.date(2026, 9, 1), None, TRIP_END - DAY)
    asked = sent(SignalKind.ASK_HOW_IT_WENT, TRIP_END + DAY, detail_id=PORTUGAL.id)
    today = TRIP_END + 20 * DAY
    assert prompts_for_person(person(details=(PORTUGAL,), signals=(asked,)), today) == []
    prompt = only(prompts_for_person(person(details=(PORTUGAL, other), signals=(asked,)), today))
    assert prompt.detail == other


def test_ask_about_the_detail_that_ended_last() -> None:
    earlier = DetailFact(43, DetailKind.HOBBY, "Marathon", MET_ON, None, TRIP_END - 5 * DAY)
    facts = person(details=(earlier, PORTUGAL))
    assert only(prompts_for_person(facts, TRIP_END + DAY)).detail == PORTUGAL


@pytest.mark.parametrize("kind", [DetailKind.BUSY, DetailKind.WORK])
def test_never_ask_how_a_busy_period_or_work_went(kind: DetailKind) -> None:
    detail = DetailFact(44, kind, "Year-end", MET_ON, dt.date(2026, 10, 1), TRIP_END)
    assert prompts_for_person(person(details=(detail,)), TRIP_END + DAY) == []


# --- Newsletter offer ------------------------------------------------------------------------


def test_newsletter_offer_for_a_good_prospect_never_offered() -> None:
    prompt = only(prompts_for_person(person(good_prospect=True, meetings=(LONG_AGO,)), TODAY))
    assert prompt.kind == PromptKind.NEWSLETTER_OFFER
    assert prompt.suggested == SignalKind.NEWSLETTER_OFFER
    assert prompt.since == LONG_AGO.date
    assert prompt.meeting == LONG_AGO


def test_newsletter_offer_without_a_meeting_is_due_today() -> None:
    assert only(prompts_for_person(person(good_prospect=True), TODAY)).since == TODAY


@pytest.mark.parametrize("good_prospect", [None, False])
def test_no_newsletter_offer_unless_a_good_prospect(good_prospect: bool | None) -> None:
    assert prompts_for_person(person(good_prospect=good_prospect), TODAY) == []


@pytest.mark.parametrize("response", list(SignalResponse))
def test_newsletter_offered_only_once(response: SignalResponse) -> None:
    offered = sent(SignalKind.NEWSLETTER_OFFER, TODAY - 400 * DAY, response)
    assert prompts_for_person(person(good_prospect=True, signals=(offered,)), TODAY) == []


# --- No chasing: the quiet period and the week's gap -----------------------------------------


def asked_person(*signals: SignalFact) -> PersonFacts:
    """Someone with a trip to ask about from TRIP_END + 1 for 45 days."""
    return person(details=(PORTUGAL,), signals=signals)


@pytest.mark.parametrize(
    ("days_since", "shown"),
    [(7, False), (30, False), (DEFAULT_QUIET_DAYS - 1, False), (DEFAULT_QUIET_DAYS, True)],
)
def test_quiet_period_after_no_reply(days_since: int, shown: bool) -> None:
    today = TRIP_END + 10 * DAY
    left = sent(SignalKind.NEWSLETTER_OFFER, today - days_since * DAY, SignalResponse.NO_REPLY)
    assert kinds(prompts_for_person(asked_person(left), today)) == (
        [PromptKind.ASK_HOW_IT_WENT] if shown else []
    )


@pytest.mark.parametrize(("days_since", "shown"), [(29, False), (30, True)])
def test_quiet_days_argument_is_honoured(days_since: int, shown: bool) -> None:
    today = TRIP_END + 10 * DAY
    left = sent(SignalKind.NEWSLETTER_OFFER, today - days_since * DAY, SignalResponse.NO_REPLY)
    found = prompts_for_person(asked_person(left), today, quiet_days=30)
    assert bool(found) is shown
    assert bool(prompts_for([asked_person(left)], today, quiet_days=30)) is shown


@pytest.mark.parametrize(
    "response", [SignalResponse.PENDING, SignalResponse.INTERESTED, SignalResponse.DECLINED]
)
@pytest.mark.parametrize(
    ("days_since", "shown"),
    [(0, False), (GAP_AFTER_SIGNAL_DAYS - 1, False), (GAP_AFTER_SIGNAL_DAYS, True)],
)
def test_a_week_between_messages_whatever_the_answer(
    response: SignalResponse, days_since: int, shown: bool
) -> None:
    today = TRIP_END + 10 * DAY
    other = sent(SignalKind.NEWSLETTER_OFFER, today - days_since * DAY, response)
    assert bool(prompts_for_person(asked_person(other), today)) is shown


def test_follow_ups_show_even_in_the_quiet_period() -> None:
    today = TRIP_END + 10 * DAY
    left = sent(SignalKind.NEWSLETTER_OFFER, today - DAY, SignalResponse.NO_REPLY)
    coffee = FollowUpFact(5, today, "coffee", "Café Olimpico")
    found = prompts_for_person(
        person(details=(PORTUGAL,), signals=(left,), follow_ups=(coffee,)), today
    )
    assert kinds(found) == [PromptKind.FOLLOW_UP]


# --- One message prompt per person; follow-ups; "Not now" ------------------------------------

ENDED_YESTERDAY = DetailFact(50, DetailKind.TRIP, "Weekend in Québec", MET_ON, None, TODAY - DAY)


def everything_due() -> PersonFacts:
    """A next-day note, a coffee invitation, a question and a newsletter, all due today."""
    busy_over = DetailFact(12, DetailKind.BUSY, "Busy until last week", MET_ON, None, TODAY - DAY)
    return person(
        meetings=(COCKTAIL,), details=(CROATIA, ENDED_YESTERDAY, busy_over), good_prospect=True
    )


def test_one_message_prompt_per_person_the_most_timely() -> None:
    assert kinds(prompts_for_person(everything_due(), TODAY)) == [PromptKind.NEXT_DAY_NOTE]


def with_snoozed(facts: PersonFacts, snoozed: dict[str, dt.date]) -> PersonFacts:
    return PersonFacts(**{**vars(facts), "snoozed": snoozed})


def test_the_most_timely_rule_wins_in_order() -> None:
    """next-day > coffee > ask > newsletter: each one, once the earlier ones no longer apply."""
    facts = everything_due()
    assert only(prompts_for_person(facts, TODAY)).kind == PromptKind.NEXT_DAY_NOTE
    # The next-day window over (met 4 days ago): the coffee invitation comes up.
    later = PersonFacts(**{**vars(facts), "meetings": (Meeting(7, "C", TODAY - 4 * DAY),)})
    assert only(prompts_for_person(later, TODAY)).kind == PromptKind.COFFEE_INVITATION
    # No busy period: the question about the weekend.
    details = (CROATIA, ENDED_YESTERDAY)
    no_busy = PersonFacts(**{**vars(later), "details": details})
    prompt = only(prompts_for_person(no_busy, TODAY))
    assert (prompt.kind, prompt.detail) == (PromptKind.ASK_HOW_IT_WENT, ENDED_YESTERDAY)
    # Nothing to ask about: the newsletter.
    nothing_dated = PersonFacts(**{**vars(no_busy), "details": (CROATIA,)})
    assert only(prompts_for_person(nothing_dated, TODAY)).kind == PromptKind.NEWSLETTER_OFFER


def test_not_now_hides_every_message_to_that_person_until_the_day() -> None:
    """ "Not now" means not now for them: the next kind does not take the snoozed one's place."""
    follow_up = FollowUpFact(3, TODAY, "coffee")
    facts = PersonFacts(**{**vars(everything_due()), "follow_ups": (follow_up,)})
    top = [p for p in prompts_for_person(facts, TODAY) if p.follow_up is None]
    assert only(top).key == "message:1"
    until = TODAY + 3 * DAY
    snoozed = with_snoozed(facts, {"message:1": until})
    assert kinds(prompts_for_person(snoozed, TODAY)) == [PromptKind.FOLLOW_UP]
    assert kinds(prompts_for_person(snoozed, until - DAY)) == [PromptKind.FOLLOW_UP]
    back = [p for p in prompts_for_person(snoozed, until) if p.follow_up is None]
    assert len(back) == 1


def test_follow_ups_show_beside_the_message_prompt() -> None:
    facts = PersonFacts(
        **{
            **vars(everything_due()),
            "follow_ups": (
                FollowUpFact(1, TODAY, "coffee", "Café at 10"),
                FollowUpFact(2, TODAY - 5 * DAY, "coffee"),
            ),
        }
    )
    found = prompts_for_person(facts, TODAY)
    assert sorted(kinds(found)) == sorted(
        [PromptKind.FOLLOW_UP, PromptKind.FOLLOW_UP, PromptKind.NEXT_DAY_NOTE]
    )


@pytest.mark.parametrize(("due_in", "shown"), [(-30, True), (-1, True), (0, True), (1, False)])
def test_follow_up_due_today_or_past_shown_future_not(due_in: int, shown: bool) -> None:
    follow_up = FollowUpFact(9, TODAY + due_in * DAY, "coffee", "Coffee with Robert")
    found = prompts_for_person(person(follow_ups=(follow_up,), meetings=(LONG_AGO,)), TODAY)
    if not shown:
        assert found == []
        return
    prompt = only(found)
    assert prompt.kind == PromptKind.FOLLOW_UP
    assert prompt.follow_up == follow_up
    assert prompt.suggested is None  # a coffee already agreed: nothing to draft
    assert prompt.since == follow_up.due_on
    assert prompt.meeting == LONG_AGO
    assert prompt.key == prompt.id == "follow_up:1:9"


@pytest.mark.parametrize(
    ("kind", "prompt_kind", "suggested"),
    [
        ("coffee_invitation", PromptKind.COFFEE_INVITATION, SignalKind.COFFEE_INVITATION),
        ("newsletter_offer", PromptKind.NEWSLETTER_OFFER, SignalKind.NEWSLETTER_OFFER),
        ("other", PromptKind.FOLLOW_UP, SignalKind.OTHER),
        ("coffee", PromptKind.FOLLOW_UP, None),
        ("call them", PromptKind.FOLLOW_UP, None),
    ],
)
def test_a_follow_up_leads_to_the_message_it_names(
    kind: str, prompt_kind: PromptKind, suggested: SignalKind | None
) -> None:
    follow_up = FollowUpFact(9, TODAY, kind)
    prompt = only(prompts_for_person(person(follow_ups=(follow_up,)), TODAY))
    assert (prompt.kind, prompt.suggested, prompt.follow_up) == (prompt_kind, suggested, follow_up)
    assert prompt.key == "follow_up:1:9"  # a follow-up is snoozed on its own


@pytest.mark.parametrize(("day", "shown"), [(-1, False), (0, True), (1, True)])
def test_snooze_hides_until_the_chosen_day(day: int, shown: bool) -> None:
    until = TRIP_END + 10 * DAY
    key = "message:1"
    facts = person(details=(PORTUGAL,), snoozed={key: until})
    found = prompts_for_person(facts, until + day * DAY)
    assert [p.key for p in found] == ([key] if shown else [])


def test_snooze_hides_a_follow_up() -> None:
    follow_up = FollowUpFact(9, TODAY - DAY, "coffee")
    facts = person(follow_ups=(follow_up,), snoozed={"follow_up:1:9": TODAY + DAY})
    assert prompts_for_person(facts, TODAY) == []
    assert kinds(prompts_for_person(facts, TODAY + DAY)) == [PromptKind.FOLLOW_UP]


def test_snooze_of_another_person_or_a_follow_up_does_not_hide_the_message() -> None:
    facts = person(
        details=(PORTUGAL,),
        snoozed={
            "message:2": TODAY + 30 * DAY,
            "message:11": TODAY + 30 * DAY,
            "follow_up:1:40": TODAY + 30 * DAY,
            "message:1": TRIP_END + DAY,  # until today: shown again today
        },
    )
    assert kinds(prompts_for_person(facts, TRIP_END + DAY)) == [PromptKind.ASK_HOW_IT_WENT]


def test_prompt_key_and_id() -> None:
    prompt = only(prompts_for_person(person(meetings=(COCKTAIL,), details=(CROATIA,)), TODAY))
    assert prompt.key == prompt.id == "message:1"
    other = only(prompts_for_person(person(id=42, details=(PORTUGAL,)), TRIP_END + DAY))
    assert other.key == "message:42"


# --- Stages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("stage", [Stage.CLIENT, Stage.FORMER_CLIENT])
def test_clients_get_no_next_day_note_nor_coffee_invitation(stage: Stage) -> None:
    facts = person(stage=stage, meetings=(COCKTAIL,), details=(CROATIA, BUSY))
    assert prompts_for_person(facts, TODAY) == []
    assert prompts_for_person(facts, BUSY_UNTIL + DAY) == []


@pytest.mark.parametrize("stage", [Stage.ACQUAINTANCE, Stage.PROSPECT])
def test_acquaintances_and_prospects_are_courted(stage: Stage) -> None:
    facts = person(stage=stage, meetings=(COCKTAIL,), details=(CROATIA, BUSY))
    assert kinds(prompts_for_person(facts, TODAY)) == [PromptKind.NEXT_DAY_NOTE]
    assert kinds(prompts_for_person(facts, BUSY_UNTIL + DAY)) == [PromptKind.COFFEE_INVITATION]


# --- Ordering across people ------------------------------------------------------------------


def test_follow_ups_first_then_by_kind_then_the_longest_waiting() -> None:
    ann = person(id=2, name="ann", meetings=(COCKTAIL,))  # next-day, since MET_ON + 1
    bob = person(id=3, name="Bob", good_prospect=True, meetings=(LONG_AGO,))  # since LONG_AGO
    cleo = person(id=4, name="Cleo", follow_ups=(FollowUpFact(8, TODAY, "coffee_invitation"),))
    dan = person(id=5, name="Dan", meetings=(COCKTAIL,))  # same kind and day as ann: by name
    eve = person(id=6, name="Eve", meetings=(Meeting(9, "Lunch", TODAY - DAY),))  # since today
    found = prompts_for([eve, dan, ann, bob, cleo], TODAY)
    assert [(p.person_name, p.kind) for p in found] == [
        ("Cleo", PromptKind.COFFEE_INVITATION),  # a follow-up, whatever its kind
        ("ann", PromptKind.NEXT_DAY_NOTE),
        ("Dan", PromptKind.NEXT_DAY_NOTE),
        ("Eve", PromptKind.NEXT_DAY_NOTE),
        ("Bob", PromptKind.NEWSLETTER_OFFER),  # waited longest, but a newsletter offer keeps
    ]


def test_kinds_that_expire_soonest_come_first() -> None:
    day = dt.date(2026, 6, 1)
    newsletter = person(id=2, name="A", good_prospect=True, meetings=(LONG_AGO,))
    trip = DetailFact(5, DetailKind.TRIP, "Trip", None, None, day - 40 * DAY)
    ask = person(id=3, name="B", details=(trip,))
    busy = DetailFact(6, DetailKind.BUSY, "Busy", None, None, day - 20 * DAY)
    coffee = person(id=4, name="C", details=(CROATIA, busy))
    next_day = person(id=5, name="D", meetings=(Meeting(1, "E", day - DAY),))
    later_trip = DetailFact(7, DetailKind.TRIP, "Trip", None, None, day - 2 * DAY)
    ask_later = person(id=6, name="0 first by name, not by since", details=(later_trip,))
    found = prompts_for([newsletter, ask_later, ask, coffee, next_day], day)
    assert [(p.person_name, p.kind) for p in found] == [
        ("D", PromptKind.NEXT_DAY_NOTE),
        ("C", PromptKind.COFFEE_INVITATION),
        ("B", PromptKind.ASK_HOW_IT_WENT),
        ("0 first by name, not by since", PromptKind.ASK_HOW_IT_WENT),
        ("A", PromptKind.NEWSLETTER_OFFER),
    ]


def test_older_follow_ups_come_first() -> None:
    older = person(id=2, name="Zoé", follow_ups=(FollowUpFact(1, TODAY - 9 * DAY, "coffee"),))
    newer = person(id=3, name="Anne", follow_ups=(FollowUpFact(2, TODAY, "coffee"),))
    assert [p.person_name for p in prompts_for([newer, older], TODAY)] == ["Zoé", "Anne"]


def test_nobody_no_prompts() -> None:
    assert prompts_for([], TODAY) == []


# --- Properties over any dates ---------------------------------------------------------------

ANY_DATE = st.dates()


@st.composite
def date_pairs(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """(anchor, today): near each other most of the time, anywhere otherwise."""
    anchor = draw(ANY_DATE)
    if draw(st.booleans()):
        return anchor, draw(ANY_DATE)
    offset = draw(st.integers(-200, 200))
    try:
        return anchor, anchor + offset * DAY
    except OverflowError:
        return anchor, anchor


EDGES = [
    (dt.date.min, dt.date.min),
    (dt.date.min, dt.date.max),
    (dt.date.max, dt.date.min),
    (dt.date.max, dt.date.max),
    (dt.date.max - DAY, dt.date.max),
    (dt.date.min, dt.date.min + DAY),
]


def with_edges(**others: object):  # type: ignore[no-untyped-def]
    """Explicit examples at date.min and date.max, where date arithmetic overflows."""

    def decorate(test):  # type: ignore[no-untyped-def]
        for anchor, today in EDGES:
            test = example(pair=(anchor, today), **others)(test)
        return test

    return decorate


@with_edges()
@given(pair=date_pairs())
def test_next_day_note_iff_met_one_to_three_days_ago(pair: tuple[dt.date, dt.date]) -> None:
    event_day, today = pair
    facts = person(meetings=(Meeting(1, "Event", event_day),))
    found = prompts_for_person(facts, today)
    expected = 1 <= (today - event_day).days <= NEXT_DAY_WINDOW_DAYS
    assert (PromptKind.NEXT_DAY_NOTE in kinds(found)) is expected
    assert len(found) == int(expected)


@with_edges()
@given(pair=date_pairs())
def test_coffee_invitation_iff_one_to_90_days_after_busy_until(
    pair: tuple[dt.date, dt.date],
) -> None:
    busy_until, today = pair
    busy = DetailFact(2, DetailKind.BUSY, "Busy", None, None, busy_until)
    facts = person(details=(CROATIA, busy))
    found = prompts_for_person(facts, today)
    expected = 1 <= (today - busy_until).days <= COFFEE_WINDOW_DAYS
    assert kinds(found) == ([PromptKind.COFFEE_INVITATION] if expected else [])


@with_edges(use_start=True)
@with_edges(use_start=False)
@given(pair=date_pairs(), use_start=st.booleans())
def test_ask_how_it_went_iff_one_to_45_days_after(
    pair: tuple[dt.date, dt.date], use_start: bool
) -> None:
    last_day, today = pair
    detail = (
        DetailFact(3, DetailKind.HOBBY, "Race", None, last_day, None)
        if use_start
        else DetailFact(3, DetailKind.HOBBY, "Race", None, None, last_day)
    )
    found = prompts_for_person(person(details=(detail,)), today)
    expected = 1 <= (today - last_day).days <= ASK_WINDOW_DAYS
    assert kinds(found) == ([PromptKind.ASK_HOW_IT_WENT] if expected else [])


@with_edges(quiet_days=3650)
@with_edges(quiet_days=0)
@given(pair=date_pairs(), quiet_days=st.integers(0, 3650))
def test_quiet_iff_within_the_quiet_period_or_the_gap(
    pair: tuple[dt.date, dt.date], quiet_days: int
) -> None:
    sent_on, today = pair
    left = sent(SignalKind.OTHER, sent_on, SignalResponse.NO_REPLY)
    found = prompts_for_person(
        person(good_prospect=True, signals=(left,)), today, quiet_days=quiet_days
    )
    elapsed = (today - sent_on).days
    expected = elapsed >= max(quiet_days, GAP_AFTER_SIGNAL_DAYS)
    assert kinds(found) == ([PromptKind.NEWSLETTER_OFFER] if expected else [])


@with_edges()
@given(pair=date_pairs())
def test_snoozed_iff_before_the_chosen_day(pair: tuple[dt.date, dt.date]) -> None:
    until, today = pair
    facts = person(good_prospect=True, snoozed={"message:1": until})
    assert bool(prompts_for_person(facts, today)) is (today >= until)


SOME_DATE = st.one_of(ANY_DATE, st.dates(TODAY - 400 * DAY, TODAY + 400 * DAY))
OPTIONAL_DATE = st.one_of(st.none(), SOME_DATE)

details_strategy = st.builds(
    DetailFact,
    id=st.integers(1, 6),
    kind=st.sampled_from(DetailKind),
    text=st.just("detail"),
    mentioned_on=OPTIONAL_DATE,
    starts_on=OPTIONAL_DATE,
    ends_on=OPTIONAL_DATE,
)
people_strategy = st.builds(
    PersonFacts,
    id=st.integers(1, 5),
    name=st.sampled_from(["Ann", "bob", "Zoé"]),
    language=st.sampled_from(["fr", "en"]),
    stage=st.sampled_from(Stage),
    good_prospect=st.sampled_from([None, False, True]),
    meetings=st.lists(
        st.builds(Meeting, event_id=st.integers(1, 5), event_name=st.just("E"), date=SOME_DATE),
        max_size=3,
    ).map(tuple),
    details=st.lists(details_strategy, max_size=4).map(tuple),
    signals=st.lists(
        st.builds(
            SignalFact,
            kind=st.sampled_from(SignalKind),
            sent_on=SOME_DATE,
            response=st.sampled_from(SignalResponse),
            detail_id=st.one_of(st.none(), st.integers(1, 6)),
        ),
        max_size=3,
    ).map(tuple),
    follow_ups=st.lists(
        st.builds(
            FollowUpFact,
            id=st.integers(1, 50),
            due_on=SOME_DATE,
            kind=st.sampled_from(["coffee", *SignalKind]),
        ),
        max_size=2,
    ).map(tuple),
    snoozed=st.dictionaries(
        st.sampled_from(
            [f"message:{i}" for i in (1, 2)]
            + [f"follow_up:{i}:{f}" for i in (1, 2) for f in (1, 2)]
        ),
        SOME_DATE,
        max_size=3,
    ),
)


@example(
    people=[
        person(
            meetings=(Meeting(1, "E", dt.date.max),),
            details=(DetailFact(1, DetailKind.BUSY, "b", dt.date.max, dt.date.max, dt.date.max),),
            signals=(sent(SignalKind.OTHER, dt.date.max, SignalResponse.NO_REPLY),),
            follow_ups=(FollowUpFact(1, dt.date.max, "coffee"),),
        )
    ],
    today=dt.date.max,
    quiet_days=3650,
)
@example(
    people=[
        person(
            meetings=(Meeting(1, "E", dt.date.min),),
            details=(
                DetailFact(1, DetailKind.BUSY, "b", dt.date.min, dt.date.min, dt.date.min),
                DetailFact(2, DetailKind.TRIP, "t", dt.date.min, dt.date.min, dt.date.min),
            ),
            signals=(sent(SignalKind.OTHER, dt.date.min, SignalResponse.NO_REPLY),),
        )
    ],
    today=dt.date.min,
    quiet_days=3650,
)
@given(
    people=st.lists(people_strategy, max_size=4),
    today=SOME_DATE,
    quiet_days=st.integers(0, 3650),
)
def test_rules_never_raise_and_keep_their_promises(
    people: list[PersonFacts], today: dt.date, quiet_days: int
) -> None:
    found = prompts_for(people, today, quiet_days=quiet_days)
    # Follow-ups first, then by kind, then the longest waiting.
    order = [(p.follow_up is None, prompts.URGENCY.index(p.kind), p.since) for p in found]
    assert order == sorted(order)
    for facts in people:
        mine = prompts_for_person(facts, today, quiet_days=quiet_days)
        messages = [p for p in mine if p.follow_up is None]
        assert len(messages) <= 1
        for prompt in mine:
            assert prompt.person_id == facts.id
            until = facts.snoozed.get(prompt.key)
            assert until is None or until <= today
            if prompt.follow_up is not None:
                assert prompt.follow_up.due_on <= today
            elif prompt.kind != PromptKind.NEWSLETTER_OFFER:
                # (A newsletter offer's `since` is the last meeting, which may be upcoming.)
                assert prompt.since <= today
        if facts.stage not in prompts.COURTED:
            assert not {PromptKind.NEXT_DAY_NOTE, PromptKind.COFFEE_INVITATION} & {
                p.kind for p in messages
            }


def test_a_birthday_is_no_topic_for_a_coffee_invitation():
    from relnotebook.core.models import DetailKind
    from relnotebook.core.outreach.rules import MENTIONABLE

    assert DetailKind.BIRTHDAY not in MENTIONABLE
