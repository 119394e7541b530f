"""What the menu commands do, one family per module, each a small controller given the window
it acts in and the editor that writes (`base.Controller`). The menus themselves are a table
(`gui/actions.py`); the window (`gui/main_window.py`) is only the frame that holds the views.

Built by `build_controllers` once a notebook is attached; the few commands that work before
(opening another notebook, connecting to a server, About) are in `opening` (the window's
`opener`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relnotebook.clock import Clock
    from relnotebook.gui.background import Runner
    from relnotebook.gui.controllers.calls import CallsController
    from relnotebook.gui.controllers.events import EventsController
    from relnotebook.gui.controllers.exchange import ExchangeController
    from relnotebook.gui.controllers.messages import MessagesController
    from relnotebook.gui.controllers.notebook import NotebookController, Restore
    from relnotebook.gui.controllers.people import PeopleController
    from relnotebook.gui.controllers.privacy import PrivacyController
    from relnotebook.gui.controllers.sync import SyncController
    from relnotebook.gui.main_window import MainWindow
    from relnotebook.gui.undo import Editor


@dataclass(frozen=True)
class Controllers:
    people: PeopleController
    messages: MessagesController
    calls: CallsController
    events: EventsController
    exchange: ExchangeController
    privacy: PrivacyController
    notebook: NotebookController
    sync: SyncController


def build_controllers(
    window: MainWindow, editor: Editor, clock: Clock, runner: Runner, restore: Restore | None
) -> Controllers:
    """The window's controllers, once its notebook is attached. (Imported here, not at the top:
    they load the data layer, which comes after the window's frame is on screen.)"""
    from relnotebook.gui.controllers.calls import CallsController
    from relnotebook.gui.controllers.events import EventsController
    from relnotebook.gui.controllers.exchange import ExchangeController
    from relnotebook.gui.controllers.messages import MessagesController
    from relnotebook.gui.controllers.notebook import NotebookController
    from relnotebook.gui.controllers.people import PeopleController
    from relnotebook.gui.controllers.privacy import PrivacyController
    from relnotebook.gui.controllers.sync import SyncController

    given = (window, editor, clock, runner)
    return Controllers(
        people=PeopleController(*given),
        messages=MessagesController(*given),
        calls=CallsController(*given),
        events=EventsController(*given),
        exchange=ExchangeController(*given),
        privacy=PrivacyController(*given),
        notebook=NotebookController(*given, restore),
        sync=SyncController(*given),
    )
