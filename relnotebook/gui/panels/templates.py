"""The templates tab of Settings: the user's own message templates, with a live preview
rendered for a sample person, so a mistake shows as a sentence, never as half a message.

Fields are written with readable names, {First name} or {Prénom} (`placeholders.py`); the list
beside the editor names them all and puts one where the cursor is (double-click or Enter).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.models import Language, SignalKind
from relnotebook.core.outreach.messages.placeholders import FIELDS, to_jinja, to_readable
from relnotebook.core.outreach.messages.render import (
    TemplateError,
    builtin_source,
    render,
    sample_context,
)
from relnotebook.core.outreach.messages.user_templates import (
    TemplateView,
    add_template,
    delete_template,
    list_templates,
    update_template,
)
from relnotebook.errors import ValidationError
from relnotebook.gui.dialogs.compose import template_error_text
from relnotebook.gui.error_messages import user_message
from relnotebook.gui.labels import language_label, signal_kind_label
from relnotebook.gui.undo import Editor


def field_labels() -> dict[str, str]:
    """What each field holds, in the interface language, for the list beside the editor."""
    return {
        "first_name": QCoreApplication.translate("TemplatesTab", "First name"),
        "full_name": QCoreApplication.translate("TemplatesTab", "Full name"),
        "detail": QCoreApplication.translate("TemplatesTab", "Detail (“your trip to…”)"),
        "event_name": QCoreApplication.translate("TemplatesTab", "Event where you met"),
        "met_when": QCoreApplication.translate("TemplatesTab", "When you met (“last night”)"),
        "busy_until_text": QCoreApplication.translate("TemplatesTab", "Busy until (a date)"),
        "sender_name": QCoreApplication.translate("TemplatesTab", "Your name (the signature)"),
    }


class TemplatesTab(QWidget):
    """A list of the user's templates and an editor with a live preview."""

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self._templates: list[TemplateView] = []
        self.list = QListWidget(self)
        self.list.setObjectName("templates_list")
        self.list.setAccessibleName(self.tr("Your templates"))
        self.new_button = QPushButton(self.tr("&New"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.name = QLineEdit(self)
        self.name.setObjectName("template_name")
        self.kind = QComboBox(self)
        for kind in SignalKind:
            self.kind.addItem(signal_kind_label(kind), kind.value)
        self.language = QComboBox(self)
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("template_source")
        self.source.setAccessibleName(self.tr("Template text"))
        self.source.setTabChangesFocus(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("template_preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.fields = QListWidget(self)
        self.fields.setObjectName("template_fields")
        self.fields.setAccessibleName(self.tr("Fields"))
        labels = field_labels()
        for field in FIELDS:
            item = QListWidgetItem(labels[field.key], self.fields)
            item.setData(Qt.ItemDataRole.UserRole, field.key)
        self.fields.setCurrentRow(0)
        # Every name in full, without a sideways scroll bar.
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setMinimumWidth(
            self.fields.sizeHintForColumn(0)
            + 2 * self.fields.frameWidth()
            + self.fields.verticalScrollBar().sizeHint().width()
        )
        self.fields.itemDoubleClicked.connect(self.insert_field)
        self.fields.installEventFilter(self)  # Enter inserts, and does not save the settings
        self.insert_button = QPushButton(self.tr("&Insert field"), self)
        self.insert_button.clicked.connect(lambda: self.insert_field(self.fields.currentItem()))
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.help = QLabel(
            self.tr(
                "First line: Subject: …, then a blank line, then the message. A field is "
                "written in braces, such as {First name}: pick it in the list (double-click "
                "or Enter). Parts in {% … %} are conditions, as in the built-in texts."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save_current)
        self.source.textChanged.connect(self.update_preview)
        self.language.currentIndexChanged.connect(self.update_preview)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        left_layout.addLayout(list_buttons)
        right = QWidget(self)
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Language"), self.language)
        editor_row = QHBoxLayout()
        editor_row.addWidget(self.source, 1)
        field_column = QVBoxLayout()
        field_column.addWidget(QLabel(self.tr("Fields"), self))
        field_column.addWidget(self.fields, 1)
        field_column.addWidget(self.insert_button)
        editor_row.addLayout(field_column)
        form.addRow(self.tr("&Text"), editor_row)
        form.addRow(self.tr("Preview"), self.preview)
        form.addRow(self.help)
        form.addRow(self.save_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([200, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self._templates = list_templates(self._editor.notebook)
        self.list.clear()
        self.list.addItems([t.name for t in self._templates])
        ids = [t.id for t in self._templates]
        self.list.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        self._show(self.list.currentRow())

    def current(self) -> TemplateView | None:
        row = self.list.currentRow()
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def _show(self, _row: int) -> None:
        template = self.current()
        editing = template is not None
        for widget in (
            self.name,
            self.kind,
            self.language,
            self.source,
            self.save_button,
            self.delete_button,
            self.fields,
            self.insert_button,
        ):
            widget.setEnabled(editing)
        if template is None:
            self.name.clear()
            self.source.clear()
            self.preview.setPlainText(self.tr("Press New to write a template of your own."))
            return
        self.name.setText(template.name)
        self.kind.setCurrentIndex(self.kind.findData(template.kind.value))
        self.language.setCurrentIndex(self.language.findData(template.language.value))
        self.source.setPlainText(to_readable(template.source, template.language.value))

    def update_preview(self) -> None:
        if self.current() is None:
            return
        context = sample_context(self.language.currentData(), self._clock.today())
        try:
            message = render(to_jinja(self.source.toPlainText()), context)
        except TemplateError as exc:
            self.preview.setPlainText(template_error_text(exc))
            return
        self.preview.setPlainText(
            self.tr("Subject: %1").replace("%1", message.subject) + "\n\n" + message.body
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.fields
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.insert_field(self.fields.currentItem())
            return True
        return super().eventFilter(watched, event)

    def insert_field(self, item: QListWidgetItem | None) -> None:
        """Put the field's placeholder where the cursor is, in the template's language."""
        if item is None or self.current() is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        field = next(f for f in FIELDS if f.key == key)
        self.source.insertPlainText(field.placeholder(self.language.currentData()))
        self.source.setFocus()

    def new_template(self) -> None:
        language = Language.FRENCH
        template_id = add_template(
            self._editor.notebook,
            name=self.tr("My coffee invitation"),
            kind=SignalKind.COFFEE_INVITATION,
            language=language,
            source=builtin_source(SignalKind.COFFEE_INVITATION.value, language.value),
        )
        self.reload(select=template_id)
        self.name.setFocus()
        self.name.selectAll()

    def save_current(self) -> bool:
        template = self.current()
        if template is None:
            return True
        try:
            source = to_jinja(self.source.toPlainText())
        except TemplateError as exc:
            self.preview.setPlainText(template_error_text(exc))
            self.source.setFocus()
            return False
        try:
            update_template(
                self._editor.notebook,
                template.id,
                {
                    "name": self.name.text(),
                    "kind": self.kind.currentData(),
                    "language": self.language.currentData(),
                    "source": source,
                },
            )
        except ValidationError as exc:
            self.preview.setPlainText(f"⚠ {user_message(exc)}")
            return False
        self.reload(select=template.id)
        return True

    def delete_current(self) -> None:
        template = self.current()
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this template?"),
            self.tr("Delete the template “%1”? Messages already sent keep their text.").replace(
                "%1", template.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_template(self._editor.notebook, template.id)
            self.reload()
