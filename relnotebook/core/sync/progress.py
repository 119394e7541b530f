"""A sync's progress, card by card, and its Stop: the caller's `progress(done, total)` is called
after each card or event read or written, and a False from it stops the sync (`SyncStopped`).
Stopped before the notebook's transaction commits, the notebook is as it was; what was already
written on the server is taken back by the next sync, as after a sync killed midway."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from relnotebook.core.sync.dav import SyncError

Progress = Callable[[int, int], bool]  # (done, total) → False asks the sync to stop


class SyncStopped(SyncError):
    def __init__(self) -> None:
        super().__init__("The sync was stopped; the notebook is as it was. The next sync finishes.")


@dataclass
class Steps:
    progress: Progress | None = None
    done: int = 0
    total: int = 0

    def expect(self, count: int) -> None:
        """`count` more steps to come."""
        self.total += count
        self._report()

    def step(self) -> None:
        self.done += 1
        self._report()

    def _report(self) -> None:
        if self.progress is not None and not self.progress(self.done, max(self.done, self.total)):
            raise SyncStopped()
