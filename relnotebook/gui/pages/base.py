"""What the window asks of every view in its sidebar: one small interface, no base class.

Each edit anywhere makes every view out of date, but reading the notebook again for views no
one is looking at cost most of a second per edit on a large notebook. So the window marks every
view stale after a change and reloads only the one in view; the others are reloaded when shown.
"""

from __future__ import annotations

from typing import Protocol

# The views, in the sidebar's order (and Ctrl+1 … Ctrl+5).
TODAY, PEOPLE, EVENTS, REFERRALS, NEWSLETTER = range(5)


class Page(Protocol):
    """A view: `reload()` reads the notebook again now; `is_stale` says it must, once shown."""

    is_stale: bool

    def reload(self) -> None: ...


def reload_if_stale(page: Page) -> None:
    if page.is_stale:
        page.is_stale = False
        page.reload()
