"""Draw resources/icons/app.svg into a Windows .ico (16–256 px, PNG-compressed entries).

Used by speechwriter.spec on Windows, where the program's icon must be an .ico; the SVG stays the
one source of the icon. Run by hand: `python packaging/make_icon.py OUT.ico`.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"


def _png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(svg: Path, ico: Path, sizes=SIZES) -> Path:
    """ICO = 6-byte header, a 16-byte entry per image, then the images (PNG data is allowed)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["make_icon", "-platform", "offscreen"])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"图标文件无法读取：{svg}")
    images = [_png(renderer, size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        side = 0 if size >= 256 else size   # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(header + entries + b"".join(images))
    return ico


if __name__ == "__main__":
    print(write_ico(APP_SVG, Path(sys.argv[1] if len(sys.argv) > 1 else "speechwriter.ico")))
