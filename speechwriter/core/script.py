"""Traditional script read as simplified: a speech pasted from a page in 繁體 (`第二屆…會議開幕詞`,
`同志們：`) has its title, salutation and speaker read by the same cues as one in 简体.

`simplified(text)` swaps character for character (the length stays, so an index into the one is an
index into the other). Only characters that simplified text does not use are swapped (not 著, 乾, 後
as a surname, 余 …): simplified text comes back unchanged. The table covers the characters of office
writing — a speech's title block, salutation, headings and the common words of its body — not every
character; a rare one stays as it is.
"""

from __future__ import annotations

import re

# each pair: the traditional character, then the simplified one
_PAIRS = (
    "們们會会議议屆届開开閉闭幕幕詞词辭辞講讲話话發发報报彙汇匯汇導导領领員员動动職职務务總总結结"
    "書书記记長长縣县區区鎮镇鄉乡黨党團团學学來来賓宾賀贺歡欢謝谢紀纪範范級级體体慶庆節节廠厂電电"
    "網网頁页當当覽览閱阅讀读數数間间時时類类據据屬属聯联誼谊語语專专題题組组織织辦办處处廳厅庫库"
    "檔档財财機机關关單单衛卫華华國国協协農农業业醫医歲岁說说對对這这個个為为給给讓让進进過过還还"
    "點点將将從从並并應应現现實实際际質质問问義义經经濟济產产設设計计劃划觀观論论調调視视贊赞勵励"
    "獎奖優优熱热願愿傳传統统萬万億亿週周誌志擔担負负責责舉举風风險险環环藝艺術术歷历師师範范員员"
    "標标準准確确認认識识變变選选達达運运軍军隊队戰战爭争勝胜敗败創创優优勢势擴扩張张強强與与齊齐"
    "興兴華华貫贯徹彻落落繼继續续穩稳脫脱貧贫鄰邻縣县區区鄉乡鎮镇村村莊庄園园場场廣广東东陝陕貴贵"
    "遼辽寧宁黑黑龍龙蘇苏淺浅灣湾澤泽濱滨瀋沈陽阳鄭郑蘭兰嶺岭漢汉灘滩灤滦滬沪閩闽贛赣湘湘粵粤"
    "門门問问閒闲閃闪閣阁闊阔闖闯開开間间關关闡阐闢辟鬧闹隨随險险陰阴陸陆陳陈隱隐隊队階阶際际障障"
    "飛飞飯饭飲饮餘余館馆養养餐餐顯显預预頒颁頓顿領领頭头頻频顧顾顏颜額额題题類类願愿風风颱台"
    "馬马駐驻驗验騰腾驅驱驕骄鳥鸟鳴鸣麥麦黃黄齒齿龜龟鋼钢鐵铁銀银錢钱錯错鍵键鐘钟長长門门"
    "車车軌轨軟软載载輕轻較较輔辅輝辉輪轮輸输轉转辦办農农邊边遞递遠远適适遷迁選选遺遗還还邁迈"
    "認认討讨訓训記记許许設设訪访證证評评詞词試试詩诗誠诚話话該该詳详誇夸認认誓誓說说誰谁課课"
    "調调談谈請请諸诸論论諾诺謀谋謂谓講讲謝谢謹谨證证識识譜谱警警譯译議议護护讀读變变讓让讚赞"
    "貝贝負负財财責责貢贡貨货質质購购貸贷費费資资賊贼賓宾賞赏賢贤賣卖賤贱賦赋賴赖贈赠贏赢趕赶"
    "紅红約约級级紀纪純纯紙纸納纳紛纷素素細细紹绍終终組组結结絕绝給给統统絲丝經经綠绿維维綱纲"
    "網网緊紧緒绪線线練练編编緣缘縮缩績绩總总繁繁織织繪绘繼继續续纖纤罷罢義义習习聖圣聞闻聲声"
    "聽听職职肅肃脈脉腦脑臉脸臨临興兴舉举艦舰艱艰莊庄華华萬万葉叶著著蓋盖蕭萧薦荐藥药蘭兰處处"
    "號号蟲虫補补裝装製制複复見见規规視视親亲覺觉觀观角角計计訂订訊讯託托記记訴诉診诊詢询該该"
    "員员團团圍围圖图圓圆園园聖圣場场壇坛壞坏壓压壘垒壯壮聲声壽寿夢梦夠够奪夺奮奋婦妇媽妈孫孙"
    "寧宁實实審审寫写寬宽寶宝將将專专尋寻對对導导層层屆届屬属崗岗島岛嶄崭巖岩幣币師师帶带帳帐"
    "幫帮幹干廢废廣广廳厅彈弹後后徑径從从復复徵征應应懷怀態态慮虑慣惯憂忧憶忆戀恋戶户揚扬換换"
    "揮挥損损搖摇搶抢撥拨擁拥擊击擇择擔担據据擴扩攜携收收敵敌敘叙數数斷断於于時时晉晋暢畅暫暂"
    "書书會会東东條条來来極极構构樣样標标樂乐樹树橋桥機机檢检權权歡欢歸归歷历殘残殺杀氣气漢汉"
    "決决沒没況况淚泪測测湧涌滅灭滿满漁渔潔洁潛潜濟济濃浓灣湾災灾為为烏乌無无煙烟熱热爭争爺爷"
    "牆墙獨独獲获現现瑪玛環环產产畢毕畫画異异當当療疗發发盡尽監监盤盘眾众碼码確确礎础禮礼禍祸"
    "離离種种稱称穩稳積积窮穷競竞筆笔節节範范築筑簡简糧粮係系緊紧線线縣县總总繩绳繳缴罰罚聯联"
    "腳脚臺台與与舊旧艷艳藝艺術术衛卫衝冲裡里複复見见覽览觸触訪访詳详誤误貿贸賽赛蹤踪躍跃"
    "軍军輩辈辭辞農农達达遠远郵邮鄉乡醫医釋释鋪铺錄录鎖锁鏡镜長长閑闲陣阵陽阳際际隸隶雖虽雙双"
    "雜杂雞鸡離离難难電电靈灵靜静響响頂顶項项順顺須须預预領领頻频穎颖題题顔颜願愿顛颠飄飘"
    "驚惊體体髮发鬥斗魚鱼鮮鲜麗丽點点黨党齊齐龍龙僅仅價价儀仪億亿優优儘尽償偿兒儿兩两內内冊册"
    "凍冻凱凯劉刘劍剑勞劳勢势勳勋區区協协單单衛卫卻却厲厉參参雙双叢丛吳吴呂吕員员問问啟启喚唤"
    "嚴严圍围堅坚報报執执塊块塵尘墊垫壩坝夾夹奧奥奬奖妝妆孃娘學学寵宠屍尸屢屡嶽岳幾几廟庙廠厂"
    "徹彻恆恒悅悦惡恶愛爱慘惨慶庆憑凭戲戏戰战拋抛挾挟捨舍掃扫掛挂採采揀拣搶抢攝摄敗败斂敛"
    "暉晖曆历曉晓曠旷曬晒朧胧東东棄弃棟栋樓楼歐欧歲岁毀毁氫氢洩泄潤润濕湿瀏浏灑洒燈灯燒烧營营"
    "爐炉犧牺獄狱獎奖瑣琐璽玺甕瓮畝亩疊叠瘋疯癒愈皚皑盜盗睜睁矯矫礙碍祿禄禪禅稅税稿稿窩窝"
    "筍笋簽签籌筹紐纽紡纺綜综綿绵緻致縱纵繞绕纜缆罈坛罵骂羅罗聰聪肅肃脅胁膽胆臟脏艙舱蘇苏"
    "蝦虾螢萤衆众襲袭覆覆訖讫訟讼詐诈誕诞誘诱諧谐謊谎豐丰豬猪貓猫貞贞賬账賺赚趙赵跡迹踐践蹟迹"
    "軀躯輿舆轄辖遜逊遲迟鄒邹醜丑鈔钞鉛铅銳锐鋒锋錶表鍛锻鎊镑鑒鉴閘闸闆板闕阙隔隔雲云霧雾韓韩"
    "頸颈頗颇顆颗颳刮颶飓餅饼饑饥馳驰駕驾騎骑驟骤骯肮鬆松鬍胡魯鲁鳳凤鴻鸿鵬鹏鹽盐麼么黴霉"
    "齡龄殲歼羨羡蓮莲薩萨藍蓝蘋苹處处虧亏蠶蚕衞卫袞衮裏里褲裤襪袜親亲訝讶謠谣譽誉讒谗貪贪"
    "賜赐賠赔賭赌購购贊赞贖赎趨趋跡迹躉趸輛辆輯辑轎轿辯辩郵邮鄧邓鄰邻釐厘鈴铃錦锦鍋锅鎮镇"
    "鐘钟鑄铸闈闱隴陇雋隽韻韵頌颂頑顽頒颁頰颊顱颅飢饥飾饰餵喂騷骚驢驴髒脏鬱郁鹹咸麵面黽黾"
    "週周逕迳遊游邏逻醞酝釀酿鈞钧鉤钩銅铜銘铭鋁铝錘锤鍊炼鍾钟鐲镯鑰钥閡阂闌阑陝陕隨随隱隐"
    "乾乾傢家傘伞備备傑杰傷伤傾倾僑侨儲储兇凶剛刚劃划劑剂劇剧勁劲勝胜匯汇廚厨叄叁吶呐啓启"
    "喪丧嗎吗嘆叹噸吨噹当嚇吓囑嘱團团壺壶壽寿夥伙奪夺媯妫嫻娴嬰婴宮宫寢寝專专尷尴屜屉"
    "嶼屿幟帜彌弥彎弯彙汇徠徕憲宪懇恳懶懒懸悬戔戋擬拟擠挤擾扰攤摊敎教斕斓暈晕曄晔桿杆"
    "梘枧棧栈椏桠楊杨榮荣槍枪樁桩樸朴檯台櫃柜欄栏歎叹殼壳氈毡沖冲滄沧滯滞滲渗滷卤滾滚漲涨"
    "潑泼澆浇濁浊濤涛濫滥瀉泻灝灏烴烃煉炼熗炝燉炖燭烛爍烁牘牍犢犊狀状猶犹獅狮獻献瑋玮璣玑"
    "甦苏畵画癢痒皺皱盞盏瞞瞒矚瞩磚砖礦矿祕秘禦御穀谷窯窑竄窜竊窃籃篮籤签粧妆糰团紮扎"
    "紳绅紺绀絞绞絡络綁绑綢绸綫线綴缀緝缉緩缓緯纬縛缚縫缝繃绷繡绣繭茧纏缠罌罂羥羟翹翘"
    "聳耸肅肃脹胀腎肾膚肤臍脐舖铺艤舣芻刍荊荆莖茎萊莱葷荤蔣蒋蔥葱蕩荡藹蔼蘆芦虜虏蝕蚀"
    "蠟蜡衊蔑補补襯衬覓觅覲觐訛讹訣诀詠咏詭诡誅诛誡诫諒谅諮谘諱讳謙谦謬谬譴谴讖谶"
    "豎竖豈岂貫贯貶贬賄贿賈贾賓宾賑赈賒赊賬账賽赛贓赃贛赣趲趱踴踊躪躏軸轴輒辄"
    "辮辫迴回逾逾遙遥遞递鄭郑醖酝釘钉釣钓鈍钝鈎钩銷销鋤锄錐锥鍍镀鎔熔鏈链鏟铲鐺铛"
    "閥阀閨闺閩闽闔阖闥闼隕陨隣邻雛雏靂雳靨靥韋韦韌韧頃顷頹颓顎颚顥颢颺飏飪饪餃饺"
    "餓饿餡馅饒饶饞馋駁驳駝驼駭骇騙骗驀蓦驛驿髏髅鬧闹鱷鳄鴉鸦鴿鸽鵝鹅鶴鹤鷹鹰麩麸"
    "礎础術术佈布佔占併并侶侣倆俩倉仓個个們们偉伟側侧偵侦僞伪儈侩僥侥儕侪儻傥"
    "績绩鞏巩寫写紮扎悶闷滙汇邇迩郟郏崑昆崙仑峴岘嵐岚嶄崭"
    "註注糾纠鑑鉴峯峰爲为纔才麽么敍叙僱雇隻只汙污瑤瑶齣出擡抬牽牵覈核嘗尝盧卢譚谭閆闫龔龚湯汤馮冯鄺邝聶聂鄔邬閔闵婁娄喬乔溫温"
    "穫获疇畴摯挚飽饱繫系羣群峽峡瀾澜晝昼盪荡槓杠臥卧諫谏顫颤癥症虛虚"
)
_TABLE = str.maketrans({_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS) - 1, 2)
                        if _PAIRS[i] != _PAIRS[i + 1]})
# (a speech in simplified script — nearly every one — is only searched: `translate` looks each
# character up in the table, several times slower than one search of a character class)
_TRADITIONAL = re.compile("[" + "".join(chr(code) for code in _TABLE) + "]")


def simplified(text: str) -> str:
    """`第二屆…會議開幕詞` → `第二届…会议开幕词`; simplified text unchanged; same length."""
    return text.translate(_TABLE) if _TRADITIONAL.search(text) else text


# simplified → traditional, each simplified character to the first traditional one the table pairs it with
# (not where the pair is a rarer sense's: 同志 is not 同誌, 出 not 齣, 干部 not 乾部 …)
_KEEP_SIMPLIFIED = set("志出表板胡面系回才么只核扎干后里余台松谷教")
_TO_TRADITIONAL = str.maketrans({simple: trad for trad, simple in reversed(
    [(_PAIRS[i], _PAIRS[i + 1]) for i in range(0, len(_PAIRS) - 1, 2) if _PAIRS[i] != _PAIRS[i + 1]])
    if simple not in _KEEP_SIMPLIFIED})


def traditional(text: str) -> str:
    """`第二届…会议开幕词` → `第二屆…會議開幕詞` (the table's characters; same length): a page in 繁體,
    made from a speech in 简体 (core/shapes.py), which `simplified` reads back."""
    return text.translate(_TO_TRADITIONAL)


# a reading spelled out in pinyin right after a character, as some pages of model texts print it
# (`發(fā)言`, `施振強(qiáng)`, `会（huì）`): a syllable in brackets with its tone marked. An unmarked
# word in brackets (`(ppt)`, `(de)`) is left alone: it may be the speech's own.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}[)）]")


def without_glosses(text: str) -> str:
    """`發(fā)言` → `發言`: the text without the pinyin readings printed after its characters."""
    return GLOSS.sub("", text) if "(" in text or "（" in text else text


def as_read(text: str) -> str:
    """What the analyser reads a line as: simplified script, without pinyin readings (`縣委書記
    施振強(qiáng)` → `县委书记 施振强`). The speech keeps the line as written; only line-level
    decisions (what a line is) are taken on this reading, never an index into the text."""
    return simplified(without_glosses(text))
