"""The version resource of the Windows programs (Explorer → 属性 → 详细信息), written for PyInstaller.

PyInstaller reads a text file holding a `VSVersionInfo(...)` expression; it is written from the
version in pyproject.toml at build time so the two never disagree.
"""

from __future__ import annotations

from pathlib import Path


def _quad(version: str) -> tuple[int, int, int, int]:
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_text(version: str) -> str:
    quad = _quad(version)
    strings = {
        "CompanyName": "speechwriter",
        "FileDescription": "讲稿助手",
        "FileVersion": version,
        "InternalName": "speechwriter",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "speechwriter.exe",
        "ProductName": "讲稿助手 speechwriter",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def write_version_file(version: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_text(version), encoding="utf-8")
    return path
