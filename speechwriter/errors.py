"""The one exception type that carries a message meant for the clerk, and the Chinese for system errors.

Every failure caused by input (a broken file, a missing field, an unwritable path) is raised as
`UserError` with one Chinese sentence naming the problem. The CLI prints it and exits 2; the GUI
shows it in a message box. Anything else is a bug and is reported as an internal fault.

`os_reason` and `sqlite_reason` turn what the operating system or SQLite says ("No space left on
device", "database or disk is full") into the Chinese half-sentence a message ends with, so no
English reaches the clerk and every writer words the same problem the same way.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input, explained in Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# errno → what the clerk reads (the OS's own strerror is English, or in the system's language)
_OS_REASONS = {
    "EACCES": "没有权限（文件夹只读，或文件已在 Word/WPS 中打开）",
    "EPERM": "操作不被允许（文件被占用或只读）",
    "ENOENT": "文件或文件夹不存在",
    "ENOTDIR": "路径中有一项不是文件夹",
    "EISDIR": "这是一个文件夹",
    "EEXIST": "文件已存在",
    "ENOSPC": "磁盘空间不足",
    "EDQUOT": "磁盘配额已用完",
    "EROFS": "磁盘或 U 盘是只读的",
    "ENAMETOOLONG": "文件名或路径太长",
    "EINVAL": "文件名中含有不允许的字符",
    "EBUSY": "文件正被其他程序使用",
    "EIO": "读写磁盘出错（U 盘或网络盘可能已断开）",
    "EMFILE": "同时打开的文件太多",
    "ENFILE": "同时打开的文件太多",
    "ETXTBSY": "文件正被其他程序使用",
    "EFBIG": "文件太大",
    "ENOMEM": "内存不足",
    "ELOOP": "路径中的快捷方式（符号链接）绕成了圈",
    "ENXIO": "设备不存在或没有就绪",
    "ENODEV": "设备不存在",
    "EAGAIN": "资源暂时不可用",
    "ETIMEDOUT": "网络或设备超时",
    "EXDEV": "不能跨磁盘移动",
}
# Windows reports some of these as its own codes in `winerror`
_WINERROR_REASONS = {5: "没有权限", 32: "文件正被其他程序使用（如已在 Word/WPS 中打开，请先关闭）",
                     33: "文件正被其他程序使用（如已在 Word/WPS 中打开，请先关闭）",
                     112: "磁盘空间不足", 3: "路径不存在", 2: "文件不存在", 206: "文件名或路径太长"}


def os_reason(err: BaseException) -> str:
    """A Chinese phrase for an OSError, without a final 。 (no English strerror), e.g. “磁盘空间不足”."""
    import errno

    winerror = getattr(err, "winerror", None)
    if winerror in _WINERROR_REASONS:
        return _WINERROR_REASONS[winerror]
    number = getattr(err, "errno", None)
    name = errno.errorcode.get(number or 0, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
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
