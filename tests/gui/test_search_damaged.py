"""The Ctrl+K search on a notebook it cannot read says so in a sentence, not in SQLite's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from relnotebook.gui.dialogs.search import SearchDialog
from relnotebook.store import Notebook
from tests.helpers.notebooks import make_notebook
from tests.test_storage_errors import DRIVER_WORDS, damage, read_sentence

pytestmark = pytest.mark.sqlite_only


def test_a_search_the_notebook_cannot_answer_shows_the_sentence(qtbot, notebook_path: Path) -> None:
    make_notebook(notebook_path, people=60, padding=1500)
    damage(notebook_path, "search_index_data")
    notebook = Notebook.open_read_only(notebook_path)
    try:
        dialog = SearchDialog(notebook, query="Person")
        qtbot.addWidget(dialog)
        shown = dialog.status.text()
    finally:
        notebook.close()
    assert shown == f"The search failed: {read_sentence(notebook_path)}"
    assert not any(words in shown for words in DRIVER_WORDS)
    assert dialog.model.rowCount() == 0
