"""A library with the bundled samples, built once per session and copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from speechwriter.library import Library, open_library
from tests.library.engines import pg_database, pg_server  # noqa: F401 - the throw-away PostgreSQL server

_seeded: Path | None = None


@pytest.fixture
def seeded_file(tmp_path_factory) -> Path:
    """Path of a fresh copy of a library holding only the bundled samples."""
    return seeded_copy(tmp_path_factory)


def seeded_copy(tmp_path_factory) -> Path:
    global _seeded
    if _seeded is None:
        # built inside a function-scoped fixture, so jieba's cache already sits in the isolated folders
        path = tmp_path_factory.mktemp("seed") / "library.sqlite3"
        open_library(path).close()
        _seeded = path
    copy = tmp_path_factory.mktemp("lib") / "library.sqlite3"
    shutil.copy(_seeded, copy)
    return copy


@pytest.fixture
def library(seeded_file):
    with Library(seeded_file) as lib:
        yield lib


def write_gbk(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("gbk"))
    return path


SPEECH = """在全县安全生产工作会议上的讲话
（2023年3月8日）
县长 王明
同志们：
今天，我们召开全县安全生产工作会议，主要任务是总结去年全县安全生产工作，部署今年重点任务。
下面，我讲三点意见。
一、提高认识，切实增强做好安全生产工作的责任感
安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各乡镇、各部门要时刻绷紧安全生产这根弦。
二、突出重点，深入开展危险化学品和道路交通隐患排查整治
要聚焦危险化学品、道路交通、建筑施工、森林防火等重点行业领域，开展拉网式隐患排查，做到不留死角。
三、压实责任，严格落实安全生产责任制
要坚持党政同责、一岗双责、齐抓共管、失职追责，把责任落实到岗位、落实到人头。
同志们，安全生产责任重于泰山。让我们以更加务实的作风，确保全县安全生产形势持续稳定向好！
"""


def make_docx(path, lines):
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


@pytest.fixture
def mixed_folder(tmp_path, samples_dir):
    """Past speeches as a clerk keeps them: sub-folders, GBK, a copy, a .docx, and files that are not speeches."""
    folder = tmp_path / "往年讲话"
    (folder / "2023" / "会议").mkdir(parents=True)
    (folder / "安全生产.txt").write_text(SPEECH, encoding="utf-8")
    # the same speech saved again under another name, as GBK and with other line breaks: a duplicate
    write_gbk(folder / "2023" / "安全生产（副本）.txt", SPEECH.replace("\n", "\r\n\r\n"))
    write_gbk(folder / "2023" / "会议" / "防汛讲话.txt",
              SPEECH.replace("安全生产", "防汛抗旱").replace("危险化学品", "山洪地质灾害"))
    make_docx(folder / "2023" / "表态发言.docx", [
        "在全县招商引资推进会上的表态发言", "尊敬的各位领导、同志们：", "我代表开发区作表态发言。",
        "一是紧盯目标抓落实。全年引进亿元以上项目十个。", "二是优化环境抓服务。推行项目代办制。",
        "我们一定不辜负领导期望。发言完毕，谢谢大家。"])
    (folder / "坏文档.docx").write_bytes(b"this is not a zip archive")
    (folder / "空白.txt").write_bytes(b"")
    (folder / "旧格式.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word file")
    (folder / "~$安全生产.docx").write_bytes(b"word lock file")    # Word's lock file: not a speech
    (folder / "说明.pdf").write_bytes(b"%PDF-1.4")                   # not a kind a folder import takes
    shutil.copy(samples_dir / "001_078ce92062d30043.txt", folder / "学习研讨.txt")  # same as a bundled sample
    return folder
