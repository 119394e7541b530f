"""Initials avatars: a coloured disc with one or two letters, for the person page and lists.

The colour comes from the person's name (`core.people.initials.hue`), its lightness from the
palette, so a disc reads in light and in dark. Pixmaps are kept: a list paints the same few
again and again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from relnotebook.core.people.initials import hue, initials_of
from relnotebook.gui.appearance import is_dark


def avatar(name: str, size: int, palette: QPalette, ratio: float = 1.0) -> QPixmap:
    """The avatar of someone shown as `name`, `size` pixels across (device-independent)."""
    return _drawn(initials_of(name), hue(name), size, is_dark(palette), ratio)


def avatar_icon(name: str, size: int, palette: QPalette) -> QIcon:
    """The same, as an icon for a list's decoration (at 1x and 2x)."""
    result = QIcon()
    for ratio in (1.0, 2.0):
        result.addPixmap(avatar(name, size, palette, ratio))
    return result


@cache
def _drawn(letters: str, degrees: int, size: int, dark: bool, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    disc = QColor.fromHsl(degrees, 110, 80 if dark else 190)
    ink = QColor.fromHsl(degrees, 60, 235 if dark else 45)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, round(size * (0.42 if len(letters) > 1 else 0.5))))
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap
