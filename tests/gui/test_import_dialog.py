"""File › Import Contacts…: the preview, the choices per row, the import and its Cancel, the
column mapping for an unknown CSV, and a file that cannot be read."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QProgressDialog, QPushButton

from relnotebook.core.exchange.contact_import import Choice, ImportResult
from relnotebook.core.people.service import add_person, count_people, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.background import Runner, SyncRunner
from relnotebook.gui.dialogs import import_contacts as import_dialog
from relnotebook.gui.dialogs.import_contacts import ImportDialog
from relnotebook.gui.models.import_preview import ImportPreviewModel
from relnotebook.store import Notebook
from tests.conftest import TODAY
from tests.gui.conftest import focused
from tests.special_files import named_pipe, needs_fifo

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def open_dialog(qtbot, runner):
    def _open(notebook: Notebook, name: str, work_runner: Runner = runner) -> ImportDialog:
        dialog = ImportDialog(notebook, FIXTURES / name, today=TODAY, runner=work_runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()  # the window manager's job; offscreen has none
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return _open


@pytest.fixture
def robert(notebook: Notebook) -> int:
    return add_person(
        notebook,
        PersonFields(
            given_name="Robert",
            family_name="Tremblay",
            emails=("robert.tremblay@tremblayarchitectes.example",),
        ),
    )


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    assert dialog.model is not None
    return dialog.model.index(row, column).data()


def test_preview_merge_a_duplicate_with_the_keyboard_and_import(
    qtbot, english, open_dialog, notebook: Notebook, robert: int
) -> None:
    dialog = open_dialog(notebook, "google.vcf")
    assert dialog.pages.currentIndex() == import_dialog.PREVIEW_PAGE
    assert dialog.model is not None and dialog.model.rowCount() == 2
    assert cell(dialog, 0, ImportPreviewModel.STATUS) == "Duplicate of Robert Tremblay (same email)"
    assert cell(dialog, 0, ImportPreviewModel.CHOICE) == "Skip"
    assert cell(dialog, 1, ImportPreviewModel.STATUS) == "New"
    assert cell(dialog, 1, ImportPreviewModel.NAME) == "Julie Martel"
    assert cell(dialog, 1, ImportPreviewModel.CHOICE) == "Create"
    assert "1 new, 1 likely duplicate, 0 cannot be imported" in dialog.summary.text()
    # the first row is selected and the table has the focus: M merges it
    assert focused() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_M)
    assert cell(dialog, 0, ImportPreviewModel.CHOICE) == "Merge"
    assert "create 1, merge 1 and skip 0" in dialog.summary.text()
    # M on a new row changes nothing: there is no one to merge it with
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_M)
    assert cell(dialog, 1, ImportPreviewModel.CHOICE) == "Create"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    result = signal.args[0]
    assert isinstance(result, ImportResult)
    assert (result.created, result.merged) == (1, 1)
    assert "1 created, 1 merged, 0 skipped" in dialog.status.text()
    page = get_person(notebook, robert)
    assert page is not None and page.fields.organisation == "Tremblay Architectes"
    assert sorted(p.name for p in list_people(notebook)) == ["Julie Martel", "Robert Tremblay"]
    # Close has the focus now; Esc closes, and the dialog reports the import happened
    assert dialog.close_button.text() == "Close"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_choice_column_is_a_combo(qtbot, open_dialog, notebook: Notebook, robert: int):
    dialog = open_dialog(notebook, "google.vcf")
    choice = dialog.model.index(0, ImportPreviewModel.CHOICE)  # type: ignore[union-attr]
    dialog.table.setCurrentIndex(choice)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.findChild(QComboBox, "import_choice_editor")
    assert editor is not None
    assert [editor.itemText(i) for i in range(editor.count())] == ["Skip", "Merge", "Create"]
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # Skip -> Merge, committed at once
    qtbot.waitUntil(lambda: cell(dialog, 0, ImportPreviewModel.CHOICE) == "Merge")
    assert dialog.model.choices[0] is Choice.MERGE  # type: ignore[union-attr]


def test_errors_show_their_line_and_cannot_be_chosen(qtbot, open_dialog, notebook: Notebook):
    dialog = open_dialog(notebook, "broken.vcf")
    statuses = [cell(dialog, row, ImportPreviewModel.STATUS) for row in range(3)]
    assert statuses[0] == "New"
    assert statuses[1].startswith("Error, line 7: This card cannot be read")
    assert statuses[2].startswith("Error, line 12: This card is cut short")
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_C)
    assert cell(dialog, 1, ImportPreviewModel.CHOICE) == "Skip"
    flags = dialog.model.flags(dialog.model.index(1, ImportPreviewModel.CHOICE))  # type: ignore[union-attr]
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_cancel_during_the_import_leaves_the_notebook_unchanged(
    qtbot, open_dialog, notebook: Notebook, monkeypatch: pytest.MonkeyPatch, thread_runner
) -> None:
    release = threading.Event()
    real = import_dialog.apply_import

    def slow_apply(*args, **kwargs):
        def progress(done: int, total: int) -> bool:
            release.wait(10)  # hold the work until the test has pressed Cancel
            return outer(done, total)

        outer = args[3]
        return real(*args[:3], progress, **kwargs)

    monkeypatch.setattr(import_dialog, "apply_import", slow_apply)
    dialog = open_dialog(notebook, "outlook.csv", thread_runner)  # Cancel while it runs
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is not None)
    progress = dialog.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible)  # after its minimum duration
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == "Import cancelled: nothing was changed."
    assert count_people(notebook) == 0
    assert dialog.import_button.isEnabled()  # the user may try again
    assert dialog.import_result is None


def test_unknown_csv_asks_for_the_columns(qtbot, open_dialog, notebook: Notebook) -> None:
    dialog = open_dialog(notebook, "clients.csv")
    assert dialog.pages.currentIndex() == import_dialog.MAPPING_PAGE
    assert not dialog.import_button.isVisible()
    combos = dialog.mapping_page.combos
    assert [combos["full_name"].itemText(i) for i in range(combos["full_name"].count())] == [
        "(not in this file)",
        "Client",
        "Courriel principal",
        "Cie",
        "Cell",
    ]
    # Show the preview without a name column: refused with a sentence
    assert focused() is combos["given_name"]
    preview = dialog.mapping_page.preview_button
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)
    assert "column that holds the name" in dialog.mapping_page.error.text()
    assert dialog.pages.currentIndex() == import_dialog.MAPPING_PAGE
    # a person picks columns by typing their first letters in each combo
    qtbot.keyClicks(combos["full_name"], "Cl")
    qtbot.keyClicks(combos["emails"], "Co")
    qtbot.keyClicks(combos["organisation"], "Ci")
    assert combos["full_name"].currentText() == "Client"
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == import_dialog.PREVIEW_PAGE
    assert [cell(dialog, row, ImportPreviewModel.NAME) for row in range(2)] == [
        "Marie Ouellet",
        "Paul Simard",
    ]
    assert cell(dialog, 0, ImportPreviewModel.EMAIL) == "marie.ouellet@example.com"
    assert cell(dialog, 0, ImportPreviewModel.ORGANISATION) == "Ouellet Design"
    assert dialog.remap_button.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert count_people(notebook) == 2


def test_a_file_that_cannot_be_read_says_why(qtbot, open_dialog, notebook: Notebook) -> None:
    dialog = open_dialog(notebook, "photo.vcf")
    assert dialog.pages.currentIndex() == import_dialog.MESSAGE_PAGE
    assert "not a text file" in dialog.message.text()
    assert "Choose another file" in dialog.message.text()
    assert not dialog.import_button.isVisible()
    assert focused() is dialog.close_button and dialog.close_button.text() == "Close"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_everything_skipped_disables_import(qtbot, open_dialog, notebook: Notebook) -> None:
    dialog = open_dialog(notebook, "Connections.csv")
    dialog.table.selectAll()
    qtbot.keyClick(dialog.table, Qt.Key.Key_S)
    assert not dialog.import_button.isEnabled()
    assert "Every row is skipped" in dialog.summary.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C)
    assert dialog.import_button.isEnabled()


@needs_fifo
def test_a_named_pipe_is_refused_in_one_sentence(qtbot, notebook: Notebook, tmp_path: Path) -> None:
    with named_pipe(tmp_path / "contacts.vcf") as pipe:
        dialog = ImportDialog(notebook, pipe, today=TODAY, runner=SyncRunner())
        qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == import_dialog.MESSAGE_PAGE
    assert "is a special file (a pipe, a device or a socket)" in dialog.message.text()
    assert not dialog.import_button.isVisible()


def test_contacts_named_after_their_email_are_flagged_for_review(
    qtbot, open_dialog, notebook: Notebook
) -> None:
    dialog = open_dialog(notebook, "android_email_only.vcf")
    assert dialog.model is not None
    assert [cell(dialog, row, ImportPreviewModel.NAME) for row in range(4)] == [
        "Jean Tremblay",
        "jtremblay1975",
        "Marie-Eve Roy",
        "Marc Gagnon",
    ]
    assert cell(dialog, 0, ImportPreviewModel.STATUS) == "New ⚠"
    assert cell(dialog, 3, ImportPreviewModel.STATUS) == "New"
    tip = dialog.model.index(0, ImportPreviewModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "named “Jean Tremblay” after its email address. Check the name." in tip
    assert cell(dialog, 0, ImportPreviewModel.CHOICE) == "Create"
