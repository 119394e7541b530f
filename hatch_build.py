"""Wheel build step: compile the Qt Linguist translations into the wheel.

The .qm files are build products, made here from the committed .ts files with pyside6-lrelease
(PySide6 is a build requirement for this reason), so `pip install .` and a frozen bundle always
carry translations that match the sources.
"""

from __future__ import annotations

import sys
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        sys.path.insert(0, self.root)
        try:
            from tools.translations import compile_all
        finally:
            sys.path.remove(self.root)
        # Into resources/translations, which the wheel maps to relnotebook/resources: the
        # .qm files are git-ignored build products, remade from the .ts files at every build.
        compile_all()
