"""Settings › Mail and the mail log in the app: a mailbox added, read (at start and on Read
now), the status line, Today showing the reply, and the people written to often offered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from relnotebook.core import settings
from relnotebook.core.checkins.service import person_contacts
from relnotebook.core.mail.service import Source, SourceKind
from relnotebook.core.mail.sources import add_source, chosen_sources
from relnotebook.core.models import SignalKind
from relnotebook.core.outreach import signals
from relnotebook.core.people.service import add_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.controllers.mail import MailController
from relnotebook.gui.dialogs.mail_settings import MailSettingsDialog, mail_tab
from relnotebook.gui.main_window import MainWindow
from tests.conftest import TODAY
from tests.helpers.mailboxes import ME, ROBERT, STRANGER, Mail, write_mbox

DAY = TODAY - dt.timedelta(days=2)


def _mail_log(window: MainWindow) -> MailController:
    window.mail_log = MailController(window, window.editor, window.clock, window.runner)
    return window.mail_log


def test_nothing_is_read_until_a_mailbox_is_set(window: MainWindow) -> None:
    mail = _mail_log(window)
    assert mail.run() is False
    assert window.statusBar().currentMessage() != "Reading mail…"


def test_a_mailbox_read_at_start_logs_contacts_says_so_and_today_shows_the_reply(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    notebook = window.notebook
    robert = add_person(notebook, PersonFields(given_name="Robert", emails=(ROBERT,)))
    signals.record_signal(
        notebook, robert, kind=SignalKind.COFFEE_INVITATION, body="Un café?", sent_on=DAY
    )
    settings.set_text(notebook, settings.MAIL_MY_ADDRESSES, ME)
    mbox = write_mbox(
        tmp_path / "mail.mbox",
        [
            Mail(ROBERT, [ME], DAY + dt.timedelta(days=1), "<re@tremblay.example>"),
            *(Mail(ME, [f"Jean Roy <{STRANGER}>"], DAY, f"<s{i}@c.example>") for i in range(3)),
        ],
    )
    add_source(notebook, Source(SourceKind.MBOX, str(mbox)))
    mail = _mail_log(window)
    mail.start()
    assert mail.timer.isActive()
    assert "Mail: 1 contacts logged with 1 people; replies from Robert." in (
        window.statusBar().currentMessage()
    )
    assert len(person_contacts(notebook, robert)) == 1
    window.today.reload()
    rows = window.today.model
    texts = [str(rows.data(rows.index(r, c))) for r in range(rows.rowCount()) for c in range(3)]
    assert any("Robert replied to your coffee invitation" in t for t in texts), texts

    dialog = MailSettingsDialog(mail, window)
    qtbot.addWidget(dialog)
    assert dialog.sources.count() == 1 and "mail.mbox" in dialog.sources.item(0).text()
    offered = [w for w in dialog.frequent_box.findChildren(QLabel) if STRANGER in w.text()]
    assert offered and "Jean Roy" in offered[0].text()
    add = [b for b in dialog.frequent_box.findChildren(QPushButton) if b.text() == "Add"]
    add[0].click()
    assert [p.name for p in list_people(notebook) if p.name == "Jean Roy"] == ["Jean Roy"]
    assert mail.frequent == []


def test_settings_are_saved_and_a_mailbox_removed(window: MainWindow, qtbot) -> None:
    mail = _mail_log(window)
    add_source(window.notebook, Source(SourceKind.MAILDIR, "/home/anne/Maildir"))
    dialog = MailSettingsDialog(mail, window)
    qtbot.addWidget(dialog)
    dialog.addresses.setPlainText("anne@conseil.example\nanne@perso.example")
    dialog.subject.setChecked(True)
    dialog.months.setValue(6)
    dialog.every.setValue(15)
    dialog.save()
    values = settings.read_all(window.notebook)
    assert values.text(settings.MAIL_MY_ADDRESSES) == "anne@conseil.example\nanne@perso.example"
    assert values.int(settings.MAIL_READ_SUBJECT) == 1
    assert values.int(settings.MAIL_FIRST_MONTHS) == 6
    assert mail.timer.interval() == 15 * 60 * 1000
    dialog.sources.setCurrentRow(0)
    dialog.remove_selected()
    assert chosen_sources(window.notebook) == []


def test_the_settings_dialog_has_a_mail_tab_that_opens_it(window: MainWindow, qtbot) -> None:
    _mail_log(window)
    tab = mail_tab(window, window)
    qtbot.addWidget(tab)
    button = tab.findChild(QPushButton, "settings_mail")
    assert button is not None and button.isEnabled()


def test_stop_ends_a_read_running_in_the_background_and_logs_nothing(
    qtbot, clock, thread_runner, notebook_path: Path, tmp_path: Path
) -> None:
    from relnotebook.store import Notebook

    window = MainWindow(Notebook.open(notebook_path), clock=clock, runner=thread_runner)
    qtbot.addWidget(window)
    notebook = window.notebook
    robert = add_person(notebook, PersonFields(given_name="Robert", emails=(ROBERT,)))
    settings.set_text(notebook, settings.MAIL_MY_ADDRESSES, ME)
    many = [Mail(ME, [ROBERT], DAY, f"<m{i}@conseil.example>") for i in range(6000)]
    add_source(notebook, Source(SourceKind.MBOX, str(write_mbox(tmp_path / "big.mbox", many))))
    mail = _mail_log(window)
    assert mail.run()
    mail.stop()
    qtbot.waitUntil(lambda: mail.task is not None and mail.task.done, timeout=60000)
    assert window.statusBar().currentMessage() == "Mail reading stopped; nothing was logged."
    assert person_contacts(notebook, robert) == []
    mail.close()
