"""File › Import Contacts…: the preview of a vCard or CSV file, a choice per row, then Import.

Reading and comparing are core work (`relnotebook.core.exchange.contact_import`); this dialog
shows what each contact would become (new, likely duplicate of someone, or an error with its
line), lets the user choose Create / Merge / Skip per row (a combo in the table, or the keys C,
M and S on the selected rows), and runs the import off the UI thread behind a progress dialog.
Cancel there rolls the whole import back. A CSV whose columns are not recognised first gets a
mapping step (`import_mapping`): one combo per field, listing the file's columns.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from relnotebook.core.exchange.contact_import import (
    Choice,
    ColumnMapping,
    ImportCancelled,
    ImportFileError,
    ImportPreview,
    ImportResult,
    RowStatus,
    apply_import,
    build_preview,
    read_file,
)
from relnotebook.errors import ValidationError
from relnotebook.gui.background import Runner, Task, run_with_progress
from relnotebook.gui.dialogs.import_mapping import ColumnMappingPage
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.models.import_preview import ImportPreviewModel
from relnotebook.gui.models.table_model import Index
from relnotebook.gui.tables import fit_columns, list_table
from relnotebook.store import Notebook

MESSAGE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = range(3)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of the row's possible choices; picking one commits it at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ImportPreviewModel)  # the delegate of the preview's column
        combo = QComboBox(parent)
        combo.setObjectName("import_choice_editor")
        for choice in model.item(index.row()).choices:
            combo.addItem(model.choice_label(choice), choice.value)
        combo.activated.connect(lambda _index: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)  # made by createEditor
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """`ImportDialog(notebook, path, parent)` after the window's file chooser.

    `imported(ImportResult)` is emitted once the import is written (the window reloads then);
    the dialog stays open to say what was done, and `exec()` returns Accepted if it was.
    """

    imported = QtSignal(object)

    def __init__(
        self,
        notebook: Notebook,
        path: Path | str,
        parent: QWidget | None = None,
        *,
        today: dt.date,
        runner: Runner,
    ) -> None:
        super().__init__(parent)
        self._notebook = notebook
        self.path = Path(path)
        self._today = today
        self._runner = runner
        self.task: Task | None = None
        self.import_result: ImportResult | None = None
        self.preview: ImportPreview | None = None
        self.model: ImportPreviewModel | None = None
        self.mapping_used: ColumnMapping | None = None
        self.setWindowTitle(self.tr("Import contacts from %1").replace("%1", self.path.name))
        self.resize(860, 520)

        self.pages = QStackedWidget(self)
        self.message = QLabel(self)
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages.addWidget(self._centred(self.message))
        self.mapping_page = ColumnMappingPage(self)
        self.mapping_page.mapping_chosen.connect(self._load)
        self.pages.addWidget(self.mapping_page)
        self.pages.addWidget(self._preview_page())

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load(None)

    # --- pages ----------------------------------------------------------------------------

    def _centred(self, label: QLabel) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(label)
        layout.addStretch()
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        # The status column holds the errors: it takes the room left, each whole in its tooltip.
        self.table = list_table(
            page,
            "import_rows",
            ImportPreviewModel(_EMPTY, self),
            "",
            stretch=ImportPreviewModel.STATUS,
        )
        self.table.setAccessibleName(self.tr("Contacts in the file"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(ImportPreviewModel.CHOICE, ChoiceDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, key, choice in (
            (self.tr("&Create a new person"), "C", Choice.CREATE),
            (self.tr("&Merge into the existing person"), "M", Choice.MERGE),
            (self.tr("&Skip"), "S", Choice.SKIP),
        ):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.table.addAction(action)
        self.hint = QLabel(
            self.tr(
                "Likely duplicates are skipped unless you choose otherwise: select rows and "
                "press C to create, M to merge into the existing person, S to skip (or use the "
                "Do column)."
            ),
            page,
        )
        self.hint.setWordWrap(True)
        self.remap_button = QPushButton(self.tr("Change the &columns…"), page)
        self.remap_button.clicked.connect(lambda: self._show(MAPPING_PAGE))
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addWidget(self.remap_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        on_preview = page == PREVIEW_PAGE
        self.import_button.setVisible(on_preview)
        self.import_button.setDefault(on_preview)
        self.mapping_page.preview_button.setDefault(page == MAPPING_PAGE)
        if page == MAPPING_PAGE:
            self.mapping_page.focus_first()
        elif on_preview:
            self.table.setFocus()
            self._update_summary()
        else:
            self.close_button.setText(self.tr("Close"))
            self.close_button.setFocus()

    # --- reading --------------------------------------------------------------------------

    def _load(self, mapping: ColumnMapping | None) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            parsed = read_file(self.path, mapping, today=self._today)
            preview = None if parsed.needs_mapping else build_preview(self._notebook, parsed)
        except ImportFileError as exc:
            self.message.setText(
                "⚠ "
                + user_message(exc)
                + "\n\n"
                + self.tr("Choose another file: a vCard (.vcf) or CSV export of your contacts.")
            )
            self._show(MESSAGE_PAGE)
            return
        finally:
            QApplication.restoreOverrideCursor()
        if preview is None:
            self.mapping_page.ask(parsed)
            self._show(MAPPING_PAGE)
            return
        self.mapping_used = mapping
        self.preview = preview
        self.model = ImportPreviewModel(preview, self)
        self.model.choices_changed.connect(self._update_summary)
        self.table.setModel(self.model)
        fit_columns(self.table, ImportPreviewModel.STATUS)  # (a new model: its columns anew)
        self.remap_button.setVisible(mapping is not None)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show(PREVIEW_PAGE)

    # --- choices and import ---------------------------------------------------------------

    def choose(self, choice: Choice) -> None:
        """The choice for every selected row that allows it (C, M, S)."""
        if self.model is None:
            return
        for index in self.table.selectionModel().selectedRows():
            self.model.set_choice(index.row(), choice)

    def _update_summary(self) -> None:
        model = self.model
        if model is None or self.preview is None:
            return
        errors = self.preview.count(RowStatus.ERROR)
        # One count per part, each with its own plural ("1 likely duplicate").
        text = (
            self.tr("%1, %2, %3.")
            .replace("%1", self.tr("%n new", "", self.preview.count(RowStatus.NEW)))
            .replace(
                "%2",
                self.tr("%n likely duplicates", "", self.preview.count(RowStatus.DUPLICATE)),
            )
            .replace("%3", self.tr("%n cannot be imported", "", errors))
        )
        doing = model.count(Choice.CREATE) + model.count(Choice.MERGE)
        if doing:
            text += " " + (
                self.tr("Import will create %1, merge %2 and skip %3.")
                .replace("%1", str(model.count(Choice.CREATE)))
                .replace("%2", str(model.count(Choice.MERGE)))
                .replace("%3", str(model.count(Choice.SKIP)))
            )
        elif errors and not self.preview.count(RowStatus.NEW) + self.preview.count(
            RowStatus.DUPLICATE
        ):
            text += " " + self.tr(
                "Nothing in this file can be imported: each row's problem is in the list."
            )
        else:
            text += " " + self.tr(
                "Every row is skipped: choose Create or Merge for the ones to bring in."
            )
        self.summary.setText(text)
        self.import_button.setEnabled(not self.busy and self.import_result is None and bool(doing))

    @property
    def busy(self) -> bool:
        """The import is running (its outcome not yet shown)."""
        return self.task is not None and not self.task.done

    def start_import(self) -> None:
        if self.busy or self.preview is None or self.model is None:
            return
        if self.import_result is not None:
            self.accept()  # after the import, the button row only closes
            return
        preview, choices = self.preview, dict(self.model.choices)
        notebook, today = self._notebook, self._today
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self.task = run_with_progress(
            self._runner,
            self,
            self.tr("Importing contacts"),
            lambda progress: apply_import(notebook, preview, choices, progress, today=today),
            self._succeeded,
            self._failed,
        )

    def _succeeded(self, result: ImportResult) -> None:
        self.import_result = result
        self.status.setText(
            self.tr("Done: %1 created, %2 merged, %3 skipped, %4 could not be imported.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.merged))
            .replace("%3", str(result.skipped))
            .replace("%4", str(result.failed))
        )
        self.import_button.setVisible(False)
        self.remap_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            message = self.tr("Import cancelled: nothing was changed.")
        elif isinstance(error, ValidationError):
            message = "⚠ " + user_message(error)
        else:
            message = "⚠ " + self.tr("The import failed (%1); nothing was changed.").replace(
                "%1", str(error)
            )
        self.status.setText(message)
        self._update_summary()

    def reject(self) -> None:
        if self.busy and self.task is not None:
            self.task.cancel()
            self.task.wait()
        if self.import_result is not None:
            super().accept()  # closing after an import: the import happened
            return
        super().reject()


_EMPTY = ImportPreview(source="", rows=())
