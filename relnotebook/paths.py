"""Where files live: the default notebook, and the resources shipped with the app.

A notebook may also live on a PostgreSQL server: `is_server_location` tells its address from a
file path without importing the store (the command line reads `--notebook` before SQLAlchemy is
loaded; `store/server.py` opens the address).

Resources are found two ways only: inside a frozen bundle (PyInstaller's `sys._MEIPASS`), or next
to the package (`relnotebook/resources` in a wheel, `resources/` beside `relnotebook/` in a
checkout).
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "relnotebook"
APP_AUTHOR = "relnotebook"
NOTEBOOK_FILE = "notebook.sqlite"
SERVER_SCHEMES = ("postgresql", "postgres")


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR)


def default_notebook() -> Path:
    return data_dir() / NOTEBOOK_FILE


def is_server_location(location: object) -> bool:
    """True for `postgresql://…` (and `postgres://…`), false for a file path."""
    return isinstance(location, str) and location.split(":", 1)[0].lower() in SERVER_SCHEMES


def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    candidates = []
    if frozen := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(frozen) / "resources")
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall the app.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
