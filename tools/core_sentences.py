"""Find the sentences the Qt-free core shows to users, so Qt Linguist can translate them.

The core cannot call `tr()`, so it raises errors with English templates (`relnotebook.errors`).
Every template is a string literal at the place it is raised; this module reads them from the
source with `ast` and writes them as `QT_TRANSLATE_NOOP("errors", ...)` lines into a file that
`pyside6-lupdate` scans with the GUI's sources. One place holds each sentence: its raise site.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "errors"

# Callable -> position of its template argument.
TEMPLATE_ARGUMENT = {
    "Sentence": 0,
    "SentenceError": 0,
    "ContactImportError": 0,
    "ImportFileError": 0,
    "ImportCancelled": 0,
    "ValidationError": 1,
    "NotebookError": 1,
    "NotANotebookError": 1,
    "NewerNotebookError": 1,
    "DamagedNotebookError": 1,
    "NotebookAccessError": 1,
    "BackupError": 1,
    "EditConflictError": 0,
    "ServerUnreachableError": 1,
    "SpecialFileError": 1,
    "StorageError": 0,
    "MailSourceError": 0,
    "SyncError": 0,
    "MailRunCancelled": 0,
    "SyncStopped": 0,
}


@dataclass(frozen=True)
class Site:
    file: Path
    line: int
    template: str | None  # None: not a plain string literal, so it cannot be translated
    given: frozenset[str] | None = None  # the fields the call fills; None: not known (**kw)


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _template(node: ast.Call, position: int) -> ast.expr | None:
    for keyword in node.keywords:
        if keyword.arg == "template":
            return keyword.value
    return node.args[position] if len(node.args) > position else None


def _helpers(tree: ast.Module) -> dict[str, int]:
    """Functions of this file that take a `template` argument (`_refuse(path, template, ...)`)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for index, argument in enumerate(node.args.args):
                annotation = argument.annotation
                is_text = isinstance(annotation, ast.Name) and annotation.id == "str"
                if argument.arg == "template" and is_text:
                    found[node.name] = index
    return found


def _handed_on(argument: ast.expr) -> bool:
    """`template` or `sentence.template`: a helper handing on a template its caller wrote."""
    if isinstance(argument, ast.Name):
        return argument.id == "template"
    return isinstance(argument, ast.Attribute) and argument.attr == "template"


def _given(node: ast.Call, name: str) -> frozenset[str] | None:
    """The field names a call supplies: its keywords (a NotebookError adds `path`), or the
    keys of a `Sentence(template, {...})` literal; None when they cannot be read."""
    if name == "Sentence":
        if len(node.args) < 2:
            return frozenset()
        params = node.args[1]
        if not isinstance(params, ast.Dict) or None in params.keys:
            return None
        keys = [k.value for k in params.keys if isinstance(k, ast.Constant)]
        return frozenset(keys) if len(keys) == len(params.keys) else None
    if any(keyword.arg is None for keyword in node.keywords):
        return None  # **params
    given = {keyword.arg for keyword in node.keywords if keyword.arg}
    if TEMPLATE_ARGUMENT.get(name) == 1 and name != "ValidationError":
        given.add("path")
    return frozenset(given)


def core_files() -> list[Path]:
    """The package without the GUI: what runs under the command line too."""
    package = ROOT / "relnotebook"
    return sorted(p for p in package.rglob("*.py") if "gui" not in p.relative_to(package).parts)


def sites(files: list[Path] | None = None) -> list[Site]:
    found = []
    for file in files or core_files():
        if file.name == "errors.py" and file.parent.name == "relnotebook":
            continue  # the machinery itself passes templates through
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        takes_template = {**TEMPLATE_ARGUMENT, **_helpers(tree)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            fixed = len(node.args) == 1 and isinstance(node.args[0], ast.Constant)
            if name == "__init__" and fixed:
                position = 0  # super().__init__("fixed sentence") in an error class
            elif name in takes_template:
                position = takes_template[name]
            else:
                continue
            argument = _template(node, position)
            if argument is None or _handed_on(argument):
                continue
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            template = argument.value if literal else None
            found.append(Site(file, node.lineno, template, _given(node, name)))
    return found


def templates() -> list[str]:
    """Every translatable template, once each, in a stable order."""
    return sorted({site.template for site in sites() if site.template is not None})


def write_catalogue(target: Path) -> Path:
    """A Python file that lupdate reads: one QT_TRANSLATE_NOOP per core sentence."""
    lines = [f"QT_TRANSLATE_NOOP({CONTEXT!r}, {text!r})\n" for text in templates()]
    target.write_text("".join(lines), encoding="utf-8")
    return target
