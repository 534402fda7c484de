"""Writes bench/data/check/laws_prc.txt.gz: the national laws, administrative regulations, departmental
rules and judicial interpretations of the PRC, from a bare git directory of the public repository
LawRefBook/Laws (see bench/data/check/SOURCES). A developer's tool, run once:

    python bench/laws_corpus.py GIT_DIR

Kept: the Markdown files under the national folders (宪法, 宪法相关法, 民法典, 民法商法, 行政法, 经济法, 社会法, 刑法,
诉讼与非诉讼程序法, 行政法规, 部门规章, 司法解释, 其他). Left out: DLC/ (local regulations), 案例/ (court cases:
names of parties), the folders' _index.md, the repository's template and scripts. Cleaned: the front matter and
the lines before `<!-- INFO END -->` (title, dates of adoption), Markdown headings (编/章/节 titles), HTML
comments, the article number that opens a line (第十二条); a paragraph written the same way in an earlier file
(another version of the same law) is kept once, so that the counts are not the number of revisions.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

FOLDERS = ("宪法", "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法",
           "行政法规", "部门规章", "司法解释", "其他")
OUT = Path(__file__).resolve().parent / "data" / "check" / "laws_prc.txt.gz"
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇]+条\s*")
_COMMENT = re.compile(r"<!--.*?-->")


def paragraphs(markdown: str) -> list[str]:
    """The body paragraphs of one law's Markdown."""
    lines = markdown.splitlines()
    for at, line in enumerate(lines):
        if "INFO END" in line:
            lines = lines[at + 1:]
            break
    kept = []
    for line in lines:
        line = _COMMENT.sub("", line).strip()
        if not line or line.startswith(("#", "---", "bookHidden", "bookCollapseSection", "draft:")):
            continue
        line = _ARTICLE.sub("", line)
        if re.search(r"[\u4e00-\u9fff]", line):
            kept.append(line)
    return kept


def main(git_dir: str) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", git_dir, *args], check=True, capture_output=True,
                              text=True, encoding="utf-8").stdout

    names = sorted(path for path in git("ls-tree", "-r", "--name-only", "-z", "HEAD").split("\0")
                   if path.endswith(".md") and path.split("/")[0] in FOLDERS and not path.endswith("_index.md"))
    seen: set[str] = set()
    files = chars = 0
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        for name in names:
            body = [p for p in paragraphs(git("show", f"HEAD:{name}")) if p not in seen]
            seen.update(body)
            if body:
                files += 1
                chars += sum(len(re.findall(r"[\u4e00-\u9fff]", p)) for p in body)
                out.write("\n".join(body) + "\n\n")
    print(f"files={files} han_chars={chars} commit={git('rev-parse', 'HEAD').strip()}")


if __name__ == "__main__":
    main(sys.argv[1])
