"""The two runners behind slow work: the same outcome, on threads (the app) or at once (tests)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from relnotebook.gui.background import Progress, SyncRunner


def counting(stop_at: int | None = None):  # noqa: ANN201
    """Work that counts to 3, asking to go on at each step, and says on which thread it ran."""

    def work(progress: Progress) -> tuple[int, str]:
        done = 0
        for done in range(1, 4):
            if not progress(done, 3) or done == stop_at:
                break
        return done, threading.current_thread().name

    return work


def test_the_sync_runner_reports_before_run_returns():
    runner = SyncRunner()
    seen: list[object] = []
    task = runner.run(counting(), seen.append, seen.append, progress=lambda d, t: seen.append(d))
    assert task.done
    assert seen == [1, 2, 3, (3, threading.current_thread().name)]


def test_the_sync_runner_reports_a_failure():
    failures: list[BaseException] = []
    SyncRunner().run(lambda progress: 1 / 0, pytest.fail, failures.append)
    assert [type(e) for e in failures] == [ZeroDivisionError]


def test_the_thread_runner_works_off_the_ui_thread_and_reports_on_it(qtbot, thread_runner):
    reported: list[tuple[object, str]] = []
    task = thread_runner.run(
        counting(),
        lambda result: reported.append((result, threading.current_thread().name)),
        pytest.fail,
    )
    assert thread_runner.running() == 1
    qtbot.waitUntil(lambda: task.done)
    [((count, worker), ui)] = reported
    assert count == 3 and worker != ui == threading.current_thread().name
    assert thread_runner.running() == 0


def test_cancel_makes_the_next_progress_call_say_stop(qtbot, thread_runner):
    release = threading.Event()
    results: list[tuple[int, str]] = []

    def held(progress: Progress) -> tuple[int, str]:
        release.wait(10)
        return counting()(progress)

    task = thread_runner.run(held, results.append, pytest.fail)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done)
    assert results[0][0] == 1  # stopped at its first question


def test_nothing_is_reported_to_a_context_that_is_gone(qtbot, thread_runner):
    """As a slot is not called once its receiver is deleted: a dialog closed (and deleted)
    while its export runs must not be called back."""
    release = threading.Event()
    context = QObject()
    reported: list[object] = []
    task = thread_runner.run(
        lambda progress: release.wait(10), reported.append, reported.append, context=context
    )
    with qtbot.waitSignal(context.destroyed):
        context.deleteLater()
    release.set()
    task.wait()
    qtbot.waitUntil(lambda: thread_runner.running() == 0)
    assert reported == []


def test_waiting_for_all_blocks_until_the_work_has_ended(thread_runner):
    release = threading.Event()
    ended: list[bool] = []

    def work(progress: Progress) -> None:
        release.wait(10)
        ended.append(True)

    thread_runner.run(work, lambda _r: None, pytest.fail)
    threading.Timer(0.2, release.set).start()
    thread_runner.wait_all()
    assert ended == [True]
