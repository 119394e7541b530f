"""Light, dark or as the system, chosen in Settings and applied at once (issue 21, item 3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog

from relnotebook.core import preferences
from relnotebook.gui import appearance
from relnotebook.gui.dialogs.settings import SettingsDialog
from relnotebook.gui.main_window import REFERRALS


@pytest.fixture(autouse=True)
def _palette_restored(qapp) -> Iterator[None]:
    """The palette is the application's: put back as it was for the next tests."""
    before = qapp.palette()
    yield
    qapp.setProperty("relnotebook_appearance", None)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Unknown)
    qapp.setPalette(before)


def dark(widget) -> bool:
    QApplication.processEvents()  # (the palette reaches the widgets through events)
    return appearance.is_dark(widget.palette())


def settings_dialog(qtbot, window) -> SettingsDialog:
    dialog = SettingsDialog(window.editor, window.clock, window)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def centre_of_chart_is_dark(window) -> bool:
    QApplication.processEvents()
    view = window.referrals.chart
    chart = view.chart()
    # Inside the plot, in its first quarter (the demo has no referral then): the chart's box.
    area = chart.plotArea()
    inside = view.mapFromScene(chart.mapToScene(area.left() + 8, area.center().y()))
    image = view.grab().toImage()
    return image.pixelColor(inside).lightness() < 128


def test_dark_applies_at_once_to_every_view_and_the_chart(qtbot, demo_window):
    window = demo_window
    window.show_view(REFERRALS)
    assert not centre_of_chart_is_dark(window)
    dialog = settings_dialog(qtbot, window)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.DARK))
    assert dark(window) and dark(window.today) and dark(window.people.table)
    assert centre_of_chart_is_dark(window)
    chart = window.referrals.chart.chart()
    assert chart.backgroundBrush().color().lightness() < 128
    for axis in chart.axes():
        assert axis.labelsBrush().color().lightness() > 128  # light labels on the dark box
    assert chart.legend().labelColor().lightness() > 128

    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert preferences.chosen_appearance() == appearance.DARK
    assert dark(window)


def test_cancel_puts_the_appearance_back(qtbot, window):
    dialog = settings_dialog(qtbot, window)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.DARK))
    assert dark(window)
    dialog.reject()
    assert not dark(window)
    assert preferences.chosen_appearance() == preferences.SYSTEM


def test_light_is_light_even_on_a_dark_system(qapp):
    appearance.apply_scheme(qapp, Qt.ColorScheme.Dark)  # as a dark desktop would
    assert appearance.is_dark(qapp.palette())
    appearance.apply_appearance(qapp, appearance.LIGHT)
    assert not appearance.is_dark(qapp.palette())
    # With an explicit choice, the system switching does not override it.
    appearance._system_changed(qapp, Qt.ColorScheme.Dark)
    assert not appearance.is_dark(qapp.palette())


def test_as_the_system_follows_the_system(qapp):
    appearance.apply_appearance(qapp, preferences.SYSTEM)
    appearance._system_changed(qapp, Qt.ColorScheme.Dark)
    assert appearance.is_dark(qapp.palette())
    appearance._system_changed(qapp, Qt.ColorScheme.Light)
    assert not appearance.is_dark(qapp.palette())


def test_the_saved_appearance_is_used_at_start(qapp):
    preferences.set_appearance(appearance.DARK)
    appearance.follow_color_scheme(qapp)
    assert appearance.is_dark(qapp.palette())
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 128


def test_changing_the_language_says_at_once_that_it_applies_at_the_next_start(qtbot, window):
    dialog = settings_dialog(qtbot, window)
    assert not dialog.language_note.isVisible()
    other = next(
        i
        for i in range(dialog.language.count())
        if dialog.language.itemData(i) != preferences.chosen_language()
    )
    dialog.language.setCurrentIndex(other)
    assert dialog.language_note.isVisible()
    assert "next time you start" in dialog.language_note.text()
    assert QApplication.activeModalWidget() in (None, dialog)  # no message box to dismiss


def icon_ink(window) -> int:
    """The lightness of the darkest-or-lightest pixel of Today's sidebar icon: its strokes."""
    QApplication.processEvents()
    image = window.sidebar.item(0).icon().pixmap(32, 32).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked, "the icon drew nothing"
    return sorted(c.lightness() for c in inked)[len(inked) // 2]


def test_the_icons_are_redrawn_in_the_palette_colours(qtbot, window):
    assert icon_ink(window) < 128  # dark strokes on light
    appearance.apply_appearance(QApplication.instance(), appearance.DARK)
    assert icon_ink(window) > 128  # light strokes on dark
    assert not window.menu_bar.actions["calls.log_call_for_current"].icon().isNull()


def test_the_sidebar_turns_dark_with_the_rest(qtbot, window):
    """The sidebar has a style sheet, which keeps the palette it was polished with."""
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    dialog = settings_dialog(qtbot, window)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.DARK))
    QApplication.processEvents()
    image = window.sidebar.grab().toImage()
    below_the_items = image.pixelColor(image.width() // 2, image.height() - 5)
    assert below_the_items.lightness() < 128, below_the_items.name()
    dialog.reject()
