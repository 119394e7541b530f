"""Enter in a drop-down opens its list; it never presses the dialog's default button.

A closed QComboBox ignores Enter, so Qt hands the key to the dialog, which presses its default
button: choosing a template in the composer with the keyboard would save or send something the
user has not read yet. One filter on the application covers every dialog, present and future:
Enter on a closed drop-down opens its list (Enter there picks an item and closes it, as before).
A drop-down that edits a cell of a table (the capture grid) is left to its table, where Enter
commits the cell and moves on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialog, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ALLOWED = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


class EnterOpensDropDowns(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QComboBox)
            and not watched.isEditable()
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and not (event.modifiers() & ~_ALLOWED)
            and isinstance(watched.window(), QDialog)
            and not _in_a_table(watched)
        ):
            watched.showPopup()
            return True
        return False


def _in_a_table(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def keep_enter_in_drop_downs(app: QApplication) -> None:
    """Install the filter once on `app` (calling again does nothing)."""
    if app.findChild(EnterOpensDropDowns, "enter_opens_drop_downs") is None:
        guard = EnterOpensDropDowns(app)
        guard.setObjectName("enter_opens_drop_downs")
        app.installEventFilter(guard)
