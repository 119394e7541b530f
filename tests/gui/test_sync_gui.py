"""File › Sync Settings… and Sync Now in the app, against a real Radicale on loopback
(tests/radicale_server.py): the server set in the dialog, Test connection, the sync run through
the Runner, the status line, the period, and offline or a wrong password said in one sentence."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from relnotebook.core import settings
from relnotebook.core.people.service import list_people
from relnotebook.core.sync.dav import DavAccount
from relnotebook.gui.controllers.sync import SyncController
from relnotebook.gui.dialogs.sync_settings import SyncSettingsDialog
from relnotebook.gui.main_window import MainWindow
from tests import radicale_server, test_sync
from tests.test_sync import PHONE_CARD, Phone, _book

pytest.importorskip("caldav", reason="caldav is not installed")
server = test_sync.server  # the Radicale fixtures: no auth, and htpasswd
account = test_sync.account


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No system keyring: the password typed is kept for the session only."""
    monkeypatch.setattr("relnotebook.core.sync.dav.keyring_password", lambda s, u: None)
    monkeypatch.setattr("relnotebook.core.sync.dav.remember_password", lambda s, u, p: False)


def _settings(window: MainWindow, qtbot, url: str, user: str, password: str, every: int = 0):  # type: ignore[no-untyped-def]
    sync = window.controllers.sync
    sync.open_settings()
    dialog = sync.settings_dialog
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.every.setValue(every)
    return dialog


def test_nothing_is_synced_until_a_server_is_set(window: MainWindow, qtbot) -> None:
    sync = window.controllers.sync
    assert sync.run() is False and not sync.timer.isActive()
    window.run(next(c for c in _commands(window) if c.handler == "sync.sync_now"))
    assert isinstance(sync.settings_dialog, SyncSettingsDialog)
    qtbot.addWidget(sync.settings_dialog)
    assert "Set your server first" in window.statusBar().currentMessage()
    assert sync.settings_dialog.every.text() == "Only on Sync Now"  # off by default


def _commands(window: MainWindow):  # type: ignore[no-untyped-def]
    from relnotebook.gui.actions import MenuTable

    return [c for m in MenuTable().menus() for c in m.entries if c is not None]


def test_sync_now_brings_the_phones_card_and_the_status_line_says_so(
    window: MainWindow, qtbot, clock, account: DavAccount, server: radicale_server.Server
) -> None:
    sync = window.controllers.sync
    dialog = _settings(window, qtbot, account.url, account.user, server.password or "x", 30)
    dialog.test_connection()
    assert dialog.answer.text() == "Connected: the server answered."
    dialog.save()
    assert settings.get_text(window.notebook, settings.SYNC_URL) == account.url
    assert sync.timer.isActive() and sync.timer.interval() == 30 * 60 * 1000

    assert sync.run(interactive=True) is True
    assert sync.status.text() == "Synced just now"
    phone = Phone(server, account, _book(window.notebook))
    card = PHONE_CARD.format(n=7, given="Marc", family="Roy", email="marc@example.ca", extra="")
    phone.put("marc.vcf", card)
    clock.advance(seconds=60)
    sync.timer.timeout.emit()  # the period's sync: no dialog, the password of the session
    assert [p.name for p in list_people(window.notebook)] == ["Marc Roy"]
    clock.advance(seconds=120)
    sync.show_status()
    assert sync.status.text() == "Synced 2 min ago · 1 new from your phone"


def test_a_wrong_password_is_said_in_one_sentence_and_asked_again(
    window: MainWindow, qtbot, account: DavAccount, server: radicale_server.Server
) -> None:
    if not server.with_password:
        pytest.skip("a server without passwords refuses none")
    sync = window.controllers.sync
    _settings(window, qtbot, account.url, account.user, "", 15).save()
    assert sync.run(interactive=False) is False  # the period never asks
    assert "Sync waits for your password" in window.statusBar().currentMessage()
    typed = iter(["wrong", server.password])
    sync.ask_password = lambda account: next(typed)  # type: ignore[method-assign]
    assert sync.run(interactive=True) is True
    message = window.statusBar().currentMessage()
    assert "refused the user name or password" in message
    assert message.endswith("It will be tried again at the next sync.")
    assert sync.password is None
    assert sync.run(interactive=True) is True
    assert sync.status.text() == "Synced just now"


def test_offline_is_said_in_one_sentence_and_retried_at_the_next_period(
    window: MainWindow, qtbot
) -> None:
    url = f"http://127.0.0.1:{radicale_server.free_port()}/"
    sync = window.controllers.sync
    dialog = _settings(window, qtbot, url, "", "", 5)
    dialog.test_connection()
    assert "could not be reached" in dialog.answer.text()
    dialog.save()
    assert sync.timer.isActive()
    assert sync.run() is True
    message = window.statusBar().currentMessage()
    assert message.startswith(f"⚠ The server {url} could not be reached; nothing was synced.")
    assert sync.status.text() == ""


def test_saving_without_a_server_stops_the_period(window: MainWindow, qtbot) -> None:
    sync: SyncController = window.controllers.sync
    _settings(window, qtbot, "http://127.0.0.1:9/", "", "", 5).save()
    assert sync.timer.isActive()
    dialog = _settings(window, qtbot, "", "", "", 5)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not sync.timer.isActive()


def test_the_erase_dialog_says_their_card_was_deleted_from_the_server(
    window: MainWindow, qtbot, monkeypatch, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.sync.service import sync
    from relnotebook.gui.background import SyncRunner
    from relnotebook.gui.dialogs.erase import EraseDialog
    from tests.conftest import TODAY
    from tests.test_sync import _href, _julie

    notebook = window.notebook
    julie = _julie(notebook)
    sync(notebook, account, today=TODAY, password=server.password or "x")
    href = _href(notebook, julie)
    monkeypatch.setattr(
        "relnotebook.core.sync.dav.keyring_password", lambda s, u: server.password or "x"
    )
    dialog = EraseDialog(notebook, julie, runner=SyncRunner())
    qtbot.addWidget(dialog)
    dialog.confirm.setText("Julie Tremblay")
    dialog.erase()
    assert "Their card on your sync server was deleted too." in dialog.outcome.text()
    phone = Phone(server, account, _book(notebook))
    assert phone.client.request(href, "GET").status == 404


def test_after_sync_now_clashes_and_deletions_are_asked_and_the_next_sync_applies_them(
    window: MainWindow, qtbot, account: DavAccount, server: radicale_server.Server
) -> None:
    from relnotebook.core.people.service import get_person, update_person
    from tests.test_sync import _href, _julie

    notebook, sync = window.notebook, window.controllers.sync
    _settings(window, qtbot, account.url, account.user, server.password or "x").save()
    julie = _julie(notebook)
    sync.run(interactive=True)
    phone = Phone(server, account, _book(notebook))
    href = _href(notebook, julie)
    phone.put(href.rsplit("/", 1)[1], phone.get(href).replace("Desjardins", "RBC"))
    update_person(notebook, julie, {"organisation": "Banque Nationale"})

    sync.timer.timeout.emit()  # a periodic sync asks nothing
    assert getattr(sync, "choices_dialog", None) is None
    sync.run(interactive=True)
    dialog = sync.choices_dialog
    qtbot.addWidget(dialog)
    ((box, _act),) = dialog.rows
    assert box.itemText(0) == "Decide later"
    box.setCurrentIndex(2)  # the phone's
    dialog.apply()
    sync.run(interactive=False)
    page = get_person(notebook, julie)
    assert page is not None and page.fields.organisation == "RBC"
    assert sync.last_run is not None and sync.last_run.clashes == []


def test_the_sync_runs_off_the_ui_thread(
    window: MainWindow,
    qtbot,
    monkeypatch,
    thread_runner,
    account: DavAccount,
    server: radicale_server.Server,
) -> None:
    import threading

    from relnotebook.core.sync import service

    threads = []
    real = service.sync

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "sync", recorded)
    sync = window.controllers.sync
    sync.runner = thread_runner
    _settings(window, qtbot, account.url, account.user, server.password or "x").save()
    assert sync.run(interactive=True) is True
    assert window.statusBar().currentMessage() == f"Syncing with {account.url}…"
    qtbot.waitUntil(lambda: not sync.busy, timeout=60000)
    assert threads and threads[0] is not threading.main_thread()
    assert sync.status.text() == "Synced just now"


def test_stop_ends_a_sync_going_on_and_leaves_the_notebook_as_it_was(
    window: MainWindow,
    qtbot,
    monkeypatch,
    thread_runner,
    account: DavAccount,
    server: radicale_server.Server,
) -> None:
    import threading

    from sqlmodel import select

    from relnotebook.core.models import SyncCard
    from relnotebook.core.people.service import add_person
    from relnotebook.core.people.views import PersonFields
    from relnotebook.core.sync.dav import Server

    for n in range(3):
        add_person(window.notebook, PersonFields(given_name=f"Person{n}", family_name="Roy"))
    released = threading.Event()
    put = Server.put

    def put_when_released(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        released.wait(60)  # the first card waits for the Stop
        return put(self, *args, **kwargs)

    monkeypatch.setattr(Server, "put", put_when_released)
    sync = window.controllers.sync
    sync.runner = thread_runner
    _settings(window, qtbot, account.url, account.user, server.password or "x").save()
    assert sync.run(interactive=True) is True
    try:  # the first card waits: 3 to write (the address book had none to read)
        qtbot.waitUntil(lambda: sync.progress.maximum() == 3, timeout=60000)
        assert sync.progress.isVisible() and sync.stop_button.isVisible()
    except AssertionError:
        released.set()
        raise
    sync.stop_button.click()
    assert window.statusBar().currentMessage() == "Stopping the sync…"
    released.set()
    qtbot.waitUntil(lambda: not sync.busy, timeout=60000)
    assert "The sync was stopped" in window.statusBar().currentMessage()
    assert not sync.progress.isVisible() and not sync.stop_button.isVisible()
    with window.notebook.reader() as session:
        assert session.exec(select(SyncCard)).all() == []  # the notebook as it was
    assert sync.password is not None  # a Stop is no refused password

    monkeypatch.setattr(Server, "put", put)
    sync.runner = thread_runner
    assert sync.run(interactive=True) is True
    qtbot.waitUntil(lambda: not sync.busy, timeout=60000)
    assert sync.status.text() == "Synced just now"
    with window.notebook.reader() as session:
        assert len(session.exec(select(SyncCard)).all()) == 3  # the next one finishes
