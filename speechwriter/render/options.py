"""Layout settings, declared once: the table below drives the 排版设置 dialog, the GUI settings,
the outline file's "layout" entry and the CLI's --fonts.

`LayoutOptions.from_dict(values)` accepts what any of those stored (unknown names are ignored,
missing ones take the default) and raises UserError naming a bad value. `geometry(options)` is
the page arithmetic every writer (docx, PDF, preview) shares.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from typing import Any

from speechwriter.errors import UserError

# role → face, per font set. 公文字体: the faces GB/T 9704 names; 系统自带: what every Windows /
# UOS / 麒麟 PC has (the _GB2312 faces are missing on current Windows and lack rare characters);
# 方正GBK: the 方正 faces many offices buy. 自定义 takes the names typed in the dialog.
FONT_SETS = {
    "公文字体": {"title": "方正小标宋简体", "body": "仿宋_GB2312", "hei": "黑体", "kai": "楷体_GB2312", "page": "宋体"},
    "系统自带": {"title": "宋体", "body": "仿宋", "hei": "黑体", "kai": "楷体", "page": "宋体"},
    "方正GBK": {"title": "方正小标宋_GBK", "body": "方正仿宋_GBK", "hei": "方正黑体_GBK", "kai": "方正楷体_GBK",
               "page": "宋体"},
}
CUSTOM = "自定义"
# when a set's face is not installed, each role falls back (in this order) to the plain face every
# Windows PC has, then the CJK faces of Linux desktops (统信、麒麟、Debian: Noto CJK, else WenQuanYi);
# the preview's CSS and the PDF/printer's painter read this one list, so both draw the same face
FALLBACK_FACES = {"title": ("宋体", "SimSun", "Noto Serif CJK SC", "WenQuanYi Micro Hei"),
                  "body": ("仿宋", "FangSong", "Noto Serif CJK SC", "WenQuanYi Micro Hei"),
                  "kai": ("楷体", "KaiTi", "AR PL UKai CN", "Noto Serif CJK SC", "WenQuanYi Micro Hei"),
                  "hei": ("黑体", "SimHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei"),
                  "page": ("宋体", "SimSun", "Noto Serif CJK SC", "WenQuanYi Micro Hei")}


def css_font_family(role: str, face: str | None = None) -> str:
    """A CSS font-family list for one role: `face` first when given, then the fall-backs the PDF uses."""
    names = ([face] if face else []) + list(FALLBACK_FACES[role])
    return ", ".join([*(f'"{name}"' for name in names), "sans-serif" if role == "hei" else "serif"])


FONT_SET_HINTS = {
    "公文字体": "方正小标宋简体、仿宋_GB2312、黑体、楷体_GB2312（GB/T 9704 所列字体）",
    "系统自带": "宋体（加粗）、仿宋、黑体、楷体（Windows、WPS、统信、麒麟自带，不装字体也能正常显示）",
    "方正GBK": "方正小标宋_GBK、方正仿宋_GBK、方正黑体_GBK、方正楷体_GBK（字全，需本机已装方正字体）",
    CUSTOM: "下面四项填写本单位使用的字体名称，留空的一项用公文字体",
}
# 宋体 is much lighter than 小标宋: a set whose title face is 宋体 makes up for it with bold
BOLD_TITLE_FACES = {"宋体", "SimSun"}
PAGE_NUMBER_STYLES = ("单右双左", "居中", "无")


@dataclass(frozen=True)
class Option:
    name: str
    label: str
    type: type
    default: object
    choices: tuple = ()       # fixed choices (str) or (minimum, maximum) for numbers
    hint: str = ""


OPTIONS = (
    Option("fonts", "字体方案", str, "公文字体", tuple(FONT_SETS) + (CUSTOM,)),
    Option("title_font", "标题字体", str, "", hint="自定义字体方案时使用"),
    Option("body_font", "正文字体", str, "", hint="自定义字体方案时使用"),
    Option("hei_font", "一级标题字体", str, "", hint="自定义字体方案时使用"),
    Option("kai_font", "二级标题字体", str, "", hint="自定义字体方案时使用"),
    Option("title_size", "标题字号（磅）", float, 22.0, (16.0, 30.0), "二号 22 磅，小一 24 磅"),
    Option("body_size", "正文字号（磅）", float, 16.0, (12.0, 18.0), "三号 16 磅"),
    Option("line_spacing", "行距（磅）", float, 28.95, (24.0, 32.0), "每页 22 行：28.95 磅（各地 28–29.5 磅）"),
    Option("page_numbers", "页码", str, "单右双左", PAGE_NUMBER_STYLES, "“— 1 —”单页居右、双页居左，或居中，或不加"),
    Option("large_print", "大字版（讲台用）", bool, False, hint="正文放大、行距加宽，段落尽量不跨页"),
)


@dataclass(frozen=True)
class LayoutOptions:
    fonts: str = "公文字体"
    title_font: str = ""
    body_font: str = ""
    hei_font: str = ""
    kai_font: str = ""
    title_size: float = 22.0
    body_size: float = 16.0
    line_spacing: float = 28.95
    page_numbers: str = "单右双左"
    large_print: bool = False

    @classmethod
    def from_dict(cls, values: dict | None) -> LayoutOptions:
        kept = {}
        for option in OPTIONS:
            if values and option.name in values and values[option.name] not in (None, ""):
                kept[option.name] = _coerce(option, values[option.name])
        return cls(**kept)

    def to_dict(self) -> dict:
        """Only what differs from the defaults (what the outline file stores)."""
        defaults = LayoutOptions()
        return {k: v for k, v in asdict(self).items() if getattr(defaults, k) != v}

    def with_(self, **changes: Any) -> LayoutOptions:
        return LayoutOptions.from_dict({**asdict(self), **changes})

    def faces(self) -> dict[str, str]:
        """role (title / body / hei / kai / page) → font name."""
        if self.fonts in FONT_SETS:
            return dict(FONT_SETS[self.fonts])
        faces = dict(FONT_SETS["公文字体"])
        for role in ("title", "body", "hei", "kai"):
            typed = getattr(self, f"{role}_font").strip()
            if typed:
                faces[role] = typed
        return faces

    def bold_title(self) -> bool:
        return self.faces()["title"] in BOLD_TITLE_FACES

    def effective(self) -> LayoutOptions:
        """大字版: the reading copy for the podium, body 22 pt (二号) on a 40 pt line."""
        if not self.large_print:
            return self
        return replace(self, body_size=max(self.body_size, 22.0), line_spacing=max(self.line_spacing, 40.0),
                       title_size=max(self.title_size, 26.0))


def _coerce(option: Option, value: Any) -> Any:
    label = option.label.split("（")[0]
    if option.type is bool:
        if isinstance(value, bool):
            return value
        if str(value).strip().lower() in ("1", "true", "yes", "是"):
            return True
        if str(value).strip().lower() in ("0", "false", "no", "否"):
            return False
        raise UserError(f"排版设置“{label}”应为 是/否，而不是“{value}”。")
    if option.type is float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise UserError(f"排版设置“{label}”应为数字，而不是“{value}”。") from None
        low, high = option.choices
        if not low <= number <= high:
            raise UserError(f"排版设置“{label}”应在 {low:g}–{high:g} 之间，而不是 {number:g}。")
        return number
    value = str(value).strip()
    if option.choices and value not in option.choices:
        raise UserError(f"未知的{label}“{value}”（可选：{'、'.join(option.choices)}）。")
    return value


# ---- page arithmetic ---------------------------------------------------------------------------
PAGE_MM = (210, 297)                 # A4
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
TWIPS_PER_MM = 1440 / 25.4
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Geometry:
    """Everything in points unless the name says twips."""
    chars_per_line: int
    lines_per_page: int
    char_pitch: float         # width of one grid cell
    line_pitch: float         # exact line spacing
    body_size: float
    title_size: float
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    page_width: float = PAGE_MM[0] * PT_PER_MM
    page_height: float = PAGE_MM[1] * PT_PER_MM

    @property
    def line_pitch_twips(self) -> int:
        return round(self.line_pitch * 20)

    @property
    def char_space(self) -> int:
        """w:docGrid/@w:charSpace: (cell width − Normal's font size) in 1/4096 pt, rounded down so
        that chars_per_line cells never exceed the type area."""
        return math.floor((self.char_pitch - self.body_size) * 4096)

    @property
    def title_chars_per_line(self) -> int:
        return max(8, int((self.type_width + 0.01) // self.title_size))

    @property
    def type_width(self) -> float:
        return self.page_width - self.margin_left - self.margin_right


def geometry(options: LayoutOptions) -> Geometry:
    """The grid: 28 characters a line (fewer when a large body size cannot fit 28), 22 lines a page
    with the type area's height set to exactly 22 line pitches (the bottom margin takes the rest);
    大字版 keeps the GB/T 9704 margins and fits as many 40 pt lines as the 225 mm area holds."""
    opts = options.effective()
    # in whole twips, as Word reads the page: 11906 − 1587 − 1474 = 8845 twips = 442.25 pt wide
    left, right = round(MARGINS_MM["left"] * TWIPS_PER_MM), round(MARGINS_MM["right"] * TWIPS_PER_MM)
    width = (round(PAGE_MM[0] * TWIPS_PER_MM) - left - right) / 20
    height = (PAGE_MM[1] - MARGINS_MM["top"] - MARGINS_MM["bottom"]) * PT_PER_MM
    chars = min(CHARS_PER_LINE, int(width // (opts.body_size - 0.25)))
    line_twips = round(opts.line_spacing * 20)
    if opts.large_print:
        lines = int(height * 20 // line_twips)
    else:
        lines = LINES_PER_PAGE
    top = MARGINS_MM["top"] * PT_PER_MM
    # bottom margin in whole twips, leaving the 22 lines their height plus 1 pt: LibreOffice counts
    # the grid in 1/100 mm and loses a line to rounding without it (measured at 29.5 pt)
    page_twips = round(PAGE_MM[1] * TWIPS_PER_MM)
    bottom_twips = page_twips - round(top * 20) - lines * line_twips - 20
    if opts.large_print:
        bottom_twips = round(MARGINS_MM["bottom"] * TWIPS_PER_MM)
    return Geometry(chars_per_line=chars, lines_per_page=lines, char_pitch=width / chars,
                    line_pitch=line_twips / 20, body_size=opts.body_size, title_size=opts.title_size,
                    margin_top=round(top * 20) / 20, margin_bottom=bottom_twips / 20,
                    margin_left=left / 20, margin_right=right / 20,
                    page_width=round(PAGE_MM[0] * TWIPS_PER_MM) / 20, page_height=page_twips / 20)

