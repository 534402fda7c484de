"""`term`, the part that reads the words around a name: what a body's head is called, a court's or a
procuratorate's full name, what a deputy and a member do, the names of anniversaries, words about Hong Kong,
Macao and Taiwan, peoples and states. Each route is a pattern over any place, number or body, not a list of slips;
each names the public guide it follows:

- the head's title by body (最高人民检察院院长 → 检察长, 审计署署长 → 审计长, 国务院院长 → 总理, 国家监察委员会主席 →
  主任): 宪法 第八十六条 (国务院 总理), 第九十一条 (审计署 审计长), 第一百二十四条 (国家监察委员会 主任),
  第一百三十七条 (最高人民检察院 检察长; 人民检察院组织法 第三十六条: 各级人民检察院设检察长);
- a court or procuratorate after a division's full name written without 人民 (北京市第二中级法院, 南京市检察院):
  宪法 第一百二十八条、第一百三十六条 and the 人民法院组织法 / 人民检察院组织法 name them 人民法院 / 人民检察院;
  a formal name written with the place in full keeps them (北京二中院, 最高法 are short forms, left alone);
- a session's name with its words in the wrong order (全国十四届人大三次会议, 全国人大十四届三次会议 → 十四届全国人大三次会议;
  全国十四届政协三次会议, 十四届全国政协三次会议 → 全国政协十四届三次会议; the same at a province's, city's or county's
  level): every order of a session's name is here, in _SESSION_ORDER;
- what a deputy and a member do: 人大代表 submit 议案 (and 建议), 政协委员 submit 提案; 人大代表 审议 and 政协委员
  讨论 the government's report; 人大代表 出席 their congress (列席 is for those who are no deputies: 列席人员, not
  列席代表); 参政议政 is the CPPCC's function, a deputy 履行职责 — the 两会 notes of 人民日报 / 北京日报
  (http://hot1.ffsy56.com/newsdetail304472.html: 届次, 审议/讨论) and https://webprojs.com/117377.html (议案/提案,
  参政议政/履行职责, 出席);
- 全国31个省 for 全国31个省（区、市）: not every one is a 省 (the 新华社 house style, 31个省（区、市）; the check of
  行业报 by 质检: http://www.lfxww.com/jjyd/67953.html);
- anniversaries: the state's founding is 新中国成立N周年 / 中华人民共和国成立N周年 (not 建国N周年, 祖国N岁生日), and it is
  庆祝ed (the 中办、国办《关于隆重庆祝中华人民共和国成立70周年……的通知》, 2019); a war's victory, a birth, a death, a
  revolution are 纪念ed (纪念中国人民抗日战争暨世界反法西斯战争胜利80周年, 纪念辛亥革命110周年, 纪念毛泽东同志诞辰130周年:
  the names of those 大会); a celebration counts 周年, not 年 (庆祝新中国成立70年 → 70周年; 成立70年来 is right);
  中国人民抗日战争暨世界反法西斯战争 is the official name (not 中国抗日战争暨…, not 世界法西斯战争);
- Hong Kong, Macao and Taiwan (王凤超《关于香港问题的几个重要提法》, http://wkjd.gdufe.edu.cn/ViewInfo.asp?id=6466, and
  新华社《新闻信息报道中的禁用词和慎用词》2016, http://jiaodui.com/bbs/read.php?page=e&tid=18178): compatriots of
  Hong Kong and Macao come to 内地 and of Taiwan to 大陆, not 来华 (visitors, guests and delegations as well as 同胞 —
  the list's own example is 港澳台游客来华旅游); in a clause on Taiwan or the two sides no word of international law
  (司法协助 → 司法互助, 引渡 → 遣返, 偷渡 → 私渡, 文书验证/认证 → 文书查证: _STRAIT_LAW); China 恢复行使主权 over Hong Kong (not 收回主权) and
  the 1997 ceremony was a 政权交接 (not 主权交接); Taiwan's peoples are 台湾少数民族 (not 原住民), its speech
  台湾闽南语 (not 台语), its 立法委员 are written in quotes or called 台湾地区民意代表;
- peoples: a people's name is not shortened (蒙族 → 蒙古族, 维族 → 维吾尔族, 鲜族 → 朝鲜族: 新华社 禁用词 2016, 民族宗教类
  第24条, https://xbbjb.sdpc.edu.cn/info/1053/1152.htm; the 56 names of GB 3304—1991 《中国各民族名称的罗马字母拼写法
  和代码》);
- states and international bodies (外交部《国家和组织》, https://www.fmprc.gov.cn/web/gjhdq_676201/; 新华社 禁用词,
  国际关系类, http://regraff.com/news/redian/1646944.html): 孟加拉国 keeps 国 in its short name (a hint: the
  reports of the 1980s write 孟加拉), a state's embassy in China is its 驻华大使馆 (not 驻北京), a body with members
  that are no states has 成员 (世界贸易组织成员国 → 成员), and a name in 公文 is written in full (驻美使馆 → 驻美国大使馆:
  a hint). Left out: 蒙古 for 蒙古国 — the 政府工作报告 of the 2000s still write 蒙古 (同蒙古及中亚国家的合作).
- and, by the same sources: an autonomous region's head is its 主席, a prefecture's 州长, a county's 县长 (民族区域自治法
  第十七条), a municipality's 市长; a 监察委员会's 主任 (监察法 第八条); other states' heads as the 外交部 names them
  (美国总统, 英国首相, 德国总理); X届全国人大常委会第X次会议; 十八届三中全会 (not 十八大三中全会); 政协全国委员会 / 全国政协
  (not 全国政协委员会); 政协委员 and 人大代表 (not 政协代表, 人大委员), 代表通道 at the 人大 and 委员通道 at the 政协,
  共商国是; a character put inside 委员会 (仲裁委托员会); 中国 set beside 香港/澳门/台湾 (中国内地, 中国大陆), places that
  are no states listed with states (等国家和地区), 大陆 for 内地 beside 香港/澳门, the bodies of the Taiwan authorities
  unquoted (台湾“行政院”).

Precision was read on 新闻联播 2022–2025, the 党代会 reports and the 1998 人民日报 (12M characters; the lexicons' texts,
not a false-alarm set), every finding looked at; what real text writes rightly is left alone: 常委会会议列席代表 (deputies
sit in on the 人大常委会), another state's 建国N周年 (朝鲜举行阅兵活动庆祝建国75周年), peoples abroad (阿族 the
Albanians of Kosovo, 俄族), Afghanistan's 34个省, 巴勒斯坦立法委员会, 孟加拉白虎, 诞辰百年, a procuratorate's short form
(大渡口区检察院检察官: only 检察院第N分院, a formal name, is read), 省级政协代表. Left on that text: 驻美使馆 and the like
(hints, 14), 中国大陆和澳门地区 (2), a foreign guest's 庆祝抗日战争胜利80周年, 金色孟加拉 (a hint), 台湾原住民 in a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from speechwriter.check.findings import Finding, Text
from speechwriter.check.util import ORDINALS, all_han, clause_around

_CLAUSE = "[^，。；：！？、“”]"   # a character inside one clause

# (pattern, right form (a template of the match's groups), why): the titles of the heads
_TITLES = (
    (re.compile(r"((?:最高)?人民检察院|检察院)(副?)院长"), r"\1\2检察长", "人民检察院的负责人是检察长"),
    (re.compile(r"((?:最高)?人民法院)(副?)检察长"), r"\1\2院长", "人民法院的负责人是院长"),
    (re.compile(r"(审计署)(副?)署长"), r"\1\2审计长", "审计署的负责人是审计长（宪法第九十一条）"),
    (re.compile(r"(国务院)(副?)院长"), r"\1\2总理", "国务院的负责人是总理（宪法第八十六条）"),
    (re.compile(r"(国家监察委员会|国家监委)(副?)主席"), r"\1\2主任", "国家监察委员会的负责人是主任（宪法第一百二十四条）"),
    # 民族区域自治法 第十七条: 自治区主席、自治州州长、自治县县长; 宪法 第一百零五条: 省长、市长 …
    (re.compile(r"(自治区(?:人民政府)?)(副?)(?:省长|区长|市长)"), r"\1\2主席", "自治区人民政府的负责人是主席（民族区域自治法第十七条）"),
    (re.compile(r"(自治州(?:人民政府)?)(副?)(?:省长|市长)"), r"\1\2州长", "自治州人民政府的负责人是州长（民族区域自治法第十七条）"),
    (re.compile(r"(自治县(?:人民政府)?)(副?)(?:省长|市长)"), r"\1\2县长", "自治县人民政府的负责人是县长（民族区域自治法第十七条）"),
    (re.compile(r"((?:北京|天津|上海|重庆)市?(?:人民政府)?)(副?)省长"), r"\1\2市长", "直辖市人民政府的负责人是市长"),
    # 监察法 第八条、第九条: 监察委员会由主任、副主任若干人、委员若干人组成 (a 纪委's head is its 书记: 纪委监委 left alone)
    (re.compile(r"(?<!纪委)((?:国家|省|市|县|区)(?:监委|监察委员会))(副?)书记"), r"\1\2主任", "监察委员会的负责人是主任（监察法第八条、第九条）"),
    # the heads of other states as the 外交部 names them (外交部《国家和组织》各国概况: 美国总统, 英国首相, 日本首相; 德国、
    # 印度、加拿大、澳大利亚、俄罗斯、意大利、以色列、新西兰 总理)
    (re.compile(r"(美国)(副?)(?:总理|首相)"), r"\1\2总统", "美国的政府首脑是总统"),
    (re.compile(r"(英国|日本)(?:总统|总理)(?!大臣)"), r"\1首相", "这一国家的政府首脑称首相"),
    (re.compile(r"(德国|印度|加拿大|澳大利亚|俄罗斯|意大利|以色列|新西兰)(副?)首相"), r"\1\2总理", "这一国家的政府首脑称总理"),
)
# the order of a session's name, whatever the level (宪法 第六十条; 政协章程; the 两会 notes of names.py's sources:
# “×届全国人大×次会议”, “全国政协×届×次会议”): one home for every order of the words of a session's name
_SESSION_ORDER = (
    (re.compile(rf"(全国|省|市|县|区)人大([{ORDINALS}]+)届([{ORDINALS}]+)次会议"), r"\2届\1人大\3次会议", "人大会议的名称是“X届全国人大X次会议”"),
    (re.compile(rf"([{ORDINALS}]+)届(全国|省|市|县|区)政协([{ORDINALS}]+)次会议"), r"\2政协\1届\3次会议", "政协会议的名称是“全国政协X届X次会议”"),
    (re.compile(rf"全国([{ORDINALS}]+)届人大([{ORDINALS}]+)次会议"), r"\1届全国人大\2次会议", "人大会议的名称是“X届全国人大X次会议”"),
    (re.compile(rf"全国([{ORDINALS}]+)届政协([{ORDINALS}]+)次会议"), r"全国政协\1届\2次会议", "政协会议的名称是“全国政协X届X次会议”"),
    (re.compile(rf"全国人大常委会([{ORDINALS}]+)届第?([{ORDINALS}]+)次会议"), r"\1届全国人大常委会第\2次会议",
     "人大常委会会议的名称是“X届全国人大常委会第X次会议”"),
    (re.compile(rf"([{ORDINALS}]+届全国人大常委会)([{ORDINALS}]+次会议)"), r"\1第\2", "人大常委会会议的名称是“X届全国人大常委会第X次会议”"),
    # 十八大三中全会: the plenums belong to the term of the Central Committee the congress elects (十八届三中全会;
    # 党章 第二十二条, the 公报 of each 中全会)
    (re.compile(rf"(?<![{ORDINALS}])([{ORDINALS}]+)大([一二三四五六七八九]中全会)"), r"\1届\2", "中央全会按届称“X届X中全会”，不称“X大X中全会”"),
    # the CPPCC's committees are 中国人民政治协商会议全国委员会 / X省委员会 (政协章程), short 全国政协 / X省政协: 政协委员会
    # mixes the two
    (re.compile(r"(全国|省|市|县|区)政协委员会(?![见议员上场])"), r"\1政协", "政协委员会是“政协全国（X）委员会”和简称“全国（X）政协”的混用"),
)
# what deputies and members do (no body of the other kind between them: 人大代表建议和政协委员提案 is right)
_DEPUTY_MEMBER = (
    (re.compile(rf"人大代表(?:(?![政委]){_CLAUSE}){{0,6}}?(提案)"), "议案", "人大代表提出的是议案（或建议），提案是政协委员的"),
    (re.compile(rf"政协委员(?!会)(?:(?![人代]){_CLAUSE}){{0,6}}?(议案)"), "提案", "政协委员提出的是提案，议案是人大代表的"),
    (re.compile(rf"政协委员(?!会)(?:(?![人代]){_CLAUSE}){{0,8}}?(审议)"), "讨论", "政协委员讨论（人大代表审议）政府工作报告"),
    (re.compile(rf"人大代表(?:(?![政委]){_CLAUSE}){{0,6}}?(参政议政)"), "依法履职", "参政议政是人民政协的职能，人大代表是依法履行代表职责"),
    (re.compile(r"人大代表(列席)(?!(?:%s){0,12}?(?:常委会|常务委员会|主任会议|政府|党委|座谈|听证|执法检查))" % _CLAUSE),
     "出席", "人大代表出席人民代表大会会议，列席的是非代表的人员"),
    # (a 人大常委会's meetings have deputies who 列席, rightly 列席代表: 全国人大常委会会议列席代表座谈)
    (re.compile(r"(?<!常委会会议)(?<!常委会)列席(代表)"), "人员", "列席会议的不是代表，称列席人员"),
    # 出席人民代表大会的是人大代表，出席政治协商会议的是政协委员 (a 代表团 of the CPPCC is right; so are the members of
    # the NPC's committees: 人大常委会委员, 人大财经委员会)
    (re.compile(r"(?<!级)政协(代表)(?!团|大会|性|处)"), "委员", "政协的是委员，人大的是代表"),
    (re.compile(r"人大(委员)(?![长会])"), "代表", "人大的是代表，政协的是委员"),
    (re.compile(r"(?<=人大)(?:(?!政协)%s){0,12}?(委员通道)" % _CLAUSE), "代表通道", "人大会议设代表通道，委员通道是政协的"),
    (re.compile(r"(?<=政协)(?:(?!人大)%s){0,12}?(代表通道)" % _CLAUSE), "委员通道", "政协会议设委员通道，代表通道是人大的"),
    (re.compile(r"(共商国事)"), "共商国是", "代表委员“共商国是”（国家大计），不是“国事”"),
)
_PROVINCES_ALL = re.compile(r"(?:31|三十一)个省(?![（(份区市、级长委内外直会城])")   # (34个省: Afghanistan's, or ours with 港澳台)
# anniversaries of the state's founding: 建国70周年, 祖国60岁生日, 祖国七十华诞
_FOUNDING = re.compile(rf"(建国|祖国)([0-9]+|[{ORDINALS}百]+)(周年|岁|华诞)")
# another state's founding named in the sentence before (朝鲜举行阅兵活动庆祝建国75周年)
_OTHER_STATE = re.compile(r"朝鲜|越南|老挝|古巴|以色列|美国|蒙古|巴基斯坦|印度|柬埔寨|缅甸|新加坡|国家的|该国|两国|友好国家")
_BEFORE_FOUNDING = set("祝贺念接迎礼献向在是的年值逢暨和与及为庆度过")
_CELEBRATE_YEARS = re.compile(rf"((?:庆祝|纪念)(?:(?![，。；]).){{0,30}}?(?:成立|诞辰|胜利|回归祖国|回归|建立)(?:[0-9]+|[{ORDINALS}]+|[{ORDINALS}]+百[{ORDINALS}]*))年"
                              r"(?!来|以来|间|中|里|的|前|后|之)")   # (诞辰百年: the idiom)
_COMMEMORATE_FOUNDING = re.compile(rf"(纪念)(?=(?:(?:新中国|中华人民共和国)成立|香港回归祖国|澳门回归祖国|香港回归|澳门回归)(?:[0-9]+|[{ORDINALS}百]+)周年)")
_CELEBRATE_VICTORY = re.compile(
    rf"(庆祝)(?={_CLAUSE}{{0,30}}?(?:抗日战争|抗战|长征|辛亥革命|五四运动|诞辰|逝世|牺牲|遇难){_CLAUSE}{{0,24}}?周年)")
_WAR_NAME = re.compile(r"(?<!人民)(中国)(?=抗日战争暨世界反法西斯战争)|(世界)(?=法西斯战争)")
# Hong Kong, Macao, Taiwan
# (the people of those places, not the places: 就台湾问题……美国国务卿访华 is a foreigner's visit)
_TO_CHINA = re.compile(rf"((?:港澳台|香港|澳门|港澳|台湾)(?:同胞|居民|青年|学生|客商|企业家?|商人|投资者|人士|民众|朋友|艺人|歌手|"
                       r"游客|旅客|师生|嘉宾|专家|学者|记者|运动员|代表团)|"
                       rf"台胞|港胞|澳胞|港人|台商|港商|澳商|港资|台资|台企|港企){_CLAUSE}{{0,12}}?(来华|赴华|访华|在华)")
_SOVEREIGNTY = re.compile(rf"(?:(?:香港|澳门){_CLAUSE}{{0,10}}?(收回主权)|(收回(?:香港|澳门)主权))")
_HANDOVER = re.compile(rf"主权交接|(?<=香港|澳门)(?:{_CLAUSE}{{0,6}}?)(主权移交|移交主权)")
_TAIWAN_WORDS = (
    (re.compile(r"台湾(?:地区)?(原住民)"), "少数民族", "台湾的少数民族称“台湾少数民族”，不称“原住民”"),
    (re.compile(r"(台语)(?=歌|电影|片|节目|广播|的|，|。|、)"), "台湾闽南语", "称“台湾闽南语”，不称“台语”"),
    (re.compile(r"(?<![“‘\"])(立法委员)(?![”’\"会])"), "台湾地区民意代表", "台湾的“立法委员”加引号或称台湾地区民意代表"),
)
# cross-strait affairs are China's internal affairs: no word of international law for them (新华社 禁用词, 涉台: 一律不使用
# 国际法上专门用语 — 文书认证/验证 → 文书查证 或 两岸公证书使用, 司法协助 → 司法互助, 引渡 → 遣返, 偷渡 → 私渡; the 2016 list,
# http://jiaodui.com/bbs/read.php?page=e&tid=18178): read only in a clause that speaks of Taiwan or of the two sides
_STRAIT = re.compile(r"台湾|两岸|台胞|赴台|对台|涉台|来台|在台|台方|大陆与台湾|台湾地区")
_STRAIT_LAW = {"司法协助": "司法互助", "引渡": "遣返", "偷渡": "私渡", "文书认证": "文书查证", "文书验证": "文书查证"}
_STRAIT_WORDS = re.compile("|".join(_STRAIT_LAW))
# the bodies of the Taiwan authorities are written in quotes (新华社 禁用词: 对台湾当局“政权”系统和其他机构的名称，无法
# 回避时应加引号) or called 台湾地区领导人, 台湾地区立法机构 …
_TAIWAN_BODY = re.compile(r"(?<=台湾)(?:当局|地区)?的?(?<![“‘])(总统府|总统|副总统|行政院|立法院|司法院|监察院|考试院|外交部|国防部|"
                          r"内政部|陆委会|国安局|中央政府)(?![”’])")
# 香港、澳门、台湾等国家 — when places that are no states are named with states: 国家和地区 (新华社 禁用词)
# (香港、澳门 as items of the list: 香港特区政府同美国等国家合作 names no place among the states; 国 that begins a
# word, 香港等国际及地区航线, 台湾等国内外市场, is no 国 of states)
_STATES_AND_PLACES = re.compile(rf"(?:(?:、|和|及)(?:中国)?(?:香港|澳门|台湾)(?:地区)?|(?:香港|澳门|台湾)(?:地区)?、(?:{_CLAUSE}|、){{0,20}}?)"
                                r"等(?:国家|国(?![家际内外企有营产货资库旗歌]))(?!和地区|与地区|及地区|和国际组织)")
# 中国 set beside 香港/澳门/台湾 as if they were not China: 内地与香港, 大陆与台湾 (王凤超; 新华社 禁用词: 不得将香港、澳门、
# 台湾与中国并列提及)
_CHINA_AND = re.compile(r"(?<!共和)(中国)(?=(?:与|和|同|及|、)(?:香港|澳门|台湾)(?!地区|同胞|问题))"
                        r"|(?<=香港与|香港和|澳门与|澳门和|台湾与|台湾和)(中国)(?!内地|大陆|人民|政府|共产党|的一部分|领土|国民党|香港|澳门|台湾)")
_MAINLAND_HK = re.compile(r"(?:(?<=香港)|(?<=澳门)|(?<=港澳))(?:与|和|同)(大陆)|(大陆)(?=(?:与|和|同)(?:香港|澳门|港澳))")
# states and international bodies
_STATE_SHORT = re.compile(r"(?<![东西])(孟加拉)(?![国湾虎语人族文白])")
_IN_BEIJING = re.compile(r"驻(北京|中国)(?=大使|使馆|大使馆|总领事)")
_MEMBER_STATE = re.compile(r"(?:世界贸易组织|世贸组织|WTO|亚太经合组织|亚太经济合作组织|APEC)(成员国)")
_SHORT_STATE = {"美": "美国", "英": "英国", "法": "法国", "德": "德国", "日": "日本", "俄": "俄罗斯", "意": "意大利",
                "澳": "澳大利亚", "加": "加拿大", "韩": "韩国", "朝": "朝鲜", "越": "越南", "泰": "泰国", "印": "印度"}
_EMBASSY = re.compile(rf"驻([{''.join(_SHORT_STATE)}])(?:大)?使馆")

# the 56 peoples (GB 3304): a name of more than one character before 族 is not cut to its first (蒙族, 维族) nor,
# 新华社's own example, 朝鲜族 to 鲜族 (the last characters of the others make words: 土家族's 家族, 龙族, 安族)
PEOPLES = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
           "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
           "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()


# cuts that name peoples abroad as well (阿族 the Albanians of Kosovo, 俄族 the Russians of Latvia, 乌族, 塔族, 德族, 保族)
_ABROAD = set("阿俄乌塔德保")


def _peoples_short() -> dict[str, str | None]:
    """The cut names (蒙族, 维族, 鲜族) with the full name, None where two peoples' names cut the same (哈族)."""
    official = set(PEOPLES)
    cut: dict[str, str | None] = {"鲜": "朝鲜族"}
    for name in PEOPLES:
        if len(name) >= 2 and name[0] not in official and name[0] not in _ABROAD:
            cut[name[0]] = None if name[0] in cut and cut[name[0]] != name + "族" else name + "族"
    return cut


_CUT_PEOPLES = _peoples_short()
_PEOPLE_CUT = re.compile(f"([{''.join(_CUT_PEOPLES)}])族(?!谱)")


# a character put inside 委员会, the last word of so many bodies' names (仲裁委托员会, 委员员会): 委X员会 is no word
# (but 纪委委员会议 is the meeting of the 纪委委员)
_COMMITTEE = re.compile(r"委((?!委)[\u4e00-\u9fff])员会")


# a national body's name with another body's last word (国家统计署, 海关总局, 国家税务总署, 中国气象总局): the names of
# names.tsv (国务院机构设置, 国发〔2023〕5号) that start with 国家/中国/海关, with 局, 总局, 署 or 总署 swapped
_SUFFIXES = ("总局", "总署", "局", "署")


@lru_cache(maxsize=2)
def _swapped(_key: int) -> tuple[re.Pattern | None, dict[str, str]]:
    from speechwriter.check.lists import entries

    names = set(entries("names"))
    table: dict[str, str] = {}
    for name in names:
        if not name.startswith(("国家", "中国", "海关")):
            continue
        suffix = next((x for x in _SUFFIXES if name.endswith(x)), None)
        if suffix is None:
            continue
        stem = name[:-len(suffix)]
        for other in _SUFFIXES:
            wrong = stem + other
            if other == "局" and suffix == "总局" or stem == "海关" and other == "局":
                continue   # 国家税务局 (1988–1993, and the 省国家税务局 of 1994–2018), 体育局: a former or a local body
            if other != suffix and wrong not in names and not any(n.startswith(wrong) for n in names):
                table[wrong] = name
    if not table:
        return None, table
    # (not before 长: 金砖国家海关署长会议 are the heads of customs)
    return re.compile("(?:" + "|".join(map(re.escape, sorted(table, key=len, reverse=True))) + ")(?!长)"), table


# the words one of which a line must hold for a pattern to match (a cheap test first: most lines hold none)
_GATES: dict[re.Pattern, tuple[str, ...]] = {
    **dict(zip([p for p, *_ in _TITLES], [("院长",), ("检察长",), ("署长",), ("院长",), ("主席",), ("自治区",), ("自治州",),
                                          ("自治县",), ("省长",), ("书记",), ("美国",), ("英国", "日本"), ("首相",)])),
    **dict(zip([p for p, *_ in _SESSION_ORDER], [("人大",), ("政协",), ("全国",), ("全国",), ("常委会",), ("常委会",), ("中全会",),
                                                 ("政协委员会",)])),
    **dict(zip([p for p, *_ in _DEPUTY_MEMBER], [("人大代表",), ("政协委员",), ("政协委员",), ("人大代表",), ("人大代表",),
                                                 ("列席",), ("政协代表",), ("人大委员",), ("委员通道",), ("代表通道",),
                                                 ("共商国事",)])),
    **dict(zip([p for p, *_ in _TAIWAN_WORDS], [("原住民",), ("台语",), ("立法委员",)])),
    _COMMITTEE: ("员会",), _PROVINCES_ALL: ("个省",), _FOUNDING: ("建国", "祖国"), _CELEBRATE_YEARS: ("庆祝", "纪念"),
    _COMMEMORATE_FOUNDING: ("纪念",), _CELEBRATE_VICTORY: ("庆祝",), _WAR_NAME: ("法西斯",), _TO_CHINA: ("华",),
    _SOVEREIGNTY: ("主权",), _HANDOVER: ("主权",), _TAIWAN_BODY: ("台湾",), _STATES_AND_PLACES: ("等国",),
    _CHINA_AND: ("香港", "澳门", "台湾"), _MAINLAND_HK: ("大陆",), _STATE_SHORT: ("孟加拉",), _IN_BEIJING: ("驻北京", "驻中国"),
    _MEMBER_STATE: ("成员国",), _EMBASSY: ("使馆",), _PEOPLE_CUT: ("族",),
}


def _find(pattern: re.Pattern, line: str) -> Iterator[re.Match]:
    gates = _GATES.get(pattern)
    if gates is not None and not any(g in line for g in gates):
        return iter(())
    return pattern.finditer(line)


def _is_word(word: str) -> bool:
    from speechwriter.core.tokens import tokenizer

    return bool(tokenizer().FREQ.get(word))


def slips(line: str, names: tuple[re.Pattern | None, dict[str, str]] | None = None) \
        -> Iterator[tuple[int, int, str, str | None, str, str]]:
    """(start, end, written, right or None, why, severity) of each slip these routes read in `line` (`names`: the
    bodies' names with another last word, `_swapped`)."""
    for pattern, template, why in _TITLES + _SESSION_ORDER:
        for m in _find(pattern, line):
            yield m.start(), m.end(), m.group(), m.expand(template), why, "warning"
    for pattern, right, why in _DEPUTY_MEMBER:
        for m in _find(pattern, line):
            yield m.start(1), m.end(1), m.group(1), right, why, "warning"
    swapped, table = names if names is not None else (None, {})
    if swapped is not None and ("局" in line or "署" in line):
        for m in swapped.finditer(line):
            yield m.start(), m.end(), m.group(), table[m.group()], "机构名称写错（以国务院机构设置为准）", "warning"
    for m in _find(_COMMITTEE, line):
        if _is_word(m.group(1) + "员"):
            continue   # 党委动员会, 党委成员会议, 支委党员会: X员 a word, then 会
        yield m.start(), m.end(), m.group(), "委员会", "机构名称“委员会”中多了一个字", "warning"
    for m in _find(_PROVINCES_ALL, line):
        yield m.start(), m.end(), m.group(), m.group() + "（区、市）", "不全是省，写“省（区、市）”", "warning"
    for m in _find(_FOUNDING, line):
        if m.start() and all_han(line[m.start() - 1]) and line[m.start() - 1] not in _BEFORE_FOUNDING:
            continue   # 朝鲜建国70周年: another state's founding
        sentence = line[:m.start()].rsplit("。", 1)[-1]
        if _OTHER_STATE.search(sentence):
            continue
        years, unit = m.group(2), m.group(3)
        right = f"新中国成立{years}周年" if unit != "岁" else f"新中国{years}岁"
        yield m.start(), m.end(), m.group(), right, "国家的生日称“新中国成立N周年”或“中华人民共和国成立N周年”", "warning"
    for m in _find(_CELEBRATE_YEARS, line):
        yield m.start(), m.end(), m.group(), m.group(1) + "周年", "庆祝、纪念的是“N周年”（“N年来”才用“年”）", "warning"
    for m in _find(_COMMEMORATE_FOUNDING, line):
        yield m.start(1), m.end(1), "纪念", "庆祝", "新中国成立、香港澳门回归祖国的周年是庆祝，不是纪念", "warning"
    for m in _find(_CELEBRATE_VICTORY, line):
        yield m.start(1), m.end(1), "庆祝", "纪念", "战争胜利、革命、诞辰、逝世的周年是纪念，不是庆祝", "warning"
    for m in _find(_WAR_NAME, line):
        if m.group(1):
            yield m.start(1), m.end(1), "中国", "中国人民", "正式名称是“中国人民抗日战争暨世界反法西斯战争”", "warning"
        else:
            yield m.start(2), m.end(2) + 5, "世界法西斯战争", "世界反法西斯战争", "是“世界反法西斯战争”", "warning"
    for m in _find(_TO_CHINA, line):
        place = "大陆" if m.group(1).startswith("台") else "内地"
        right = m.group(2)[0] + place
        yield m.start(2), m.end(2), m.group(2), right, f"港澳台同胞不是外国人：来{place}，不说“来华”", "warning"
    for m in _find(_SOVEREIGNTY, line):
        k = 1 if m.group(1) else 2
        place = "" if k == 1 else m.group(2)[2:4]
        right = f"对{place}恢复行使主权" if place else "恢复行使主权"
        yield m.start(k), m.end(k), m.group(k), right, "中国政府对香港、澳门是恢复行使主权（1997年前的文本多说收回，回顾时可不改）", "info"
    for m in _find(_HANDOVER, line):
        k = 1 if m.group(1) else 0
        yield m.start(k), m.end(k), m.group(k), "政权交接", "香港、澳门回归时是政权交接，不是主权交接", "warning"
    for pattern, right, why in _TAIWAN_WORDS:
        for m in _find(pattern, line):
            yield m.start(1), m.end(1), m.group(1), right, why, "warning"
    if _STRAIT.search(line):
        for m in _STRAIT_WORDS.finditer(line):
            if _STRAIT.search(clause_around(line, m.start(), m.end())):
                yield (m.start(), m.end(), m.group(), _STRAIT_LAW[m.group()],
                       "两岸事务是中国内部事务，不用国际法上的专门用语", "warning")
    for m in _find(_TAIWAN_BODY, line):
        yield m.start(1), m.end(1), m.group(1), None, "台湾当局机构的名称须加引号，或改用“台湾地区领导人”“台湾地区有关部门”等说法", "warning"
    for m in _find(_STATES_AND_PLACES, line):
        at = line.rindex("等", m.start(), m.end())
        yield at, m.end(), line[at:m.end()], "等国家和地区", "香港、澳门、台湾不是国家，与国家并列时写“国家和地区”", "warning"
    for m in _find(_CHINA_AND, line):
        k = 1 if m.group(1) else 2
        beside = re.search(r"香港|澳门|台湾", line[max(0, m.start() - 3):m.end() + 3])
        right = "大陆" if beside and beside.group() == "台湾" else "内地"
        yield (m.start(k), m.end(k), "中国", "中国" + right,
               "香港、澳门、台湾是中国的一部分，不与“中国”并列，对举时称“内地”“大陆”", "warning")
    for m in _find(_MAINLAND_HK, line):
        k = 1 if m.group(1) else 2
        yield m.start(k), m.end(k), "大陆", "内地", "与香港、澳门对举时称“内地”（与台湾对举时才称“大陆”）", "warning"
    for m in _find(_STATE_SHORT, line):
        yield m.start(1), m.end(1), m.group(1), "孟加拉国", "国名简称是“孟加拉国”，“国”字不省（旧时也写“孟加拉”）", "info"
    for m in _find(_IN_BEIJING, line):
        yield m.start(), m.end(), m.group(), "驻华", "外国驻我国的使馆称“驻华大使馆”，大使称“驻华大使”", "warning"
    for m in _find(_MEMBER_STATE, line):
        yield m.start(1), m.end(1), m.group(1), "成员", "这一组织的成员不全是国家，称“成员”", "warning"
    for m in _find(_EMBASSY, line):
        yield m.start(), m.end(), m.group(), f"驻{_SHORT_STATE[m.group(1)]}大使馆", "公文中使馆名称写全称", "info"
    for m in _find(_PEOPLE_CUT, line):
        yield m.start(), m.end(), m.group(), _CUT_PEOPLES[m.group(1)], "民族名称不能简称", "warning"


def _word_edges(line: str, start: int, end: int, bounds: set[int]) -> bool:
    """The match starts and ends at word boundaries (台语: starts; 台语歌星 is cut 台语歌/星)."""
    return start in bounds and (end in bounds or line[start:end] == "台语")


# routes whose written form is short and may sit inside another word (蒙族 in 启蒙族谱?, 台语 in 舞台语言): the
# match must start and end at word boundaries
_SHORT_FORMS = {"孟加拉", "台语"}


def check(text: Text) -> list[Finding]:
    from speechwriter.check.lists import entries
    from speechwriter.check.wordlist import boundaries

    names = _swapped(id(entries("names")))   # (read again when the clerk's names.tsv changes)
    found: list[Finding] = []
    for i, para in enumerate(text.paragraphs):
        bounds: set[int] | None = None
        for start, end, written, right, why, severity in slips(para.text, names):
            if written in _SHORT_FORMS or written.endswith("族") and len(written) == 2:
                if bounds is None:
                    bounds = boundaries(para.text)
                if not _word_edges(para.text, start, end, bounds):
                    continue
            if any(f.paragraph == i and f.start < end and start < f.end for f in found):
                continue
            message = f"“{written}”不规范：{why}" + (f"，应为“{right}”。" if right else "。")
            found.append(Finding("term", severity, message, i, start, end, written, right, para.section))
    return found
