"""Initials avatars on the person page (issue 21, item 2)."""

from __future__ import annotations

from relnotebook.gui import appearance
from relnotebook.gui.avatars import avatar
from tests.gui.test_people_view import open_person


def test_the_person_page_shows_their_initials_in_a_disc(qtbot, demo_window):
    page = open_person(qtbot, demo_window, "Robert Tremblay")
    pixmap = page.avatar.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 40
    image = pixmap.toImage()
    centre_left = image.pixelColor(6, image.height() // 2)
    assert centre_left.alpha() > 200  # a filled disc, not an empty label
    assert page.avatar.accessibleName() == "Robert Tremblay"


def test_a_disc_is_dark_in_dark_and_light_in_light() -> None:
    light = avatar("Robert Tremblay", 40, appearance.light_palette()).toImage()
    dark = avatar("Robert Tremblay", 40, appearance.dark_palette()).toImage()
    assert light.pixelColor(6, 20).lightness() > dark.pixelColor(6, 20).lightness()
