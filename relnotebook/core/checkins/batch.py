"""Many contacts logged at once, inside a unit of work already open: the mail log logs a year
of mail in one transaction (`core.mail.service`). The same rows and checks as
`service.log_contact`, in one INSERT."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert
from sqlmodel import Session

from relnotebook.core.checkins import sweeps
from relnotebook.core.checkins.service import check_contact
from relnotebook.core.models import Channel, Contact, Initiator, Outcome, utcnow


@dataclass(frozen=True)
class NewContact:
    person_id: int
    on: dt.date
    channel: Channel
    initiated_by: Initiator
    outcome: Outcome = Outcome.REACHED
    note: str = ""


def add_contacts(session: Session, contacts: Sequence[NewContact]) -> None:
    """Many contacts at once inside a unit of work already open (the mail log logs a year of
    mail in one): `add_contact` for each, in one INSERT; the people reached who are in an open
    market sweep are ticked off as `log_contact` does, day by day."""
    for contact in contacts:
        check_contact(contact.note, None)
    if not contacts:
        return
    stamp = utcnow()
    session.execute(
        insert(Contact),
        [
            {
                "person_id": c.person_id,
                "on": c.on,
                "channel": Channel(c.channel).value,
                "initiated_by": Initiator(c.initiated_by).value,
                "outcome": Outcome(c.outcome).value,
                "note": c.note.strip(),
                "duration_seconds": None,
                "created_at": stamp,
            }
            for c in contacts
        ],
    )
    in_sweeps = sweeps.people_in_open_sweeps(session)
    reached = sorted(
        {(c.person_id, c.on) for c in contacts if c.outcome == Outcome.REACHED},
        key=lambda pair: pair[1],
    )
    for person_id, day in reached:
        if person_id in in_sweeps:
            sweeps.mark_reached(session, person_id, on=day)
