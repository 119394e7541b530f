"""Every library the package imports is one `pyproject.toml` asks pip to install.

A dependency installed by hand on a developer's machine passes every test there and breaks a
user's `pip install .` (phonenumbers was once imported and not declared).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "relnotebook"
# Installed with another distribution (SQLModel brings pydantic; PySide6's wheels ship shiboken6).
COMES_WITH = {"pydantic_core": "sqlmodel", "shiboken6": "pyside6-essentials"}


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = {_name(r) for r in project["dependencies"]}
    optional = {_name(r) for extra in project["optional-dependencies"].values() for r in extra}
    return required, optional


def imported_modules() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"relnotebook", "__future__"}


def test_every_library_imported_is_declared() -> None:
    required, optional = declared()
    distributions = packages_distributions()
    missing = []
    for module in sorted(imported_modules()):
        names = {_name(d) for d in distributions.get(module, [module])}
        if module in COMES_WITH:
            names.add(COMES_WITH[module])
        if not names & (required | optional):
            missing.append(f"{module} ({', '.join(sorted(names))})")
    assert missing == [], "imported but not in pyproject.toml: " + "; ".join(missing)
