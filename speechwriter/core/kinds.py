"""The kinds of speech (领导讲话, 汇报发言, 工作报告, 述职报告, 致辞 …) and the cue words that name them.

The trained kind model weighs these cues (in the title, the subtitle, the opening and the body) with the
rest of the speech; `detect_kind` is the rule used when no model can be loaded.
"""

from __future__ import annotations

import re

from speechwriter.core.script import simplified
from speechwriter.vocabulary import OTHER_KIND, SPEECH_KINDS  # the kinds themselves

# A speech pasted from a page in traditional script names its kind in the same words (`開幕詞`, `講話`,
# `表態發言`, `各位來賓`): the cue words below, and the words features.py reads for the speaker's role and
# the salutation, are looked for in the text's simplified form (core/script.py). A page that spells
# out a character's reading (`开(kāi)幕词`, `述职工作会(huì)发(fā)言`) names the kind in the same words
# too: the readings are dropped (`plain`).

# a reading in pinyin right after a character: `会(huì)`, `长（zhǎng）`
_READING = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def plain(text: str) -> str:
    """The text as a kind's cue words are looked for in: simplified script, no pinyin readings."""
    return _READING.sub("", simplified(text))


# What a title says about its kind, one row per kind, in the order of precedence (述职 before 报告,
# 主持词 before what it hosts, 开幕 before 致辞 …): (kind, the kind's own name, the title's other cues). The own name states the
# kind whatever the occasion (a clerk reads the title first: `…述职述廉报告`, `…开 幕 词`, `…上的表态
# 发言`, `…动员大会上的讲话`), never an occasion's word (`述职评议会上的讲话` is a leader's, `汇报会上的
# 讲话` too). A `…开幕式上的致辞` names the ceremony and the address given there: a 致辞 (a festival's,
# a games', a congress's ceremony alike); a plain `开幕致辞` is left to the model. The other cues (the occasion, a near name) are features the
# model weighs and the no-model reading's hints. They name what a kind does, not one source's wording.
# An occasion that is itself the act (誓师, 启动, 动员) goes before the ceremony's form (典礼, 仪式):
# `誓师典礼上的讲话` mobilises. A congratulation sent to a gathering (`贺信`, `…贺全国学生代表大会电`) and
# read out there is its 致辞. A kind's name is written with 辞 as often as with 词 (`欢迎辞`, `贺辞`, `开幕辞`).
_MOBILISE = r"(?<!运)动员"   # (an athlete, 运动员, mobilises no one: `运动员发言稿` is no 动员讲话)
# a ceremony that opens or closes (`开幕式`, and as Hong Kong, Macao and Taiwan pages name it `开幕礼`,
# `开幕典礼`, `开幕仪式`): its guests' addresses are 致辞, no chair's 开幕词/闭幕词
_RITE = r"(?:式|礼|典礼|仪式)"
# a festival or the year's turn greeted (`院长新春致辞`, `市长对市府同仁岁末广播`, `中秋茶话会…发言`), never a
# work meeting held before or during it (`春节前安全生产工作会议`, `中秋国庆两节期间…`); and a leader's
# farewell on leaving office (`在离任…时讲话`, `卸任交接致词`), not the audit of one who leaves (`离任审计`)
_SEASON = r"(?:春节|新春|元旦|中秋|岁末|除夕|端午|重阳)(?!.{0,4}(?:前|期间|假期|后))|拜(?:个|早)?年"
_TITLE = (
    ("述职报告", r"述职(?!评议|测评|.{0,4}会)|述廉报告", r"述职(?!.{0,6}(会|评议|测评))|述廉|述责|转正|个人总结|年终总结|工作总结"),
    (OTHER_KIND, r"主持词|主持稿|串词", r"主持人"),
    ("工作报告", r"(?<!审议)(?<!讨论)(?<!学习)(?<!解读)工作报告(?!.{0,8}(讨论(?!稿)|审议|发言|心得|体会|解读))",
     r"报告工作|的报告|政府工作报|报告$"),
    ("开幕词", r"开幕[词辞]", r"开幕式上的(讲话|致辞)|开幕(讲话|致辞)|开幕(?!礼|典礼|仪式)"),
    ("闭幕词", r"(?<!开幕)闭幕[词辞]", r"闭幕式上的(讲话|致辞)|闭幕(讲话|致辞)|闭幕(?!礼|典礼|仪式)"),
    ("表态发言", r"表态", r"当选.{0,8}(后的)?(讲话|发言)|(任职|上任|到任)(大会|会议|会)?上?的?(讲话|发言)|就职|履新|决心书|承诺"),
    ("动员讲话", _MOBILISE + r"(部署)?(大会|会议|会)上?的?讲话|" + _MOBILISE + r"讲话", _MOBILISE + r"|誓师|开营|启动"),
    ("致辞", r"^(?!.*(开幕|闭幕)(?!" + _RITE + r")).*(致[辞词]|(欢迎|贺|祝|献|祝酒|答谢)[词辞]|贺信|贺电|贺.{2,30}(大会|会议)电$)",
     r"致[辞词]|(欢迎|贺|祝|献)[词辞]|祝酒|答谢|致谢|新年|晚宴|宴会|招待会|酒会|茶话会|团拜|典礼|仪式|成人礼|颁奖|揭牌|挂牌|奠基|庆典|竣工|签约|"
     r"开工|开业|落成|欢送|联欢|揭幕|剪彩|开幕礼|闭幕礼|" + _SEASON + r"|(离任|卸任)(?!.{0,4}审计)|"
     r"致.{1,20}(会议|大会)"),
    ("汇报发言", r"汇报(发言|材料)|(工作|情况)汇报(?!会)", r"汇报(?!会)|情况报告|经验介绍|经验交流|典型发言|交流材料|事迹材料"),
    ("研讨发言", r"研讨发言|心得体会|学习体会", r"研讨|讨论(?!稿)|辩论|[二三]读(?!者|书|物)|(议案|法案|草案)的?发言|交流发言|交流会|(?<!全)体会|心得|读书|论坛|中心组.{0,12}发言|座谈会上的发言|分享"),
    ("调研讲话", None, r"调研(?!工作|成果|课题|文章)|考察|视察|检查.{0,8}时|观摩|巡回看|现场办公|走访"),
    ("领导讲话", None, r"(会议|全会|大会|推进会|部署会|例会|汇报会|务虚会|座谈会|培训班)上的讲话|讲话提纲|讲话稿"),
)
# a kind's own name states it (read first, precedence: the table's), its name or cues hint at it
_STATED = tuple((kind, re.compile(name)) for kind, name, _ in _TITLE if name)
_BY_TITLE = tuple((kind, re.compile("|".join(p for p in (name, cues) if p))) for kind, name, cues in _TITLE)
# one speaking for those honoured (`我代表受表彰的同志发言`, `代表先进部门在此发言`): thanks and a pledge
_FOR_THE_HONOURED = r"代表.{0,12}(受表彰|获奖|先进|优秀|新当选).{0,12}(发言|讲话)"
# the chair's running order (`下面进行大会第二项议程`, `请施工单位代表发言；`): a host's script
_ORDER_OF_BUSINESS = r"下面进行.{0,10}第.项|进行下一项|请.{2,20}(讲话|致辞|发言|介绍.{0,8})[;；]"
_BY_OPENING = (
    ("工作报告", re.compile(r"(向|代表).{0,40}(报告工作|(?<!工)作.{0,40}报告)|请予审议|请.{0,6}审议|摘自.{0,40}工作报告|受.{0,20}委托")),
    ("述职报告", re.compile(r"述职|转正|岗位职责|我的工作|个人工作|履职情况|履行职责|德、?能、?勤、?绩|本人|自我介绍")),
    ("调研讲话", re.compile(r"(来|到).{0,12}调研|调研时|(进行|开展)了?.{0,8}调研|专题调研|实地(察看|查看|考察|看了|了解|走访)|"
                        r"看了(几个|一些|.{1,8}个)|(重点|先后|分别)(看了|察看|查看|走访|参观)|"
                        r"(刚才|上午|下午|今天|这几天).{0,12}(看了|察看|查看|参观|观摩|走访)|刚才.{0,8}检查|观摩|今天(来到|到)")),
    ("表态发言", re.compile(r"表个态|作表态|表态如下|(坚决|完全)(拥护|赞同|服从)|请.{0,10}放心|决不辜负|绝不辜负|表决心|"
                        r"(选举|推选|任命)我(担任|为)|当选为|" + _FOR_THE_HONOURED)),
    ("汇报发言", re.compile(r"汇报如下|作(简要|一)?汇报|汇报(一下|几点)|请.{0,8}批评指正|报告如下|(我|我们)(今天)?(在这里|向.{1,16})汇报.{0,8}工作|安排(我|我们).{0,10}汇报")),
    ("致辞", re.compile(r"欢迎|祝贺|感谢|致以|问候|祝愿|新年|节日|迎来了?.{0,20}(庆典|典礼)|隆重举行(?!.{0,30}(启动|动员|誓师)).{0,30}(仪式|典礼|庆典)")),
    ("开幕词", re.compile(r"开幕(?!" + _RITE + r")|隆重召开")),   # (an `开幕式` held is a ceremony's: its guest greets)
    ("闭幕词", re.compile(r"闭幕|圆满地?完成了?.{0,10}议程|胜利闭幕")),
    ("动员讲话", re.compile(_MOBILISE + r"|誓师|吹响|冲锋号|全面启动|打响")),
    ("研讨发言", re.compile(r"(?<!全)体会|心得|感悟|交流|研讨|学习了|收获颇(丰|多)|感受颇?深|深有感触|受益匪浅")),
    (OTHER_KIND, re.compile(r"现在开会|下面.{0,6}请|大会进行第|进行下一项|议程")),
    ("领导讲话", re.compile(r"讲几点意见|讲.{1,3}点意见|提几点要求|提.{1,3}点要求|再强调|几点意见")),
)

# said anywhere in the body, only the phrases that do the kind's work (a report asks for 审议, a
# pledge says 表态, a chair says 现在开幕): single words such as 动员 or 感谢 are in every kind's body
_IN_BODY = (
    ("工作报告", re.compile(r"请予审议|请.{0,6}审议|向大会报告|向.{0,20}代表大会.{0,10}报告")),
    ("述职报告", re.compile(r"述职|履职情况|岗位职责|德、?能、?勤、?绩")),
    ("调研讲话", re.compile(r"调研|实地(察看|查看|考察)|今天(来到|到)|观摩")),
    ("表态发言", re.compile(r"表态|坚决拥护|请.{0,10}放心|决不辜负|绝不辜负")),
    ("汇报发言", re.compile(r"汇报如下|作(简要|一)?汇报|请.{0,8}批评指正")),
    ("致辞", re.compile(r"表示(热烈|衷心|诚挚|最热烈)的(欢迎|祝贺|感谢)|致以.{0,8}(问候|祝福|敬意)|"
                      r"祝.{0,12}(圆满成功|身体健康|万事如意|新年快乐|节日快乐)|(给|向).{0,20}拜(个|早)?年")),
    ("开幕词", re.compile(r"现在开幕|今天开幕|隆重开幕|开幕了")),
    ("闭幕词", re.compile(r"胜利闭幕|即将闭幕|圆满地?完成了?.{0,10}议程|闭幕了")),
    ("动员讲话", re.compile(_MOBILISE + r"大会|誓师|动员令|全面打响|吹响")),
    ("研讨发言", re.compile(r"学习体会|心得体会|几点体会|几点感悟|学习心得|交流发言")),
    (OTHER_KIND, re.compile(r"现在开会|大会进行第|下面.{0,6}请.{1,20}(讲话|发言)|" + _ORDER_OF_BUSINESS)),
    ("领导讲话", re.compile(r"讲几点意见|讲.{1,3}点意见|提几点要求|提.{1,3}点要求|再强调")),
)
# what the speaker says they are doing (`我代表…向大会报告工作`, `现将…汇报如下`, `我表个态`,
# `下面我述职`, `谈几点学习体会`): said at the start or the end, a feature of its own beside the
# title's, the opening's and the body's cue words. Only the phrases that do one kind's act: thanks
# and welcomes (said in every kind) and a plain `作汇报` (述职 says it too) are no act
_ACT = (
    ("工作报告", re.compile(r"(代表|受).{1,30}(向|对).{0,30}(报告工作|(?<!工)作.{0,16}报告|(提出|提交|作)了?.{0,16}工作报告)|"
                        r"请予审议|请.{0,6}审议|"
                        r"提请.{0,8}(审议|审查)")),
    ("述职报告", re.compile(r"(我|本人|现).{0,12}述职|(向|对).{0,20}述职|德.?能.?勤.?绩|履职(尽责)?情况|"
                        r"(我|本人).{0,8}(任职|履职|到任).{0,4}以来")),
    ("汇报发言", re.compile(r"现将.{0,40}(汇报|报告)如下|汇报如下")),
    ("表态发言", re.compile(r"表态如下|(我|我们).{0,12}表(个)?态|作表态|(郑重)?(承诺|保证)如下|向.{0,16}(保证|立下军令状)|"
                        r"立下.{0,16}誓言|郑重(承诺|表态)|(选举|推选|任命)我(担任|为)|" + _FOR_THE_HONOURED)),
    ("研讨发言", re.compile(r"(谈|分享).{0,12}(学习)?(体会|感悟|心得)|学习体会|心得体会|交流发言|研讨发言")),
    ("开幕词", re.compile(r"(现在|宣布).{0,12}开幕")),
    ("闭幕词", re.compile(r"(胜利|圆满|宣布.{0,6})闭幕|圆满地?完成了?.{0,10}(各项|全部)议程")),
    ("动员讲话", re.compile(_MOBILISE + r"大会|动员部署|誓师")),
    ("调研讲话", re.compile(r"(来|到).{0,12}调研|调研.{0,6}(看了|看到)|(这次|此次|这几天的?)调研|"
                        r"(看了|察看了|走访了|参观了).{0,60}(听了|听取了)")),
    # (no act of a 致辞's: congratulating the gathering itself, `我代表…向大会的召开表示热烈的祝贺`, is said by
    # its chair opening it, the host's leader and a guest alike — of 14 labelled speeches saying it, 7
    # are 开幕词, 5 领导讲话, 2 致辞 — so it tells no kind)
    (OTHER_KIND, re.compile(_ORDER_OF_BUSINESS)),
)
def stated_kind(title: str | None, subtitle: str | None) -> str | None:
    """The kind the title (or subtitle) names in its own words, spaces ignored; None when it is silent."""
    heading = plain(re.sub(r"[\s　]", "", " ".join(t for t in (title, subtitle) if t)))
    stated = next((kind for kind, pattern in _STATED if pattern.search(heading)), None)
    if stated == "汇报发言" and _BEFORE_DELEGATES.search(heading):
        return "工作报告"   # `区长在代表会上的工作汇报`: the work reported to the delegates
    return stated


# a body's delegates, whom its work is reported to (a `…工作汇报` to them is its 工作报告)
_BEFORE_DELEGATES = re.compile(r"代表(大)?会|职代会|教代会|人代会|党代会|团代会|妇代会")


# who speaks, as the title's word for the speech says: a 讲话 is a leader's (never a participant's
# 研讨发言, a unit's 汇报发言 or one's own 述职报告: `述职评议会上的讲话` is the leader's who hears
# them), a 发言 a participant's (never the chair's 开幕词/闭幕词, nor a leader's 动员讲话/调研讲话).
# A `发言稿` is any speech's script (a page's `…动员大会发言稿`, `…庆祝会发言稿`): it rules nothing out;
# nor does a `发言` the title gives a leader (`书记在新区开发建设会发言`): a page's word, not a participant's
_NOT_BY_WORD = (("讲话", "发言", ("研讨发言", "汇报发言", "述职报告")),
                ("发言", "讲话", ("开幕词", "闭幕词", "动员讲话", "调研讲话")))
_LEADER_SPEAKS = re.compile(r"((?<!总)书记|省长|市长|县长|区长|镇长|乡长|厅长|局长|部长|主席)(同志)?在")


def ruled_out_kinds(title: str | None, subtitle: str | None) -> tuple[str, ...]:
    """The kinds the title's word for the speech rules out (`…上的讲话`: no 研讨发言)."""
    heading = plain(" ".join(t for t in (title, subtitle) if t)).replace("发言稿", "")
    if "发言" in heading and _LEADER_SPEAKS.search(heading):
        return ()
    return next((kinds for word, other, kinds in _NOT_BY_WORD if word in heading and other not in heading), ())


# a press release's lead line above the speech (`以下为行政长官今日在…典礼的致辞全文：`, `以下是…的开场发言
# 内容:`, as the Hong Kong and Macao governments' releases open): it names the speech as a title does
_LEAD = re.compile(r"以下(?:是|为)(?!小编|本人|我|对)([^。！!？?：:]{4,120}?(?:致[辞词]|讲话|发言|演[辞词说]|讲[辞词]|演讲|"
                   r"[贺献][辞词]|(?:开|闭)幕[辞词]|欢迎[辞词]|报告)(?:全文|内容|稿|摘要)?)\s*[:：]")


def lead_line(opening: str, notes: str = "") -> str:
    """The speech as a release's lead line names it (in the set-aside lines or at the body's start), or ""."""
    found = _LEAD.search(plain(notes or "")) or _LEAD.search(plain((opening or "")[:300]))
    return found.group(1) if found else ""


def title_first(ranked: list[tuple[str, float]], title: str | None, subtitle: str | None,
                lead: str = "") -> list[tuple[str, float]]:
    """The model's ranking read as a clerk reads the title first: the kind the title states in its
    own words first (or, when it states none, the release's lead line: `以下为…的致辞全文：`); else
    the kinds its word for the speech rules out last. The others keep their
    order, so the model's own choice, when another, is the close alternative shown to the clerk."""
    stated = stated_kind(title, subtitle) or (stated_kind(lead, None) if lead else None)
    if stated is not None:
        return [kp for kp in ranked if kp[0] == stated] + [kp for kp in ranked if kp[0] != stated]
    out = ruled_out_kinds(title, subtitle)
    return [kp for kp in ranked if kp[0] not in out] + [kp for kp in ranked if kp[0] in out]


_TABLES = {"t": _BY_TITLE, "o": _BY_OPENING, "b": _IN_BODY, "a": _ACT}


CLOSE = 0.4   # a second kind at least 0.4 times as likely as the first is worth showing the clerk


def close_alternatives(ranked: list[tuple[str, float]]) -> list[str]:
    """The kinds after the first that are nearly as likely (`ranked`: kind, probability; likeliest
    first): when there are some, the reading is unsure of the kind and says so."""
    if not ranked:
        return []
    best = ranked[0][1]
    return [kind for kind, p in ranked[1:3] if p >= CLOSE * best]


def cue_kinds(text: str, where: str) -> list[str]:
    """The kinds whose cue words occur in `text` (`where`: "t" a title, subtitle or a note naming
    the speech, "o" the opening, "b" anywhere in the body, "a" the speaker saying what they do, in
    the opening and the ending). In a title, the plain leader's-speech
    form (`在…会议上的讲话`) counts only when no other kind is named. A report named as what is
    discussed (`审议政府工作报告时的发言`, `…工作报告发言稿`) is a participant's 研讨发言, not the report;
    others' 述职 heard (`听了大家的述职`) is the leader's who hears them, not one's own. In a title, the
    kind it names in its own words comes first, as a clerk reads it (`就职典礼致辞`: a 致辞, though 就职
    hints at a pledge)."""
    text = plain(text or "")
    found = [kind for kind, pattern in _TABLES[where] if pattern.search(text)]
    if where == "t" and "工作报告" in found and _REPORT_DISCUSSED.search(text):
        found = [kind for kind in found if kind != "工作报告"] + ["研讨发言"] * ("研讨发言" not in found)
    if where != "t" and "述职报告" in found and _OTHERS_DUTY_HEARD.search(text) \
            and not _OWN_DUTY.search(text):
        found = [kind for kind in found if kind != "述职报告"] + ["领导讲话"] * ("领导讲话" not in found)
    if where == "t" and len(found) > 1 and "领导讲话" in found:
        found.remove("领导讲话")
    if where == "t" and len(found) > 1:
        stated = stated_kind(text, None)   # its own name first, an occasion's cue after (`就职典礼致辞`)
        if stated in found:
            found = [stated] + [kind for kind in found if kind != stated]
    return found


_REPORT_DISCUSSED = re.compile(r"(讨论|审议|学习|解读)了?.{0,12}报告|报告.{0,8}(讨论(?!稿)|发言|心得|体会|解读)")
_OTHERS_DUTY_HEARD = re.compile(r"(听(了|取了?)|刚才).{0,30}述职|述职.{0,6}(评议|测评)")
_OWN_DUTY = re.compile(r"(我|本人)(?!们).{0,12}述职|现将?.{0,12}述职|述职如下")


def detect_kind(title: str | None, subtitle: str | None, opening: str) -> str:
    stated = stated_kind(title, subtitle)
    if stated is not None:
        return stated
    heading = plain(" ".join(t for t in (title, subtitle) if t))
    for kind in cue_kinds(heading, "t"):
        if kind != OTHER_KIND:
            return kind
    for kind in cue_kinds(opening, "o")[:1]:
        if kind in SPEECH_KINDS and kind not in ("致辞", "开幕词", "闭幕词", "动员讲话", "述职报告", "研讨发言"):  # too weak alone
            return kind
    if "发言" in heading:
        return "研讨发言"
    return "领导讲话"
