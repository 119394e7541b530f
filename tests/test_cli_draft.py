"""`relnotebook draft`: the message the app would draft, as the composer drafts it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relnotebook import cli
from relnotebook.core import settings
from relnotebook.core.people.details import add_detail, update_detail
from relnotebook.core.people.service import get_person, list_people, update_person
from relnotebook.store import Notebook
from tests.conftest import TODAY

pytestmark = pytest.mark.sqlite_only  # the CLI on a notebook file

KEYS = {
    "person_id",
    "kind",
    "language",
    "form",
    "detail_id",
    "mention",
    "subject",
    "body",
    "pressure",
}


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


def person_id(notebook: Notebook, name: str) -> int:
    (found,) = [p.id for p in list_people(notebook) if p.name == name]
    return found


def draft_json(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code = cli.main(
        ["draft", *args, "--notebook", str(path), "--date", TODAY.isoformat(), "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_robert_gets_the_seed_coffee_invitation_in_json(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    robert = person_id(demo_notebook, "Robert Tremblay")
    demo_notebook.close()
    found = draft_json(demo_notebook.path, capsys, str(robert))
    assert set(found) == KEYS
    assert found["person_id"] == robert
    assert (found["kind"], found["language"], found["form"]) == ("coffee_invitation", "fr", "tu")
    assert found["mention"] == "ton voyage à vélo à travers la Croatie"
    assert isinstance(found["detail_id"], int)
    assert found["subject"] == "Un café?"
    assert "en apprendre davantage sur ton voyage à vélo à travers la Croatie." in found["body"]
    assert found["pressure"] == []


def test_text_output_is_the_message(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    robert = person_id(demo_notebook, "Robert Tremblay")
    demo_notebook.close()
    path = str(demo_notebook.path)
    assert cli.main(["draft", str(robert), "--notebook", path, "--date", TODAY.isoformat()]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Subject: Un café?\n\nRobert, j’ai apprécié notre conversation")
    assert err == ""


def test_vous_for_the_person_and_as_the_default(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook = demo_notebook
    robert = person_id(notebook, "Robert Tremblay")
    simon = person_id(notebook, "Simon Ouellet")
    update_person(notebook, robert, {"french_form": "vous"})
    notebook.close()
    found = draft_json(notebook.path, capsys, str(robert))
    assert found["form"] == "vous"
    assert "sur votre voyage à vélo à travers la Croatie" in found["body"]
    assert "Vous m’avez dit" in found["body"] and " ton " not in found["body"]
    assert draft_json(notebook.path, capsys, str(simon))["form"] == "tu"

    reopened = Notebook.open(notebook.path)
    settings.set_text(reopened, settings.FRENCH_FORM, "vous")
    update_person(reopened, robert, {"french_form": "tu"})
    reopened.close()
    assert draft_json(notebook.path, capsys, str(simon))["mention"] == (
        "votre vélo de montagne à Bromont"
    )
    assert draft_json(notebook.path, capsys, str(robert))["form"] == "tu"


def test_english_person_english_draft(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    michael = person_id(demo_notebook, "Michael O'Brien")
    demo_notebook.close()
    found = draft_json(demo_notebook.path, capsys, str(michael))
    assert (found["language"], found["form"]) == ("en", None)
    assert found["mention"] == "your training for a marathon in April"
    assert "I’d love to hear more about your training for a marathon in April." in found["body"]


def test_kind_and_detail_are_chosen_and_the_corrected_mention_is_used(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook = demo_notebook
    robert = person_id(notebook, "Robert Tremblay")
    detail = add_detail(notebook, robert, text="Ses parents déménagent à Québec")
    corrected = add_detail(notebook, robert, text="Rénove son chalet")
    update_detail(notebook, corrected, {"mention_tu": "les rénos de ton chalet"})
    notebook.close()
    note = draft_json(
        notebook.path, capsys, str(robert), "--kind", "next_day_note", "--detail", str(detail)
    )
    assert note["kind"] == "next_day_note" and note["detail_id"] == detail
    assert "t’entendre parler du déménagement de tes parents à Québec." in note["body"]
    asked = draft_json(
        notebook.path, capsys, str(robert), "--kind", "ask_how_it_went", "--detail", str(corrected)
    )
    assert asked["mention"] == "les rénos de ton chalet"
    assert "j’ai pensé à toi et aux rénos de ton chalet." in asked["body"]


def test_no_mention_means_a_sentence_that_needs_none(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook = demo_notebook
    robert = person_id(notebook, "Robert Tremblay")
    detail = add_detail(notebook, robert, text="Il adore le jazz")
    stored = next(d for d in get_person(notebook, robert).details if d.id == detail)
    assert stored.mention_tu == "" and stored.mention_vous == ""  # no mention reads right
    notebook.close()
    found = draft_json(notebook.path, capsys, str(robert), "--detail", str(detail))
    assert found["mention"] is None
    assert "en apprendre davantage" not in found["body"]
    assert found["body"].startswith("Robert, j’ai apprécié notre conversation de vendredi. Tu")


def test_pressure_advice_is_listed(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook = demo_notebook
    robert = person_id(notebook, "Robert Tremblay")
    settings.set_text(notebook, settings.SENDER_NAME, "Julie, act now!")
    notebook.close()
    found = draft_json(notebook.path, capsys, str(robert))
    assert found["pressure"] == [
        {"rule": "urgency", "text": "It hurries them (act now): a signal leaves them in control."}
    ]
    assert cli.main(["draft", str(robert), "--notebook", str(notebook.path)]) == 0
    assert "pressure check: It hurries them (act now)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["999999"], 3),
        (["1", "--kind", "sales_pitch"], 2),
        (["1", "--date", "2026-13-01"], 2),
        (["1", "--detail", "abc"], 2),
        (["0"], 2),
    ],
)
def test_mistakes_have_their_exit_status(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str], args: list[str], status: int
) -> None:
    demo_notebook.close()
    try:
        code = cli.main(["draft", *args, "--notebook", str(demo_notebook.path)])
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    assert code == status
    out, err = capsys.readouterr()
    assert out == "" and err.strip()


def test_a_detail_of_someone_else_is_a_usage_error(
    demo_notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    robert = person_id(demo_notebook, "Robert Tremblay")
    simon = person_id(demo_notebook, "Simon Ouellet")
    (simons,) = [d.id for d in get_person(demo_notebook, simon).details if "vélo" in d.text]
    demo_notebook.close()
    path = str(demo_notebook.path)
    assert cli.main(["draft", str(robert), "--detail", str(simons), "--notebook", path]) == 2
    assert "not a personal detail of person" in capsys.readouterr().err
