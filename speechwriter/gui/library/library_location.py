"""设置 → 素材库位置: the library on this PC, or on the unit's server (with a 测试连接 button).

The server is given as its parts (服务器, 端口, 数据库, 用户名, 密码) and kept as a URL without the
password; the password goes to the system keyring where there is one, else it is asked for at
each start (or IT's .pgpass / service file supplies it and the field stays empty).
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from speechwriter.library.secrets import has_keyring, with_password


def server_url(host: str, port: int, database: str, user: str) -> str:
    netloc = (quote(user, safe="") + "@" if user else "") + (host if ":" not in host else f"[{host}]")
    return f"postgresql://{netloc}:{port}/{quote(database, safe='')}"


class LibraryLocationDialog(QDialog):
    """`location()` after exec(): "" (本机) or the server URL without password; `password()` as typed."""

    def __init__(self, location: str, run_test, parent: QWidget | None = None):
        """`run_test(url, on_result)`: tests a connection off the GUI thread and calls
        on_result(ok, message) on it."""
        super().__init__(parent)
        self.setWindowTitle("素材库位置")
        self._run_test = run_test
        layout = QVBoxLayout(self)
        self.local = QRadioButton("本机（只有自己使用，存在这台电脑上）")
        self.server = QRadioButton("单位服务器（办公室共用，由信息管理人员设置）")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("speechwriter")
        self.user = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("记在系统钥匙串里" if has_keyring() else "不保存，每次启动时询问")
        form.addRow("服务器", self.host)
        form.addRow("端口", self.port)
        form.addRow("数据库", self.database)
        form.addRow("用户名", self.user)
        form.addRow("密码", self.secret)
        layout.addWidget(self.fields)
        row = QHBoxLayout()
        self.test_button = QPushButton("测试连接")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.outcome, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(self.test)
        self.server.toggled.connect(self._update)
        self._fill(location)
        self._update()

    def _fill(self, location: str) -> None:
        if not location:
            self.local.setChecked(True)
            return
        self.server.setChecked(True)
        parts = urlsplit(location)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or 5432)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))

    def _update(self) -> None:
        on_server = self.server.isChecked()
        self.fields.setEnabled(on_server)
        self.test_button.setEnabled(on_server)

    def location(self) -> str:
        if not self.server.isChecked():
            return ""
        return server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.user.text().strip())

    def password(self) -> str:
        return self.secret.text()

    def test(self) -> None:
        if not self.host.text().strip():
            self.outcome.setText("请填写服务器地址。")
            return
        self.test_button.setEnabled(False)
        self.outcome.setText("正在连接……")
        self._run_test(with_password(self.location(), self.password()), self._tested)

    def _tested(self, ok: bool, message: str) -> None:
        self.outcome.setText(message)
        self._update()
