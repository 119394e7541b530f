"""Installers: the files in packaging/ agree with each other and with the app, and the wheel that
the bundle is built from carries the resources and migrations. Fast: nothing is bundled here
(packaging/build.sh does that in CI)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import struct
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from relnotebook import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.relnotebook.RelationshipNotebook"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO_FILE).getroot()


@pytest.fixture(scope="module")
def render_icons() -> ModuleType:
    """packaging/render_icons.py is a script, not a package module: load it from its file."""
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def console_script() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return next(iter(scripts["scripts"]))


def desktop_file_name_in_app() -> str:
    """The argument of `setDesktopFileName(...)` in app.py, read without importing Qt."""
    tree = ast.parse((ROOT / "relnotebook" / "app.py").read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setDesktopFileName"
        ):
            argument = node.args[0]
            if isinstance(argument, ast.Constant):
                return argument.value
            if isinstance(argument, ast.Name):
                return constants[argument.id]
    raise AssertionError("app.py never calls setDesktopFileName")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_launches_the_installed_command(desktop: configparser.SectionProxy) -> None:
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == console_script() == "relnotebook"
    assert desktop["Terminal"] == "false"
    for key in ("Name", "Name[fr]", "Comment", "Comment[fr]"):
        assert desktop[key].strip(), f"{key} is empty"
    assert desktop["Name[fr]"] != desktop["Name"]
    assert {"Office", "ContactManagement"} <= set(desktop["Categories"].split(";"))
    assert desktop["Categories"].endswith(";")


def test_desktop_entry_matches_the_window_on_x11(desktop: configparser.SectionProxy) -> None:
    # Qt's WM_CLASS instance name is the executable's name.
    assert desktop["StartupWMClass"] == Path(desktop["Exec"].split()[0]).name


def test_app_names_its_desktop_file() -> None:
    # On Wayland the window's app id is what setDesktopFileName says: the desktop file's id.
    assert desktop_file_name_in_app() == DESKTOP_FILE.stem


def test_every_icon_size_is_there(desktop: configparser.SectionProxy) -> None:
    hicolor = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{desktop['Icon']}.png"
        assert png_size(png) == (size, size)
    scalable = hicolor / "scalable" / "apps" / f"{desktop['Icon']}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "relnotebook.svg").read_bytes()


def test_metainfo_describes_the_same_app(
    metainfo: ElementTree.Element, desktop: configparser.SectionProxy
) -> None:
    assert metainfo.tag == "component"
    assert metainfo.get("type") == "desktop-application"
    assert metainfo.findtext("id") == DESKTOP_FILE.stem == APP_ID
    assert metainfo.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert metainfo.findtext("provides/binary") == console_script()
    names = {name.get(XML_LANG): name.text for name in metainfo.findall("name")}
    assert names == {None: desktop["Name"], "fr": desktop["Name[fr]"]}
    categories = {category.text for category in metainfo.findall("categories/category")}
    assert categories == set(filter(None, desktop["Categories"].split(";")))


def test_metainfo_lists_this_version_first(metainfo: ElementTree.Element) -> None:
    releases = metainfo.findall("releases/release")
    assert releases, "the metainfo has no <release>"
    assert releases[0].get("version") == __version__


def test_spec_bundles_resources_and_migrations() -> None:
    spec = (PACKAGING / "relnotebook.spec").read_text(encoding="utf-8")
    for needed in (
        '"resources"',  # the destination relnotebook.paths looks in: sys._MEIPASS/resources
        '"relnotebook/store/migrations"',  # where schema.py's MIGRATIONS_DIR points when frozen
        '"translations"',
        "__init__.py",  # the version is read from the package
        'BUNDLE_ID = "org.relnotebook.RelationshipNotebook"',
        "entry.py",
    ):
        assert needed in spec, f"the spec does not mention {needed}"
    ast.parse(spec)  # it is Python


def test_ico_holds_one_png_per_size(render_icons: ModuleType) -> None:
    pngs = {16: b"png-16", 48: b"png-48", 256: b"png-256-bytes"}
    data = render_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate(sorted(pngs)):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == height == (size if size < 256 else 0)
        assert data[offset : offset + length] == pngs[size]


def test_icns_holds_every_apple_icon_type(render_icons: ModuleType) -> None:
    sizes = {size for _kind, size in render_icons.ICNS_TYPES}
    pngs = {size: f"png-{size}".encode() for size in sizes}
    data = render_icons.icns_bytes(pngs)
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = data[position + 8 : position + length]
        position += length
    assert found == {kind: pngs[size] for kind, size in render_icons.ICNS_TYPES}


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (wheel,) = out.glob("relnotebook-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_wheel_carries_resources_and_migrations(wheel_files: set[str]) -> None:
    expected = {
        "relnotebook/resources/icons/relnotebook.svg",
        "relnotebook/resources/pressure/en.json",
        "relnotebook/resources/pressure/fr.json",
        "relnotebook/resources/templates/en/coffee_invitation.txt",
        "relnotebook/resources/templates/fr/coffee_invitation.txt",
        "relnotebook/store/migrations/env.py",
        "relnotebook/store/migrations/versions/0001_initial.py",
    }
    migrations = ROOT / "relnotebook" / "store" / "migrations" / "versions"
    expected |= {f"relnotebook/store/migrations/versions/{p.name}" for p in migrations.glob("*.py")}
    assert expected <= wheel_files, f"missing from the wheel: {sorted(expected - wheel_files)}"


def test_ci_builds_the_bundle_after_the_tests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/ci_bundle.sh" in ci
    assert ci.index("-m pytest") < ci.index("packaging/ci_bundle.sh")
