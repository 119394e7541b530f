"""Settings › Calendar: whose statutory holidays count, and whose birthdays show on Today."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from relnotebook.core import settings
from relnotebook.core.checkins import closed_days
from relnotebook.core.people import occasions
from relnotebook.store import Notebook


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


class CalendarTab(QWidget):
    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notebook = notebook
        values = settings.read_all(notebook)
        form = QFormLayout(self)
        self.country = QComboBox(self)
        self.country.setObjectName("settings_holiday_country")
        self.country.addItem(self.tr("None (weekends only)"), closed_days.NO_COUNTRY)
        countries = sorted(closed_days.supported_countries(), key=country_name)
        for code in countries:
            self.country.addItem(country_name(code), code)
        self.region = QComboBox(self)
        self.region.setObjectName("settings_holiday_region")
        self.country.setCurrentIndex(
            max(0, self.country.findData(values.text(closed_days.COUNTRY)))
        )
        self._fill_regions(values.text(closed_days.REGION))
        self.country.currentIndexChanged.connect(lambda _index: self._fill_regions(""))
        form.addRow(self.tr("Statutory &holidays of"), self.country)
        form.addRow(self.tr("&Province or state"), self.region)
        holidays_help = QLabel(
            self.tr(
                "A call, a task or a sweep deadline on a weekend or a holiday shows as due on the "
                "last business day before it, so the calls happen before the long weekend."
            ),
            self,
        )
        holidays_help.setWordWrap(True)
        form.addRow(holidays_help)
        self.who = QComboBox(self)
        self.who.setObjectName("settings_occasions_who")
        for label, value in (
            (self.tr("Clients only"), occasions.CLIENTS),
            (self.tr("Everyone"), occasions.EVERYONE),
            (self.tr("Nobody (off)"), occasions.OFF),
        ):
            self.who.addItem(label, value)
        self.who.setCurrentIndex(max(0, self.who.findData(occasions.who_setting(values))))
        form.addRow(self.tr("&Birthdays and anniversaries on Today"), self.who)
        self.days_ahead = QSpinBox(self)
        self.days_ahead.setObjectName("settings_occasions_days")
        self.days_ahead.setRange(occasions.DAYS_AHEAD.minimum, occasions.DAYS_AHEAD.maximum)
        self.days_ahead.setSuffix(self.tr(" days ahead"))
        self.days_ahead.setValue(values.int(occasions.DAYS_AHEAD))
        form.addRow(self.tr("Show them"), self.days_ahead)

    def _fill_regions(self, chosen: str) -> None:
        self.region.clear()
        self.region.addItem(self.tr("National holidays only"), "")
        country = self.country.currentData()
        for code, name in sorted(closed_days.region_names(country).items()):
            self.region.addItem(f"{name} ({code})" if name != code else code, code)
        self.region.setCurrentIndex(max(0, self.region.findData(chosen)))
        self.region.setEnabled(self.region.count() > 1)

    def save(self) -> None:
        """Raises ValidationError (with its sentence) for a choice the package refuses."""
        closed_days.set_region(
            self._notebook, self.country.currentData(), self.region.currentData()
        )
        occasions.set_who(self._notebook, self.who.currentData())
        settings.set_int(self._notebook, occasions.DAYS_AHEAD, self.days_ahead.value())
