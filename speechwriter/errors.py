"""The one exception type that carries a message meant for the clerk.

Every failure caused by input (a broken file, a missing field, an unwritable path) is raised as
`UserError` with one Chinese sentence naming the problem. The CLI prints it and exits 2; the GUI
shows it in a message box. Anything else is a bug and is reported as an internal fault.
"""


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
    "ETXTBSY": "文件正被其他程序使用",
}


def os_error_message(err: OSError) -> str:
    """A Chinese phrase for an OSError (no English strerror), e.g. “磁盘空间不足”."""
    import errno

    name = errno.errorcode.get(err.errno or 0, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    if getattr(err, "winerror", None) in (32, 33):  # ERROR_SHARING_VIOLATION / LOCK_VIOLATION
        return "文件正被其他程序使用（如已在 Word/WPS 中打开，请先关闭）"
    return f"系统错误（代码 {err.errno}）" if err.errno else "系统错误"
