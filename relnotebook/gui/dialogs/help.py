"""Help: the keyboard shortcuts (a sheet made from the menu table, so it cannot go stale) and
the short user guide bundled in both languages (resources/guide/)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from relnotebook.gui.actions import ALL_VIEWS, Command, MenuTable
from relnotebook.gui.pages.today_list import row_keys
from relnotebook.paths import resource

GUIDE_LANGUAGES = ("en", "fr")


def plain(text: str) -> str:
    """A menu text without its mnemonic: "&Log Call…" is "Log Call…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(shortcut: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class _Reader(QDialog):
    """A read-only page of text with a Close button, sized for a 1024×640 screen."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)


class ShortcutsDialog(_Reader):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keyboard Shortcuts"), parent)
        self.setObjectName("shortcuts_sheet")
        self.text.setHtml(self.sheet())

    def _views(self, command: Command) -> str:
        names = {
            0: self.tr("Today"),
            1: self.tr("People"),
            2: self.tr("Events"),
            3: self.tr("Referrals"),
            4: self.tr("Newsletter"),
        }
        if command.views == ALL_VIEWS:
            return ""
        return self.tr("on %1").replace("%1", ", ".join(names[v] for v in command.views))

    def sheet(self) -> str:
        """Every menu entry with its key, menu by menu, as the menus show them."""
        parts = []
        extra = {
            "edit": [
                (self.tr("Undo"), key_text(QKeySequence.StandardKey.Undo), ""),
                (self.tr("Redo"), key_text("Ctrl+Shift+Z"), ""),
            ]
        }
        for menu in MenuTable().menus():
            rows = list(extra.get(menu.key, []))
            rows += [
                (plain(c.text), key_text(c.shortcut), self._views(c))
                for c in menu.entries
                if c is not None
            ]
            parts.append(
                f"<tr><td colspan='3' style='padding:10px 0 2px 0'><b>"
                f"{html.escape(plain(menu.title))}</b></td></tr>"
            )
            parts += [
                f"<tr><td style='padding:1px 28px 1px 12px'>{html.escape(text)}</td>"
                f"<td style='padding:1px 20px 1px 0'><b>{html.escape(key)}</b></td>"
                f"<td><i>{html.escape(where)}</i></td></tr>"
                for text, key, where in rows
            ]
        today = self.tr("On Today’s list")
        parts.append(
            f"<tr><td colspan='3' style='padding:10px 0 2px 0'><b>"
            f"{html.escape(today)}</b></td></tr>"
        )
        parts += [
            f"<tr><td style='padding:1px 28px 1px 12px'>{html.escape(text)}</td>"
            f"<td style='padding:1px 20px 1px 0'><b>{html.escape(key_text(key))}</b></td>"
            f"<td></td></tr>"
            for key, text in row_keys()
        ]
        note = html.escape(
            self.tr(
                "Entries about one person work where a person is selected or shown (Today, "
                "People); elsewhere they are greyed out in the menus."
            )
        )
        return f"<table>{''.join(parts)}</table><p>{note}</p>"


def guide_language() -> str:
    code = QLocale.languageToCode(QLocale().language())
    return code if code in GUIDE_LANGUAGES else "en"


class GuideDialog(_Reader):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("User Guide"), parent)
        self.setObjectName("user_guide")
        self.resize(760, 580)
        page = resource("guide", f"{guide_language()}.html")
        self.text.setSearchPaths([str(page.parent)])
        self.text.setSource(QUrl.fromLocalFile(str(page)))
