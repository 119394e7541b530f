"""Dated things to do: the admin follow-up after a client leaves, the call back in six months.

A follow-up (signals.py) is what a message leads to; a task is anything else the advisor must
not forget, usually about one person (domain.md, section 2). Tasks stay in the notebook once
done, so the person page can show what was handled and when; Today shows the open ones that are
due. Deleting a task returns a snapshot so that undo brings it back with the same id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from relnotebook.core.checkins.closed_days import ClosedDay
from relnotebook.core.models import Person, Task
from relnotebook.core.validation import display_name
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import RowSnapshot, delete_one, update_row

TASK = "task"
ADMIN = "admin"  # paperwork after a client leaves (departures.py)
RECONTACT = "recontact"  # get back in touch with a former client
KINDS = (TASK, ADMIN, RECONTACT)
EDITABLE_FIELDS = ("title", "due_on", "kind", "person_id", "done_on")


@dataclass(frozen=True)
class TaskView:
    id: int
    person_id: int | None
    person_name: str  # "" for a task about nobody in particular
    title: str
    due_on: dt.date
    kind: str
    done_on: dt.date | None
    closed: ClosedDay | None = None  # due on a weekend or a holiday: shown the day before

    @property
    def is_done(self) -> bool:
        return self.done_on is not None


def _validated(session: Session, changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown task fields: {sorted(unknown)}")
    clean = dict(changes)
    if "title" in clean:
        clean["title"] = clean["title"].strip()
        if not clean["title"]:
            raise ValidationError("title", "A task needs a title.")
    if "kind" in clean and clean["kind"] not in KINDS:
        raise ValueError(f"unknown task kind {clean['kind']!r}")
    if "due_on" in clean and not isinstance(clean["due_on"], dt.date):
        raise ValidationError("due_on", "A task needs a due date.")
    person_id = clean.get("person_id")
    if person_id is not None and session.get(Person, person_id) is None:
        raise LookupError(f"person {person_id} no longer exists")
    return clean


def create_task(
    session: Session,
    *,
    title: str,
    due_on: dt.date,
    person_id: int | None = None,
    kind: str = TASK,
) -> int:
    """Insert one task inside the caller's unit of work (a departure adds several at once)."""
    values = _validated(
        session, {"title": title, "due_on": due_on, "person_id": person_id, "kind": kind}
    )
    row = Task(**values)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def add_task(
    notebook: Notebook,
    *,
    title: str,
    due_on: dt.date,
    person_id: int | None = None,
    kind: str = TASK,
) -> int:
    with notebook.session() as session:
        return create_task(session, title=title, due_on=due_on, person_id=person_id, kind=kind)


def update_task(
    notebook: Notebook,
    task_id: int,
    changes: Mapping[str, Any],
    *,
    seen_version: int | None = None,
) -> dict[str, Any]:
    """Apply changes to one task; returns the previous values, for undo."""
    with notebook.session() as session:
        return update_row(
            session, Task, task_id, _validated(session, changes), seen_version=seen_version
        )


def complete_task(notebook: Notebook, task_id: int, *, on: dt.date) -> None:
    with notebook.session() as session:
        update_row(session, Task, task_id, {"done_on": on})


def reopen_task(notebook: Notebook, task_id: int) -> None:
    """Not done after all (also the undo of `complete_task`)."""
    with notebook.session() as session:
        update_row(session, Task, task_id, {"done_on": None})


def delete_task(notebook: Notebook, task_id: int) -> RowSnapshot:
    """Undo passes the result to `relnotebook.store.rows.restore_rows`."""
    with notebook.session() as session:
        return delete_one(session, Task, task_id)


def _views(rows: Any) -> list[TaskView]:
    return [
        TaskView(
            id=task.id,
            person_id=task.person_id,
            person_name=(
                display_name(person.given_name, person.family_name, person.preferred_name)
                if person is not None
                else ""
            ),
            title=task.title,
            due_on=task.due_on,
            kind=task.kind,
            done_on=task.done_on,
        )
        for task, person in rows
    ]


def person_tasks(notebook: Notebook, person_id: int) -> list[TaskView]:
    """For the person page: open tasks by due date, then the done ones, latest done first."""
    with notebook.reader() as session:
        rows = session.exec(
            select(Task, Person)
            .join(Person, isouter=True)
            .where(Task.person_id == person_id)
            .order_by(
                col(Task.done_on).is_not(None),
                col(Task.done_on).desc(),
                col(Task.due_on),
                col(Task.id),
            )
        ).all()
    return _views(rows)


# A task (id, whom it is about, their name if any, title, day and kind).
_DUE: Select[int, int | None, str | None, str | None, str | None, str, dt.date, str] = Select(
    col(Task.id),
    col(Task.person_id),
    col(Person.given_name),
    col(Person.family_name),
    col(Person.preferred_name),
    col(Task.title),
    col(Task.due_on),
    col(Task.kind),
)


def due_tasks(notebook: Notebook, *, until: dt.date) -> list[TaskView]:
    """Open tasks due on or before `until` (overdue included), oldest first, for Today."""
    with notebook.reader() as session:
        rows = (
            session.connection()
            .execute(
                _DUE.join(Person, isouter=True)
                .where(col(Task.done_on).is_(None), col(Task.due_on) <= until)
                .order_by(col(Task.due_on), col(Task.id))
            )
            .all()
        )
    return [
        TaskView(
            id=task_id,
            person_id=person_id,
            person_name=(
                display_name(given, family or "", preferred or "") if given is not None else ""
            ),
            title=title,
            due_on=due_on,
            kind=kind,
            done_on=None,
        )
        for task_id, person_id, given, family, preferred, title, due_on, kind in rows
    ]
