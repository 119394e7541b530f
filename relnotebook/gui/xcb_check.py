"""Before the window: can Qt's X11 plugin load? If not, say which system libraries are missing
and the one command that installs them, rather than leaving the user with Qt's abort.

Qt's own message ("Could not load the Qt platform plugin "xcb"… libxcb-cursor0 is needed")
names one library at a time; on a minimal Debian 12 several are missing. The check is one
`dlopen` of the plugin (Qt loads it a moment later anyway, so it costs nothing when all is
well); only when that fails does it run `ldd` to list every library missing.
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Each library the plugin (and Qt's GUI libraries under it) needs from the system, with its
# package on Debian/Ubuntu and on Fedora. Checked with `ldd` on PySide6 6.12's libqxcb.so in a
# minimal Debian 12 root (mmdebstrap --variant=minbase); the Fedora names are the same
# libraries' packages there.
PACKAGES: dict[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgssapi_krb5.so.2": ("libgssapi-krb5-2", "krb5-libs"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
}
# The one command for each family, as in the README: the packages the others depend on come
# with these.
DEBIAN_COMMAND = (
    "sudo apt install libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 "
    "libgssapi-krb5-2 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 "
    "libxcb-sync1 libxcb-xfixes0 libxcb-xkb1"
)
FEDORA_COMMAND = (
    "sudo dnf install libglvnd-egl libglvnd-glx fontconfig dbus-libs glib2 krb5-libs "
    "libX11-xcb libxkbcommon-x11 xcb-util-cursor xcb-util-wm xcb-util-image "
    "xcb-util-keysyms xcb-util-renderutil xcb-util"
)
NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
MISSING_IN_ERROR = re.compile(r"(lib[^\s:]+\.so[.\d]*): cannot open shared object file")


def xcb_plugin() -> Path | None:
    """PySide6's libqxcb.so, without importing Qt's GUI modules."""
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def would_use_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Qt will try X11: on Linux, asked for it, or nothing asked and no Wayland session
    (there Qt prefers its Wayland plugin)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def _ldd(path: Path) -> str:
    try:
        return subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def missing_libraries(
    plugin: Path,
    load: Callable[[str], object] = ctypes.CDLL,
    ldd: Callable[[Path], str] = _ldd,
) -> list[str]:
    """The libraries the plugin cannot find (none when it loads)."""
    try:
        load(str(plugin))
    except OSError as error:
        found = sorted(set(NOT_FOUND.findall(ldd(plugin))))
        if found:
            return found
        named = MISSING_IN_ERROR.search(str(error))
        return [named.group(1)] if named else [str(error)]
    return []


def explain(missing: list[str]) -> str:
    listed = "\n".join(
        f"  {name}" + (f" (Debian/Ubuntu package {PACKAGES[name][0]})" if name in PACKAGES else "")
        for name in missing
    )
    return (
        "Relationship Notebook cannot open its window: Qt's X11 plugin (xcb) needs system "
        f"libraries that are not installed:\n{listed}\n\n"
        "Install them, then start the app again.\n"
        f"On Debian or Ubuntu:\n  {DEBIAN_COMMAND}\n"
        f"On Fedora:\n  {FEDORA_COMMAND}\n"
    )


def check_xcb(environ: Mapping[str, str] | None = None) -> str | None:
    """None when the window can be shown as far as we can tell; else what to tell the user."""
    environ = os.environ if environ is None else environ
    if not would_use_xcb(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return explain(missing) if missing else None
