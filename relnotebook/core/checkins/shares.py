"""Who starts the contacts: the proactive share, and the clients who called first.

"No news is good news" is false for clients (domain.md, section 2): when the client has to call,
they conclude they would not have heard from you otherwise. So each person's contacts are
counted by who started them, over the windows the views show (the rules are in `rules.py`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, case, literal, true, union_all
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import Select

from relnotebook.core.checkins.rules import (
    COUNTS_AS_CONTACT,
    SHARE_WINDOWS_DAYS,
    Share,
    call_them_first,
)
from relnotebook.core.models import Channel, Contact, Initiator, Signal
from relnotebook.store import Notebook


def recent_contacts(
    session: Session, person_ids: Iterable[int]
) -> dict[int, list[tuple[Channel, Initiator]]]:
    """The last two counted contacts of each person, newest first.

    Two rows per person straight from the database (a window function), not every contact ever
    logged: on a large notebook this is what keeps Today quick.
    """
    found: dict[int, list[tuple[Channel, Initiator]]] = defaultdict(list)
    ids = list(person_ids)
    if not ids:
        return found
    ranked = (
        select(
            Contact.person_id,
            Contact.channel,
            Contact.initiated_by,
            func.row_number()
            .over(
                partition_by=col(Contact.person_id),
                order_by=(col(Contact.on).desc(), col(Contact.id).desc()),
            )
            .label("rank"),
        )
        .where(
            col(Contact.person_id).in_(ids),
            col(Contact.outcome).in_([o.value for o in COUNTS_AS_CONTACT]),
        )
        .subquery()
    )
    rows = session.exec(
        select(ranked.c.person_id, ranked.c.channel, ranked.c.initiated_by)
        .where(ranked.c.rank <= 2)
        .order_by(ranked.c.person_id, ranked.c.rank)
    ).all()
    for person_id, channel, who in rows:
        found[person_id].append((Channel(channel), Initiator(who)))
    return found


def shares_by_person(
    notebook: Notebook, today: dt.date, *, days: int, person_ids: Iterable[int] | None = None
) -> dict[int, Share]:
    """Proactive share per person over the last `days` days (messages sent count as mine)."""
    since = today - dt.timedelta(days=days)
    logged: Select[int, str] = select(
        col(Contact.person_id).label("person_id"),
        col(Contact.initiated_by).label("who"),
    ).where(
        col(Contact.outcome).in_([o.value for o in COUNTS_AS_CONTACT]),
        Contact.on > since,
        Contact.on <= today,
    )
    sent: Select[int, str] = select(
        col(Signal.person_id).label("person_id"),
        literal(Initiator.ME.value).label("who"),
    ).where(Signal.sent_on > since, Signal.sent_on <= today)
    both = union_all(logged, sent).subquery()
    query = select(
        both.c.person_id,
        func.sum(case((both.c.who == Initiator.ME.value, 1), else_=0)),
        func.count(),
    ).group_by(both.c.person_id)
    if person_ids is not None:
        query = query.where(both.c.person_id.in_(list(person_ids)))
    with notebook.reader() as session:
        rows = session.exec(query).all()
    return {person_id: Share(int(mine), int(total)) for person_id, mine, total in rows}


def share_windows(
    notebook: Notebook, today: dt.date, person_id: int | None = None
) -> dict[int, Share]:
    """{90: Share, 365: Share} for one person, or for everyone when `person_id` is None: one
    pass over the longest window, each window counted in the same query (Today shows it, on
    every reload: kept until the next write)."""
    if person_id is None:
        return dict(
            notebook.cached(("share_windows", today), lambda: _share_windows(notebook, today))
        )
    return _share_windows(notebook, today, person_id)


def _share_windows(
    notebook: Notebook, today: dt.date, person_id: int | None = None
) -> dict[int, Share]:
    """Each table counted on its own, straight from its index: a union of the two made SQLite
    copy a year of contacts into a temporary list first (half of the time at 50,000 people)."""
    since = today - dt.timedelta(days=max(SHARE_WINDOWS_DAYS))

    def counts(day: Any, mine: Any) -> list[Any]:
        """Per window: the contacts I started, and all of them."""
        columns = []
        for days in SHARE_WINDOWS_DAYS:
            inside = day > today - dt.timedelta(days=days)
            columns += [
                func.sum(case((and_(inside, mine), 1), else_=0)),
                func.sum(case((inside, 1), else_=0)),
            ]
        return columns

    logged = select(*counts(col(Contact.on), Contact.initiated_by == Initiator.ME.value)).where(
        col(Contact.outcome).in_([o.value for o in COUNTS_AS_CONTACT]),
        Contact.on > since,
        Contact.on <= today,
    )
    sent = select(*counts(col(Signal.sent_on), true())).where(
        Signal.sent_on > since, Signal.sent_on <= today
    )
    if person_id is not None:
        logged = logged.where(Contact.person_id == person_id)
        sent = sent.where(Signal.person_id == person_id)
    with notebook.reader() as session:
        connection = session.connection()
        rows = [connection.execute(query).one() for query in (logged, sent)]
    return {
        days: sum(
            (Share(int(row[2 * i] or 0), int(row[2 * i + 1] or 0)) for row in rows), Share(0, 0)
        )
        for i, days in enumerate(SHARE_WINDOWS_DAYS)
    }


def call_them_first_ids(notebook: Notebook, person_ids: Iterable[int]) -> set[int]:
    with notebook.reader() as session:
        recent = recent_contacts(session, person_ids)
    return {pid for pid, latest in recent.items() if call_them_first([w for _, w in latest])}
