"""Merge, erase and the retention review, driven from the keyboard and the mouse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog

from relnotebook.core.people.merge import merge_people, unmerge
from relnotebook.core.people.notes import add_note
from relnotebook.core.people.service import create_person, get_person, list_people, update_person
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.background import SyncRunner
from relnotebook.gui.dialogs import retention as retention_dialog
from relnotebook.gui.dialogs.erase import EraseDialog, erasure_message
from relnotebook.gui.dialogs.merge import MergeDialog
from relnotebook.gui.dialogs.retention import RetentionDialog
from relnotebook.gui.models.merge_fields import KEPT, OTHER, TAKE
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.gui.conftest import focused, type_text


def person_id(notebook: Notebook, name: str) -> int:
    return next(p.id for p in list_people(notebook) if p.name == name)


def shown(dialog: QDialog, qtbot) -> None:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def row_of(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.item(r).name == name)


# --- merge ------------------------------------------------------------------------------------


def test_merge_dialog_ticks_swaps_and_gives_the_choice(qtbot, demo_notebook: Notebook) -> None:
    isabelle = person_id(demo_notebook, "Isabelle Fortin")
    jf = person_id(demo_notebook, "Jean-François Côté")
    update_person(demo_notebook, isabelle, {"role": ""})
    dialog = MergeDialog(demo_notebook, isabelle, jf)
    shown(dialog, qtbot)
    model = dialog.model
    assert "Isabelle Fortin" in model.headerData(KEPT, Qt.Orientation.Horizontal)
    assert "Jean-François Côté" in model.headerData(OTHER, Qt.Orientation.Horizontal)
    organisation = row_of(model, "organisation")
    assert model.index(organisation, KEPT).data() == "Fortin Pelletier CPA"
    assert model.index(organisation, OTHER).data() == "Construction Côté & Fils"
    assert model.index(row_of(model, "stage"), KEPT).data() == "Client"
    # an empty kept field is filled in anyway; emails are united, not chosen
    assert model.index(row_of(model, "role"), TAKE).data() == "filled in"
    assert model.index(row_of(model, "emails"), TAKE).data() == "both kept"
    assert (
        "2 notes" in dialog.moves.text() and "Jean-François Côté is deleted" in dialog.moves.text()
    )

    # keyboard: down to the organisation row, Space ticks it, Space again unticks
    assert focused() is dialog.table
    for _ in range(organisation):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.choice() == (isabelle, jf, frozenset({"organisation"}))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.choice() == (isabelle, jf, frozenset())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    # Swap keeps the other one; ticks start over
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() == (jf, isabelle, frozenset())
    assert "Jean-François Côté" in model.headerData(KEPT, Qt.Orientation.Horizontal)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    dialog.table.setFocus()
    dialog.table.selectRow(row_of(model, "organisation"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter merges
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    undo = merge_people(demo_notebook, *dialog.choice())
    page = get_person(demo_notebook, isabelle)
    assert page is not None and page.fields.organisation == "Construction Côté & Fils"
    assert get_person(demo_notebook, jf) is None
    unmerge(demo_notebook, undo)
    assert get_person(demo_notebook, jf) is not None


def test_merge_dialog_escape_cancels(qtbot, demo_notebook: Notebook) -> None:
    isabelle = person_id(demo_notebook, "Isabelle Fortin")
    jf = person_id(demo_notebook, "Jean-François Côté")
    dialog = MergeDialog(demo_notebook, isabelle, jf)
    shown(dialog, qtbot)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_person(demo_notebook, jf) is not None


# --- erase ------------------------------------------------------------------------------------


def test_erase_needs_the_name_typed_then_erases(qtbot, notebook: Notebook) -> None:
    with notebook.session() as session:
        zygmunt = create_person(
            session, PersonFields(given_name="Zygmunt", family_name="Quillfeather")
        )
    add_note(notebook, zygmunt, text="Plays the theremin", date=TODAY)
    dialog = EraseDialog(notebook, zygmunt, runner=SyncRunner())
    shown(dialog, qtbot)
    assert "Zygmunt Quillfeather" in dialog.windowTitle()
    assert "1 notes" in dialog.what.text() and "cannot be undone" in dialog.what.text()
    assert focused() is dialog.confirm
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, "Zygmunt", then=Qt.Key.Key_Return)  # not the whole name: Enter does nothing
    assert dialog.isVisible() and get_person(notebook, zygmunt) is not None
    assert not dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased) as erased:
        type_text(qtbot, " quillfeather", then=Qt.Key.Key_Return)
    assert erased.args == [zygmunt]
    assert get_person(notebook, zygmunt) is None
    assert dialog.report is not None and dialog.report.removed["notes"] == 1
    assert "Zygmunt Quillfeather was erased" in erasure_message(dialog.report)


def test_erase_dialog_escape_keeps_the_person(qtbot, notebook: Notebook) -> None:
    with notebook.session() as session:
        ann = create_person(session, PersonFields(given_name="Ann", family_name="Lee"))
    dialog = EraseDialog(notebook, ann, runner=SyncRunner())
    shown(dialog, qtbot)
    type_text(qtbot, "Ann Lee", then=Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_person(notebook, ann) is not None
    assert "Nothing about them is kept" in dialog.kept.text()


def _with_backups(notebook: Notebook) -> tuple[int, list[Path]]:
    """Zygmunt in the notebook and in three backups of it, the second of them damaged."""
    from relnotebook.store.files.backups import back_up

    with notebook.session() as session:
        zygmunt = create_person(
            session, PersonFields(given_name="Zygmunt", family_name="Quillfeather")
        )
    add_note(notebook, zygmunt, text="Plays the theremin", date=TODAY)
    copies = [back_up(notebook.path, now=dt.datetime(2026, 11, day, 8)) for day in (20, 21, 22)]
    with copies[1].open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 4000)
    return zygmunt, copies


@pytest.mark.sqlite_only
def test_erase_dialog_lists_the_copies_it_cannot_reach(
    qtbot, notebook: Notebook, thread_runner
) -> None:
    zygmunt, copies = _with_backups(notebook)
    dialog = EraseDialog(notebook, zygmunt, runner=thread_runner)  # the copies, while rewritten
    shown(dialog, qtbot)
    before = dialog.copies.text()
    assert "The 3 backups and copies of this notebook that the app keeps are rewritten" in before
    assert "Copies made elsewhere (Back Up Now to another folder, exports) still hold" in before
    with qtbot.waitSignal(dialog.erased):
        type_text(qtbot, "Zygmunt Quillfeather", then=Qt.Key.Key_Return)
    assert "Rewriting the backups and copies of the notebook" in dialog.outcome.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not closed while the copies are rewritten
    assert dialog.isVisible()
    close = QDialogButtonBox.StandardButton.Close
    qtbot.waitUntil(lambda: dialog.buttons.button(close) is not None, timeout=20_000)
    assert dialog.isVisible() and dialog.outcome.isVisible()
    assert not dialog.confirm.isVisible() and not dialog.erase_button.isVisible()
    outcome = dialog.outcome.text()
    assert "Zygmunt Quillfeather was erased" in outcome
    assert "2 backups and copies of the notebook were rewritten without them." in outcome
    assert (
        "These copies could not be rewritten and may still hold them:\n"
        f"• {copies[1]} looks damaged" in outcome
    )
    assert "Copies made elsewhere (Back Up Now to another folder, exports)" in outcome
    assert focused() is dialog.buttons.button(close)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # closing after erasing is no cancel
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.sqlite_only
def test_erase_dialog_names_the_files_written_outside_the_apps_folders(
    qtbot, notebook: Notebook, tmp_path: Path
) -> None:
    from relnotebook.core.exchange.people_export import people_csv

    zygmunt, _copies = _with_backups(notebook)
    export = tmp_path / "usb" / "people.csv"
    export.parent.mkdir()
    people_csv(notebook, export)
    dialog = EraseDialog(notebook, zygmunt, runner=SyncRunner())
    shown(dialog, qtbot)
    before = dialog.copies.text()
    assert "These copies made with the app outside its folders may still hold them" in before
    assert f"• {export} (export, written " in before
    with qtbot.waitSignal(dialog.done_with_copies, timeout=20_000):
        type_text(qtbot, "Zygmunt Quillfeather", then=Qt.Key.Key_Return)
    assert f"• {export} (export, written " in dialog.outcome.text()


@pytest.mark.sqlite_only
def test_erase_dialog_says_it_in_french(qtbot, french, notebook: Notebook) -> None:
    from tests.gui.test_french import english_left, english_sources

    zygmunt, copies = _with_backups(notebook)
    dialog = EraseDialog(notebook, zygmunt, runner=SyncRunner())
    shown(dialog, qtbot)
    sources = english_sources()
    assert english_left(dialog, sources) == []
    assert "Les copies faites ailleurs" in dialog.copies.text()
    with qtbot.waitSignal(dialog.done_with_copies, timeout=20_000):
        type_text(qtbot, "Zygmunt Quillfeather", then=Qt.Key.Key_Return)
    assert english_left(dialog, sources) == []
    outcome = dialog.outcome.text()
    assert "n'ont pas pu être réécrites" in outcome and str(copies[1]) in outcome
    assert "semble endommagé" in outcome
    dialog.accept()


# --- retention review -------------------------------------------------------------------------


@pytest.fixture
def quiet_people(notebook: Notebook) -> dict[str, int]:
    ids = {}
    with notebook.session() as session:
        for name, year in (("Agnes", 2005), ("Boris", 2012), ("Cleo", 2021), ("Dina", 2026)):
            ids[name] = create_person(
                session,
                PersonFields(given_name=name, organisation=f"{name} Inc."),
                created_at=dt.datetime(year, 1, 10, 9),
            )
    return ids


def names_listed(dialog: RetentionDialog) -> list[str]:
    return [dialog.model.item(r).name for r in range(dialog.model.rowCount())]


def test_retention_lists_changes_years_and_keeps(qtbot, notebook, quiet_people) -> None:
    dialog = RetentionDialog(notebook, today=TODAY, runner=SyncRunner())
    shown(dialog, qtbot)
    assert names_listed(dialog) == ["Agnes", "Boris"]
    assert dialog.model.index(0, 3).data() == "10 Jan 2005 (recorded)"
    assert dialog.model.index(0, 4).data() == "21"
    dialog.years.setFocus()
    dialog.years.selectAll()
    type_text(qtbot, "5", then=None)
    assert names_listed(dialog) == ["Agnes", "Boris", "Cleo"]
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert names_listed(dialog) == ["Agnes", "Cleo"]
    assert "Kept 1 people" in dialog.status.text()
    dialog.years.setValue(30)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    assert "30 years" in dialog.empty.text()
    assert not dialog.erase_button.isEnabled()


def test_retention_exports_then_erases_several(
    qtbot, notebook, quiet_people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RetentionDialog(notebook, today=TODAY, runner=SyncRunner())
    shown(dialog, qtbot)
    dialog.table.selectAll()
    folder = tmp_path / "dossiers"
    folder.mkdir()
    monkeypatch.setattr(
        retention_dialog.QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder)
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(list(folder.glob("*.json"))) == 2 and len(list(folder.glob("*.txt"))) == 2
    assert "2 people" in dialog.status.text()

    answers = iter([("3", True), ("2", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)  # wrong count typed
    assert "Nobody was erased" in dialog.status.text()
    assert len(list_people(notebook)) == 4
    with qtbot.waitSignal(dialog.erased) as erased:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert sorted(erased.args[0]) == sorted([quiet_people["Agnes"], quiet_people["Boris"]])
    assert sorted(p.name for p in list_people(notebook)) == ["Cleo", "Dina"]
    assert names_listed(dialog) == []
    # then the app's copies of the notebook, off the UI thread, and what it could not reach
    # (the dossiers just exported are named: they hold the erased people)
    qtbot.waitUntil(lambda: "outside its folders" in dialog.status.text(), timeout=20_000)
    assert dialog.status.text().startswith("Erased 2 people.")
    assert f"• {folder} (folder of a dossier, written " in dialog.status.text()


def test_retention_erases_one_through_the_erase_dialog(
    qtbot, notebook, quiet_people, monkeypatch: pytest.MonkeyPatch
) -> None:
    def type_and_erase(self: EraseDialog) -> int:
        self.confirm.setText("Agnes")
        self.erase_button.click()
        return self.result()

    monkeypatch.setattr(retention_dialog.EraseDialog, "exec", type_and_erase)
    dialog = RetentionDialog(notebook, today=TODAY, runner=SyncRunner())
    shown(dialog, qtbot)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.erased):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert names_listed(dialog) == ["Boris"]
    assert "Agnes" not in [p.name for p in list_people(notebook)]
