"""Preferences of the person using the app, not of a notebook: the interface language, the
appearance (light, dark, or as the system), and whether the call timer plays a sound at two
minutes.

The language must be known before any notebook is open (the "cannot open" dialog is already in
it), so it lives in the platformdirs config folder, in a small JSON file written atomically.
Everything that travels with the notebook (cadences, quiet period…) stays in `settings.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from platformdirs import user_config_path

from relnotebook.files import write_private_file
from relnotebook.paths import APP_AUTHOR, APP_NAME

SYSTEM = "system"  # follow the operating system's language
LANGUAGES = ("fr", "en")  # the interface languages shipped, French first
DEFAULT_LANGUAGE = "en"  # when the system speaks neither
APPEARANCES = ("light", "dark")  # or SYSTEM: the operating system's colour scheme


def preferences_file() -> Path:
    return user_config_path(APP_NAME, APP_AUTHOR) / "preferences.json"


def _read() -> dict[str, object]:
    try:
        data = json.loads(preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: the defaults, and the next save rewrites it
    return data if isinstance(data, dict) else {}


def chosen_language() -> str:
    """ "fr", "en", or SYSTEM."""
    value = _read().get("language", SYSTEM)
    return value if value in (*LANGUAGES, SYSTEM) else SYSTEM


def chosen_appearance() -> str:
    """ "light", "dark", or SYSTEM."""
    value = _read().get("appearance", SYSTEM)
    return value if value in (*APPEARANCES, SYSTEM) else SYSTEM


def set_appearance(value: str) -> None:
    if value not in (*APPEARANCES, SYSTEM):
        raise ValueError(f"unknown appearance {value!r}")
    _write("appearance", value)


def _write(key: str, value: object) -> None:
    data = _read()
    data[key] = value
    path = preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_file(path, json.dumps(data, indent=2).encode("utf-8"))


def set_language(value: str) -> None:
    if value not in (*LANGUAGES, SYSTEM):
        raise ValueError(f"unknown interface language {value!r}")
    _write("language", value)


def call_sound() -> bool:
    """Whether the call timer plays a short sound at two minutes (yes unless turned off)."""
    return _read().get("call_sound", True) is not False


def set_call_sound(on: bool) -> None:
    """OSError when the preferences file cannot be written."""
    _write("call_sound", bool(on))


def interface_language(system_languages: list[str]) -> str:
    """The language to show: the one chosen, else the first system language we speak.

    `system_languages` are BCP 47 tags in order of preference ("fr-CA", "en-US"…).
    """
    chosen = chosen_language()
    return chosen if chosen != SYSTEM else system_choice(system_languages)


def system_choice(system_languages: list[str]) -> str:
    """The first of the system's languages that we speak, else the default."""
    for tag in system_languages:
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return DEFAULT_LANGUAGE
