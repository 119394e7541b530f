"""Birthdays and anniversaries (issue 23, item 4): on Today a few days ahead, in the calendar
file, with short wishes in English and in French (« tu », « vous »)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from relnotebook import cli
from relnotebook.cli.render.agenda import item_reason, item_title
from relnotebook.core import settings
from relnotebook.core.exchange.calendar_export import calendar_items
from relnotebook.core.models import DetailKind, Stage
from relnotebook.core.outreach.agenda import due_count
from relnotebook.core.outreach.messages.occasions import occasion_message
from relnotebook.core.outreach.messages.render import MessageContext
from relnotebook.core.outreach.service import agenda_on
from relnotebook.core.people import occasions
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.occasions import (
    DatedFact,
    Occasion,
    OccasionKind,
    coming,
    next_occurrence,
    occasions_between,
    read_facts,
)
from relnotebook.core.people.service import add_person, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook

MONDAY = dt.date(2026, 12, 7)
THURSDAY = dt.date(2026, 12, 10)


def someone(
    notebook: Notebook, name: str, birthday: str, stage: Stage = Stage.CLIENT, **detail: object
) -> int:
    person_id = add_person(
        notebook, PersonFields(given_name=name, family_name="Roy", stage=stage, emails=())
    )
    add_detail(notebook, person_id, text=birthday, kind=DetailKind.BIRTHDAY, **detail)  # type: ignore[arg-type]
    return person_id


def birthdays(notebook: Notebook, today: dt.date) -> list[Occasion]:
    return [i for i in agenda_on(notebook, today) if isinstance(i, Occasion)]


# --- the rule --------------------------------------------------------------------------------


def test_29_february_is_28_february_in_other_years() -> None:
    leap = DatedFact(1, OccasionKind.BIRTHDAY, 2, 29, 1980)
    assert next_occurrence(leap, dt.date(2027, 2, 20)) == dt.date(2027, 2, 28)
    assert next_occurrence(leap, dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)
    assert next_occurrence(leap, dt.date(2100, 2, 1)) == dt.date(2100, 2, 28)  # not a leap year
    assert [on for _, on in coming([leap], dt.date(2027, 2, 25), 3)] == [dt.date(2027, 2, 28)]
    assert coming([leap], dt.date(2027, 2, 24), 3) == []


def test_the_end_of_the_calendar_does_not_crash() -> None:
    fact = DatedFact(1, OccasionKind.BIRTHDAY, 1, 5, None)
    assert next_occurrence(fact, dt.date(9999, 12, 30)) is None
    assert coming([fact], dt.date(9999, 12, 30), 30) == []


def test_facts_come_from_any_source_of_kind_and_date(notebook: Notebook) -> None:
    """How the anniversary column plugs in: one more source of (id, kind, text, date) rows;
    a year 1604 means the year is not known."""
    someone(notebook, "Anne", "Birthday: 15 April 1980")

    def anniversaries(_session: object) -> list[tuple[int, OccasionKind, str, dt.date | None]]:
        return [(7, OccasionKind.ANNIVERSARY, "", dt.date(1604, 6, 21))]

    with notebook.reader() as session:
        facts = read_facts(session, (*occasions.SOURCES, anniversaries))
    assert sorted(facts, key=lambda f: f.kind) == [
        DatedFact(7, OccasionKind.ANNIVERSARY, 6, 21, None),
        DatedFact(facts[0].person_id, OccasionKind.BIRTHDAY, 4, 15, 1980),
    ]


# --- Today -----------------------------------------------------------------------------------


def test_a_birthday_this_week_is_on_today(notebook: Notebook) -> None:
    someone(notebook, "Robert", "Birthday: 10 December 1979")
    (item,) = birthdays(notebook, MONDAY)
    assert (item.on, item.years, item.first_name) == (THURSDAY, 47, "Robert")
    assert item_title(item) == "Birthday: Robert Roy"
    assert item_reason(item, MONDAY) == "Birthday on Thursday 10 Dec (turns 47)"
    assert birthdays(notebook, MONDAY - dt.timedelta(days=1)) == []  # 4 days ahead: not yet
    assert item_reason(birthdays(notebook, THURSDAY)[0], THURSDAY) == "Birthday today (turns 47)"


def test_an_anniversary_on_the_card_is_on_today(notebook: Notebook) -> None:
    """The card's anniversary (issue 23's field) comes to Today like a birthday, year or not."""
    person_id = someone(notebook, "Lise", "Birthday: 1 May")
    update_person(notebook, person_id, {"anniversary": dt.date(2001, 12, 9)})
    (item,) = birthdays(notebook, MONDAY)
    assert (item.kind, item.on, item.years) == (OccasionKind.ANNIVERSARY, dt.date(2026, 12, 9), 25)
    update_person(notebook, person_id, {"anniversary": dt.date(1604, 12, 9)})  # no year
    assert [i.years for i in birthdays(notebook, MONDAY)] == [None]


def test_french_text_and_the_details_date_are_read(notebook: Notebook) -> None:
    someone(notebook, "Hélène", "Anniversaire : 9 décembre")
    someone(notebook, "Paul", "née un jeudi", starts_on=dt.date(1604, 12, 8))
    assert [(i.person_name, i.on, i.years) for i in birthdays(notebook, MONDAY)] == [
        ("Paul Roy", dt.date(2026, 12, 8), None),
        ("Hélène Roy", dt.date(2026, 12, 9), None),
    ]


def test_the_setting_says_whose_and_how_far_ahead(notebook: Notebook) -> None:
    someone(notebook, "Client", "Birthday: 10 December")
    someone(notebook, "Acquaintance", "Birthday: 8 December", Stage.ACQUAINTANCE)
    assert [i.first_name for i in birthdays(notebook, MONDAY)] == ["Client"]  # clients only
    occasions.set_who(notebook, occasions.EVERYONE)
    assert [i.first_name for i in birthdays(notebook, MONDAY)] == ["Acquaintance", "Client"]
    settings.set_int(notebook, occasions.DAYS_AHEAD, 1)
    assert [i.first_name for i in birthdays(notebook, MONDAY)] == ["Acquaintance"]
    occasions.set_who(notebook, occasions.OFF)
    assert birthdays(notebook, MONDAY) == []
    with pytest.raises(ValueError):
        occasions.set_who(notebook, "friends")


@pytest.mark.sqlite_only
def test_cli_today_json_lists_occasions(
    notebook: Notebook, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id = someone(notebook, "Robert", "Birthday: 10 December 1979")
    notebook.close()
    argv = ["today", "--notebook", str(notebook.path), "--date", "2026-12-07", "--json"]
    assert cli.main(argv) == 0
    assert json.loads(capsys.readouterr().out)["occasions"] == [
        {
            "key": f"birthday:{person_id}",
            "kind": "birthday",
            "on": "2026-12-10",
            "years": 47,
            "person": {"id": person_id, "name": "Robert Roy", "language": "fr", "email": None},
        }
    ]


# --- the calendar file and the message -------------------------------------------------------


def test_the_calendar_file_has_the_next_birthday_with_a_stable_uid(notebook: Notebook) -> None:
    robert = someone(notebook, "Robert", "Birthday: 10 December 1979")
    leap = someone(notebook, "Léa", "Birthday: 29 February 1992")
    items = {i.uid: i for i in calendar_items(notebook, today=MONDAY, days=90)}
    assert items[f"birthday-{robert}@relnotebook"].day == THURSDAY
    assert items[f"birthday-{robert}@relnotebook"].summary == "Birthday: Robert Roy (47)"
    assert items[f"birthday-{leap}@relnotebook"].day == dt.date(2027, 2, 28)
    later = {i.uid: i for i in calendar_items(notebook, today=dt.date(2026, 12, 11), days=400)}
    assert later[f"birthday-{robert}@relnotebook"].day == dt.date(2027, 12, 10)
    occasions.set_who(notebook, occasions.OFF)
    assert not [i for i in calendar_items(notebook, today=MONDAY) if "birthday" in i.uid]


@pytest.mark.parametrize(
    ("language", "form", "subject", "body"),
    [
        (
            "en",
            "vous",
            "Happy birthday!",
            "Robert, happy birthday! I hope you have a wonderful day.",
        ),
        ("fr", "tu", "Bonne fête!", "Robert, bonne fête! Je te souhaite une très belle journée."),
        (
            "fr",
            "vous",
            "Bonne fête!",
            "Robert, bonne fête! Je vous souhaite une très belle journée.",
        ),
    ],
)
def test_birthday_wishes_in_each_language_and_form(
    language: str, form: str, subject: str, body: str
) -> None:
    context = MessageContext(
        first_name="Robert", full_name="Robert Roy", language=language, today=MONDAY
    )
    message = occasion_message(OccasionKind.BIRTHDAY, context, form)
    assert (message.subject, message.body) == (subject, body)
    signed = MessageContext(
        first_name="Robert",
        full_name="Robert Roy",
        language=language,
        today=MONDAY,
        sender_name="Anne",
    )
    assert occasion_message(OccasionKind.ANNIVERSARY, signed, form).body.endswith("\n\nAnne")


def test_occasions_between_reads_nothing_when_off(notebook: Notebook) -> None:
    someone(notebook, "Robert", "Birthday: 10 December 1979")
    assert occasions_between(notebook, MONDAY, 3, who=occasions.OFF) == []
    assert len(occasions_between(notebook, MONDAY, 3)) == 1


def test_a_birthday_counts_as_to_do_on_its_day_only() -> None:
    """Today's "To do" and the tray count a birthday on the day, not while it is coming up."""

    def birthday(on: dt.date) -> Occasion:
        return Occasion(1, "Robert Tremblay", "Robert", OccasionKind.BIRTHDAY, on, None, "fr", "")

    today = dt.date(2026, 12, 7)
    assert due_count([birthday(today)], today) == 1
    assert due_count([birthday(today + dt.timedelta(days=2))], today) == 0
