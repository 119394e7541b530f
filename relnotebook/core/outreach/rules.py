"""Which low-pressure messages to suggest on a given day, and why (domain.md, section 1).

Pure rules over plain facts: no database, no Qt, no clock. `service.py` gathers the facts from the
store; the Today view and `relnotebook today` show the result.

The rules, for one person:
- *next-day note*: they were met at an event in the last 3 days (before today) and nothing was
  sent to them since. The message suggested is the newsletter offer for a good prospect never
  asked, else a coffee invitation about a personal detail if there is one, else a thank-you.
- *coffee invitation*: a personal detail worth mentioning (trip, hobby, family, other) and a
  busy period that has ended (the day after "busy until", for 90 days), or a follow-up date the
  user chose. Not if a coffee invitation was already sent since, nor if they ever declined one.
- *ask how it went*: a detail whose dates have passed (a trip in June, asked in July), for 45
  days after, once per detail; not when they told you about it after it was over.
- *newsletter offer*: an acquaintance or prospect flagged as a good prospect, never offered it.
- *follow-up*: a dated follow-up that has come (the coffee they accepted).
- *replied*: the mail log found their answer to a message (core.mail), for 14 days or until
  the user records how it went; no other message is suggested to them meanwhile.

No chasing: after a message left without reply, no new message is suggested for the quiet period
(6 months by default); after any message, none for a week, so prompts never pile up on someone.
One message prompt per person at a time, the most timely; follow-ups always show. "Not now"
hides a prompt until the chosen day, and with it any other message to that person (the next kind
does not take its place). Today lists follow-ups first, then the kinds that expire
soonest (next-day notes), then the longest-waiting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from relnotebook.core.models import DetailKind, SignalKind, SignalResponse, Stage
from relnotebook.folding import fold

NEXT_DAY_WINDOW_DAYS = 3
COFFEE_WINDOW_DAYS = 90
ASK_WINDOW_DAYS = 45
GAP_AFTER_SIGNAL_DAYS = 7
REPLY_WINDOW_DAYS = 14
DEFAULT_QUIET_DAYS = 182

# Details that make an unrelated-topic message: never business, never the busy period itself.
MENTIONABLE = frozenset({DetailKind.TRIP, DetailKind.HOBBY, DetailKind.FAMILY, DetailKind.OTHER})
# People we court with signals; clients get check-ins instead (a later feature).
COURTED = frozenset({Stage.ACQUAINTANCE, Stage.PROSPECT})


class PromptKind(StrEnum):
    NEXT_DAY_NOTE = "next_day_note"
    COFFEE_INVITATION = "coffee_invitation"
    ASK_HOW_IT_WENT = "ask_how_it_went"
    NEWSLETTER_OFFER = "newsletter_offer"
    FOLLOW_UP = "follow_up"
    REPLIED = "replied"


@dataclass(frozen=True)
class Meeting:
    event_id: int
    event_name: str
    date: dt.date


@dataclass(frozen=True)
class DetailFact:
    id: int
    kind: DetailKind
    text: str
    mentioned_on: dt.date | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None


@dataclass(frozen=True)
class SignalFact:
    kind: SignalKind
    sent_on: dt.date
    response: SignalResponse = SignalResponse.PENDING
    detail_id: int | None = None
    responded_on: dt.date | None = None


@dataclass(frozen=True)
class FollowUpFact:
    id: int
    due_on: dt.date
    kind: str  # a SignalKind to send, or "coffee" for a meeting already agreed
    text: str = ""


@dataclass(frozen=True)
class PersonFacts:
    """Everything the rules need to know about one person."""

    id: int
    name: str
    language: str
    stage: Stage
    good_prospect: bool | None = None
    email: str = ""
    meetings: tuple[Meeting, ...] = ()
    details: tuple[DetailFact, ...] = ()
    signals: tuple[SignalFact, ...] = ()
    follow_ups: tuple[FollowUpFact, ...] = ()
    snoozed: Mapping[str, dt.date] = field(default_factory=dict)


@dataclass(frozen=True)
class Prompt:
    """One suggestion for today, with the facts that explain it."""

    kind: PromptKind
    person_id: int
    person_name: str
    language: str
    since: dt.date  # the day it became due: older prompts come first
    suggested: SignalKind | None = None  # which message to draft; None for a coffee meeting
    email: str = ""
    meeting: Meeting | None = None
    detail: DetailFact | None = None
    busy_until: dt.date | None = None
    follow_up: FollowUpFact | None = None
    good_prospect: bool = False
    answered: SignalKind | None = None  # REPLIED: the kind of message they answered

    @property
    def id(self) -> str:
        """Lists identify rows by `id`; a prompt's identity is its key."""
        return self.key

    @property
    def message_kind(self) -> PromptKind:
        """What the row is called and opens: the message to write. A next-day prompt names its
        message (a coffee invitation the day after is a "Coffee invitation"), so that a row
        called "Next-day note" always opens the thank-you note."""
        if self.kind == PromptKind.NEXT_DAY_NOTE and self.suggested is not None:
            return PromptKind(self.suggested.value)
        return self.kind

    @property
    def key(self) -> str:
        """Identity for "Not now": a follow-up itself, or any message to this person (not
        now means not now for them, whichever kind of message comes up next)."""
        if self.follow_up is not None:
            return f"follow_up:{self.person_id}:{self.follow_up.id}"
        return f"message:{self.person_id}"


def _latest(items: Iterable[DetailFact]) -> DetailFact | None:
    ordered = sorted(items, key=lambda d: (d.mentioned_on or dt.date.min, d.id), reverse=True)
    return ordered[0] if ordered else None


def _busy_period(person: PersonFacts) -> DetailFact | None:
    return _latest(d for d in person.details if d.kind == DetailKind.BUSY and d.ends_on)


def _mentionable(person: PersonFacts) -> DetailFact | None:
    return _latest(d for d in person.details if d.kind in MENTIONABLE)


def _days_since(day: dt.date, today: dt.date) -> int:
    """Whole days from `day` to `today` (negative if later). Windows are checked this way, not
    by adding days to a date, which would overflow near date.min and date.max."""
    return (today - day).days


def _quiet(person: PersonFacts, today: dt.date, quiet_days: int) -> bool:
    for signal in person.signals:
        elapsed = _days_since(signal.sent_on, today)
        if elapsed < GAP_AFTER_SIGNAL_DAYS:
            return True
        if signal.response == SignalResponse.NO_REPLY and elapsed < quiet_days:
            return True
    return False


def _sent(person: PersonFacts, kind: SignalKind, since: dt.date | None = None) -> bool:
    return any(s.kind == kind and (since is None or s.sent_on >= since) for s in person.signals)


def _declined(person: PersonFacts, kind: SignalKind) -> bool:
    return any(s.kind == kind and s.response == SignalResponse.DECLINED for s in person.signals)


def _next_day(person: PersonFacts, today: dt.date) -> Prompt | None:
    recent = [m for m in person.meetings if 1 <= _days_since(m.date, today) <= NEXT_DAY_WINDOW_DAYS]
    if not recent or person.stage not in COURTED:
        return None
    meeting = max(recent, key=lambda m: m.date)
    if any(s.sent_on >= meeting.date for s in person.signals):
        return None
    detail = _mentionable(person)
    if person.good_prospect and not _sent(person, SignalKind.NEWSLETTER_OFFER):
        suggested = SignalKind.NEWSLETTER_OFFER
    elif detail is not None and not _declined(person, SignalKind.COFFEE_INVITATION):
        suggested = SignalKind.COFFEE_INVITATION
    else:
        suggested = SignalKind.NEXT_DAY_NOTE
    busy = _busy_period(person)
    return _prompt(
        PromptKind.NEXT_DAY_NOTE,
        person,
        since=meeting.date + dt.timedelta(days=1),
        suggested=suggested,
        meeting=meeting,
        detail=detail,
        busy_until=busy.ends_on if busy and busy.ends_on and busy.ends_on >= today else None,
    )


def _coffee(person: PersonFacts, today: dt.date) -> Prompt | None:
    detail = _mentionable(person)
    busy = _busy_period(person)
    if detail is None or busy is None or busy.ends_on is None or person.stage not in COURTED:
        return None
    if not 1 <= _days_since(busy.ends_on, today) <= COFFEE_WINDOW_DAYS:
        return None
    free_from = busy.ends_on + dt.timedelta(days=1)  # before today, so no overflow
    if _declined(person, SignalKind.COFFEE_INVITATION) or _sent(
        person, SignalKind.COFFEE_INVITATION, since=busy.mentioned_on
    ):
        return None
    return _prompt(
        PromptKind.COFFEE_INVITATION,
        person,
        since=free_from,
        suggested=SignalKind.COFFEE_INVITATION,
        meeting=_last_meeting(person, today),
        detail=detail,
        busy_until=busy.ends_on,
    )


def _ask_how_it_went(person: PersonFacts, today: dt.date) -> Prompt | None:
    asked = {s.detail_id for s in person.signals if s.kind == SignalKind.ASK_HOW_IT_WENT}
    candidates = []
    for detail in person.details:
        last_day = detail.ends_on or detail.starts_on
        if detail.kind not in MENTIONABLE or last_day is None or detail.id in asked:
            continue
        if detail.mentioned_on is not None and last_day < detail.mentioned_on:
            continue  # they told you about it afterwards: there is nothing to ask
        if 1 <= _days_since(last_day, today) <= ASK_WINDOW_DAYS:
            candidates.append((last_day, detail))
    if not candidates:
        return None
    last_day, detail = max(candidates, key=lambda pair: (pair[0], pair[1].id))
    return _prompt(
        PromptKind.ASK_HOW_IT_WENT,
        person,
        since=last_day + dt.timedelta(days=1),
        suggested=SignalKind.ASK_HOW_IT_WENT,
        detail=detail,
    )


def _newsletter(person: PersonFacts, today: dt.date) -> Prompt | None:
    if (
        not person.good_prospect
        or person.stage not in COURTED
        or _sent(person, SignalKind.NEWSLETTER_OFFER)
    ):
        return None
    meeting = _last_meeting(person, today)
    return _prompt(
        PromptKind.NEWSLETTER_OFFER,
        person,
        since=meeting.date if meeting else today,
        suggested=SignalKind.NEWSLETTER_OFFER,
        meeting=meeting,
        detail=_mentionable(person),
    )


def _follow_ups(person: PersonFacts, today: dt.date) -> list[Prompt]:
    found = []
    for follow_up in person.follow_ups:
        if follow_up.due_on > today:
            continue
        if follow_up.kind in set(SignalKind):
            kind = PromptKind(follow_up.kind) if follow_up.kind in set(PromptKind) else None
            suggested: SignalKind | None = SignalKind(follow_up.kind)
        else:
            kind, suggested = None, None
        found.append(
            _prompt(
                kind or PromptKind.FOLLOW_UP,
                person,
                since=follow_up.due_on,
                suggested=suggested,
                meeting=_last_meeting(person, today),
                detail=_mentionable(person),
                follow_up=follow_up,
            )
        )
    return found


def _last_meeting(person: PersonFacts, today: dt.date) -> Meeting | None:
    """The latest meeting that has happened (an upcoming event is not "met at")."""
    past = [m for m in person.meetings if m.date <= today]
    return max(past, key=lambda m: m.date, default=None)


def _prompt(
    kind: PromptKind,
    person: PersonFacts,
    *,
    since: dt.date,
    suggested: SignalKind | None = None,
    meeting: Meeting | None = None,
    detail: DetailFact | None = None,
    busy_until: dt.date | None = None,
    follow_up: FollowUpFact | None = None,
) -> Prompt:
    return Prompt(
        kind=kind,
        person_id=person.id,
        person_name=person.name,
        language=person.language,
        email=person.email,
        good_prospect=bool(person.good_prospect),
        since=since,
        suggested=suggested,
        meeting=meeting,
        detail=detail,
        busy_until=busy_until,
        follow_up=follow_up,
    )


def _replied(person: PersonFacts, today: dt.date) -> Prompt | None:
    answered = [
        s
        for s in person.signals
        if s.response == SignalResponse.REPLIED
        and s.responded_on is not None
        and 0 <= _days_since(s.responded_on, today) < REPLY_WINDOW_DAYS
    ]
    if not answered:
        return None
    latest = max(answered, key=lambda s: (s.responded_on or s.sent_on, s.sent_on))
    assert latest.responded_on is not None
    prompt = _prompt(PromptKind.REPLIED, person, since=latest.responded_on)
    return replace(prompt, answered=latest.kind)


def prompts_for_person(
    person: PersonFacts, today: dt.date, *, quiet_days: int = DEFAULT_QUIET_DAYS
) -> list[Prompt]:
    found = _follow_ups(person, today)
    replied = _replied(person, today)
    if replied is not None:
        found.append(replied)
    elif not _quiet(person, today, quiet_days):
        for rule in (_next_day, _coffee, _ask_how_it_went, _newsletter):
            prompt = rule(person, today)
            if prompt is not None:
                found.append(prompt)
                break
    return [p for p in found if not _snoozed(person, p, today)]


def _snoozed(person: PersonFacts, prompt: Prompt, today: dt.date) -> bool:
    until = person.snoozed.get(prompt.key)
    return until is not None and today < until


# The order on Today: what expires soonest first (a next-day note is stale in three days, a
# newsletter offer keeps), then the longest-waiting within each kind.
URGENCY = (
    PromptKind.FOLLOW_UP,
    PromptKind.REPLIED,
    PromptKind.NEXT_DAY_NOTE,
    PromptKind.COFFEE_INVITATION,
    PromptKind.ASK_HOW_IT_WENT,
    PromptKind.NEWSLETTER_OFFER,
)


def prompts_for(
    people: Iterable[PersonFacts], today: dt.date, *, quiet_days: int = DEFAULT_QUIET_DAYS
) -> list[Prompt]:
    """Today's prompts: follow-ups first, then by urgency of kind, then longest-waiting."""
    found = [
        p for person in people for p in prompts_for_person(person, today, quiet_days=quiet_days)
    ]
    return sorted(
        found,
        key=lambda p: (
            p.follow_up is None,
            URGENCY.index(p.kind),
            p.since,
            fold(p.person_name),
        ),
    )
