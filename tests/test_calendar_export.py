"""The .ics export: what lands on which day, stable UIDs, and `relnotebook ics`."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar

from relnotebook import cli, files
from relnotebook.core.checkins.service import log_contact, set_plan
from relnotebook.core.checkins.tasks import RECONTACT, add_task, complete_task
from relnotebook.core.demo.writer import write_demo
from relnotebook.core.exchange.calendar_export import CalendarItem, calendar_items, write_ics
from relnotebook.core.models import Stage
from relnotebook.core.outreach import signals
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
STAMP = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@dataclass(frozen=True)
class Built:
    """Ids of what the fixture added on top of the sample notebook."""

    ana: int  # tier A client, last contact 40 days ago: check-in overdue
    ben: int  # tier C client, last contact 100 days ago: check-in in 80 days
    carl: int  # tier C client, contacted 10 days ago: check-in in 170 days, beyond the window
    dana: int  # acquaintance with a 20-day cadence of her own: check-in in 15 days
    coffee_late: int  # Ana, two days ago, not done
    coffee_soon: int  # Ben, in 30 days
    coffee_done: int
    coffee_far: int  # in 120 days
    not_coffee: int  # a follow-up of another kind
    task_late: int  # Ana, 3 days ago
    task_recontact: int  # Carl, in 60 days
    task_nobody: int  # about nobody in particular, in 5 days
    task_far: int  # in 200 days
    task_done: int


def person(notebook: Notebook, given: str, family: str, stage: Stage, phone: str = "") -> int:
    fields = PersonFields(
        given_name=given, family_name=family, stage=stage, phones=(phone,) if phone else ()
    )
    return add_person(notebook, fields)


def build(notebook: Notebook) -> Built:
    """The demo notebook (`notebook` holds it already) and a few people more."""
    ana = person(notebook, "Ana", "Lavoie", Stage.CLIENT, "514 555-0177")
    ben = person(notebook, "Benoît", "Caron", Stage.CLIENT, "438 555-0178")
    carl = person(notebook, "Carl", "Dubé", Stage.CLIENT)
    dana = person(notebook, "Dana", "Fortin", Stage.ACQUAINTANCE)
    set_plan(notebook, ana, {"tier": "A"})
    set_plan(notebook, ben, {"tier": "C"})
    set_plan(notebook, carl, {"tier": "C"})
    set_plan(notebook, dana, {"cadence_days": 20})
    log_contact(notebook, ana, on=TODAY - 40 * DAY)
    log_contact(notebook, ben, on=TODAY - 100 * DAY)
    log_contact(notebook, carl, on=TODAY - 10 * DAY)
    log_contact(notebook, dana, on=TODAY - 5 * DAY)

    def coffee(pid: int, due: dt.date, text: str = "", kind: str = "coffee") -> int:
        return signals.add_follow_up(notebook, pid, due_on=due, kind=kind, text=text)

    coffee_done = coffee(dana, TODAY + 3 * DAY)
    signals.complete_follow_up(notebook, coffee_done, on=TODAY - DAY)
    task_done = add_task(notebook, title="Old errand", due_on=TODAY + 4 * DAY, person_id=dana)
    complete_task(notebook, task_done, on=TODAY - DAY)
    return Built(
        ana=ana,
        ben=ben,
        carl=carl,
        dana=dana,
        coffee_late=coffee(ana, TODAY - 2 * DAY, "Café Olimpico, 10 h"),
        coffee_soon=coffee(ben, TODAY + 30 * DAY),
        coffee_done=coffee_done,
        coffee_far=coffee(carl, TODAY + 120 * DAY),
        not_coffee=coffee(ben, TODAY + 2 * DAY, kind="next_day_note"),
        task_late=add_task(notebook, title="Send the forms", due_on=TODAY - 3 * DAY, person_id=ana),
        task_recontact=add_task(
            notebook,
            title="Call Carl back",
            due_on=TODAY + 60 * DAY,
            person_id=carl,
            kind=RECONTACT,
        ),
        task_nobody=add_task(notebook, title="Renew the licence", due_on=TODAY + 5 * DAY),
        task_far=add_task(notebook, title="Far away", due_on=TODAY + 200 * DAY, person_id=ana),
        task_done=task_done,
    )


@pytest.fixture
def built(demo_notebook: Notebook) -> Built:
    return build(demo_notebook)


@dataclass(frozen=True)
class Parsed:
    uid: str
    start: dt.date
    end: dt.date
    summary: str
    description: str
    stamp: dt.datetime
    transp: str


def parse(data: bytes) -> list[Parsed]:
    calendar = Calendar.from_ical(data)
    return [
        Parsed(
            uid=str(event["UID"]),
            start=event["DTSTART"].dt,
            end=event["DTEND"].dt,
            summary=str(event["SUMMARY"]),
            description=str(event.get("DESCRIPTION", "")),
            stamp=event["DTSTAMP"].dt,
            transp=str(event["TRANSP"]),
        )
        for event in calendar.walk("VEVENT")
    ]


def export(notebook: Notebook, today: dt.date = TODAY, days: int = 90) -> dict[str, Parsed]:
    events = parse(write_ics(calendar_items(notebook, today=today, days=days), stamp=STAMP))
    uids = [e.uid for e in events]
    assert len(uids) == len(set(uids)), "no UID twice"
    return {e.uid: e for e in events}


def test_each_item_lands_on_its_day(notebook: Notebook, built: Built) -> None:
    events = export(notebook)
    expected = {
        f"checkin-{built.ana}@relnotebook": TODAY,  # overdue since TODAY - 10
        f"checkin-{built.ben}@relnotebook": TODAY + 80 * DAY,
        f"checkin-{built.dana}@relnotebook": TODAY + 15 * DAY,
        f"coffee-{built.coffee_late}@relnotebook": TODAY,
        f"coffee-{built.coffee_soon}@relnotebook": TODAY + 30 * DAY,
        f"task-{built.task_late}@relnotebook": TODAY,
        f"task-{built.task_recontact}@relnotebook": TODAY + 60 * DAY,
        # Due on Saturday 28 November: placed on the Friday, as Today shows it (closed_days).
        f"task-{built.task_nobody}@relnotebook": TODAY + 4 * DAY,
    }
    assert {uid: events[uid].start for uid in expected} == expected
    for event in events.values():
        assert isinstance(event.start, dt.date) and not isinstance(event.start, dt.datetime)
        assert event.end == event.start + DAY
        assert TODAY <= event.start <= TODAY + 90 * DAY
        assert event.transp == "TRANSPARENT"
        assert event.stamp == STAMP


def test_beyond_the_window_done_and_other_kinds_are_absent(
    notebook: Notebook, built: Built
) -> None:
    uids = set(export(notebook))
    for absent in (
        f"checkin-{built.carl}@relnotebook",
        f"coffee-{built.coffee_far}@relnotebook",
        f"coffee-{built.coffee_done}@relnotebook",
        f"coffee-{built.not_coffee}@relnotebook",
        f"task-{built.task_far}@relnotebook",
        f"task-{built.task_done}@relnotebook",
    ):
        assert absent not in uids
    # The window is the argument: 200 days reaches the far task and Carl's check-in.
    wider = set(export(notebook, days=200))
    assert f"task-{built.task_far}@relnotebook" in wider
    assert f"checkin-{built.carl}@relnotebook" in wider
    assert f"coffee-{built.coffee_far}@relnotebook" in wider


def test_a_zero_day_window_is_today_only(notebook: Notebook, built: Built) -> None:
    events = export(notebook, days=0)
    assert f"task-{built.task_late}@relnotebook" in events
    assert f"checkin-{built.ana}@relnotebook" in events
    assert {e.start for e in events.values()} == {TODAY}
    with pytest.raises(ValueError):
        calendar_items(notebook, today=TODAY, days=-1)


def test_summaries_and_descriptions(notebook: Notebook, built: Built) -> None:
    events = export(notebook)
    ana = events[f"checkin-{built.ana}@relnotebook"]
    assert ana.summary == "Check in with Ana Lavoie"
    assert ana.description.splitlines() == [
        "Every 30 days (tier A); last contact 14 October 2026 (phone).",
        "Overdue since 13 November 2026.",
        "Phone: (514) 555-0177",
    ]
    dana = events[f"checkin-{built.dana}@relnotebook"]
    assert dana.summary == "Check in with Dana Fortin"
    assert "Every 20 days" in dana.description and "Phone" not in dana.description
    late = events[f"coffee-{built.coffee_late}@relnotebook"]
    assert late.summary == "Coffee with Ana Lavoie"
    assert late.description.splitlines() == [
        "Coffee planned for 21 November 2026, not marked done yet.",
        "Café Olimpico, 10 h",
        "Phone: (514) 555-0177",
    ]
    soon = events[f"coffee-{built.coffee_soon}@relnotebook"]
    assert soon.summary == "Coffee with Benoît Caron"
    assert "Phone: (438) 555-0178" in soon.description
    assert (
        events[f"task-{built.task_late}@relnotebook"].summary == "Task: Send the forms (Ana Lavoie)"
    )
    assert (
        "Overdue since 20 November 2026."
        in events[f"task-{built.task_late}@relnotebook"].description
    )
    recontact = events[f"task-{built.task_recontact}@relnotebook"]
    assert recontact.summary == "Task: Call Carl back (Carl Dubé)"
    assert "former client" in recontact.description
    assert events[f"task-{built.task_nobody}@relnotebook"].summary == "Task: Renew the licence"


def test_the_calendar_header() -> None:
    data = write_ics([CalendarItem("task-1@relnotebook", TODAY, "Task: x", "")], stamp=STAMP)
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Relationship Notebook//relnotebook//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["X-WR-CALNAME"]) == "Relationship Notebook"
    text = data.decode("utf-8")
    assert "DTSTART;VALUE=DATE:20261123\r\n" in text
    assert "DTEND;VALUE=DATE:20261124\r\n" in text
    # icalendar 5.0 spells out VALUE=DATE-TIME, the default; later releases leave it out.
    assert re.search(r"\r\nDTSTAMP(;VALUE=DATE-TIME)?:20261123T093000Z\r\n", text)
    assert "TRANSP:TRANSPARENT\r\n" in text


def test_the_same_items_give_the_same_bytes(notebook: Notebook, built: Built) -> None:
    items = calendar_items(notebook, today=TODAY)
    assert len(items) >= 8
    assert write_ics(items, stamp=STAMP) == write_ics(items, stamp=STAMP)
    # A stamp given in another zone is written in UTC; the all-day dates do not move.
    montreal = dt.timezone(dt.timedelta(hours=-5))
    local = write_ics(items, stamp=STAMP.astimezone(montreal))
    assert local == write_ics(items, stamp=STAMP)
    naive = write_ics(items, stamp=STAMP.replace(tzinfo=None))
    assert naive == write_ics(items, stamp=STAMP)


def test_uids_name_the_thing_not_the_date(notebook: Notebook, built: Built) -> None:
    first = export(notebook, TODAY)
    # A week later, unchanged: everything still open keeps its UID; late items follow the day.
    later = export(notebook, TODAY + 7 * DAY)
    assert set(first) <= set(later)
    assert later[f"coffee-{built.coffee_late}@relnotebook"].start == TODAY + 7 * DAY
    # A contact moves Ana's check-in a month out: the same event, on another day.
    log_contact(notebook, built.ana, on=TODAY + DAY)
    moved = export(notebook, TODAY + 2 * DAY)
    uid = f"checkin-{built.ana}@relnotebook"
    assert first[uid].start == TODAY
    assert moved[uid].start == TODAY + 31 * DAY
    for some in (first, later, moved):
        for uid in some:
            assert re.fullmatch(r"(checkin|coffee|task)-\d+@relnotebook", uid), uid


def test_month_ends_and_leap_days_keep_their_date(notebook: Notebook) -> None:
    leap = person(notebook, "Léa", "Bissonnette", Stage.ACQUAINTANCE)
    set_plan(notebook, leap, {"cadence_days": 30})
    log_contact(notebook, leap, on=dt.date(2028, 1, 30))  # + 30 days = 29 February 2028
    # (A Monday: a task due on a weekend would be placed on the Friday before.)
    year_end = add_task(notebook, title="Year-end review", due_on=dt.date(2029, 12, 31))
    month_end = signals.add_follow_up(notebook, leap, due_on=dt.date(2028, 4, 30), kind="coffee")
    data = write_ics(calendar_items(notebook, today=dt.date(2028, 2, 1), days=700), stamp=STAMP)
    events = {e.uid: e for e in parse(data)}
    checkin = events[f"checkin-{leap}@relnotebook"]
    assert (checkin.start, checkin.end) == (dt.date(2028, 2, 29), dt.date(2028, 3, 1))
    task = events[f"task-{year_end}@relnotebook"]
    assert (task.start, task.end) == (dt.date(2029, 12, 31), dt.date(2030, 1, 1))
    coffee = events[f"coffee-{month_end}@relnotebook"]
    assert (coffee.start, coffee.end) == (dt.date(2028, 4, 30), dt.date(2028, 5, 1))
    assert b"DTSTART;VALUE=DATE:20280229\r\n" in data


# The command line


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.mark.sqlite_only
def test_cli_writes_a_private_file(
    notebook: Notebook, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    out = tmp_path / "out" / "relnotebook.ics"
    out.parent.mkdir()
    out.write_bytes(b"an older export")
    out.chmod(0o644)
    code = run("ics", "--notebook", str(notebook.path), "--out", str(out), "--date", "2026-11-23")
    assert code == cli.EXIT_OK
    printed, err = capsys.readouterr()
    assert err == ""
    events = parse(out.read_bytes())
    assert len(events) >= 8
    assert printed == f"Wrote {len(events)} events to {out}.\n"
    assert {e.uid for e in events} == {i.uid for i in _items(notebook.path, TODAY, 90)}
    assert sorted(p.name for p in out.parent.iterdir()) == ["relnotebook.ics"]  # no temp file
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def _items(path: Path, today: dt.date, days: int) -> list[CalendarItem]:
    notebook = Notebook.open(path)
    try:
        return calendar_items(notebook, today=today, days=days)
    finally:
        notebook.close()


@pytest.mark.sqlite_only
def test_cli_days_option(
    notebook: Notebook, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    out = tmp_path / "short.ics"
    args = ("ics", "--notebook", str(notebook.path), "--out", str(out), "--date", "2026-11-23")
    assert run(*args, "--days", "7") == cli.EXIT_OK
    assert all(e.start <= TODAY + 7 * DAY for e in parse(out.read_bytes()))
    assert f"task-{built.task_nobody}@relnotebook" in {e.uid for e in parse(out.read_bytes())}
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:
        run(*args, "--days", "-1")
    assert caught.value.code == cli.EXIT_USAGE


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    printed, err = capsys.readouterr()
    assert printed == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("relnotebook: ")
    return lines[0]


def test_cli_missing_notebook_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite"
    out = tmp_path / "out.ics"
    code = run("ics", "--notebook", str(missing), "--out", str(out))
    assert code != cli.EXIT_OK
    assert "does not exist" in one_error_line(capsys)
    assert sorted(tmp_path.iterdir()) == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize("where", ["no-folder", "parent-is-a-file", "out-is-a-folder"])
def test_cli_unwritable_out_is_one_line(
    notebook: Notebook, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    write_demo(notebook, today=TODAY)
    notebook.close()
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "a-folder").mkdir()
    out, reason = {
        "no-folder": (tmp_path / "nowhere" / "out.ics", f"the folder {tmp_path / 'nowhere'} does"),
        "parent-is-a-file": (tmp_path / "a-file" / "out.ics", f"{tmp_path / 'a-file'} is not a"),
        "out-is-a-folder": (tmp_path / "a-folder", "it is a folder"),
    }[where]
    before = sorted(tmp_path.rglob("*"))
    code = run("ics", "--notebook", str(notebook.path), "--out", str(out))
    assert code == cli.EXIT_CANNOT_WRITE
    assert one_error_line(capsys).startswith(f"relnotebook: cannot write {out}: {reason}")
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.sqlite_only
def test_cli_failed_write_keeps_the_old_file(
    notebook: Notebook, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    write_demo(notebook, today=TODAY)
    notebook.close()
    out = tmp_path / "exports" / "cal.ics"
    out.parent.mkdir()
    out.write_bytes(b"previous")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    code = run("ics", "--notebook", str(notebook.path), "--out", str(out))
    assert code == cli.EXIT_CANNOT_WRITE
    assert one_error_line(capsys) == f"relnotebook: cannot write {out}: Permission denied."
    assert out.read_bytes() == b"previous"
    assert [p.name for p in out.parent.iterdir()] == ["cal.ics"]  # the temp file is gone


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.skipif(
    os.name == "posix" and os.geteuid() == 0, reason="root ignores file permissions"
)
def test_cli_read_only_folder_is_one_line(
    notebook: Notebook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_demo(notebook, today=TODAY)
    notebook.close()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code = run("ics", "--notebook", str(notebook.path), "--out", str(folder / "x.ics"))
        assert code == cli.EXIT_CANNOT_WRITE
        assert "Permission denied" in one_error_line(capsys)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
