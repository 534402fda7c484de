"""`usage`: 易混用法 read from the neighbouring words — 截止/截至, 必须/必需, 形势/形式, 反映/反应,
的/地/得, and two house-style hints of 公文 (作出 rather than 做出 before 决定/部署/贡献…, 其他
rather than 其它) given as 提示, not as errors.

Each rule is a pattern whose (first matching) group is the word concerned; the rest is the context that decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.check.findings import Finding, Text

_TIME = (r"(?:目前|当前|现在|今年|去年|明年|本年|上年|年底|年末|年初|上半年|下半年|本月|上月|月底|本周|发稿|"
         r"(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3}|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|\d{1,2}\s*日)")
_ADVERBIAL = ("认真|积极|主动|扎实|切实|深入|全面|不断|有效|坚决|稳步|持续|大力|充分|牢牢|紧紧|自觉|扎扎实实|认认真真|"
              "严格|科学|依法|有序|稳妥|精准|高效|创造性|系统|统筹|及时|迅速|广泛|密切|实实在在")
_VERBS = ("推进|开展|落实|抓好|抓|做好|加强|推动|学习|贯彻|执行|解决|完成|把握|发挥|提高|维护|做|干|实施|"
          "履行|回应|处理|应对|化解|整改|谋划|研究|思考|参与|完善|健全")


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    right: str
    message: str
    severity: str = "warning"


def _rule(pattern: str, right: str, message: str, severity: str = "warning") -> Rule:
    return Rule(re.compile(pattern), right, message, severity)


RULES = (
    _rule(rf"(截止)(?![到至于日期时间])\s*(?={_TIME})", "截至", "“截止”后面是时间点时应为“截至”（截至目前、截至6月底）。"),
    _rule(r"(截至)(?=[。；，！、]|$)", "截止", "“截至”后面要有时间；表示到期停止时应为“截止”。"),
    _rule(r"(?<![所是为])(必需)(?!品|的|之|用品|物资|物品|条件|[，。；、！？”）]|$)", "必须",
          "“必需”是“一定要有”，用在动词前表示“一定要”时应为“必须”。"),
    _rule(r"(必须)(?=品)", "必需", "“必需品”的“需”是需要的“需”。"),
    _rule(r"(?<!多种|各种|不同|新的|一种)(?:严峻|复杂|当前|面临的|防控|疫情|宏观|斗争|改革发展稳定|国际|国内)"
          r"(形式)(?!主义|上|多样|多种|灵活|各异|之一)", "形势", "这里说的是局面和发展状况，应为“形势”。"),
    # 经济形式, 政治形式 are also forms (基本的经济形式): only with words of a situation before or after them
    _rule(r"(?:(?:当前|目前|面临的|复杂的?|严峻的?|新的?|宏观)(?:经济|政治|安全)(形式)(?!主义|上|多样|多种|灵活|各异|之一)"
          r"|(?<!多种|各种|不同|新的|一种)(?<!基本的)(?:经济|政治|安全)(形式)(?=(?:依然|仍然|十分|更加|总体|日趋|持续)?"
          r"(?:严峻|复杂|好转|向好|稳定|下行|不容乐观|变化|发生|一片|[，。；！])))", "形势", "这里说的是局面和发展状况，应为“形势”。"),
    _rule(r"(?:多种|各种|组织|表现|活动|宣传|服务|工作|表达|文艺|艺术|会议|检查|教育|学习)(形势)(?=[，。；、！]|的|多样|灵活|新颖|上|主义)",
          "形式", "这里说的是方式和样子，应为“形式”。"),
    _rule(r"(反应)(?=的?(?:问题|情况|诉求|意见|民意|心声|呼声)|群众|了.{0,6}(?:问题|情况|诉求|意见))", "反映",
          "把情况、意见告诉上级或表现出来是“反映”。"),
    _rule(r"(?:如实|及时|真实|客观|集中|充分|准确|据群众|群众|干部|职工)(反应)(?=[，。；、！]|了|出|问题|情况|给|到)", "反映",
          "把情况、意见告诉上级或表现出来是“反映”。"),
    _rule(r"(?:化学|过敏|连锁|不良|应激|条件)(反映)", "反应", "受刺激而起的变化是“反应”。"),
    _rule(rf"(?:{_ADVERBIAL})(的)(?=(?:{_VERBS})(?!作用|力量|者|工作))", "地", "修饰动词的状语后用“地”（认真地落实）。"),
    _rule(r"(?:[\u4e00-\u9fff])(?<![有是别目])(的)(?=(?:很|非常|十分|比较|相当|更加?|越来越|不够|太)[\u4e00-\u9fff]{1,2}"
          r"(?:[，。；！？]|罢了|了|$))", "得", "动词后引出程度、结果的补语用“得”（做得很好）。"),
    _rule(r"(?<![采获争汲听吸选夺提索窃抽谋换骗领录读求攫榨进记摄赚博考])取(的)(?=了|[^，。；！？]{0,12}?(?:成绩|成效|进展|胜利|突破|成果|成功|实效|佳绩))",
          "得", "“取得”的“得”写成了“的”。"),
    _rule(r"(?<![明凸突彰浅])显(的)(?=很|更|非常|十分|格外|特别|有些|比较|越来越)", "得", "“显得”的“得”写成了“的”。"),
    _rule(r"(做出)(?=[^，。；！？]{0,6}?(?:决定|部署|贡献|安排|承诺|判断|规定|决策|指示|批示|努力|回应|评价|结论|选择))",
          "作出", "公文中“决定、部署、贡献”等前习惯用“作出”。", "info"),
    # zuò before a verbal noun is 作 in the house style of 人民日报 and 新华社 (作报告, 作贡献, 作斗争, 作表率;
    # http://jizihe.com/page/2014/0716/11082663.shtml): a hint, as 作出 above
    _rule(r"(?<![叫当看称比])(做)(?=(?:报告|贡献|斗争|表率|示范|分析|判断|比较|说明|评价|介绍|答复|解释|调查|总结|批示|指示|部署)"
          r"(?!会|者|人|员|书|单))", "作", "公文中“报告、贡献、斗争、表率”等动名词前习惯用“作”（作报告、作贡献）。", "info"),
    _rule(r"(其它)", "其他", "公文中统一用“其他”。", "info"),
)


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        if "截" not in para.text and not any(ch in para.text for ch in "必形反的做其"):
            continue
        for rule in RULES:
            for match in rule.pattern.finditer(para.text):
                group = next(g for g in range(1, (rule.pattern.groups or 1) + 1) if match.group(g) is not None)
                start, end = match.span(group)
                word = match.group(group)
                if rule.right == "地" and (not _verb_follows(para.text, end) or _nominal(para.text, match.start())):
                    continue   # 深入的干部, 扎实的工作作风: a noun follows; 得到有效的解决: a noun phrase
                if rule.message.startswith("动词后") and not _verb_before(para.text, start):
                    continue   # 我们的很多, 工作的很好: no verb before 的
                findings.append(Finding("usage", rule.severity, f"“{word}”：{rule.message}", i, start, end, word,
                                        rule.right, para.section))
    return findings


def _verb_follows(line: str, at: int) -> bool:
    """The word starting at `at` is one of the verbs (not 干部 from 干, 工作作风 from 工作)."""
    from speechwriter.check.wordlist import boundaries

    bounds = boundaries(line)
    match = re.match(rf"(?:{_VERBS})", line[at:])
    return match is not None and at + match.end() in bounds and at in bounds


# verbs that take an action as their object: after them "有效的解决" is a noun phrase and 的 is right
_LIGHT = re.compile(r"(?:进行|得到|加以|作出|做出|给予|予以|给以|受到|取得|展开|开展|有了?|作了?|做了?|经过|通过|需要|值得|不少|许多|很多|一定)$")


def _nominal(line: str, at: int) -> bool:
    """The adverb-like word at `at` is part of a noun phrase: a light verb before it (得到切实的解决,
    作出积极的回应), or it ends a longer word (社会科学的研究)."""
    from speechwriter.check.wordlist import boundaries

    return bool(_LIGHT.search(line[max(0, at - 4):at])) or at not in boundaries(line)


def _verb_before(line: str, at: int) -> bool:
    """The word ending at `at` is a verb (jieba's tag v*): 排的很好 but not 我们的很多."""
    import jieba.posseg

    from speechwriter.core.tokens import tokenizer

    tokenizer()
    words = jieba.posseg.lcut(line[max(0, at - 6):at], HMM=False)
    return bool(words) and words[-1].flag.startswith("v")
