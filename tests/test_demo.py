"""The sample notebook: realistic, deterministic, dated from `today`, and written all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relnotebook.cli import main
from relnotebook.core.dates import month_name, parse_date
from relnotebook.core.demo import writer as demo
from relnotebook.core.demo.writer import until_phrase, write_demo
from relnotebook.core.events.service import get_event, list_events
from relnotebook.core.models import DetailKind, Language, Stage
from relnotebook.core.people.service import count_people, get_person, list_people
from relnotebook.core.people.views import PersonPage
from relnotebook.store import Notebook
from tests.conftest import TODAY


@pytest.fixture
def filled(notebook: Notebook) -> Notebook:
    write_demo(notebook, today=TODAY)
    return notebook


def _page(notebook: Notebook, name: str) -> PersonPage:
    matches = [p for p in list_people(notebook) if p.name == name]
    assert len(matches) == 1, name
    page = get_person(notebook, matches[0].id)
    assert page is not None
    return page


def _pages(notebook: Notebook) -> list[PersonPage]:
    pages = [get_person(notebook, p.id) for p in list_people(notebook)]
    assert all(page is not None for page in pages)
    return pages  # type: ignore[return-value]


def _content(notebook: Notebook) -> list[tuple]:
    """Everything written, without ids or timestamps, in a stable order."""
    rows = []
    for page in sorted(_pages(notebook), key=lambda p: p.name):
        rows.append(
            (
                page.name,
                page.fields.organisation,
                page.fields.stage,
                page.fields.tags,
                page.introduced_by_name,
                tuple(
                    (d.kind, d.text, d.mentioned_on, d.starts_on, d.ends_on) for d in page.details
                ),
                tuple((n.date, n.text, n.event_name) for n in page.notes),
                tuple((e.name, e.date) for e in page.events),
            )
        )
    return rows


def test_counts(filled: Notebook) -> None:
    assert len(list_events(filled)) == 3
    assert 22 <= count_people(filled) <= 28


def test_every_event_has_a_place_notes_and_people(filled: Notebook) -> None:
    for summary in list_events(filled):
        page = get_event(filled, summary.id)
        assert page is not None
        assert page.place and page.notes
        assert page.people, page.name
        assert page.date < TODAY


def test_robert_met_at_the_latest_event_with_the_croatia_trip_and_a_busy_period(
    filled: Notebook,
) -> None:
    robert = _page(filled, "Robert Tremblay")
    assert robert.fields.language is Language.FRENCH
    assert robert.fields.stage is Stage.ACQUAINTANCE
    assert robert.fields.good_prospect is None  # the advisor is asked, not told
    latest = list_events(filled)[0]
    assert TODAY - dt.timedelta(days=3) <= latest.date < TODAY
    assert [e.id for e in robert.events] == [latest.id]
    assert robert.fields.how_met == latest.name
    assert robert.introduced_by_name == "Isabelle Fortin"

    trips = [d for d in robert.details if d.kind == DetailKind.TRIP.value]
    assert any("vélo à travers la Croatie" in d.text for d in trips)
    busy = [d for d in robert.details if d.kind == DetailKind.BUSY.value]
    assert len(busy) == 1
    ends = busy[0].ends_on
    assert ends is not None
    assert TODAY + dt.timedelta(weeks=1) <= ends <= TODAY + dt.timedelta(weeks=8)
    assert "occupée" in busy[0].text
    assert month_name(ends.month, "fr") in busy[0].text
    assert any(n.event_id == latest.id for n in robert.notes)


def test_paul_is_a_good_prospect_with_a_personal_detail(filled: Notebook) -> None:
    paul = _page(filled, "Paul Gagnon")
    assert paul.fields.good_prospect is True
    assert paul.fields.language is Language.FRENCH
    assert list_events(filled)[0].id in [e.id for e in paul.events]
    assert any(d.kind == DetailKind.HOBBY.value for d in paul.details)


def test_a_realistic_mix(filled: Notebook) -> None:
    people = list_people(filled)
    assert {p.language for p in people} == {Language.FRENCH, Language.ENGLISH}
    assert {p.stage for p in people} == set(Stage)
    assert any(p.language is Language.ENGLISH and p.stage is Stage.CLIENT for p in people)
    assert all(p.email.endswith(".example") for p in people)
    assert sum(1 for p in people if p.phone) >= len(people) // 2
    tags = {tag for p in people for tag in p.tags}
    assert {"golf", "médecin", "entrepreneur", "a-tier"} <= tags

    pages = _pages(filled)
    assert sum(1 for p in pages if p.fields.introduced_by_id) >= 3
    assert all(p.fields.how_met for p in pages if p.events)
    assert sum(1 for p in pages if p.details) >= 0.8 * len(pages)
    assert sum(1 for p in pages if p.notes) >= 0.8 * len(pages)
    kinds = {d.kind for p in pages for d in p.details}
    assert kinds == {kind.value for kind in DetailKind}
    notes = [n for p in pages for n in p.notes]
    assert any(n.event_id for n in notes) and any(n.event_id is None for n in notes)
    assert all(n.date <= TODAY for n in notes)
    assert any(ch in n.text for n in notes for ch in "éèàçô")
    # Trips with dates, some over already (to ask how they went), some still to come.
    trips = [d for p in pages for d in p.details if d.kind == "trip" and d.ends_on]
    assert any(d.ends_on < TODAY for d in trips) and any(d.starts_on > TODAY for d in trips)  # type: ignore[operator]
    assert all("{" not in d.text for p in pages for d in p.details)


def test_the_same_today_gives_the_same_notebook(filled: Notebook, tmp_path: Path) -> None:
    other = Notebook.open(tmp_path / "again.sqlite")
    try:
        write_demo(other, today=TODAY)
        assert sorted((p.name, p.organisation) for p in list_people(other)) == sorted(
            (p.name, p.organisation) for p in list_people(filled)
        )
        assert _content(other) == _content(filled)
    finally:
        other.close()


@pytest.mark.parametrize("today", [dt.date(2027, 3, 2), dt.date(2026, 7, 20), dt.date(2025, 1, 1)])
def test_dates_move_with_today(filled: Notebook, tmp_path: Path, today: dt.date) -> None:
    other = Notebook.open(tmp_path / "later.sqlite")
    try:
        write_demo(other, today=today)
        assert TODAY - list_events(filled)[0].date == today - list_events(other)[0].date
        busy = [d for d in _page(other, "Robert Tremblay").details if d.kind == "busy"][0]
        assert busy.ends_on is not None
        assert today + dt.timedelta(weeks=1) <= busy.ends_on <= today + dt.timedelta(weeks=8)
        assert all(e.date < today for e in list_events(other))
        golf = [e for e in list_events(other) if "golf" in e.name][0]
        assert golf.date.month == 7 and golf.date <= today - dt.timedelta(days=30)
        assert all(n.date <= today for p in _pages(other) for n in p.notes)
    finally:
        other.close()


@pytest.mark.parametrize("language", list(Language))
def test_until_phrases_read_back_near_the_day(language: Language) -> None:
    # Busy periods run weeks or months; a month name eleven months ahead reads as "just past".
    for offset in range(7, 300, 3):
        day = TODAY + dt.timedelta(days=offset)
        parsed = parse_date(until_phrase(day, language), today=TODAY)
        assert parsed is not None
        assert abs((parsed - day).days) <= 10


def test_only_into_an_empty_notebook(filled: Notebook) -> None:
    before = count_people(filled)
    with pytest.raises(ValueError):
        write_demo(filled, today=TODAY)
    assert count_people(filled) == before


def test_a_failure_leaves_the_notebook_empty(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def failing_link(session, event_id: int, person_id: int) -> None:
        calls.append(person_id)
        if len(calls) > 5:
            raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "link_person", failing_link)
    with pytest.raises(RuntimeError):
        write_demo(notebook, today=TODAY)
    assert count_people(notebook) == 0
    assert list_events(notebook) == []


def test_cli_writes_a_sample_that_check_accepts_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sub" / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    assert path.exists()
    assert main(["check", "--notebook", str(path)]) == 0
    out = capsys.readouterr().out
    assert "OK" in out

    before = path.read_bytes()
    assert main(["demo", str(path)]) != 0
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["check", "--notebook", str(path)]) == 0
