"""Settings: the language and appearance, how messages are signed, how long to stay quiet,
and the user's own templates.

Templates are edited with a live preview rendered for a sample person (Robert), so a mistake
shows as a sentence in the preview, never as a crash or half a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core import preferences, settings
from relnotebook.core.people.phones import phone_region, set_phone_region
from relnotebook.errors import ValidationError
from relnotebook.gui import appearance
from relnotebook.gui.dialogs.calendar_settings import CalendarTab
from relnotebook.gui.dialogs.mail_settings import mail_tab
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.i18n import system_language_name
from relnotebook.gui.panels.templates import TemplatesTab
from relnotebook.gui.undo import Editor
from relnotebook.store.files.backups import backup_folder

DAYS_PER_MONTH = 30.4


class SettingsDialog(QDialog):
    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setWindowTitle(self.tr("Settings"))
        self.resize(820, 600)
        notebook = editor.notebook
        # (Not `sender`: that would hide QObject.sender().)
        self.signature = QLineEdit(settings.get_text(notebook, settings.SENDER_NAME), self)
        self.signature.setObjectName("settings_sender")
        self.signature.setPlaceholderText(self.tr("Your name, to sign messages"))
        quiet = settings.QUIET_PERIOD_DAYS
        self.quiet_months = QSpinBox(self)
        self.quiet_months.setObjectName("settings_quiet_months")
        self.quiet_months.setRange(1, 24)
        self.quiet_months.setSuffix(self.tr(" months"))
        self.quiet_months.setValue(
            max(1, round(settings.get_int(notebook, quiet) / DAYS_PER_MONTH))
        )
        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Signature"), self.signature)
        form.addRow(self.tr("&Quiet period after no reply"), self.quiet_months)
        quiet_help = QLabel(
            self.tr(
                "When someone does not answer a message, no new message to them is suggested "
                "for this long: no chasing."
            ),
            self,
        )
        quiet_help.setWordWrap(True)
        form.addRow(quiet_help)
        self._add_phone_region(form)
        form.addRow(self._french_form_group(general))
        checkins = QWidget(self)
        checkins_form = QFormLayout(checkins)
        self.tier_cadences: dict[str, QSpinBox] = {}
        for tier, setting in settings.TIER_CADENCE_DAYS.items():
            spin = QSpinBox(self)
            spin.setObjectName(f"settings_cadence_{tier.lower()}")
            spin.setRange(setting.minimum, setting.maximum)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(settings.get_int(notebook, setting))
            self.tier_cadences[tier] = spin
            checkins_form.addRow(self.tr("Tier %1 clients: every").replace("%1", tier), spin)
        self.lookahead = QSpinBox(self)
        self.lookahead.setObjectName("settings_lookahead")
        self.lookahead.setRange(settings.LOOKAHEAD_DAYS.minimum, settings.LOOKAHEAD_DAYS.maximum)
        self.lookahead.setSuffix(self.tr(" days ahead"))
        self.lookahead.setValue(settings.get_int(notebook, settings.LOOKAHEAD_DAYS))
        checkins_form.addRow(self.tr("Show calls coming up"), self.lookahead)
        self.recontact = QSpinBox(self)
        self.recontact.setRange(
            settings.RECONTACT_MONTHS.minimum, settings.RECONTACT_MONTHS.maximum
        )
        self.recontact.setSuffix(self.tr(" months"))
        self.recontact.setValue(settings.get_int(notebook, settings.RECONTACT_MONTHS))
        checkins_form.addRow(
            self.tr("Get back in touch with a departed client after"), self.recontact
        )
        checkins_form.addRow(self._call_sound_group(checkins))
        referrals = QWidget(self)
        referrals_form = QFormLayout(referrals)
        self.percent_settings: dict[str, tuple[settings.IntSetting, QSpinBox]] = {}
        for key, setting, label, suffix in (
            (
                "target",
                settings.RECIPROCITY_TARGET_PERCENT,
                self.tr("Reciprocal deals: at most"),
                self.tr(" % of new clients"),
            ),
            (
                "key_person",
                settings.KEY_PERSON_PERCENT,
                self.tr("Warn when one person brings more than"),
                self.tr(" % of new clients"),
            ),
            (
                "consent",
                settings.CONSENT_WARNING_DAYS,
                self.tr("Warn before implied consent expires"),
                self.tr(" days ahead"),
            ),
        ):
            spin = QSpinBox(self)
            spin.setObjectName(f"settings_{key}")
            spin.setRange(setting.minimum, setting.maximum)
            spin.setSuffix(suffix)
            spin.setValue(settings.get_int(notebook, setting))
            self.percent_settings[key] = (setting, spin)
            referrals_form.addRow(label, spin)
        backups_tab = self._backups_tab(notebook.path)
        self.templates = TemplatesTab(editor, clock, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(notebook.path), self.tr("General"))
        self.tabs.addTab(general, self.tr("Messages"))
        self.tabs.addTab(self.templates, self.tr("Your templates"))
        self.tabs.addTab(checkins, self.tr("Check-ins"))
        self.calendar = CalendarTab(notebook, self)
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(referrals, self.tr("Referrals && newsletter"))
        self.tabs.addTab(mail_tab(self, parent), self.tr("Mail"))
        self.tabs.addTab(backups_tab, self.tr("Backups"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Every tab's name in view (the French ones are longer): as wide as the tab bar asks.
        margins = layout.contentsMargins()
        needed = self.tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + 8
        self.resize(max(self.width(), needed), self.height())

    def _french_form_group(self, parent: QWidget) -> QGroupBox:
        """How French messages address people whose form of address is not set."""
        group = QGroupBox(self.tr("French messages"), parent)
        form = QFormLayout(group)
        self.french_form = QComboBox(group)
        self.french_form.setObjectName("settings_french_form")
        self.french_form.addItem(self.tr("« tu » (as among peers)"), "tu")
        self.french_form.addItem(self.tr("« vous »"), "vous")
        chosen = settings.french_form(settings.read_all(self._editor.notebook))
        self.french_form.setCurrentIndex(self.french_form.findData(chosen))
        form.addRow(self.tr("&Address people as"), self.french_form)
        note = QLabel(self.tr("Unless their profile says otherwise."), group)
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _general_tab(self, notebook_path: Path) -> QWidget:
        """The interface language (yours, kept outside the notebook) and where the notebook is."""
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.language = QComboBox(tab)
        self.language.setObjectName("settings_language")
        self.language.addItem(
            self.tr("As the system (%1)").replace("%1", system_language_name()), preferences.SYSTEM
        )
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.chosen_language())))
        language_label = QLabel(self.tr("Interface &language"), tab)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        language_help = QLabel(
            self.tr(
                "Menus, buttons and dates. Each person's messages are written in their own "
                "language, set on their profile."
            ),
            tab,
        )
        language_help.setWordWrap(True)
        form.addRow(language_help)
        # Qt would need every label re-set by hand to switch now (its widgets keep the text
        # they were given): the new language applies at the next start, and says so here.
        self.language_note = QLabel(
            self.tr("The new language applies the next time you start the app."), tab
        )
        self.language_note.setObjectName("settings_language_note")
        bold = self.language_note.font()
        bold.setBold(True)
        self.language_note.setFont(bold)
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_note.setVisible(
                self.language.currentData() != preferences.chosen_language()
            )
        )
        form.addRow(self.language_note)
        self._add_appearance(form, tab)
        where = QLabel(str(notebook_path), tab)
        where.setObjectName("settings_notebook_path")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("This notebook"), where)
        form.addRow(
            QLabel(self.tr("File › Open Notebook… (Ctrl+O) opens or creates another."), tab)
        )
        return tab

    def _call_sound_group(self, parent: QWidget) -> QGroupBox:
        """The call timer's sound at two minutes: yours, on this computer, like the language."""
        group = QGroupBox(self.tr("Two-minute call"), parent)
        self.call_sound = QCheckBox(self.tr("Play a short sound when a call reaches t&wo minutes"))
        self.call_sound.setObjectName("settings_call_sound")
        self.call_sound.setChecked(preferences.call_sound())
        QVBoxLayout(group).addWidget(self.call_sound)
        return group

    def _save_call_sound(self) -> None:
        if self.call_sound.isChecked() != preferences.call_sound():
            self._save_preference(
                lambda: preferences.set_call_sound(self.call_sound.isChecked()),
                self.tr("The sound setting could not be saved: %1"),
            )

    def _save_preference(self, save: Callable[[], None], failure: str) -> None:
        """Write one of this computer's preferences; a failure is said, the dialog stays."""
        try:
            save()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Settings"), failure.replace("%1", str(exc)))

    def _add_appearance(self, form: QFormLayout, parent: QWidget) -> None:
        """Light, dark, or as the system: shown at once, kept on Save, undone on Cancel."""
        self.appearance = QComboBox(parent)
        self.appearance.setObjectName("settings_appearance")
        self.appearance.addItem(self.tr("As the system"), preferences.SYSTEM)
        self.appearance.addItem(self.tr("Light"), appearance.LIGHT)
        self.appearance.addItem(self.tr("Dark"), appearance.DARK)
        self._appearance_before = preferences.chosen_appearance()
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(self._appearance_before)))
        self.appearance.currentIndexChanged.connect(
            lambda _index: self._show_appearance(self.appearance.currentData())
        )
        label = QLabel(self.tr("&Appearance"), parent)
        label.setBuddy(self.appearance)
        form.addRow(label, self.appearance)

    def _show_appearance(self, choice: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.apply_appearance(app, choice)

    def reject(self) -> None:
        self._show_appearance(self._appearance_before)
        super().reject()

    def _save_appearance(self) -> None:
        self._save_preference(
            lambda: preferences.set_appearance(self.appearance.currentData()),
            self.tr("The appearance could not be saved: %1"),
        )

    def _backups_tab(self, notebook_path: Path) -> QWidget:
        """How many automatic backups to keep; they are taken each day the app is used."""
        notebook = self._editor.notebook
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.backup_daily = QSpinBox(self)
        self.backup_daily.setObjectName("settings_backup_daily")
        self.backup_daily.setRange(settings.BACKUP_DAILY.minimum, settings.BACKUP_DAILY.maximum)
        self.backup_daily.setSuffix(self.tr(" days"))
        self.backup_daily.setValue(settings.get_int(notebook, settings.BACKUP_DAILY))
        self.backup_weekly = QSpinBox(self)
        self.backup_weekly.setObjectName("settings_backup_weekly")
        self.backup_weekly.setRange(settings.BACKUP_WEEKLY.minimum, settings.BACKUP_WEEKLY.maximum)
        self.backup_weekly.setSuffix(self.tr(" weeks"))
        self.backup_weekly.setValue(settings.get_int(notebook, settings.BACKUP_WEEKLY))
        daily_label = QLabel(self.tr("Keep one backup a &day for the last"), tab)
        daily_label.setBuddy(self.backup_daily)
        weekly_label = QLabel(self.tr("then one a &week for"), tab)
        weekly_label.setBuddy(self.backup_weekly)
        form.addRow(daily_label, self.backup_daily)
        form.addRow(weekly_label, self.backup_weekly)
        where = QLabel(
            self.tr(
                "A backup is made each day you use the app, in %1. Only days and weeks you "
                "used it count, so a notebook left alone keeps its last backups."
            ).replace("%1", str(backup_folder(notebook_path))),
            tab,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(where)
        return tab

    def _add_phone_region(self, form: QFormLayout) -> None:
        """The country of numbers typed without +1 or +33 (CA unless changed)."""
        self.phone_region = QLineEdit(phone_region(self._editor.notebook), self)
        self.phone_region.setObjectName("settings_phone_region")
        self.phone_region.setMaxLength(2)
        self.phone_region.setPlaceholderText("CA")
        self.phone_region.setToolTip(
            self.tr("Phone numbers without a country code are read as this country's (CA, FR…).")
        )
        form.addRow(self.tr("Phone numbers' countr&y"), self.phone_region)

    def save(self) -> None:
        notebook = self._editor.notebook
        try:
            settings.set_text(notebook, settings.SENDER_NAME, self.signature.text())
            settings.set_text(notebook, settings.FRENCH_FORM, self.french_form.currentData())
            settings.set_int(
                notebook,
                settings.QUIET_PERIOD_DAYS,
                round(self.quiet_months.value() * DAYS_PER_MONTH),
            )
            for tier, spin in self.tier_cadences.items():
                settings.set_int(notebook, settings.TIER_CADENCE_DAYS[tier], spin.value())
            settings.set_int(notebook, settings.LOOKAHEAD_DAYS, self.lookahead.value())
            settings.set_int(notebook, settings.RECONTACT_MONTHS, self.recontact.value())
            for setting, spin in self.percent_settings.values():
                settings.set_int(notebook, setting, spin.value())
            settings.set_int(notebook, settings.BACKUP_DAILY, self.backup_daily.value())
            settings.set_int(notebook, settings.BACKUP_WEEKLY, self.backup_weekly.value())
            self.calendar.save()
            set_phone_region(notebook, self.phone_region.text())
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Settings"), user_message(exc))
            return
        if not self.templates.save_current():
            self.tabs.setCurrentWidget(self.templates)
            return
        self._save_language()
        self._save_call_sound()
        self._save_appearance()
        self._editor.changed.emit()
        self.accept()

    def _save_language(self) -> None:
        chosen = self.language.currentData()
        if chosen == preferences.chosen_language():
            return
        try:
            preferences.set_language(chosen)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr("The language could not be saved: %1").replace("%1", str(exc)),
            )
            return
