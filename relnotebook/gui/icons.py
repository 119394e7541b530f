"""The app's few icons (Lucide, ISC: resources/icons/lucide/), drawn in the palette's colours.

The SVGs are drawn in `currentColor`; each icon is rendered with the palette's text colour (and
its disabled colour), and `follow_palette` sets a widget's icons again when the palette changes,
so they stay readable in light and dark.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from relnotebook.paths import resource

SIZES = (18, 36)  # at 1x and 2x: Qt scales the others (each render costs about a millisecond)


@cache
def _svg(name: str) -> str:
    return resource("icons", "lucide", f"{name}.svg").read_text(encoding="utf-8")


def _pixmaps(result: QIcon, name: str, colour: str, mode: QIcon.Mode) -> None:
    svg = _svg(name).replace('stroke="currentColor"', f'stroke="{colour}"')
    for size in SIZES:
        sized = svg.replace('width="24"', f'width="{size}"').replace(
            'height="24"', f'height="{size}"'
        )
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(sized.encode("utf-8")), "SVG")
        result.addPixmap(pixmap, mode)


def icon(name: str, palette: QPalette) -> QIcon:
    """Lucide's `name` in the palette's text colour (Qt greys it when disabled), and in the
    highlighted text's colour when selected (the sidebar's current view)."""
    result = QIcon()
    for mode, role in (
        (QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
        (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
    ):
        _pixmaps(result, name, palette.color(role).name(), mode)
    return result


@cache
def tinted(name: str, colour: str, selected: str) -> QIcon:
    """Lucide's `name` in `colour` (an urgency's, see appearance.urgency_colour), and in
    `selected` when selected. Kept: a list paints the same few again and again."""
    result = QIcon()
    _pixmaps(result, name, colour, QIcon.Mode.Normal)
    _pixmaps(result, name, selected, QIcon.Mode.Selected)
    return result


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply()
        return False


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run `apply` (which sets `widget`'s icons) now and each time its palette changes."""
    apply()
    _PaletteFollower(widget, apply)
