"""Loading the interface translations: ours (Qt Linguist .qm files compiled from
`resources/translations/*.ts` when the package is built) and Qt's own, for the standard dialogs
and buttons. Dates and numbers follow the same language through the default QLocale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from relnotebook.core.preferences import interface_language, system_choice
from relnotebook.paths import resource

if TYPE_CHECKING:
    from relnotebook.core.models import Language

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in itself

APP_CATALOGUE = "relnotebook"


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Install the translators for `language` (default: the user's choice, else the system's)
    and make it the default locale. Returns the language used. Safe to call again: the
    previous translators are removed first."""
    language = language or interface_language(system_languages())
    for old in getattr(app, "_relnotebook_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"{APP_CATALOGUE}_{language}.qm"))):
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    app._relnotebook_translators = installed  # type: ignore[attr-defined]
    # Dates and numbers in the same language: the system's own conventions when it speaks it,
    # else Canadian ones ("15 déc. 2026", "2 313").
    system = QLocale.system()
    speaks = QLocale.languageToCode(system.language()) == language
    QLocale.setDefault(system if speaks else QLocale(f"{language}_CA"))
    return language


def system_language_name() -> str:
    """The language the app would follow by itself, named in that language."""
    return LANGUAGE_NAMES[system_choice(system_languages())]


def language_for_new_people() -> Language:
    """New people get the language the app is used in; their profile can change it."""
    from relnotebook.core.models import Language  # (the data layer loads after the window)

    english = QLocale().language() == QLocale.Language.English
    return Language.ENGLISH if english else Language.FRENCH
