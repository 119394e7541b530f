"""Who starts the contacts: the proactive share, and the clients who called first.

"No news is good news" is false for clients (domain.md, section 2): when the client has to call,
they conclude they would not have heard from you otherwise. So each person's contacts are
counted by who started them, over the windows the views show (the rules are in `rules.py`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, literal, union_all
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
    """Counted in index ranges, without reading a row: per period between the windows' edges
    (the last 90 days, the 275 before them), per outcome that counts and per who started it,
    how many contacts (`ix_contact_share`: outcome, who, day), and how many messages sent (a
    range of `ix_signal_sent_on`). SQLite counts a range of an index far faster than it sums
    over the rows: at 50,000 people a year of contacts is 112,000 of them."""
    edges = sorted(today - dt.timedelta(days=days) for days in SHARE_WINDOWS_DAYS)
    periods = list(zip(edges, [*edges[1:], today], strict=True))  # (after, up to]
    counts: list[Any] = []
    keys: list[tuple[dt.date, bool]] = []  # per count: its period's start, and whether mine
    for after, up_to in periods:
        for outcome, who in itertools.product(sorted(COUNTS_AS_CONTACT), Initiator):
            logged = select(func.count()).where(
                Contact.outcome == outcome.value,
                Contact.initiated_by == who.value,
                Contact.on > after,
                Contact.on <= up_to,
            )
            counts.append(_of(logged, Contact.person_id, person_id))
            keys.append((after, who == Initiator.ME))
        sent = select(func.count()).where(Signal.sent_on > after, Signal.sent_on <= up_to)
        counts.append(_of(sent, Signal.person_id, person_id))
        keys.append((after, True))
    with notebook.reader() as session:
        row = session.connection().execute(select(*counts)).one()
    shares = {}
    for days in SHARE_WINDOWS_DAYS:
        since = today - dt.timedelta(days=days)
        inside = [
            (mine, int(n or 0))
            for (after, mine), n in zip(keys, row, strict=True)
            if after >= since
        ]
        shares[days] = Share(sum(n for mine, n in inside if mine), sum(n for _, n in inside))
    return shares


def _of(query: Any, column: Any, person_id: int | None) -> Any:
    """The count as a column of one statement: for one person, or everyone (None)."""
    return (query if person_id is None else query.where(column == person_id)).scalar_subquery()


def call_them_first_ids(notebook: Notebook, person_ids: Iterable[int]) -> set[int]:
    with notebook.reader() as session:
        recent = recent_contacts(session, person_ids)
    return {pid for pid, latest in recent.items() if call_them_first([w for _, w in latest])}
