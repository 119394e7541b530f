"""Sync Settings' whom and what (core.sync.scope) and a change of server, against a real
Radicale on loopback; the screenshots of the dialog in English and French."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlmodel import select

from relnotebook.core.models import Stage, SyncAccount, SyncCard
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.sync.cards import read_card
from relnotebook.core.sync.dav import DavAccount
from relnotebook.core.sync.scope import Scope, read_scope
from relnotebook.gui.dialogs.sync_scope import STAGE, TAG
from relnotebook.gui.main_window import MainWindow
from tests import radicale_server, test_sync
from tests.conftest import TODAY
from tests.gui.test_sync_gui import _no_keyring, _settings
from tests.test_sync import Phone, _book, _href, _julie

pytest.importorskip("caldav", reason="caldav is not installed")
server = test_sync.server  # the Radicale fixtures: no auth, and htpasswd
account = test_sync.account
no_keyring = _no_keyring


class Busy:
    done = False


def _cards(window: MainWindow) -> list[int | None]:
    with window.notebook.reader() as session:
        return [c.person_id for c in session.exec(select(SyncCard))]


def test_whom_and_what_are_chosen_in_sync_settings_and_another_server_starts_fresh(
    window: MainWindow, qtbot, account: DavAccount, server: radicale_server.Server
) -> None:
    notebook = window.notebook
    julie = _julie(notebook)  # golf
    add_note(notebook, julie, text="Her father is in hospital", date=TODAY)
    marc = add_person(notebook, PersonFields(given_name="Marc", family_name="Roy"))
    dialog = _settings(window, qtbot, account.url, account.user, server.password or "x")
    dialog.scope_box.check(TAG, "golf")
    dialog.scope_box.check(STAGE, Stage.CLIENT.value)
    dialog.scope_box.notes.setChecked(True)
    assert dialog.fresh.isHidden()  # no server synced yet: nothing to forget
    dialog.save()
    assert read_scope(notebook, account) == Scope(("golf",), ("client",), notes=True)

    sync = window.controllers.sync
    assert sync.run(interactive=True) is True
    assert _cards(window) == [julie] and marc
    card = read_card(Phone(server, account, _book(notebook)).get(_href(notebook, julie)), TODAY)
    assert card is not None and "hospital" in card.note

    sync.open_settings()
    again = sync.settings_dialog
    qtbot.addWidget(again)
    assert again.scope_box.scope() == Scope(("golf",), ("client",), notes=True)  # as saved
    again.user.setText(account.user + "b")
    assert not again.fresh.isHidden()
    assert account.user in again.fresh.text() and "stay there" in again.fresh.text()
    again.user.setText(account.user)  # back to the same server: nothing to say
    assert again.fresh.isHidden()
    again.user.setText(account.user + "b")
    sync.task = Busy()  # a sync going on: another server waits until it ends
    again.save()
    assert again.answer.text() == "A sync is going on: save when it has finished."
    assert len(_cards(window)) == 1
    sync.task = None
    again.save()
    with notebook.reader() as session:
        assert [a.user for a in session.exec(select(SyncAccount))] == [account.user + "b"]
    assert _cards(window) == []  # forgotten here; the card stays on the old server


def _shot(window: MainWindow, qtbot, name: str) -> None:
    _julie(window.notebook)
    add_person(window.notebook, PersonFields(given_name="Lise", family_name="Roy", tags=("board",)))
    dialog = _settings(window, qtbot, "https://dav.example.com/", "anne", "")
    dialog.scope_box.check(TAG, "golf")
    dialog.scope_box.check(STAGE, Stage.CLIENT.value)
    dialog.fresh.setText(
        dialog.scope_box.fresh_start([DavAccount("https://old.example.com/", "anne")])
    )
    dialog.fresh.show()
    dialog.resize(1024, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    out = os.environ.get("RELNB_SCREENSHOTS")
    if out:
        assert dialog.grab().save(str(Path(out) / f"i26-scope-{name}.png"))
    assert dialog.sizeHint().height() <= 640 and dialog.minimumSizeHint().width() <= 1024
    dialog.reject()


def test_the_dialog_fits_1024_by_640_in_english(window: MainWindow, qtbot, english) -> None:
    _shot(window, qtbot, "en")


def test_the_dialog_fits_1024_by_640_in_french(window: MainWindow, qtbot, french) -> None:
    _shot(window, qtbot, "fr")
