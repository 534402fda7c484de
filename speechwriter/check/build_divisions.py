"""Writes resources/check/divisions.tsv, the administrative divisions that places.py reads (a developer's tool;
the app only reads what it writes). Run from a checkout:

    python -m speechwriter.check.build_divisions

Reads bench/data/check/divisions_stats_2023.csv.gz: the province-level, prefecture-level and county-level
divisions of the 国家统计局's 统计用区划代码 (2023, the codes of GB/T 2260 with the statistical zones added), as
published in the GitHub repository modood/Administrative-divisions-of-China (see bench/data/check/SOURCES).
Keeps the divisions themselves and leaves out the statistical zones that are no division (经济技术开发区,
高新技术产业开发区, 管理区 …) and the placeholders of the code (市辖区, 县, 省直辖县级行政区划).

Writes one line a division: its code (2 digits a province, 4 a prefecture, 6 a county; a division's parents
are the prefixes of its code) and its name.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "bench" / "data" / "check" / "divisions_stats_2023.csv.gz"
OUT = ROOT / "resources" / "check" / "divisions.tsv"

HEADER = ("# 行政区划：代码<TAB>名称。代码两位为省级、四位为地级、六位为县级，上级即代码的前几位。由 speechwriter/check/build_divisions.py\n"
          "# 自国家统计局 2023 年统计用区划代码（GB/T 2260 的代码，modood/Administrative-divisions-of-China 所载）生成，\n"
          "# 去掉开发区、管理区等非行政区划的统计单位。校对把“甲省乙市”中乙市不属甲省、与甲省所辖名称只差一个字的写法提示出来。\n")
# the level word a division's name ends with
LEVEL = re.compile(r"(?:市|县|区|旗|州|盟|地区|特区|林区)$")
# statistical zones that are no administrative division
ZONE = re.compile(r"开发|园区|管理区|试验区|示范区|合作区|经济|产业|高新|工业|农场|基地|保税|工矿|港区|新城$")
PLACEHOLDER = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(path: Path = SOURCE) -> list[tuple[str, str]]:
    """(code, name) of each division kept, in the source's order."""
    kept = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            if not row or not row[0].isdigit():
                continue
            code, name = row[0], row[1]
            statistical = len(code) == 6 and 71 <= int(code[4:]) <= 80   # the codes of the statistical zones
            if name in PLACEHOLDER or statistical or len(code) > 2 and (not LEVEL.search(name) or ZONE.search(name)):
                continue
            kept.append((code, name))
    return kept


def main(argv: list[str] | None = None) -> None:
    kept = rows()
    OUT.write_text(HEADER + "".join(f"{code}\t{name}\n" for code, name in kept), encoding="utf-8")
    print(f"{OUT}: {len(kept)} divisions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
