"""The 素材库 panel as a clerk uses it: find a paragraph by a few words, put it in, take it back,
import a folder of past speeches (summary, gallery, list), remove one, and a broken library file."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from speechwriter.gui.unbroken import shown_words
from speechwriter.outline.create import as_material
from tests.gui.conftest import card_for, type_text
from tests.gui.test_drafting import click_row
from tests.library.conftest import SPEECH


def panel_of(window):
    return window.library_dock.panel


def search_for(qtbot, window, words: str):
    search = panel_of(window).search
    search.query.selectAll()
    type_text(search.query, words)   # the results follow the typing after a short pause
    qtbot.waitUntil(lambda: f"“{words}”" in search.status.text(), timeout=5000)   # the status names the query
    return search


def searched(qtbot, search):
    """The tab once the search a filter started has answered (it runs on a worker)."""
    qtbot.waitUntil(lambda: search.status.text() != "正在搜索…", timeout=5000)
    return search


def double_click_row(qtbot, rich_list, row: int):
    rect = rich_list.visualItemRect(rich_list.item(row))
    qtbot.mouseClick(rich_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(rich_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def current_body(window) -> str:
    return window.doc.section_by_id(window.editor.current_section_id()).body


def wait_for_import(qtbot, window):
    qtbot.waitUntil(lambda: not window.library.is_importing() and not window.tasks.is_busy(), timeout=60000)


def test_the_panel_stands_beside_the_editor_and_only_there(drafting_window, qtbot):
    window = drafting_window
    assert window.library_dock.isVisible()
    window.acts.toggle_library.trigger()                 # 视图 → 素材库 (F8) hides it …
    assert not window.library_dock.isVisible()
    window.acts.toggle_library.trigger()                 # … and brings it back
    assert window.library_dock.isVisible()
    window.show_start()
    assert not window.library_dock.isVisible()          # nothing to insert into on the start page
    window.show_editor()
    assert window.library_dock.isVisible()


def test_the_example_in_the_search_box_finds_paragraphs_in_the_bundled_speeches(drafting_window, qtbot):
    """A new clerk's first search is the box's own example; it found nothing in the 范文 that come
    with the program (安全生产 is in none of them)."""
    example = panel_of(drafting_window).search.query.placeholderText().split("如：")[1]
    search = search_for(qtbot, drafting_window, example)
    assert search.results.count() > 0, search.status.text()


def test_words_find_paragraphs_with_the_words_marked_and_their_source(drafting_window, qtbot):
    search = search_for(qtbot, drafting_window, "高质量发展")
    rows = [search.results.row_text(i) for i in range(search.results.count())]
    assert rows and all("高质量发展" in row for row in rows)
    assert search.status.text().startswith("“高质量发展”：找到")
    first = search.results.payload(0)
    assert [first.text[a:b] for a, b in first.spans][:1] == ["高质量发展"]
    assert "background-color:#ffe08a" in search.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert f"《{first.title or first.file_name}》" in rows[0]        # the speech it comes from
    assert first.keywords and first.keywords[0] in rows[0]         # its keyword tags

    everything = search.results.count()
    search.role.setCurrentIndex(search.role.findText("结束"))      # role filter: only closing paragraphs
    searched(qtbot, search)
    closing = [search.results.payload(i) for i in range(search.results.count())]
    assert closing and all(hit.role == "closing" for hit in closing)
    assert len(closing) < everything

    search.role.setCurrentIndex(0)
    assert search.kind.findText("研讨发言") > 0                      # the 文种 the library holds
    search.kind.setCurrentIndex(search.kind.findText("研讨发言"))
    searched(qtbot, search)
    kinds = {search.results.payload(i).kind for i in range(search.results.count())}
    assert kinds == {"研讨发言"}

    search = search_for(qtbot, drafting_window, "量子计算机芯片")
    assert search.results.count() == 0 and "没有找到" in search.status.text()


def test_double_click_puts_the_paragraph_into_the_section_and_undo_takes_it_back(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "一、")
    placeholder = current_body(window)
    assert placeholder.startswith("（在此")
    search = search_for(qtbot, window, "高质量发展")
    first, second = search.results.payload(0), search.results.payload(1)

    first_text, second_text = as_material(first.text, first.heading), as_material(second.text, second.heading)

    double_click_row(qtbot, search.results, 0)
    assert current_body(window) == first_text                      # the placeholder gave way
    assert window.editor.section_editor.body.toPlainText() == first_text
    assert window.acts.undo.text().startswith("撤销 插入素材到")
    assert window.acts.undo.iconText() == "撤销"                     # the toolbar keeps its short word

    search.results.setCurrentRow(1)
    qtbot.mouseClick(search.insert_button, Qt.MouseButton.LeftButton)   # 插入 puts the next one after it
    assert current_body(window) == first_text + "\n" + second_text

    window.acts.undo.trigger()
    assert current_body(window) == first_text
    window.acts.undo.trigger()
    assert current_body(window) == placeholder
    window.acts.redo.trigger()
    assert current_body(window) == first_text


def test_without_a_chosen_section_nothing_is_inserted_and_the_clerk_is_told(drafting_window, qtbot):
    window = drafting_window
    search = search_for(qtbot, window, "高质量发展")
    window.editor.tree.setCurrentIndex(QModelIndex())
    steps = window.doc.undo_stack.count()
    qtbot.mouseClick(search.insert_button, Qt.MouseButton.LeftButton)
    assert window.doc.undo_stack.count() == steps
    assert "选择" in window.statusBar().currentMessage()


def test_phrases_follow_the_section_and_bring_their_fields(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "〔开场〕")
    phrases = panel_of(window).phrases
    shown = [phrases.phrases.payload(i) for i in range(phrases.phrases.count())]
    assert shown and "开场" in phrases.caption.text()
    with_field = next(p for p in shown if p.fields)
    assert "〔" in phrases.phrases.row_text(shown.index(with_field))   # fields read as 〔会议名称〕
    phrases.phrases.setCurrentRow(shown.index(with_field))
    qtbot.mouseClick(phrases.insert_button, Qt.MouseButton.LeftButton)
    assert as_material(with_field.text) in current_body(window)
    form = window.editor.field_form
    qtbot.waitUntil(lambda: all(name in form.boxes for name in with_field.fields), timeout=10000)

    click_row(qtbot, window, "〔结束〕")
    assert "结束" in phrases.caption.text()


def test_importing_a_folder_ends_with_its_summary_and_teaches_the_gallery(window, prompts, qtbot, mixed_folder):
    from PySide6.QtWidgets import QPushButton

    progress = []
    window.tasks.progress.connect(lambda percent, text: progress.append(text))
    prompts.folders.append(str(mixed_folder))
    button = next(b for b in window.start_page.findChildren(QPushButton) if "素材库" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)

    headline, detail, level = prompts.messages[-1]
    assert headline == "范文导入完成，有 3 个文件没能导入。" and level == "warning"
    assert "导入 3 个文件" in detail and "跳过重复 2 个" in detail and "坏文档.docx" in detail
    assert any("安全生产.txt" in text for text in progress)       # the status bar named the files
    assert not window.busy.cancel_button.isVisible()

    # the gallery now holds structures learned with the clerk's speeches, naming them
    imported = str(mixed_folder / "安全生产.txt")
    card = card_for(window, lambda s: imported in s.sources)
    assert "在全县安全生产工作会议上的讲话" in card.structure.source_titles

    card = card_for(window, lambda s: "key_points" in s.skeleton)
    qtbot.mouseClick(card.findChild(QPushButton), Qt.MouseButton.LeftButton)
    titles = panel_of(window).speeches.titles()
    assert {"在全县安全生产工作会议上的讲话", "在全县防汛抗旱工作会议上的讲话", "在全县招商引资推进会上的表态发言"} <= set(titles)
    search = panel_of(window).search
    search.source.setCurrentIndex(search.source.findText("我的范文"))
    search = search_for(qtbot, window, "山洪地质灾害")
    assert search.results.count() >= 1
    assert search.results.payload(0).title == "在全县防汛抗旱工作会议上的讲话"    # a GBK file, read right


def test_cancel_stops_an_import_between_files_and_keeps_what_went_in(window, prompts, qtbot, tmp_path):
    folder = tmp_path / "历年讲话"
    folder.mkdir()
    counties = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    for i, name in enumerate(counties):
        (folder / f"{i:02d}.txt").write_text(SPEECH.replace("全县", f"{name}县"), encoding="utf-8")
    window.library.import_paths([str(folder)])
    assert window.busy.cancel_button.isVisible()
    qtbot.mouseClick(window.busy.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)

    headline, detail, _level = prompts.messages[-1]
    assert "已取消" in headline and detail.startswith("导入已取消。")
    own = window.library.library.speeches(bundled=False)
    assert len(own) < len(counties)
    assert all(entry.paragraphs >= 5 for entry in own)            # every file went in whole, or not at all


def test_a_folder_of_many_files_is_read_beside_the_storing_and_reported_in_chinese(window, prompts, qtbot, tmp_path,
                                                                                    monkeypatch):
    import threading

    from speechwriter.library import importer

    folder = tmp_path / "历年讲话"
    folder.mkdir()
    counties = "甲乙丙丁戊己庚辛壬癸子丑"
    for i, name in enumerate(counties):
        (folder / f"{i:02d}.txt").write_text(SPEECH.replace("全县", f"{name}县"), encoding="utf-8")
    read_on, reading = [], importer._read

    def read(file):
        read_on.append(threading.current_thread().name)
        return reading(file)

    monkeypatch.setattr(importer, "_read", read)
    progress = []
    window.tasks.progress.connect(lambda percent, text: progress.append(text))
    window.library.import_paths([str(folder)])
    wait_for_import(qtbot, window)

    headline, detail, level = prompts.messages[-1]
    assert (headline, level) == ("范文导入完成。", "info")
    assert detail.startswith(f"导入 {len(counties)} 个文件，更新 0 个，跳过重复 0 个，未变化 0 个，失败 0 个。")
    # the status bar named every file in turn, counting them
    named = [text for text in progress if text.startswith("正在导入（")]
    assert [t.split("：")[-1] for t in named] == [f"{i:02d}.txt" for i in range(len(counties))]
    assert named[-1].startswith(f"正在导入（{len(counties)}/{len(counties)}）")
    # the files were read (analysed, cut into words) by the import's reader while the worker stored them
    assert len(read_on) == len(counties) and all(name.startswith("library-reader") for name in read_on)
    assert not any(t.name.startswith("library-reader") for t in threading.enumerate())   # none left behind
    own = window.library.library.speeches(bundled=False)
    assert sorted(e.title for e in own) == sorted(f"在{c}县安全生产工作会议上的讲话" for c in counties)
    assert all(entry.paragraphs >= 5 for entry in own)


def test_removing_an_own_speech_after_confirming(window, prompts, qtbot, tmp_path):
    speech = tmp_path / "2023-03.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    window.library.import_paths([str(speech)])
    wait_for_import(qtbot, window)
    window.files.new_blank()
    speeches = panel_of(window).speeches

    assert speeches.select_title("在市妇联十一届四次执委会议上的讲话")        # as its card names it
    assert not speeches.remove_button.isEnabled()                 # a bundled sample stays

    assert speeches.select_title("在全县安全生产工作会议上的讲话")
    keywords = window.library.library.speeches(bundled=False)[0].keywords
    assert all(k in shown_words(speeches.keywords.text()) for k in keywords[:3]) and str(speech) in speeches.details.text()
    prompts.yes_no.append(True)
    qtbot.mouseClick(speeches.remove_button, Qt.MouseButton.LeftButton)
    assert "移出素材库" in prompts.questions[-1][0] and str(speech) in prompts.questions[-1][1]
    assert "在全县安全生产工作会议上的讲话" not in speeches.titles()
    assert speech.exists()                                        # the clerk's own file is not touched
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=30000)
    assert not any(str(speech) in s.sources for s in (c.structure for c in window.start_page.cards))


def test_a_broken_library_file_leaves_the_app_usable(make_window, prompts, qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "library.sqlite3"
    broken.write_bytes(b"this is not a database, but somebody's file" * 100)
    before = broken.read_bytes()
    monkeypatch.setenv("SPEECHWRITER_LIBRARY", str(broken))
    window = make_window()
    assert window.start_page.cards                                # the bundled structures still show
    window.files.new_blank()
    assert "素材库无法使用" in panel_of(window).search.status.text()
    assert not panel_of(window).search.query.isEnabled()
    window.acts.import_library.trigger()
    headline, detail, _ = prompts.messages[-1]
    assert headline == "素材库还不能使用" and str(broken) in detail
    assert broken.read_bytes() == before                          # nothing of the clerk's overwritten


def test_keyboard_only_find_and_insert(drafting_window, qtbot):
    window = drafting_window
    click_row(qtbot, window, "二、")
    window.acts.find_material.trigger()                           # 编辑 → 查找素材 (Ctrl+Shift+F)
    search = panel_of(window).search
    assert search.query.hasFocus()
    type_text(search.query, "妇联组织")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)              # Enter searches and goes to the results
    qtbot.waitUntil(search.results.hasFocus, timeout=5000)
    assert search.results.count() > 0
    first = search.results.payload(0)
    qtbot.keyClick(search.results, Qt.Key.Key_Return)            # Enter again puts the first one in
    assert current_body(window) == as_material(first.text, first.heading)


def test_no_search_thread_outlives_its_window(drafting_window, qtbot):
    import threading

    def searching_threads() -> int:
        return sum(1 for t in threading.enumerate() if t.name == "素材库查找" and t.is_alive())

    window = drafting_window
    type_text(window.library_dock.panel.search.query, "发展")
    window.library_dock.panel.search.search_now()
    open_before = searching_threads()
    window.doc.undo_stack.setClean()
    window.close()
    assert open_before >= 1 and searching_threads() == open_before - 1


def test_the_panel_cannot_be_asked_for_on_the_start_page(window):
    assert not window.acts.toggle_library.isEnabled() and not window.acts.find_material.isEnabled()


def test_a_folder_dropped_on_the_panel_is_imported(drafting_window, prompts, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    folder = tmp_path / "去年"
    folder.mkdir()
    (folder / "安全生产.txt").write_text(SPEECH, encoding="utf-8")
    window = drafting_window
    dock = window.library_dock
    assert dock.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    where = QPoint(dock.width() // 2, dock.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dock, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(dock, QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                            Qt.KeyboardModifier.NoModifier))
    wait_for_import(qtbot, window)
    assert prompts.messages[-1][0] == "范文导入完成。"
    assert "在全县安全生产工作会议上的讲话" in panel_of(window).speeches.titles()


def test_a_fault_while_learning_at_start_up_is_shown_on_the_start_page(make_window, monkeypatch):
    import speechwriter.library

    def broken(_library):
        raise RuntimeError("learning failed")

    monkeypatch.setattr(speechwriter.library, "library_structures", broken)
    window = make_window()
    assert window.start_page.status.text().startswith("读取范文结构失败：程序内部出错")
    assert "素材库无法使用" in window.statusBar().currentMessage()


def test_a_server_that_is_gone_leaves_the_writing_going(make_window, prompts, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SPEECHWRITER_LIBRARY", f"postgresql://张三:secret@/素材库?host={tmp_path}")
    window = make_window()
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=30000)
    assert window.start_page.cards                                # the bundled structures still show
    window.files.new_blank()
    status = panel_of(window).search.status.text()
    assert "素材库（单位服务器）离线" in status and "写作不受影响" in status and "secret" not in status
    assert not panel_of(window).search.query.isEnabled()


def test_the_library_location_keeps_no_password(tmp_path, qtbot):
    from speechwriter.gui.library.library_location import LibraryLocationDialog
    from speechwriter.gui.settings import Settings

    settings = Settings(tmp_path / "gui.ini")
    dialog = LibraryLocationDialog("postgresql://张三@10.0.0.5:5433/speechwriter", lambda url, done: None)
    qtbot.addWidget(dialog)
    assert dialog.server.isChecked() and dialog.host.text() == "10.0.0.5" and dialog.port.value() == 5433
    assert dialog.user.text() == "张三" and dialog.database.text() == "speechwriter"
    dialog.secret.setText("口令123")
    tested = []
    dialog._run_test = lambda url, done: tested.append(url)
    dialog.test()
    assert tested and "口令123" not in dialog.location()          # the password goes to the test only
    settings.set_library_location(tested[0])
    settings.sync()
    assert settings.library_location() == dialog.location()
    assert "口令" not in (tmp_path / "gui.ini").read_text(encoding="utf-8")
    dialog.local.setChecked(True)
    assert dialog.location() == "" and not dialog.test_button.isEnabled()
