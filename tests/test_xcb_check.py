"""A newcomer's first start: when Qt's X11 plugin cannot load, the app names the missing
libraries and the command installing them (issue 21, item 7)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from relnotebook import app as app_module
from relnotebook.gui import xcb_check


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_the_check_runs_only_where_qt_would_use_x11(environ, platform, expected):
    assert xcb_check.would_use_xcb(environ, platform) is expected


def test_a_plugin_that_loads_needs_nothing(tmp_path: Path):
    assert xcb_check.missing_libraries(tmp_path / "plugin.so", load=lambda _path: None) == []


def test_every_missing_library_is_named_from_ldd(tmp_path: Path):
    def refuse(path: str) -> None:
        raise OSError(f"libxcb-icccm.so.4: cannot open shared object file: {path}")

    ldd = (
        "\tlibxcb-cursor.so.0 => /lib/libxcb-cursor.so.0 (0x1)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )
    missing = xcb_check.missing_libraries(tmp_path / "p.so", load=refuse, ldd=lambda _p: ldd)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    # Without ldd, the one the loader named.
    alone = xcb_check.missing_libraries(tmp_path / "p.so", load=refuse, ldd=lambda _p: "")
    assert alone == ["libxcb-icccm.so.4"]


def test_the_message_names_the_packages_and_the_commands():
    text = xcb_check.explain(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "libxcb-icccm.so.4 (Debian/Ubuntu package libxcb-icccm4)" in text
    assert "libxcb-keysyms.so.1 (Debian/Ubuntu package libxcb-keysyms1)" in text
    assert xcb_check.DEBIAN_COMMAND in text and xcb_check.FEDORA_COMMAND in text


def test_the_readme_gives_the_same_commands():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert xcb_check.DEBIAN_COMMAND in readme
    assert xcb_check.FEDORA_COMMAND in readme


def test_every_package_of_the_commands_is_one_the_check_knows():
    debian = set(xcb_check.DEBIAN_COMMAND.split()[3:])
    fedora = set(xcb_check.FEDORA_COMMAND.split()[3:])
    assert {d for d, _f in xcb_check.PACKAGES.values()} - debian <= {
        # (pulled in by the packages named)
        "libfreetype6",
        "libx11-6",
        "libxkbcommon0",
        "libxcb1",
        "libxcb-render0",
        "libxcb-shm0",
        "libxcb-util1",
    }
    assert {f for _d, f in xcb_check.PACKAGES.values()} - fedora <= {
        "freetype",
        "libX11",
        "libxkbcommon",
        "libxcb",
    }


@pytest.fixture
def plugin_missing_a_library(tmp_path: Path) -> Path:
    """A real shared library linked against one that is then deleted, as a plugin on a
    machine without one of its libraries."""
    if shutil.which("cc") is None or shutil.which("ldd") is None:
        pytest.skip("no C compiler or ldd to build a plugin with a missing library")
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int gone(void);\nint plugin(void) { return gone(); }\n")
    run = lambda *args: subprocess.run(args, cwd=tmp_path, check=True)  # noqa: E731
    run(
        "cc",
        "-shared",
        "-fPIC",
        "-o",
        "libxcb-relnbfake.so.7",
        "-Wl,-soname,libxcb-relnbfake.so.7",
        "gone.c",
    )
    run("cc", "-shared", "-fPIC", "-o", "libqxcb.so", "plugin.c", "-L.", "-l:libxcb-relnbfake.so.7")
    (tmp_path / "libxcb-relnbfake.so.7").unlink()
    return tmp_path / "libqxcb.so"


def test_the_app_says_what_is_missing_and_stops(
    plugin_missing_a_library: Path, monkeypatch, capsys
):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(xcb_check, "xcb_plugin", lambda: plugin_missing_a_library)
    with pytest.raises(SystemExit) as stopped:
        app_module.refuse_without_window()
    assert stopped.value.code == app_module.EXIT_NO_WINDOW
    said = capsys.readouterr().err
    assert "libxcb-relnbfake.so.7" in said
    assert "cannot open its window" in said and xcb_check.DEBIAN_COMMAND in said


def test_nothing_is_said_when_the_plugin_loads(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    offscreen = xcb_check.xcb_plugin()
    assert offscreen is not None
    monkeypatch.setattr(xcb_check, "xcb_plugin", lambda: offscreen.with_name("libqminimal.so"))
    app_module.refuse_without_window()
    assert capsys.readouterr().err == ""
