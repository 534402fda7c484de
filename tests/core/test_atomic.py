"""Atomic saves: the previous version survives a failed save; new files are readable like any other."""

import os
import stat

import pytest

from speechwriter.core.atomic import atomic_write_bytes
from speechwriter.errors import UserError


def test_new_file_follows_the_umask_not_mkstemps_private_mode(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "a.docx", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.docx").stat().st_mode) == 0o644


def test_replaced_file_keeps_its_mode_and_no_temporary_is_left(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_missing_folder_is_named_and_nothing_is_written(tmp_path):
    with pytest.raises(UserError, match="不存在"):
        atomic_write_bytes(tmp_path / "no" / "a.txt", b"x")


def test_failed_replace_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def locked(*_):
        raise PermissionError(13, "locked")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="占用或只读"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
