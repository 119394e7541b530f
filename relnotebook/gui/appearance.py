"""Light or dark: as the operating system is set, or as chosen in Settings.

Qt's Fusion style (chosen for the same look everywhere) draws with the application palette;
Qt 6.5+ reports the system's colour scheme, so with "As the system" a dark desktop gets a dark
palette, and a change while the app runs is followed at once. "Light" and "Dark" set the palette
whatever the system says; every widget (and the referrals chart, see pages/referrals.py) follows
the application palette, so a choice applies at once, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from relnotebook.core import preferences

LIGHT, DARK = preferences.APPEARANCES


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    role = QPalette.ColorRole
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#2b2d31",
            role.WindowText: "#e8e8ea",
            role.Base: "#1f2023",
            role.AlternateBase: "#27292d",
            role.ToolTipBase: "#3a3d42",
            role.ToolTipText: "#f2f2f2",
            role.PlaceholderText: "#9a9ca3",
            role.Text: "#e8e8ea",
            role.Button: "#33363b",
            role.ButtonText: "#e8e8ea",
            role.BrightText: "#ff6b6b",
            role.Link: "#7ab7ff",
            role.LinkVisited: "#b59cff",
            role.Highlight: "#3d7bd9",
            role.HighlightedText: "#ffffff",
            role.Light: "#45484e",
            role.Midlight: "#3a3d42",
            role.Mid: "#2f3136",
            role.Dark: "#18191b",
            role.Shadow: "#000000",
        },
        "#7d7f86",
    )


def light_palette() -> QPalette:
    """Fusion's light colours, whatever the desktop's scheme (a dark desktop's platform
    palette would otherwise leak into "Light")."""
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#efefef",
            role.WindowText: "#000000",
            role.Base: "#ffffff",
            role.AlternateBase: "#f7f7f7",
            role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#000000",
            role.PlaceholderText: "#6d6d6d",
            role.Text: "#000000",
            role.Button: "#efefef",
            role.ButtonText: "#000000",
            role.BrightText: "#ffffff",
            role.Link: "#0b57d0",
            role.LinkVisited: "#7b1fa2",
            role.Highlight: "#308cc6",
            role.HighlightedText: "#ffffff",
            role.Light: "#ffffff",
            role.Midlight: "#cacaca",
            role.Mid: "#b8b8b8",
            role.Dark: "#9f9f9f",
            role.Shadow: "#767676",
        },
        "#8c8c8c",
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# Today's urgencies, light and dark: each reads on the palette's base (contrast of 4.5 or more).
URGENCY_COLOURS = {
    "late": ("#c62828", "#ff8a80"),
    "due": ("#b45309", "#ffb74d"),
    "soon": ("#1565c0", "#82b1ff"),
    "calm": ("#55595f", "#a8abb2"),
}


def urgency_colour(urgency: str, palette: QPalette) -> QColor:
    """The colour of an urgency (a key of URGENCY_COLOURS) on `palette`, light or dark."""
    light, dark = URGENCY_COLOURS[urgency]
    return QColor(dark if is_dark(palette) else light)


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The system's scheme: its own light palette, or ours when it is dark."""
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else QPalette())


def apply_appearance(app: QApplication, choice: str | None = None) -> str:
    """Show `choice` (default: the one saved in the preferences): LIGHT, DARK or SYSTEM.
    Returns it. Safe to call again: the last choice wins."""
    choice = choice or preferences.chosen_appearance()
    app.setProperty("relnotebook_appearance", choice)
    hints = QGuiApplication.styleHints()
    # Native parts (file dialogs, title bars) follow as well where Qt supports it (6.8+).
    wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted.get(choice, Qt.ColorScheme.Unknown))
    if choice == DARK:
        app.setPalette(dark_palette())
    elif choice == LIGHT:
        app.setPalette(light_palette())
    else:
        apply_scheme(app, hints.colorScheme())
    return choice


def follow_color_scheme(app: QApplication) -> None:
    """The appearance chosen, and, with "As the system", the system's changes while running."""
    apply_appearance(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda scheme: _system_changed(app, scheme)
    )


def _system_changed(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if app.property("relnotebook_appearance") == preferences.SYSTEM:
        apply_scheme(app, scheme)
