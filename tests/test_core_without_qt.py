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
