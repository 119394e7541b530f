"""File › Export…: what a person picks, what lands in the file, and what the dialog says."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import Qt

from relnotebook.core.exchange.notebook_json import import_notebook
from relnotebook.core.people.service import count_people, list_people
from relnotebook.gui.dialogs import export as export_dialog
from relnotebook.gui.dialogs.export import ExportDialog
from relnotebook.store import Notebook
from tests.gui.conftest import focused


@pytest.fixture
def open_dialog(qtbot, monkeypatch: pytest.MonkeyPatch, runner):
    """The dialog on screen, with the file chooser answering `answer[0]`."""
    answer: list[Path | None] = [None]

    def _open(notebook: Notebook, selected: list[int] | tuple[int, ...] = ()) -> ExportDialog:
        dialog = ExportDialog(notebook, selected, runner=runner)
        monkeypatch.setattr(dialog, "choose_path", lambda kind: answer[0])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()  # the window manager's job; offscreen has none
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    _open.answer = answer  # type: ignore[attr-defined]
    return _open


def wait_done(qtbot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and "…" not in dialog.status.text(), timeout=10_000)


def test_vcard_of_the_selected_people_with_the_keyboard(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path
) -> None:
    chosen = sorted(list_people(demo_notebook), key=lambda p: p.id)[:2]
    dialog = open_dialog(demo_notebook, [p.id for p in chosen])
    open_dialog.answer[0] = tmp_path / "contacts"  # no suffix typed: .vcf is added
    assert dialog.selected_people.isChecked() and dialog.selected_people.isEnabled()
    assert "(2)" in dialog.selected_people.text()
    assert focused() is dialog.format
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        # Alt+E: Export (Enter in the drop-down opens its list, it presses no button)
        qtbot.keyClick(focused(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    written = tmp_path / "contacts.vcf"
    assert signal.args == [str(written)]
    wait_done(qtbot, dialog)
    assert str(written) in dialog.status.text() and "2 people" in dialog.status.text()
    cards = list(vobject.readComponents(written.read_text(encoding="utf-8")))
    assert sorted(card.fn.value for card in cards) == sorted(p.name for p in chosen)
    # Close now has the focus: Esc (or Enter) closes
    assert dialog.close_button.text() == "Close"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_csv_of_everyone(qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path) -> None:
    dialog = open_dialog(demo_notebook, [1])
    open_dialog.answer[0] = tmp_path / "people.csv"
    dialog.format.setCurrentIndex(dialog.format.findData(export_dialog.CSV))
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &All people
    qtbot.waitUntil(dialog.all_people.isChecked)  # a mnemonic clicks after a short animation
    assert dialog.person_ids() is None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    rows = list(csv.reader(io.StringIO((tmp_path / "people.csv").read_text("utf-8-sig"))))
    assert len(rows) == count_people(demo_notebook) + 1
    assert f"{count_people(demo_notebook)} people saved to" in dialog.status.text()


def test_notebook_json_is_the_whole_notebook(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path
) -> None:
    dialog = open_dialog(demo_notebook, [1, 2])
    open_dialog.answer[0] = tmp_path / "backup.json"
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_End)  # the last choice: Notebook JSON
    assert dialog.kind() == export_dialog.JSON
    assert not dialog.all_people.isEnabled() and not dialog.selected_people.isEnabled()
    assert "whole notebook" in dialog.hint.text()
    assert dialog.person_ids() is None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert "The whole notebook (25 people) was saved to" in dialog.status.text()
    document = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert len(document["tables"]["person"]) == 25
    restored = Notebook.open(tmp_path / "restored.sqlite")
    try:
        import_notebook(restored, tmp_path / "backup.json")
        assert count_people(restored) == 25
    finally:
        restored.close()


def test_without_a_selection_it_says_how_to_pick_people(
    open_dialog, demo_notebook: Notebook
) -> None:
    dialog = open_dialog(demo_notebook)
    assert dialog.all_people.isChecked()
    assert not dialog.selected_people.isEnabled()
    assert "select them in the People list" in dialog.hint.text()
    assert "(25)" in dialog.all_people.text()


def test_changing_your_mind_writes_nothing(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path
) -> None:
    dialog = open_dialog(demo_notebook)
    open_dialog.answer[0] = None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.status.text() == ""
    assert list(tmp_path.glob("*.vcf")) == []


def test_a_folder_that_is_gone_is_said_and_the_dialog_stays_usable(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path
) -> None:
    dialog = open_dialog(demo_notebook)
    open_dialog.answer[0] = tmp_path / "gone" / "people.vcf"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot write" in dialog.status.text(), timeout=10_000)
    assert str(tmp_path / "gone" / "people.vcf") in dialog.status.text()
    assert dialog.export_button.isEnabled() and not dialog.busy
    open_dialog.answer[0] = tmp_path / "people.vcf"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert (tmp_path / "people.vcf").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_is_refused_in_french_and_left_as_it_was(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path, french
) -> None:
    (tmp_path / "out").mkdir()
    pipe = tmp_path / "out" / "people.vcf"
    os.mkfifo(pipe)
    dialog = open_dialog(demo_notebook)
    open_dialog.answer[0] = pipe
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "⚠" in dialog.status.text(), timeout=10_000)
    assert f"{pipe} est un tube nommé, pas un fichier" in dialog.status.text()
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert [p.name for p in pipe.parent.iterdir()] == ["people.vcf"]
    assert dialog.export_button.isEnabled()


def test_the_notebook_itself_is_refused(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path
) -> None:
    dialog = open_dialog(demo_notebook)
    before = demo_notebook.path.read_bytes()
    open_dialog.answer[0] = demo_notebook.path
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "the notebook itself" in dialog.status.text()
    assert not dialog.busy
    assert demo_notebook.path.read_bytes() == before


def test_a_cancelled_export_says_nothing_was_written(
    qtbot, open_dialog, demo_notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stopped(notebook, path, ids, progress):  # noqa: ANN001, ANN202 - what Cancel leads to
        assert progress(0, 25) in (True, False)
        return None

    monkeypatch.setattr(export_dialog, "people_vcard", stopped)
    dialog = open_dialog(demo_notebook)
    open_dialog.answer[0] = tmp_path / "people.vcf"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Export cancelled" in dialog.status.text(), timeout=10_000)
    assert "nothing was written" in dialog.status.text()
    assert not (tmp_path / "people.vcf").exists()
