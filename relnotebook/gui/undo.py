"""Every change the user makes goes through here, so that Ctrl+Z can take it back.

The change is made first, through the core; only when it succeeded is a command pushed on the
`QUndoStack` (whose first `redo` is then skipped). A refused change therefore never reaches the
stack, and the view shows why it was refused.

A change the disk refuses (full, read-only) is announced on `failed` with the sentence from
`store.failures`; a change typed in a form is also raised as a `WriteFailedError` (a
`ValidationError`), so the form keeps the text and shows why, as for any refused input.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from relnotebook.errors import EditConflictError, Sentence
from relnotebook.gui.error_messages import user_message
from relnotebook.store import Notebook
from relnotebook.store.failures import WriteFailedError, describe_write_failure
from relnotebook.store.rows import RowSnapshot, restore_rows

if TYPE_CHECKING:
    from relnotebook.core.events.capture import CaptureResult
    from relnotebook.core.events.service import EventFields
    from relnotebook.core.exchange.contact_import import ImportResult
    from relnotebook.core.people.views import PersonFields

# The core's write services are imported by the method that uses them, not with this module:
# the window builds its editor before Today is painted, and they pull in libphonenumber and the
# message templates (jinja2), which nothing on Today needs to be shown
# (tests/gui/test_app.py, `test_the_first_paint_imports_no_write_service`).

Method = TypeVar("Method", bound=Callable[..., Any])
Step = Callable[[], object]  # a change made or taken back (what it returns is not used)


class _Change(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Step,
        undo: Step,
        after: Callable[[], None],
        failed: Callable[[str, Exception], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after, self._failed = redo, undo, after, failed
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Step) -> None:
        """Each step is one transaction: when it fails, nothing of it was written. The history
        beyond it can no longer be trusted, so the editor drops it and says so."""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 (any failure must reach the user, not Qt)
            self._failed(self.text(), exc)
        self._after()


def _refused_write_raises(method: Method) -> Method:
    """A change of typed input that the disk refused is announced on `failed`, then raised as a
    `WriteFailedError` (a `ValidationError`): the form keeps what was typed and shows why."""

    @functools.wraps(method)
    def checked(self: Editor, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except WriteFailedError:
            raise
        except Exception as exc:
            message = self.report_write_failure(exc)
            if message is None:
                raise
            raise WriteFailedError(message) from exc

    return cast("Method", checked)


def _refused_write_reported(method: Method) -> Method:
    """A deletion or a tick the disk refused is announced on `failed`; nothing typed is lost,
    and the callers (a key, a checkbox) have no form to show it in."""

    @functools.wraps(method)
    def checked(self: Editor, *args: Any, **kwargs: Any) -> None:
        try:
            method(self, *args, **kwargs)
        except Exception as exc:
            if self.report_write_failure(exc) is None:
                raise

    return cast("Method", checked)


def _failure_text(error: Exception) -> str:
    sentence = describe_write_failure(error)
    return user_message(sentence) if sentence is not None else str(error)


class Editor(QObject):
    """The GUI's way to change the notebook: undoable, and announced by `changed`."""

    changed = Signal()
    failed = Signal(str)  # a sentence for the user: an undo or redo step could not be done

    def __init__(self, notebook: Notebook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.stack = QUndoStack(self)
        # Asked when a change meets one made elsewhere: (parent, what, the change) -> save
        # mine? None (the default) raises the `EditConflictError` instead.
        self.resolve_conflict: Callable[[QObject | None, str, dict[str, Any]], bool] | None = None

    def _step_failed(self, text: str, error: Exception) -> None:
        QTimer.singleShot(0, self.stack.clear)  # not from inside the stack's own call
        self.failed.emit(
            self.tr(
                "“%1” could not be undone or redone (%2). Nothing was changed; the undo "
                "history was cleared."
            )
            .replace("%1", text)
            .replace("%2", _failure_text(error))
        )

    def report_write_failure(self, error: Exception) -> Sentence | None:
        """Announce a write the disk refused (full, read-only) on `failed`; its sentence."""
        sentence = describe_write_failure(error)
        if sentence is not None:
            self.failed.emit(user_message(sentence))
        return sentence

    def _push(self, text: str, redo: Step, undo: Step) -> None:
        self.stack.push(_Change(text, redo, undo, self.changed.emit, self._step_failed))
        self.changed.emit()

    def _update(
        self,
        text: str,
        update: Callable[..., dict[str, Any]],
        key: int,
        changes: dict[str, Any],
        seen_version: int | None = None,
    ) -> None:
        """Make the change; one started from a record that was changed elsewhere meanwhile
        (`seen_version` no longer current) is put to the user: theirs or mine, never saved
        over the other silently."""
        try:
            if seen_version is None:
                previous = update(self.notebook, key, changes)
            else:
                previous = update(self.notebook, key, changes, seen_version=seen_version)
        except EditConflictError:
            if self.resolve_conflict is None:
                raise
            if not self.resolve_conflict(self.parent(), text, changes):
                # Theirs stays: shown once the caller has put its form back to unmodified.
                QTimer.singleShot(0, self.changed.emit)
                return
            previous = update(self.notebook, key, changes)
        self._push(
            text,
            lambda: update(self.notebook, key, changes),
            lambda: update(self.notebook, key, previous),
        )

    def _created(
        self,
        text: str,
        key: int,
        delete: Callable[[Notebook, int], Any],
        restore: Callable[[Notebook, Any], Any],
    ) -> int:
        """Undo of an addition is a delete whose snapshot lets redo put back the same row."""
        saved: list[Any] = []

        def undo() -> None:
            saved[:] = [delete(self.notebook, key)]

        self._push(text, lambda: restore(self.notebook, saved[0]), undo)
        return key

    def _deleted(
        self,
        text: str,
        key: int,
        delete: Callable[[Notebook, int], Any],
        restore: Callable[[Notebook, Any], Any],
    ) -> None:
        saved = [delete(self.notebook, key)]

        def redo() -> None:
            saved[:] = [delete(self.notebook, key)]

        self._push(text, redo, lambda: restore(self.notebook, saved[0]))

    # People
    @_refused_write_raises
    def add_person(self, fields: PersonFields) -> int:
        from relnotebook.core.people import service as people

        key = people.add_person(self.notebook, fields)
        return self._created(
            self.tr("Add %s") % fields.name, key, people.delete_person, people.restore_person
        )

    @_refused_write_raises
    def edit_person(
        self, person_id: int, changes: dict[str, Any], seen_version: int | None = None
    ) -> None:
        from relnotebook.core.people import service as people

        self._update(self.tr("Edit person"), people.update_person, person_id, changes, seen_version)

    @_refused_write_reported
    def delete_person(self, person_id: int, name: str) -> None:
        from relnotebook.core.people import service as people

        self._deleted(
            self.tr("Delete %s") % name, person_id, people.delete_person, people.restore_person
        )

    # Personal details
    @_refused_write_raises
    def add_detail(self, person_id: int, **values: Any) -> int:
        from relnotebook.core.people import details

        key = details.add_detail(self.notebook, person_id, **values)
        return self._created(
            self.tr("Add detail"), key, details.delete_detail, details.restore_detail
        )

    @_refused_write_raises
    def edit_detail(
        self, detail_id: int, changes: dict[str, Any], seen_version: int | None = None
    ) -> None:
        from relnotebook.core.people import details

        self._update(
            self.tr("Edit detail"), details.update_detail, detail_id, changes, seen_version
        )

    @_refused_write_reported
    def delete_detail(self, detail_id: int) -> None:
        from relnotebook.core.people import details

        self._deleted(
            self.tr("Delete detail"), detail_id, details.delete_detail, details.restore_detail
        )

    # Notes
    @_refused_write_raises
    def add_note(self, person_id: int, **values: Any) -> int:
        from relnotebook.core.people import notes

        key = notes.add_note(self.notebook, person_id, **values)
        return self._created(self.tr("Add note"), key, notes.delete_note, restore_rows)

    @_refused_write_raises
    def edit_note(
        self, note_id: int, changes: dict[str, Any], seen_version: int | None = None
    ) -> None:
        from relnotebook.core.people import notes

        self._update(self.tr("Edit note"), notes.update_note, note_id, changes, seen_version)

    @_refused_write_reported
    def delete_note(self, note_id: int) -> None:
        from relnotebook.core.people import notes

        self._deleted(self.tr("Delete note"), note_id, notes.delete_note, restore_rows)

    # Events
    @_refused_write_raises
    def add_event(self, fields: EventFields) -> int:
        from relnotebook.core.events import service as events

        key = events.add_event(self.notebook, fields)
        return self._created(self.tr("Add event"), key, events.delete_event, events.restore_event)

    @_refused_write_raises
    def edit_event(
        self, event_id: int, changes: dict[str, Any], seen_version: int | None = None
    ) -> None:
        from relnotebook.core.events import service as events

        self._update(self.tr("Edit event"), events.update_event, event_id, changes, seen_version)

    @_refused_write_reported
    def delete_event(self, event_id: int, name: str) -> None:
        from relnotebook.core.events import service as events

        self._deleted(
            self.tr("Delete %s") % name, event_id, events.delete_event, events.restore_event
        )

    # Prompts and messages
    @_refused_write_reported
    def snooze(self, key: str, person_id: int, until: dt.date, text: str) -> None:
        from relnotebook.core.outreach import signals

        previous = signals.snooze(self.notebook, key, person_id, until)
        self._push(
            text,
            lambda: signals.snooze(self.notebook, key, person_id, until),
            lambda: signals.snooze(self.notebook, key, person_id, previous),
        )

    # Check-ins, contacts, tasks
    @_refused_write_raises
    def log_contact(self, person_id: int, **values: Any) -> int:
        from relnotebook.core.checkins import service as contacts

        logged = contacts.record_contact(self.notebook, person_id, **values)
        saved: list[RowSnapshot] = []

        def undo() -> None:  # the sweeps it ticked off count them as still to call
            saved[:] = [contacts.take_back_contact(self.notebook, logged)]

        self._push(
            self.tr("Log contact"),
            lambda: contacts.put_back_contact(self.notebook, logged, saved[0]),
            undo,
        )
        return logged.id

    @_refused_write_reported
    def delete_contact(self, contact_id: int) -> None:
        from relnotebook.core.checkins import service as contacts

        self._deleted(self.tr("Delete contact"), contact_id, contacts.delete_contact, restore_rows)

    @_refused_write_raises
    def set_plan(self, person_id: int, changes: dict[str, Any]) -> None:
        from relnotebook.core.checkins import service as contacts

        self._update(self.tr("Change check-ins"), contacts.set_plan, person_id, changes)

    @_refused_write_raises
    def snooze_checkin(
        self, person_id: int, *, until: dt.date, reason: str, today: dt.date
    ) -> None:
        from relnotebook.core.checkins import service as contacts

        previous = contacts.snooze_checkin(
            self.notebook, person_id, until=until, reason=reason, today=today
        )
        changes = {"snoozed_until": until, "snooze_reason": reason.strip()}
        self._push(
            self.tr("Put off a check-in"),
            lambda: contacts.set_plan(self.notebook, person_id, changes),
            lambda: contacts.set_plan(self.notebook, person_id, previous),
        )

    @_refused_write_raises
    def add_task(self, **values: Any) -> int:
        from relnotebook.core.checkins import tasks

        key = tasks.add_task(self.notebook, **values)
        return self._created(self.tr("Add task"), key, tasks.delete_task, restore_rows)

    @_refused_write_reported
    def set_task_done(self, task_id: int, done_on: dt.date | None) -> None:
        from relnotebook.core.checkins import tasks

        self._update(self.tr("Tick a task"), tasks.update_task, task_id, {"done_on": done_on})

    @_refused_write_reported
    def move_task(self, task_id: int, due_on: dt.date) -> None:
        from relnotebook.core.checkins import tasks

        self._update(self.tr("Move a task"), tasks.update_task, task_id, {"due_on": due_on})

    @_refused_write_reported
    def delete_task(self, task_id: int) -> None:
        from relnotebook.core.checkins import tasks

        self._deleted(self.tr("Delete task"), task_id, tasks.delete_task, restore_rows)

    @_refused_write_raises
    def client_leaving(self, person_id: int, name: str, **values: Any) -> None:
        from relnotebook.core.people import departures

        saved = [departures.client_leaving(self.notebook, person_id, **values)]

        def redo() -> None:
            saved[:] = [departures.client_leaving(self.notebook, person_id, **values)]

        self._push(
            self.tr("%1 is leaving").replace("%1", name),
            redo,
            lambda: departures.undo_departure(self.notebook, saved[0]),
        )

    # Referrals
    @_refused_write_raises
    def add_referral(self, **values: Any) -> int:
        from relnotebook.core.referrals import service as referrals

        key = referrals.add_referral(self.notebook, **values)
        return self._created(self.tr("Add referral"), key, referrals.delete_referral, restore_rows)

    @_refused_write_reported
    def delete_referral(self, referral_id: int) -> None:
        from relnotebook.core.referrals import service as referrals

        self._deleted(
            self.tr("Delete referral"), referral_id, referrals.delete_referral, restore_rows
        )

    @_refused_write_raises
    def apply(self, change: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A change that is not undone with Ctrl+Z (recording a message sent, an answer):
        it happened in the world, so the notebook keeps it; the views still refresh."""
        result = change(self.notebook, *args, **kwargs)
        self.changed.emit()
        return result

    @_refused_write_reported
    def merge_people(self, keep_id: int, drop_id: int, take_from_drop: frozenset[str]) -> None:
        """Two records of one person become one; undo splits them back, with their old ids."""
        from relnotebook.core.people import merge

        saved = [merge.merge_people(self.notebook, keep_id, drop_id, take_from_drop)]

        def redo() -> None:
            saved[:] = [merge.merge_people(self.notebook, keep_id, drop_id, take_from_drop)]

        self._push(
            self.tr("Merge two people"), redo, lambda: merge.unmerge(self.notebook, saved[0])
        )

    @_refused_write_reported
    def not_duplicates(self, first_id: int, second_id: int) -> None:
        """Two people are two: Find Duplicates no longer lists them; undo lists them again."""
        from relnotebook.core.people import duplicates

        pair = [duplicates.not_duplicates(self.notebook, first_id, second_id)]

        def redo() -> None:
            pair[:] = [duplicates.not_duplicates(self.notebook, first_id, second_id)]

        def undo() -> None:
            if pair[0] is not None:
                duplicates.forget_not_duplicates(self.notebook, pair[0])

        self._push(self.tr("Not a duplicate"), redo, undo)

    def record_import(self, result: ImportResult, text: str) -> None:
        """An import written is one undo step: undo takes out what it created and merged."""
        from relnotebook.core.exchange.contact_import import (  # (vCard parser: lazy)
            redo_import,
            undo_import,
        )

        saved: list[RowSnapshot] = []

        def undo() -> None:
            saved[:] = [undo_import(self.notebook, result)]

        self._push(text, lambda: redo_import(self.notebook, result, saved[0]), undo)

    def record_capture(self, result: CaptureResult, text: str) -> None:
        """A saved capture form is one undo step that takes back all it added."""
        from relnotebook.core.events import capture

        saved: list[RowSnapshot] = []

        def undo() -> None:
            saved[:] = [capture.undo_capture(self.notebook, result)]

        self._push(text, lambda: capture.redo_capture(self.notebook, result, saved[0]), undo)
