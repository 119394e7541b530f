"""Render the app icon from its one SVG into what each desktop wants.

Linux wants PNGs in the hicolor theme sizes, Windows an `.ico`, macOS an `.icns`. Qt's own SVG
renderer draws every size, and the `.ico`/`.icns` containers are written here (PNG entries in a
small header), so building the installers needs no image tool besides PySide6 itself.

    python packaging/render_icons.py                      # refresh packaging/linux/icons
    python packaging/render_icons.py --ico X.ico --icns X.icns
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
SVG = PACKAGING.parent / "resources" / "icons" / "relnotebook.svg"
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
ICON_NAME = "relnotebook"  # the `Icon=` of the .desktop file
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can say
# Apple's PNG-capable icon types, by pixel size (the @2x types reuse the same pictures).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent `size`×`size` square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed to draw
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG picture Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size}px icon as PNG.")
    buffer.close()
    return bytes(data.data())


def write_hicolor(svg: Path, root: Path) -> list[Path]:
    """`root/NxN/apps/relnotebook.png` for each theme size, plus `scalable/apps/` with the SVG."""
    written = []
    for size in HICOLOR_SIZES:
        target = root / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(svg, size))
        written.append(target)
    scalable = root / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return [*written, scalable]


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG entry per size (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG entries (macOS 10.7 and later), one per Apple icon type."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_ico(svg: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes({size: render_png(svg, size) for size in ICO_SIZES}))
    return target


def write_icns(svg: Path, target: Path) -> Path:
    sizes = {size for _kind, size in ICNS_TYPES}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(icns_bytes({size: render_png(svg, size) for size in sizes}))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon for each platform.")
    parser.add_argument("--svg", type=Path, default=SVG, help="the source picture")
    parser.add_argument(
        "--hicolor", type=Path, help=f"write the Linux theme icons under this folder ({HICOLOR})"
    )
    parser.add_argument("--ico", type=Path, help="write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns here")
    args = parser.parse_args(argv)
    hicolor = args.hicolor or (HICOLOR if not (args.ico or args.icns) else None)
    written: list[Path] = []
    if hicolor:
        written += write_hicolor(args.svg, hicolor)
    if args.ico:
        written.append(write_ico(args.svg, args.ico))
    if args.icns:
        written.append(write_icns(args.svg, args.icns))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
