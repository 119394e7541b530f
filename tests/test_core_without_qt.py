"""The core must work without Qt: `relnotebook check`, the demo writer and the tests rely on it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter where any attempt to import PySide6 fails. Every module is found by
# walking the package, so a new core module that imports Qt is caught without editing this test.
SCRIPT = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError(f"Qt is not available to the core (tried {name})")
            return None

    sys.meta_path.insert(0, NoQt())

    import relnotebook

    def wanted(name):
        # The GUI and its launcher need Qt; __main__ would start the app when imported.
        excluded = ("relnotebook.gui", "relnotebook.app", "relnotebook.__main__")
        return not any(name == ex or name.startswith(ex + ".") for ex in excluded)

    names = [
        info.name
        for info in pkgutil.walk_packages(relnotebook.__path__, "relnotebook.", onerror=str)
        if wanted(info.name)
    ]
    for name in names:
        importlib.import_module(name)
    assert "relnotebook.store.notebook" in names and "relnotebook.cli" in names, names
    assert not any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules)
    print(len(names), "modules imported without Qt")
    """
)


def run_without_qt(code: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_every_core_module_imports_without_qt() -> None:
    result = run_without_qt(SCRIPT)
    assert result.returncode == 0, result.stderr
    assert "modules imported without Qt" in result.stdout


def test_the_guard_really_blocks_qt() -> None:
    """Without this, a broken finder would let the test above pass whatever the core imports."""
    result = run_without_qt(
        SCRIPT.replace("import relnotebook\n", "import relnotebook\nimport PySide6.QtCore\n", 1)
    )
    assert result.returncode != 0
    assert "Qt is not available to the core" in result.stderr


# The core (relnotebook/core/) writes no SQL text either: queries are SQLModel/SQLAlchemy
# expressions, and what is dialect-specific lives in relnotebook/store/ (a notebook can move to
# PostgreSQL and only the store notices). `sqlalchemy.text` is replaced, before anything of ours
# is imported, by a guard that works for the store and refuses the core; then every module is
# imported and no core module may hold it.
NO_SQL_TEXT = textwrap.dedent(
    """
    import importlib
    import pkgutil
    import sys

    import sqlalchemy
    import sqlalchemy.sql
    import sqlalchemy.sql.expression

    real_text = sqlalchemy.text

    def guarded_text(*args, **kwargs):
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith("relnotebook.core"):
            raise AssertionError(f"{caller} writes SQL text (sqlalchemy.text)")
        return real_text(*args, **kwargs)

    for module in (sqlalchemy, sqlalchemy.sql, sqlalchemy.sql.expression):
        module.text = guarded_text

    import relnotebook
    import relnotebook.core

    everything = [
        info.name
        for info in pkgutil.walk_packages(relnotebook.__path__, "relnotebook.")
        if not info.name.startswith(("relnotebook.gui", "relnotebook.app", "relnotebook.__main__"))
    ]
    for name in everything:
        importlib.import_module(name)
    core = [name for name in everything if name.startswith("relnotebook.core.")]
    holders = [
        name for name in core if any(v is guarded_text for v in vars(sys.modules[name]).values())
    ]
    assert not holders, f"core modules holding sqlalchemy.text: {holders}"
    print(len(core), "core modules without sqlalchemy.text")
    """
)


def test_the_core_writes_no_sql_text() -> None:
    result = run_without_qt(NO_SQL_TEXT)
    assert result.returncode == 0, result.stderr
    assert "core modules without sqlalchemy.text" in result.stdout


def test_the_sql_text_guard_really_blocks() -> None:
    """A core module importing `text` is caught (planted: the referrals rules import it)."""
    planted = NO_SQL_TEXT.replace(
        "\nfor name in everything:\n",
        "\nimport relnotebook.core.referrals.rules as planted\n"
        "planted.text = sqlalchemy.text\n"
        "for name in everything:\n",
    )
    assert planted != NO_SQL_TEXT
    result = run_without_qt(planted)
    assert result.returncode != 0
    assert "core modules holding sqlalchemy.text: ['relnotebook.core.referrals.rules']" in (
        result.stderr
    )
