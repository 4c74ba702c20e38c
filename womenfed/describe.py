"""Report metadata: outlet, dates, the reporting federation, its level and place, the authors.

Each field comes from a pattern of how Chinese web reports state it (``来源:X网``, ``X网讯``,
``(文/记者 …)``, ``<place>妇联`` …). What the text does not say stays empty; where the text
contradicts itself (a stated year against an event that dates it elsewhere), the
contradiction is reported in ``contradictions`` rather than silently resolved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, pairwise

import opencc

from . import dates, lexicon, places
from .clean import GLUED_PINYIN
from .sources import UNLISTED, Listing

# Han characters of names include CJK Extension A and B (㙟 in a town's name), not only the
# basic block.
HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]"
# Outlet names are read whole, from a boundary to the end of the name, never cut at a length
# (新安县人民政府网, not 安县人民政府网).
NAME_STOP = r"(?=发布|时间|日期|作者|编辑|记者|浏览|点击|字号|[\s,，。;；|｜/、()（）:：]|$)"
SOURCE_LINE = re.compile(rf"(?:来源|稿源|出处|转自|转载自)\s*[:：|｜]?\s*({HAN}[\w·]*?){NAME_STOP}")
DATELINE = re.compile(rf"^[·•]?\s*({HAN}{{2,}}?)(?:\d{{1,2}}月\d{{1,2}}日)?[讯电]", re.M)
FOLLOW = re.compile(rf"关注({HAN}{{2,}}?)(?:官方)?(?:微信|公众号|微博|客户端)")
WECHAT_ACCOUNT = re.compile(rf"(?:微信公众号|公众号)\s*[:：]?\s*[「“]?({HAN}[\w·]*?)[”」]?"
                            rf"{NAME_STOP}")
ACCOUNT_BEFORE_STAMP = re.compile(
    rf"(?:^|\s)(?!\S*(?:时间|日期|发布|发表|原创))({HAN}{{2,}})\s+(?:19|20)\d\d[-/.年]\d{{1,2}}[-/.月]"
    r"\d{1,2}日?\s*\d{1,2}:\d{2}", re.M)
ACCOUNT_TAIL = re.compile(r"(?:官方)?(?:微信公众号|公众号|微信|微博|客户端)$")
# A sentence that names the site after a verb of publishing: 本文档由用户上传至X文库网
PUBLISHED_ON = re.compile(r"^.*(?:上传|发布|转载|刊登|刊发|登载|发表|来源)(?:至|于|在|到|自)?")
# A site or paper: a run of Han characters from a boundary (after a verb of following or
# visiting) up to the word that ends such names.
SITE_NAME = re.compile(rf"(?<!{HAN})(?:关注|来自|来源于|转自|转载自|访问|登录|打开|欢迎)*"
                       rf"({HAN}+?(?:门户网站|网站|网|(?:文库|日报|晚报|早报|时报|报社)网?))"
                       r"(?![页站络友民格点上])")
# (a paper named in quotes, or in a byline before its reporter: 随州日报 记者 向艳)
LOCAL_PAPER = re.compile(rf"《({HAN}{{2,8}}?(?:日报|晚报))》"
                         rf"|(?<![{HAN[1:-1]}])({HAN}{{2,8}}?(?:日报|晚报))\s*(?=记者|通讯员)")
# The federation, by its short or full name; its place is written right before it.
# A hard-wrapped page may break the name at a line end (临泉县妇\n联, 临泉县\n妇联). Where
# there is no federation (an enterprise, an office, a unit of the production corps), a women's
# committee (妇委会, 妇女委员会, 妇女工作委员会) does its work and writes its reports.
# The committee for women and children of a government (妇儿工委, 妇女儿童工作委员会) has its
# office in the federation of its level: its place is the federation's.
FEDERATION = re.compile("妇\n?联|妇女联合会|妇委会|妇女(?:工作)?委员会|妇儿工委|妇女儿童工作委员会")
# The short form of each organ word: 妇女联合会 is 妇联, 妇女(工作)委员会 is 妇委会, 妇女儿童工作
# 委员会 is 妇儿工委; a village's women's congress (妇代会, the organ before villages had
# federations) is written only so.
ORGAN_SHORT = (("妇委会", re.compile("妇委会|妇女(?:工作)?委员会")),
               ("妇儿工委", re.compile("妇儿工委|妇女儿童工作委员会")),
               ("妇代会", re.compile("妇代会")))
WOMENS_ORGAN = f"{FEDERATION.pattern}|妇代会"  # the organ words a unit's women's body is written with
FEDERATION_SHORT = "妇联"
# The party organ of the offices of one level that a women's committee may belong to
# (县直机关工委妇委会): its level word is the committee's level, so the place is read before it.
# A street's office (街道办事处, 街道办) is the street's: 城南街道办妇联 is 城南街道's.
UNIT_ORGAN_WORDS = "(?:(?:直属|直)?(?:机关)?(?:党)?工委|(?<=街道)办(?:事处)?)"
UNIT_ORGAN = re.compile(rf"{UNIT_ORGAN_WORDS}\Z")
ORGAN_AFTER_UNIT = re.compile(f"((?:{UNIT_ORGAN_WORDS})?)({WOMENS_ORGAN})")  # after a unit's name
# Units of the Xinjiang Production and Construction Corps, numbered, not in the gazetteer of
# civil divisions: the corps (province level), its divisions (师, prefecture level) and its
# regiments (团, county level): 第一师, 农八师, 一五〇团, 144团.
CORPS_UNIT = re.compile(r"(?:新疆)?生产建设兵团\Z|(?:第|农|建工)?[〇零一二三四五六七八九十百\d]{1,4}[师团]\Z")
CORPS_LEVEL = re.compile("(?:兵团|师|团)\\Z")  # read as a place only in a corps unit's name
CORPS_PROVINCE_STEM = "新疆"  # all corps units lie in Xinjiang (hand-written fact)
# 街 is the short form of 街道 in federations' names (凤凰街妇联); 苏木 and 嘎查 are the township
# and the village of Inner Mongolia's pastoral areas
PLACE_SUFFIX = "省|自治区|兵团|市|州|盟|县|区|旗|师|团|镇|乡|苏木|街道|街|村|嘎查|社区"
# A place name is two or more characters before its level suffix (宁乡市 is not 宁乡 + 市); a
# community named after the street or village it grew from (北海东街社区, 王家村社区) is one name:
# its 街 or 村 ends no place of its own before 社区.
PLACE_PART = re.compile(rf"{HAN}{{2,}}?(?:{PLACE_SUFFIX})(?!(?<=[街村])社区)")
PLACE_END = re.compile(rf"(?:{PLACE_SUFFIX})\Z")  # \Z: not before a final line break
VILLAGE_END = re.compile(r"(?:村|嘎查|社区)\Z")
# The levels the gazetteer lists whole (every province, prefecture and county, former ones
# included): a name of theirs that it does not hold is no place, whatever the dictionary
# guesses (王丽荣获市妇联: jieba tags 荣获 as a person's name). Zones (区), townships and
# villages it holds in part, so a dictionary guess still counts for them.
LISTED_LEVEL = re.compile(r"(?:省|自治区|市|州|盟|地区|县|旗)\Z")
TRAILING_HAN = re.compile(rf"{HAN}*\Z")
HAN_UP_TO = re.compile(rf"{HAN}+\Z")
MIN_HAN_BEFORE, MAX_HAN_BEFORE = 2, 7
# jieba dictionary tags of names (places, persons, other proper names): 昌邑/nr, 广丰/ns.
NAME_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg"})
COMMON_NOUN_TAGS = frozenset({"n", "s"})  # a noun, a noun of place (景区/n, 街区/s)
AREA_LEVEL_WORD = "区"  # the level character that also closes nouns of areas (景区, 园区)
# A 'small town' (特色小镇: 电商小镇, 基金小镇) is a park named by its trade, not a township: its
# 镇 is a level word only where the division codes list the name (中小镇 is a town)
SMALL_TOWN = "小镇"
PREFECTURE_WORDS = ("地区",)  # a level word of two characters ending in 区
# Characters that cannot be part of a place name in front of 妇联 (function words, verbs).
NAME_BOUNDARY = set("是在和与及的了为由对将把向从被等到赴,。、“”:;()《》 \n全各本该我其此")
# A village's or community's name by its grammar: two to six characters of a name (no function
# word or boundary in it) and its level word (东风村, 新华社区).
NAME_CHAR = rf"(?:(?![{re.escape(''.join(sorted(NAME_BOUNDARY)))}]){HAN})"  # a character of a name
VILLAGE_NAME = re.compile(rf"{NAME_CHAR}{{2,6}}?(?:村|社区|嘎查)")
FUNCTION_CHARS = "是在与及的了为由对将把向从被等"
# A village's or community's own bodies written right after its name (幸福社区妇联, 光荣村村部).
VILLAGE_ORGAN = "妇联|妇女联合会|妇代会|党委|党总支|党支部|居委会|村委会|村委|村部|居民委员会|村民委员会"
# Phrases of the scope a federation works in: 全市妇女, 我县, 本镇 (the level word it names).
SCOPE = re.compile("(?<=[全我本])(省|市|州|盟|县|区|旗|镇|乡|街道|村|社区)")
MIN_SCOPE = 2
# 在县委(、县政府)的领导下: a work report names the party committee of its own level as the one
# it works under; each such frame counts as that many scope phrases.
OWN_COMMITTEE = re.compile(rf"在(?:中共)?(?:{HAN}{{2,8}}?)?(省|市|州|盟|县|区|旗|镇|乡|街道|村|社区)"
                           r"(?:党委|党工委|委)[^，,。;；]{0,14}?领导下")
# The body that owns a page, in its footer: 版权所有：X, 主办单位：X, X 版权所有
# (版权所有 © 2023 X: a copyright sign and years may stand between; X 主办 at a line's end)
# A breadcrumb (首页 > 工作动态 > 临泉县妇联, 当前位置：首页>>走进沈丘>>乡镇动态): its crumbs are the
# sections of the page's own site, a unit's among them.
CRUMB_TRAIL = re.compile(r"^[^\n]*?(?:首页|主页|位置)[^\n]*?[>›»][^\n]*$", re.M)
CRUMB_SEPARATOR = re.compile(r"\s*[>›»]+\s*")
SITE_OWNER = re.compile(rf"(?:版权所有|主办单位|主办)\s*[:：]?\s*(?:(?:[©Ⓒ]|\([Cc]\)|Copyright)\s*)?"
                        rf"(?:\d{{4}}(?:\s*[-—–]\s*\d{{4}})?\s*)?({HAN}{{4,30}})"
                        rf"|({HAN}{{4,30}})\s*(?:版权所有|主办\s*$)", re.M)
# The kinds of zone whose committees have federations (高新区妇联, 中央商务区妇联), longest first
# (hand-written: the gazetteer lists no zones). A zone is named after the unit that holds it,
# its name or stem, with up to ZONE_QUALIFIER characters before the kind (三亚|中央|商务区,
# 横琴|粤澳深度|合作区).
ZONE_KIND = ("(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|工业园区|新区|保税区|商务区|"
             "合作区|试验区|实验区|示范区|先行区|自贸区)")
ZONE = re.compile(ZONE_KIND + "$")
# The short forms of kinds whose full form the division codes write (合肥高新区 is listed as
# 合肥高新技术产业开发区)
ZONE_SHORT_KINDS = (("高新区", "高新技术产业开发区"),)
ZONE_WORD = re.compile(ZONE_KIND)  # a kind in a text, or alone after its holder (合肥市|高新区)
ZONE_QUALIFIER = 4
ZONE_HOLDER = 4  # characters of a holder's stem written before a zone in a text (三亚, 横琴)
# The head of another body's name that may open on a place, after up to four characters of
# its own (嘉兴|电子商务|产业园, 兰州|银行, 邵阳|新闻网, 威海|晚报, 云南省|营养|学会), or a
# company's longer name (宁夏|琳子织造|有限公司). Hand-written: heads of outlets, companies and
# institutions.
OTHER_BODY = re.compile(rf"{NAME_CHAR}{{0,4}}?(?:新闻网|新闻|网|日报|晚报|早报|电视台|广播电视台|"
                        r"融媒体中心|银行|公司|集团|大学|学院|医专|中学|小学|医院|产业园|学会|协会|"
                        rf"事务所)|{NAME_CHAR}{{0,12}}?有限(?:责任)?公司")
# ... unless the body is the venue of the work (在江西赣州瑞金干部学院举办): 在 and the places
# written before it
VENUE = re.compile(rf"在{HAN}{{0,6}}\Z")
TOWNSHIP_WORDS = ("镇", "乡", "街道")  # a zone named after a town: 横琴 of 横琴镇
TOWNSHIP_LEVEL_WORD = re.compile("(?:街道|街|镇|乡|苏木)$")  # 凤凰街 as written for 凤凰街道
# A place tag in front of a headline: 【临泉】县妇联…, 临泉：县妇联…
# A headline tagged with the unit whose work it reports (周营乡：召开…, 某某社区：“妇女之家”…):
# a name-sized place, a colon, then the headline proper.
TITLE_TAG = re.compile(rf"^\s*({HAN}{{2,8}}?(?:{PLACE_SUFFIX}))\s*[:：]\s*\S")
# A headline of a visit told from the host's side (省妇联来安居调研, 市妇联领导来华亭开展调研):
# a federation, 来, the host unit by its name or stem, then the inspection verb (the
# stop-17 "visits told with 来"; 到/赴 are told from either side and are not read here).
VISIT_TITLE = re.compile(rf"(?:{FEDERATION.pattern})[^，,。;；!！?？\s]{{0,12}}?来({NAME_CHAR}{{2,10}}?)"
                         r"(?:开展|进行)?(?:工作)?(?:调研|视察|考察|检查|督导|指导|走访|慰问)")
PLACE_TAG = re.compile(rf"^\s*(?:[【\[]({HAN}{{2,8}})[】\]]|({HAN}{{2,8}})[:：])", re.M)
# Masked names keep their level: ××区, ##镇, XX县, **镇, 某某街道 (anonymised or template text).
MASKED_PLACE = re.compile(rf"[×xXｘＸ#＃*＊¥&○□某]{{1,4}}(?:{PLACE_SUFFIX})\Z")
NATIONAL = "全国"
SCENE_MENTIONS = 2  # mentions of a province's places that make it the scene of national work
CAPITAL = "北京市"  # the seat of the national federation (a fact, not a list from reports)
# The closing lines of a report where it signs its name (落款), short and without sentence
# punctuation; labels of the lines that name a page's author or owner.
SIGNATURE_LINES = 3
REPORT_HEADING = re.compile(r"(?:妇联|妇女联合会)\w{0,12}?(?:工作)?(?:总结|回顾|报告|汇报|综述)$")
SIGNATURE_MAX = 40
SENTENCE_PUNCTUATION = re.compile("[,，。;；!！?？]")
SENTENCE_END = re.compile("[。!！?？]")
FEDERATION_WORD = re.compile(rf"(?:{HAN}|[×xX#＃*＊])+(?:妇联|妇女联合会)")
# (a byline names the writer's unit after its role, with a space or a slash: 作者 X县妇联 张三; a
# 通讯员 credit names a correspondent's workplace and decides neither author nor outlet: stop-30
# second wave, row 21)
def _label(labels: str) -> re.Pattern:
    """A labelled line whose label names a federation (来源：X妇联, 作者 X妇联 王芳)."""
    return re.compile(rf"^(?:.*[\s(（【\[|｜])?(?:(?:{labels})\s*[:：|｜]"
                      rf"|(?:记者|作者|撰稿|文)\s*[/:：\s])"
                      rf"\s*(?=(?:{HAN}|[×xX#＃*＊]){{1,20}}(?:妇联|妇女联合会))")


# the copy's own labels (byline and 来源: the conventions' first evidence of the author) …
BYLINE_LABEL = _label("来源|稿源|供稿|信息来源|发布单位|发布机构|发布者|来稿单位|报送单位")
# The labels of a line that names who wrote or sent the copy, whatever body it names (the
# evidence of ``organisation_evidence``).
EVIDENCE_LABEL = re.compile(r"(?:来源|稿源|供稿|信息来源|发布单位|发布机构|发布者|来稿单位|报送单位|"
                            r"作者|通讯员|撰稿)\s*[:：|｜/\s]")
# … and with them the site's owner (主办单位, 版权所有)
FEDERATION_LABEL = _label("来源|稿源|供稿|信息来源|主办单位|主办|版权所有|发布单位|发布机构|发布者|单位|"
                          "来稿单位|报送单位")
# A federation named as the one that guided, led, praised or awarded the author, or that
# visited it (全国妇联调研组, 市妇联副主席一行).
SUPERIOR_AFTER = re.compile(r"(?:的)?(?:统一)?(?:指导|领导|支持|关心|关怀|部署|表彰|授予|命名)|"
                            r"(?:[^，,。]{0,4}?)(?:(?:调研|考察|督导|检查|慰问)组|一行)")
# A federation whose people came (来, 莅临: towards the writer) to visit or inspect: the host
# reports the visit (市妇联副主席李英来我县调研).
VISITOR_AFTER = re.compile(
    r"[^，,。;；]{0,12}?(?:来|莅临)[^，,。;；]{0,10}?(?:调研|视察|督导|检查|指导|慰问|走访|考察)")
# A federation that guides (指导) an event another body carries out (由甲街道妇联指导,乙社区妇联承办的
# …活动): the body that carries out the work wrote it (the conventions: a federation that only
# leads while a lower body does the work is not the author). One that sponsors it (主办) is the
# author over the 承办 and 协办 bodies, whatever their levels, unless the page's byline, 来源 line
# or first-person narration outside quotes makes it the 承办 body's own (stop 26 batch 21; stop-30
# second wave, row 19: ``FIRST_PERSON_NARRATION``).
# (a partner such as a library that hosts the sponsor's event leaves the sponsor the author)
SPONSOR_AFTER = re.compile(r"[^。;；!！?？\n]{0,20}?(?P<role>主办|指导)[^。;；!！?？\n]{0,40}?"
                           r"(?:妇联|妇女联合会|社区|村|镇|乡|街道)[^。;；!！?？,，\n]{0,6}?承办")
FIRST_PERSON_NARRATION = re.compile(r"我们|(?<![自])我(?:省|市|州|县|区|旗|镇|乡|街道|社区|村)")
QUOTED_SPAN = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|「[^」\n]*」")
# Words someone says: a quotation, or a speech verb's clause to the end of its sentence (甲区妇联
# 主席说,近年来,区妇联依托…): a federation acting there is told of, not acting in the report.
REPORTED_SPEECH = re.compile(rf"{QUOTED_SPAN.pattern}|(?:说|表示|介绍|指出|谈到|坦言)[,，:：][^。!！?？\n]*")
# A federation that only co-organises (协办) an event another body sponsors (由甲县委宣传部主办、甲县
# 妇联协办的…): the sponsor is the author over it (the conventions: 主办 over 协办).
COSPONSOR_BEFORE = re.compile(r"主办[、,，和及]?[^。;；!！?？,，、\n]{0,12}$")
COSPONSOR_AFTER = re.compile(r"[^。;；!！?？,，\n]{0,12}?协办")
# A federation and a person's name in brackets closing a line ((甲县妇联 王丽), (通讯员 甲镇妇联 李娜)):
# an unlabelled closing credit, which decides neither author nor outlet (eval/dev stop 25).
CLOSING_CREDIT_BEFORE = re.compile(r"[(（](?:通讯员|作者|文|图)?[:：/\s]*[^()（）\n，,。;；]{0,16}$")
CLOSING_CREDIT_AFTER = re.compile(rf"(?:\s+{HAN}{{2,4}}){{1,3}}\s*[)）]\s*(?:\n|$)")
# A federation whose instructions the author follows (根据顺德区妇联的统一部署, 按照市妇联要求,
# 贯彻落实省妇联执委会议精神): a verb of following before it and a word of instruction after it,
# in one clause; like 在市妇联的指导下, it names the author's superior (not 根据本镇妇联工作计划:
# the author's own plan).
FOLLOWING_BEFORE = re.compile(r"(?:根据|按照|依照|依据|遵照|贯彻|落实|响应|传达|学习)(?![我本])"
                              r"[^，,。;；!！?？\n]{0,12}$")
INSTRUCTION_AFTER = re.compile(r"[^，,。;；!！?？\n]{0,16}?(?:精神|要求|部署|安排|通知|文件|方案|号召|意见|"
                               r"规定|章程|指示|决定|计划)")
# A federation named by its level alone whose officer attended (市妇联副主席王芳出席, 区妇联主席
# 到场): a guest at the author's event; counted for neither side, as the author's own officer
# is named the same way while its federation is named as the actor elsewhere (an officer who
# accompanies, 陪同, is the host).
GUEST_AFTER = re.compile(r"(?:党组)?(?:书记|主席|副主席|成员|领导|负责人|执委)[、,，\w]{0,12}?"
                         r"(?:出席|到场|莅临|观摩)")
# A federation named by its level alone whose officer heads a list of guests from several bodies
# that closes with 等 … attended (省妇联副主席王芳、县委常委李明等参加观摩): the list names the
# guests of the author's event; a list of one body's officers only (县妇联主席王芳、副主席李丽等
# 参加) may be the author's own people at another's meeting, so another body's office must follow.
# an officer's title after a federation, and the verbs of attending that close a list of guests
OFFICER = "书记|主席|成员|领导|负责人|执委|巡视员|调研员|秘书长|干部|部长"  # a federation's officers
# an officer may be written with the term of the committee she sits on (街道妇联二届执委,
# 县妇联第十四届执委): still the federation's people, not the federation acting
TERM = r"第?[〇零一二三四五六七八九十百\d]+届"
TERM_CLOSING = re.compile(rf"{TERM}\Z")
OFFICER_AFTER = re.compile(rf"(?:{TERM})?(?:党组)?(?:副|常务)?(?:{OFFICER}|常委|专干)")
LEADS = "指导|部署|带领|督促|推动"  # a federation that guides others acts (甲市妇联指导各区妇联…)
GUEST_TITLE = r"[^，,。;；、\n]{0,6}?(?:书记|主席|成员|领导|负责人|执委|巡视员|调研员|秘书长)"
GUEST_ATTENDED = r"等[^，,。;；\n]{0,6}?(?:参加|出席|到场|莅临|观摩)"
GUEST_LIST_AFTER = re.compile(
    GUEST_TITLE + r"[^。;；\n]{0,40}?[、,，和及]"
    r"(?:[^。;；、,，\n]{0,12}?(?:委|局|厅|部|办|政府|妇联|妇女联合会))"
    r"[^。;；\n]{0,40}?" + GUEST_ATTENDED)
# The last of such a list (…副处长黄家逊和州妇联副主席张燕等领导参加): its officer, a name, then 等
# … attended, after a list separator that follows another person's name.
GUEST_LAST_BEFORE = re.compile(rf"{HAN}[、和及]{HAN}?$")
GUEST_LAST_AFTER = re.compile(
    GUEST_TITLE + r"[^，,。;；、\n]{0,4}?" + GUEST_ATTENDED)
# A federation named by its level alone whose officer chairs the meeting (会议由县妇联主席王芳主持,
# 市妇联党组书记、主席李明主持): the host, over the superiors and guests named alone more often.
CHAIR_AFTER = re.compile(r"(?:党组)?(?:书记|主席|副主席|负责人)[、,，\w]{0,12}?主持")
# A unit that acts: a frame (以“…”为主题), a manner adverb, then a verb of organising work.
# (联合 and 携手 open a list of the partners it works with: 甲乡联合乡中心学校…开展)
# A work summary opens on the unit's policy verbs (甲镇坚持把…作为…, 甲县注重…, 甲市围绕…): the
# unit reports its own work (hand-written verb classes: no library tags Chinese verbs by role).
# Adverbs of manner that only the subject of a clause of work takes (积极, 认真: 甲镇妇联积极…).
ACTING_ADVERBS = "精心|积极|认真|集中|广泛|隆重|全面|大力|持续|深入|扎实|紧紧|始终"
UNIT_ACTS = ("(?:以[^。;；\n]{0,30}?为(?:主题|契机|载体|抓手)[,，]?)?"
             f"(?:{ACTING_ADVERBS})?"
             "(?:开展|举办|举行|组织|召开|启动|推出|实施|联合|携手|坚持|注重|围绕|聚焦|着力|"
             "依托|组建|成立|建立|打造|推进|探索|引导|让)")
# Where a unit with no federation named acts (甲县在农村妇女中开展…, 甲县在县会议中心召开…): a
# phrase of place or scene between the subject and its verb, within one clause.
SCENE = "(?:在[^。;；,，、\n]{1,20}?)"
# A unit that narrates its own work in the first person (我县举办…, 本镇开展…): the level word.
SELF_UNIT_ACTS = re.compile(rf"(?:我|本)(省|州|县|区|市|旗|镇|乡|街道|社区|村){SCENE}?{UNIT_ACTS}")
# A federation named by a level word (县妇联, 社区妇联), group 1 the level word.
LEVEL_FEDERATION = re.compile(rf"({PLACE_SUFFIX})(?:妇联|妇女联合会)")
# What stands before the subject of a clause: a line or sentence start, a clause break, a colon,
# or the dash of a subtitle (——甲街道开展…).
CLAUSE_START = r"(?:^|[\s,，。;；:：—])"
# A time phrase that opens a sentence with no comma after it (近年来甲村依托…, 3月8日甲镇举办…)
CN_DAY_PART = "[\\d一二三四五六七八九十]{1,3}"
TIME_OPENER = (rf"(?:近日|近期|日前|近年来|今年以来|"
               rf"(?:昨|今|{CN_DAY_PART}月{CN_DAY_PART})日(?:上午|下午|晚上)?)")
VILLAGE_AT_CLAUSE_START = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?({VILLAGE_NAME.pattern})")
# A federation acting at a clause start: the places written before its unit may stand between
# (临泉县城关镇妇联), a partner's name may not (市妇联联合乙区妇联), nor may a list of federations
# follow (甲镇妇联、乙社区妇联组织志愿者参加 names a class), and an officer who acts (乙村妇联主席王芳
# 组织村民参加) may be the host's, not the body.
MAX_PARENTS = 10
# A story told first and then framed as a scene of a body's work (…连声道谢。这是甲市妇联开展的
# “…”活动中的一幕 / 的一个缩影): the framed body did the work the report tells.
SCENE_OF_WORK = re.compile(rf"(?:^|[。!！?？\n”])\s*(?:这|此)(?:正|就|也|便)?是"
                           rf"((?:{HAN}|[×xX])*?(?:妇联|妇女联合会))"
                           r"[^。!！?？\n]{0,40}?(?:一幕|缩影|场景|写照|画面)")
PARENTS_BEFORE = re.compile(rf"{CLAUSE_START}(?:(?!妇联|联合|携手)(?![在由的和与及、]){HAN})"
                            rf"{{0,{MAX_PARENTS}}}\Z")
# A verb that 的 follows (省妇联举办的培训班, 市妇联组织开展的活动) heads a relative clause: the
# federation is the agent inside a noun phrase (what the author joined, where it stood), not
# the subject of a clause of the text.
NOT_A_MODIFIER = r"(?![^，,。;；、\n]{0,2}的)"
FEDERATION_ACTS = re.compile(rf"(?:{FEDERATION.pattern})(?:(?!妇联|{OFFICER})[^，,。;；、\n]){{0,12}}?"
                             rf"(?:{UNIT_ACTS}|{LEADS})(?!部){NOT_A_MODIFIER}")
# A plan, not work done (下一步,甲镇妇联将联合…; 今后,县妇联计划…): the closing sentences of a
# report tell what any body named in it means to do.
PLAN = re.compile("将|下一步|今后|计划|拟")
# A sentence of background or of the closing plan (近年来,镇妇联联合…; 今后,镇妇联将…): what a body
# named there did over the years or means to do, not the work the report tells.
BACKGROUND_OR_PLAN = re.compile(r"(?:^|(?<=[。!！?？\n]))\s*(?:近年来|近几年来?|多年来|长期以来|一直以来|"
                                r"今后|下一步|接下来)[^。!！?？\n]*")
# A sentence told inside or right after a meeting (会上,街道妇联…; 会后,乡妇联组织…): an item of the
# meeting, whose convener stays the author (stop-33 wave-1 row 15).
INSIDE_THE_MEETING = re.compile(r"(?:^|(?<=[。!！?？\n]))\s*(?:会上|会后|会议上|大会上|会议期间|会议结束后)"
                                r"[^。!！?？\n]*")
# The length of a unit's name before its level word, for units read by the grammar alone.
MIN_LEAD_NAME, MAX_LEAD_NAME = 2, 4
TRIP_VERBS = "赴|前往|奔赴|去|到"  # verbs of going to a place (its federation hosts the visit)
TRIP_WINDOW = 32  # characters before a place: the longest trip phrase (街道妇联 + 20 + 前往)
# 邀请成都市妇联专家: the invited federation is the author's guest.
INVITING_BEFORE = re.compile("(?:邀请|特邀|邀|聘请)$")
# 被全国妇联评为, 荣获市妇联表彰, 获县妇联救助, 入选全国妇联…名单: the agent of a passive or the
# giver of what the author received is never the author.
# (a later giver of a list is one too: 荣获全国妇联、重庆市妇联表彰)
GIVER_BEFORE = re.compile("(?:被|受到?|荣获|获得?|入选)(?:中华)?"
                          "(?:[^，,。;；!！?？\n]{1,14}?(?:妇联|妇女联合会)、)*$")
# A federation named by its level word alone that opens a clause and acts (县妇联组织, 镇妇联联合).
# (a scene may stand before the verb: 县妇联在新华社区开展…)
# (the verbs of a unit or a named federation that acts, and a summary's policy verbs: 2015年,
# 县妇联围绕中心工作,…)
LEAD_ACTOR = re.compile(rf"(?:^|[,，。；;\n]){TIME_OPENER}?(省|市|州|盟|县|区|旗|镇|乡|街道|社区|村)"
                        rf"(?:妇联|妇女联合会){SCENE}?(?:主动|特别|还|又|再次)?"
                        rf"(?:{UNIT_ACTS}|{LEADS}|邀请|主办|牵头|会同){NOT_A_MODIFIER}")
# A federation named by its level word alone that holds its own numbered meeting (区妇联十一届
# 六次执委会议, 县妇联第十一届执行委员会, 市妇女联合会第三次代表大会): the meeting is the body's own,
# so the body is the author; lower federations named in its opening speak or are honoured there.
OWN_MEETING = (r"(?:妇联|妇女联合会)第?[〇零一二三四五六七八九十百\d]+(?:届|次)"
               r"(?:[〇零一二三四五六七八九十\d]+次)?(?:执委|执行委员会|常委|执\(常\)委|"
               r"代表大会|妇女代表大会|全体会议|全委)")
CONVENES = re.compile(r"(?:^|[,，。；;:：\n)）])(省|市|州|盟|县|区|旗|镇|乡|街道|社区|村)" + OWN_MEETING)
NATIONAL_CONVENES = re.compile(r"(?:中华)?全国" + OWN_MEETING)  # 全国妇联十二届四次执委会议
# A women's congress of a level (省第十三次妇女代表大会, 市妇女第三次代表大会) that the clause's
# subject attends (出席, 参加, 参与见证, 列席): group 1 the subject, group 2 the congress's level word.
# The subject's people are the delegates of a lower unit; the report is their unit's, not the
# congress holder's, nor a guest's who spoke there.
DELEGATES_AT = re.compile(rf"{CLAUSE_START}([^。;；,，:：\n]{{2,40}}?)(?:出席|参加|参与|列席|见证)了?"
                          rf"[^。;；,，\n]{{0,4}}?(省|自治区|市|州|盟|县|区|旗)(?:妇女)?"
                          rf"第?[〇零一二三四五六七八九十百\d]+次(?:妇女)?代表大会")
# The women's organs of a village or a community below a federation (hand-written: 妇代会, a
# village's women's congress, its organ before the federation reform; 妇女小组, a group of a
# village, a community or a block within it), and the village part of a name before one:
# a village or community, then the name of a block within it (彭刘杨路社区大成路美食街区).
GRASSROOTS_ORGAN = re.compile("妇代会|妇女小组")
CLASS_OR_LIST = re.compile("[、各等]|和[^。;；,，\n]{0,8}?(?:县|市|区|镇|乡)")  # several units, not one
GRASSROOTS_WINDOW = 30
VILLAGE_PART = re.compile(rf"({NAME_CHAR}{{1,8}}?(?:村|社区|嘎查))({NAME_CHAR}{{0,10}})")
# A place's own women's congress written right after the place (甲县召开第三次妇女代表大会,
# 乙镇妇女第十次代表大会, 丙区召开妇女代表大会).
_ORDINAL = r"第?[〇零一二三四五六七八九十百\d]+(?:届|次)"
OWN_CONGRESS_AFTER = re.compile(rf"(?:隆重)?(?:召开|举行)?了?(?:妇女{_ORDINAL}|{_ORDINAL}妇女|妇女)代表大会")
# The unit that holds it at a clause start, after the units above it (甲市乙镇第三次妇女代表大会):
# group 1 the units as written (each name bounded: the lead of a flood may be one long run).
CONGRESS_UNIT = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?((?:{NAME_CHAR}{{2,8}}?(?:{PLACE_SUFFIX})){{1,4}}?)"
                           + OWN_CONGRESS_AFTER.pattern)
# A founding congress at a clause start (甲县村播第一次妇女代表大会): group 1 the body's name.
FOUNDING_CONGRESS = re.compile(rf"{CLAUSE_START}({HAN}{{2,16}}?)第一次妇女代表大会")
# The label of the body that supplied a page's copy (供稿：甲镇人民政府, 信息来源：甲街道,
# 来稿单位：甲街道办事处): unlike 来源, which names an outlet or a site reposting, the supplier
# wrote the report. Its name: places, then a short organ (人民政府, 党委, 办事处).
SUPPLIER = re.compile(rf"(?:(?:供稿|来稿|报送|信息来源)(?:单位)?|发布(?:单位|机构))"
                      rf"(?:/[{HAN[1:-1]}]{{1,3}})?\s*[:：]\s*({HAN}{{3,24}})")
# A 来源 line naming a town or a street alone (来源:甲乡, 来源: 乙镇 李亮, 来源:丙县丁街道): no outlet
# or reposting site is named so, and units of that level keep no site of their own; the unit
# supplied the item, as 信息来源:甲街道 does (stops 19, 31 batch 36, 32 batches 47 and 49: the
# 来源 body decides before its federation doing the work). A county or city alone is often the
# site's owner posting; a village alone the gazetteer cannot place.
SOURCE_UNIT = re.compile(rf"(?:来源|稿源)\s*[:：]\s*({HAN}{{1,22}}?(?:街道|镇|乡|苏木))(?!{HAN})")
# The same credit after the name (甲镇人民政府 (供稿)): the unit that wrote it signs it. (A name
# in brackets closing the last line with no label, …过得更有意义。(甲镇政府), decides nothing.)
# The credit word, with the photographs the supplier also gave (供稿/图), closing its brackets.
_CREDIT_WORD = r"(?:供稿|来稿)(?:\s*/\s*[图圖])?\s*[)）]"
CREDIT_AFTER = re.compile(rf"(?<![{HAN[1:-1]}])({HAN}{{3,24}}?)\s*[(（]{_CREDIT_WORD}")
# The same credit in one pair of brackets closing the copy ((甲镇人民政府供稿), (甲县民政局 供稿/图)).
CREDIT_INSIDE = re.compile(rf"[(（]({HAN}{{3,24}}?)\s*{_CREDIT_WORD}")
# A federation's credit after its name ((甲县妇联供稿), 甲县妇联 (来稿)): a byline, as 供稿:甲县妇联 is.
# (a name of at most 20 characters: a run of Han characters is not tried to its end at each start)
FEDERATION_CREDIT = re.compile(rf"((?:{HAN}|[×xX#＃*＊]){{1,20}}(?:妇联|妇女联合会))"
                               rf"\s*[(（]?{_CREDIT_WORD}")
CLOSING_CREDIT = re.compile(rf"[。!！]\s*[(（]({HAN}{{3,24}})[)）]\s*$")
SUPPLIER_ORGAN = 8  # characters of the organ after the places (党工委办公室)
# The organs of a government or party unit that sign a report as its writer (the byline comes
# before the body the opening names as acting, by the annotation conventions); an office such
# as a media centre (融媒体中心) is an outlet, read as the source.
UNIT_ORGANS = "人民政府|政府|党委|党工委|办事处|街道办|居委会|村委会"
WRITING_ORGAN = re.compile(f"(?:{UNIT_ORGANS})?")
# A 来源 line naming such an organ (来源:甲街道办事处 日期:…), group 1 the name.
SOURCE_ORGAN = re.compile(rf"(?:来源|稿源)\s*[:：]\s*({HAN}{{3,24}}?(?:{UNIT_ORGANS}))(?!{HAN})")
# A department or other body of the unit (甲区退役军人事务局, 甲县民政局, 甲镇党政办, 乙镇司法所, 丙县
# 人民法院) that supplies the copy signs it too: a 供稿 credit names the author whatever body it names
# (stop 21).
_DEPARTMENT_END = "局|委|办|厅|所|院"
SUPPLYING_DEPARTMENT = re.compile(rf"{HAN}{{1,7}}?(?:{_DEPARTMENT_END})")
# A 来源 line naming such a body (来源:甲县司法局): it supplied the item and is its byline over any
# federation the opening makes act (stop-33 adjudication of the stop-32 rounds, row 2), unless it is
# the site's owner posting (`_posting_lines`); an outlet (融媒体中心, 日报) ends on no such word. A
# unit's party committee or general office (党委, 党政办, 政府办, 县委办) posts for the unit's own
# site: the stop-31 ``OWN_OFFICE_SOURCE`` reading stays.
SOURCE_DEPARTMENT = re.compile(rf"(?:来源|稿源)\s*[:：]\s*({HAN}{{3,24}}?(?:{_DEPARTMENT_END}))"
                               rf"(?<![政府委]办)(?<!党委)(?<!党工委)(?!{HAN})")
# The organ of a unit written right after its name (东辽县委, 甲镇人民政府, 中共甲县委员会): its
# party committee or government, a leadership body that may act as the author.
# (a unit's leading group or its office, named by its field: 甲县家庭教育工作领导小组办公室; the
# stop-19 reading of leadership bodies and leading groups as authors)
# (and a department of its party committee, 县委组织部, 市委宣传部: the committee's own office)
LEADING_ORGAN = (f"(?:{UNIT_ORGANS}|党总支|党支部|居民委员会|村民委员会|委员会|委{HAN}{{2}}部|委|"
                 f"(?:(?!妇联){NAME_CHAR}){{2,16}}?领导小组(?:办公室)?)")
# 省妇联综合市妇联、县妇联 (in a 来源 line): the federation that compiled the others' news is
# its editor; the compiled ones wrote it. (In a sentence, 市妇联综合协调各县妇联 is no such list.)
COMPILER_AFTER = re.compile(rf"综合(?:自|整理)?(?:{HAN}|、){{2,30}}?(?:妇联|妇女联合会)")
SOURCE_LABEL = re.compile(r"(?:来源|稿源|出处)\s*[:：]")
# A site's template fields that credit the office posting a page (stop 25: a posting credit).
POSTING_LABEL = re.compile(r"(?:发布单位|发布机构|发布者|作者|编辑)\s*[:：|｜]")
# 在市妇联的指导下, 在省市妇联的高度重视下: anywhere in a text, the federation the author works
# under (the frame 在…的…下 has the author as its subject), unlike 市妇联指导各区妇联 where it is
# the subject.
UNDER_BEFORE = re.compile("在[^，,。;；]{0,12}$")
UNDER_AFTER = re.compile("[^，,。;；]{0,8}?的[^，,。;；]{0,6}?"
                         "(?:指导|领导|关心|重视|支持|关怀|帮助|带领|部署)下")
NATIONAL_BEFORE = re.compile("(?:中华)?全国$")
# A federation the text names in the first person (我县妇联, 我们镇妇联, 本街道妇联): the writer's
# own, whatever other federations the text names (superiors it follows, bodies whose events it
# joined); group 1 is its level word.
# (or the class of its own unit's federations, 我州各级妇联组织: the writer is the unit's federation,
# which speaks for the levels under it)
SELF_FEDERATION = re.compile(r"(?:我们?|本)(省|自治区|市|州|盟|县|区|旗|镇|乡|街道|社区|村)"
                             r"(?:各级)?(?:妇联|妇女联合会)")
# Federations named as a class: after 各/所有/每个 or a count (各乡镇妇联, 22个村妇联), by two
# level words run together (乡镇妇联, 县区妇联, 县市区妇联, 村居妇联) or listed (市、县妇联, 乡、村两级
# 妇联, 全国、省、市妇联), or by a rank (县级以上妇联, 市级妇联): the units a report lists or
# addresses, never its author.
_LEVEL_WORD = "(?:省|市|州|县|区|旗|乡|镇|街道|街|村|社区|居)"
SUBORDINATES_BEFORE = re.compile(rf"(?:(?:各|所有|每个|[\d一二三四五六七八九十百两]+个)(?:级|{_LEVEL_WORD}+)"
                                 rf"|(?<!{HAN}){_LEVEL_WORD}{{2,}}|[乡县]镇|县市区|县区|村居|镇街|街镇"
                                 rf"|{_LEVEL_WORD}级(?:以上|以下)?"
                                 rf"|(?:全国|{_LEVEL_WORD})(?:、{_LEVEL_WORD})+(?:[两三四五]级)?)[\n、]?$")
# A headline (or a part of one after a bar or a colon) that opens on a class of federations,
# after the places they lie in: 新疆各级妇联…, 大连市各区市县妇联…, 各地妇联…; group 1 the places.
CLASS_HEADLINE = re.compile(rf"(?:^|[\s|｜:：])({HAN}{{0,12}}?)(?:各级|各地|多地|各{_LEVEL_WORD}+)"
                            r"(?:妇联|妇女联合会)")
# A scope word closing a headline class's places (全省各级妇联…, 福建全省各级妇联…): the class of the
# unit the page is about, named by no place of its own. (In the opening, 全市各级妇联组织开展了… is
# read as the round-up of the unit's own federation, and 我市各级妇联 as the narrator's: stop 31.)
CLASS_SCOPE = re.compile(r"全(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)\Z")
# The same class, after its places, as the subject of the opening's first sentence, at a clause
# start and acting (not a modifier, not one of a list, not its officers): 山东省各级妇联持续加强…,
# 甲县各乡镇、部门妇女组织开展了…
CLASS_SUBJECT = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?({HAN}{{2,12}}?)"
                           rf"(?:各级|各地|多地|各{_LEVEL_WORD}+(?:、{HAN}{{1,4}}?)?)"
                           rf"(?:妇联(?:组织)?|妇女联合会|妇女组织){NOT_A_MODIFIER}(?!{OFFICER}|、|和|及|与)")
# Federations written as one list of peers that opens a sentence (after its time) and works
# together (甲市妇联与乙县妇联联合开展…, 甲省妇联、乙市妇联、丙县妇联共同走进…开展): joint
# authors, as the conventions read 联合/共同/与…一起; not lower federations that speak in turn
# at a meeting (甲镇妇联、乙乡妇联围绕…作交流发言), nor a subject that works with a partner
# federation as its object (甲县妇联联合乙镇妇联举办…). Federations of different levels need no
# word of working together: a unit's and a unit's inside it written as one subject that acts
# (甲街道妇联和乙社区妇联积极发挥…作用, after a purpose clause 为…,) hold the work jointly
# (stop-31 batch 40). A purpose clause (为了…,) may close clauses before the list; a list after
# any other clause is not read (…带队,甲区妇联、乙市妇联联合…). Group 1 the list, group 2 its work.
# A 妇儿工委 (or its office) of a level counts with its federation: the two of one unit holding the
# work together (甲县妇儿工委、甲县卫健局、甲县妇联联合开展…, a partner of another kind between them;
# …决定在…期间,联合开展…) leave no single author (stops 19 and 21; new31 batch 37).
SYSTEM_ORGAN = "妇联|妇女联合会|妇儿工委|妇女儿童工作委员会"
ONE_FEDERATION = rf"{NAME_CHAR}{{1,12}}?(?:{SYSTEM_ORGAN})(?:办公室|办)?"
SYSTEM_MEMBER = re.compile(rf"({NAME_CHAR}*?)({SYSTEM_ORGAN})(?:办公室|办)?$")
OTHER_PEER = rf"{NAME_CHAR}{{2,12}}?(?:厅|局|委|办)"  # a partner of another kind (卫生厅, 卫健局)
PEERS_JOINED = "、|与|和|及|同"
TOGETHER = "联合|共同|一起|一同|携手|联手"
JOINT_FEDERATIONS = re.compile(rf"(?:^|[。!！?？\n])\s*(?:{TIME_OPENER}[,，]?)?"
                               rf"(?:(?:[^。;；!！?？\n]*?[,，])?为了?[^。;；\n]{{1,40}}?[,，])?"
                               rf"({ONE_FEDERATION}(?:(?:{PEERS_JOINED})(?:{OTHER_PEER}(?:{PEERS_JOINED}))*"
                               rf"{ONE_FEDERATION})+)"
                               rf"([^，,。;；\n]{{0,12}}?(?:{UNIT_ACTS})|(?:{ACTING_ADVERBS})|"
                               rf"决定[^。;；\n]{{0,20}}?(?:{TOGETHER}))")
# Units written as one list of peers that opens a sentence (after its time) and works together
# (甲镇、乙镇、丙镇联合举办…, 甲镇与乙镇共同开展…), or whose event the clause reports as held
# (甲街道、乙街道、丙街道纪念“三八”主题活动举行): joint holders with no federation among them,
# so no one author (the stop-19 two-equal-authors reading). Group 1 the list.
ONE_UNIT = rf"{NAME_CHAR}{{2,8}}?(?:{PLACE_SUFFIX})"
HELD = "举行|召开|开幕|启动|举办"
JOINT_UNITS = re.compile(rf"(?:^|[。!！?？\n])\s*(?:{TIME_OPENER}[,，]?)?"
                         rf"({ONE_UNIT}(?:(?:{PEERS_JOINED}){ONE_UNIT})+)"
                         rf"(?:(?:{TOGETHER})[^，,。;；\n]{{0,12}}?(?:{UNIT_ACTS})"
                         rf"|[^，,。;；!！?？\n]{{2,40}}?(?:{HELD})(?=$|[\s，,。;；!！?？]))", re.M)
# A unit's institution (吉林省妇女就业指导中心, 甲社区新时代文明实践站) at a clause start, acting: not
# followed by 的 (a modifier), a list separator or one of its officers (中心主任…出席).
INSTITUTION_ACTS = re.compile(rf"{CLAUSE_START}((?:{NAME_CHAR}|[、])*?(?:中心|站|协会|基金会))"
                              r"(?![的、,，和与及])(?!主任|站长|会长|理事长|秘书长|负责人|工作人员)"
                              rf"{HAN}")
# A unit's own women's committee that opens a clause and acts (国网甲县供电公司妇委会组织…,
# 甲县人民医院妇委会开展…): group 1 its name as written, the unit's name before the organ.
COMMITTEE_ACTS = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?({NAME_CHAR}{{2,20}}?"
                            rf"(?:妇委会|妇女(?:工作)?委员会)){SCENE}?(?:{UNIT_ACTS}){NOT_A_MODIFIER}")
# A federation of a trade or an association within a place (自贡市彩灯行业妇女联合会, 甲市服装商会妇联,
# 乙县电商协会妇联) that opens a clause and acts: a body outside the hierarchy of places (stop-32 batch
# 48: a trade's federation under a chamber of commerce is unknown); group 1 its name up to the organ.
FIELD_FEDERATION_ACTS = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?({NAME_CHAR}{{2,20}}?(?:行业|商会|协会))"
                                   rf"(?:妇联|妇女联合会){SCENE}?(?:{UNIT_ACTS})")
# A unit's own women's committee elected or founded (甲医院召开女职工代表大会,进行妇委会换届改选;
# 乙公司妇委会换届选举大会召开; 丙局举行第一届妇女委员会成立大会): the committee's own organisational
# work, whatever the title or first sentence makes its subject (stop-32 batch 48; the stop-23 congress
# reading): group 1 the unit as written, group 2 the committee's word.
COMMITTEE_ELECTION = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?({NAME_CHAR}{{2,20}}?)"
                                rf"(?:(?:成功)?(?:召开|举办|举行)了?[^。;；!！?？\n]{{0,16}}?)?(?:{TERM})?"
                                r"(妇委会|妇女(?:工作)?委员会)(?:换届|选举|成立)")
# A village's or community's 妇女之家 that opens a clause and acts (甲村妇女之家举办…, 乙社区“妇女之家”
# 开展…): the stop-23 reading of the village's women's organisation acting under its federation;
# group 1 the village, after the units above it.
WOMENS_HOME = "妇女之家"
WOMENS_HOME_ACTS = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?({NAME_CHAR}{{2,20}}?(?:村|社区|嘎查))"
                              rf"[“\"]?{WOMENS_HOME}[”\"]?{SCENE}?(?:{UNIT_ACTS}){NOT_A_MODIFIER}")
# A byline that names a body, not a person (作者: 综合支部女会员生活小组): longer than a person's
# name and closed by a word for a group or an organ.
AUTHOR_BODY = re.compile(rf"作者\s*[:：]\s*({HAN}{{5,24}}?(?:小组|支部|委员会|协会|联合会|分会|中心|"
                         rf"办公室|工作站|服务站))(?!{HAN})")
# A page's table of contents (目录 1.区妇联年度工作总结(一) 2.镇妇联年度工作总结 …): numbered
# entries, each the title of a report of its own (a report word closes it, before an optional
# part number), not the sections of one report (1.主要做法 2.存在问题).
CONTENTS_HEADING = re.compile(r"(?:^|\n)\s*目录")
CONTENTS_ENTRY = re.compile(r"\d{1,2}[.、．]\s*[^\n\d]{2,40}?(?:总结|报告|汇报|讲话|材料|范文)"
                            r"(?:[(（][^)）\n]{1,4}[)）])?(?=\s|$)")
MIN_CONTENTS_ENTRIES = 2
CONTENTS_WINDOW = 400  # characters after the heading where its entries stand
# 村妇联主席14名, 妇联执委30人: the officers of a class of federations, counted.
SUBORDINATES_AFTER = re.compile(r"(?:主席|副主席|执委|委员|干部)[\d一二三四五六七八九十百千两]+[名人个]")
# 应全国妇联邀请: the federation that invited the author is its host, not the author.
INVITED_BEFORE = re.compile("[应受](?:中华)?全国$")
# The longest division names (前郭尔罗斯蒙古族自治县, 11 characters) fit before 妇联.
PLACE_WINDOW = 16
CLEAR_LEAD = 2  # a count that leads when it is at least twice the next one
LEAD_SENTENCES = 3  # the title and the opening sentences, where the author names itself
# Page chrome that is no sentence of the opening (hand-written: the shapes of portal pages).
HAN_CHAR = re.compile(HAN)
MIN_LEAD_HAN = 4
BREADCRUMB = re.compile(r"[>›»]|首页|当前位置|所在位置|正文")
MENU_SEPARATOR = re.compile(r"[\s|｜]+")
MIN_MENU_WORDS, MENU_WORD = 3, 6
HEADLINE_MAX, HEADLINE_MIN_HAN = 60, 6
HEADLINE_SEARCH = 8  # sentences: a vertical menu (微信新闻 / 本站新闻 / …) may stand above the headline
MENU_WORD_FORM = re.compile(r"\w+")  # a menu item has no punctuation (a spaced headline has)
# An image's markup left by the scraper (data:image/… alt="照片 (1).jpg"): its alt text is words,
# but the line is a picture, no sentence of the opening.
IMAGE_MARKUP = re.compile(r"data:image/|\.(?:jpe?g|png|gif|bmp|webp)\b", re.I)
LEVEL_BY_SUFFIX = [("自治区", "province"), ("省", "province"), ("兵团", "province"),
                   ("师", "city"), ("团", "county"), ("街道", "township"), ("街", "township"),
                   ("地区", "city"), ("苏木", "township"),
                   ("社区", "village"), ("市", "city"), ("州", "city"), ("盟", "city"),
                   ("县", "county"), ("区", "county"), ("旗", "county"), ("镇", "township"),
                   ("乡", "township"), ("村", "village"), ("嘎查", "village")]
ROLE_WORDS = re.compile(r"特约记者|记者|通讯员|实习生|供稿|作者|编辑|责编|摄影|摄|文|图|报道")
BYLINE = re.compile(r"记者|通讯员|供稿|作者|责任编辑|摄影|(?:^|[(\s])[文图]\s*[/:：]")
NAME = re.compile(rf"^{HAN}{{2,4}}$")
NOT_A_NAME = re.compile(r"新闻|网|报|台|中心|妇联")


@dataclass
class Metadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    date_source: str | None = None  # text | url | sources_csv (dates.SOURCES)
    url: str | None = None
    period: str | None = None
    organisation: str | None = None
    organisation_evidence: str | None = None  # byline | title | opening | body | composed
    admin_level: str = "unknown"
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    place_source: str | None = None
    authors: list[str] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)


def describe(raw: str, cleaned, segmented, gazetteer: places.Gazetteer | None = None,
             listing: Listing = UNLISTED) -> Metadata:
    """Metadata of one report from its raw text, cleaned text and segmentation, and what the
    folder's ``SOURCES.csv`` lists for it (its url and a recorded date).

    ``gazetteer`` is the worker's loaded gazetteer (the pipeline context's); the shipped one
    is loaded once per process when none is given.
    """
    gazetteer = gazetteer or places.default_gazetteer()
    body = cleaned.text
    furniture = "\n".join([_t2s(GLUED_PINYIN.sub("", e.before))
                           for e in cleaned.edits if "boilerplate" in e.rule]
                          + [dates.header_lines(body), dates.header_lines(raw)])
    title, title_end = _headline(segmented)
    meta = Metadata(title=title, url=listing.url)
    meta.source = _source(furniture, title)
    lead_end = _lead_end(segmented)
    meta.date, meta.date_source = dates.dated(furniture, body, listing)
    meta.period = dates.period(dates.unlinked(raw, body, lead_end), meta.date, title, lead_end)
    meta.authors = _authors(furniture)
    _place(meta, body, furniture, segmented, title_end, lead_end, gazetteer, listing.url)
    meta.organisation_evidence = organisation_evidence(meta.organisation, body, furniture,
                                                       title_end, lead_end)
    meta.contradictions = _contradictions(body, meta)
    return meta


def organisation_evidence(organisation: str | None, body: str, furniture: str, title_end: int,
                          lead_end: int) -> str | None:
    """Where the page writes the author the tool names, the strongest place first: a labelled
    line (来源, 供稿, 发布单位, a writer's unit: ``byline``), the headline (``title``), the
    opening sentences (``opening``), only later (``body``), or nowhere as one string
    (``composed``: completed from a place the page names apart, or from a level word). A
    reader weighs a row by it, and ``womenfed evaluate`` scores the author by it, since an
    author read from a byline and one pieced together from a passing mention are not equally
    sure."""
    if not organisation:
        return None
    forms = {organisation, organisation.replace("妇女联合会", "妇联"),
             organisation.replace("妇联", "妇女联合会")}
    labelled = [line for line in (furniture + "\n" + body).split("\n")
                if EVIDENCE_LABEL.search(line)]
    if any(form in line for line in labelled for form in forms):
        return "byline"
    for kind, span in (("title", body[:title_end]), ("opening", body[title_end:lead_end]),
                       ("body", body[lead_end:])):
        if any(form in span for form in forms):
            return kind
    return "composed"


def _place(meta: Metadata, body: str, furniture: str, segmented, title_end: int, lead_end: int,
           gazetteer: places.Gazetteer, url: str | None = None) -> None:
    """The reporting federation, its level and place, and where each level came from."""
    # a local daily the text names (在《伊春日报》开辟专栏) is the paper of the author's place,
    # as the page's own outlet is
    furniture = "\n".join((furniture, *(quoted or byline for quoted, byline in LOCAL_PAPER.findall(body))))
    lead_end = _lead_end(segmented, title_end)
    lead = body[:lead_end]
    signed = _signature(body, lead_end)
    heading = _report_heading(body, title_end, gazetteer)
    scope = _scope_level(body)
    # the copy's byline or 来源 line, where it names a federation (not one that compiled others'
    # news), names the author before anything the text says (the annotation conventions:
    # byline, then 来源, then the body doing the work in the title or first sentence)
    byline = "\n".join((_labelled_author(body, furniture, BYLINE_LABEL),
                        *FEDERATION_CREDIT.findall(body))).strip()
    bylined = _organisation_place(byline, len(byline), gazetteer, national=True, signed=True)[0] \
        if byline else None
    posted = _posting_lines(body, furniture)
    if bylined and posted and not _own_credit(body, furniture, posted) \
            and (actor := _organisation_place(_below_headline(body, meta.title, title_end), lead_end,
                                              gazetteer, national=True)[0]) \
            and actor != bylined and _federation_acts(actor, lead) \
            and _last_place(bylined) not in _unposted(lead, posted):
        # only a posting credit (发布单位, 编辑, a 来源 repeating the site's name) names it: the
        # site's owner posts another federation's own work, which the title and opening tell and
        # in which the owner takes no part (the stop-25 reading of posting credits)
        bylined = None
    tagged = None if bylined else (_lower_federation_of_tag(
        _title_tag(meta.title or "", gazetteer), lead) or _visited_host(meta.title or "", body))
    place, implied = bylined or tagged, None
    passing = False  # the federation is named only in passing (after the opening, or by its level)
    national_in_passing = False
    headed = bool(bylined)  # the report names itself: a byline, a report heading, a signature
    # the title's tag, else the title, a report's own heading, the signature, the opening,
    # then the whole body
    # (the lines above the headline, a masthead or a column's name, are the site's, not the
    # title's or the opening's: 甲省妇联 / 市县动态 / 乙县妇联开展…; the whole body still holds them)
    framed = _below_headline(body, meta.title, title_end)
    if not place and (scene := SCENE_OF_WORK.search(framed, 0, _paragraph_end(framed, lead_end))) \
            and not FEDERATION_ACTS.search(framed, 0, scene.start()):
        # the opening's story names federations only through the people in it (a village's
        # 执委 who visits): the body its frame names is the author
        named, bare = _organisation_place(scene.group(1), len(scene.group(1)), gazetteer)
        place, passing = named or bare, False
    for text, until, in_lead in () if place else (
            (framed, title_end, True), (heading, len(heading), True), (signed, len(signed), True),
            (framed, lead_end, True), (body, len(body), False)):
        named, bare = _organisation_place(text, until, gazetteer, national=in_lead,
                                          signed=text is signed, scope=scope)
        if named == NATIONAL and not _federation_acts(NATIONAL, text[:until]) \
                and not NATIONAL_CONVENES.search(text, 0, until):
            # 全国妇联 named in passing (its programme, its list, its vice-chair's visit: 全国妇联
            # “春蕾计划”落地乙县): the writer is a federation named later, else the national one
            named, national_in_passing = None, True
        if named and (in_lead or not bare or _named_in_lead(named, lead)) and not (
                (text, until) != (framed, title_end) and bare
                and _level_rank(bare) > _level_rank(named) and not _federation_acts(named, lead)
                and _own_place_named_elsewhere(bare, lead, furniture, gazetteer)):
            # (a superior named in the body, 区妇联主席出席, gives way to the lower federation
            # that the body names by its level and the opening by its place: 新街口街道 …
            # 街道妇联; not one that acts in the opening: 甲县妇联围绕…开展… 在乙镇,镇妇联…)
            # (one named in the opening only through its officers who attend, 甲市妇联副主席
            # 出席: a guest at the event of the unit acting there, named in passing too)
            place, passing = named, not in_lead or _only_a_guest(named, text[:until])
            headed = text is heading or text is signed  # the report names itself
            if (text, until) == (framed, title_end) and not tagged and (holder := _opening_holder_within(
                    named, framed, title_end, lead_end, gazetteer, _page(furniture, body, url, gazetteer))):
                # 瓦房店市妇联举办…培训班 / 祝华街道妇联于近日…举办…培训班, the headline's federation
                # doing nothing in the text: the opening's holder, a unit inside the headline's, wrote
                # it (stop-31 batch 41)
                place = holder
            break
        # a federation named by its level alone (区妇联, 社区妇联): in the body, the place of
        # that level that the opening or the site's name gives (上饶市广丰区人民政府网) wins over
        # federations named in passing (its superiors, its guests); in the opening, only a
        # province's (记者从省妇联获悉: the province the text names): a lower level there is
        # as often the unit the author visits as the author (兵团妇联 names the one corps, whose
        # federation is no province's; a 省妇联 that does no work in the body, 省妇联主席…调研, is
        # the superior of a lower federation the body names by place, not the author)
        if bare and (not in_lead or (_level(bare) == "province" and not _named_below_province(
                framed, lead_end, gazetteer) and not _lower_level_word_leads(body, gazetteer))):
            own = _own_place_named_elsewhere(bare, lead, furniture, gazetteer) or (
                _level(bare) == "province" and not CORPS_LEVEL.search(bare)
                and not (named and not _federation_acts(bare, text, done=True))
                and (_province_by_evidence(lead, gazetteer)
                                                or _province_by_evidence(body, gazetteer)))
            if own:
                place, passing = own, True
                break
        if not in_lead:
            place, passing = named or bare, True
            if bare and place == bare and (only := _only_place_of_level(bare, body, gazetteer)):
                place = implied = only  # 市妇联 in a text that names one 市 only: 丹阳市
    if not place and national_in_passing:
        place = NATIONAL
    if place and (congress := _congress_unit(lead, gazetteer)) and not (tagged or headed) and \
            _level_rank(congress) != _level_rank(place):
        # 甲市乙镇第三次妇女代表大会召开。甲市妇联主席出席并讲话 / 甲市第五次妇女代表大会召开,乙县
        # 妇联主席作交流发言: the congress is its unit's federation's own work (the stop-23
        # congress reading); a federation of another level whose chair attends or speaks there
        # is its guest
        place, passing = congress, False
    elif place and (host := _convening_level(lead)) and not (tagged or headed) and \
            _level_rank(host) < _level_rank(place):
        # 区妇联十一届六次执委会议 … 甲街道妇联、乙镇妇联作交流发言: the federation whose own
        # meeting the opening reports wrote it, over the lower ones that spoke there
        place, passing = host, False
    elif place and (host := _lead_actor(lead)) and not (tagged or headed) \
            and place not in PLACE_SUFFIX.split("|") \
            and _level(host) != _level(place) and not _federation_acts(place, _up_to_actor(lead)):
        # 县妇联召开十届三次执委会议。阜阳市妇联副主席到会指导 / 市妇联召开表彰大会,甲县妇联获评…:
        # the federation the opening names by its level as the subject of an actor verb wrote it,
        # over federations of other levels it names by place that act in no clause of it (guests,
        # speakers, honourees)
        place, passing = host, False
    if place and not tagged and (own := _self_level(body)) and not place.endswith(own):
        # 我镇妇联认真落实临泉县妇联的部署: the writer names itself in the first person; a
        # federation of another level named by place is its superior, host or partner
        place, implied, passing = own, None, False
    elif not place and (own := _self_level(body)):
        # 我县各级妇联组织… with no other federation named: the class in the first person is the
        # writer's own system, so its unit's federation wrote it (stop 28 of eval/dev)
        place = own
    if place and (owner := _subordinate_source(place, body, furniture, gazetteer)):
        place = owner
    if not place and _names_one_federation(body):
        # a federation named by no place or level (妇女联合会 heading a yearbook entry): the
        # level of the scope the text works in (全市妇女, 我县); not where every federation the
        # text names is a class (全省各级妇联, 县级以上妇联): no one body wrote it
        place = _scope_level(body)
    if place in PLACE_SUFFIX.split("|") and not (tagged or headed) \
            and _self_unit_over_its_officers(place, lead, body):
        # 我县召开妇女儿童工作会议,县妇联主席作工作报告: the unit's own meeting, its federation
        # present only through its officers: the unit is the author, written as its level word
        # further on, and no site's host completes it (stop-30 second wave, row 20)
        place = None
    if not place or place in PLACE_SUFFIX.split("|"):
        # none named in the text: a 来源/主办 line's federation, of the level the text gives
        # (or of the level of the federation the opening names as its actor by its level word
        # alone: 县妇联组织… over 市妇联 named more often later, with 来源：青川县妇联)
        labelled = _labelled_author(body, furniture)
        owner = _organisation_place(labelled, len(labelled), gazetteer, signed=True)[0]
        if owner and (not place or _level(owner) in (_level(place), _level(_lead_actor(lead)))):
            place, passing = owner, False
    if place in PLACE_SUFFIX.split("|") and not CORPS_LEVEL.search(place):
        # 区妇联 with no place of its level named (a corps unit is in no civil division): the text
        # the unit of that level the title, the opening or the site names (孙园镇 in a title
        # 孙园镇妇儿工委工作总结 over a body that writes 我镇, 镇妇联) is its own, else
        implied = _own_place_named_elsewhere(place, lead, furniture, gazetteer) or \
            gazetteer.implied(place, body) or _unit_above_the_named(place, body, gazetteer)
        place = implied or place
    if url and place in PLACE_SUFFIX.split("|") and (
            hosted := gazetteer.named_in_host(url, place, body)
            or gazetteer.initialled_in_host(url, place, body)):
        # 县妇联 on lvdong.xiushui.net: the site's county, 修水县; on laxwmw.gov.cn in a text
        # naming 滁州市: the county of 滁州 whose initials open the host, 来安县
        place = implied = hosted
    runner = None  # a unit the text after the opening writes as running the work
    actor = _acting_unit(lead, gazetteer) if passing and place and not (tagged or headed) else None
    if actor and not CORPS_LEVEL.search(place) and _level_rank(actor) > _level_rank(place):
        # 乙镇开展… with 县妇联 named only after the opening or by its level (a guest, a
        # superior, a partner): the unit that acts in the opening wrote it
        place = None
    else:
        actor = None
    if place and not (tagged or headed) and place != NATIONAL and not CORPS_LEVEL.search(place) \
            and (delegates := _delegation(lead, gazetteer)) \
            and _level_rank(place) < _level_rank(delegates):
        # 绍兴…女会员罗燕出席省第十三次妇女代表大会 / 睢县30名…代表…参与见证了市妇女第三次代表大会:
        # the delegates' unit reports its part in a higher congress; the congress's holder and
        # its guests (省妇联主席作工作报告, 省妇联副主席…讲话) are not the author. The unit's
        # federation where the text names one, else the unit (its level; no body as author)
        own = _last_place(delegates)
        place, implied, actor = (delegates, None, None) if _has_federation(own, body) \
            else (None, None, delegates)
    if place and not (tagged or actor or headed) and (
            headline := _acting_unit(body[:title_end], gazetteer)) \
            and not CORPS_LEVEL.search(place) and place != NATIONAL \
            and _level_rank(headline) < _level_rank(place) and not _federation_acts(place, lead):
        # 甲市全面启动妇联改革 / 甲区开展… over a lower federation the text names in a scene (在乙社区
        # 妇联组织的培训课上) or in passing (a performer): the headline's acting unit wrote it, as
        # its federation where the text names one, else as the unit itself
        own = _last_place(headline)
        place, implied, actor = (headline, None, None) if _has_federation(own, body) \
            else (None, None, headline)
    sources: dict[str, str] = {}
    if place == NATIONAL:
        meta.organisation, meta.admin_level = "全国妇联", "national"
    elif place and (CORPS_UNIT.search(place) or CORPS_LEVEL.fullmatch(place)):
        # a unit of the production corps: its level, and the one province all of them lie in
        meta.organisation, meta.admin_level = place + FEDERATION_SHORT, _level(place)
        meta.province = next(iter(gazetteer.named_by_stem(CORPS_PROVINCE_STEM)), None)
        sources = {"province": "stated" if CORPS_PROVINCE_STEM in body else "inferred"}
    elif place:
        if place in gazetteer.short_names and not re.search(
                re.escape(place) + FEDERATION.pattern, f"{body}\n{furniture}"):
            # a federation named by its level alone (县妇联) whose unit the page writes by a
            # county's short form (在前郭县): the federation of that unit, by its full name
            place = gazetteer.short_names[place]
        meta.organisation = place + "妇联"
        sources = _fill_place(meta, place, body, gazetteer, _page(furniture, body, url, gazetteer))
        if implied and not gazetteer.states_name(implied, body):
            # a unit only the page's host spells (lvdong.xiushui.net: 修水县, its stem only in a
            # town's name: 孙吴镇); one the text names, in full (举办商南县…大赛) or by its stem
            # (建设新武隆, 青岛广电), is stated, as any unit the text names is
            sources[meta.admin_level] = "inferred"
        if place in PLACE_SUFFIX.split("|") and (above := _only_unit_above(
                meta.admin_level, body, gazetteer)):
            # 镇妇联 in a text naming one county only (赤壁市): the levels above are that one's
            for level, name in above.names.items():
                setattr(meta, level, name)
            sources = dict(above.sources)
        elif meta.admin_level == "county" and not meta.city and (
                zone := _zone_of(place, gazetteer)):
            for level, name in zone.names.items():  # 合肥高新区: 合肥市 holds it
                setattr(meta, level, name)
                sources[level] = zone.sources[level]
        elif _unplaced(meta, place, gazetteer) and (
                above := _nearest_above(meta, body, furniture, url, gazetteer)):
            # a town or village the gazetteer cannot place (光荣村, a renamed 城关镇), a zone it
            # does not list (渤海新区): the levels above are those of the one unit above it
            # that the text or the page's site names
            for level, name in above.names.items():
                setattr(meta, level, name)
                sources[level] = "stated" if places.named_in(name, body) else above.sources[level]
        if meta.county and ZONE.search(meta.county) and not gazetteer.is_name(meta.county):
            meta.county = _listed_zone(meta.county, meta.city or meta.province, gazetteer)
            if not meta.county:
                sources.pop("county", None)
                if meta.admin_level == "county":
                    # the author is the body of a zone the division codes do not list
                    # (三亚中央商务区妇联): it sits outside the hierarchy, its level unknown
                    meta.admin_level = "unknown"
        if meta.township and meta.township.endswith(SMALL_TOWN) and not gazetteer.is_name(meta.township):
            # a 'small town' the codes do not list (电商小镇妇联) is placed as a town is, and is
            # no township: it sits outside the hierarchy, its level unknown (stop 23)
            meta.township, meta.admin_level = None, "unknown"
            sources.pop("township", None)
    elif not actor and (grassroots := _grassroots_organ(lead, gazetteer)) \
            and not _acting_unit(lead, gazetteer) and (
            resolved := gazetteer.resolve(grassroots[0], _page(furniture, body, url, gazetteer))):
        # no federation named, no unit acting in the opening, and the opening names a village's
        # own women's organ after the village and the units above it (临海市白水洋镇上游村妇代会
        # 主任, 甲街道乙社区丙街区妇女小组在…开展): that organ is the author, at village level,
        # as written
        for level, name in resolved.names.items():
            setattr(meta, level, name)
        sources = dict(resolved.sources)
        meta.organisation, meta.admin_level = grassroots[1], "village"
    elif (own := actor or _acting_unit(lead, gazetteer)
           or (runner := _acting_unit(body[lead_end:], gazetteer))
           or _first_place(body[:lead_end], furniture, gazetteer)) and (
            (resolved := gazetteer.resolve(own, _page(furniture, body, url, gazetteer)))
            or VILLAGE_END.search(own)):
        # no federation named: the report's place is the one its opening or site names, and
        # its level that unit's (大田县各乡镇妇女组织开展活动: a county's report; 乙镇丙村举办…: a
        # village's, below the town the gazetteer places)
        for level, name in (resolved.names if resolved else {}).items():
            setattr(meta, level, name)
        sources = dict(resolved.sources) if resolved else {}
        meta.admin_level = "village" if VILLAGE_END.search(own) else \
            resolved.level or meta.admin_level
        if own == runner or _opens_as_actor(own, body[:lead_end], scene=True) \
                or _owns_named_work(own, body[:lead_end]):
            # 东辽县开展…活动, 甲县“巧手”培训班开班, no federation the author (none named, or only
            # classes, guests, superiors): the unit that acts in the opening, or whose named
            # work it reports, is the author, as written
            meta.organisation = _last_place(own)
        elif organ := _acting_organ(own, body[:lead_end]):
            # 东辽县委召开…, 甲镇人民政府举办…: the unit's leadership body acts in the opening and
            # no federation is the author: that body is, as written, at the unit's level
            meta.organisation = _last_place(own) + organ
    elif self_unit := SELF_UNIT_ACTS.search(lead):
        # 我县举办… with no federation and no unit named: the narrator's unit is the author,
        # written as its level word (县), at that level (eval/dev/README.md: 我区 → 区)
        meta.organisation = self_unit.group(1)
        meta.admin_level = _level(self_unit.group(1))
    supplied = False
    if (supplier := _supplier(body, furniture, gazetteer) or (
            _source_organ(body, furniture, gazetteer) if place and place != NATIONAL
            and _only_through_officers(place, body[:lead_end]) else None)) and (not meta.organisation or (
            (WRITING_ORGAN.fullmatch(organ := supplier.group(0)[len(supplier.group(1)):])
             or SUPPLYING_DEPARTMENT.fullmatch(organ))
            and not (tagged and not tagged.endswith(_last_place(supplier.group(1))))
            and not (FEDERATION.search(_unposted(lead, posted))
                     and any(supplier.group(0) in line for line in posted)))):
        # (not a posting credit, 发布单位:甲镇, over a federation the title or opening names: the
        # office that posts the page is no byline, the stop-25 reading)
        # the unit that supplied or signed the copy wrote it, as written: a government or party
        # organ's byline before the body the opening names (甲镇妇联举行… … (甲镇政府)), any
        # supplier where no federation or acting unit was found; the units written above it
        # are dropped, as for any author (甲区乙镇人民政府 → 乙镇人民政府: `place` holds them)
        own = _last_place(supplier.group(1))
        supplied = True
        if meta.organisation and not meta.organisation.startswith(own):
            for level in places.LEVELS:  # another unit than the opening's: its place anew
                setattr(meta, level, None)
            meta.admin_level, sources = "unknown", {}
        meta.organisation = own + supplier.group(0)[len(supplier.group(1)):]
        if meta.admin_level == "unknown" and (resolved := gazetteer.resolve(
                supplier.group(1), _page(furniture, body, url, gazetteer))):
            for level, name in resolved.names.items():
                setattr(meta, level, name)
            sources = dict(resolved.sources)
            meta.admin_level = resolved.rank or resolved.level or meta.admin_level
    if meta.admin_level == "national" and (province := _province_by_evidence(
            body, gazetteer, at_least=SCENE_MENTIONS)) and province != CAPITAL:
        # the national federation at work in one province (a visit, a brand event it holds
        # there): the report's place is that province; one mention (a wire's dateline,
        # 新华社北京…电) is where the copy was filed, not where the work was done, and the
        # capital is its own seat: work there is at home, placed nowhere
        meta.province, sources["province"] = province, "stated"
        if scene := gazetteer.scene_line(province, body, ("city", "county")):
            # and the city and county there where the text's places in the province lie on one
            # line (a venue 江西赣州瑞金干部学院 with 赣州市's vice-mayor): the venue's
            for level, name in scene.names.items():
                setattr(meta, level, name)
                sources[level] = scene.sources[level]
    if not meta.province and meta.admin_level != "national" and \
            (province := _province_by_evidence(_without_own_stem(body, meta), gazetteer)
             or _province_by_evidence(furniture, gazetteer)
             or (url and _province_by_evidence(gazetteer.named_in_host(url, "", body) or "",
                                               gazetteer))):
        # the body's places first; else the page's own furniture (a breadcrumb 北京某村委会 >>
        # 村务, a site header or 来源 line), which names where the page is published; else the
        # unit its host spells (www.xiushui.gov.cn: 修水县, in 江西省)
        meta.province = province
        sources["province"] = "stated" if places.stem(province) in body + furniture \
            else "inferred"
    if meta.organisation and meta.organisation.endswith(FEDERATION_SHORT) and \
            meta.admin_level != "national":
        meta.organisation = _with_organ(meta.organisation, body)
    if tagged and not _has_federation(tag_unit := _last_place(tagged), body):
        # the tagged unit did the work and the text names no federation of it (by the unit's own
        # name, 乙村妇联 under a tag 甲镇乙村:, or its level word): the author is the unit itself
        # (a township government, a community office), as written
        meta.organisation = _fullest_name(tag_unit, body, gazetteer)
    elif meta.organisation and place and (founded := _founded_federation(lead, place)):
        # 衡阳县村播第一次妇女代表大会…衡阳县村播妇联正式成立: the opening reports the founding
        # congress of a federation of a new field within the unit; it is the author, as written
        meta.organisation = founded
    elif meta.organisation and place and not (tagged or headed) and (
            unit := _unit_over_its_federation(
                place, body if passing and not FEDERATION.search(lead) else lead, body,
                above=[getattr(meta, level) for level in places.LEVELS if getattr(meta, level)])):
        # 甲街道在…举办…活动 … 甲街道妇联执委参加: the unit acts in the opening (or anywhere, where
        # the opening names no federation: 日前,甲街道举行… … 甲街道妇联主席表示)
        # and the text names its own federation only through officers: the unit wrote it
        meta.organisation = unit
    elif meta.organisation and meta.organisation.endswith(FEDERATION_SHORT) and not (tagged or headed) \
            and (narrator := _narrator_opens(framed[title_end:lead_end])) \
            and _level(narrator) == meta.admin_level:
        # 本报讯 …我省积极探索…,推行… … 省妇联开展了…: the narrator's unit is the subject the opening
        # opens on; its federation acting in a later item supports the unit's work and does not
        # displace it (stop-29 own rounds): the unit, written as its level word (stop 28)
        meta.organisation = narrator
    if (own := meta.organisation or getattr(meta, meta.admin_level, None)) and not (
            bylined or headed) and (institution := _acting_institution(
            meta.title or "", body[title_end:lead_end], own)):
        # 吉林省妇女就业指导中心将…寄给…: the unit's institution does the work of the opening, not
        # the federation of that unit the text names in passing (or none)
        meta.organisation = institution
    if not meta.organisation and (committee := COMMITTEE_ACTS.search(body, 0, lead_end)):
        # no federation named by a place or level, and a unit's own women's committee (a
        # company's, a school's, a hospital's) does the work of the opening: it is the author,
        # by the fullest name the opening gives it (县人民医院妇委会, then 甲县人民医院妇委会)
        meta.organisation = max((m.group(1) for m in COMMITTEE_ACTS.finditer(body, 0, lead_end)
                                 if m.group(1).endswith(committee.group(1))), key=len)
    if not (bylined or headed or supplied) and (
            field := FIELD_FEDERATION_ACTS.search(body, title_end, lead_end)) \
            and PLACE_PART.match(field.group(1)):
        # a trade's or an association's federation acts in the opening and no byline names another
        # body (信息来源:甲街道 over its items): it wrote it, as
        # written, at no level of the hierarchy of places
        meta.organisation, meta.admin_level = field.group(1) + FEDERATION_SHORT, "unknown"
    if (election := _committee_election(meta.title or "", body[title_end:lead_end])):
        # a unit's 妇委会 elected or founded: that committee, at no level of the hierarchy, over the
        # federations whose officers attend or guide (县妇联副主席…参加会议) and the unit acting
        meta.organisation, meta.admin_level = election, "unknown"
    if not meta.organisation and (signed_by := AUTHOR_BODY.search(f"{furniture}\n{body[:lead_end]}")):
        # no federation or acting unit found, and the byline names a body: it wrote the page
        meta.organisation = signed_by.group(1)
    if meta.organisation and PLACE_END.search(meta.organisation) and not supplied and \
            _holds_own_congress(meta.organisation, lead):
        # 甲县召开第三次妇女代表大会, 乙镇妇女第十次代表大会召开: a place's women's congress is the
        # work of its federation, whatever the title makes its subject (the stop-23 congress
        # reading); the unit acting is that federation, at the unit's level
        meta.organisation += FEDERATION_SHORT
    if not (bylined or headed) and (home := _acting_womens_home(lead, body, place)):
        # 甲村妇女之家举办…, the village's federation not named and no federation acting in the
        # opening (the town's chair who guides is not): the village's women's organisation wrote
        # it, as written, at village level (the stop-23 妇女之家 reading)
        meta.organisation, meta.admin_level = home, "village"
    if _lists_reports(body):
        # a sample-text site's collection of reports: no one author, its places still the
        # places its items name
        meta.organisation, meta.admin_level = None, "unknown"
    if not (bylined or headed or tagged) and (_joint_federations(lead) or _joint_units(lead, gazetteer)):
        # 甲市妇联与乙县妇联联合开展…, 甲镇、乙镇联合举办…: two federations of different places or
        # levels, or units with no federation among them, are joint authors, and no one of them
        # is the author (the conventions' two equal authors)
        meta.organisation, meta.admin_level = None, "unknown"
    if _class_author(body[title_end:lead_end], body, gazetteer):
        # 山东省各级妇联持续加强… and no one member named: a class of federations is no one body
        # (the conventions' class as author); its places stay, as the text names them
        meta.organisation, meta.admin_level = None, "unknown"
    if (collected := _collecting_class(meta.title or "", body[title_end:lead_end], body,
                                       gazetteer)) is not None:
        # 新疆各级妇联花样庆祝“三八” over items of 甲区妇联, 乙县妇联…: a page that collects
        # items of several bodies has no one author; only the places the class lies in stay
        # (大连市 of 大连市各区市县妇联; the province alone where the class names none below it)
        meta.organisation, meta.admin_level = None, "unknown"
        resolved = gazetteer.resolve(collected, body) if collected else None
        kept = places.LEVELS.index(resolved.level) if resolved and resolved.level in places.LEVELS else 0
        for level in places.LEVELS[kept + 1:]:
            setattr(meta, level, None)
    for level, source in sources.items():
        if source == "stated" and (name := getattr(meta, level)) and \
                _only_in_other_bodies(name, body + "\n" + furniture):
            sources[level] = "inferred"  # 邵阳新闻网讯, 兰州银行: no place of the work
    meta.place_source = ";".join(f"{level}:{sources[level]}" for level in places.LEVELS
                                 if getattr(meta, level) and level in sources) or None


def _named_below_province(text: str, until: int, gazetteer: places.Gazetteer) -> bool:
    """The title and opening name a federation below a province by its place (省妇联“春蕾计划”
    … 甲县妇联将助学金发放到…): a bare 省妇联 there is the programme's owner or the lower body's
    superior, not the author (记者从省妇联获悉 names no other)."""
    named = _organisation_place(text, until, gazetteer, national=True)[0]
    return bool(named) and named != NATIONAL and _level(named) != "province"


def _lower_level_word_leads(body: str, gazetteer: places.Gazetteer) -> bool:
    """The whole text names a federation below a province by its level word alone more often
    than any other level word (省妇联公布…名单 in the opening, then 市妇联充分发挥… / 市妇联还成立…):
    the bare 省妇联 of the opening is the body above the one whose work the text tells, not the
    author (记者从省妇联获悉 over a text that names no lower federation alone is)."""
    bare = _organisation_place(body, len(body), gazetteer)[1]
    return bool(bare) and _level(bare) != "province"


def _below_headline(body: str, title: str | None, title_end: int) -> str:
    """The body with the lines above its headline blanked (their offsets kept): page chrome
    that names the site, not the author."""
    start = body.rfind(title, 0, title_end) if title else -1
    start = body.rfind("\n", 0, start) + 1 if start > 0 else 0
    return re.sub(r"[^\n]", " ", body[:start]) + body[start:]


def _page(furniture: str, body: str, url: str | None, gazetteer: places.Gazetteer) -> str:
    """The page's text that tells namesakes apart: its furniture, its body and the unit its
    host spells (鼓楼区妇联 on www.xuzhou.gov.cn: 徐州's 鼓楼区)."""
    hosted = gazetteer.named_in_host(url, "", body) if url else None
    return "\n".join((furniture, body, hosted or ""))


def _title_tag(title: str, gazetteer: places.Gazetteer) -> str | None:
    """The unit a headline is tagged with (周营乡：组织召开…): a unit the gazetteer holds or a
    place by the grammar of names (a proper name of two to six characters and a level word, no
    function word in it)."""
    match = TITLE_TAG.match(title)
    if not match or set(tag := match.group(1)) & NAME_BOUNDARY:
        return None
    own = _last_place(tag)  # 长春市二道区: the unit is the last one
    return tag if _is_name_sized(own) and (gazetteer.is_name(own) or _is_place(own)
                                           or bool(VILLAGE_END.search(own))) else None


def _lower_federation_of_tag(tag: str | None, lead: str) -> str | None:
    """The unit a headline is tagged with (精河县：…), or the lower unit within it whose
    federation the headline or the opening writes after the tag as the subject of its clause
    (精河县：甲乡妇联举办…, 近日,精河县甲乡妇联在乙村举办…): the tag names where the news is
    from, the clause who did it."""
    if not tag:
        return tag
    for match in re.finditer(rf"{CLAUSE_START}{re.escape(tag)}[:：\s]*({PLACE_PART.pattern})", lead):
        if FEDERATION_ACTS.match(lead, match.end()) and _level_rank(match.group(1)) > _level_rank(tag):
            return match.group(1)
    return tag


def _visited_host(title: str, body: str) -> str | None:
    """The host unit of a visit the headline tells with 来 (省妇联来安居调研): written from the
    host's side, so the host reports it. The unit as the headline writes it, or as the text
    writes its stem with a level word (安居 → 安居区)."""
    if not (match := VISIT_TITLE.search(title)):
        return None
    host = match.group(1)
    if PLACE_END.search(host):
        return host
    named = re.search(rf"{re.escape(host)}(?:{PLACE_SUFFIX})", body)
    return named.group(0) if named else None


def _fullest_name(own: str, body: str, gazetteer: places.Gazetteer) -> str:
    """A community or village a headline names by a city's or county's stem and a short name
    (长春十委社区) where the text writes it, after a unit, by a longer name that ends in that
    short name (二道区东站十委): that name with the level word, the fullest the text gives the
    body (the stop-17 "two names for one body"); else ``own``."""
    level = VILLAGE_END.search(own)
    for size in (2, 3):
        core = own[size:level.start()] if level else ""
        stems = gazetteer.scan(own[:size] + places.ORGAN_AFTER_STEM[0])[0]
        if len(core) < MIN_LEAD_NAME or not stems or (stems[0].start, stems[0].end) != (0, size):
            continue
        if written := re.search(rf"(?:{PLACE_SUFFIX})({NAME_CHAR}{{1,4}}?{re.escape(core)})", body):
            return written.group(1) + level.group(0)
    return own


def _unit_over_its_federation(place: str, lead: str, body: str, above: Sequence[str] = ()
                              ) -> str | None:
    """The unit of ``place`` where the title or opening writes it (not its federation), after
    the units above it or alone, as the subject of a clause that organises work (西宁市城北区
    甲村举办…), and the text names its federation, by name or by level word, only through its
    officers (街道妇联执委, 县妇联主席: the unit's people who attend) or not at all (基层妇联干部,
    各级妇联组织 name no one body), or the unit convenes or holds the event (甲镇召开…。会上,镇妇联…):
    the unit wrote it, as written (the stop-16 acting unit; stop-33 wave-1 row 15).
    ``above``: the units the gazetteer places it in, which a headline writes by their stem as
    often as in full (铜川王益区让…)."""
    own = _last_place(place)
    if not PLACE_END.search(own):
        return None
    written_forms = (own, *(places.stem(unit) + own for unit in above if unit != own))
    if any(_opens_as_actor(written, lead, scene=True, parents=True) for written in written_forms):
        return own if _only_through_officers(own, body, _convenes_the_event(written_forms, own, lead, body)) \
            else None
    # (or its leadership organ, a body the text names, where the federation reports, speaks or
    # attends: 甲镇党委召开妇女工作会议,镇妇联汇报…; the stop-19 leadership body as author)
    organ = next(_organs_acting(own, lead), None)
    return own + organ.group(1) if organ and _acts_in_no_clause(own, body) else None


def _convenes_the_event(written_forms: Sequence[str], own: str, lead: str, body: str) -> bool:
    """The opening has the unit ``own`` (in one of ``written_forms``) convene or hold the event
    (甲镇召开…会), and its federation convenes or holds nothing itself (a headline's 甲街道召开妇联
    执委会议 over 甲街道妇联召开…: the federation's own meeting)."""
    return any(_between(written, lead, OPENS_UP_TO_PARENTS, CONVENES_AFTER) for written in written_forms) \
        and not any(CONVENES_AFTER.match(body, organ.end()) for organ in _organs_after(own, body)
                    if FEDERATION.fullmatch(organ.group(2)))


def _organs_acting(own: str, lead: str) -> Iterator[re.Match]:
    """The leadership organs of the unit ``own`` (党委, 人民政府, 党工委 …) that the title or
    opening writes right after it, the units above it allowed before it, as the subject of a
    clause that organises work (乙区城关街道党工委召开…); group 1 the organ as written."""
    at = lead.find(own)
    while at >= 0:
        if (organ := ORGAN_ACTS_AFTER.match(lead, at + len(own))) and \
                OPENS_UP_TO_PARENTS.search(lead, 0, at):
            yield organ
        at = lead.find(own, at + 1)


def _delegation(lead: str, gazetteer: places.Gazetteer) -> str | None:
    """The unit whose delegates the title or opening has attend a congress of a higher level
    (绍兴民建…出席省第十三次妇女代表大会: 绍兴市): the first unit the subject names, by its name or
    its stem alone, below the congress's level word."""
    for match in DELEGATES_AT.finditer(lead):
        if CLASS_OR_LIST.search(match.group(1)):
            continue  # 甲县、乙县等县区300名代表出席…: the holder's report of many units' delegates
        mentions, evidence = gazetteer.scan(match.group(1))
        # a stem alone (绍兴民建) is only evidence: its unit where it is one
        names = [m.text for m in mentions] or [gazetteer.units[code].name for code in evidence][:1]
        if names and (unit := gazetteer.resolve(names[0], lead)) and unit.level and \
                places.LEVELS.index(unit.rank or unit.level) > \
                places.LEVELS.index(_level(match.group(2))):
            return names[0]
    return None


def _grassroots_organ(lead: str, gazetteer: places.Gazetteer) -> tuple[str, str] | None:
    """A village's own women's organ the opening names right after the units above the
    village (临海市白水洋镇上游村妇代会): the units above as written, and the organ's name as
    written after them (上游村妇代会; a block within a community keeps its own name:
    大成路美食街区妇女小组). Not a class (各村妇代会): a unit the gazetteer holds must close
    right before the village's name."""
    for match in GRASSROOTS_ORGAN.finditer(lead):
        window = lead[max(0, match.start() - GRASSROOTS_WINDOW):match.start()]
        mentions = gazetteer.mentions_in(window)
        if not mentions:
            continue
        first = len(mentions) - 1
        while first and mentions[first - 1].end == mentions[first].start:
            first -= 1
        if (village := VILLAGE_PART.fullmatch(window, mentions[-1].end)) \
                and not FEDERATION.search(village.group(0)):
            name = village.group(2) or village.group(1)
            return window[mentions[first].start:mentions[-1].end], name + match.group(0)
    return None


def _founded_federation(lead: str, place: str) -> str | None:
    """The federation whose founding congress (第一次妇女代表大会) the opening reports, where
    its name is ``place``'s unit and a field's words (衡阳县村播, 甲区快递行业): the name as
    the opening writes it with 妇联 (not the unit's own federation, 甲县第一次妇女代表大会)."""
    own = _last_place(place)
    for match in FOUNDING_CONGRESS.finditer(lead):
        name = match.group(1)
        if name.startswith(own) and len(name) > len(own) and not PLACE_END.search(name) \
                and re.search(re.escape(name) + f"(?:{FEDERATION.pattern})", lead):
            return name + FEDERATION_SHORT
    return None


def _acting_womens_home(lead: str, body: str, place: str | None) -> str | None:
    """The 妇女之家 of a village or community that the title or opening writes as the subject
    of a clause of work (甲镇乙村妇女之家举办…: 乙村妇女之家), where no federation acts in the
    opening and the text names no federation of that village or community itself (乙村妇联
    decides: the 妇女之家 is its room)."""
    for match in WOMENS_HOME_ACTS.finditer(lead):
        village = _last_place(match.group(1))
        if not _has_federation(village, body) and not (place and _federation_acts(place, lead)) \
                and not _opens_as_actor(village, lead, scene=True, parents=True):
            return village + WOMENS_HOME
    return None


def _congress_unit(lead: str, gazetteer: places.Gazetteer) -> str | None:
    """The unit whose own women's congress the title or opening writes right after it (甲市乙镇
    第三次妇女代表大会: 甲市乙镇, as written with the units above it), a unit the gazetteer or the
    grammar of place names reads."""
    for match in CONGRESS_UNIT.finditer(lead):
        own = _last_place(match.group(1))
        if _is_name_sized(own) and (gazetteer.is_name(own) or _is_place(own)):
            return match.group(1)
    return None


def _holds_own_congress(unit: str, lead: str) -> bool:
    """The title or opening writes the unit's own women's congress right after its name (甲县
    召开第三次妇女代表大会, 甲县妇女第三次代表大会召开)."""
    own = _last_place(unit)
    at = lead.find(own)
    while at >= 0:
        if OWN_CONGRESS_AFTER.match(lead, at + len(own)):
            return True
        at = lead.find(own, at + 1)
    return False


def _organs_after(unit: str, body: str) -> list[re.Match]:
    """The women's organ words (妇联, 妇委会, 妇儿工委, 妇代会 …) the text writes right after the
    unit's name or after its level word alone (县妇女联合会, 我镇妇儿工委; not the 镇 ending
    another name): group 1 a party organ between (机关工委), group 2 the organ word. (Found by
    string search: a pattern compiled per unit costs more than the whole stage.)"""
    end = PLACE_END.search(unit)
    found = []
    for name, alone in ((unit, False), (end.group(0) if end else "", True)):
        at = body.find(name) if name else -1
        while at >= 0:
            before = body[at - 1] if at else ""
            if not alone or not HAN_CHAR.match(before) or before in "我本":
                if match := ORGAN_AFTER_UNIT.match(body, at + len(name)):
                    found.append(match)
            at = body.find(name, at + 1)
    return found


def _self_unit_over_its_officers(level: str, lead: str, body: str) -> bool:
    """The opening narrates the unit of ``level`` acting in the first person (我县召开…) and the
    text names that unit's federation by its level word only through its officers (县妇联主席作
    工作报告): the unit wrote it, as it does where no federation is named (我区 → 区)."""
    self_unit = SELF_UNIT_ACTS.search(lead)
    if not self_unit or self_unit.group(1) != level:
        return False
    mentions = [m.end() for m in LEVEL_FEDERATION.finditer(body) if m.group(1) == level]
    return bool(mentions) and all(OFFICER_AFTER.match(body, end) for end in mentions)


def _only_through_officers(place: str, body: str, convened: bool = False) -> bool:
    """The text names the federation of ``place`` (by its name or its level word alone) only
    through its officers (甲镇妇联主席出席, 街道妇联执委参加), inside what someone says (its chair's
    words: 主席说,区妇联依托…), in a sentence of background or plan (近年来,镇妇联联合…), or not at
    all: it acts in no clause of the work reported. Where the unit ``convened`` the meeting, also
    in a sentence told inside or after it (会上,镇妇联…; 会后,镇妇联组织…: stop-33 wave-1 row 15)."""
    own = _last_place(place)
    if not PLACE_END.search(own):
        return False
    mentions = [m for m in _organs_after(own, body) if FEDERATION.fullmatch(m.group(2))]
    told_apart = (REPORTED_SPEECH, BACKGROUND_OR_PLAN, INSIDE_THE_MEETING) if convened \
        else (REPORTED_SPEECH, BACKGROUND_OR_PLAN)
    spoken = [span.span() for pattern in told_apart for span in pattern.finditer(body)] if mentions else []
    return all(OFFICER_AFTER.match(body, m.end()) or any(start <= m.start() < end for start, end in spoken)
               for m in mentions)


def _acts_in_no_clause(own: str, body: str) -> bool:
    """The text names the federation of the unit ``own`` (by its name or its level word alone)
    as the subject of no clause that organises work: only through its officers (甲镇妇联主席出席),
    as one that reports, speaks or attends (市妇联汇报了…, 区妇联、团区委作交流发言), or not at
    all."""
    return not any(FEDERATION_ACTS.match(body, m.start(2)) for m in _organs_after(own, body)
                   if FEDERATION.fullmatch(m.group(2)))


def _places_only(prefix: str, gazetteer: places.Gazetteer) -> bool:
    """``prefix`` is empty or places the gazetteer holds, written together (新疆, 大连市)."""
    # (a stem alone, 新疆, is read as a place before an organ's word)
    # (a province's stem before a unit, 西藏拉萨市, is scanned as the unit alone: the stem is
    # checked on its own)
    mentions = gazetteer.scan(prefix + places.ORGAN_AFTER_STEM[0])[0]
    if not prefix:
        return True
    if not mentions or mentions[-1].end != len(prefix) \
            or not all(a.end == b.start for a, b in pairwise(mentions)):
        return False
    stem = prefix[:mentions[0].start]
    return not stem or _places_only(stem, gazetteer)


def _class_author(opening: str, body: str, gazetteer: places.Gazetteer) -> bool:
    """The opening's first sentence has a class of federations as its subject, after the
    places they lie in (山东省各级妇联持续…), and the text names no federation by a place other
    than those (广西壮族自治区妇联 under the class 广西各级妇联 is of its place: compared by stem):
    the class did the work, and no member of it (甲街道妇联, the one item an excerpt of a
    district's round-up holds) is singled out."""
    first = SENTENCE_END.split(opening, maxsplit=1)[0]
    for match in CLASS_SUBJECT.finditer(first):
        if _places_only(prefix := match.group(1), gazetteer):
            named = _federation_mentions(body, len(body), gazetteer, national=False, signed=False)[0]
            return all(places.stem(place) in prefix for place in named)
    return False


def _joint_federations(lead: str) -> bool:
    """A sentence of the opening has a list of two or more federations of different names as its
    subject, working together (甲市妇联与乙县妇联联合…)."""
    for match in JOINT_FEDERATIONS.finditer(lead):
        # (each member as its unit and its kind: 妇女联合会 is 妇联, 妇女儿童工作委员会 妇儿工委)
        members = {(member.group(1), member.group(2) in ("妇联", "妇女联合会"))
                   for item in re.split(PEERS_JOINED, match.group(1))
                   if (member := SYSTEM_MEMBER.search(item))}
        together = re.match(rf"(?:决定[^。;；\n]*?)?(?:{TOGETHER})", match.group(2))
        # (federations of different levels with no such word: only where no federation acted
        # before them, as the subject the opening opens on; after 县妇联联合…开展…, 甲镇妇联、乙社区
        # 妇联组织志愿者参加 names the lower federations taking part)
        if len(members) > 1 and (together or (
                len({_level(unit) for unit, _ in members}) == len(members)
                and not FEDERATION_ACTS.search(lead, 0, match.start(1)))):
            return True
    return False


def _joint_units(lead: str, gazetteer: places.Gazetteer) -> bool:
    """A sentence of the title or opening has a list of two or more different units as its
    subject, working together (甲镇、乙镇、丙镇联合举办…)."""
    for match in JOINT_UNITS.finditer(lead):
        units = set(re.split(PEERS_JOINED, match.group(1)))
        if len(units) > 1 and all(_is_name_sized(unit) and (gazetteer.is_name(unit) or _is_place(unit))
                                  for unit in units):
            return True
    return False


def _collecting_class(title: str, opening: str, body: str, gazetteer: places.Gazetteer) -> str | None:
    """The places of a class of federations (大连市 of 大连市各区市县妇联, "" of 各地妇联) that the
    headline (新疆各级妇联…) or the opening (海南省各级妇联组织紧扣…) makes the subject of the
    work, where the text names federations of at least two units of one level: a page
    collecting their items (one item only, as an excerpt may hold, is that body's report, unless
    the headline and the opening both make the class the subject: the page says twice that the
    class did the work). None where the page collects no class's items."""
    headline = [within for m in CLASS_HEADLINE.finditer(title)
                if _places_only(within := CLASS_SCOPE.sub("", m.group(1)), gazetteer)]
    opened = [m.group(1) for m in CLASS_SUBJECT.finditer(opening) if _places_only(m.group(1), gazetteer)]
    if not (headline or opened):
        return None  # (群团改革让宁夏各级妇联…: the class is no headline's subject)
    if not (headline and opened):
        named = _federation_mentions(body, len(body), gazetteer, national=False, signed=False)[0]
        # 界首市: a county-level city; 文昌市, run by its province, ranks as a county
        levels = Counter(((resolved.rank or resolved.level) if (resolved := gazetteer.resolve(p, body))
                          else None) or _level(p) for p in named)
        if max(levels.values(), default=0) < 2:
            return None
    return (headline or opened)[0]


def _committee_election(title: str, opening: str) -> str | None:
    """The women's committee of a unit (no place: a hospital, a company, a bureau) whose election
    or founding the headline or the opening's first sentence reports, as the unit and the
    committee's word are written (衡山县妇幼保健院妇委会)."""
    first = SENTENCE_END.split(opening.strip(), maxsplit=1)[0]
    for text in (title, first):
        for match in COMMITTEE_ELECTION.finditer(text):
            unit = TERM_CLOSING.sub("", match.group(1))  # 第一届 is the committee's term
            if unit and not PLACE_END.search(unit) and not FEDERATION.search(unit):
                return unit + match.group(2)
    return None


def _acting_institution(title: str, opening: str, own: str) -> str | None:
    """The institution of the report's unit ``own`` (the author's, or the place of its level;
    the name as written after the unit: 丝茅冲社区新时代文明实践站) that the opening's first
    clause has act, under a headline that names no federation: the body that does the work in
    the first sentence."""
    unit = _last_place(own)
    if FEDERATION.search(title) or not PLACE_END.search(unit) or \
            not (match := INSTITUTION_ACTS.search(opening)):
        return None
    name = match.group(1)
    at = name.rfind(unit)
    written = name[at:]
    return written if at >= 0 and len(written) > len(unit) and not FEDERATION.search(written) \
        and not PLACE_PART.search(written, len(unit)) else None


def _lists_reports(body: str) -> bool:
    """The page opens its text with a table of contents of several reports (a sample-text site's
    collection): a page that collects items of several bodies has no one author."""
    heading = CONTENTS_HEADING.search(body, 0, CONTENTS_WINDOW)
    return bool(heading) and len(CONTENTS_ENTRY.findall(
        body, heading.end(), heading.end() + CONTENTS_WINDOW)) >= MIN_CONTENTS_ENTRIES


def _has_federation(unit: str, body: str) -> bool:
    """The text names the federation of ``unit``: by its name (周营乡妇联) or by the unit's
    level word alone, not one of a list (乡妇联, not 乡、村妇联 or 各乡妇联)."""
    word = PLACE_END.search(unit).group(0)
    return bool(re.search(rf"(?:{re.escape(unit)}|(?<![{HAN[1:-1]}、]){word})"
                          rf"(?:{UNIT_ORGAN_WORDS})?(?:{FEDERATION.pattern})", body))


def _with_organ(organisation: str, body: str) -> str:
    """The organisation with the organ word the text writes after its unit most often: a
    women's committee (一五〇团妇委会, 县直机关工委妇委会), a government's committee for women and
    children (孙园镇妇儿工委), a village's women's congress (嘎查妇代会) stays one, not a
    federation; 妇联 on ties."""
    unit = organisation[:-len(FEDERATION_SHORT)]
    written = Counter(match.groups() for match in _organs_after(unit, body))
    for short, organ in ORGAN_SHORT:
        committees = Counter({within: n for (within, word), n in written.items()
                              if organ.fullmatch(word)})
        if committees.total() > written.total() - committees.total():
            return unit + committees.most_common(1)[0][0] + short
    return organisation


def _signature(body: str, lead_end: int) -> str:
    """The signature that closes a report (落款): short last lines after the opening, without
    sentence punctuation, where a federation's name fills a word of its own (临泉县城关镇妇联,
    中共何集镇委员会 何集镇妇联; not a headline such as 城关镇妇联召开会议)."""
    closing = [line.strip() for line in body[lead_end:].rstrip().split("\n")[-SIGNATURE_LINES:]]
    # (or a federation in brackets closing the last line: …共筑美丽中国梦!(甲景区妇委会))
    credits = [found.group(1) for line in closing[-1:] if (found := CLOSING_CREDIT.search(line))
               and FEDERATION.search(found.group(1))]
    return "\n".join([line for line in closing if len(line) <= SIGNATURE_MAX
                      and not SENTENCE_PUNCTUATION.search(line)
                      and any(FEDERATION_WORD.fullmatch(word) for word in line.split())] + credits)


def _report_heading(body: str, title_end: int, gazetteer: places.Gazetteer) -> str:
    """The heading of a report a page carries under an editor's note (自治区妇联推出…栏目 …
    伊犁州妇联工作回顾): a line of its own, without sentence punctuation, that opens on a
    federation's place and names a report's kind (工作回顾, 工作总结); its federation wrote the
    report (学习全国妇联工作报告, a topic heading, opens on no place)."""
    for line in body[title_end:].split("\n"):
        line = line.strip()
        if len(line) > SIGNATURE_MAX or SENTENCE_PUNCTUATION.search(line) or \
                not (heading := REPORT_HEADING.search(line)):
            continue
        mentions = gazetteer.scan(line[:heading.start()])[0]
        if mentions and mentions[0].start == 0 and mentions[-1].end == heading.start() and all(
                a.end == b.start for a, b in pairwise(mentions)):
            return line
    return ""


def _opening_holder_within(headline_place: str, framed: str, title_end: int, lead_end: int,
                           gazetteer: places.Gazetteer, page: str) -> str | None:
    """The place of the federation that the first sentence below the headline writes as holding
    the work, where it is a unit inside the headline's federation's and the headline's federation
    acts in no clause of the text (a county's headline over a street's own training; not an item
    of a lower federation further on in the headline federation's summary)."""
    below = " " * title_end + framed[title_end:]
    end = SENTENCE_END.search(below, title_end, lead_end)
    first_end = end.end() if end else lead_end
    holder = _organisation_place(below, first_end, gazetteer, national=True)[0]
    if not holder or holder == NATIONAL or headline_place == NATIONAL \
            or _level_rank(holder) <= _level_rank(headline_place) \
            or not _federation_acts(holder, below[:first_end], done=True) \
            or _federation_acts(headline_place, below):
        return None
    unit = _last_place(headline_place)
    resolved = gazetteer.resolve(holder, page)
    return holder if resolved and unit in resolved.names.values() else None


def _narrator_opens(opening: str) -> str | None:
    """The level word of the narrator's unit (我省, 我县) that the first sentence of the opening
    writes as the subject of a clause of work, before any federation there acts (…了解到,我省积极
    探索…; not 县妇联组织…,我县…)."""
    end = SENTENCE_END.search(opening)
    first = opening[:end.end() if end else len(opening)]
    unit = SELF_UNIT_ACTS.search(first)
    return unit.group(1) if unit and not FEDERATION.search(first, 0, unit.start()) else None


def _lead_actor(lead: str) -> str:
    """The level word of a federation the opening names alone as the subject of a clause
    (近日,县妇联组织…; not 市妇联副主席…出席)."""
    match = LEAD_ACTOR.search(lead)
    return match.group(1) if match else ""


def _up_to_actor(lead: str) -> str:
    """The opening up to the end of the sentence where a federation named by its level alone
    first acts (近日,县妇联组织…。): a federation that acts only in a later sentence of the
    opening (乙镇妇联还组建…) came after the subject the opening opened on."""
    match = LEAD_ACTOR.search(lead)
    end = SENTENCE_END.search(lead, match.end()) if match else None
    return lead[:end.end()] if end else lead


def _convening_level(lead: str) -> str:
    """The level word of a federation the opening names alone as holding its own numbered
    meeting (区妇联十一届六次执委会议; not 省妇联 named in passing)."""
    match = CONVENES.search(lead)
    return match.group(1) if match else ""


def _last_place(places_written: str) -> str:
    """The lowest unit of places written together (扶风县午井镇 → 午井镇)."""
    return (PLACE_PART.findall(places_written) or [places_written])[-1]


def _supplier(body: str, furniture: str, gazetteer: places.Gazetteer) -> re.Match | None:
    """The body a 供稿 label names, if its name opens on places the gazetteer holds, written
    together, and a short organ closes it with no federation (a federation's label is read
    as one: `_labelled_author`), or the places alone (信息来源:甲街道); group 1 is the places."""
    page = "\n".join((furniture, body))
    return _unit_credited([*SUPPLIER.finditer(page), *CREDIT_AFTER.finditer(body),
                           *CREDIT_INSIDE.finditer(body), *SOURCE_UNIT.finditer(page),
                           *SOURCE_DEPARTMENT.finditer(page)], gazetteer)


def _source_organ(body: str, furniture: str, gazetteer: places.Gazetteer) -> re.Match | None:
    """A unit's government or party organ a 来源 line names (来源:甲街道办事处, 来源:乙镇人民政府),
    as `_supplier` reads a 供稿 label: it supplied the item where the federations the opening
    names come only through their officers (a visit, its escorts), so no federation did the
    work (the batch-44 reading: a 来源 body decides before the visit readings)."""
    return _unit_credited([match for match in SOURCE_ORGAN.finditer("\n".join((furniture, body)))],
                          gazetteer)


def _unit_credited(matches: list[re.Match], gazetteer: places.Gazetteer) -> re.Match | None:
    """The first credited name (group 1 of each match) that opens on places the gazetteer holds,
    written together, closed by a short organ with no federation; group 1 is the places."""
    for match in matches:
        name = match.group(1)
        mentions = gazetteer.scan(name)[0]
        if not mentions or mentions[0].start or FEDERATION.search(name) or any(
                a.end != b.start for a, b in pairwise(mentions)):
            continue
        end = mentions[-1].end
        if len(name) - end <= SUPPLIER_ORGAN and not set(name[end:]) & NAME_BOUNDARY:
            return re.match(rf"({re.escape(name[:end])}){re.escape(name[end:])}", name)
    return None


def _labelled_author(body: str, furniture: str, label: re.Pattern = FEDERATION_LABEL) -> str:
    """Labelled lines that name a federation as the page's source or owner (来源：X妇联,
    主办单位：X妇女联合会, 版权所有), in the page furniture or the body; with ``BYLINE_LABEL``
    only the copy's own byline and 来源 lines. A site's owner is weaker than the opening: a
    federation's site carries its subordinates' news."""
    return "\n".join(label.sub("", line).strip()
                     for line in "\n".join((furniture, body)).split("\n")
                     if len(line) <= SIGNATURE_MAX and label.search(line))


def _posting_lines(body: str, furniture: str) -> set[str]:
    """The page's posting credits: a template field of the site (发布单位, 发布机构, 发布者, 作者,
    编辑), or a 来源 line that repeats a name the page prints on a line of its own (the site's name
    in its header: 甲县妇女联合会 … 来源:甲县妇女联合会)."""
    lines = "\n".join((furniture, body)).split("\n")
    own_lines = {line.strip() for line in lines if len(line.strip()) <= SIGNATURE_MAX
                 and not SENTENCE_PUNCTUATION.search(line) and not EVIDENCE_LABEL.search(line)}
    return {line for line in lines if POSTING_LABEL.search(line) or (
        (source := SOURCE_LABEL.search(line)) and line[source.end():].strip() in own_lines)}


def _unposted(text: str, posted: set[str]) -> str:
    """``text`` without its posting credits' lines."""
    return "\n".join(line for line in text.split("\n") if line not in posted)


def _own_credit(body: str, furniture: str, posted: set[str]) -> str:
    """The copy's byline and 来源 lines that are no posting credit, where they name a
    federation."""
    return "\n".join((_labelled_author(_unposted(body, posted), _unposted(furniture, posted), BYLINE_LABEL),
                      *FEDERATION_CREDIT.findall(body))).strip()


def _subordinate_source(place: str, body: str, furniture: str,
                        gazetteer: places.Gazetteer) -> str | None:
    """The place of a 来源 line's federation that lies below ``place`` (the federation the text
    names: 来源：河北省张家口市妇联 under 河北省妇联副主席到蔚县参加活动), where the text also names
    a unit within the source's own: a lower federation's channel reports its superior's visit
    to it. (A higher source is no author: federations repost their subordinates' news.)"""
    if place in PLACE_SUFFIX.split("|") or place == NATIONAL:
        return None
    labelled = _labelled_author(body, furniture)
    owner = _organisation_place(labelled, len(labelled), gazetteer, signed=True)[0] \
        if labelled else None
    if not owner or _level_rank(owner) <= _level_rank(place):
        return None
    page = "\n".join((furniture, body))
    above, below = gazetteer.resolve(place, page), gazetteer.resolve(owner, page)
    if not above or not below or not above.level or \
            below.names.get(above.level) != above.names.get(above.level):
        return None
    own = below.names.get(below.level)
    for mention in gazetteer.scan(body)[0]:
        if any(unit.name == own for code in mention.codes
               for unit in gazetteer.chain(gazetteer.current(code).code)):
            return owner
    return None


def _scope_level(body: str) -> str | None:
    """The level word the text's scope phrases (全市, 我县) and the party committee it works
    under (在县委的领导下) use most, if one clearly leads."""
    scopes = Counter(SCOPE.findall(body))
    scopes.update({level: MIN_SCOPE for level in OWN_COMMITTEE.findall(body)})
    ranked = scopes.most_common(2)
    if not ranked or ranked[0][1] < MIN_SCOPE or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _self_level(body: str) -> str | None:
    """The level word of the federation the text names in the first person (我县妇联), if one
    level is used more often than any other."""
    ranked = Counter(SELF_FEDERATION.findall(body)).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _lead_end(segmented, title_end: int = 0) -> int:
    """Where the title and the first sentences end: the federation named there is the author.
    Page chrome above the headline (首页, a menu, a breadcrumb, a row of bars, and with
    ``title_end`` every line above the headline: a masthead, a column's name) is no sentence
    of the opening: it is passed over, so that it does not use up the opening's sentences."""
    lead = list(islice((s for s in segmented.sentences if not _is_chrome(s.text)), LEAD_SENTENCES))
    after = list(islice((s for s in segmented.sentences
                         if s.end > title_end and not _is_chrome(s.text)), LEAD_SENTENCES - 1))
    return max([s.end for s in lead[-1:] + after[-1:]] + [title_end if after else 0])


def _headline(segmented) -> tuple[str | None, int]:
    """The page's headline and where it ends: the segmenter's title, or where page chrome took
    its place (首页, 正文复制, a row of bars, a menu word too short for a headline), the first
    line after the chrome that reads as a headline (no sentence punctuation, no date: a
    masthead's date line is none)."""
    sentences = segmented.sentences
    title = segmented.title
    if not title or _is_chrome(title) or len(HAN_CHAR.findall(title)) < HEADLINE_MIN_HAN \
            or _is_numbers_line(title):
        for sentence in sentences[:HEADLINE_SEARCH]:
            text = sentence.text.strip()
            prose = SENTENCE_PUNCTUATION.search(text)
            if _is_chrome(text) or _is_numbers_line(text) or (
                    not prose and len(HAN_CHAR.findall(text)) < HEADLINE_MIN_HAN):
                continue  # a menu word on a line of its own (本站新闻) is no headline either
            if len(text) <= HEADLINE_MAX and not prose and \
                    not dates.TIMESTAMP.search(dates.arabic_dates(text)):
                return text, sentence.end
            break
    return title, (sentences[0].end if title and sentences else 0)


def _is_numbers_line(line: str) -> bool:
    """A line of more digits than Han characters (新闻热线:023-6152… 举报电话:…, a timestamp
    with its labels): a header's contact or date line, never a headline, which is words."""
    return sum(ch.isdigit() for ch in line) > len(HAN_CHAR.findall(line))


def _is_chrome(sentence: str) -> bool:
    """A sentence of page furniture: too few Han characters to say anything, a breadcrumb, an
    image's markup, or a menu (a row of short words set apart by spaces or bars)."""
    words = MENU_SEPARATOR.split(sentence.strip())
    return (len(HAN_CHAR.findall(sentence)) < MIN_LEAD_HAN or bool(BREADCRUMB.search(sentence))
            or bool(IMAGE_MARKUP.search(sentence))
            or (len(words) >= MIN_MENU_WORDS
                and all(len(w) <= MENU_WORD and MENU_WORD_FORM.fullmatch(w) for w in words)))


def _first_place(lead: str, furniture: str, gazetteer: places.Gazetteer) -> str | None:
    """The first place the lead names, with the places written right before it
    (上饶市广丰区), else the one in the site's name."""
    for text in (lead, _site_owners(furniture)):
        mentions, _ = gazetteer.scan(text)
        if mentions:
            end = 1
            while end < len(mentions) and mentions[end].start == mentions[end - 1].end:
                end += 1
            return text[mentions[0].start:mentions[end - 1].end]
    return None


# The patterns of _opens_as_actor and _acting_organ around the place, compiled once (a pattern
# compiled per place costs a millisecond or more): what may open the clause up to the place
# (its end is the place's start: none of these parts looks ahead) and what must follow it.
OPENS_UP_TO = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?\Z")
OPENS_UP_TO_PARENTS = re.compile(rf"{CLAUSE_START}{TIME_OPENER}?(?:{PLACE_PART.pattern})*?\Z")
ACTS_AFTER = re.compile(UNIT_ACTS)
ACTS_AFTER_SCENE = re.compile(f"{SCENE}?{UNIT_ACTS}")
# A unit that convenes or holds the event itself (甲镇召开…会, 乙街道举办…活动): it stays the author
# where its federation reports, awards or speaks inside the meeting or runs an item after it (会上,
# 镇妇联…; 会后,镇妇联组织…; stop-33 wave-1 row 15).
CONVENES_AFTER = re.compile(f"{SCENE}?(?:{ACTING_ADVERBS})?(?:组织)?(?:召开|举办|举行)")
# A quoted name right after a unit at a clause's head (甲县“陇原巧手”…): the unit's own work.
OWNED_NAME_AFTER = re.compile(r"[“「][^”」\n]{2,20}[”」]")
ORGAN_ACTS_AFTER = re.compile(rf"({LEADING_ORGAN}){SCENE}?{UNIT_ACTS}(?!部)")


def _between(place: str, lead: str, before: re.Pattern | None, after: re.Pattern) -> bool:
    """Whether some occurrence of ``place`` in ``lead`` has ``after`` matching right after it
    and (unless None) ``before`` matching up to its start: with parts that do not look across
    the place, what ``re.search(before + re.escape(place) + after, lead)`` finds."""
    at = lead.find(place)
    while at >= 0:
        if after.match(lead, at + len(place)) and (before is None or before.search(lead, 0, at)):
            return True
        at = lead.find(place, at + 1)
    return False


def _opens_as_actor(place: str, lead: str, scene: bool = False, parents: bool = False) -> bool:
    """The opening writes ``place`` as the subject of its clause right before an actor verb
    (东辽县开展…, 3月6日,甲县乙镇举行…, 甲市以“…”为主题,精心组织…); a place followed by
    other words (大田县各乡镇妇女…开展) names where the work happened, not who did it. With
    ``scene`` (no federation is named as the author) a 在-phrase may stand before the verb
    (甲县在农村妇女中开展…): not over a federation, whose guest or host the unit may be. With
    ``parents`` the units above it may stand before it (西宁市城北区甲村举办…)."""
    return _between(place, lead, OPENS_UP_TO_PARENTS if parents else OPENS_UP_TO,
                    ACTS_AFTER_SCENE if scene else ACTS_AFTER)


def _owns_named_work(place: str, lead: str) -> bool:
    """The title or opening writes ``place`` at the head of its clause right before a quoted
    name (甲县“巧手”编织培训开班, 甲县乙镇“爱心妈妈”关爱留守儿童): the named work is the unit's
    own, as a verb after it would make the unit its actor."""
    return _between(place, lead, OPENS_UP_TO, OWNED_NAME_AFTER)


def _acting_organ(place: str, lead: str) -> str | None:
    """The leadership organ of ``place`` (县委, 人民政府, 党工委) that the opening writes right
    after it as the subject of a clause that organises work (东辽县委召开…), or as the sponsor of
    the event (由甲县委宣传部主办), as written."""
    if _between(place, lead, None, ORGAN_ACTS_AFTER) and (match := re.search(
            rf"{CLAUSE_START}{TIME_OPENER}?{re.escape(place)}({LEADING_ORGAN})"
            rf"{SCENE}?{UNIT_ACTS}(?!部)", lead)):  # (县委组织部: a department, not 组织)
        return match.group(1)
    match = re.search(rf"由{re.escape(place)}({LEADING_ORGAN}|{HAN}{{1,6}}?局)主办", lead) \
        if "主办" in lead else None  # (a government's bureau sponsors too: 甲县教育局主办)
    return match.group(1) if match else None


def _only_a_guest(place: str, lead: str) -> bool:
    """Every federation of ``place`` the opening names is followed by an officer who attends
    (眉山市妇联副主席应邀出席): the federation takes part as a guest and does no work there."""
    own = _last_place(place)
    mentions = [match for match in FEDERATION.finditer(lead) if lead.endswith(own, 0, match.start())]
    return bool(mentions) and all(GUEST_AFTER.match(lead, match.end()) for match in mentions)


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph after the one holding ``start`` (a story's frame opens the next)."""
    end = text.find("\n", start)
    after = text.find("\n", end + 1) if end >= 0 else -1
    return len(text) if after < 0 else after


def _federation_acts(place: str, lead: str, done: bool = False) -> bool:
    """The opening writes the federation of ``place`` (or of its level word alone) as the
    subject of a clause that organises work (近日,甲县乙镇妇联组织…, 乙镇妇联于3月2日举行…), not
    inside a scene (在乙社区妇联组织的培训课上) or as another's guest. With ``done``, work done,
    not planned (下一步,乙镇妇联将联合…: the closing plan of any body the text names)."""
    own = _last_place(place)
    at = lead.find(own)
    while at >= 0:
        if (acts := FEDERATION_ACTS.match(lead, at + len(own))) and \
                PARENTS_BEFORE.search(lead, max(0, at - MAX_PARENTS - 1), at) and \
                not (done and PLAN.search(acts.group(0))):
            return True
        at = lead.find(own, at + 1)
    return False


def _acting_unit(lead: str, gazetteer: places.Gazetteer) -> str | None:
    """The first unit (with the places written right before it: 甲县乙镇) that the opening
    writes as the subject of a clause that organises work, itself or through its leadership
    organ (乙镇开展…, ——乙街道开展…, 乙乡联合…, 乙村党支部组织…);
    a village or community, which the gazetteer does not hold, where it is written right after
    its town or county (乙镇丙村举办…) or, alone, where the dictionary takes it for a name."""
    mentions = gazetteer.scan(lead)[0]
    for k, mention in enumerate(mentions):
        start = k
        while start and mentions[start - 1].end == mentions[start].start:
            start -= 1
        chain = lead[mentions[start].start:mention.end]
        village = VILLAGE_NAME.match(lead, mention.end)
        for unit in ((chain + village.group(0),) if village else ()) + (chain, mention.text):
            if _opens_as_actor(unit, lead) or _acting_organ(unit, lead):
                return unit
    for match in VILLAGE_AT_CLAUSE_START.finditer(lead):
        if (_is_place(match.group(1)) or _is_recurring_community(match.group(1), lead)) \
                and (_opens_as_actor(match.group(1), lead) or _acting_organ(match.group(1), lead)):
            return match.group(1)
    return None


def _site_owners(furniture: str) -> str:
    """The names of the site (上饶市广丰区人民政府网), of the body that owns or runs it
    (版权所有：临泉县人民政府, 主办单位：临泉县人民政府办公室) and of the outlet in a 来源 line or a
    dateline (临泉县融媒体中心讯), the WeChat account it asks to follow or that heads the page
    before its timestamp (无线阆中 2026-03-04 15:47, an app of the county's media), and the crumbs
    of its breadcrumb (首页 > 走进沈丘 > 乡镇动态): the page's own place."""
    return " ".join([m.group(1) for m in SITE_NAME.finditer(furniture)]
                    + [m.group(1) or m.group(2) for m in SITE_OWNER.finditer(furniture)]
                    + [crumb for m in CRUMB_TRAIL.finditer(furniture)
                       for crumb in CRUMB_SEPARATOR.split(m.group(0))]
                    + [m.group(1) for pattern in (SOURCE_LINE, DATELINE, WECHAT_ACCOUNT, FOLLOW,
                                                  ACCOUNT_BEFORE_STAMP)
                       for m in pattern.finditer(furniture)])


def _own_place_named_elsewhere(level_word: str, lead: str, furniture: str,
                               gazetteer: places.Gazetteer) -> str | None:
    """For a federation named only by its level (区妇联): the place of that level that the
    site's own name (上饶市广丰区人民政府网, 渭南新闻网讯) or the lead names, the site first: an
    outlet writes its own unit's federation by the level word, while the lead may name the
    place it went to (市妇联在韩城市…开展, a county-level 市 of the city); a village or
    community, which the gazetteer does not hold, where the lead writes it right after a unit
    (开鲁县和平社区)."""
    sites = _site_owners(furniture + "\n" + lead)
    for text in (sites, lead):
        mentions = _not_visited(level_word, text, gazetteer)
        # a place tag before the headline (【临泉】, 临泉：) names its unit by its stem
        mentions += [places.Mention(0, 0, name, ()) for tag in PLACE_TAG.findall(text)
                     for name in gazetteer.named_by_stem("".join(tag))]
        for mention in mentions:
            if mention.text.endswith(level_word) and PLACE_END.search(mention.text):
                return mention.text
            if (unit := _unit_of_stem(mention, level_word, gazetteer)) is not None:
                return unit  # 临泉妇联网: the stem of the one unit of that level
            if _level(level_word) == "village" and (
                    part := _village_after(level_word).match(text, mention.end)):
                return mention.text + part.group(0)
        if text is sites and (unit := gazetteer.named_by_stem_alone(text, level_word)):
            return unit  # 定远讯, 定远新闻网: a county's outlet by its stem
    return _unlisted_unit_of_lead(level_word, lead)


@cache
def _village_after(level_word: str) -> re.Pattern:
    """A village or community of ``level_word`` written right after a unit (和平社区 of
    开鲁县和平社区): not 首个由社区, function words end a name (和 does not: 和平社区). Compiled
    once per level word: its Han class costs about 1.5 ms to compile."""
    return re.compile(rf"(?:(?![{FUNCTION_CHARS}]){HAN}){{2,4}}?{level_word}")


def _unlisted_unit_of_lead(level_word: str, lead: str) -> str | None:
    """A unit of ``level_word`` that the gazetteer may not hold (a zone's 区, a new town) where
    the title and opening write it at the start of a clause more than once and its name is a
    proper name by the dictionary (临港区…筛查 / 日前,临港区社会事务管理局与区妇联…): the
    opening's own unit, the federation's place."""
    if LISTED_LEVEL.search(level_word) or _level(level_word) == "village":
        return None  # a listed level's units are all in the gazetteer; villages: see above
    found = Counter(match.group(1) for match in re.finditer(
        rf"{CLAUSE_START}({HAN}{{{MIN_LEAD_NAME},{MAX_LEAD_NAME}}}?{level_word})", lead, re.M))
    return next((unit for unit, n in found.most_common() if n > 1 and _is_place(unit)), None)


def _not_visited(level_word: str, text: str, gazetteer: places.Gazetteer) -> list[places.Mention]:
    """The places ``text`` names, without those the federation of ``level_word`` went to
    (县妇联组织执委赴浙江省安吉县: where the author went, not where it is)."""
    mentions, kept, chain_start = gazetteer.scan(text)[0], [], 0
    for k, mention in enumerate(mentions):
        if not k or mentions[k - 1].end != mention.start:
            chain_start = mention.start  # 浙江省安吉县: the places written together
        if not _trip_of(level_word).search(text, max(0, chain_start - TRIP_WINDOW), chain_start):
            kept.append(mention)
    return kept


@cache
def _trip_of(level_word: str) -> re.Pattern:
    """The federation of ``level_word`` travelling: its name, then a verb of going right before
    the place (县妇联组织执委赴…, 市妇联一行前往…)."""
    return re.compile(rf"{level_word}(?:妇联|妇女联合会)[^，,。；;！!？?\n]{{0,20}}?"
                      rf"(?:{TRIP_VERBS})\Z")


def _unit_of_stem(mention: places.Mention, level_word: str,
                  gazetteer: places.Gazetteer) -> str | None:
    """The full name of the one unit ending in ``level_word`` that a stem written alone before
    妇联 (临泉妇联网) names."""
    if gazetteer.is_name(mention.text) or not mention.codes:
        return None
    names = {gazetteer.current(code).name for code in mention.codes}
    names = {name for name in names if name.endswith(level_word)}
    return names.pop() if len(names) == 1 else None


def _only_place_of_level(level_word: str, body: str, gazetteer: places.Gazetteer) -> str | None:
    """The one unit ending in ``level_word`` that the text names (by one or more names), if
    only one: a federation named by its level alone is that unit's."""
    found = {}
    for mention in _not_visited(level_word, body, gazetteer):
        if mention.text.endswith(level_word) and PLACE_END.search(mention.text):
            units = {gazetteer.current(code).code for code in mention.codes}
            found.setdefault(frozenset(units), mention.text)
    return next(iter(found.values())) if len(found) == 1 and len(next(iter(found))) == 1 \
        else None


def _only_unit_above(level: str, body: str, gazetteer: places.Gazetteer) -> places.Place | None:
    """The place of the nearest level above ``level`` that the text names units of, when it
    names only one unit there."""
    if level not in places.LEVELS and level != "village":
        return None
    ranks = places.LEVELS.index(level) if level in places.LEVELS else len(places.LEVELS)
    by_level: dict[str, dict[str, str]] = {}
    for mention in gazetteer.scan(body)[0]:
        units = {gazetteer.current(code) for code in mention.codes}
        if len(units) == 1 and (unit := units.pop()).level in places.LEVELS[:ranks]:
            by_level.setdefault(unit.level, {}).setdefault(unit.code, mention.text)
    for above in places.LEVELS[:ranks][::-1]:
        if above in by_level:
            named = by_level[above]
            return gazetteer.resolve(next(iter(named.values())), body) if len(named) == 1 \
                else None
    return None


def _unit_above_the_named(level_word: str, body: str, gazetteer: places.Gazetteer) -> str | None:
    """For a federation named by its level alone (市妇联) where the text names no unit of that
    level: the unit of that level that the lower units the text names lie in (大荔县 … 全市:
    渭南市), by a clear lead: a shortened name (沿江乡 for an ethnic 沿江满族达斡尔族乡) can
    read as a namesake elsewhere, so one stray unit does not undo the others."""
    level = _level(level_word)
    if level not in places.LEVELS[:-1]:
        return None
    lower: dict[str, set[str]] = {}  # unit of that level -> the lower units named in it
    mentions = gazetteer.scan(body)[0]
    if any(mention.text.endswith(level_word) for mention in mentions):
        return None  # 宜兴市和江阴市: units its level word may stand for (县级市) are named
    for mention in mentions:
        units = {gazetteer.current(code) for code in mention.codes}
        if len(units) != 1 or places.LEVELS.index((unit := units.pop()).level) <= \
                places.LEVELS.index(level):
            continue
        for above in gazetteer.chain(unit.code)[1:]:
            # (a bare 市 is the nearest 市 above: a county-level city's town, 仁怀市's 盐津街道,
            # names 仁怀市, the 市 a page on it writes by its level word, not the prefecture)
            if above.level == level or (level_word == "市" and above.name.endswith(level_word)):
                lower.setdefault(above.name, set()).add(unit.code)
                break
    ranked = sorted(((len(codes), name) for name, codes in lower.items()), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] < CLEAR_LEAD * ranked[1][0]):
        return None
    return ranked[0][1]


def _named_in_lead(place: str, lead: str) -> bool:
    """The lead writes the place (or its own unit, the last level of it)."""
    parts = PLACE_PART.findall(place) or [place]
    return parts[-1] in lead


def _source(furniture: str, title: str | None = None) -> str | None:
    """The outlet: a 来源 line, a dateline (X网讯), a WeChat account, else the site name the
    page's header and footer repeat most."""
    for pattern in (SOURCE_LINE, DATELINE, WECHAT_ACCOUNT, FOLLOW):
        for match in pattern.finditer(furniture):
            name = match.group(1)
            site = SITE_NAME.search(name)
            if site or pattern is not DATELINE:  # 本报讯 names no outlet
                return site.group(1) if site else ACCOUNT_TAIL.sub("", name) or name
    sites = Counter(PUBLISHED_ON.sub("", m.group(1)) for m in SITE_NAME.finditer(furniture))
    if sites:
        return sites.most_common(1)[0][0]
    # a page whose header line (the site's name) was taken for the headline
    site = SITE_NAME.fullmatch(title or "")
    if site:
        return site.group(1)
    # a WeChat article's header: the account's name right before the timestamp
    account = ACCOUNT_BEFORE_STAMP.search(furniture)
    return account.group(1) if account else None


def _authors(furniture: str) -> list[str]:
    names = []
    for line in furniture.split("\n"):
        if not BYLINE.search(line):
            continue
        for token in ROLE_WORDS.sub(" ", re.sub(r"[()/:：]", " ", line)).split():
            if NAME.match(token) and not NOT_A_NAME.search(token) and token not in names:
                names.append(token)
    return names


def named_places(window: str, candidates: list[str], body: str, gazetteer: places.Gazetteer,
                 signed: bool, follows_a_place) -> list[str]:
    """The named places a window before one 妇联 may end in, by the first kind of evidence
    that gives any: a masked name, a gazetteer name, a development zone, a unit the window
    names, a place word, a name the body writes after a place, a community the body names
    again, and (in signed lines) the whole run of characters before 妇联."""
    if masked := MASKED_PLACE.search(window) or CORPS_UNIT.search(window):
        return [masked.group(0)]
    # a name does not start inside a unit's name the gazetteer reads (城关镇|新华社区, not 镇新华社区)
    inside = {i for m in gazetteer.mentions_in(window) for i in range(m.start + 1, m.end)}
    candidates = [c for c in candidates if len(window) - len(c) not in inside]
    # (an abbreviation the text corroborates before a stem: 巴州 with 巴音郭楞 named is
    # 巴音郭楞蒙古自治州, not the district 巴州区)
    return ([c for c in candidates if gazetteer.abbreviated(c, body)][:1] or
            gazetteer.named_by_stem(window) or
            [c for c in candidates if _zone_of(c, gazetteer)][:1] or
            [c for c in candidates if _names_a_unit(c, window, gazetteer)]
            or [c for c in candidates if c.endswith(SMALL_TOWN) and len(c) > len(SMALL_TOWN)]
            or [c for c in candidates if _is_place(c) and not LISTED_LEVEL.search(c)]
            or [c for c in candidates if follows_a_place(c) and not LISTED_LEVEL.search(c)]
            or [c for c in candidates if _is_recurring_community(c, body)]
            or [c for c in candidates[:1] if signed and _is_name_sized(c)])


def _organisation_place(body: str, until: int, gazetteer: places.Gazetteer,
                        national: bool = False, signed: bool = False, scope: str | None = None
                        ) -> tuple[str | None, str | None]:
    """The reporting federation's place among the ``<place>妇联`` that start before ``until``:
    the named one used most (first on ties), and the level word used most alone (区妇联; on
    ties the ``scope`` level the text works in, 全市: a superior is named alone as often,
    收看省妇联的报告会).

    Before each 妇联 the place is the suffix-ending string that the text mentions most often
    (``获评潍坊市妇联`` -> 潍坊市, ``两当县站儿巷镇妇联`` -> 站儿巷镇); a masked name (``××区``)
    counts as named; a bare level word (``区妇联``) is the fallback when no named place
    precedes 妇联. With ``national``, 全国妇联 counts (only in the lead: elsewhere it is the
    body that praised or funded the local federation, not the author). With ``signed`` (the
    lines where a report signs its name) a place neither the gazetteer nor the dictionary
    knows (何集镇) is still a name: the whole run of characters before 妇联.
    """
    named, bare, first, chaired = _federation_mentions(body, until, gazetteer, national, signed)
    top_bare = max(bare, key=lambda p: (p in chaired, bare[p], p == scope)) if bare else None
    if not named:
        return None, top_bare
    # a federation that acts in a clause (甲县妇联走进乙村开展…) before those named more often that
    # act in none (乙村妇联主席组织村民参加, 甲州妇联权益部部长…带队); after the opening, work done,
    # not a closing plan (下一步,乙镇妇联将联合…)
    acting = {p for p in named if _federation_acts(p, body[:until], done=not national) or (
        p == NATIONAL and NATIONAL_CONVENES.search(body, 0, until))}
    # (全国妇联 that acts in no clause of the opening is named in passing: after any other)
    place = min(named, key=lambda p: (p not in acting, p == NATIONAL, -named[p], first.get(p, 0)))
    return (_with_parent(place, body, gazetteer) if place != NATIONAL else place), top_bare


def _federation_mentions(body: str, until: int, gazetteer: places.Gazetteer, national: bool,
                         signed: bool) -> tuple[Counter[str], Counter[str], dict[str, int], set[str]]:
    """The federations named before ``until`` that may have written the text (not superiors,
    visitors, sponsors, givers, classes; guests whose officers attend only where no other is
    named): how often each named place and each level word alone is used, where each named
    place is first used, and the level words whose officer chairs."""
    named: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    first: dict[str, int] = {}
    chaired: set[str] = set()
    guests: Counter[str] = Counter()
    guests_first: dict[str, int] = {}
    follows_a_place = cache(lambda c: _follows_a_place(c, body))
    narrated = cache(lambda: bool(FIRST_PERSON_NARRATION.search(QUOTED_SPAN.sub("", body))))
    for match in FEDERATION.finditer(body, 0, until):
        # (a typed stutter of the organ's first character, 南岗区妇妇联, is no part of the name)
        window = body[max(0, match.start() - PLACE_WINDOW):match.start()].rstrip("\n") \
            .removesuffix(match.group(0)[0])
        if national and SUPERIOR_AFTER.match(body, match.end()):
            continue  # 市妇联的指导, 市妇联表彰: the body above the author, in the lead
        if UNDER_AFTER.match(body, match.end()) and UNDER_BEFORE.search(window):
            continue  # 在市妇联的指导下: anywhere, the body above the author
        if VISITOR_AFTER.match(body, match.end()):
            continue  # 市妇联副主席李英来平原县调研: the host writes, the visitor came to it
        if (sponsor := SPONSOR_AFTER.match(body, match.end())) and (
                sponsor.group("role") == "指导" or narrated()):
            continue  # 由甲街道妇联指导,乙社区妇联承办: the guide of another's work
        if COSPONSOR_AFTER.match(body, match.end()) and COSPONSOR_BEFORE.search(window):
            continue  # 由甲县委宣传部主办、甲县妇联协办: the sponsor's event
        if CLOSING_CREDIT_AFTER.match(body, match.end()) and CLOSING_CREDIT_BEFORE.search(window):
            continue  # …表演节目。(甲县妇联 王丽): an unlabelled credit, no author
        if FOLLOWING_BEFORE.search(window) and INSTRUCTION_AFTER.match(body, match.end()):
            continue  # 根据顺德区妇联的统一部署: the superior whose instructions are followed
        if COMPILER_AFTER.match(body, match.end()) and (signed or SOURCE_LABEL.search(
                body, body.rfind("\n", 0, match.start()) + 1, match.start())):
            continue  # 来源:省妇联综合市妇联: the editor of its subordinates' news
        if SUBORDINATES_BEFORE.search(window) or SUBORDINATES_AFTER.match(body, match.end()):
            continue  # 各乡镇妇联, 22个村妇联, 县区妇联, 村妇联主席14名: a class of units
        if organ := UNIT_ORGAN.search(window):  # 县直机关工委妇委会: the level word before it
            window = window[:organ.start()]
        candidates = _place_candidates(window)
        proper = named_places(window, candidates, body, gazetteer, signed, follows_a_place)
        if national and not proper and NATIONAL_BEFORE.search(window) \
                and not INVITED_BEFORE.search(window):
            proper = [NATIONAL]
        best = _most_mentioned(proper, body) if proper else None
        if best and (whole := _written_only_within(best, candidates, body, follows_a_place)):
            best = whole  # 东山镇八大河村: 大河村 is a word inside the name, never written alone
        if best and (INVITING_BEFORE.search(window, 0, len(window) - len(best))
                     or GIVER_BEFORE.search(window, 0, len(window) - len(best))):
            continue  # 邀请成都市妇联专家: a guest the author invited; 被全国妇联评为: a giver
        if best and GUEST_AFTER.match(body, match.end()):
            guests[best] += 1  # 甲市妇联主席张华出席乙县妇联举办的…: a guest at another's event
            guests_first.setdefault(best, match.start())
        elif best:
            named[best] += 1
            first.setdefault(best, match.start())
        elif candidates and not GUEST_AFTER.match(body, match.end()) \
                and not GUEST_LIST_AFTER.match(body, match.end()) \
                and not (GUEST_LAST_AFTER.match(body, match.end())
                         and GUEST_LAST_BEFORE.search(window)):
            # 社区妇联: the level word 社区, not the 区 inside it
            words = [c for c in candidates if c in PLACE_SUFFIX.split("|")]
            word = max(words, key=len) if words else min(candidates, key=len)
            if _closes_an_area_noun(word, window):
                continue  # 景区妇委会, 园区妇联: a scenic area's or a park's body, no district's
            if GIVER_BEFORE.search(window, 0, len(window) - len(word)):
                continue  # 荣获市妇联表彰
            bare[word] += 1
            if CHAIR_AFTER.match(body, match.end()):
                chaired.add(word)
    if not named:  # (the guests' federations, where no other is named: the author's own people)
        return guests, bare, guests_first, chaired
    return named, bare, first, chaired


def _names_one_federation(body: str) -> bool:
    """The text names a federation that is not a class of them (各级妇联, 乡镇妇联, 县级以上妇联)."""
    return any(not SUBORDINATES_BEFORE.search(body, max(0, match.start() - PLACE_WINDOW), match.start())
               and not SUBORDINATES_AFTER.match(body, match.end()) for match in FEDERATION.finditer(body))


def _closes_an_area_noun(word: str, window: str) -> bool:
    """The level word 区 closes a common noun of an area with the character before it (景区,
    园区, 片区, 街区, 辖区: the dictionary's common nouns, not names or pronouns); a scenic
    area's or a park's committee sits outside the civil hierarchy, so its 区 is no district's.
    (区 is the one level character that forms such nouns; 地区, a prefecture's level word, and
    a level word before it, 县区, stay.)"""
    if word != AREA_LEVEL_WORD or len(window) < 2 or window[-2] in NAME_BOUNDARY \
            or window[-2] in PLACE_SUFFIX or window[-2:] in PREFECTURE_WORDS:
        return False
    return lexicon.dictionary_tags().get(window[-2:]) in COMMON_NOUN_TAGS


def _written_only_within(best: str, candidates: list[str], body: str, follows_a_place) -> str | None:
    """The longer candidate ending in ``best`` that the text writes right after a higher-level
    place (东山镇八大河村) and that holds every mention of ``best``: the name runs from the end
    of the place before it, and a shorter tail the text never writes alone is no name."""
    for longer in candidates:
        if len(longer) > len(best) and longer.endswith(best) and \
                body.count(longer) == body.count(best) and follows_a_place(longer):
            return longer
    return None


def _names_a_unit(candidate: str, window: str, gazetteer: places.Gazetteer) -> bool:
    """The candidate ending ``window`` is a unit's name where it stands; a two-character one
    (任县, 和县) only where the gazetteer's scan reads it as a name (周瑶任县妇联副主席 is not)."""
    if not gazetteer.is_name(candidate):
        return False
    return not places.one_character_stem(candidate) or any(
        m.text == candidate and m.end == len(window) for m in gazetteer.scan(window)[0])


def _place_candidates(window: str) -> list[str]:
    """Every ending of ``window`` (longest first) that ends in a level suffix and holds no
    boundary character: the strings a place before 妇联 can be."""
    if not PLACE_END.search(window):
        return []
    shortest_suffix = min(len(suffix) for suffix in PLACE_SUFFIX.split("|") if window.endswith(suffix))
    first = max([i + 1 for i, ch in enumerate(window) if ch in NAME_BOUNDARY]
                + [TRAILING_HAN.search(window).start()])  # 月10日市妇联: digits end a name
    return [window[i:] for i in range(first, len(window) - shortest_suffix + 1)]


def _han_before(place: str, body: str) -> list[str]:
    """The group of each match of ``re.finditer(rf"({HAN}{{2,7}}){re.escape(place)}", body)``,
    found from the place's occurrences instead of compiling that pattern per place (its Han
    class alone costs about 1.5 ms to compile): the leftmost start of 2 to 7 Han characters
    right before an occurrence, the longest run from there, the next match after it."""
    occurrences, at = [], body.find(place)
    while at >= 0:
        occurrences.append(at)
        at = body.find(place, at + 1)
    # the first position from which only Han characters lead up to each occurrence (7 at most)
    han_from = {at: run.start() for at in occurrences
                if (run := HAN_UP_TO.search(body, max(0, at - MAX_HAN_BEFORE), at))}
    windows, pos = [], 0
    while True:
        starts = [(max(pos, first), at) for at, first in han_from.items()
                  if max(pos, first) <= at - MIN_HAN_BEFORE]
        if not starts:
            return windows
        start = min(first for first, _ in starts)
        end = max(at for first, at in starts if first <= start)
        windows.append(body[start:end])
        pos = end + len(place)


def _with_parent(place: str, body: str, gazetteer: places.Gazetteer) -> str:
    """Prefix the higher-level place written right before it (两当县 + 站儿巷镇); a name the
    gazetteer knows goes before a dictionary guess (站儿巷镇, not 县站儿巷镇)."""
    for window in _han_before(place, body):
        endings = [window[i:] for i in range(len(window) - 2)]
        parents = ([e for e in endings if gazetteer.is_name(e)]
                   or [e for e in endings if _is_place(e)])
        if parents:
            parent = _most_mentioned(parents, body)
            if _level_rank(parent) < _level_rank(place):
                return parent + place
    return place


def _level_rank(place: str) -> int:
    order = ["province", "city", "county", "township", "village", "unknown"]
    return order.index(_level(place))


def _follows_a_place(candidate: str, body: str) -> bool:
    """A name the dictionary takes for a common word (铜梁区: 铜梁 is a noun) is still a place
    where the text writes it right after a higher-level place (重庆市铜梁区)."""
    end = PLACE_END.search(candidate)
    if not end or not 2 <= len(candidate) - len(end.group(0)) <= 4 or set(candidate) & NAME_BOUNDARY:
        return False
    start = body.find(candidate)
    while start >= 0:
        window = TRAILING_HAN.search(body[max(0, start - 7):start]).group(0)
        start = body.find(candidate, start + 1)
        if any(_is_place(window[i:]) and _level_rank(window[i:]) < _level_rank(candidate)
               for i in range(len(window) - 2)):
            return True
    return False


def _is_recurring_community(candidate: str, body: str) -> bool:
    """A village or community the gazetteer and the dictionary do not know (小横琴社区) is a
    name where the text writes it more than once and its name is no common word, or (幸福社区,
    光荣村: names made of common words) where it also opens a clause as a unit: right before
    its federation, its committee or an actor verb (光荣村村部召开…); written once, where its
    federation opens a clause and acts (幸福社区妇联组织…)."""
    end = VILLAGE_END.search(candidate)
    if not end or not 2 <= end.start() <= 4 or set(candidate) & NAME_BOUNDARY:
        return False
    name = candidate[:end.start()]
    tag = lexicon.dictionary_tags().get(name, "ns")
    if tag == "v":
        return False  # a verb before its object (组织社区妇联…, 走进社区): no name
    opens = rf"{CLAUSE_START}{re.escape(candidate)}"
    if body.count(candidate) < 2:
        # once: only where its own federation opens a clause and acts (幸福社区妇联组织…)
        return any(FEDERATION_ACTS.match(body, m.end()) for m in re.finditer(opens, body))
    return tag in NAME_TAGS or bool(re.search(rf"{opens}(?:{VILLAGE_ORGAN}|{SCENE}?{UNIT_ACTS})", body))


def _unplaced(meta: Metadata, place: str, gazetteer: places.Gazetteer) -> bool:
    """The gazetteer left the level above the federation's own empty: a town or village with
    no county, or a county-level body it does not hold at all (not a namesake it could not
    decide, which stays unresolved)."""
    if meta.admin_level in ("township", "village"):
        return not meta.county
    own = _last_place(place)
    return meta.admin_level == "county" and not meta.city and not gazetteer.is_name(own)


def _nearest_above(meta: Metadata, body: str, furniture: str, url: str | None,
                   gazetteer: places.Gazetteer) -> places.Place | None:
    """For a unit the gazetteer cannot place: the one unit above it that the text names, else
    (or lower down, within it: the site's county in the text's province) the one the page's
    own site names (主办:中共沈丘县委, a host shenqiu.gov.cn, an outlet by its city's stem:
    威海新闻网) or, for a town or village, whose city holds the one zone the text names
    (横琴粤澳深度合作区: 珠海市)."""
    named = _only_unit_above(meta.admin_level, body, gazetteer)
    known = {**(named.names if named else {}), **{
        level: name for level in places.LEVELS if (name := getattr(meta, level))}}
    found = [place for place in (
        named,
        _only_unit_above(meta.admin_level, _site_owners(furniture), gazetteer),
        _host_unit(url, meta.admin_level, body, gazetteer),
        _outlet_city(meta.admin_level, furniture, body, gazetteer),
        _zone_named_in(body, gazetteer, meta.admin_level))
        if place and place.level in places.LEVELS and all(
            place.names.get(level) == name for level, name in known.items()
            if level in place.names or places.LEVELS.index(level) <= places.LEVELS.index(place.level))]
    return max(found, key=lambda place: places.LEVELS.index(place.level), default=None)


def _outlet_city(level: str, furniture: str, body: str,
                 gazetteer: places.Gazetteer) -> places.Place | None:
    """The city whose stem the page's site or outlet writes alone (威海新闻网, 临汾新闻网讯), for
    a unit below a city that the gazetteer cannot place."""
    if level not in places.LEVELS[places.LEVELS.index("city") + 1:]:
        return None
    unit = gazetteer.named_by_stem_alone(_site_owners(furniture), "市")
    place = gazetteer.resolve(unit, body) if unit else None
    return place if place and place.level == "city" else None


def _zone_of(candidate: str, gazetteer: places.Gazetteer, page: str = "",
             towns: bool = False) -> places.Place | None:
    """A zone named after the unit that holds it (合肥高新区, 宁波经济技术开发区, 三亚中央商务区):
    the gazetteer does not list zones, so the province or city its name starts with places
    it; with ``towns``, also a town (横琴 of 横琴镇, placed by the ``page``), down to its city:
    a zone is run by its city, not by the county of the town it is named after. A name whose
    part after the holder is a unit's (天津|滨海新区, 上海市|浦东新区) is that unit, no zone."""
    zone = ZONE.search(candidate)
    if not zone or zone.start() < places.MIN_STEM:
        return None
    head = candidate[:zone.start()]
    for cut in range(len(head), max(places.MIN_STEM, len(head) - ZONE_QUALIFIER) - 1, -1):
        if gazetteer.is_name(candidate[cut:]):
            return None
        if (holder := _zone_holder(head[:cut], gazetteer, towns)) and (
                place := gazetteer.resolve(holder, page or head)) and \
                (kept := [level for level in ("province", "city") if level in place.names]):
            return places.Place({level: place.names[level] for level in kept},
                                {level: place.sources[level] for level in kept}, kept[-1])
    return None


def _listed_zone(zone: str, above: str | None, gazetteer: places.Gazetteer) -> str | None:
    """A zone as a county: the county-level unit of the division codes under ``above`` (its
    city) that is this zone, by the full name the codes give (渤海新区: 沧州渤海新区), or as
    written where a unit of the codes bears its own name (临港区 of 威海临港经济技术开发区); None
    for a zone the codes do not list (三亚中央商务区: a business district is no county)."""
    if not above:
        return zone
    parents = {gazetteer.current(code).code
               for code, is_full in gazetteer.automaton.get(above, (above, ()))[1] if is_full}
    below = [unit.name for unit in gazetteer.units.values() if unit.level == "county"
             and not unit.successor and unit.parent in parents]
    written = next((zone[:-len(short)] + kind for short, kind in ZONE_SHORT_KINDS
                    if zone.endswith(short)), zone)
    if full := [name for name in below if name.endswith(written)]:
        return full[0] if len(full) == 1 else zone
    own = zone[:ZONE.search(zone).start()]
    return zone if len(own) >= places.MIN_STEM and any(own in name for name in below) else None


def _zone_holder(stem: str, gazetteer: places.Gazetteer, towns: bool) -> str | None:
    """The unit a zone's name starts with: a province or city by its name or stem (合肥, 宁波),
    else (with ``towns``) a town whose name is the stem and a township level word (横琴 ->
    横琴镇)."""
    unit = stem if gazetteer.is_name(stem) else next(iter(gazetteer.named_by_stem(stem)), None)
    if unit and stem in (unit, places.stem(unit)) and _level(unit) in ("province", "city"):
        return unit
    if not towns:
        return None
    named = {gazetteer.current(code).name for word in TOWNSHIP_WORDS
             for mention in gazetteer.scan(stem + word)[0] if mention.text == stem + word
             for code in mention.codes}
    return named.pop() if len(named) == 1 else None


def _zone_named_in(body: str, gazetteer: places.Gazetteer, level: str) -> places.Place | None:
    """The city and province of the one city whose zones the text names (横琴粤澳深度合作区),
    for a town or village inside such a zone."""
    if level not in ("township", "village"):
        return None
    found = {}
    reach = ZONE_HOLDER + ZONE_QUALIFIER
    for match in ZONE_WORD.finditer(body):
        window = body[max(0, match.start() - reach):match.end()]
        for start in range(len(window) - len(match.group(0)) - places.MIN_STEM + 1):
            if (zone := _zone_of(window[start:], gazetteer, body, towns=True)) is not None:
                found.setdefault(zone.names.get("city"), zone)
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _host_unit(url: str | None, level: str, body: str,
               gazetteer: places.Gazetteer) -> places.Place | None:
    """The county or city whose name the page's host spells (www.shenqiu.gov.cn: 沈丘县), for a
    town or village the text does not place: the site of a county runs its towns' news."""
    if not url or level not in ("township", "village"):
        return None
    unit = gazetteer.named_in_host(url, "", body)
    return gazetteer.resolve(unit, body) if unit else None


def _is_name_sized(candidate: str) -> bool:
    """Two to six characters before a level suffix (何集镇, 凤凰街道)."""
    end = PLACE_END.search(candidate)
    return bool(end) and 2 <= end.start() <= 6 and not CORPS_LEVEL.search(candidate)


def _is_place(candidate: str) -> bool:
    """A proper name plus a level suffix: 昌邑市, 站儿巷镇 — not 组织社区, 部分农村."""
    end = PLACE_END.search(candidate)
    if not end:
        return False
    suffix = end.group(0)
    name = candidate[:-len(suffix)]
    tags = lexicon.dictionary_tags()
    if CORPS_LEVEL.search(candidate):
        return False  # 共青团, 教师: corps units are read by CORPS_UNIT alone
    if not 2 <= len(name) <= 4:
        return False
    if tags.get(candidate) in NAME_TAGS or tags.get(name) in NAME_TAGS:
        return True
    if candidate in tags or name in tags:
        return False  # a common word: 农村, 组织社区
    if any(tags.get(name[i:i + 2], "ns") not in NAME_TAGS for i in range(len(name) - 1)):
        return False  # made of common words: 干部参加
    return tags.get(name[-1] + suffix, "ns") in NAME_TAGS


def _most_mentioned(candidates: list[str], body: str) -> str:
    """Of overlapping candidate names, the one the text mentions most (longest on ties)."""
    return max(candidates, key=lambda c: (body.count(c), len(c)))


def _fill_place(meta: Metadata, place: str, body: str, gazetteer: places.Gazetteer,
                page: str) -> dict[str, str]:
    """Levels of the federation's place: from the gazetteer where it knows the place (the
    levels above filled in), else from the level words of the name as written. Returns the
    source (stated / inferred) of each level filled."""
    parts = [m.group(0) for m in PLACE_PART.finditer(place)] or \
        ([place] if gazetteer.is_name(place) or gazetteer.abbreviated(place, page)
         else [])  # 嵩县: one character and 县; 博州: an abbreviated prefecture
    if _closes_an_area_noun(place[-1:], place) and len(holders := gazetteer.named_by_stem(
            place[:-2])) == 1 and (resolved := gazetteer.resolve(holders[0], page)):
        # 泰山景区: a scenic area or a park named after a unit sits outside the civil hierarchy;
        # the levels above its level word are those of the unit its name's stem names (泰山区 in
        # 泰安市: city 泰安市), its own level stays empty, and so does its body's admin level
        # (the stop-23 reading of units outside the hierarchy)
        level = _level(place)
        above = places.LEVELS[:places.LEVELS.index(level)] if level in places.LEVELS else ()
        meta.admin_level = "unknown"
        for level in above:
            setattr(meta, level, resolved.names.get(level))
        meta.organisation = place + FEDERATION_SHORT
        return {level: resolved.sources[level] for level in above if level in resolved.sources}
    if len(parts) > 1 and ZONE_WORD.fullmatch(parts[-1]):  # 合肥市|高新区: a kind is no name
        parts[-2:] = [parts[-2] + parts[-1]]
    if len(parts) == 1 and not gazetteer.is_name(place) and (
            within := _unit_written_above(place, body, gazetteer)) and \
            (resolved := gazetteer.resolve(within, page)) and resolved.level in places.LEVELS:
        # 拜城镇铁提尔区: a unit written right after a unit of its own or a lower level lies within
        # that unit (a ward of a town), whatever its level word says: one level below it
        for level, name in resolved.names.items():
            setattr(meta, level, name)
        meta.admin_level = places.LEVELS[places.LEVELS.index(resolved.level) + 1] \
            if resolved.level != "township" else "village"
        meta.organisation = place + "妇联"
        return dict(resolved.sources)
    if not parts or MASKED_PLACE.fullmatch(place):  # 区妇联, ××区妇联: the level, not the place
        meta.admin_level = _level(place)
        if masked := MASKED_PLACE.fullmatch(place):  # a masked name is no name: ××街道妇联
            meta.organisation = PLACE_END.search(masked.group(0)).group(0) + "妇联"  # 街道妇联
        return {}
    level = "unknown"
    for part in parts:
        level = _level(part)
        if level in places.LEVELS:
            setattr(meta, level, _full_level_word(part))
    if level == "city" and _superior_city(body, parts[-1]):
        # a 县级市 such as 昌邑市: the text names another city as its superior
        meta.county, meta.city, level = parts[-1], _superior_city(body, parts[-1]), "county"
    sources = {lvl: "stated" for lvl in places.LEVELS if getattr(meta, lvl)}
    resolved = gazetteer.resolve(place, page)
    if resolved and resolved.written in parts:
        # the gazetteer's chain replaces what the suffixes guessed, down to its lowest unit
        # (a village below it keeps the level its name says)
        lowest = resolved.written == parts[-1]
        for rank, lvl in enumerate(places.LEVELS):
            if rank <= places.LEVELS.index(resolved.level):
                setattr(meta, lvl, resolved.names.get(lvl))
            elif lowest:  # nothing lies below the federation's own unit (重庆市 the province)
                setattr(meta, lvl, None)
                sources.pop(lvl, None)
        sources.update(resolved.sources)
        if lowest:
            level = resolved.rank or resolved.level  # 五指山市: a city ranked a county
    meta.admin_level = level
    meta.organisation = parts[-1] + "妇联"
    return sources


def _full_level_word(part: str) -> str:
    """A unit written with the short form of its level word by its name (凤凰街 is 凤凰街道),
    also where namesakes leave it unplaced; the organisation keeps the text's form."""
    for word, short in places.SHORT_LEVEL_WORDS.items():
        if part.endswith(short) and not part.endswith(word):
            return part[:-len(short)] + word
    return part


def _unit_written_above(place: str, body: str, gazetteer: places.Gazetteer) -> str | None:
    """A unit the gazetteer holds that the text writes right before ``place`` and whose level is
    the place's own or lower (拜城镇 of 拜城镇铁提尔区): names run from the higher unit to the lower,
    so ``place`` lies within it."""
    for window in _han_before(place, body):
        for cut in range(len(window) - 1):
            if gazetteer.is_name(window[cut:]) and _level_rank(window[cut:]) >= _level_rank(place):
                return window[cut:]
    return None


def _level(part: str) -> str:
    for suffix, level in LEVEL_BY_SUFFIX:
        if part.endswith(suffix):
            return level
    return "unknown"


def _superior_city(body: str, own: str) -> str | None:
    """Another city the text names as a level above (潍坊市级, 潍坊市妇联)."""
    cities = Counter()
    for match in re.finditer(rf"({HAN}{{2,6}}市)(?:级|妇联|妇女联合会|委|政府)", body):
        window = match.group(1)
        found = [window[i:] for i in range(len(window) - 2) if _is_place(window[i:])]
        if found and (city := _most_mentioned(found, body)) != own:
            cities[city] += 1
    return cities.most_common(1)[0][0] if cities else None


def _only_in_other_bodies(name: str, text: str) -> bool:
    """The text writes the unit (its name or stem) and only as the start of the name of an
    outlet, a company or an institution (邵阳新闻网, 兰州银行西固管理行, 楚雄医专) that is not the
    venue: such a name does not say where the reported work happens (the stop-17 'stated or
    inferred')."""
    short = places.stem(name)
    found = list(re.finditer(re.escape(name) if len(short) < places.MIN_STEM
                             else f"{re.escape(name)}|{re.escape(short)}", text))
    return bool(found) and all(OTHER_BODY.match(text, m.end())
                               and not VENUE.search(text, 0, m.start()) for m in found)


def _without_own_stem(body: str, meta: Metadata) -> str:
    """The body with the stem of the author's own unplaced town blanked (讲好凤凰妇联故事 of
    凤凰街妇联): a town's stem written alone is the town's short name, not the namesake county
    (凤凰县) whose stem it also is."""
    own = TOWNSHIP_LEVEL_WORD.sub("", meta.township or "")
    if meta.county or len(own) < places.MIN_STEM:
        return body
    return body.replace(own, "□" * len(own))


def _province_by_evidence(body: str, gazetteer: places.Gazetteer,
                          at_least: float = 0) -> str | None:
    """The province the text's places point to most (``at_least`` times): its own name or stem
    and every unit below it that the text names (渭南 counts for 陕西); none on a tie."""
    ranked = gazetteer.province_support(body).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]) or \
            ranked[0][1] < at_least:
        return None
    return ranked[0][0]


def _contradictions(body: str, meta: Metadata) -> list[str]:
    """Stated years that the text's own events contradict."""
    flags = []
    if not meta.period:
        return flags
    stated = int(meta.period[-4:])  # the last year of a span
    for pattern, year, relation, label in _dated_events():
        match = pattern.search(body)
        if not match:
            continue
        context = body[max(0, match.start() - 60):match.end()]
        if relation == "on" and "今年" in context and year != stated:
            flags.append(f"stated year {stated}, but '{match.group(0)}' reported as this "
                         f"year dates the text to {year} ({label})")
        elif relation == "after" and stated < year:
            flags.append(f"stated year {stated} precedes {label} ({year}) mentioned in the text")
    for match in re.finditer(r"今年[^。]{0,30}?(\d{4})年度", body):
        implied = int(match.group(1)) + 1
        if implied != stated:
            flags.append(f"stated year {stated}, but '今年…{match.group(1)}年度' implies {implied}")
    return flags


@cache
def _dated_events() -> list[tuple[re.Pattern, int, str, str]]:
    return [(re.compile(p), int(y), rel, label)
            for p, y, rel, label in lexicon.rows("dated_events.tsv")]


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _t2s(text: str) -> str:
    return _converter().convert(text)
