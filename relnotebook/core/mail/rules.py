"""Which messages become logged contacts, with whom, who started them, and which answer which
message the app drafted. Plain functions of plain values: no database, no mail store.

- A message from one of "my addresses" is one I started, with each person of the notebook
  among its To and Cc; any other message was started by them, and is logged with each person
  of the notebook among its From, To and Cc (never with my own addresses).
- A message from a person answers the message the app drafted for them whose Message-ID it
  quotes (In-Reply-To, References); else the latest one still waiting that was sent on or
  before its day.
- People I write to often who are not in the notebook are offered (never added).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from relnotebook.core.mail.headers import Headers
from relnotebook.core.models import Initiator

FREQUENT_AT_LEAST = 3  # messages I sent them, to be offered
FREQUENT_SHOWN = 50


@dataclass(frozen=True)
class Logged:
    """One message to log with one person."""

    person_id: int
    message_key: str
    day: dt.date
    initiated_by: Initiator
    from_them: bool  # they wrote it: it may answer a message of mine
    answers: tuple[str, ...]
    subject: str


@dataclass(frozen=True)
class Waiting:
    """A message the app drafted that has no answer yet."""

    signal_id: int
    person_id: int
    sent_on: dt.date
    message_id: str


@dataclass(frozen=True)
class Correspondent:
    address: str
    name: str
    messages: int


def addresses(text: Iterable[str]) -> frozenset[str]:
    """ "Me" addresses as given (any case, spaces, commas or lines between them)."""
    found = set()
    for part in text:
        for word in part.replace(",", " ").replace(";", " ").split():
            if "@" in word:
                found.add(word.strip("<>").lower())
    return frozenset(found)


def to_log(headers: Headers, mine: frozenset[str], people: Mapping[str, int]) -> list[Logged]:
    """The contacts this message makes, one per person of the notebook in it."""
    from_me = headers.sender in mine
    others = headers.recipients if from_me else (headers.sender, *headers.recipients)
    persons = dict.fromkeys(people[a] for a in others if a not in mine and a in people)
    sender = None if from_me else people.get(headers.sender)
    return [
        Logged(
            person_id=person_id,
            message_key=headers.message_key,
            day=headers.day,
            initiated_by=Initiator.ME if from_me else Initiator.THEM,
            from_them=person_id == sender,
            answers=headers.answers,
            subject=headers.subject,
        )
        for person_id in persons
    ]


def strangers(headers: Headers, mine: frozenset[str], people: Mapping[str, int]) -> list[str]:
    """The addresses I wrote to in this message that are no one's in the notebook."""
    if headers.sender not in mine:
        return []
    return [a for a in headers.recipients if a not in mine and a not in people]


def frequent(counts: Counter[str], names: Mapping[str, str]) -> list[Correspondent]:
    """The people I write to most who are not in the notebook, most written to first."""
    return [
        Correspondent(address, names.get(address, ""), count)
        for address, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if count >= FREQUENT_AT_LEAST
    ][:FREQUENT_SHOWN]


def answered(message: Logged, waiting: Sequence[Waiting]) -> Waiting | None:
    """The drafted message `message` answers, if any (`waiting`: the person's, oldest first)."""
    if not message.from_them:
        return None
    theirs = [w for w in waiting if w.person_id == message.person_id]
    for candidate in theirs:
        if candidate.message_id and candidate.message_id in message.answers:
            return candidate
    before = [w for w in theirs if w.sent_on <= message.day]
    return before[-1] if before else None
