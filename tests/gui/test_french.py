"""The app in French: every view and dialog shows French, and the .ts files are complete and
up to date with the code (lupdate runs here, as in CI)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from relnotebook.gui.i18n import install_translations
from tools import translations

LETTERS = re.compile(r"[A-Za-z]{2}")


def english_sources() -> set[str]:
    """Source texts whose French differs: seeing one of them in the French app is a miss."""
    found, same = set(), set()
    for (_context, source), (french, _kind) in translations.messages(
        translations.ts_file("fr")
    ).items():
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if french and french != source and LETTERS.search(source):
            found.add(plain)
        elif french == source:
            same.add(plain)  # the same word in both languages ("Date", "Client")
    return found - same


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a person can read in `root` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        if widget.isWindow():
            yield name, widget.windowTitle()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            yield name, widget.toolTip()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name, widget.tabText(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            listed = isinstance(model, QAbstractListModel)  # its columnCount is private
            columns = 1 if listed else model.columnCount(QModelIndex())
            for column in range(columns):
                yield name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                for column in range(columns):
                    yield name, str(model.index(row, column).data() or "")
    for menu in root.findChildren(QMenu):
        for action in menu.actions():
            yield f"menu {menu.title()}", action.text()


# Shown in English on purpose: each language named in itself in the language picker.
ON_PURPOSE = {("QComboBox settings_language", "English")}


def english_left(root: QWidget, sources: set[str]) -> list[str]:
    misses = []
    for where, text in visible_texts(root):
        if (where, text) in ON_PURPOSE:
            continue
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        # whole texts, their lines, and the parts a row joins with " — " or " · "
        parts = {plain, *re.split(r"\n| — | · ", plain)}
        for line in parts:
            if line.strip() and line.strip() in sources:
                misses.append(f"{where}: {line.strip()!r}")
    return sorted(set(misses))


def test_the_french_file_translates_every_string():
    messages = translations.messages(translations.ts_file("fr"))
    assert len(messages) > 500
    untranslated = [src for (ctx, src), (fr, kind) in messages.items() if not fr or kind]
    assert untranslated == []
    for (_context, source), (french, _kind) in messages.items():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", french)), source


def test_the_ts_files_list_every_string_of_the_code():
    """What `python tools/translations.py update` would add: nothing (run it if this fails)."""
    for language in translations.LANGUAGES:
        assert translations.missing_from(translations.ts_file(language)) == set()


def test_every_main_view_is_in_french(qtbot, french, demo_window, monkeypatch):
    window = demo_window
    sources = english_sources()
    misses: list[str] = []
    window.reload()
    for index in range(window.pages.count()):
        window.show_view(index)
        QApplication.processEvents()
        misses += english_left(window, sources)
    page = window.people.person_page
    window.open_person(window.people.model.item(0).id)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        misses += english_left(window, sources)
    assert (
        "déc." in window.today.title.text()
        or "nov." in window.today.title.text()
        or any(month in window.today.title.text() for month in ("janvier", "novembre", "décembre"))
    )
    assert misses == []


@pytest.mark.parametrize(
    "opener",
    [
        "open_settings_dialog",
        "people.search",
        "events.capture_new_event",
        "exchange.export_people",
        "privacy.review_retention",
        "start_sweep_dialog",
    ],
)
def test_dialogs_are_in_french(qtbot, french, demo_window, monkeypatch, opener):
    window = demo_window
    sources = english_sources()
    before = set(QApplication.topLevelWidgets())
    if opener == "open_settings_dialog":
        from relnotebook.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(window.editor, window.clock, window)
        dialog.open()
    elif opener == "start_sweep_dialog":
        from relnotebook.gui.dialogs.sweep import SweepDialog

        dialog = SweepDialog(window.editor, window.today.today, window)
        dialog.open()
    else:
        owner, method = opener.split(".")
        getattr(getattr(window.controllers, owner), method)()
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QDialog) and w.isVisible()
                for w in set(QApplication.topLevelWidgets()) - before
            )
        )
        dialog = next(
            w
            for w in set(QApplication.topLevelWidgets()) - before
            if isinstance(w, QDialog) and w.isVisible()
        )
    misses = english_left(dialog, sources)
    if isinstance(dialog, QDialog) and hasattr(dialog, "tabs"):
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            misses += english_left(dialog, sources)
    dialog.reject()  # (a dialog that deletes itself on close is gone after this)
    assert misses == []


def test_the_app_starts_in_the_chosen_language(qapp, compiled):
    from relnotebook.core import preferences

    preferences.set_language("fr")
    try:
        assert install_translations(qapp) == "fr"
        assert QApplication.translate("MenuTable", "&File") != "&File"
    finally:
        preferences.set_language(preferences.SYSTEM)
        install_translations(qapp, "en")


def test_wheel_build_compiles_the_translations(tmp_path: Path, compiled):
    made = translations.compile_all(tmp_path)
    assert sorted(p.name for p in made) == ["relnotebook_en.qm", "relnotebook_fr.qm"]
    assert (tmp_path / "relnotebook_fr.qm").stat().st_size > 10_000  # English needs none


def test_every_translated_string_is_one_lupdate_can_read():
    """lupdate reads literal strings only: not a variable, not a call inside an f-string."""
    import ast

    root = Path(translations.ROOT)
    problems = []
    for path in translations.sources():
        if path.name == "error_messages.py":
            continue  # translates the core's templates, which lupdate gets from core_sentences
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_fstring = {
            id(node)
            for joined in ast.walk(tree)
            if isinstance(joined, ast.JoinedStr)
            for node in ast.walk(joined)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(
                node.func, ast.Attribute | ast.Name
            ):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            owner = getattr(getattr(node.func, "value", None), "id", "")
            if name not in ("tr", "translate") or (
                name == "translate" and owner not in ("QCoreApplication", "QApplication")
            ):
                continue  # painter.translate() moves a painter
            text = node.args[1 if name == "translate" else 0] if node.args else None
            where = f"{path.relative_to(root)}:{node.lineno}"
            if id(node) in inside_fstring:
                problems.append(f"{where}: {name}() inside an f-string")
            elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                problems.append(f"{where}: {name}() of something that is not a literal")
    assert problems == []
