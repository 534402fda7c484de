"""Benchmark: the worst hostile inputs of issues #15 and #19, each run as the clerk would (`python -m speechwriter`
in its own process), with the wall time and the peak memory (ru_maxrss of that very child, from
os.wait4) of each. Also the largest inputs that are still accepted (a 20 MB text just under the
paragraph limit, a .docx just under it), since those are the slowest a clerk can legitimately meet.

The promise (issue 19) is exit 2 (or 0 for the accepted ones) within 30 s and 600 MB each; a case
over either, or ending otherwise, is marked OVER. Issue 19's cases are made by tests/hostile/makers.py
(the same files its tests use). The children run with a 4 GiB address-space limit and a 120 s guard so a regression
cannot take the machine down. `startup_s`/`startup_mb` (`speechwriter --version`) is the reference
measured in the same run. Last line: key=value pairs.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GUARD_S = 120
LIMIT_S, LIMIT_MB = 30.0, 600.0
SPEECH = ("在全县安全生产工作会议上的讲话\n同志们：\n今天，我们召开全县安全生产工作会议。\n"
          "一、提高认识，切实增强责任感\n安全生产事关人民群众生命财产安全。\n"
          "二、压实责任，严格落实安全生产责任制\n要坚持党政同责、一岗双责。\n同志们，谢谢大家！\n")


def run_case(args: list[str], env: dict, fsize: int | None = None, extra_env: dict | None = None
             ) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of `python -m speechwriter ARGS` in its own process."""
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "speechwriter", *args], cwd=REPO, env={**env, **(extra_env or {})},
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             preexec_fn=limits)
    timer = threading.Timer(GUARD_S, lambda: child.kill())
    timer.start()
    try:
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, child.returncode


def outline_json(path: Path, sections: str, fields: str = '{"标题": "讲话", "日期": "无", "称呼": "无"}') -> Path:
    path.write_text('{"format": "speechwriter-outline", "version": 2, "fields": ' + fields + ', "sections": ['
                    + sections + "]}", encoding="utf-8")
    return path


def body(code: str) -> str:
    return json.dumps([{"role": "key_points", "heading": "点", "body": code}], ensure_ascii=False)[1:-1]


def docx_with(path: Path, document_xml=None, numbering_xml=None, styles_bomb: int = 0) -> Path:
    import docx

    base = path.with_suffix(".base.docx")
    document = docx.Document()
    for line in SPEECH.splitlines():
        document.add_paragraph(line)
    document.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml" and document_xml:
                data = document_xml(data)
            if item.filename == "word/numbering.xml" and numbering_xml:
                data = numbering_xml(data)
            if item.filename == "word/styles.xml" and styles_bomb:
                with target.open(item.filename, "w", force_zip64=True) as handle:
                    chunk = b" " * (1 << 20)
                    for _ in range(styles_bomb):
                        handle.write(chunk)
                continue
            target.writestr(item, data)
    return path


def cases(work: Path) -> dict[str, tuple[list[str], dict]]:
    from speechwriter.core import reader

    foreign = work / "other-app.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    pipe = work / "pipe.txt"
    os.mkfifo(pipe)
    templates = work / "data" / "speechwriter" / "templates"
    templates.mkdir(parents=True)
    (templates / "大模板.jinja").write_text('::title {{ 标题 }}\n{{ "x" * 3000000000 }}\n', encoding="utf-8")
    ilvl = docx_with(work / "ilvl.docx",
                     numbering_xml=lambda d: d.replace(b"</w:numbering>", (
                         b'<w:abstractNum w:abstractNumId="90"><w:lvl w:ilvl="100000000"><w:start w:val="abc"/>'
                         b'<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                         b'<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num></w:numbering>')),
                     document_xml=lambda d: d.replace(b"<w:p>", b'<w:p><w:pPr><w:numPr><w:ilvl w:val="100000000"/>'
                                                      b'<w:numId w:val="90"/></w:numPr></w:pPr>'))
    bomb = docx_with(work / "bomb.docx", styles_bomb=2000)
    many = docx_with(work / "many.docx", document_xml=lambda d: d.replace(
        b"<w:body>", b"<w:body>" + b"<w:p><w:r><w:t>\xe8\xa6\x81\xe6\x8a\x93\xe5\xa5\xbd\xe8\x90\xbd\xe5\xae\x9e"
        b"\xe3\x80\x82</w:t></w:r></w:p>" * (reader.MAX_PARAGRAPHS - 100), 1))
    big_text = work / "big.txt"
    line = ("要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。" * 16 + "\n")
    big_text.write_text(SPEECH + line * (reader.MAX_TEXT_BYTES // len(line.encode()) - 10), encoding="utf-8")
    headings = ",".join(f'{{"role": "key_points", "heading": "第{i}点", "body": "要落实。"}}' for i in range(10_000))
    speech = work / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    full = work / "full"
    full.mkdir()
    table = {
        "foreign-library": (["library", "list", "--library", str(foreign)], {}),
        "nested-loops": (["render", str(outline_json(work / "loops.speech.json", body(
            "{% for i in range(100000) %}{% for j in range(100000) %}字{% endfor %}{% endfor %}"))),
            "-o", str(work / "a.docx")], {}),
        "huge-repeat": (["render", str(outline_json(work / "repeat.speech.json", body('{{ "x" * 3000000000 }}'))),
                         "-o", str(work / "b.docx")], {}),
        "template-listing": (["templates"], {}),
        "named-pipe": (["analyze", str(pipe)], {}),
        "docx-ilvl": (["analyze", str(ilvl)], {}),
        "dev-zero": (["analyze", "/dev/zero"], {}),
        "docx-bomb-2GB": (["analyze", str(bomb)], {}),
        "million-sections": (["render", str(outline_json(work / "million.speech.json", ",".join(["{}"] * 1_000_000))),
                              "-o", str(work / "c.docx")], {}),
        "json-100k-deep": (["render", str(outline_json(work / "deep.speech.json", "[" * 100_000 + "]" * 100_000)),
                            "-o", str(work / "d.docx")], {}),
        "new-from-10k-headings": (["new", "--from", str(outline_json(work / "10k.speech.json", headings)),
                                   "-o", str(work / "e.speech.json")], {}),
        "full-disk-library": (["library", "add", str(speech), "--library", str(full / "library.sqlite3")],
                              {"fsize": 8192}),
        "accepted-20MB-text": (["analyze", str(big_text)], {}),
        f"accepted-{reader.MAX_PARAGRAPHS - 100}-paragraph-docx": (["analyze", str(many)], {}),
    }
    table.update(round_two(work, speech))
    return table


def round_two(work: Path, speech: Path) -> dict[str, tuple[list[str], dict]]:
    """Issue 19's reproductions."""
    from speechwriter.paths import resources_dir
    from tests.hostile import makers

    percent = makers.percent_docx(work / "percent.docx")
    pointer_home = work / "pointer-data"
    (pointer_home / "speechwriter" / "models").mkdir(parents=True)
    (pointer_home / "speechwriter" / "models" / "current").write_bytes(bytes(range(256)) * 4)
    model_home = work / "model-data"
    clerk = model_home / "speechwriter" / "models" / "clerk-1"
    clerk.mkdir(parents=True)
    for name in ("roles.json", "header.json", "kind.json"):
        (clerk / name).write_bytes((resources_dir() / "models" / name).read_bytes())
    (clerk / "roles.json").write_bytes(b"[" * 100_000)
    (model_home / "speechwriter" / "models" / "current").write_text("clerk-1\n", encoding="utf-8")
    outline = outline_json(work / "fields.speech.json", body("今天，我们召开会议。"),
                           '{"标题": "讲话", "日期": "2026年3月1日", "称呼": "同志们：", "会议名称": "会议", "单位": "县政府"}')
    big = "{% set a = ['x' * 1000000] * 1000 %}"
    label_pipe = work / "label.json"
    os.mkfifo(label_pipe)
    library = work / "label-lib" / "library.sqlite3"
    cases: dict[str, tuple[list[str], dict]] = {
        f"percent-docx-{command}": ([command, str(percent), *extra], {})
        for command, extra in (("analyze", []), ("check", []),
                               ("outline", ["-o", str(work / "percent.speech.json"), "--part", "1"]))}
    cases["percent-docx-library-add"] = (["library", "add", str(percent), "--library", str(library)], {})
    cases["garbage-model-pointer"] = (["analyze", str(speech)], {"env": {"XDG_DATA_HOME": str(pointer_home)}})
    cases["corrupt-clerk-model"] = (["analyze", str(speech)], {"env": {"XDG_DATA_HOME": str(model_home)}})
    for name, code in (("string", "b = a|string"), ("tojson", "b = a|tojson"), ("replace", "b = a|replace('x', 'y')"),
                       ("pprint", "b = a|pprint"), ("join", "b = a|join")):
        cases[f"set-{name}-1GB"] = (["render", str(outline), "-o", str(work / f"{name}.docx"),
                                     "--set", f"标题={big}{{% set {code} %}}完"], {})
    cases["outline-text-bomb"] = (["render", str(outline_json(work / "own.speech.json", body(
        "{% set a = '字' * 1000000 %}{% for i in range(100000) %}{{ a }}{% endfor %}"))), "-o", str(work / "own.docx")], {})
    cases["loop-in-three-passes"] = (["render", str(outline_json(work / "slow.speech.json", body(
        "{% for i in range(100000) %}{% for j in range(40) %}{% endfor %}{% endfor %}字"))), "-o",
        str(work / "slow.docx")], {})
    cases["reference-no-fonttable"] = (["render", str(outline), "-o", str(work / "ref1.docx"), "--reference",
                                        str(makers.without_member_docx(work / "nofont.docx", "word/fontTable.xml"))], {})
    cases["reference-zip-bomb"] = (["render", str(outline), "-o", str(work / "ref2.docx"), "--reference",
                                    str(makers.zip_bomb_docx(work / "refbomb.docx"))], {})
    cases["reference-600k-styles"] = (["render", str(outline), "-o", str(work / "ref3.docx"), "--reference",
                                       str(makers.many_styles_docx(work / "styles.docx"))], {})
    for name, make in (("bad-deflate", makers.bad_deflate_docx), ("encrypted", makers.encrypted_member_docx),
                       ("wrong-root", makers.wrong_root_docx)):
        cases[f"docx-{name}"] = (["analyze", str(make(work / f"{name}.docx"))], {})
    cases["label-fifo"] = (["library", "label", "1", str(label_pipe), "--library", str(library)], {})
    cases["label-dev-zero"] = (["library", "label", "1", "/dev/zero", "--library", str(library)], {})
    numbered = work / "numbered.txt"
    numbered.write_text("关于工作的讲话\n同志们：\n" + "\n".join(
        f"{n}、要抓好落实。" for n in _numerals(150)), encoding="utf-8")
    cases["check-150-chinese-items"] = (["check", str(numbered)], {})
    return cases


def _numerals(count: int) -> list[str]:
    from speechwriter.core.numerals import chinese_numeral

    return [chinese_numeral(n) for n in range(1, count + 1)]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="hostile-bench-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
                   XDG_CACHE_HOME=str(work / "cache"), SPEECHWRITER_LIBRARY=str(work / "lib" / "library.sqlite3"))
        table = cases(work)
        startup_s, startup_mb, _ = run_case(["--version"], env)
        worst_s = worst_mb = 0.0
        over = 0
        print(f"{'case':32} {'exit':>4} {'seconds':>8} {'peak MB':>8}")
        for name, (args, options) in table.items():
            seconds, mb, code = run_case(args, env, options.get("fsize"), options.get("env"))
            bad = seconds > LIMIT_S or mb > LIMIT_MB or code not in (0, 2)
            over += bad
            worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, mb)
            print(f"{name:32} {code:>4} {seconds:8.2f} {mb:8.0f}{'  OVER' if bad else ''}", flush=True)
    print(f"worst_s={worst_s:.2f} worst_mb={worst_mb:.0f} cases={len(table)} over={over} "
          f"startup_s={startup_s:.2f} startup_mb={startup_mb:.0f} worst_vs_startup_s={worst_s / startup_s:.1f}")


if __name__ == "__main__":
    main()
