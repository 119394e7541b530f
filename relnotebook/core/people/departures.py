"""A client is leaving: let them go well, and get back in touch later.

Begging a client to stay rarely changes their decision (domain.md, section 2). What helps is
making the administrative side go smoothly (follow up with head office), keeping them on the
mailing list, and getting back in touch after six months. So "client is leaving" does four things
in one transaction: the person becomes a former client, the admin checklist becomes dated tasks,
a task to get back in touch is set for later, and the check-in cadence of their own is cleared
(former clients are not on the check-in rounds; the tier is kept in case they come back).
Nothing about the mailing list changes: they stay on it.

`undo_departure` puts everything back, for the Undo after a wrong click.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from relnotebook.core import settings
from relnotebook.core.checkins.tasks import ADMIN, RECONTACT, create_task
from relnotebook.core.models import CheckinPlan, Person, Stage, Task
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import update_row

# The admin checklist offered by default, in the client's language.
DEFAULT_CHECKLIST: dict[str, tuple[str, ...]] = {
    "en": ("Transfer paperwork handled", "Follow up with head office"),
    "fr": ("Documents de transfert traités", "Suivi auprès du bureau chef"),
}
# Admin tasks are due a week after the announcement: while the transfer is under way.
ADMIN_DUE_DAYS = 7
DEFAULT_RECONTACT_TITLE = "Get back in touch"


@dataclass(frozen=True)
class Departure:
    """What `client_leaving` changed, so that `undo_departure` can put it back."""

    person_id: int
    previous_stage: str
    previous_plan: dict[str, Any] | None  # the check-in plan row as it was; None: there was none
    task_ids: tuple[int, ...]


def recontact_date(on: dt.date, months: int) -> dt.date:
    """The same day `months` months after `on`, or the month's last day when it has no such day
    (August 31 + 6 months is February 28, or 29 in a leap year)."""
    if months < 0:
        raise ValueError("months cannot be negative")
    index = on.year * 12 + (on.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(on.day, calendar.monthrange(year, month)[1]))


def suggested_recontact_on(notebook: Notebook, *, on: dt.date) -> dt.date:
    """When to get back in touch by default: the notebook's setting (six months out of the box)."""
    return recontact_date(on, settings.get_int(notebook, settings.RECONTACT_MONTHS))


def client_leaving(
    notebook: Notebook,
    person_id: int,
    *,
    on: dt.date,
    checklist: Sequence[str],
    recontact_on: dt.date | None,
    recontact_title: str = DEFAULT_RECONTACT_TITLE,
) -> Departure:
    """Record that a client announced on `on` that they are leaving (one unit of work).

    Each non-blank checklist line becomes an admin task due a week later; `recontact_on` (None:
    no reminder) becomes a task to get back in touch.
    """
    lines = [line.strip() for line in checklist if line.strip()]
    recontact_title = recontact_title.strip()
    if recontact_on is not None:
        if recontact_on <= on:
            raise ValidationError(
                "recontact_on", "The day to get back in touch must be after the departure."
            )
        if not recontact_title:
            raise ValidationError(
                "recontact_title", "The reminder to get back in touch needs a title."
            )
    elif not lines:
        raise ValidationError("checklist", "Add a checklist item or a day to get back in touch.")
    with notebook.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise LookupError(f"person {person_id} no longer exists")
        if person.stage != Stage.CLIENT.value:
            raise ValidationError("stage", "Only a client can leave: this person is not a client.")
        previous_stage = person.stage
        update_row(session, Person, person_id, {"stage": Stage.FORMER_CLIENT.value})
        plan = session.get(CheckinPlan, person_id)
        previous_plan = plan.model_dump() if plan is not None else None
        if plan is not None:
            update_row(session, CheckinPlan, person_id, {"cadence_days": None})
        due = on + dt.timedelta(days=ADMIN_DUE_DAYS)
        task_ids = [
            create_task(session, title=line, due_on=due, person_id=person_id, kind=ADMIN)
            for line in lines
        ]
        if recontact_on is not None:
            task_ids.append(
                create_task(
                    session,
                    title=recontact_title,
                    due_on=recontact_on,
                    person_id=person_id,
                    kind=RECONTACT,
                )
            )
    return Departure(person_id, previous_stage, previous_plan, tuple(task_ids))


def undo_departure(notebook: Notebook, departure: Departure) -> None:
    """Put the stage and the check-in plan back, and delete the tasks the departure added
    (those already deleted by hand are skipped)."""
    with notebook.session() as session:
        if session.get(Person, departure.person_id) is None:
            raise LookupError(f"person {departure.person_id} no longer exists")
        update_row(session, Person, departure.person_id, {"stage": departure.previous_stage})
        if departure.previous_plan is not None:
            values = dict(departure.previous_plan)
            if session.get(CheckinPlan, departure.person_id) is None:
                session.add(CheckinPlan(**values))
            else:
                values.pop("person_id")
                update_row(session, CheckinPlan, departure.person_id, values)
        for task in session.exec(select(Task).where(col(Task.id).in_(departure.task_ids))):
            session.delete(task)
        session.flush()
