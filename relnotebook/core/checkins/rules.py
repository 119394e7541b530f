"""Check-in rules (domain.md, section 2): when a client is due, and who starts the contacts.

Pure rules, no database: `service.py` applies them in its queries and the views show them.

- A client's cadence comes from their tier (A, B, C: 30, 90, 180 days by default, in Settings);
  anyone can also be given a cadence of their own.
- Next due = last contact of any kind (a call that reached them or left a message, a meeting,
  an email, a message sent from the app) + cadence. A call that got no answer is not a contact:
  the check-in stays due. With no contact yet, the cadence counts from when they were added.
  (Counting from the last contact, not from the last reminder, is the point.)
- Today shows check-ins overdue, due today, and due within the look-ahead (7 days by default),
  so the calls happen before the long weekend, not after. One due on a closed day (a weekend, a
  holiday: `closed_days.py`) is due on the last business day before it.
- Proactive share: contacts I initiated / all contacts, over 90 days and 12 months.
- "Call them first next time": the last two contacts were both initiated by the client.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from relnotebook.core.checkins.closed_days import ClosedDay
from relnotebook.core.models import Channel, Initiator, Outcome, Stage, Tier
from relnotebook.errors import ValidationError

COUNTS_AS_CONTACT = frozenset({Outcome.REACHED, Outcome.LEFT_MESSAGE})
SHARE_WINDOWS_DAYS = (90, 365)


class DueStatus(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


def cadence_for(
    stage: Stage,
    tier: str | None,
    own_cadence_days: int | None,
    tier_cadences: Mapping[str, int],
    default_tier: str = "B",
) -> int | None:
    """Days between check-ins, or None when this person has no check-ins."""
    if own_cadence_days is not None:
        return own_cadence_days
    if stage == Stage.CLIENT:
        return tier_cadences[tier or default_tier]
    return None


def next_due(last_contact: dt.date | None, added_on: dt.date, cadence_days: int) -> dt.date:
    start = last_contact or added_on
    try:
        return start + dt.timedelta(days=cadence_days)
    except OverflowError:
        return dt.date.max


OWN_CADENCE = "own"  # the filing group of people with a cadence of their own


def checkin_filing(
    stage: Stage,
    tier: str | None,
    own_cadence_days: int | None,
    last_contact: dt.date | None,
    added_on: dt.date,
    default_tier: str = "B",
) -> tuple[str, dt.date] | None:
    """Where the store files a person's check-in (group, key: `person.checkin_group` and
    `checkin_key`, migration 0023), so that Today reads only the calls coming due: with a
    cadence of their own, under `OWN_CADENCE` at their due day; a client on their tier's cadence,
    under the tier at the day it counts from (the tier's cadence, a setting, is added when
    reading); anyone else, nowhere."""
    if own_cadence_days is not None:
        return OWN_CADENCE, next_due(last_contact, added_on, own_cadence_days)
    if stage == Stage.CLIENT:
        return tier or default_tier, last_contact or added_on
    return None


def due_status(
    due_on: dt.date, today: dt.date, lookahead_days: int, *, shown_on: dt.date | None = None
) -> DueStatus | None:
    """`shown_on`: the day it is due in practice when `due_on` is a closed day (the last
    business day before it); the look-ahead counts from there."""
    shown_on = due_on if shown_on is None else min(shown_on, due_on)
    if due_on < today:
        return DueStatus.OVERDUE
    if shown_on <= today:
        return DueStatus.TODAY
    if (shown_on - today).days <= lookahead_days:
        return DueStatus.UPCOMING
    return None


def status_on(due_on: dt.date, today: dt.date, closed: ClosedDay | None) -> DueStatus:
    """A task's or a sweep deadline's status: overdue, due today (also when it falls on the
    closed days just ahead), or coming up."""
    if due_on < today:
        return DueStatus.OVERDUE
    return (
        DueStatus.TODAY
        if (closed.open_before if closed else due_on) <= today
        else DueStatus.UPCOMING
    )


def validate_cadence(days: int) -> int:
    if days < 1:
        raise ValidationError("cadence_days", "A cadence is at least one day.")
    if days > 3650:
        raise ValidationError("cadence_days", "A cadence is at most ten years.")
    return days


@dataclass(frozen=True)
class CheckinDue:
    person_id: int
    person_name: str
    due_on: dt.date
    status: DueStatus
    cadence_days: int
    tier: Tier | None
    last_contact: dt.date | None
    last_channel: Channel | None
    call_them_first: bool
    phone_number: str  # as stored, "" for none: `phone` shows it
    closed: ClosedDay | None = None  # due on a weekend or a holiday: why it shows early
    phone_region: str = ""  # the notebook's, for numbers without a country code

    @property
    def phone(self) -> str:
        """The number in the region's national format ("(418) 555-0100 ext. 218"), read only
        when asked: `relnotebook today` prints none of thousands, Today shows a page of them."""
        if not self.phone_number:
            return ""
        from relnotebook.core.people.phones import shown_phone  # libphonenumber: when needed

        return shown_phone(self.phone_number, self.phone_region)


@dataclass(frozen=True)
class Share:
    """Contacts I initiated out of all contacts, over some period."""

    mine: int
    total: int

    @property
    def ratio(self) -> float | None:
        return self.mine / self.total if self.total else None

    def __add__(self, other: Share) -> Share:
        return Share(self.mine + other.mine, self.total + other.total)


def share_of(initiators: Sequence[Initiator]) -> Share:
    return Share(sum(1 for who in initiators if who == Initiator.ME), len(initiators))


def call_them_first(latest_first: Sequence[Initiator]) -> bool:
    """The last two contacts were both theirs: next time, call before they have to."""
    return len(latest_first) >= 2 and all(who == Initiator.THEM for who in latest_first[:2])
