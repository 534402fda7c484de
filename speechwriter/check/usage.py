"""`usage`: 易混用法 read from the neighbouring words — 截止/截至, 必须/必需, 形势/形式, 反映/反应,
的/地/得, and two house-style hints of 公文 (作出 rather than 做出 before 决定/部署/贡献…, 其他
rather than 其它) given as 提示, not as errors; and the slips whose neighbouring words contradict or repeat them
(SLIPS): a time point after 截止, approximate words doubled in one number (约80多), 无时无刻 without 不, 凯旋而归,
位 for criminals, 通讯 where 通信 is meant, idioms read against their meaning, humble and respectful words swapped;
and (session term9) 盈利 for the 营利 of a body's kind, 第N届 for a president's 任, 报道 for 报到 at the place one is sent
to, 狙击 for the 阻击 of an epidemic or a storm, 一揽子货币 for the currency basket.

Each rule is a pattern whose (first matching) group is the word concerned; the rest is the context that decides.
The pairs whose own words carry the context (职责界线, 波及到, 认罪伏法, 带口罩) are a cited table instead,
`resources/check/usage.tsv` (and the clerk's own `check/usage.tsv`), read by `listed` (session terms10).
After the patterns, `by_context` adds the confusable words a classifier of the words around them, learnt from real
text, is confident were written for their twin (confuse.py: 一致强大的部队 → 一支, 应急相应 → 响应).
A rule's suggestion is its fixed word, or what its `fix` makes of the word found (约80多 → 约80; None: no safe
replacement, the message says what to do).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from speechwriter.check.findings import Finding, Text
from speechwriter.check.util import clause_around, cn_number

# a point in time, as 截至 takes it (截至目前, 截至6月底, 截至下午5点, 截至今天14时)
_TIME = (r"(?:目前|当前|现在|今年|去年|明年|本年|上年|年底|年末|年初|上半年|下半年|本月|上月|月底|月末|月初|本周|上周末?|"
         r"本季度|[一二三四]季度|前[一二三]季度|今天|昨天|今日|昨日|当天|当日|上午|下午|中午|晚上|凌晨|今晨|今晚|昨晚|今早|早上|"
         r"发稿|记者发稿|(?:周|星期)[一二三四五六日末]|\d{1,2}[:：]\d{2}|"
         r"(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3}|\d{1,2}\s*[月时点]|[一二三四五六七八九十]{1,3}[月时点]|\d{1,2}\s*日)")
# words that modify a verb as adverbials (jieba's tag ad and their like in 公文): before a verb they take 地
_ADVERBIAL = ("认真|积极|主动|扎实|切实|深入|全面|不断|有效|坚决|稳步|持续|大力|充分|牢牢|紧紧|自觉|扎扎实实|认认真真|"
              "严格|科学|依法|有序|稳妥|精准|高效|创造性|系统|统筹|及时|迅速|广泛|密切|实实在在|"
              "努力|正确|彻底|仔细|详细|严厉|坚定|果断|妥善|深刻|全力|尽快|逐步|逐渐|慢慢|悄悄|默默|"
              "踊跃|迅猛|紧密|认认真真|扎实有效|积极稳妥|稳妥有序|坚定不移|毫不动摇|实事求是|创造性|"
              "千方百计|全面系统|系统全面|准确|牢固|清醒|自觉主动|主动积极")
_VERBS = ("推进|开展|落实|抓好|抓|做好|加强|推动|学习|贯彻|执行|解决|完成|把握|发挥|提高|维护|做|干|实施|"
          "履行|回应|处理|应对|化解|整改|谋划|研究|思考|参与|完善|健全|"
          "贯彻落实|运用|看待|对待|把|将|向|为|在|从|对|与|同|"
          "投入|融入|服务|支持|配合|引导|促进|带动|探索|回答|指出|表明|告诉|说明|走|跟|"
          "打赢|打好|办好|守住|筑牢|压实|落细|破解|转变|调整|"
          "扭转|消除|克服|遏制|防范|推行|实现|提升|增强|巩固|拓展|深化")
# the verbs a 的 → 地 rule may see after 的: those above and the ones the 更好地 rule names besides
_VERB_SET = tuple(_VERBS.split("|")) + ("惠及", "造福", "满足", "适应", "对接", "衔接", "保护", "激发", "调动", "服务于")


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    right: str
    message: str
    severity: str = "warning"
    # offsets from the word's start where jieba must see a word boundary: (-1, 0) = the character before the
    # word is a word by itself (值的学习, not 价值的体现); (0, 1) = the one-character word stands alone (我们地工作)
    bounds: tuple[int, ...] = ()
    # the suggestion made from the word when it is not one fixed word (约80多 → 约80)
    fix: Callable[[str], str | None] | None = None
    # a further test of the place (line, start, end of the word) the pattern cannot express
    test: Callable[[str, int, int], bool] | None = None


def _rule(pattern: str, right: str, message: str, severity: str = "warning", bounds: tuple[int, ...] = (),
          fix: Callable[[str], str | None] | None = None, test: Callable[[str, int, int], bool] | None = None) -> Rule:
    return Rule(re.compile(pattern), right, message, severity, bounds, fix, test)


_TIME_SPAN = r"(?:春节|假期|时光|岁月|一生|晚年|童年|青春|生日|寒假|暑假|节日|佳节|周末|日子|[一二三四五六七八九十百几两\d]+个?(?:年|月|天|日|小时|周|星期|春秋))"
_RESULT = r"(?:造成|酿成|引发|导致|出现|发生|贻误|延误|错失|丧失|损害|危害|失去|失败|失误|损失|事故|后果|被动|严重|无法|不能|难以)"

# Confusable pairs decided by the words around them, as the usage notes of 人民日报海外版's 语文信箱 (杜永道),
# 咬文嚼字 and 公文 proof-readers' pages give them (bench/data/check/SOURCES, "usage rules"):
# 以致 leads to an unwanted result (以至 to a degree or a range; 以致于 is no word), laws and policies are
# 制定 (计划 and 方案 may be 制订), 权力 is power over others (机关, 运行, 监督) and 权利 what one is
# entitled to (公民的, 和义务), 品位 is standing (城市品位) and 品味 tasting, 度 passes time and 渡 crosses
# water or a hardship (渡过难关, 度过春节), 过渡 is a passage (过渡期) and 过度 too much, 考察 is looking into
# (实地考察, 考察干部) and 考查 testing against a standard (考查学生), 启用 puts a thing into use (启用新印章) and
# 起用 a person (起用年轻干部), 泄露 lets out a secret and 泄漏 a gas or liquid, a law 施行 from a date, 届 is a
# term (本届, 换届), 账 is money's record (台账, 账户), 发挥 goes with 作用 and 发扬 with 精神/传统,
# 既……又 pairs (not 即), 法治 is the rule of law (法治国家, 法治思维).
PAIRS = (
    _rule(r"(以致)(?=于)", "以至", "“以至于”的“至”是“到”；没有“以致于”。"),
    _rule(rf"(以至)(?!于)(?=[^，。；！？]{{0,6}}?{_RESULT})", "以致",
          "引出不好的结果多用“以致”（以致造成损失）；“以至”偏重程度、范围。", "info"),
    _rule(r"(制订)", "制定", "公文中一般用“制定”（《立法法》：制定法律；制定政策、规划）；“制订”偏重拟订的过程。", "info"),
    _rule(r"(权利)(?=机关|运行|监督|制约|清单|寻租|滥用|下放|关进|腐败|过分集中|中心|机构|部门|边界|的笼子)", "权力",
          "职权和支配力量是“权力”（权力运行、权力监督）。"),
    _rule(r"(?:公民|民主|合法|选举|平等|劳动|受教育|财产|知情|人身|继承|正当|享有|享受)(?:的)?(权力)|(权力)(?=和义务|与义务|、义务|义务)",
          "权利", "依法享有的是“权利”（公民的权利和义务）。"),
    _rule(r"(?:城市|城镇|文化|旅游|产品|服务|建筑|景区|档次|高|提升|提高|艺术|审美|人文|生活|有)(品味)(?!生活|人生|着|了|其中|过)",
          "品位", "档次、水平是“品位”（提升城市品位）；“品味”是品尝、体会。"),
    _rule(r"(?:细细|慢慢|静心|用心|细心|认真|反复)(品位)|(品位)(?=人生|生活|经典|美食|乡愁|书香|其中|着)", "品味",
          "品尝、体会是“品味”；“品位”是档次、水平。"),
    _rule(rf"(渡过)(?=[^，。；！？]{{0,10}}?{_TIME_SPAN})", "度过", "过日子、过时间是“度过”（度过春节）；“渡过”是过江河、过难关。"),
    _rule(r"(欢渡)|(共渡)(?=[^，。；！？]{0,3}(?:春节|佳节|节日|新春|新年|国庆|中秋|元旦|端午|假期))", "欢度",
          "过节日、假期是“度”（欢度春节）。"),
    _rule(r"(度过)(?=难关|危机|险滩|长江|黄河|海峡|大江|江河)|(共度)(?=难关)", "渡过",
          "过难关、危机、江河是“渡”（渡过难关）；“度”用于时间。"),
    _rule(r"(过渡)(?=劳累|疲劳|开发|开采|使用|依赖|消费|包装|紧张|放牧|捕捞|干预|负债|举债|投资|扩张|宣传|医疗|治疗|劳动|"
          r"追求|透支|焦虑|保护|娱乐|集中|增长|索取|繁荣|膨胀|劳累)|(?:防止|避免|不要|不能|不宜|不可|不得)(过渡)(?![到期阶段时性])",
          "过度", "超过限度是“过度”（过度开发）；“过渡”是由一个阶段转到另一个阶段。"),
    _rule(r"(过度)(?=期|阶段|时期|性|到|带|地带|安排|政策|办法|措施|方案|房)", "过渡",
          "由一个阶段转到另一个阶段是“过渡”（过渡期）；“过度”是超过限度。"),
    _rule(r"(考察)(?=[^，。；！？]{0,4}?(?:学生|考生|学员|学业|成绩|知识点|答题|试题)|(?:学生|考生|学员)的)", "考查",
          "按一定标准检查衡量（考查学生、考查成绩）是“考查”。"),
    _rule(r"(?:实地|调研|外出|出国|出访|参观|视察|科学|田野|综合|深入)(考查)|(考查)(?=调研|团|组|学习|交流|访问|识别|任用|干部|"
          r"[^，。；！？]{0,6}?(?:企业|项目|基层|现场|工程|园区|景区|乡村|农村|社区|国外|海外|地区))", "考察",
          "实地观察调查、了解干部是“考察”（实地考察、考察干部）；“考查”是按标准检查衡量。"),
    _rule(r"(起用)(?=[^，。；！？]{0,12}?(?:印章|公章|专用章|系统|平台|设备|新址|大楼|办公楼|场馆|机场|车站|码头|航站楼|通道|"
          r"线路|电子|新版|账号|程序|软件|数据库|网站|热线|标识|号段|新馆|设施))", "启用",
          "开始使用（启用新印章、启用系统）是“启用”；“起用”是任用人。"),
    _rule(r"(启用)(?=[^，。；！？]{0,4}?(?:干部|新人|人才|年轻人|老将|新秀|能人|贤才|议员|官员|球员|队员|教练|将领|大臣))", "起用",
          "任用人（起用年轻干部）是“起用”；“启用”是开始使用物件。"),
    _rule(r"(泄漏)(?=[^，。；！？]{0,6}?(?:秘密|机密|信息|隐私|数据|消息|内容|考题|试题|情报|密码|底细|天机))", "泄露",
          "让人知道了不该知道的事（泄露秘密、泄露信息）是“泄露”；“泄漏”是气体、液体漏出。"),
    _rule(r"(?:燃气|天然气|煤气|气体|液体|有毒|危化品|化学品|管道|石油|原油|核|放射性|氨|氯气|毒气|油气)(?:发生)?(泄露)", "泄漏",
          "气体、液体漏出是“泄漏”；“泄露”是秘密、信息让人知道。"),
    _rule(r"(?:自|于)[^，。；！？]{2,16}?(?:之日)?起(实行)(?=[。；，！]|$)", "施行", "法律、法规从某日起生效是“施行”。"),
    _rule(r"(?:本|历|上一|下一|新一|换|首|每|连|往|应|同)(界)(?![限线面别域外碑桩河山内定处标牌址])|第[一二三四五六七八九十\d]+(界)(?![限线面别域外碑桩河山内定处标牌址])",
          "届", "任期、会期和毕业的年度是“届”（本届、换届、第十四届）。"),
    _rule(r"(?:台|对|算|记|查|报|销|挂|呆|坏|烂|旧|细|总|转|结|赖|做|明细|流水|银行)(帐)|(帐)(?=户|目|号|本|单|款|务|簿|册|面)",
          "账", "钱物出入的记载现写作“账”（台账、账户）；“帐”是帐篷、蚊帐。", "info"),
    _rule(r"(发扬)(?=[^，。；！？]{0,8}?作用)", "发挥", "“作用”是发挥出来的（发挥作用）；“发扬”的是精神、传统、作风。"),
    _rule(r"(发挥)(?=[^，。；！？]{0,8}?(?:优良传统|光荣传统|革命传统|好传统|优良作风|好作风|光荣传统)(?!的?(?:力量|动力|作用|优势)))", "发扬",
          "精神、传统、作风是发扬的（发扬优良传统）；“发挥”的是作用、优势。"),
    _rule(r"(?<![立随意])(即)(?=要|有|能|是|讲|抓|注重|重视|当|坚持|善于|敢于|看|懂|会|搞)(?=[^。；！？]{1,24}?又(?:要|有|能|是|讲|抓|注重|重视|当|坚持|善于|敢于|看|懂|会|搞))",
          "既", "“既……又……”并举两面，前一个是“既”。"),
    _rule(r"(既)(?=将|日起)|立(既)", "即", "“即将、即日起、立即”的“即”是“就、立刻”。"),
    _rule(r"(法制)(?=国家|政府|社会|中国|思维|方式|信仰|素养|化营商环境)", "法治",
          "依法治国的“法治国家、法治政府、法治社会、法治思维”用“法治”。"),
    _rule(r"(?<![得显])(签定)(?=[^，。；！？]{0,6}?(?:协议|合同|条约|协定|责任书|承诺书|备忘录))", "签订",
          "订立协议、合同现写作“签订”。", "info"),
    _rule(r"(?:人民|最高|高级|中级|基层|专门|军事)?(检查)(?=院|长(?!期|远|久|效|时间|足|大)|官|机关(?!作风|工作))", "检察",
          "法律监督机关是“检察院”“检察机关”，其长官是“检察长”。"),
    _rule(r"(?:好|就|不|很|正|活|更)(象)(?!征|棋|牙|形|限|素|鼻|群|头|样|数)", "像",
          "比方、好似现写作“像”（好像、就像）；“象”是大象、现象、象征。", "info"),
    _rule(rf"(?:{_ADVERBIAL})(得)(?=(?:{_VERBS})(?!作用|力量|者|工作))", "地", "修饰动词的状语后用“地”（认真地落实）。"),
    _rule(r"觉(的)", "得", "“觉得”的“得”写成了“的”。", bounds=(-1, 0)),
    _rule(r"值(的)(?=[^，。；！？]{0,2}?(?:学习|借鉴|关注|注意|思考|肯定|推广|称赞|珍惜|骄傲|自豪|一提|信赖|信任|期待|警惕|深思|反思|"
          r"重视|研究|探讨|商榷|一看|庆幸|欣慰|称道|赞扬|发扬))", "得", "“值得”的“得”写成了“的”。", bounds=(-1, 0)),
    _rule(r"(?<![所荣捕缴查收破俘擒截抓斩虏])获(的)(?=了|[^，。；！？]{0,8}?(?:成绩|成效|奖|荣誉|称号|胜利|进展|突破|认可|好评|支持|"
          r"信任|提升|改善|发展))", "得", "“获得”的“得”写成了“的”。", bounds=(-1, 0)),
    _rule(r"变(的)(?=更加?|越来越|十分|非常|很|愈发|日益|愈加|格外|特别|异常|如此|这么|那么|更为|日趋|有些)", "得",
          "“变得”的“得”写成了“的”。", bounds=(-1, 0)),
    # a one-character verb, 的, and a short complement ending the clause: 做的好。 抓的实， 讲的清楚
    _rule(r"(?:做|干|搞|办|抓|讲|说|写|学|走|跑|管|建|用|想|看|听|唱|过|活|落|改|守|谈|记|算|长|变|来)(的)(?=(?:好|快|实|细|准|稳|对|"
          r"深|透|清楚|明白|扎实|很好|不错|出色|漂亮|到位|及时|有效|圆满|精彩|扎扎实实|有声有色|红红火火)(?:[，。；！？]|$))", "得",
          "动词后引出结果、程度的补语用“得”（做得好、抓得实）。", bounds=(-1, 0)),
    _rule(r"(?:我们|你们|他们|咱们|大家|自己|人民|群众|国家|社会|政府|单位|企业|我|你|他|她)(地)(?=[\u4e00-\u9fff])", "的",
          "名词、代词修饰名词时用“的”（我们的工作）。", bounds=(0, 1)),
    # a situation is what is 严峻, 喜人 or 一片大好, whatever word stands before it
    _rule(r"(?<!多种|各种|不同|新的|一种)(形式)(?=(?:依然|仍然|十分|总体|日趋|持续|更加|越来越)?(?:一片大好|严峻|不容乐观|逼人|所迫|喜人|好转|向好|"
          r"错综复杂|复杂多变|瞬息万变|急转直下))", "形势", "这里说的是局面和发展状况，应为“形势”。"),
    _rule(r"(狙击)(?=[^，。；！？]{0,4}?(?:风暴|危机|疫情|病毒|风险|洪水|通胀|冲击|洪峰|敌人进攻))", "阻击",
          "挡住来势是“阻击”（阻击疫情）；“狙击”是暗中射击。"),
    _rule(r"(既使)(?=[^。；！？]{1,16}?也)", "即使", "“即使……也……”表示假设让步，是“即使”。"),
    _rule(r"(暴发)(?=战争|革命|冲突|起义|内战|危机|矛盾|世界大战)|(?:战争|革命|冲突|起义|内战|大战|战事)(暴发)", "爆发", "战争、革命、冲突突然发生是“爆发”。"),
    _rule(r"(?:山洪|洪水|泥石流|山体滑坡)(爆发)|(爆发)(?=户)", "暴发", "山洪、泥石流突然发生和“暴发户”用“暴发”。"),
    _rule(r"(?<![支应交偿垫预给对兑拨缴清偿结])(付)(?=(?:主任|书记|县长|市长|省长|局长|部长|厅长|处长|科长|校长|院长|主席|总理|总经理|"
          r"经理|镇长|乡长|区长|秘书长|组长|队长|所长|站长|会长|社长|团长|政委|作用|食品|产品|业))", "副",
          "居第二位的职务和“副作用、副食品、副业”是“副”。"),
    _rule(r"(形势)(?=主义|多样|多种多样|灵活多样|各异)", "形式", "这里说的是方式和样子，应为“形式”（形式主义、形式多样）。"),
    _rule(r"(反映)(?=迅速|灵敏|敏捷|很快|冷淡|平淡|热烈|过激|过度|速度|时间)", "反应", "受刺激而起的变化、回应是“反应”（反应迅速）。"),
    _rule(r"(推托)(?=[^，。；！？]{0,2}?(?:责任|罪责|干系|之责|过错|错误))", "推脱",
          "推卸、摆脱（推脱责任）是“推脱”；“推托”是借故拒绝（推托有事）。"),
    # 党纪: 纪律审查 (党组织审查党员), 国家监察: 监察调查 (《中国共产党纪律检查机关监督执纪工作规则》, 监察法 第四章)
    _rule(r"(?:接受|配合|进行|立案|开展)(?:组织|纪律)(调查)", "审查",
          "党组织对党员违纪问题的是“组织审查”“纪律审查”；“调查”是监察机关的（监察调查）。"),
    _rule(r"(?:属实|无误|同意|确认|认可|一致)[，,]?(?:本人|我们|我|大家|各方)?(?:对此)?(?:没有|并无|均无|无)(意义)(?=[，。；！、]|$)",
          "异议", "对事实、决定不表示反对是“没有异议”；“意义”是作用、价值。"),
    _rule(r"(?:陷入|处于|呈|战事|战局|战况|局势|比分|相持)(焦灼)(?!不安|的心|感|情绪|心态)", "胶着",
          "双方相持不下是“胶着”（陷入胶着）；“焦灼”是心里着急。"),
    _rule(r"(有失)(?=偏颇|片面|偏激|草率|武断)", "失之",
          "“有失”后接应有的好品质（有失公允、有失身份）；说偏了、说过了是“失之”（失之偏颇）。"),
    _rule(r"(交待)", "交代", "公文中一般用“交代”（交代问题、交代清楚）。", "info"),
)

# -- usage slips beyond the confusable pairs: a word the words around it contradict or repeat --------------

_NUM = r"[\d０-９.．一二三四五六七八九十百千万亿两〇零]+"
# what may stand between a number and 以上/左右/多: a unit or measure word, nothing else (超过15年以上, but not
# 超过60%的规模以上企业 nor 超过5500家二级以上医院, whose 以上 belongs to the words after the number)
_UNIT = (r"(?:[%％‰]|个百分点|个月|个小时|小时|分钟|人次|平方米|平方公里|公里|千米|公顷|万吨|万元|亿元|万亩|"
         r"[个名位家户所座条件台辆套项次篇部批种类元吨米亩倍人岁年天日周])")
# words ending in 约 that are no "about" (节约, 制约, 条约, 北约 …)
_NOT_ABOUT = r"(?<![节制签契预公条合违履守租相邀特隐简婚赴誓立缔践毁失定解爽密和要纽盟俭北])"


def _drop(*tails: str) -> Callable[[str], str | None]:
    """The suggestion that leaves out the redundant word: 约80多 → 约80, 超过15年以上 → 超过15年."""
    def fix(word: str) -> str | None:
        for tail in tails:
            word = re.sub(tail, "", word, count=1)
        return word
    return fix


def _reduplicated(line: str, start: int, end: int) -> bool:
    """The four characters before `start` are an AABB word that jieba tags a state or adjective (认认真真,
    扎扎实实), not a noun (方方面面, 家家户户)."""
    if start < 4:
        return False
    a, a2, b, b2 = tuple(line[start - 4:start])
    if not (a == a2 and b == b2 and a != b and all("\u4e00" <= ch <= "\u9fff" for ch in (a, b))):
        return False
    import jieba.posseg

    words = jieba.posseg.lcut(line[start - 4:start], HMM=False)
    return len(words) == 1 and words[0].flag in ("z", "a", "ad", "d")


def _persons_counted(line: str, start: int, end: int) -> bool:
    """第N届总统 where the count is of persons: the clause names 美国 or 法国 (their presidents are numbered one by one:
    Trump the 45th, Macron the 25th), or names no state and N is past any count of terms (Korea's and Russia's
    presidencies are counted by terms, 韩国第21届总统, 俄罗斯联邦第八届总统 — the news writes them so: left alone)."""
    clause = clause_around(line, start, end)
    if "美国" in clause or "法国" in clause:
        return True
    if re.search(r"韩国|俄罗斯|俄联邦|菲律宾|印尼|印度尼西亚|哈萨克斯坦|乌克兰|巴西|墨西哥|阿根廷|台湾", clause):
        return False
    digits = re.search(r"第([0-9〇一二三四五六七八九十百]+)$", line[:start])
    if digits is None:
        return False
    return (cn_number(digits.group(1)) or 0) > 21   # (二十二, 四十五, 45; 一百 is no count of this kind)


def _reduplicated_after(line: str, start: int, end: int) -> bool:
    """An AABB state word (干干净净, 清清楚楚) follows `end` and ends the clause: a complement, as in 打扫得干干净净。"""
    word = line[end:end + 4]
    if len(word) < 4 or not _reduplicated(word, 4, 4):
        return False
    return end + 4 == len(line) or line[end + 4] in "，。；！？、”"


def _no_compared_word(line: str, start: int, end: int) -> bool:
    """The 的 does not close what 比 compares with: 比 and one word before it (形势可能比预想的更艰难, 比以往的更多 — 比预想的
    is "than what was expected", a noun phrase; 做得比预想的更好 is right). (比他跑的更快: 他跑 is no word — a finding.)"""
    from speechwriter.core.tokens import tokenizer

    return not (start >= 3 and line[start - 3] == "比" and bool(tokenizer().FREQ.get(line[start - 2:start])))


# Sources (public usage notes; none of them is a page an error set of bench/data/check was collected from):
# - 截止/截至: 截至 takes a time as its object, 截止 does not (截止目前 is wrong, 截至目前 right), the 现代汉语词典
#   itself glossing 截至 as “截止到(某个时候)” — so 截止到/截止至 are right and 截至到 says 到 twice
#   (http://m.sneakeraddict.net/qzkx/show-95467.html, http://m.voitric.com/sys-nd/280.html).
# - numbers whose words contradict or repeat each other: 将近……余, 至少……以上, 不到……左右, 超过……以上, a
#   round figure with 左右 or 多 after 约 (http://www.ifuun.com/a201801088738029 “与数字有关的病句”,
#   https://blog.sina.com.cn/s/blog_68523ffa0102wsfd.html).
# - 无时无刻 means “at no moment”: it needs 不 after it (无时无刻不在), or say 时时刻刻
#   (https://vocus.cc/article/616e102ffd897800012d9602, https://lq7.tw/writing/double-negative-in-chinese).
# - 凯旋 already holds 归来, 目睹 already holds 亲眼 (人民日报海外版 语文信箱, 2006-01-20:
#   https://neamco.com/01gmrb/2006-01/20/content_364514.htm; 谭汝为, 习焉不察的语文错误：叠床架屋,
#   https://blog.sina.com.cn/s/blog_4b6668a101007xas.html); 不良陋习 (党政机关公文语义重复20例,
#   http://caiyes.cn/thread-70627-1-1.html).
# - 位 is a measure word of respect, never for criminals (《现代汉语词典》 “用于人(含敬意)”; 慎用量词“位”,
#   http://www.newxue.com/kewaiyuedu/13746222095549.html: 一位犯人, 三位盗贼; 一位惯犯, 一位战犯:
#   http://club.xilu.com/hnzqz3/msgview-135899-156183.html).
# - 通讯 is now the news genre (通讯社, 通讯员); passing information is 通信 (通信卫星, 5G通信): 通讯 旧同通信
#   (杜永道, http://sino.newdu.com/a/202104/25/281116.html, http://sino.newdu.com/a/201809/18/247430.html) — a
#   hint, as older published texts write 邮电通讯.
# - a bridge or dam joined in the middle is 合龙, not 合拢 (咬文嚼字 2006年第6期, https://www.jiaren8.com/173773/;
#   http://ztwj.multimediapaper.net/Html/2013-07-10/2460.html).
# - a notice is a 启事 (招聘启事, 寻人启事); 启示 is what one learns (http://m.handmsg.com/page/2011/1231/29647265.shtml,
#   http://szb.sxworker.com/content/2000-10/20/340862.html).
# - reduplicated adjectives before a verb take 地 and after it, as a complement, 得 (the 的/地/得 rule of the
#   notes above: m.tftnews.com/news3640618).
# - 截留 keeps back money passing through one's hands, 截流 cuts off a flow of water (现代汉语词典).
# - 其间 is “in between”, a time span is 期间 (在此期间); 分辨 tells apart, 分辩 argues one's case; criminal
#   cases are 侦查 (《刑事诉讼法》), 侦察 is military reconnaissance (现代汉语词典).
# - 两会: 人大代表 file 议案 and 审议 the government's report, 政协委员 file 提案 and 讨论 it; 参政议政 is the
#   政协's (https://webprojs.com/117377.html, http://hot1.ffsy56.com/newsdetail304472.html).
# - 钜 is hard iron or a hook; “big” is 巨 (巨惠, 巨献: http://studyofnet.com/548450524.html,
#   https://blog.sina.com.cn/s/blog_c32117510101nn0z.html).
# - 侧目 is looking askance in fear or anger, not admiration (现代汉语词典; 高天友, 这个“侧目”用错了,
#   https://runmo.com/article/pzayi4033rsw.html).
# - a decrease is never so many times (下降了一倍 is down to nothing), 时速 already holds 每小时
#   (https://blog.sina.com.cn/s/blog_68523ffa0102wsfd.html).
# - 首当其冲 is being the first to bear a blow, not taking the lead (https://www.yuwen.plus/archive.php?aid=161383,
#   https://66.wendadaohang.com/zd/nUnxvnDixDsU292ni2x.html); 莅临 is said of honoured guests, not oneself
#   (现代汉语词典 “多用于贵宾”; https://yuesha.com/zh-hant/xuexi/hanyu/nq+pl6OZ.html).
# - 七月流火 is the cooling of the lunar seventh month, 差强人意 is “fairly satisfying”, 莘莘学子 already means
#   many students (http://www.victorzhang.cn/page/2015/0725/9259641.shtml; 七月流火:
#   https://www.5zui.com/xiezuo-m/zhongkao-gaokao-xiezuo-m/2843-zicibianxi-qiyueliuhuo52); 家父/令尊:
#   家大舍小令他人 (郭灿金, http://jizihe.com/page/2018/0814/4034466.shtml).
# - 营利 is seeking profit as an aim, the legal word of a body's kind (营利法人, 非营利法人: 《民法典》第七十六条、第八十七条;
#   营利性医疗机构, 非营利组织); 盈利 is the profit made (企业盈利) — 杜永道, 人民日报海外版 语文信箱
#   (http://sino.newdu.com/a/201809/18/247430.html names the pair with 通讯/通信's).
# - a president counted one by one is 第N任 (美国第45任总统), a body's or a meeting's term 届 (第十四届全国人大):
#   现代汉语词典 “任：量词，用于担任官职的次数”, “届：用于定期的会议或毕业的班级等”; where a state counts its
#   presidencies by terms (韩国第21届总统, 俄罗斯联邦第八届总统: so the news writes them) 届 is left alone.
# - a newcomer 报到 at the place he is told to (到…校区报到, 新生报到); 报道 is news (记者到现场报道) — 现代汉语词典.
# - an enemy, a flood or an epidemic is stopped by 阻击 (阻击疫情); 狙击 is a sniper's shot at a person or a price
#   (狙击手, 狙击港元) — 现代汉语词典 “狙击：埋伏在隐蔽处伺机袭击”, “阻击：以防御手段阻止敌人增援、逃跑或进攻”.
# - a currency basket is 一篮子货币 (中国人民银行公告〔2005〕第16号: 参考一篮子货币进行调节); 一揽子 is a package of measures
#   (一揽子政策, 一揽子货币政策工具 are right).
# - (session terms10) a session of 人大 or 政协 opens with an 开幕会 and closes with a 闭幕会, not a ceremony
#   (小张咬文嚼字, 开幕会别写作开幕式, in 传媒教育网 新闻差错案例集锦 #1572:
#   http://47.106.15.148/forum.php?mod=viewthread&tid=23&extra=&page=158).
# - a temperature is N摄氏度, not 摄氏N度 (《咬文嚼字》2011年十大语文差错 第八条, 光明日报 中华读书报 2011-12-28:
#   http://epaper.gmw.cn/zhdsb/html/2011-12/28/nw.D110000zhdsb_20111228_7-02.htm).
# - 违犯 is breaking the law (违犯宪法, and 党章's 违犯党纪); rules, regulations and 条例 are 违反 (公文用词例析 例4:
#   http://fhcrclife.caiyes.cn/thread-29952-1-1.html).
# - an inspection team 入驻 a place it works in, it does not 入住 (《咬文嚼字》2014年十大语文差错 第二条:
#   https://www.xiaomilidoc.com/p-9197636.html).
# - a best performance is a 纪录 (创纪录, 世界纪录), a 记录 is what is written down (《咬文嚼字》2022 年十大语文差错 之外的
#   “纪录”常被误成“记录”: https://epaper.qingdaonews.com/lnshb/html/2023-01/13/content_18744_7210141.htm); 启用 is for
#   things and 起用 for persons, 议员 included (《咬文嚼字》2025年十大语文差错 第七条: https://www.guanwangbook.com/707950.html).
# - 新华社 or 外交部 publishes on a mandate it received: 受权发布 (授权 is giving it) — 西安晚报 2022-06-21,
#   “受权发布”还是“授权发布”? https://www.51yunjiance.com/pucha/detail-177.html.
# - 位 is respectful and never for oneself, and the motherland is five thousand years old: 新中国60岁生日
#   (《咬文嚼字》2009年十大语文差错 第一、二条, 新民晚报 via 中新网 2009-12-25:
#   https://chinafolklore.org/forum/redirect.php?goto=lastpost&tid=10988); a superior 下军令 and a subordinate
#   立下军令状, and 神舟 is a spaceship, not a 航天飞机 (《咬文嚼字》2023年十大语文差错:
#   https://spellboundherbal.com/wanboguanwangmanbetx/2024/0108/1735.shtml).
# humble words for one's own family and their respectful counterparts for another's (家大舍小令他人)
_HONORIFIC = {"家父": "令尊", "家母": "令堂", "家兄": "令兄", "舍弟": "令弟", "舍妹": "令妹", "犬子": "令郎",
              "令尊": "家父", "令堂": "家母", "令郎": "犬子", "令爱": "小女", "令嫒": "小女"}

SLIPS = (
    _rule(r"(?:人民代表大会|人大|政协|政治协商会议)[^，。；！？]{0,16}?(?:次会议|全体会议)(?:(开幕式)|(闭幕式))", "",
          "人代会、政协会议的开幕、闭幕是“开幕会”“闭幕会”，不是“开幕式”“闭幕式”。", fix=lambda word: word[:2] + "会"),
    _rule(r"(摄氏(?:零下)?[\d０-９.．一二三四五六七八九十百两]+度)", "", "温度的单位是“摄氏度”，写作“30摄氏度”，不拆成“摄氏30度”。",
          fix=lambda word: word[2:-1] + "摄氏度"),
    _rule(r"(违犯)(?=[^，。；！？纪法]{0,8}?(?:规定|制度|规则|条例|办法|规章|守则|章程|规程))", "违反",
          "不符合规定、制度、条例是“违反”；“违犯”指触犯法律（违犯宪法）、党纪。"),
    _rule(r"(?:我|本人)(?:是|作为)一(位)(?=[\u4e00-\u9fff])", "名", "“位”含敬意，不用于自称（我是一名教师）。"),
    _rule(r"(祖国)(?=[\d一二三四五六七八九十]+(?:周)?岁(?:的)?生日)", "新中国",
          "“祖国”有五千年的历史，中华人民共和国成立N周年是“新中国N岁生日”。"),
    _rule(r"(?<![立签写交递])(下军令状)", "下军令", "上级向下级下达命令是“下军令”；“军令状”是下级立下的保证书（立下军令状）。"),
    _rule(r"神舟[^，。；！？]{0,8}?(航天飞机)", "载人飞船", "神舟飞船是宇宙飞船（载人飞船），不是“航天飞机”。"),
    _rule(r"(?:新华社|新华通讯社|外交部|国务院新闻办公室|国新办)(授权)(?=发布|播发|发表|公布|宣布)", "受权",
          "接受委托而发布是“受权”（新华社受权发布）；“授权”是把权力交给别人。"),
    _rule(r"(?:巡视组|巡察组|督查组|督察组|工作组|检查组|调查组|专案组|审计组)[^，。；！？]{0,10}?(入住)", "入驻",
          "工作组进驻开展工作是“入驻”；“入住”是住进旅店、住房。"),
    _rule(r"(?:打破|刷新|创造|创下|追平|改写)了?(?:新的|新|该项|一项|多项|世界|全国|亚洲|赛会|奥运会?|亚运会|全运会|冬奥会|"
          r"个人|当地|最好|最高)*(记录)(?!以来|仪|本|员|表|卡|簿|册|片|在案|下来|着|了)"
          r"|(?:世界|全国|亚洲|奥运会|亚运会|全运会|冬奥会|赛会)(记录)(?=保持|[，。；、！]|$)", "纪录",
          "比赛、生产中创出的最好成绩是“纪录”（打破世界纪录）；“记录”是记下来的材料。"),
    _rule(r"(盈利)(?=性?(?:医疗机构|机构|组织|法人|社会组织|民办学校))|(?<=非)(盈利)", "营利",
          "以获取利润为目的是“营利”（营利法人、非营利组织）；“盈利”是赚得的利润。"),
    _rule(r"第[0-9一二三四五六七八九十百]+(届)(?=(?:美国|法国)?(?:总统|副总统))", "任",
          "美国、法国总统按人数称“第N任”（第45任总统）；“届”用于会议、机构或任期。", test=_persons_counted),
    _rule(r"(?<!记者)(?<!媒体)到[^，。；！？记媒]{2,24}?(?:校区|学校|学院|大学|报到处|单位|部队|处|科|办公室|宿舍|医院|公司)(报道)"
          r"(?=[，。；！]|$)", "报到", "按通知到指定地点登记是“报到”；“报道”是新闻。"),
    _rule(r"(狙击)(?=[^，。；！？]{0,8}?(?:疫情|病毒|风暴|危机|洪水|洪峰|汛情|风险|病魔|冲击))", "阻击",
          "阻止疫情、风暴、洪水是“阻击”；“狙击”是暗中伏击（狙击手）。"),
    _rule(r"(一揽子)(?=货币(?!政策|金融|化))", "一篮子", "汇率参考的一组货币是“一篮子货币”；“一揽子”是成套的措施（一揽子政策）。"),
    _rule(r"(截至到)", "截至", "“截至”的“至”就是“到”，不必再加“到”（截至3月26日）。"),
    _rule(rf"{_NOT_ABOUT}(约{_NUM}个?[多余])(?![下额量款粮数地钱热生味温震波晖])", "",
          "“约”和“多、余”都表示概数，用一个即可（约80平方米、80多平方米）。", fix=_drop(r"[多余]$")),
    _rule(rf"(将近{_NUM}个?[多余])(?![下额量款粮数地钱热生味温震波晖])"
          rf"|(?<![最附就临靠亲远贴逼迫走挨浅新遥相邻晚接将])(近{_NUM}个?[多余])"
          r"(?![下额量款粮数地钱热生味温震波晖]|年|个?月|天|日|周|个?小时|世纪|个?星期)", "",
          "“将近”是还不到，“多、余”是超过，不能同时用（将近400人）。", fix=_drop(r"[多余]$")),
    _rule(rf"(大约{_NUM}{_UNIT}?左右)|{_NOT_ABOUT}(?<!大)(约{_NUM}{_UNIT}?左右)", "",
          "“约”和“左右”都表示概数，用一个即可（约20天、20天左右）。", fix=_drop(r"^大?约")),
    _rule(rf"(超过{_NUM}{_UNIT}?以上)|(至少{_NUM}{_UNIT}?以上)|(超过半数以上|超过一半以上)|(?<!超)(过半数以上)", "",
          "“超过、至少”和“以上”意思重复，用一个即可（超过15年）。", fix=_drop(r"以上$")),
    _rule(rf"(不到{_NUM}{_UNIT}?左右)(?!的)", "", "“不到”是确数以下，和“左右”矛盾，用一个即可。", fix=_drop(r"左右$")),
    _rule(r"(无时无刻)(?!(?:地|都|也|的)?(?:不|没|未|莫|无))", "时时刻刻",
          "“无时无刻”是“没有一时一刻”，后面要有“不”（无时无刻不在）；或说“时时刻刻”。"),
    _rule(r"(凯旋而归|凯旋归来)", "凯旋", "“凯旋”就是胜利归来，不必再加“而归、归来”。"),
    _rule(r"(亲眼目睹)", "目睹", "“目睹”就是亲眼看见，“亲眼目睹”重复。"),
    _rule(r"(不良陋习)", "陋习", "“陋习”就是不良的习惯，“不良陋习”重复。"),
    _rule(r"(?<=[一二两三四五六七八九十几\d这那该此每哪某])(位)(?=(?:犯罪嫌疑人|嫌疑人|嫌犯|罪犯|犯人|逃犯|案犯|要犯|"
          r"战犯|惯犯|劫匪|匪徒|歹徒|小偷|窃贼|盗贼|扒手|骗子|毒贩|凶手|杀人犯|贪官|腐败分子|不法分子|犯罪分子|"
          r"黑恶分子|人贩子|诈骗犯|抢劫犯|盗窃犯))", "名", "“位”含敬意，不用于罪犯、嫌疑人（三名罪犯）。"),
    _rule(r"(通讯)(?=卫星|基站|设备|网络|网(?![站页友点])|技术|工程|光缆|电缆|线路|保障|枢纽|终端|信号|运营商|"
          r"行业|产业|兵|费|能力|频段|协议|模块|芯片|设施|中断)"
          r"|(?:5G|4G|3G|移动|无线|有线|数字|量子|光纤|应急|数据|卫星|邮电|微波|短波)(通讯)(?![社员稿录]|报道|作者)",
          "通信", "传递信息是“通信”（通信卫星、5G通信）；“通讯”现指新闻体裁（通讯社、通讯员）。", "info"),
    _rule(r"(?:桥|梁|拱|坝|堰|堤|龙口|主跨)[^，。；！？]{0,8}?(合拢)", "合龙",
          "桥梁、堤坝从两端施工、最后在中间接合是“合龙”。"),
    _rule(r"(?:招聘|寻人|寻物|招领|征稿|征文|征集|更正|迁址|搬迁|开业|招生|招租|遗失|挂失|停业|致歉|鸣谢|征婚|招募|"
          r"转让|出租)(启示)(?![录》])", "启事", "公开声明某事的文字是“启事”（招聘启事）；“启示”是启发、领悟。"),
    _rule(r"(截流)(?=[^，。；！？]{0,4}?(?:资金|款项|税款|税收|收入|经费|补贴|补助|救灾款|扶贫款|财政|利润|号源|捐款|"
          r"工资|费用))|(?:挤占|挪用|层层|私自|违规|擅自|贪污)(截流)", "截留",
          "把经手的钱物扣下是“截留”（截留资金）；“截流”是截断水流。"),
    _rule(r"(?:减少|降低|下降|缩小|缩减|减轻|节省)了?(?:近|约|将近)?[一二两三四五六七八九十\d.]+(倍)", "",
          "减少不能说成倍数（下降一倍就是降到零）；用分数或百分数（减少了50%）。", fix=lambda word: None),
    _rule(r"时速(每小时)|(每小时)(?=的?时速)|日均(每天|每日)|年均(每年)|月均(每月)", "",
          "“时速、日均、年均”已含“每小时、每天、每年”，重复了。", fix=lambda word: ""),
    _rule(r"(首当其冲)(?=地?(?:赶到|冲上|冲向|冲在|带头|站出来|承担起|扛起|挑起|提出|考虑|落实|推进)|的(?:大事|任务|要务))"
          r"|(?:应|应当|应该|带头|主动|率先|总是)(首当其冲)", "率先",
          "“首当其冲”是最先受到冲击、遭受灾难；带头去做是“率先”“冲在前面”。"),
    _rule(r"(?:我|我们|本人|笔者)(?:今天|此次|这次|再次|有幸|很荣幸)?(莅临)", "来到",
          "“莅临”是敬辞，用于贵宾、上级到来，不用于自己。"),
    _rule(r"(?:炎热|酷暑|酷热|骄阳|烈日|热浪|高温|盛夏|炎炎|似火|难耐)[^。；！？]{0,10}?(七月流火)"
          r"|(七月流火)(?=[^。；！？]{0,10}?(?:炎热|酷暑|酷热|骄阳|烈日|热浪|高温|盛夏|炎炎|似火|难耐|火热|热情))", "",
          "“七月流火”说的是农历七月暑气渐退、天气转凉，不是天气炎热。", fix=lambda word: None),
    _rule(r"(?:很|十分|非常|太|实在|有些|有点|颇为|却|仍|仍然|依然|总是|都)(差强人意)"
          r"|(差强人意)(?=[^。；！？]{0,8}?(?:失望|遗憾|不满|担忧|歉意))", "不尽如人意",
          "“差强人意”是大体上还能使人满意，不是不能使人满意。"),
    _rule(r"(莘莘学子们)|(?:一位|一名|一个|一大批|许多|众多|很多)(莘莘学子)", "",
          "“莘莘”就是众多，“莘莘学子”前后不再加数量词和“们”。", fix=lambda word: "莘莘学子" if word.endswith("们") else None),
    _rule(r"(?:您|你|贵)的(?:(家[父母兄])|(舍[弟妹])|(犬子))|(?:我的|我们的)(令(?:尊|堂|郎|爱|嫒))", "",
          "“家父、家母、舍弟、犬子”是谦称自己的亲人，“令尊、令堂、令郎”是敬称对方的亲人，不能互换。",
          fix=lambda word: _HONORIFIC.get(word)),
    _rule(r"在(?:此|这)(其间)", "期间", "某段时间之内是“期间”（在此期间）；“其间”是“那中间”，不再加“在此”。"),
    _rule(r"(分辩)(?=是非|真假|真伪|善恶|好坏|优劣|清楚)", "分辨", "辨别、区分是“分辨”（分辨是非）；“分辩”是辩白。"),
    _rule(r"(?:刑事|犯罪|立案|公安机关|检察机关)[^，。；！？]{0,4}?(侦察)|(侦察)(?=终结|羁押|阶段|机关|案件)", "侦查",
          "办理刑事案件是“侦查”（《刑事诉讼法》：侦查终结）；“侦察”是军事上的察看敌情。"),
    # 人大代表 file 议案, 审议 the reports and 履行职责; 政协委员 file 提案, 讨论 the reports and 参政议政
    _rule(r"(?<!委员[和、与及])人大代表(?:(?!政协|委员)[^，。；！？]){0,8}?(?:提出|提交|提|领衔|联名)(?:(?!议案)[^，。；！？]){0,3}?"
          r"(提案)(?![和、与及]议案)", "议案",
          "人大代表提出的是“议案”，政协委员提出的是“提案”。"),
    _rule(r"(?<!代表[和、与及])政协委员(?:(?!人大|代表)[^，。；！？]){0,8}?(?:提出|提交|提|联名)(?:(?!提案)[^，。；！？]){0,3}?"
          r"(议案)(?![和、与及]提案)", "提案",
          "政协委员提出的是“提案”，人大代表提出的是“议案”。"),
    _rule(r"(?<!代表[和、与及])政协委员(?:(?!人大|代表)[^，。；！？]){0,8}?(审议)(?=[^，。；！？]{0,8}?报告)", "讨论",
          "人大代表“审议”政府工作报告，政协委员“讨论”政府工作报告。"),
    _rule(r"(?<!委员[和、与及])人大代表(?:(?!政协|委员)[^，。；！？]){0,6}?(参政议政)", "履行职责",
          "“参政议政”是政协委员的职能；人大代表是“履行职责”“行使权力”。"),
    _rule(r"(钜)(?=惠|献|资|款|额|变|富|亏)", "巨", "“大”的意思现写作“巨”（巨惠、巨资）；“钜”是坚硬的铁、钩子。"),
    _rule(r"(?:成就|成绩|成果|奇迹|突破|业绩|进步|贡献|巨变|壮举|发展|表现)[^。；！？]{0,20}?(?:令|让|使|引起?)[^，。；！？]{0,6}?(侧目)",
          "瞩目", "“侧目”是斜着眼看，形容畏惧而又愤恨；受人称道是“瞩目”（举世瞩目）。"),
    _rule(r"(必须)(?=品|用品|物资|物品)|所(必须)(?=的)|(?:生活|日常|生产)(必须)(?=的)", "必需",
          "“一定要有”的东西是“必需”（必需品、生活必需的）；“必须”是一定要（做）。"),
    # 更好 before a verb is an adverbial (更好地发挥作用); before a noun, or after 得到/提供, it is not (提供更好的服务)
    _rule(r"(?:更好|更快|更有效|更加有效|更加有力|更加积极|更加主动|更加自觉)(的)(?=(?:发挥|推进|推动|落实|满足|融入|促进|维护|履行|把握|"
          r"运用|应对|解决|引导|带动|贯彻|适应|参与|统筹|惠及|造福|对接|衔接|激发|调动|服务于)(?!作用|力量|者|工作))", "地",
          "修饰动词的状语后用“地”（更好地发挥作用）。"),
    _rule(rf"(的)(?=(?:{_VERBS})(?!作用|力量|者|工作))", "地", "重叠的形容词修饰动词时用“地”（认认真真地学习）。",
          test=_reduplicated),
    _rule(r"(的)(?=(?:淋漓尽致|井井有条|有条不紊|热火朝天|如火如荼|一塌糊涂|不亦乐乎|焕然一新|一干二净|恰到好处|"
          r"滴水不漏|风生水起|有声有色|红红火火)(?:[，。；！？、]|$))", "得",
          "动词后引出结果、程度的补语用“得”（发挥得淋漓尽致）。"),
    _rule(r"(的)(?=[\u4e00-\u9fff]{4}(?:[，。；！？、”]|$))", "得",
          "动词后引出结果、程度的补语用“得”（打扫得干干净净）。", test=_reduplicated_after),
)


RULES = (
    _rule(rf"(?<!拦)(截止)(?![到至于日期时间])\s*(?={_TIME})", "截至", "“截止”后面是时间点时应为“截至”（截至目前、截至6月底）。"),
    _rule(r"(截至)(?=[。；，！、]|$|日期|期限|时间(?!节点|点))", "截止", "“截至”后面要有时间；表示到期停止时应为“截止”（截止日期）。"),
    _rule(r"(?<![所是为])(必需)(?!品|的|之|用品|物资|物品|条件|[，。；、！？”）]|$)", "必须",
          "“必需”是“一定要有”，用在动词前表示“一定要”时应为“必须”。"),
    _rule(r"(?<!多种|各种|不同|新的|一种)(?:严峻|复杂|当前|面临的|防控|疫情|宏观|斗争|改革发展稳定|国际|国内)"
          r"(形式)(?!主义|上|多样|多种|灵活|各异|之一)", "形势", "这里说的是局面和发展状况，应为“形势”。"),
    # 经济形式, 政治形式 are also forms (基本的经济形式): only with words of a situation before or after them
    _rule(r"(?:(?:当前|目前|面临的|复杂的?|严峻的?|新的?|宏观)(?:经济|政治|安全)(形式)(?!主义|上|多样|多种|灵活|各异|之一)"
          r"|(?<!多种|各种|不同|新的|一种)(?<!基本的)(?:经济|政治|安全)(形式)(?=(?:依然|仍然|十分|更加|总体|日趋|持续)?"
          r"(?:严峻|复杂|好转|向好|稳定|下行|不容乐观|变化|发生|一片|[，。；！])))", "形势", "这里说的是局面和发展状况，应为“形势”。"),
    _rule(r"(?:多种|各种|组织|表现|活动|宣传|服务|工作|表达|文艺|艺术|会议|检查|教育|学习)(形势)(?=[，。；、！]|的|多样|灵活|新颖|上|主义)",
          "形式", "这里说的是方式和样子，应为“形式”。"),
    _rule(r"(反应)(?=的?(?:问题|情况|诉求|意见|民意|心声|呼声)|群众|了.{0,6}(?:问题|情况|诉求|意见|心声|呼声|愿望|民意|面貌|风貌|本质|规律|现状))", "反映",
          "把情况、意见告诉上级或表现出来是“反映”。"),
    _rule(r"(?:如实|及时|真实|客观|集中|充分|准确|据群众|群众|干部|职工)(反应)(?=[，。；、！]|了|出|问题|情况|给|到)", "反映",
          "把情况、意见告诉上级或表现出来是“反映”。"),
    _rule(r"(?:化学|过敏|连锁|不良|应激|条件)(反映)", "反应", "受刺激而起的变化是“反应”。"),
    _rule(rf"(?:{_ADVERBIAL})(的)(?=(?:{_VERBS})(?!作用|力量|者|工作))", "地", "修饰动词的状语后用“地”（认真地落实）。"),
    _rule(r"(?:[\u4e00-\u9fff])(?<![有是别目])(的)(?=(?:很|非常|十分|比较|相当|更加?|越来越|不够|太)[\u4e00-\u9fff]{1,2}"
          r"(?:[，。；！？]|罢了|了|$))", "得", "动词后引出程度、结果的补语用“得”（做得很好）。", test=_no_compared_word),
    _rule(r"(?<![采获争汲听吸选夺提索窃抽谋换骗领录读求攫榨进记摄赚博考])取(的)(?=了|[^，。；！？]{0,12}?(?:成绩|成效|进展|胜利|突破|成果|成功|实效|佳绩))",
          "得", "“取得”的“得”写成了“的”。"),
    _rule(r"(?<![明凸突彰浅])显(的)(?=很|更|非常|十分|格外|特别|有些|比较|越来越)", "得", "“显得”的“得”写成了“的”。"),
    _rule(r"(做出)(?!来|[^，。；！？]{0,6}?(?:产品|样品|饭|菜|衣服|东西|模型|样子|蛋糕|成品|零件))",
          "作出", "公文中“决定、部署、贡献”等前习惯用“作出”。", "info"),
    # zuò before a verbal noun is 作 in the house style of 人民日报 and 新华社 (作报告, 作贡献, 作斗争, 作表率;
    # http://jizihe.com/page/2014/0716/11082663.shtml): a hint, as 作出 above
    _rule(r"(?<![叫当看称比])(做)(?=(?:报告|贡献|斗争|表率|示范|分析|判断|比较|说明|评价|介绍|答复|解释|调查|总结|批示|指示|部署)"
          r"(?!会|者|人|员|书|单))", "作", "公文中“报告、贡献、斗争、表率”等动名词前习惯用“作”（作报告、作贡献）。", "info"),
    _rule(r"(其它)", "其他", "公文中统一用“其他”。", "info"),
) + PAIRS + SLIPS


def check(text: Text) -> list[Finding]:
    findings: list[Finding] = []
    for i, para in enumerate(text.paragraphs):
        present = set(para.text)
        for rule, keys in _KEYED:
            if "" not in keys and keys.isdisjoint(present):
                continue   # none of the rule's words can be here
            for match in rule.pattern.finditer(para.text):
                group = next(g for g in range(1, (rule.pattern.groups or 1) + 1) if match.group(g) is not None)
                start, end = match.span(group)
                word = match.group(group)
                if rule.bounds and not _at_bounds(para.text, start, rule.bounds):
                    continue
                if rule.test is not None and not rule.test(para.text, start, end):
                    continue
                if rule.right == "地" and (not _verb_follows(para.text, end) or _nominal(para.text, match.start())):
                    continue   # 深入的干部, 扎实的工作作风: a noun follows; 得到有效的解决: a noun phrase
                if rule.message.startswith("动词后") and not _verb_before(para.text, start):
                    continue   # 我们的很多, 工作的很好: no verb before 的
                if any(f.paragraph == i and f.start == start and f.end == end for f in findings):
                    continue   # 觉的很好: two rules say the same
                right = rule.fix(word) if rule.fix is not None else rule.right
                findings.append(Finding("usage", rule.severity, f"“{word}”：{rule.message}", i, start, end, word,
                                        right, para.section))
    findings += listed(text, findings)
    return findings + by_context(text, findings)


def listed(text: Text, found: list[Finding]) -> list[Finding]:
    """The pairs of `resources/check/usage.tsv` (and the clerk's own): fixed wrong collocations whose words carry
    their own context (职责界线, 波及到, 认罪伏法), each with its source; whole words only, and not where a pattern
    above already speaks."""
    from speechwriter.check.wordlist import list_findings

    out = []
    for f in list_findings(text, "usage", "usage", "“{wrong}”：易混或重复的写法，应为“{right}”。", whole_words=True):
        if not any(g.paragraph == f.paragraph and g.start < f.end and f.start < g.end for g in found):
            out.append(f)
    return out


def by_context(text: Text, found: list[Finding]) -> list[Finding]:
    """The confusable words the context classifier (confuse.py) says were written for their twin: 权利运行 → 权力.
    Not where the patterns above found something (theirs is the reason to give), nor where the text writes the
    same place again (the word with the two characters before or after it: a phrase written twice is meant)."""
    from speechwriter.check import confuse

    if confuse.table() is None:
        return []
    whole = "\n".join(para.text for para in text.paragraphs)
    out = []
    for i, para in enumerate(text.paragraphs):
        line = para.text
        for start, end, twin, _ in confuse.candidates(line):
            if any(f.paragraph == i and f.start < end and start < f.end for f in found):
                continue
            if whole.count(line[max(0, start - 2):end]) > 1 or whole.count(line[start:end + 2]) > 1:
                continue
            word = line[start:end]
            out.append(Finding("usage", "warning", f"“{word}”与“{twin}”易混：按前后文的用词，这里应为“{twin}”。", i,
                               start, end, word, twin, para.section))
    return out


def _first_characters(pattern: re.Pattern) -> frozenset[str]:
    """The first character of each word a rule is about (its capturing groups start with a literal)."""
    import importlib
    from typing import Any

    try:   # the regular expression's parse tree: re._parser from Python 3.11, sre_parse before
        parser: Any = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover
        parser = importlib.import_module("sre_parse")
    found: set[str] = set()

    def walk(items: Any) -> None:
        for op, value in items:
            name = str(op)
            if name == "SUBPATTERN" and value[0] is not None:
                first = value[-1][0] if len(value[-1]) else None
                if first is not None and str(first[0]) == "LITERAL":
                    found.add(chr(first[1]))
                else:
                    found.add("")   # a group of another shape: never skipped
                walk(value[-1])
            elif name == "SUBPATTERN":
                walk(value[-1])
            elif name == "BRANCH":
                for branch in value[1]:
                    walk(branch)
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                walk(value[2])

    walk(parser.parse(pattern.pattern))
    return frozenset(found)


_KEYED = tuple((rule, _first_characters(rule.pattern)) for rule in RULES)


def _at_bounds(line: str, at: int, offsets: tuple[int, ...]) -> bool:
    from speechwriter.check.wordlist import boundaries

    bounds = boundaries(line[max(0, at - 8):at + 8])
    base = min(at, 8)
    return all(base + k in bounds for k in offsets)


def _verb_follows(line: str, at: int) -> bool:
    """A word starting at `at` is one of the verbs (not 干部 from 干, 工作作风 from 工作) or begins with
    one of two characters or more (推进改革, a word of its own to jieba)."""
    from speechwriter.check.wordlist import boundaries

    bounds = boundaries(line)
    if at not in bounds:
        return False
    end = min((b for b in bounds if b > at), default=len(line))
    for verb in _VERB_SET:
        if line.startswith(verb, at) and (at + len(verb) == end or len(verb) >= 2 and not _noun(line[at:end])):
            return True
    return False


def _noun(word: str) -> bool:
    """jieba tags the word a noun (研究成果, 服务中心), not a phrase of a verb (推进改革, 贯彻落实)."""
    import jieba.posseg

    return any(w.flag.startswith("n") for w in jieba.posseg.lcut(word, HMM=False)[:1])


# verbs that take an action as their object: after them "有效的解决" is a noun phrase and 的 is right
_LIGHT = re.compile(r"(?:(?:进行|得到|加以|作出|做出|给予|予以|给以|受到|取得|展开|开展|有|作|做|经过|通过|需要|值得|提供|采取|采用|"
                    r"实行|从事|作为|缺乏|缺少|没有)了?(?:更加|更为|更|十分|非常|很)?|不少|许多|很多|一定|的、?)$")


def _nominal(line: str, at: int) -> bool:
    """The adverb-like word at `at` is part of a noun phrase: a light verb before it (得到切实的解决,
    作出积极的回应, 作出更加积极的回应), or it ends a longer word (社会科学的研究)."""
    from speechwriter.check.wordlist import boundaries

    return bool(_LIGHT.search(line[max(0, at - 6):at])) or at not in boundaries(line)


def _verb_before(line: str, at: int) -> bool:
    """The word ending at `at` is a verb (jieba's tag v*): 排的很好 but not 我们的很多."""
    import jieba.posseg

    from speechwriter.core.tokens import tokenizer

    tokenizer()
    words = jieba.posseg.lcut(line[max(0, at - 6):at], HMM=False)
    return bool(words) and words[-1].flag.startswith("v")
