"""Today as an agenda: sections with their counts, one row per person, reasons shown whole,
and the row's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QSizePolicy

from relnotebook.core.checkins.rules import CheckinDue, DueStatus
from relnotebook.core.checkins.sweeps import PendingCall
from relnotebook.core.outreach.agenda import (
    SECTIONS,
    MoreRows,
    Section,
    agenda_rows,
    section_counts,
)
from relnotebook.core.outreach.rules import Prompt
from relnotebook.core.outreach.service import agenda_on
from relnotebook.gui.dialogs.help import ShortcutsDialog
from relnotebook.gui.dialogs.sweep import SweepDialog
from relnotebook.gui.models.today import HEADER_ROLE, SECTION_ROLE, TodayTableModel
from relnotebook.gui.pages import today as today_page
from relnotebook.gui.pages.today_list import TALL, WRAP, bold


def headers(page) -> list[tuple[int, str]]:
    model = page.model
    return [
        (r, model.index(r, 0).data(HEADER_ROLE))
        for r in range(model.rowCount())
        if model.index(r, 0).data(HEADER_ROLE)
    ]


def start_sweep(qtbot, window) -> None:
    dialog = SweepDialog(window.editor, window.today.today, window)
    qtbot.addWidget(dialog)
    dialog.save()
    window.show_view(0)
    window.today.reload()


def test_sections_come_in_the_agenda_order_each_headed_with_its_count(qtbot, demo_window):
    start_sweep(qtbot, demo_window)
    page = demo_window.today
    model = page.model
    sections = [model.index(r, 0).data(SECTION_ROLE) for r in range(model.rowCount())]
    shown = list(dict.fromkeys(sections))
    assert shown == sorted(shown, key=SECTIONS.index)
    assert {Section.CALLS, Section.SWEEPS, Section.MESSAGES, Section.CONSENTS} <= set(shown)
    counts = section_counts([model.agenda_row(r) for r in range(model.rowCount())])
    assert [(sections[r], text) for r, text in headers(page)] == [
        (section, text)
        for section in shown
        for text in [next(t for r, t in headers(page) if sections[r] == section)]
    ]
    for r, text in headers(page):
        assert text.endswith(f"({counts[sections[r]]})")  # one header per section, first row
    assert headers(page)[0][0] == 0
    assert headers(page)[1][1].startswith(("Calls due", "Market sweep calls", "Messages"))


def test_a_client_due_for_a_call_and_in_a_sweep_is_one_call_row_saying_both(qtbot, demo_window):
    start_sweep(qtbot, demo_window)
    model = demo_window.today.model
    rows = [model.agenda_row(r) for r in range(model.rowCount())]
    both = [
        r
        for r, row in enumerate(rows)
        if isinstance(row.first, CheckinDue)
        and row.first.status != DueStatus.UPCOMING
        and any(isinstance(i, PendingCall) for i in row.items)
    ]
    assert both, "the demo has clients both due for a call and in the sweep"
    for r in both:
        person = rows[r].person_id
        assert [row.person_id for row in rows if row.section == Section.SWEEPS].count(person) == 0
        why = model.index(r, TodayTableModel.WHY).data()
        assert "every 90 days" in why or "overdue" in why or "due" in why
        assert "Market sweep call: “" in why  # the second reason, on its own line
        assert "\n" in why


@pytest.fixture(params=["en", "fr"])
def language(request):
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


def test_every_reason_is_shown_whole_at_1024_by_640(qtbot, language, demo_window):
    start_sweep(qtbot, demo_window)
    window = demo_window
    for view in window.views:
        if view is not window.today:  # their widths in French are another test's (issue 21, 4)
            view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    window.show()
    qtbot.waitExposed(window)
    # The window takes its new minimum width when events are processed: resize until it has.
    qtbot.waitUntil(lambda: window.resize(1024, 640) or window.width() == 1024)
    page = window.today
    view, delegate, model = page.table, page.table.delegate, page.model
    QApplication.processEvents()
    assert window.width() == 1024
    assert view.viewport().width() < 900  # the sidebar and margins take their share
    longest = max(
        range(model.rowCount()), key=lambda r: len(model.index(r, TodayTableModel.WHY).data())
    )
    assert (
        QFontMetrics(view.font()).horizontalAdvance(
            model.index(longest, TodayTableModel.WHY).data()
        )
        > view.viewport().width()
    ), "a reason longer than the list is wide, to wrap"
    for r in range(model.rowCount()):
        index = model.index(r, TodayTableModel.WHAT)
        view.scrollTo(index)
        rect = view.visualRect(index)
        assert rect.right() <= view.viewport().width()
        if index.data(HEADER_ROLE):
            rect.setTop(rect.top() + delegate.header_height(view.font()))
        text = delegate.text_rect(rect)
        for font, content in (
            (bold(view.font()), index.data()),
            (view.font(), index.siblingAtColumn(TodayTableModel.WHY).data()),
        ):
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(QRect(0, 0, text.width(), TALL), WRAP, content)
            assert needed.width() <= text.width(), content
            assert needed.height() <= text.height(), content  # every line fits in the row
            text.setTop(text.top() + needed.height() + 2)
            assert "…" not in content or "…" in model.text(model.agenda_row(r), 0) + content


def test_the_rows_keys_call_write_put_off_and_open(qtbot, demo_window, monkeypatch):
    page = demo_window.today
    demo_window.show_view(0)
    model = page.model
    call = next(r for r in range(model.rowCount()) if isinstance(model.item(r), CheckinDue))
    message = next(
        r
        for r in range(model.rowCount())
        if isinstance(model.item(r), Prompt) and model.item(r).suggested is not None
    )
    for signal in (
        page.call_requested,
        page.write_requested,
        page.open_person,
        page.compose_requested,
    ):
        signal.disconnect()  # what they open is tested elsewhere: the keys stay on the list
    page.table.setFocus()
    page.table.selectRow(call)
    person = model.item(call).person_id
    with qtbot.waitSignal(page.call_requested) as called:
        qtbot.keyClick(page.table, Qt.Key.Key_C)
    assert called.args == [person, "me"]
    with qtbot.waitSignal(page.write_requested) as written:
        qtbot.keyClick(page.table, Qt.Key.Key_W)  # no message suggested: a message to them
    assert written.args == [person]
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_O)
    assert opened.args == [person]
    with qtbot.waitSignal(page.open_person):
        qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown = []
    monkeypatch.setattr(page.later_button, "showMenu", lambda: shown.append(True))
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    assert shown == [True]
    page.table.selectRow(message)
    with qtbot.waitSignal(page.compose_requested) as composed:
        qtbot.keyClick(page.table, Qt.Key.Key_W)  # the message the row suggests
    assert composed.args == [model.item(message)]
    assert "(W)" in page.write_button.toolTip() and "(C)" in page.call_button.toolTip()


def test_the_rows_keys_are_in_the_shortcuts_sheet(qtbot, window):
    sheet = ShortcutsDialog(window)
    qtbot.addWidget(sheet)
    text = sheet.text.toPlainText()
    assert "Call: log a call with them" in text and "Not now: show it again later" in text


def test_a_long_section_shows_a_page_and_enter_shows_more(qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(today_page, "ROWS_PAGE", 2)
    page = demo_window.today
    demo_window.show_view(0)
    page.reload()
    model = page.model

    def messages() -> list[object]:
        return [
            model.item(r)
            for r in range(model.rowCount())
            if model.index(r, 0).data(SECTION_ROLE) == Section.MESSAGES
        ]

    total = len(
        [
            r
            for r in agenda_rows(agenda_on(page._editor.notebook, page.today), page.today)
            if r.section == Section.MESSAGES
        ]
    )
    assert total > 4
    shown = messages()
    assert len(shown) == 3 and shown[-1] == MoreRows(Section.MESSAGES, total - 2)
    header = next(
        t for r, t in headers(page) if model.index(r, 0).data(SECTION_ROLE) == Section.MESSAGES
    )
    assert header.endswith(f"({total})")  # the header counts them all
    more = next(r for r in range(model.rowCount()) if model.item(r) == shown[-1])
    page.table.setFocus()
    page.table.selectRow(more)
    assert (
        page.act_button.text().replace("&", "") == "Show more calls"
        or "more" in page.act_button.text()
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(messages()) == 5 and isinstance(messages()[-1], MoreRows)
    assert model.item(page.table.currentIndex().row()) == messages()[2]  # the first one new
