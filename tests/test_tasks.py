"""Tasks: adding, editing with undo, done and not done, deleting with undo, and the lists the
person page and Today show."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from relnotebook.core.checkins.tasks import (
    add_task,
    complete_task,
    delete_task,
    due_tasks,
    person_tasks,
    reopen_task,
    update_task,
)
from relnotebook.core.models import Task
from relnotebook.core.people.service import add_person, delete_person
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import restore_rows
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)


@pytest.fixture
def robert(notebook: Notebook) -> int:
    return add_person(
        notebook, PersonFields(given_name="Robert", family_name="Tremblay", preferred_name="Bob")
    )


def task_count(notebook: Notebook) -> int:
    with notebook.reader() as session:
        return len(session.exec(select(Task)).all())


def test_add_task_is_listed_with_the_person_name(notebook: Notebook, robert: int) -> None:
    task_id = add_task(
        notebook, title="  Send the forms  ", due_on=TODAY, person_id=robert, kind="admin"
    )

    (view,) = person_tasks(notebook, robert)
    assert view.id == task_id
    assert view.title == "Send the forms"
    assert view.person_name == "Bob Tremblay"
    assert view.kind == "admin"
    assert view.due_on == TODAY
    assert view.done_on is None and not view.is_done


def test_a_task_about_nobody_has_no_person_name(notebook: Notebook) -> None:
    add_task(notebook, title="Renew the licence", due_on=TODAY)

    (view,) = due_tasks(notebook, until=TODAY)
    assert view.person_id is None
    assert view.person_name == ""
    assert view.kind == "task"


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_empty_title_is_refused(notebook: Notebook, title: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_task(notebook, title=title, due_on=TODAY)
    assert caught.value.field == "title"
    assert task_count(notebook) == 0


def test_unknown_kind_is_refused(notebook: Notebook) -> None:
    with pytest.raises(ValueError, match="kind"):
        add_task(notebook, title="Call", due_on=TODAY, kind="errand")
    assert task_count(notebook) == 0


def test_task_for_a_missing_person_is_refused(notebook: Notebook) -> None:
    with pytest.raises(LookupError):
        add_task(notebook, title="Call", due_on=TODAY, person_id=999)
    assert task_count(notebook) == 0


def test_update_returns_previous_values_for_undo(notebook: Notebook, robert: int) -> None:
    task_id = add_task(notebook, title="Call", due_on=TODAY, person_id=robert)

    previous = update_task(notebook, task_id, {"title": "Call back", "due_on": TODAY + DAY})
    assert previous == {"title": "Call", "due_on": TODAY}
    (view,) = person_tasks(notebook, robert)
    assert (view.title, view.due_on) == ("Call back", TODAY + DAY)

    update_task(notebook, task_id, previous)
    (view,) = person_tasks(notebook, robert)
    assert (view.title, view.due_on) == ("Call", TODAY)


def test_update_refuses_bad_changes_and_keeps_the_task(notebook: Notebook) -> None:
    task_id = add_task(notebook, title="Call", due_on=TODAY)

    with pytest.raises(ValidationError):
        update_task(notebook, task_id, {"title": " "})
    with pytest.raises(ValueError, match="unknown task fields"):
        update_task(notebook, task_id, {"created_at": TODAY})
    with pytest.raises(ValueError, match="kind"):
        update_task(notebook, task_id, {"kind": "chore"})
    with pytest.raises(LookupError):
        update_task(notebook, 999, {"title": "Other"})

    (view,) = due_tasks(notebook, until=TODAY)
    assert (view.title, view.kind) == ("Call", "task")


def test_complete_and_reopen(notebook: Notebook, robert: int) -> None:
    task_id = add_task(notebook, title="Call", due_on=TODAY - DAY, person_id=robert)

    complete_task(notebook, task_id, on=TODAY)
    assert person_tasks(notebook, robert)[0].done_on == TODAY
    assert due_tasks(notebook, until=TODAY) == []

    reopen_task(notebook, task_id)
    assert person_tasks(notebook, robert)[0].done_on is None
    assert [t.id for t in due_tasks(notebook, until=TODAY)] == [task_id]

    with pytest.raises(LookupError):
        complete_task(notebook, 999, on=TODAY)


def test_delete_and_undo_brings_back_the_same_task(notebook: Notebook, robert: int) -> None:
    task_id = add_task(notebook, title="Call", due_on=TODAY, person_id=robert, kind="recontact")
    before = person_tasks(notebook, robert)

    saved = delete_task(notebook, task_id)
    assert person_tasks(notebook, robert) == []

    restore_rows(notebook, saved)
    assert person_tasks(notebook, robert) == before


def test_person_tasks_open_by_due_date_then_done(notebook: Notebook, robert: int) -> None:
    late = add_task(notebook, title="Late", due_on=TODAY + 10 * DAY, person_id=robert)
    soon = add_task(notebook, title="Soon", due_on=TODAY + DAY, person_id=robert)
    done_early = add_task(notebook, title="Done early", due_on=TODAY - 9 * DAY, person_id=robert)
    done_late = add_task(notebook, title="Done late", due_on=TODAY - 20 * DAY, person_id=robert)
    complete_task(notebook, done_early, on=TODAY - 5 * DAY)
    complete_task(notebook, done_late, on=TODAY - DAY)
    add_task(notebook, title="Someone else's", due_on=TODAY)

    assert [t.id for t in person_tasks(notebook, robert)] == [soon, late, done_late, done_early]


def test_due_tasks_includes_overdue_excludes_future_and_done(
    notebook: Notebook, robert: int
) -> None:
    overdue = add_task(notebook, title="Overdue", due_on=TODAY - 3 * DAY, person_id=robert)
    today = add_task(notebook, title="Today", due_on=TODAY)
    ahead = add_task(notebook, title="In the look-ahead", due_on=TODAY + 7 * DAY)
    add_task(notebook, title="Later", due_on=TODAY + 8 * DAY)
    done = add_task(notebook, title="Done", due_on=TODAY - 5 * DAY)
    complete_task(notebook, done, on=TODAY)

    assert [t.id for t in due_tasks(notebook, until=TODAY)] == [overdue, today]
    listed = due_tasks(notebook, until=TODAY + 7 * DAY)
    assert [t.id for t in listed] == [overdue, today, ahead]
    assert listed[0].person_name == "Bob Tremblay"


def test_deleting_the_person_deletes_their_tasks(notebook: Notebook, robert: int) -> None:
    add_task(notebook, title="Call", due_on=TODAY, person_id=robert)
    add_task(notebook, title="Not about Bob", due_on=TODAY)

    delete_person(notebook, robert)

    assert [t.title for t in due_tasks(notebook, until=TODAY)] == ["Not about Bob"]
