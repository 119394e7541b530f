"""`relnotebook today`: the day's prompts with their reasons, as text or as JSON (README)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.cli.render.agenda import item_reason, item_title
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.agenda import LATE_CALLS_PAGE, ROWS_PAGE
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
PROMPT_KEYS = {
    "key",
    "kind",
    "since",
    "suggested_message",
    "person",
    "reason",
    "event",
    "detail",
    "busy_until",
    "follow_up",
}
PERSON_KEYS = {"id", "name", "language", "email"}
EVENT_KEYS = {"id", "name", "date"}
DETAIL_KEYS = {"id", "kind", "text", "starts_on", "ends_on"}
FOLLOW_UP_KEYS = {"id", "due_on", "kind", "text"}
PROMPT_KINDS = {"next_day_note", "coffee_invitation", "ask_how_it_went", "newsletter_offer"}


# FTS5 search, and the CLI on a notebook file: not on PostgreSQL yet (issue 10).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.fixture
def demo_path(demo_notebook: Notebook) -> Path:
    """The sample notebook, plus a coffee already agreed with someone (a follow-up due)."""
    notebook = demo_notebook
    pid = add_person(
        notebook, PersonFields(given_name="Luc", family_name="Roy", emails=("luc@example.com",))
    )
    signals.add_follow_up(notebook, pid, due_on=TODAY - DAY, kind="coffee", text="Café, 10 h")
    notebook.close()
    return notebook.path


def run(*argv: str) -> int:
    return cli.main(list(argv))


def today_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert run("today", "--notebook", str(path), "--date", TODAY.isoformat(), "--json") == 0
    out, err = capsys.readouterr()
    assert err == ""
    return json.loads(out)


def iso(value: object) -> dt.date:
    assert isinstance(value, str)
    return dt.date.fromisoformat(value)


def test_text_lists_each_prompt_with_its_reason(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("today", "--notebook", str(demo_path), "--date", "2026-11-23") == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    notebook = Notebook.open(demo_path)
    try:
        expected = agenda_on(notebook, TODAY)
    finally:
        notebook.close()
    assert len(expected) > 5
    lines = out.splitlines()
    assert lines == [
        line
        for item in expected
        for line in (f"- {item_title(item)}", f"  {item_reason(item, TODAY)}")
    ]
    assert lines[0] == "- Follow-up: Luc Roy"
    assert lines[1] == "  follow-up planned for 22 Nov 2026 · Café, 10 h"
    assert any(line.startswith("- Check-in: ") for line in lines)
    assert "- Coffee invitation: Robert Tremblay" in lines  # the message its row opens
    assert "- Newsletter offer: Paul Gagnon" in lines
    assert any("mentioned: Voyage à vélo à travers la Croatie" in line for line in lines)


def test_option_order_does_not_matter(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("today", "--notebook", str(demo_path), "--date", "2026-11-23")
    first = capsys.readouterr().out
    run("--notebook", str(demo_path), "today", "--date", "2026-11-23")
    assert capsys.readouterr().out == first != ""


def test_json_has_the_documented_shape(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = today_json(demo_path, capsys)
    assert set(document) == {
        "date",
        "prompts",
        "check_ins",
        "tasks",
        "sweep_calls",
        "consents",
        "occasions",
    }
    assert document["date"] == "2026-11-23"
    prompts = document["prompts"]
    assert len(prompts) > 5
    for prompt in prompts:
        assert set(prompt) == PROMPT_KEYS
        assert prompt["kind"] in PROMPT_KINDS | {"follow_up"}
        assert iso(prompt["since"]) <= TODAY or prompt["kind"] == "newsletter_offer"
        assert prompt["suggested_message"] is None or isinstance(prompt["suggested_message"], str)
        assert set(prompt["person"]) == PERSON_KEYS
        assert isinstance(prompt["person"]["id"], int)
        assert prompt["person"]["language"] in {"fr", "en"}
        assert isinstance(prompt["reason"], str) and prompt["reason"]
        if prompt["event"] is not None:
            assert set(prompt["event"]) == EVENT_KEYS
            iso(prompt["event"]["date"])
        if prompt["detail"] is not None:
            assert set(prompt["detail"]) == DETAIL_KEYS
            for name in ("starts_on", "ends_on"):
                assert prompt["detail"][name] is None or iso(prompt["detail"][name])
        assert prompt["busy_until"] is None or iso(prompt["busy_until"]) >= TODAY
        if prompt["follow_up"] is not None:
            assert set(prompt["follow_up"]) == FOLLOW_UP_KEYS
            assert iso(prompt["follow_up"]["due_on"]) <= TODAY
    # Every kind of value appears at least once, so the key checks above were exercised.
    assert any(p["event"] for p in prompts) and any(p["event"] is None for p in prompts)
    assert any(p["detail"] for p in prompts) and any(p["busy_until"] for p in prompts)
    assert any(p["follow_up"] for p in prompts)
    assert len({p["key"] for p in prompts}) == len(prompts)


def test_json_prompts_for_robert_and_paul(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = today_json(demo_path, capsys)["prompts"]
    by_name: dict[str, list[dict]] = {}
    for prompt in prompts:
        by_name.setdefault(prompt["person"]["name"], []).append(prompt)
    (coffee,) = by_name["Luc Roy"]
    assert coffee["kind"] == "follow_up"
    assert coffee["suggested_message"] is None
    assert coffee["follow_up"]["kind"] == "coffee"
    assert coffee["follow_up"]["text"] == "Café, 10 h"
    assert coffee["follow_up"]["due_on"] == "2026-11-22"
    assert coffee["key"] == f"follow_up:{coffee['person']['id']}:{coffee['follow_up']['id']}"
    assert prompts[0] == coffee  # follow-ups first

    (paul,) = by_name["Paul Gagnon"]
    assert paul["kind"] == "next_day_note"
    assert paul["suggested_message"] == "newsletter_offer"
    assert paul["since"] == "2026-11-21"
    assert paul["person"] == {
        "id": paul["person"]["id"],
        "name": "Paul Gagnon",
        "language": "fr",
        "email": "paul.gagnon@gagnontransport.example",
    }
    assert paul["event"]["name"].startswith("Cocktail réseautage de la Chambre de commerce")
    assert paul["event"]["date"] == "2026-11-20"
    assert paul["detail"]["kind"] == "hobby"
    assert paul["follow_up"] is None
    assert paul["key"] == f"message:{paul['person']['id']}"


def test_json_prompt_for_robert(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prompts = today_json(demo_path, capsys)["prompts"]
    (robert,) = [p for p in prompts if p["person"]["name"] == "Robert Tremblay"]
    assert robert["kind"] == "next_day_note"
    assert robert["suggested_message"] == "coffee_invitation"
    assert robert["detail"]["text"] == "Voyage à vélo à travers la Croatie"
    assert robert["detail"]["kind"] == "trip"
    assert iso(robert["detail"]["ends_on"]) < TODAY
    assert iso(robert["busy_until"]) > TODAY
    assert f"busy until {iso(robert['busy_until']):%d %b %Y}" in robert["reason"]


def test_json_keeps_accents_and_says_none_for_a_missing_email(
    notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = add_person(notebook, PersonFields(given_name="Hélène", family_name="Côté"))
    signals.add_follow_up(notebook, pid, due_on=TODAY, kind="call her", text="À propos du REER")
    notebook.close()
    assert run("today", "--notebook", str(notebook.path), "--date", "2026-11-23", "--json") == 0
    out = capsys.readouterr().out
    assert "Hélène Côté" in out  # not \u00e9
    (prompt,) = json.loads(out)["prompts"]
    assert prompt["person"]["email"] is None
    assert (prompt["event"], prompt["detail"], prompt["busy_until"]) == (None, None, None)
    assert prompt["follow_up"] == {
        "id": prompt["follow_up"]["id"],
        "due_on": "2026-11-23",
        "kind": "call her",
        "text": "À propos du REER",
    }
    assert prompt["reason"] == "follow-up planned for 23 Nov 2026 · À propos du REER"


def test_json_for_an_empty_notebook(notebook: Notebook, capsys: pytest.CaptureFixture[str]) -> None:
    notebook.close()
    assert today_json(notebook.path, capsys) == {
        "date": "2026-11-23",
        "prompts": [],
        "check_ins": [],
        "tasks": [],
        "sweep_calls": [],
        "consents": [],
        "occasions": [],
    }


def test_an_empty_notebook_has_nothing_to_do(
    notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    assert run("today", "--notebook", str(notebook.path), "--date", "2026-11-23") == 0
    out, err = capsys.readouterr()
    assert out == "Nothing to do on 23 Nov 2026.\n"
    assert err == ""


def test_without_date_it_is_today(notebook: Notebook, capsys: pytest.CaptureFixture[str]) -> None:
    notebook.close()
    before = dt.date.today()
    assert run("today", "--notebook", str(notebook.path), "--json") == 0
    after = dt.date.today()
    assert json.loads(capsys.readouterr().out)["date"] in {before.isoformat(), after.isoformat()}


@pytest.mark.parametrize("bad", ["tomorrow", "2026-13-01", "2026-02-30", "23/11/2026", ""])
def test_a_bad_date_is_a_usage_error(
    notebook: Notebook, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    notebook.close()
    with pytest.raises(SystemExit) as caught:
        run("today", "--notebook", str(notebook.path), "--date", bad)
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage:" in err
    assert "is not a date like 2026-12-15" in err


def test_a_missing_notebook_is_an_error_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "missing.sqlite"
    for extra in ([], ["--json"]):
        code = run("today", "--notebook", str(missing), "--date", "2026-11-23", *extra)
        assert code != 0
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1
        assert str(missing) in err
    assert not missing.exists()
    assert not missing.parent.exists()


def test_a_file_that_is_not_a_notebook_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "shopping.txt"
    other.write_text("milk, eggs\n")
    assert run("today", "--notebook", str(other), "--date", "2026-11-23") != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("relnotebook: ")
    assert err.count("\n") == 1
    assert other.read_text() == "milk, eggs\n"


def test_today_does_not_change_the_notebook(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    run("today", "--notebook", str(demo_path), "--date", "2026-11-23", "--json")
    assert capsys.readouterr().out
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_the_readme_documents_this_shape() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## `relnotebook today --json`", 1)[1].split("\n## ", 1)[0]
    example = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
    assert set(example) == {
        "date",
        "prompts",
        "check_ins",
        "tasks",
        "sweep_calls",
        "consents",
        "occasions",
    }
    (prompt,) = example["prompts"]
    assert set(prompt) == PROMPT_KEYS
    assert set(prompt["person"]) == PERSON_KEYS
    assert set(prompt["event"]) == EVENT_KEYS
    assert set(prompt["detail"]) == DETAIL_KEYS
    table = {
        line.split("|")[1].strip().strip("`") for line in section.splitlines() if line[:3] == "| `"
    }
    assert table == PROMPT_KEYS


@pytest.mark.parametrize("day", ["0001-01-02", "9999-12-30"])
def test_dates_at_the_ends_of_the_calendar_do_not_crash(
    demo_path: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    assert cli.main(["today", "--notebook", str(demo_path), "--date", day, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == day


def test_an_older_notebook_is_not_upgraded_by_a_read_only_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import create_engine

    from relnotebook.store import schema

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema.upgrade(connection, "0003")
    engine.dispose()
    before = path.read_bytes()
    assert run("today", "--notebook", str(path)) == cli.EXIT_BAD_NOTEBOOK
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "open it in the app once" in err
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_an_empty_file_is_not_turned_into_a_notebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert run("today", "--notebook", str(path)) == cli.EXIT_BAD_NOTEBOOK
    assert path.stat().st_size == 0
    assert "empty" in capsys.readouterr().err


@pytest.fixture
def long_day(notebook: Notebook) -> Path:
    """One more late check-in than the Today page shows at first, one more task due today than
    a section's page."""
    from relnotebook.core.checkins.service import log_contact
    from relnotebook.core.checkins.tasks import add_task
    from relnotebook.core.models import Stage

    for number in range(LATE_CALLS_PAGE + 1):
        person = add_person(
            notebook, PersonFields(given_name=f"Late{number}", family_name="X", stage=Stage.CLIENT)
        )
        log_contact(notebook, person, on=TODAY - dt.timedelta(days=100 + number))
    for number in range(ROWS_PAGE + 1):
        add_task(notebook, title=f"Task {number}", due_on=TODAY)
    notebook.close()
    return notebook.path


def test_text_shows_a_page_of_each_long_section_and_says_how_many_more(
    long_day: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from relnotebook.cli.render import agenda as render

    worded: list[object] = []
    reason = render.item_reason

    def counted(item: object, day: dt.date) -> str:
        worded.append(item)
        return reason(item, day)  # type: ignore[arg-type]

    monkeypatch.setattr(render, "item_reason", counted)
    assert run("today", "--notebook", str(long_day), "--date", TODAY.isoformat()) == 0
    lines = capsys.readouterr().out.splitlines()
    calls = [line for line in lines if line.startswith("- Check-in: ")]
    tasks = [line for line in lines if line.startswith("- Task: ")]
    assert len(calls) == LATE_CALLS_PAGE and len(tasks) == ROWS_PAGE
    assert calls[0] == f"- Check-in: Late{LATE_CALLS_PAGE} X"  # the most overdue first
    assert "… and 1 more late check-in: relnotebook today --all" in lines
    assert "… and 1 more task: relnotebook today --all" in lines
    # Each line closes its section: right after its last row shown.
    more_tasks = lines.index("… and 1 more task: relnotebook today --all")
    assert lines[more_tasks - 2] == tasks[-1]
    assert lines[-1] == "… and 1 more late check-in: relnotebook today --all"
    assert lines[-3] == calls[-1]
    assert len(worded) == LATE_CALLS_PAGE + ROWS_PAGE  # what is not printed is not worded


def test_all_prints_every_item(long_day: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("today", "--all", "--notebook", str(long_day), "--date", TODAY.isoformat()) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if line.startswith("- Check-in: ")]) == LATE_CALLS_PAGE + 1
    assert len([line for line in lines if line.startswith("- Task: ")]) == ROWS_PAGE + 1
    assert not any(line.startswith("… and") for line in lines)


def test_json_carries_every_item(long_day: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agenda = today_json(long_day, capsys)
    assert len(agenda["check_ins"]) == LATE_CALLS_PAGE + 1
    assert len(agenda["tasks"]) == ROWS_PAGE + 1
