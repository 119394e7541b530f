"""Keep the Qt Linguist files in step with the code, and compile them.

    python tools/translations.py update     # pyside6-lupdate: new strings into the .ts files
    python tools/translations.py compile    # pyside6-lrelease: .ts -> .qm beside them
    python tools/translations.py check      # exit 1 if a .ts misses strings of the code

`update` keeps every translation already made and drops the strings gone from the code.
The wheel build (hatch_build.py) calls `compile_all`, so an installed app always carries .qm
files made from the committed .ts files; nobody edits a .qm by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python tools/translations.py`
    sys.path.insert(0, str(ROOT))

from tools import core_sentences  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
CATALOGUE = "relnotebook"


def sources() -> list[Path]:
    """The files whose strings are shown: the GUI package (with its subpackages: models,
    pages, panels, dialogs, controllers) and the composition root."""
    package = ROOT / "relnotebook"
    return sorted([*(package / "gui").rglob("*.py"), package / "app.py"])


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def _tool(name: str) -> list[str]:
    """`pyside6-<name>` from the PySide6 installed with this Python (or on PATH)."""
    script = Path(sys.executable).parent / f"pyside6-{name}"
    if script.exists():
        return [str(script)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials") from exc
    binary = Path(PySide6.__file__).parent / name
    if binary.exists():
        return [str(binary)]
    raise SystemExit(f"pyside6-{name} not found")


def update(targets: list[Path] | None = None) -> None:
    """lupdate over the GUI's sources and the core's error sentences (see core_sentences)."""
    targets = targets or [ts_file(language) for language in LANGUAGES]
    with tempfile.TemporaryDirectory() as folder:
        catalogue = core_sentences.write_catalogue(Path(folder) / "core_sentences.py")
        for target in targets:
            _lupdate([*sources(), catalogue], target)


def _lupdate(files: list[Path], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    language = target.stem.rsplit("_", 1)[-1]
    subprocess.run(
        [
            *_tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            *map(str, files),
            "-ts",
            str(target),
        ],
        check=True,
    )


def compile_all(out_dir: Path = TRANSLATIONS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        qm = out_dir / f"{CATALOGUE}_{language}.qm"
        subprocess.run(
            [*_tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)], check=True
        )
        made.append(qm)
    return made


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """{(context, source): (translation, type)} of the current (non-obsolete) messages."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            text = translation.text or "" if translation is not None else ""
            forms = translation.findall("numerusform") if translation is not None else []
            if forms:  # a plural ("%n"): its forms, all filled, else none
                texts = [form.text or "" for form in forms]
                text = texts[0] if all(texts) else ""
            found[(name, message.findtext("source") or "")] = (text, kind)
    return found


def missing_from(ts: Path) -> set[tuple[str, str]]:
    """Strings of the code that the committed `ts` does not list (run lupdate on a copy)."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        update([fresh])
        return set(messages(fresh)) - set(messages(ts))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "compile":
        for qm in compile_all():
            print(qm)
    elif command == "check":
        missing = missing_from(ts_file("fr"))
        for context, source in sorted(missing):
            print(f"not in the .ts files: [{context}] {source}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
