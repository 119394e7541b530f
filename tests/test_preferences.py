"""The interface language: chosen, or the system's first language we speak."""

from __future__ import annotations

import pytest

from relnotebook.core import preferences


def test_the_system_language_is_followed_until_one_is_chosen():
    assert preferences.chosen_language() == preferences.SYSTEM
    assert preferences.interface_language(["fr-CA", "en-CA"]) == "fr"
    assert preferences.interface_language(["de-DE", "en-GB"]) == "en"
    assert preferences.interface_language(["de-DE"]) == preferences.DEFAULT_LANGUAGE
    preferences.set_language("fr")
    assert preferences.interface_language(["en-US"]) == "fr"
    assert preferences.preferences_file().stat().st_mode & 0o777 == 0o600
    preferences.set_language(preferences.SYSTEM)
    assert preferences.interface_language(["en-US"]) == "en"


def test_a_damaged_preferences_file_means_the_defaults():
    path = preferences.preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert preferences.chosen_language() == preferences.SYSTEM
    path.write_text('{"language": "klingon"}', encoding="utf-8")
    assert preferences.chosen_language() == preferences.SYSTEM
    with pytest.raises(ValueError):
        preferences.set_language("klingon")
    preferences.set_language("en")
    assert preferences.chosen_language() == "en"


def test_preferences_never_touch_the_real_config_folder(tmp_path_factory):
    # conftest points XDG_CONFIG_HOME at a temporary home for every test.
    assert "pytest" in str(preferences.preferences_file()) or "tmp" in str(
        preferences.preferences_file()
    )


def test_the_appearance_follows_the_system_until_one_is_chosen():
    assert preferences.chosen_appearance() == preferences.SYSTEM
    preferences.set_appearance("dark")
    preferences.set_language("fr")  # one file, two preferences: neither loses the other
    assert preferences.chosen_appearance() == "dark"
    assert preferences.chosen_language() == "fr"
    with pytest.raises(ValueError):
        preferences.set_appearance("purple")
    path = preferences.preferences_file()
    path.write_text('{"appearance": "purple"}', encoding="utf-8")
    assert preferences.chosen_appearance() == preferences.SYSTEM
