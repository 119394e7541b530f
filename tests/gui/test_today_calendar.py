"""Today with holidays and birthdays (issue 23): the reason names the holiday, in the user's
language; a birthday row copies wishes; Settings › Calendar chooses the province."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from relnotebook.core import settings
from relnotebook.core.checkins import closed_days
from relnotebook.core.checkins.service import log_contact, set_plan
from relnotebook.core.models import DetailKind, FrenchForm, Language, Stage
from relnotebook.core.people import occasions
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.dialogs.settings import SettingsDialog
from relnotebook.gui.models.today import TodayTableModel

FRIDAY = dt.date(2027, 9, 3)
LABOUR_DAY = dt.date(2027, 9, 6)


def labour_day_call(window, clock) -> None:
    """A client due on Labour Day 2027; the window's clock on the Friday before."""
    notebook = window.notebook
    person_id = add_person(notebook, PersonFields(given_name="Gilles", stage=Stage.CLIENT))
    set_plan(notebook, person_id, {"cadence_days": 30})
    log_contact(notebook, person_id, on=LABOUR_DAY - dt.timedelta(days=30))
    settings.set_int(notebook, settings.LOOKAHEAD_DAYS, 0)
    clock.advance(days=(FRIDAY - clock.today()).days)


def reasons(window) -> dict[str, str]:
    window.show_view(0)
    window.today.reload()
    model = window.today.model
    return {
        model.text(model.item(r), TodayTableModel.WHAT): model.text(
            model.item(r), TodayTableModel.WHY
        )
        for r in range(model.rowCount())
    }


def test_today_names_labour_day(qtbot, window, clock):
    labour_day_call(window, clock)
    assert reasons(window)["Call (due today) — Gilles"].startswith(
        "due Monday 6 Sep: Labour Day · every 30 days"
    )


def test_today_names_the_holiday_in_french(qtbot, french, window, clock):
    labour_day_call(window, clock)
    (why,) = reasons(window).values()
    assert why.startswith("prévu le lundi 6 sept. : Fête du Travail · ")


@pytest.mark.parametrize(("form", "wish"), [(FrenchForm.TU, "te"), (FrenchForm.VOUS, "vous")])
def test_a_birthday_row_copies_wishes(qtbot, window, clock, form, wish):
    notebook = window.notebook
    person_id = add_person(
        notebook,
        PersonFields(
            given_name="Robert",
            family_name="Roy",
            stage=Stage.CLIENT,
            language=Language.FRENCH,
            french_form=form,
        ),
    )
    add_detail(notebook, person_id, text="Birthday: 10 December 1979", kind=DetailKind.BIRTHDAY)
    clock.advance(days=(dt.date(2026, 12, 7) - clock.today()).days)
    assert reasons(window) == {"Birthday — Robert Roy": "Birthday on Thursday 10 Dec (turns 47)"}
    window.today.table.selectRow(0)
    assert window.today.act_button.text() == "&Copy wishes"
    assert not window.today.later_button.isEnabled()
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == (
        f"Bonne fête!\n\nRobert, bonne fête! Je {wish} souhaite une très belle journée."
    )
    assert "Robert Roy" in window.today.subtitle.text()


def test_settings_choose_the_province_and_whose_birthdays(qtbot, window, clock):
    labour_day_call(window, clock)
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    tab = dialog.calendar
    assert (tab.country.currentData(), tab.region.currentData()) == ("CA", "QC")
    assert tab.who.currentData() == occasions.CLIENTS and tab.days_ahead.value() == 3
    tab.region.setCurrentIndex(tab.region.findData("ON"))
    tab.who.setCurrentIndex(tab.who.findData(occasions.EVERYONE))
    dialog.save()
    values = settings.read_all(window.notebook)
    assert (values.text(closed_days.COUNTRY), values.text(closed_days.REGION)) == ("CA", "ON")
    assert occasions.who_setting(values) == occasions.EVERYONE
    # Labour Day is a holiday in Ontario too; choosing no country leaves weekends only.
    assert "Labour Day" in next(iter(reasons(window).values()))
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    dialog.calendar.country.setCurrentIndex(0)
    assert not dialog.calendar.region.isEnabled()
    dialog.save()
    assert reasons(window) == {}
