"""The one exception type that carries a message meant for the clerk, and the Chinese for system errors.

Every failure caused by input (a broken file, a missing field, an unwritable path) is raised as
`UserError` with one Chinese sentence naming the problem. The CLI prints it and exits 2; the GUI
shows it in a message box. Anything else is a bug and is reported as an internal fault.

`os_reason` and `sqlite_reason` turn what the operating system or SQLite says ("No space left on
device", "database or disk is full") into the Chinese half-sentence a message ends with, so no
English reaches the clerk and every writer words the same problem the same way.
"""

from __future__ import annotations

import errno


class UserError(Exception):
    """A problem with the user's input, explained in Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


_ERRNO_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "文件或文件夹不存在",
    errno.EROFS: "磁盘是只读的",
    errno.EISDIR: "这是一个文件夹",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EEXIST: "文件已存在",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EMFILE: "打开的文件太多",
    errno.ENFILE: "打开的文件太多",
    errno.EBUSY: "文件正被占用",
    errno.ETXTBSY: "文件正被占用",
    errno.EIO: "磁盘读写出错",
    errno.EFBIG: "文件太大",
    errno.ENOMEM: "内存不足",
    errno.EINVAL: "路径或文件名无效",
    errno.ELOOP: "路径中的快捷方式（符号链接）绕成了圈",
    errno.ENXIO: "设备不存在或没有就绪",
    errno.ENODEV: "设备不存在",
    errno.EAGAIN: "资源暂时不可用",
    errno.ETIMEDOUT: "网络或设备超时",
    errno.EXDEV: "不能跨磁盘移动",
}
# Windows reports some of these as its own codes in `winerror`
_WINERROR_REASONS = {5: "没有权限", 32: "文件正被其他程序占用", 33: "文件的一部分被其他程序锁定",
                     112: "磁盘空间不足", 3: "路径不存在", 2: "文件不存在", 206: "文件名太长"}


def os_reason(err: BaseException) -> str:
    """The reason of an OSError in Chinese, without a final 。 ("磁盘空间不足")."""
    winerror = getattr(err, "winerror", None)
    if winerror in _WINERROR_REASONS:
        return _WINERROR_REASONS[winerror]
    number = getattr(err, "errno", None)
    if number in _ERRNO_REASONS:
        return _ERRNO_REASONS[number]
    if isinstance(err, UnicodeError):
        return "文件名含有无法识别的字符"
    return f"系统错误（代码 {number}）" if number else "系统错误"


def sqlite_reason(err: BaseException) -> str:
    """The reason of a sqlite3 error in Chinese, without a final 。."""
    text = str(err).lower()
    for needle, reason in (("disk is full", "磁盘空间不足"), ("disk i/o", "读写磁盘出错（可能磁盘已满或已损坏）"),
                           ("readonly", "文件或文件夹不可写"), ("read-only", "文件或文件夹不可写"),
                           ("locked", "正被另一个程序占用"), ("busy", "正被另一个程序占用"),
                           ("not a database", "文件不是素材库或已损坏"), ("malformed", "文件已损坏"),
                           ("encrypted", "文件不是素材库或已损坏"), ("unable to open", "无法打开文件"),
                           ("too big", "内容太大"), ("out of memory", "内存不足"),
                           ("no such table", "文件不是本程序的素材库或已损坏"),
                           ("no such column", "文件不是本程序的素材库或已损坏"),
                           ("interrupted", "操作被中断")):
        if needle in text:
            return reason
    return "数据库出错"
