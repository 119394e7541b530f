"""The referral ledger and the reciprocity report (domain.md, section 3): the pure rules on plain
rows, then the ledger in a notebook, then the `referrals` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlmodel import func, select

from relnotebook import cli
from relnotebook.cli.render.referrals import report_json
from relnotebook.core import settings
from relnotebook.core.models import Referral, ReferralDirection, ReferralKind, ReferralOutcome
from relnotebook.core.people.service import add_person, delete_person, restore_person
from relnotebook.core.people.views import PersonFields
from relnotebook.core.referrals.rules import (
    Balance,
    QuarterCounts,
    ReferralView,
    build_report,
    key_person_warnings,
    new_clients,
    organisations_with_several_referrers,
    recent_quarters,
    report_window,
    top_referrer,
    trusted_connectors,
)
from relnotebook.core.referrals.service import (
    add_referral,
    delete_referral,
    list_referrals,
    person_balance,
    person_referrals,
    reciprocity_report,
    update_referral,
)
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook
from relnotebook.store.rows import restore_rows
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
RECEIVED, GIVEN = ReferralDirection.RECEIVED, ReferralDirection.GIVEN
RECIPROCAL, TRUST, PARTNERSHIP = (
    ReferralKind.RECIPROCAL,
    ReferralKind.TRUST,
    ReferralKind.PARTNERSHIP,
)
CLIENT, MANDATE, NOTHING = (
    ReferralOutcome.CLIENT,
    ReferralOutcome.MANDATE,
    ReferralOutcome.NOTHING_YET,
)

_next_id = iter(range(1, 10_000))


def ref(
    on: dt.date,
    *,
    partner: int = 1,
    kind: ReferralKind = TRUST,
    outcome: ReferralOutcome = CLIENT,
    direction: ReferralDirection = RECEIVED,
    name: str = "",
) -> ReferralView:
    return ReferralView(
        id=next(_next_id),
        on=on,
        direction=direction,
        partner_id=partner,
        partner_name=name or f"Person {partner}",
        referred_id=1000 + partner,
        referred_name="Someone",
        kind=kind,
        outcome=outcome,
        note="",
    )


def report(referrals, organisations=None, *, today=TODAY, target=20, key_person=30):
    return build_report(
        referrals,
        organisations or {},
        today=today,
        target_percent=target,
        key_person_percent=key_person,
    )


# --- pure rules --------------------------------------------------------------------------------


def test_the_window_is_twelve_months_ending_today() -> None:
    assert report_window(TODAY) == (dt.date(2025, 11, 24), TODAY)
    assert report_window(dt.date(2028, 2, 29)) == (dt.date(2027, 3, 1), dt.date(2028, 2, 29))
    assert report_window(dt.date(2026, 3, 31)) == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))


def test_no_referrals_gives_no_share_and_empty_quarters() -> None:
    found = report([])
    assert found.new_clients == 0
    assert found.reciprocal_share is None
    assert found.above_target is False
    assert found.by_quarter == (
        QuarterCounts("2026 Q1", 0, 0, 0),
        QuarterCounts("2026 Q2", 0, 0, 0),
        QuarterCounts("2026 Q3", 0, 0, 0),
        QuarterCounts("2026 Q4", 0, 0, 0),
    )
    assert found.top_referrer is None
    assert found.organisations_with_several_referrers == {}
    assert found.key_person_warnings == ()
    assert found.trusted_connectors == ()
    assert json.loads(json.dumps(report_json(found)))["reciprocal_share"] is None


def test_all_reciprocal_is_above_any_target_below_one_hundred() -> None:
    rows = [ref(TODAY - 10 * DAY, partner=p, kind=RECIPROCAL) for p in (1, 2, 3)]
    assert report(rows).reciprocal_share == 1.0
    assert report(rows).above_target is True
    assert report(rows, target=100).above_target is False  # equal is not above


@pytest.mark.parametrize(("reciprocal", "above"), [(0, False), (1, False), (2, True)])
def test_the_target_is_a_strict_limit(reciprocal: int, above: bool) -> None:
    rows = [ref(TODAY, partner=p, kind=RECIPROCAL) for p in range(reciprocal)]
    rows += [ref(TODAY, partner=10 + p, kind=TRUST) for p in range(5 - reciprocal)]
    found = report(rows, target=20)
    assert found.new_clients == 5
    assert found.reciprocal == reciprocal
    assert found.reciprocal_share == pytest.approx(reciprocal / 5)
    assert found.above_target is above


def test_only_clients_received_inside_the_window_are_new_clients() -> None:
    start, _ = report_window(TODAY)
    inside = [ref(start), ref(TODAY)]
    outside = [
        ref(start - DAY),  # the day before the window
        ref(TODAY + DAY),  # after the report's day
        ref(TODAY, direction=GIVEN),  # I sent them a client
        ref(TODAY, outcome=MANDATE),
        ref(TODAY, outcome=NOTHING),
    ]
    assert new_clients(inside + outside, start, TODAY) == inside
    assert report(inside + outside).new_clients == 2


def test_quarters_across_the_year_boundary() -> None:
    today = dt.date(2026, 2, 10)
    assert recent_quarters(today) == [(2025, 2), (2025, 3), (2025, 4), (2026, 1)]
    rows = [
        ref(dt.date(2025, 4, 1), kind=PARTNERSHIP),  # first day of 2025 Q2
        ref(dt.date(2025, 12, 31), kind=RECIPROCAL),  # last day of 2025 Q4
        ref(dt.date(2026, 1, 1), kind=TRUST),  # first day of 2026 Q1
        ref(dt.date(2026, 2, 10), kind=TRUST),
        ref(dt.date(2026, 2, 11), kind=RECIPROCAL),  # after the report's day: nowhere
    ]
    found = report(rows, today=today)
    assert found.by_quarter == (
        QuarterCounts("2025 Q2", 0, 0, 1),
        QuarterCounts("2025 Q3", 0, 0, 0),
        QuarterCounts("2025 Q4", 1, 0, 0),
        QuarterCounts("2026 Q1", 0, 2, 0),
    )
    assert found.new_clients == 4


def test_the_slice_before_the_oldest_quarter_counts_in_the_share_only() -> None:
    # 12 months to 10 Feb 2026 start on 11 Feb 2025, in 2025 Q1, older than the four quarters.
    found = report([ref(dt.date(2025, 3, 31), kind=RECIPROCAL)], today=dt.date(2026, 2, 10))
    assert found.new_clients == 1
    assert found.reciprocal_share == 1.0
    assert sum(q.reciprocal + q.trust + q.partnership for q in found.by_quarter) == 0


def test_top_referrer_counts_mandates_and_clients() -> None:
    start, _ = report_window(TODAY)
    rows = [
        ref(TODAY, partner=1, outcome=MANDATE),
        ref(TODAY, partner=1, outcome=CLIENT),
        ref(TODAY, partner=1, outcome=NOTHING),  # brought nothing: not counted
        ref(TODAY, partner=2, outcome=CLIENT),
        ref(TODAY, partner=2, outcome=CLIENT, direction=GIVEN),
    ]
    found = report(rows).top_referrer
    assert found is not None
    assert (found.person_id, found.name, found.count, found.total) == (1, "Person 1", 2, 3)
    assert found.share == pytest.approx(2 / 3)
    assert top_referrer([]) is None


def test_a_tie_goes_to_the_most_recent_referrer() -> None:
    rows = [ref(TODAY - 30 * DAY, partner=1), ref(TODAY - 2 * DAY, partner=2)]
    assert report(rows).top_referrer.person_id == 2  # type: ignore[union-attr]


def test_organisations_with_several_referrers() -> None:
    rows = [
        ref(TODAY, partner=1, name="Anne Roy"),
        ref(TODAY, partner=2, name="Marc Côté", outcome=MANDATE),
        ref(TODAY, partner=2, name="Marc Côté"),
        ref(TODAY, partner=3, name="Solo Person"),
        ref(TODAY, partner=4, name="No Org"),
        ref(TODAY, partner=5, name="Nobody Else"),
        ref(TODAY, partner=6, name="Old Referral", outcome=NOTHING),
    ]
    organisations = {
        1: "Banque Laurentienne",
        2: "  banque   laurentienne ",  # the same organisation, typed differently
        3: "Cabinet Solo",
        4: "",
        5: "",
        6: "Cabinet Solo",  # a referral that brought nothing does not count
    }
    assert organisations_with_several_referrers(rows[:-1], organisations) == {
        "Banque Laurentienne": ("Anne Roy", "Marc Côté")
    }
    assert report(rows, organisations).organisations_with_several_referrers == {
        "Banque Laurentienne": ("Anne Roy", "Marc Côté")
    }


@pytest.mark.parametrize(("from_one", "warned"), [(3, False), (4, True)])
def test_key_person_warning_above_the_percentage(from_one: int, warned: bool) -> None:
    rows = [ref(TODAY, partner=1, name="Banker")] * from_one
    rows += [ref(TODAY, partner=10 + i) for i in range(10 - from_one)]
    warnings = report(rows, key_person=30).key_person_warnings
    assert [(w.name, w.count, w.total) for w in warnings] == (
        [("Banker", from_one, 10)] if warned else []
    )
    assert key_person_warnings([], 30) == []


def test_key_person_warnings_count_new_clients_only() -> None:
    rows = [ref(TODAY, partner=1, outcome=MANDATE)] * 5 + [ref(TODAY, partner=2)] * 3
    rows += [ref(TODAY, partner=3 + i) for i in range(7)]
    warnings = report(rows, key_person=15).key_person_warnings
    assert [w.person_id for w in warnings] == [2]  # 3 of 10 clients; 1 brought mandates only


def test_trusted_connectors() -> None:
    rows = [
        ref(TODAY - 300 * DAY, partner=1, name="Alice"),
        ref(TODAY - 200 * DAY, partner=1, name="Alice", outcome=NOTHING),
        ref(TODAY - 100 * DAY, partner=2, name="Bruno"),
        ref(TODAY - 10 * DAY, partner=2, name="Bruno", outcome=NOTHING),
        ref(TODAY - 5 * DAY, partner=3, name="Chloé"),
        ref(TODAY - 800 * DAY, partner=4, name="Denis"),  # long ago still counts
        ref(TODAY - 5 * DAY, partner=5, name="Éric"),
        ref(TODAY - 4 * DAY, partner=5, name="Éric", direction=GIVEN),  # I referred back
        ref(TODAY - 5 * DAY, partner=6, name="Fanny", kind=RECIPROCAL),  # a deal, not trust
        ref(TODAY + DAY, partner=7, name="Gilles"),  # after the report's day
        ref(TODAY + 2 * DAY, partner=3, name="Chloé", direction=GIVEN),  # after: ignored
    ]
    found = trusted_connectors(rows, TODAY)
    assert [(c.name, c.count, c.last_on) for c in found] == [
        ("Bruno", 2, TODAY - 10 * DAY),
        ("Alice", 2, TODAY - 200 * DAY),
        ("Chloé", 1, TODAY - 5 * DAY),
        ("Denis", 1, TODAY - 800 * DAY),
    ]


# --- the ledger in a notebook ------------------------------------------------------------------


def count(notebook: Notebook) -> int:
    with notebook.reader() as session:
        return session.exec(select(func.count()).select_from(Referral)).one()


@pytest.fixture
def people(notebook: Notebook) -> dict[str, int]:
    return {
        name: add_person(
            notebook, PersonFields(given_name=name, family_name=family, organisation=org)
        )
        for name, family, org in (
            ("Hélène", "Gagnon", "Banque Nationale"),
            ("Paul", "Roy", "Banque Nationale"),
            ("Zoé", "Client", ""),
            ("Yves", "Client", ""),
        )
    }


def test_add_and_read_back(notebook: Notebook, people: dict[str, int]) -> None:
    first = add_referral(
        notebook,
        on=TODAY - 20 * DAY,
        direction=RECEIVED,
        partner_id=people["Hélène"],
        referred_id=people["Zoé"],
        kind=TRUST,
        outcome=CLIENT,
        note="  Her friend's company  ",
        today=TODAY,
    )
    second = add_referral(
        notebook,
        on=TODAY,
        direction=GIVEN,
        partner_id=people["Paul"],
        referred_id=people["Zoé"],
        kind=PARTNERSHIP,
        today=TODAY,
    )
    views = list_referrals(notebook)
    assert [v.id for v in views] == [second, first]  # newest first
    old = views[1]
    assert (old.partner_name, old.referred_name, old.kind, old.outcome, old.note) == (
        "Hélène Gagnon",
        "Zoé Client",
        TRUST,
        CLIENT,
        "Her friend's company",
    )
    assert views[0].outcome == NOTHING
    assert [v.id for v in person_referrals(notebook, people["Zoé"])] == [second, first]
    assert [v.id for v in person_referrals(notebook, people["Paul"])] == [second]
    assert person_referrals(notebook, people["Yves"]) == []


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"referred_id": "partner"}, "referred_id", "A person cannot be referred to themselves."),
        ({"on": TODAY + DAY}, "on", "A referral cannot be in the future."),
        (
            {"referred_id": None, "outcome": MANDATE},
            "outcome",
            "Say who was referred before recording an outcome.",
        ),
        (
            {"referred_id": None, "outcome": CLIENT},
            "outcome",
            "Say who was referred before recording an outcome.",
        ),
    ],
)
def test_refusals_write_nothing(
    notebook: Notebook, people: dict[str, int], changes: dict, field: str, message: str
) -> None:
    partner = people["Hélène"]
    values = {
        "on": TODAY,
        "direction": RECEIVED,
        "partner_id": partner,
        "referred_id": people["Zoé"],
        "kind": TRUST,
        "outcome": NOTHING,
    }
    values.update({k: partner if v == "partner" else v for k, v in changes.items()})
    with pytest.raises(ValidationError) as caught:
        add_referral(notebook, **values, today=TODAY)
    assert (caught.value.field, caught.value.message) == (field, message)
    assert count(notebook) == 0

    # The same checks on an edit, which then changes nothing.
    kept = add_referral(
        notebook, **{**values, "referred_id": people["Yves"], "on": TODAY}, today=TODAY
    )
    before = list_referrals(notebook)
    edit = {k: partner if v == "partner" else v for k, v in changes.items()}
    with pytest.raises(ValidationError) as caught:
        update_referral(notebook, kept, edit, today=TODAY)
    assert caught.value.message == message
    assert list_referrals(notebook) == before


def test_an_unknown_person_is_refused(notebook: Notebook, people: dict[str, int]) -> None:
    with pytest.raises(LookupError):
        add_referral(
            notebook, on=TODAY, direction=RECEIVED, partner_id=999, kind=TRUST, today=TODAY
        )
    assert count(notebook) == 0


def test_update_returns_what_undo_needs(notebook: Notebook, people: dict[str, int]) -> None:
    referral = add_referral(
        notebook,
        on=TODAY - 3 * DAY,
        direction=RECEIVED,
        partner_id=people["Hélène"],
        referred_id=people["Zoé"],
        kind=RECIPROCAL,
        today=TODAY,
    )
    before = list_referrals(notebook)
    previous = update_referral(
        notebook, referral, {"outcome": CLIENT, "kind": TRUST, "note": "Signed"}, today=TODAY
    )
    assert previous == {"outcome": "nothing_yet", "kind": "reciprocal", "note": ""}
    (changed,) = list_referrals(notebook)
    assert (changed.outcome, changed.kind, changed.note) == (CLIENT, TRUST, "Signed")
    update_referral(notebook, referral, previous, today=TODAY)
    assert list_referrals(notebook) == before


def test_delete_and_restore_a_referral(notebook: Notebook, people: dict[str, int]) -> None:
    referral = add_referral(
        notebook,
        on=TODAY,
        direction=GIVEN,
        partner_id=people["Paul"],
        kind=PARTNERSHIP,
        today=TODAY,
    )
    before = list_referrals(notebook)
    saved = delete_referral(notebook, referral)
    assert list_referrals(notebook) == []
    restore_rows(notebook, saved)
    assert list_referrals(notebook) == before


def test_balance_by_kind(notebook: Notebook, people: dict[str, int]) -> None:
    helene = people["Hélène"]
    for direction, kind in [
        (RECEIVED, TRUST),
        (RECEIVED, TRUST),
        (RECEIVED, RECIPROCAL),
        (GIVEN, RECIPROCAL),
    ]:
        add_referral(
            notebook, on=TODAY, direction=direction, partner_id=helene, kind=kind, today=TODAY
        )
    # Hélène referred *to* someone else's partner: not part of her balance.
    add_referral(
        notebook,
        on=TODAY,
        direction=RECEIVED,
        partner_id=people["Paul"],
        referred_id=helene,
        kind=TRUST,
        today=TODAY,
    )
    assert person_balance(notebook, helene) == Balance(
        given={RECIPROCAL: 1, TRUST: 0, PARTNERSHIP: 0},
        received={RECIPROCAL: 1, TRUST: 2, PARTNERSHIP: 0},
    )
    assert person_balance(notebook, people["Yves"]) == Balance(
        given=dict.fromkeys(ReferralKind, 0), received=dict.fromkeys(ReferralKind, 0)
    )


def _ledger(notebook: Notebook, people: dict[str, int]) -> None:
    """Hélène: 2 clients out of trust; Paul (same bank): 1 reciprocal client; I refer to Paul."""
    for partner, referred, kind, outcome, on in [
        ("Hélène", "Zoé", TRUST, CLIENT, TODAY - 40 * DAY),
        ("Hélène", "Yves", TRUST, CLIENT, TODAY - 200 * DAY),
        ("Paul", "Zoé", RECIPROCAL, CLIENT, TODAY - 10 * DAY),
    ]:
        add_referral(
            notebook,
            on=on,
            direction=RECEIVED,
            partner_id=people[partner],
            referred_id=people[referred],
            kind=kind,
            outcome=outcome,
            today=TODAY,
        )
    add_referral(
        notebook,
        on=TODAY - 5 * DAY,
        direction=GIVEN,
        partner_id=people["Paul"],
        referred_id=people["Yves"],
        kind=RECIPROCAL,
        today=TODAY,
    )


def test_the_report_from_a_notebook(notebook: Notebook, people: dict[str, int]) -> None:
    _ledger(notebook, people)
    found = reciprocity_report(notebook, TODAY)
    assert (found.new_clients, found.reciprocal, found.target) == (3, 1, 20)
    assert found.reciprocal_share == pytest.approx(1 / 3)
    assert found.above_target is True
    assert found.by_quarter[-1] == QuarterCounts("2026 Q4", 1, 1, 0)
    assert found.by_quarter[1] == QuarterCounts("2026 Q2", 0, 1, 0)
    assert found.top_referrer is not None
    assert (found.top_referrer.name, found.top_referrer.count) == ("Hélène Gagnon", 2)
    assert found.organisations_with_several_referrers == {
        "Banque Nationale": ("Hélène Gagnon", "Paul Roy")
    }
    assert [w.name for w in found.key_person_warnings] == ["Hélène Gagnon", "Paul Roy"]
    assert [(c.name, c.count) for c in found.trusted_connectors] == [("Hélène Gagnon", 2)]

    settings.set_int(notebook, settings.RECIPROCITY_TARGET_PERCENT, 40)
    settings.set_int(notebook, settings.KEY_PERSON_PERCENT, 50)
    changed = reciprocity_report(notebook, TODAY)
    assert (changed.target, changed.above_target) == (40, False)
    assert [w.name for w in changed.key_person_warnings] == ["Hélène Gagnon"]
    data = json.loads(json.dumps(report_json(changed)))
    assert data["target_percent"] == 40
    assert data["reciprocal_share"] == pytest.approx(0.3333)
    assert data["by_quarter"][-1] == {
        "label": "2026 Q4",
        "reciprocal": 1,
        "trust": 1,
        "partnership": 0,
    }
    assert data["trusted_connectors"][0]["last_on"] == (TODAY - 40 * DAY).isoformat()


def test_settings_have_their_defaults_and_limits(notebook: Notebook) -> None:
    assert settings.get_int(notebook, settings.RECIPROCITY_TARGET_PERCENT) == 20
    assert settings.get_int(notebook, settings.KEY_PERSON_PERCENT) == 30
    with pytest.raises(ValidationError):
        settings.set_int(notebook, settings.RECIPROCITY_TARGET_PERCENT, 101)
    with pytest.raises(ValidationError):
        settings.set_int(notebook, settings.KEY_PERSON_PERCENT, 0)


def test_deleting_a_person_brings_their_referrals_back_on_undo(
    notebook: Notebook, people: dict[str, int]
) -> None:
    _ledger(notebook, people)
    before_all = list_referrals(notebook)
    before_zoe = person_referrals(notebook, people["Zoé"])

    # The partner: their referrals go with them.
    deleted = delete_person(notebook, people["Hélène"])
    assert all(v.partner_id != people["Hélène"] for v in list_referrals(notebook))
    assert count(notebook) == 2
    restore_person(notebook, deleted)
    assert list_referrals(notebook) == before_all

    # The one referred: the referrals stay, without them, and get them back.
    deleted = delete_person(notebook, people["Zoé"])
    assert count(notebook) == 4
    assert all(v.referred_id != people["Zoé"] for v in list_referrals(notebook))
    restore_person(notebook, deleted)
    assert person_referrals(notebook, people["Zoé"]) == before_zoe
    assert list_referrals(notebook) == before_all


# --- the command line --------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the GUI must not start in these tests")

    monkeypatch.setattr(cli, "run_gui", refuse)


@pytest.mark.sqlite_only
def test_cli_prints_the_figures(
    notebook: Notebook, people: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    _ledger(notebook, people)
    notebook.close()
    code = cli.main(["referrals", "--notebook", str(notebook.path), "--date", TODAY.isoformat()])
    assert code == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    assert "New clients from referrals: 3, of which reciprocal: 1 (33%)" in out
    assert "target: at most 20%, above the target." in out
    assert "  2026 Q4  1 / 1 / 0" in out
    assert "Top referrer: Hélène Gagnon, 2 of 3" in out
    assert "Several referrers at Banque Nationale: Hélène Gagnon, Paul Roy." in out
    assert "Key-person risk: Hélène Gagnon brought 2 of 3 new clients (67%" in out
    assert "  - Hélène Gagnon: 2 referrals, last on 2026-10-14" in out


@pytest.mark.sqlite_only
def test_cli_json_and_an_empty_notebook(
    notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    notebook.close()
    argv = ["referrals", "--notebook", str(notebook.path), "--date", "2026-02-10"]
    assert cli.main([*argv, "--json"]) == cli.EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["new_clients"] == 0
    assert data["reciprocal_share"] is None
    assert [q["label"] for q in data["by_quarter"]] == ["2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1"]
    assert cli.main(argv) == cli.EXIT_OK
    assert "No new clients from referrals in these 12 months." in capsys.readouterr().out


def test_cli_missing_notebook_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite"
    assert cli.main(["referrals", "--notebook", str(missing)]) == cli.EXIT_BAD_NOTEBOOK
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"relnotebook: {missing} does not exist.\n"
    assert list(tmp_path.iterdir()) == []
