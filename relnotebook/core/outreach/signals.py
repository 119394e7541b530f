"""Messages sent and the answers they got; "not now" on a prompt; dated follow-ups.

A signal is recorded only when the user says they sent it (the app never sends anything), with
the final text as sent. The answer then decides what comes next: interested leads to a dated
coffee on Today, declined stops that kind of prompt, no reply starts the quiet period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from relnotebook.core.models import (
    FollowUp,
    Person,
    PersonalDetail,
    PromptSnooze,
    Signal,
    SignalKind,
    SignalResponse,
    stored,
)
from relnotebook.core.referrals import newsletter
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook

CHANNELS = ("email", "copy", "eml")
SNOOZE_CHOICES_DAYS = (3, 7, 14)


@dataclass(frozen=True)
class SignalView:
    id: int
    kind: SignalKind
    sent_on: dt.date
    channel: str
    subject: str
    body: str
    detail_text: str
    response: SignalResponse
    responded_on: dt.date | None


@dataclass(frozen=True)
class FollowUpView:
    id: int
    person_id: int
    due_on: dt.date
    kind: str
    text: str
    done_on: dt.date | None


def record_signal(
    notebook: Notebook,
    person_id: int,
    *,
    kind: SignalKind,
    body: str,
    sent_on: dt.date,
    subject: str = "",
    template: str = "",
    detail_id: int | None = None,
    channel: str = "email",
    message_id: str = "",
) -> int:
    """Remember that this message went out; a follow-up it answers is marked done.
    `message_id`: the Message-ID the draft was given (`outbox.new_message_id`), by which the
    mail log finds the answer."""
    if not body.strip():
        raise ValidationError("body", "The message is empty.")
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    with notebook.session() as session:
        if session.get(Person, person_id) is None:
            raise LookupError(f"person {person_id} no longer exists")
        if detail_id is not None and session.get(PersonalDetail, detail_id) is None:
            detail_id = None
        row = Signal(
            person_id=person_id,
            kind=SignalKind(kind).value,
            template=template,
            detail_id=detail_id,
            channel=channel,
            sent_on=sent_on,
            subject=subject,
            body=body,
            message_id=message_id,
        )
        session.add(row)
        session.flush()
        for follow_up in session.exec(
            select(FollowUp).where(
                FollowUp.person_id == person_id,
                FollowUp.kind == SignalKind(kind).value,
                col(FollowUp.done_on).is_(None),
                col(FollowUp.due_on) <= sent_on,
            )
        ):
            follow_up.done_on = sent_on
            session.add(follow_up)
        assert row.id is not None
        return row.id


def record_response(
    notebook: Notebook,
    signal_id: int,
    response: SignalResponse,
    *,
    on: dt.date,
    coffee_on: dt.date | None = None,
    coffee_text: str = "",
) -> int | None:
    """Store the answer; for an interested reply with a date, add the coffee to Today.

    An answer to a newsletter offer also updates the newsletter status, in the same unit of
    work: interested is a subscription by express written consent, declined a refusal.

    Returns the follow-up's id when one was added.
    """
    with notebook.session() as session:
        row = session.get(Signal, signal_id)
        if row is None:
            raise LookupError(f"signal {signal_id} no longer exists")
        set_response(session, row, response, on=on)
        if response != SignalResponse.INTERESTED or coffee_on is None:
            return None
        follow_up = FollowUp(
            person_id=row.person_id,
            due_on=coffee_on,
            kind="coffee",
            text=coffee_text,
            signal_id=row.id,
        )
        session.add(follow_up)
        session.flush()
        return follow_up.id


def set_response(session: Session, row: Signal, response: SignalResponse, *, on: dt.date) -> None:
    """`record_response`'s answer inside a unit of work already open (the mail log records the
    answers it finds with the contacts of its run)."""
    row.response = SignalResponse(response).value
    row.responded_on = on
    session.add(row)
    if row.kind == SignalKind.NEWSLETTER_OFFER.value:
        newsletter._record_response(session, row.person_id, SignalResponse(response), on)


def snooze(notebook: Notebook, key: str, person_id: int, until: dt.date | None) -> dt.date | None:
    """Not now: hide the prompt with this key until `until` (None: show it again).

    Returns the previous date, so that undo can put it back.
    """
    with notebook.session() as session:
        row = session.get(PromptSnooze, key)
        previous = row.until if row else None
        if until is None:
            if row is not None:
                session.delete(row)
            return previous
        row = row or PromptSnooze(key=key, person_id=person_id, until=until)
        row.until = until
        session.add(row)
        return previous


def add_follow_up(
    notebook: Notebook, person_id: int, *, due_on: dt.date, kind: str, text: str = ""
) -> int:
    with notebook.session() as session:
        row = FollowUp(person_id=person_id, due_on=due_on, kind=kind, text=text.strip())
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def complete_follow_up(notebook: Notebook, follow_up_id: int, *, on: dt.date) -> None:
    with notebook.session() as session:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise LookupError(f"follow-up {follow_up_id} no longer exists")
        row.done_on = on
        session.add(row)


def person_signals(notebook: Notebook, person_id: int) -> list[SignalView]:
    """The history shown on the person page, newest first."""
    with notebook.reader() as session:
        rows = session.exec(
            select(Signal, PersonalDetail.text)
            .join(PersonalDetail, isouter=True)
            .where(Signal.person_id == person_id)
            .order_by(col(Signal.sent_on).desc(), col(Signal.id).desc())
        ).all()
    return [
        SignalView(
            id=stored(s.id),
            kind=SignalKind(s.kind) if s.kind in set(SignalKind) else SignalKind.OTHER,
            sent_on=s.sent_on,
            channel=s.channel,
            subject=s.subject,
            body=s.body,
            detail_text=detail_text or "",
            response=SignalResponse(s.response),
            responded_on=s.responded_on,
        )
        for s, detail_text in rows
    ]


def person_follow_ups(notebook: Notebook, person_id: int) -> list[FollowUpView]:
    with notebook.reader() as session:
        rows = session.exec(
            select(FollowUp)
            .where(FollowUp.person_id == person_id)
            .order_by(col(FollowUp.due_on).desc())
        ).all()
    return [
        FollowUpView(stored(f.id), f.person_id, f.due_on, f.kind, f.text, f.done_on) for f in rows
    ]
