"""Shared fixtures: every test gets its own notebook, and no test can reach the real data dir."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from relnotebook.store import Notebook  # noqa: E402

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """platformdirs reads these: point them at a temporary home for every test."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    return home


@pytest.fixture
def notebook_path(tmp_path: Path) -> Path:
    return tmp_path / "test-notebook.sqlite"


@pytest.fixture
def notebook(notebook_path: Path) -> Iterator[Notebook]:
    nb = Notebook.open(notebook_path)
    yield nb
    nb.close()
