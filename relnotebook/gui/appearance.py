"""Light or dark, as the operating system is set.

Qt's Fusion style (chosen for the same look everywhere) draws with the application palette; Qt
6.5+ reports the system's colour scheme, so a dark desktop gets a dark palette, and a change
while the app runs is followed at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
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
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7d7f86"))
    return palette


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else QPalette())


def follow_color_scheme(app: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    apply_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
