"""Partner agencies by the grammar of Chinese organisation names, not by a list of the ones seen.

A Chinese organisation name is ``[scope] body suffix``: an optional scope saying whose body it
is (国家, 省, a place name ending in 省/市/县/区/镇/乡/街道), a body (教育, 人力资源和社会
保障) and a suffix class (…局, …委员会, …法院, …协会, …银行; ``lexicon/agency_grammar.tsv``).
Suffixes that also end common words (全部, 格局, 中心工作) need a scope or a standard body
before them. The standard bodies and their short forms (卫健委 / 卫计委, 人社局) are
mapped to one canonical full name in ``lexicon/agency_bodies.tsv``, and the Youth League's
committee of any place, in full or short (共青团甲县委, 团州委, 团旗委), to 甲县共青团委员会 (a
democratic party's committee of a place, 民盟甲县委 or 农工党乙市委会, is a partner as written); the
scope stays in the canonical name, so 甲县人社局 and 乙县人社局 are two agencies; a school's short
form by its number (县一中, 镇二小) is its full name (县第一中学, 镇第二小学). Bare sectors listed before
等部门 (司法、民政、教育等部门) become one agency each (司法 → 司法局 …); one bare sector
before 机构 or 单位 (组织机构, 教育机构) is a kind of institution. Party committees and
governments (县委, 区政府, 镇党委) carry ``role == "leadership"`` so a user can keep or drop them.
A place named bare as the issuer of the notice the work follows (根据甲镇关于…的通知) is one too.
A firm's short name, a proper noun and a trade word (天津航空), is one only as an item of a list of
partners after a partner word. A name must also name one body: common nouns before a suffix name a
kind of unit (妇女学校) unless a scope, a proper noun or a partner word says otherwise; a facility
(…服务中心) needs the partner word; common words before a level word are no place
(落实责任|街道党工委); an outlet (…人民政府网) or a page label (来源:) is no partner.
A department keeps its body across levels (商务局 / 商务厅 / 商务部), a party committee is the
scope of its departments (县委编办) and a scoped government of its offices (县政府扶贫办), a branch
joins its parent's name (…学院xx分院), a registered name (…有限公司, …律师事务所) is one body
whatever its trade words, and a sample site's mask
(XX县) stays before a body read as usual. A category word before a name (有关村委会) or a
document title around it (《…》) makes it no mention of one partner; a kind after 各 and a level
word is listed once where the clause ties its bodies to the work (联合…及各乡镇司法所: 乡镇司法所;
全县各乡镇卫生院开展筛查, 在各乡镇党委的领导下), not as a place, audience or addressee.
A body named is not always a partner: cue words in its clause (``agency_grammar.tsv``) leave out
places visited, honoured units and the givers of honours (被…评为), recipients, sources of figures
(据甲局统计), units the work or a person founds or inaugurates (联合建立…中心, 她创办的甲公司, …揭牌) or
introduces (甲公司成立于…, 乙医院是一所…), the federation's own departments, kinds of unit and
officials' employers (a person's title after the body or after a unit of it: 县委|统战部部长;
a person's workplace, school or employer: 在乙乡卫生院当过医生, 到丙厂就业, 她是甲银行的一名柜员,
执委来自甲医院、乙银行等单位;
sectors or a branch that host a federation
unit: …分局妇联),
and let media, venues and teams in only where they work with the federation; a publisher on a masthead
(…报业集团出版) or a byline (…供稿) is the page's; a body's hall (…会议室) is a venue, a body's people after
为/组织 (为甲中学师生) the audience, and a body that receives a collective honour or a prize (…获…文明岗,
…获得优秀组织奖, 一等奖|…) an honoured unit, as is one alone in brackets after a short list item
(张丽(甲医院)、…: an honouree's unit). A one-character partner word (和, 与) vouches for a body only right
before it or its list. A name alone in brackets is a byline, a body after 在 with its room
(在甲社区的排练室里), a body that is no standard one before the activity held in it, any body after 在
and a place phrase (在该镇卫生院开展), or any body after 在 before a held verb closing the clause of the
event it holds (培训在甲党校开班) a venue, a body after 到 that ends its clause where people went (as is
every body of a list after 到, 深入 or 走进 before the activity), and a bare 社区 or 村 facility the
community's own, as is a residents' or villagers' committee named by no place of its own (社区居委会, 村委:
the host or any community's);
a scope ends where a word ends (乡村振兴 is no 乡|村, 镇|市场监督管理所 no 镇市|场).
A name starts after the speaker and verb the walk ran over (他代表|甲市委, 当好|县委) and at the
gazetteer place behind words that are no scope of it (主动联系|平舆县人社局); a place whose stem
is a common word keeps it (沿江|镇). A count or a category word before levels with their
alternatives in brackets (11个县(市)区…) counts kinds; a session, press conference or working
conference after a body (市委十届十一次全会) names the meeting; a direction before 部 (中西部)
a region; a body after 毕业于 or 就职于 a person's school or employer. Bodies, or the people they
sent, that only attend (甲局、乙局等单位派员参加, 丙委莅临, 丁院有关领导出席) are no partners (stop 16)
unless a partner word says they work with the federation, nor are those whose people only speak at
a meeting (…作交流发言, stop 20). Stop 24 (a probe audit, ``tests/test_agencies_probes.py``): a body
introduced by 是 … 的 and a kind of body, a person's past tie to a body (…退休, 从…下岗, 原院长, 考入…)
or her profile (张丽，女，甲中学教师), figures a body published (…的数据显示), units selected or put
forward for an honour (评选出…, 推荐…申报) and a site's menu line are no partners; a firm or brand
before a place and its company is the company's parent (国家电网|临泉县供电公司), and a scan's space
before a scoped body after a person's name parts two items (张丽 县人民医院). Stop 27: a masthead
line (…办公室主办, a label before 中共…) is the page's; one that approves or examines (经甲局批准,
经乙院诊断) or is founded (丙协会正式成立。) is no partner; a name starts at a proper word jieba reads
across a partner word's characters (联合国儿童基金会, 同济大学); and a body that
judges the work from above (得到甲局的充分肯定, 被乙厅推广) is no partner, as an honour's giver is not,
nor is one in a clause a third-person pronoun opens (她向甲法院起诉): a person's own affairs. The
committee of a reporting community's or village's federation (甲社区妇联: 甲社区居委会) is its host.
Stop 28: a clause that is only 在 and a place (在位于…的大棚里, 在…示范村——…公司, 在…等项目: no verb,
no frame word) names the venue of the next clause's work; a body's people in the plural or its
member units opening the clause (甲协会的成员们…, 乙妇儿工委成员单位…) do the work as the body
(a place author's own party committee and government stay listed as leadership: the gold reads
them as the author, but two narrower rules for that lost right items on the test half, stops 28
and 29, and are strict gaps); a leadership body whose meeting the work carries out
(学习贯彻市委…全会精神, 落实县委…工作会议部署) is listed, not only its meeting.
Stop 29: 线上 and 线下 (online, offline) end no sector's line (组织|线上); bodies on whose behalf a
speaker greets (代表市委、市政府向全市妇女致以问候) do no work and are no agencies, whoever the author.
Stop 30: a bare party committee or government right after a verb word is its object, no body
(服务|党委政府, 希望|政府); a place's committee and government written as one word or as a list
share the place (山阳县委县政府, 大理市委、市政府: 山阳县人民政府, 大理市人民政府), as a compound's
shared scope is completed. An unscoped 党委 or
政府 that acts on the work is listed, one entry per body (stop-30 adjudication): the subject of a
verb of leading, supporting or funding opening its clause (党委政府高度重视, 由政府出资) or the body
a report goes to (向党委政府汇报); in framing, remit and call phrases it stays out, and beside the
one scoped level committee a report names, a bare 党委 is that one, but a class over levels
(各级党委政府, 全县各级党委政府) is no single committee and stays bare (stop-30 second wave,
row 10). 当地, 本地 and 所在地 name no place: a leadership body written with them is an
unscoped one (配合当地党委政府: a class of bodies).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from os.path import commonprefix

from . import lexicon
from .lexicon import PERSON_NAME_TAGS
from .names import (
    BOUNDARY_WINDOW,
    HAN,
    LEFT_BOUNDARY,
    NAME_CHAR,
    Entity,
    left_edge,
    without_overlaps,
)
from .places import read_units, stem
from .tokenize import default_tokenizer

QUOTE_CHARS = re.compile(r"[“”‘’\"]")
LEVEL_CHARS = "省市州盟县区旗乡镇"
PLACE_LEVEL = r"(?:自治区|自治州|自治县|地区|街道|省|市|州|盟|县|区|旗|乡|镇|村|社区)"
LEVEL_WORD = re.compile(PLACE_LEVEL)
# A level written alone before 委 is the party committee of that level (县委, 市委).
LEVEL_COMMITTEE = re.compile(rf"^(?:[{LEVEL_CHARS}]|[{HAN}]{{1,6}}?{PLACE_LEVEL})(?:党)?委$")
# The party's name before a committee of it (中共甲县委组织部 is 甲县委组织部).
PARTY_PREFIX = re.compile(rf"(?:中共|中国共产党)(?=[{HAN}])")
# The Youth League's committee of a place, in full or short (共青团甲县委, 团州委, 团甲旗委员会): a
# partner, not the party committee of the place.
YOUTH_LEAGUE_COMMITTEE = re.compile(rf"(?:共青)?团((?:[{HAN}]{{1,6}}?)?{PLACE_LEVEL})委(?:员会)?")
YOUTH_LEAGUE = "共青团委员会"
YOUTH_LEAGUE_SHORT = "团"
MAX_WORD_BEFORE_LEAGUE = 2  # 集|团, 艺术|团: the longest word that 团 ends
MAX_WORDS_AFTER_BODY = 6  # the text read for the words right after a name (…政府|有关|部门)
# What ends an agency name on its right and turns it into a person's title or a non-body.
# A term's council of the body may come between it and the title (…学会第五届理事会|监事).
PERSON_AFTER = re.compile(r"(?:第[\d一二三四五六七八九十]+届(?:理事会|委员会|执委会|常委会)?)?"
                          r"(?:分管|主要|相关|有关|专职|兼职|挂职|名誉)?(?:女性|妇女|青年|女|副|常务副|总)?"
                          r"(?:书记|主任|干部|负责人|负责同志|常委(?!会)|委员长|委员|局长|部长|厅长|"
                          r"主席|院长|所长|站长|行长|庭长|检察长|校长|会长|理事长|秘书长|县长|市长|区长|镇长|乡长|护士长|"
                          r"处长|科长|队长|厂长|经理|董事长|董事(?!会)|总裁|总监|创始人|合伙人|政委|监事|理事(?!会)|"
                          r"代表|领导(?!下)|班子|成员)")
# A body's leaders who lead the teams of the work (由市委市政府领导和市妇联领导带队送奖) act in
# it, so the body is listed; one official's title (县委书记…带队) still names a person.
LEADERS_LEAD_A_TEAM = re.compile(r"领导(?![下])[^,，。;；]{0,12}?(?:带队|率队)")
# An official after the body (or a unit of it) who serves the work, the clause going on to a lecture,
# a talk on a theme, a training given or a clinic (甲医院院长张丽为学员授课, 乙协会会长王芳作了题为…的报告,
# 丁局副局长作了…培训, 丙公司董事长以…为题分享): a title naming the institution of one who serves
# the work names the agency (stop 25);
# one who only attends, speaks or greets still names a person.
OFFICIAL_SERVES = re.compile(r"[^,，。;；:：!！?？]{0,120}?(?:授课|讲课|义诊|讲座|辅导|专题报告|题为|为题"
                             r"|(?:作了|做了|进行了?)[^,，。;；:：!！?？]{0,20}?培训)")
# A body's people in the plural or its member units opening the clause (甲协会的成员们为农户讲解,
# 乙艺术团的志愿者们到敬老院演出, 丙妇儿工委成员单位摆摊设点) do the work as the body: it acts, as
# its leaders leading a team do; after other words (乙妇联作为成员单位) they are someone's members.
MEMBERS_DO_THE_WORK = re.compile(r"的?(?:(?:成员|会员|志愿者|队员)们|成员单位)")
# What may stand between a list of bodies and a verb of attending (…等5个单位的代表|参加,
# …等20余家单位|参加比赛, …等8支队伍|参赛, …等12个成员单位|参会): the list's closing word with its
# count and its kind of unit, and the people or the teams the bodies sent (…的成员们|出席).
ATTENDING_UNITS = re.compile(r"(?:等(?:相关|有关)?(?:[\d一二三四五六七八九十百]+[余多]?(?:个|家|支))?"
                             r"(?:(?:成员|职能|责任)?(?:部门|单位)|机关|系统|队伍|代表队)?)?的?(?:有关|相关)?"
                             r"(?:代表队|代表|人员|工作人员|负责同志|负责人|同志|领导|(?:成员|会员|志愿者|队员)们?)?")
# The people of a list of bodies counted together before they attend, other people joined or not
# (甲局、乙协会以及妇女代表共计40余人参加).
PEOPLE_TOTAL = re.compile(r"(?:(?:以及|及|和|与)[^、,，。;；]{0,20}?)?(?:等(?:相关|有关)?(?:部门|单位|机关))?"
                          r"(?:共计|合计|共|等)?[\d一二三四五六七八九十百千]+[余多]?[人名位]")
# The staff of a body written after its name (…律师事务所律师, …医院医生): the name ends there.
# An official after a list of sectors (…等部门负责人, …等单位的分管领导).
OFFICIAL_AFTER = re.compile(rf"的?(?:{PERSON_AFTER.pattern})")
STAFF_AFTER = re.compile(r"(?:律师|法官|检察官|民警|干警|医生|医师|医护|护士|教师|老师|专家|记者|社工|"
                         r"工作人员|职工|员工|志愿者|师生|学生)")
# The people of a body written after its name, when the work is for them (为甲中学|师生开展讲座).
AUDIENCE_AFTER = re.compile(r"(?:全体|广大)?(?:贫困|困难|留守|在校|优秀|青年|一线)?(?:女|男)?"
                            r"(?:师生|学生|职工|员工|干部职工|教职工|教师|老师|家长|女生|男生|学子|女工|"
                            r"幼儿|孩子|儿童|患者|群众|居民|村民|代表队|队伍|选手)")
# A count of a body's people or teams between it and them (等单位的|200余名|女职工, 的|12支|代表队).
PEOPLE_COUNT = r"(?:[\d一二三四五六七八九十百千万]+[余多]?[名位支]?)?"
# A name followed by a channel word or a publisher's or author's verb is the outlet or the author
# of the page (…人民政府网, …公众号, …报业集团出版, a masthead's …政协主管主办, byline …司法局 供稿
# or …镇人民政府 (供稿)), one after a page label is the page's furniture (来源:…, 版权所有:…,
# 主办单位:…, 供稿单位:…, 主管单位:中共…), as is one that opens a line of no clause mark with a
# masthead's role word after it (…人民政府办公室主办, …宣传部主管  …中心承办); neither is a partner.
# A quote may close around the site's name (离开“甲县人民政府”门户网站).
OUTLET_AFTER = re.compile(r"[”\"’」]?\s*[(（]?(?:唯一)?(?:官方)?(?:中文|英文)?"
                          r"(?:门户网站|门户网|网站|官网|网(?![格络点民友])|微信公众号|公众号|客户端|"
                          r"头条号|微博|出版|承印|供稿|撰稿|来稿|主管)")
PAGE_LABEL_BEFORE = re.compile(r"(?:来源|稿源|出处|版权所有|技术支持|信息来源|法律顾问|"
                               r"(?:(?P<role>主办|承办|协办)|主管|供稿|撰稿|作者|发布)(?:单位|机构)?)"
                               r"\s*[:：]\s*(?:中共|中国共产党)?$")
MASTHEAD_ROLE_AFTER = re.compile(r"\s*(?:主办|承办|协办|主管)(?:\s|$)")
# A masthead line: a site's name and one body set apart by a space, nothing else (甲新闻网 乙市委
# 宣传部, 丙协会 丁网): the site and its owner.
SITE_NAME = rf"[{HAN}A-Za-z]{{1,12}}?(?:网|日报|晚报|报|电视台|客户端)"
MASTHEAD_ITEM = r"[^\s,，。;；:：!！?？、“”‘’\"]{2,24}"
SITE_AND_ITEM = re.compile(rf"\s*(?:{SITE_NAME}\s+(?P<after>{MASTHEAD_ITEM})"
                           rf"|(?P<before>{MASTHEAD_ITEM})\s+{SITE_NAME})\s*")
PAGE_LABEL_WINDOW = 8
# A name alone in brackets as a sentence of its own, after a paragraph's end, is the page's
# byline (…。(斗山镇政府)), as bylines of persons are ((作者:…), (甲乙 丙丁)): the author.
BYLINE = re.compile(r"\s*[(（][^()（）]{2,24}[)）]\s*")
# A line of three or more short items set apart by spaces, without a sentence's punctuation, is a
# site's menu or a row of links (首页 政务公开 县政府办公室 县教育局 …): the page's navigation.
MENU_ITEM = r"[^\s,，。;；:：!！?？、“”‘’\"]{2,10}"
MENU_LINE = re.compile(rf"\s*(?:{MENU_ITEM}\s+){{2,}}{MENU_ITEM}\s*")
# So is a row of links under a navigation label (友情链接：甲县人民政府 乙市人民政府), and a breadcrumb:
# two or more items joined by its marks (首页>>部门动态>>甲局, 您所在的位置：甲县人民政府 > 县妇联).
NAVIGATION_LABEL = r"[^\s:：]{0,6}?(?:链接|导航|位置|栏目)[:：]\s*"
BREADCRUMB_MARK = r"\s*(?:>>?|»|›)\s*"
NAVIGATION_LINE = re.compile(rf"\s*(?:{NAVIGATION_LABEL}(?:{MENU_ITEM}\s+)+{MENU_ITEM}"
                             rf"|(?:{NAVIGATION_LABEL})?(?:{MENU_ITEM}{BREADCRUMB_MARK})+{MENU_ITEM})\s*")
# A run of five or more such items opening a sentence is a menu the cleaner joined to the line
# after it (…资料中心 联系我们省妇联到儋州开展调研): the words before the last space are links.
MENU_RUN = re.compile(rf"\s*(?:{MENU_ITEM}\s+){{4,}}")


def navigation_end(sentence: str) -> int:
    """Where the site's navigation a sentence is, or opens with, ends (0 where there is none):
    its menus, rows of links and breadcrumbs name the site's sections and departments, and a
    masthead line its owner, not the bodies or programmes of the report."""
    if MENU_LINE.fullmatch(sentence) or NAVIGATION_LINE.fullmatch(sentence) or _site_and_owner(sentence):
        return len(sentence)
    run = MENU_RUN.match(sentence)
    return run.end() if run else 0


def _site_and_owner(sentence: str) -> bool:
    """Is the sentence a masthead line of a site's name and one body's whole name (中国访谈网 甲协会,
    乙新闻网 乙市委宣传部)? A headline after a site's name (甲网 县妇联联合县人社局开展招聘会) names
    more than one body."""
    line = SITE_AND_ITEM.fullmatch(sentence)
    if line is None:
        return False
    item = line.group("after") or line.group("before")
    return any(entity.start == 0 and entity.end == len(item) for entity in find_agencies(item))


# A body's introduction: 是, a description, 的 and a kind of body closing the clause (甲医院是全县
# 唯一的三级医院); the words after the last 的 say what it is, and a role there (承办单位) is its
# part in the work.
DESCRIBED_AS_A_KIND = re.compile(r"是[^,，。;；]{0,30}的([^,，。;；的]{0,10}"
                                 r"(?:组织|机构|单位|企业|医院|学校|公司|团体|平台|社团|协会))$")
PARTNER_ROLE = re.compile(r"承办|主办|协办|合作|支持|指导|牵头|共建|成员|帮扶|结对|参与|实施|执行")
# A unit the federation founds or inaugurates (联合建立甲区妇女帮助中心, 乙中心揭牌仪式, 丙协会正式
# 成立。: the founding closes the clause) is an outcome of its work, not a body working with it.
FOUNDED_AFTER = re.compile(r"(?:正式)?(?:成立)?(?:揭牌|挂牌)|(?:正式)?成立(?:了|啦)?(?=$|[,，。;；!！])")
# A name opening a report's title (甲县中医院2020年妇委会工作总结, 乙局年度工作计划) is the
# author of that report, listed in a page's table of contents, not a partner of the federation.
TITLE_AFTER = re.compile(r"(?:[\d〇零一二三四五六七八九xX*]{2,4}年度?|年度|上半年|下半年)?"
                         rf"(?:妇联|妇委会|妇女|巾帼)?(?:工作)?(?:总结|计划|要点|述职报告)(?![{HAN}])")
# A session of a body written after its name (市委十届十一次全会, 县委第五次党代会), its press
# conference (…人民政府新闻发布会) or a working conference it convenes (市委党的群团工作会议,
# 县委经济工作会议) or its study group's session (县委理论学习中心组学习, 党组中心组学习会) names the
# meeting, whose decisions are relayed or which someone attends, not a partner.
MEETING_AFTER = re.compile(r"第?[\d一二三四五六七八九十]+届(?:[\d一二三四五六七八九十]+次)?"
                           r"(?:全会|全委会|全体(?:扩大)?会议|会议)|第?[\d一二三四五六七八九十]+次党代会"
                           rf"|(?:新闻)?发布会|(?:党的)?[{HAN}]{{0,6}}?工作会议"
                           r"|(?:党组)?(?:理论学习)?中心组(?:集体)?学习")
# 学习贯彻市委十届十一次全会精神, 落实市委党的群团工作会议部署: carrying out a leadership body's
# meeting (its spirit, its deployment) ties the work to the body, which is listed (the stop-28
# adjudication); a verb of carrying out before it in its clause, 精神 or 部署 after it.
CARRYING_OUT_BEFORE = re.compile(r"(?:学习|贯彻|落实|传达|领会)[^,，。;；:：!！?？]*$")
MEETING_SPIRIT_AFTER = re.compile(r"[^,，。;；:：!！?？]{0,30}?(?:精神|部署)")
MAX_CARRIED_OUT_CLAUSE = 60  # how far back the verb of carrying out is looked for
# A meeting or ceremony as what a body attends (…参加|座谈会, …出席|启动仪式).
MEETING_ATTENDED = re.compile(r"了?[^,，。;；]{0,10}?(?:会议|座谈会|大会|推进会|交流会|联席会|报告会|"
                              r"仪式|典礼|开幕式|启动式|闭幕式)")
# A direction before 部 names a part of a place (中西部地区, 省东部), no department.
# The short form of an office: a level, two characters that shorten its task (法治建设 → 法建,
# 平安建设 → 平安) and 办 (市法建办, 县综治办); a verb among the two is no phrase's verb.
SHORT_OFFICE = re.compile(rf"[{LEVEL_CHARS}][{HAN}]{{2}}办$")
NOT_AN_AGENCY = re.compile(r"(?:干部|执委|委员|部分|全部|内部|外部|[东南西北中]部|"
                           r"局面|格局|布局|大局|当局|结局|"
                           r"举办|承办|主办|协办|创办|开办|兴办|督办|查办|代办|交办|包办|中心工作|"
                           r"网站|车站|到站|进站|站站|场所|住所|处所|之处|好处|到处|"
                           r"庭院|家庭|法庭上|医院里|政委)$")
# Word classes (jieba tags) that cannot open an organisation name: a walk that stopped on a
# time word, verb, adverb or idiom (今年走访县民政局, 认真贯彻县…) sheds it. Nominal verbs (vn: 教育) and
# adjectives (an) stay.
NOT_A_NAME_START = frozenset({"t", "v", "vd", "vg", "vi", "i", "d", "dg", "p", "c", "u", "ud", "ug", "uj",
                              "ul", "uv", "uz", "r", "rr", "rz", "m", "q", "a", "ad", "ag", "f"})
MIN_BODY = 2
VERB_TAGS = frozenset({"v", "vd", "vi"})
# Word classes (jieba tags) that never sit inside an organisation name: verbs, adverbs, prepositions,
# pronouns and locative words (他代表|县委, 毕业于|…大学, 当好|区委); a one-character verb may
# open a place's name (定|海路街道), a preposition or pronoun may not, unless a level word follows
# it (己县, 易县: one character and a level are a place).
ACTOR_OR_VERB_TAGS = frozenset({"v", "vd", "vi", "vg", "d", "ad", "p", "r", "rr", "rz", "f"})
FUNCTION_TAGS = frozenset({"p", "r", "rr"})
MAX_GIVER_GAP = 12  # other givers listed with one (县委、县政府)
MAX_FOUNDING = 4  # the longest verb of founding, its 了 or 的 (创建了, 她创办的)
MAX_CATEGORY = 3  # the longest category word (社区级)
HAN_CHAR = re.compile(f"[{HAN}]")
# jieba tags of proper nouns (places, persons, organisations, other names).
PROPER_NOUN_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt"})
PERSON_NAME_LENGTH = (2, 3)  # a Han personal name: surname and one or two characters
# jieba dictionary frequency from which a word is a common word, not a rare place name
# (责任 5946, 落实 2219 against 平舆 4, 大田 42, 城关 89); hand-set, no library gives it.
COMMON_WORD = 2000
# ... and below which a word not tagged a proper noun is rare enough to be a place's stem
# (平舆 4, 城口 4 against 会同 859); hand-set likewise.
RARE_WORD = 100
# Levels below the township: written bare they mean any village's or community's (社区学校).
LOCAL_LEVELS = frozenset({"社区", "村"})
# A body left after its scope is dropped names one kind of body only from three characters on
# (人民政府, 民政局); 政府 or 银行 alone could be any.
MIN_SCOPED_BODY = 3
GENERIC_LEADERSHIP = frozenset({"政府", "人民政府", "党委", "党委政府", "党组"})
VERB_OBJECT_TAGS = VERB_TAGS | {"vn"}  # 服务|党委: a verb, nominal or not, that takes the body as object
# The reporting federation itself, by its short or full name, is no partner.
# So are its units in offices, firms and schools (机关妇工委, 甲公司妇委会, 乙大学妇女委员会), the
# federation's own grassroots organisations (not 女职工委员会, a trade union's, nor 妇女儿童工作
# 委员会, a government's).
FEDERATION = re.compile(r"妇联|妇女联合会|妇委会|妇工委|妇女(?:工作)?委员会")
# A word for a kind of unit that opens a walked name labels the name after it (共建单位|甲乙银行,
# 爱心企业|丙丁公司): the name starts after the label.
# A bare 企业 or 机构 may open a name (企业管理协会, 机构编制委员会), a bare 单位 does not.
APPOSITION_LABEL = re.compile(r"(?:爱心|共建|合作|成员|协办|支持|参与|帮扶|结对)?单位"
                              r"|(?:爱心|共建|合作|成员|协办|支持|参与|帮扶|结对)(?:企业|机构)")
# A federation's term before a committee (县妇女联合会第三届|执行委员会) makes it that
# federation's own organ: the walk stops at the term's count, so the name alone says nothing.
FEDERATION_TERM = re.compile(rf"(?:{FEDERATION.pattern})第[\d一二三四五六七八九十]+届$")
# The host of a federation unit may close a bracket first (镇(街道办事处)妇联: an alternative
# level of the federations counted).
HOSTED_FEDERATION = re.compile(rf"[)）]?(?:{FEDERATION.pattern})")
# A list that opens a sentence or clause with a federation (县妇联、甲中心、乙站…): the bodies it
# goes on to name hold the work with the federation.
LISTED_WITH_A_FEDERATION = re.compile(rf"(?:^|[,，。;；:：])[^,，。;；:：、]{{0,12}}?"
                                      rf"(?:{FEDERATION.pattern})、(?:[^、,，。;；:：]{{2,24}}、)*$")
# 在甲公司、乙公司(,)建立了妇联: a body where the federation sets up a branch of its own (the
# building of federations in firms and new organisations) is where, not a partner.
BRANCH_AFTER = re.compile(r"(?:[、和及][^、和及。;；!！?？,，]{2,16}?)*[,，]?[^。;；!！?？,，]{0,8}?"
                          r"(?:建立|成立|组建|建起|新建)了?[^。;；!！?？,，]{0,6}?"
                          r"(?:妇联|妇女联|妇委会|妇女委员会|妇女小组|女职工委员会)")
WORD_WINDOW = 4
# 线上 and 线下 (online, offline), which jieba splits as 线|上: a sector's line (组织线) ends
# before neither.
ONLINE_OR_OFFLINE = re.compile(r"线[上下]")
# 38个社区居委会, 1000个家庭教育指导中心 (个 and the name's first character)
COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万两几多]+[个家所支]{1,2}$")
# Levels written with their alternatives in brackets before a name (县(市、区), 村(居), 乡镇(街道)):
# every place of those levels, as in 各县(市、区)民政局.
PLURAL_LEVEL = r"(?:自治区|自治州|自治县|街道|社区|乡镇|[省市州盟县区旗乡镇村居])"
PLURAL_LEVELS = re.compile(rf"{PLURAL_LEVEL}*[(（]{PLURAL_LEVEL}(?:、?{PLURAL_LEVEL})*[)）]{PLURAL_LEVEL}*$")
MAX_PLURAL_LEVELS = 16
MAX_PLACE = 8  # the longest gazetteer name read before a body (…自治县)
# A bare place ending with its level right before a list mark (甲镇、|乙街道办).
LISTED_PLACE_BEFORE = re.compile(rf"([{HAN}]{{2,{MAX_PLACE}}}?{PLACE_LEVEL})[、和及]$")
# 根据甲乙镇关于…的通知: a place issuing the notice (or plan, document) the work follows.
NOTICE_ISSUER = re.compile(rf"(?:根据|按照|依据)([{HAN}]{{2,{MAX_PLACE}}}?)(?=关于|《|印发)"
                           r"[^,，。;；]{0,40}?(?:通知|文件|方案|意见|部署|安排|精神)")
COUNTED_AFTER = re.compile(r"[\d一二三四五六七八九十百千万两几多]+[个家所支处]")  # 儿童友好医院1个
ONE_CHARACTER_BREAKS = frozenset({"v", "p", "q", "c", "u", "uj", "d"})
MAX_LIST_ITEM = 10
SECTOR_PART = re.compile(r"(?:(?!以及|和|及|与)[^、])+")
WORK_VERBS = "开展|举办"  # verbs of the work that end a partner list and sit in no sector's name
# Sector names listed before (等)部门 / 等单位 (司法、民政、教育等部门; 民政、司法部门), and
# bodies listed before 等(群团)组织 (工会、共青团等群团组织: 组织 alone is also a verb).
SECTOR_HEADS = re.compile("部门|单位|机构|等(?:群团|社会)?组织")
SECTOR_LIST = re.compile(
    rf"((?:[{HAN}]{{2,{MAX_LIST_ITEM}}}、)*[{HAN}]{{2,{MAX_LIST_ITEM * 2}}}?)"
    r"(?:(?:等(?:相关|有关|职能|成员|涉及)?)?(?:部门|单位|机构|职能部门)|等(?:群团|社会)?组织)")
# One sector written bare before 机构 or 单位, with no list and no 等, names a kind of institution
# (组织机构, 教育机构: the organisation's structure, schools), not the sector's body; before 部门
# it does (教育部门 is the education bureau).
KIND_OF_INSTITUTION = re.compile(r"机构|单位")
MAX_QUOTED = 10
# A short quoted name right before where the walk stopped (“双学双比”活动协调小组), with any
# space a scan left inside the quotes or after them (“ 访惠聚” 办公室).
QUOTED_BEFORE = re.compile(rf"[“‘「]\s?[{HAN}]{{2,{MAX_QUOTED}}}\s?[”’」]\s?$")
PARENTHESISED = re.compile(rf"[(（]([{HAN}]{{2,8}})[)）]$")
# Official names run long (甲乙县人民政府妇女儿童工作委员会办公室); campaign names stay shorter.
MAX_AGENCY = 24
# The list mark after another item right before a name (联合甲局、|天桥演艺中心).
PARTNER_LIST_BEFORE = re.compile(rf"[{HAN}]{{2,{MAX_AGENCY}}}[、和及]$")
# A body right after 在 followed by one of its rooms (在甲社区的排练室里: a noun ending in a room
# word, 室/厅/楼/堂) or, for a body that is no standard one, by the activity held there
# (在甲街道文体中心举办) is where the work happened, as is any body after 在 and a place phrase
# (在该镇卫生院开展); 在甲局的指导下 frames the work instead.
# A body whose situation, experience or way of working an account tells (介绍了甲协会的基本情况,
# 汇报乙局的工作经验): the topic of the account, not a partner in the work.
TOLD_BEFORE = re.compile(r"(?:介绍|汇报|通报|听取|了解)了?")
TOPIC_AFTER = re.compile(rf"的[{HAN}]{{0,6}}?(?:情况|经验|做法|成效)")
LOCATIVE = "在"
AS_INSTRUMENT = "以"  # 以甲中心为阵地: what the work uses
MANNER_OF_HOLDING = "隆重|顺利|正式|成功|如期|圆满"  # 活动在甲馆隆重举行: how, not what, it held
PLURAL_OF_PEOPLE = "们"
# A third-person pronoun opening a clause makes a person its subject (她向甲法院起诉, 她的儿子在乙
# 中学读书): the clause tells her own affairs, not the federation's work.
PERSON_PRONOUNS = frozenset({"她", "他", "她们", "他们"})
# 在, 到 or 进入 before a body and a verb of a person's place in it right after (在乙乡卫生院当过
# 医生, 在甲中学读书, 到丙厂就业, 在丁医院住院, 在戊局登记注册的组织): the workplace, school,
# employer, hospital or registry of the people or units told about, whatever the body's kind,
# not a partner in the work (stop 21: the employer where women were placed); a body hosting the
# work (在乙院开展) stays a partner.
MEMBER_BEFORE = ("在", "到", "进入")
# 据 (根据, 依据) before a body and a word of its figures or account after it (据甲局统计, 根据乙局
# 数据显示, 据丙院介绍): the source of what the report cites, not a partner in the work; the
# issuer of a notice the work follows (根据甲局《…通知》) is read by the notice frame.
ACCORDING_TO = "据"
# 经 before a body and a verb of approving or examining after it (经甲局批准, 经乙院诊断): the body
# approves, registers or examines what the report tells, no partner in the work.
BY_WAY_OF = "经"
# A body that goes somewhere itself (甲学会|赴乙县调研): the movement words besides those of the
# grammar's ``at`` kind, the longest place between, and visits that may serve people (走访).
ARRIVING = ("来到", "前往", "来")
MAX_VISITED_PLACE = 10
VISITS_TO_PEOPLE = ("走访", "访问")
# A model site (示范点, 示范基地, 示范单位) a body is or becomes is often where it serves the work
# (成为…家政培训示范基地), so only a title held (是全国巾帼文明岗) makes it an honoured unit.
MODEL_SITE = "示范"
# Those commended named after the commendation (获得表彰的还有甲医院、乙行等单位): honoured units.
HONOURED_LIST_BEFORE = re.compile(rf"(?:表彰|命名|评为|授予)的[^,，。;；]{{0,6}}?有"
                                  rf"(?:[^、,，。;；]{{2,{MAX_AGENCY}}}、)*$")
# A guest's reception by the body (受到|甲局|的热情接待): the body only hosts a visit.
RECEIVED = "受到"
RECEPTION = re.compile(r"的?(?:热情|亲切|热烈)?(?:接待|迎接)")
# 是 before a body and one of its people after it (她是甲银行的一名柜员, 李某是乙卫生院的护士):
# the body is where the person works, said of the person, not of the work.
COPULA = "是"
ONE_OF_ITS_PEOPLE = re.compile(rf"的(?:一[名位]|{STAFF_AFTER.pattern})")
WORKED_AT = re.compile(r"(?:当过|担任|任职|就职|供职|工作过|工作(?![会报要部制机人站室组队])|务工|打工|上班|"
                       r"就业|上岗|读书|上学|就读|求学|住院|就医|实习|挂职|分娩|登记|注册)")
# A person's past tie to a body written after it (甲医院|退休护士, 从乙厂|下岗后, 丙院|原院长): a place
# the person left, not a body at work now.
LEFT_AFTER = re.compile(rf"的?(?:退休|离休|下岗|失业|原(?:{PERSON_AFTER.pattern}))")
# A person's profile (张丽，女，汉族，1980年生，甲中学教师): an item of sex, people, age, birth or
# party membership before the clause, and a clause that is only the body, a unit of it and the
# person's post.
PROFILE_BEFORE = re.compile(rf"(?:^|[,，])\s*(?:女|男|[{HAN}]{{1,3}}族|\d{{1,3}}岁|(?:中共)?(?:预备)?党员|"
                            r"\d{4}年(?:\d{1,2}月)?出?生)[,，]\s*$")
PROFILE_POST = re.compile(rf"的?[{HAN}]{{0,4}}?(?:{STAFF_AFTER.pattern}|{PERSON_AFTER.pattern})")
# A unit put forward for an honour (推荐甲医院|妇产科申报…, 推选乙公司参评…): a candidate, as an
# honoured unit is.
NOMINATING = ("推荐", "推荐了", "推选")
NOMINATED_FOR = re.compile(r"[^,，。;；]{0,6}?(?:申报|参评|参选|争创)")
# Figures a body published, said to show something (甲局发布的数据显示, 乙局统计表明): the body is
# their source, as after 据.
FIGURES_SHOW = re.compile(r"(?:发布|公布|提供)?的?[^,，。;；]{0,6}?"
                          r"(?:数据|统计|调查|监测)(?:结果)?(?:显示|表明)")
# A body's people who only speak at a meeting, its clause closing on the speech (甲医院医生张丽、乙中学
# 教师王芳作交流发言), or who report or share their experience there (甲局、乙局等成员单位汇报了工作
# 情况, 丙局作了工作汇报): the body is the audience's, not a partner (stop-20 and stop-21 answers); no
# recipient between, nor a listener's 听 (县委常委会听取…工作情况汇报); 作 of 工作 is no verb.
SPEECH_AFTER = re.compile(r"[^,，。;；为给向听]{0,40}?"
                          r"(?:(?<!工)(?:作|做|进行)了?[^,，。;；]{0,4}?(?:发言|汇报)|(?:交流|典型|表态|经验)发言"
                          r"|汇报了?[^,，。;；]{0,12}?(?:情况|工作|做法|经验|进展)"
                          r"|交流了?[^,，。;；]{0,8}?(?:经验|做法))[^,，。;；]{0,4}")
# One of the body's people quoted or telling something, the clause closing on the verb (甲医院妇产科
# 医生张丽说：…, 乙局工作人员告诉记者，…): the body is a speaker's workplace, as an official's title
# alone names no agency (stop 12); what she tells of (介绍了…知识) is a lecture, which serves.
QUOTED_STAFF_AFTER = re.compile(rf"[^,，。;；:：]{{0,6}}?{STAFF_AFTER.pattern}[^,，。;；:：]{{0,4}}?"
                                r"(?:说|表示|介绍|告诉记者|谈到|坦言|感慨地说|笑着说)(?:道|称)?")
# 各 before one level word and a kind of body (各乡镇司法所, 各村委会, 各乡镇(街道)司法所) names that
# kind's body in every unit of the level; where the clause makes them partners (联合…及各乡镇司法所,
# 各村委会积极配合) they are listed once, 各 dropped (stop-31 adjudication, row 6). 各级 is a class
# over levels, and a kind after 各 with no level word (各有关部门, 各成员单位) names no body.
# The level word may be written twice, once for the units and once in the kind (各村|村委会: 村委会).
EACH = "各"
EACH_UNIT_BEFORE = re.compile(rf"{EACH}(?:{PLURAL_LEVEL})?$")
LEVEL_OPENING = re.compile(PLURAL_LEVEL)
REPEATED_LEVEL = re.compile(rf"({PLURAL_LEVEL})(?=\1)")
# The subject's copula right before a body whose model site or base the subject is (该中心是|甲厅…示范点),
# the kinds of designated site besides the honours' (基地, 试点), and the words between at most.
DESIGNATED_AS = re.compile(r"(?:是|系|成为|被确定为|被列为)$")
DESIGNATED_SITES = ("基地", "试点", "试点单位")
MAX_DESIGNATION_GAP = 16
# 在 (with a whole-place word) before 各 opens a framing phrase; a clause opening or a whole place
# (全县, 全市) before 各 makes the bodies its subject.
EACH_FRAMED_BEFORE = re.compile(r"在(?:全[省市州盟县区旗镇乡])?$")
EACH_SUBJECT_BEFORE = re.compile(r"^(?:全[省市州盟县区旗镇乡])?$")
FRAMING_VERBS = "领导|支持|指导|帮助|关心|推动|重视"
CARRY_OUT_VERBS = "开展|组织|举办|实施|落实|承担|负责"
# The rest of a list 各 opens (各村党支部|、村委会) before what its clause says of the bodies.
EACH_LIST_REST = r"(?:[、和及][^,，。;；]{2,12}?)*"
COOPERATES_AFTER = re.compile(rf"{EACH_LIST_REST}(?:都|均|也)?(?:积极|主动|全力|密切)?(?:配合|参与)")
# A place phrase between 在 and the body (在该镇|卫生院, 在辖区内百年|甲乙厂) is at most this long;
# a frame (…下, …中, …时) or a body in it makes 在 govern something else.
MAX_PLACE_PHRASE = 6
FRAME_END = re.compile(r"[下中时后前间]")
PREDICATE_TAGS = VERB_TAGS | {"l"}  # jieba's set phrases are mostly predicates (积极开展)
LIST_CLOSE = "等"  # what closes a list of names (甲中心、乙合作社等项目)
LOCATED_AT = "位于"  # 在位于…: a verb of position inside the place phrase
PLACE_PHRASE_TAGS = frozenset({"r", "rz", "f"})  # 该, 此, 内: a demonstrative or locative word
# A part of the body's premises after it, with or without 的 (在乙社区的排练室里, 在甲医院门诊大厅,
# 在丙中学体育馆, 在丁小学操场): its words hold no verb (在甲医院设立母婴室: the room is made).
ROOM_OF = re.compile(rf"的?[{HAN}]{{0,4}}?(?:室|厅|楼|堂|馆|操场)(?:里|内|中)?")
# Any part of it closed by a locative of place (在甲公司的车间里, 在乙村的院子内), or the locative right
# after the body (建在行业协会里, 设在甲公司内): 里 and 内 say where, as 下 (在…的支持下) and 中
# (在…的关心中) do not.
# a direction from the body (北面, 对面, 旁): the body is a landmark for where the work happened
LANDMARK_AFTER = re.compile(r"(?:[东南西北](?:面|侧|边)|对面|旁边|旁(?!听)|附近|周边|后面|前面)")
INSIDE_OF = re.compile(rf"(?:的[{HAN}]{{1,4}}?)?[里内]")
SCAN_SPACES = frozenset(" \u3000")
LINE_BREAK = "\n"
SPACE_INSIDE_A_WORD = re.compile(rf"(?<=[{HAN}])[ \u3000](?=[{HAN}])")  # 副书 记: a page's break
MAX_TITLE_WINDOW = 12  # the longest title read after a name with a break inside (常务副书 记)
MAX_SCAN_FRAGMENT = 3  # longer runs across a space are more likely the next column of a page
WHITESPACE = re.compile(r"\s")
CONJUNCTIONS = frozenset("和与及同")
# The conjunctions that may join two sectors inside one body's name (文化和旅游局, 维权与信息服务站).
SECTOR_JOINERS = ("和", "与")
PASSIVE_PARTICLE = "所"  # 由甲公司所提供: the passive's particle, written as an institute's suffix
PASSIVE_AGENT_BEFORE = re.compile(r"[由被为](?=[^,，。;；:：!！?？由被为]*$)")
LIST_INTRODUCERS = frozenset(":：")
CLAUSE_MARKS = ",，。;；:：!！?？"
CLAUSE_END = re.compile(r"[,，。;；:：!！?？]")
# Everything up to the last clause mark: one scan, not one per mark
UP_TO_CLAUSE_MARK = re.compile(rf"[\s\S]*[{CLAUSE_MARKS}]")
# Sample-text sites mask the names in a report (xx镇司法所, XX县民政局, ××公司): the mask is the
# masked part of the name, so it stays in it.
MASK_CHARS = "xX×＊*ｘＸ"
MASK_BEFORE = re.compile(rf"(?<![A-Za-z])[{MASK_CHARS}]{{1,3}}$")
BRANCH_NAME = re.compile(rf"(?:[{MASK_CHARS}]{{1,3}}|[{HAN}]{{1,4}}?)"
                         r"(?:分院|分校|分行|支行|管理行|分公司|支公司|分局|分所|分社|营业部)")
# A branch written in brackets after its body (甲省妇女服务站(乙县站), 丙银行（丁县支行）).
BRACKETED_BRANCH = re.compile(rf"[(（]([{HAN}{MASK_CHARS}]{{2,8}})[)）]")
MASK_OPENING = re.compile(rf"[{MASK_CHARS}]{{1,3}}(?=[{HAN}])")
# 镇党委、政府 / 县委和政府: a bare government joined to a scoped party committee is that
# place's government, a second body (written together, 镇党委政府, it is two as well:
# ``_each_of_a_pair``).
LIST_MARKS = "、和及与"
CONJOINED_GOVERNMENT = re.compile(rf"[{LIST_MARKS}]((?:人民)?政府)")
GOVERNMENT = "人民政府"
# An unscoped party committee, government or both (党委政府, 党委、政府, 党委和政府), and each body.
UNSCOPED_LEADERSHIP = r"党委(?:[、和及与]?(?:人民)?政府)?|(?:人民)?政府"
UNSCOPED_LEADERSHIP_BODY = re.compile(r"党委|(?:人民)?政府")
PARTY_COMMITTEE = "党委"
# A class of committees and governments over levels (各级党委政府, 全县各级党委政府): acting, it is
# listed bare (stop-21 sweep) and is no one committee, so never the report's one scoped committee
# (stop-30 second wave, row 10).
ACROSS_LEVELS = r"(?:全[省市州盟县区旗镇乡])?各级"
# A list of two or more sectors closed by 等部门 after 各级 (各级公安、司法等部门积极参与) names the
# sectors' bodies over levels, as 各级党委政府 names the leadership bodies: each is listed bare, not
# a kind of unit as after another category word (部分民政、司法部门); one sector alone stays a kind.
ACROSS_LEVELS_BEFORE = re.compile(rf"{ACROSS_LEVELS}$")
# 在党委政府的(大力)支持下 is support, not framing (stops 12, 26; stop-30 second wave, row 9): the bare
# bodies are listed, unless the support is wished for, still to come (相信在…支持下,…一定能够).
WISH_WINDOW = 8
WISHED_BEFORE = re.compile(r"相信|希望|期待|期望|盼望|坚信")
WISHED_AFTER = re.compile(r"一定|必将|必定|定能|定会|必能|将会")
# 当地, 本地, 所在地 point to a place without naming one: no scope of any body (stop-30 adjudication,
# row 3; second wave, row 11: they are no scope words of the lexicon, so 当地法院 is not completed to
# 当地人民法院), and a leadership body written with them is an unscoped one (配合当地党委政府).
DEICTIC_SCOPE = re.compile("^(?:当地|本地|所在地)的?")
# a place's committee and its government written as one word (山阳县委县政府): the level repeated
LISTED_OFFICE = re.compile(rf"[{LIST_MARKS}]([{HAN}]{{2}}办)")
FEDERATION_HEADING_BEFORE = re.compile(rf"(?:{FEDERATION.pattern})[、和及]$")  # 洛江区妇联、|文明办
ENDS_IN_A_LEVEL = re.compile(rf"{PLACE_LEVEL}$")
LISTED_SCOPE = re.compile(rf"[{HAN}]{{0,{MAX_PLACE}}}?{PLACE_LEVEL}")  # a list's place: 县, 沿河县
LEVEL_COMPOUND = re.compile(
    rf"(?P<place>[{MASK_CHARS}{HAN}]*?)(?P<level>[{LEVEL_CHARS}])委(?P=level)(?:人民)?政府")
# A party committee and its government or office written as one word (镇党委政府, 街道党工委办事处):
# the word, the committee and the second body's canonical name.
LEADERSHIP_PAIRS = (("党委政府", "党委", GOVERNMENT), ("党工委办事处", "党工委", "办事处"))
# A scoped government opening a name is the scope of its own offices (县政府|扶贫办, 湖南省人民
# 政府|新闻办), as a party committee is of its departments (县委|编办): jieba reads 县政府 as one
# word, so the scope alone would end inside a word.
SCOPED_GOVERNMENT = re.compile(rf"([{HAN}]{{1,{MAX_AGENCY}}}?)(?:人民)?政府")
TITLE_OPEN, TITLE_CLOSE = "《", "》"
# The suffix of one government department at the county, provincial and national level.
# The party centre has no suffix: 党中央 names it alone; a bare 中央 (also a scope: 中央财政)
# names it only at the head of a chain of level committees (贯彻中央和省委、市委决策部署), or of bare
# levels before the deployment, spirit or demands they issue (紧扣中央、省、市工作部署: the bare
# levels name no body, stop 27).
LEVEL_LINK = rf"(?:和|与|及|以及|、)(?:[{LEVEL_CHARS}]|自治区)"
ISSUED = "部署|精神|要求|决策|指示|安排"
PARTY_CENTRE = re.compile(rf"党中央(?![{HAN}]{{0,2}}委)|中央(?={LEVEL_LINK}党?委"
                          rf"|(?:{LEVEL_LINK}(?:党?委)?)+[^,，。;；]{{0,12}}?(?:{ISSUED}))")
PARTY_CENTRE_NAME = re.compile("党?中央")
# 县一中, 镇二小: a school's standard short form by its number (hand-written: no library has it)
NUMBERED_SCHOOL = re.compile("([一二三四五六七八九十]{1,3})([中小])")
SCHOOL_LEVELS = {"中": "中学", "小": "小学"}
BRANCH_SUFFIXES = ("分公司", "支公司", "分行", "支行")  # a company's or bank's branch by place
ASSOCIATION_BRANCH = "分会"  # an association's branch, a unit of it (…女企协|分会会长); no suffix: 分会场
DEPARTMENT_LEVELS = ("局", "厅", "部")
BRANCH_MARK = "分"
SERVICE = "服务"  # between a body's work and its facility suffix (…指导|服务|中心)
PARENT_TAGS = frozenset({"nt", "nz"})  # jieba's organisation and brand names
PROPER_WORD_TAGS = PARENT_TAGS | {"i"}  # …and idioms (及时雨), which a name may open
COMPANY = "公司"  # company (国家电网|临泉县供电公司)


def find_agencies(sentence: str) -> list[Entity]:
    """Agency mentions of one cleaned sentence, in order, longest first where they overlap.

    Examples
    --------
    >>> [(e.name, e.role) for e in find_agencies("联合县民政局、团县委和镇党委开展走访")]
    [('县民政局', 'partner'), ('团县委', 'partner'), ('镇党委', 'leadership')]
    """
    if navigation_end(sentence) == len(sentence):
        return []  # a site's menu, links or breadcrumb name its departments, not partners
    found = list(_listed_sectors(sentence))
    found.extend(_numbered_schools(sentence))
    found.extend(_notice_issuers(sentence))
    found.extend(_listed_firms(sentence))
    found.extend(_democratic_party_committees(sentence))
    found.extend(_acting_leadership(sentence))
    found.extend(Entity("agency", match.group(0), match.group(0), match.start(), match.end(), "leadership")
                 for match in PARTY_CENTRE.finditer(sentence))
    position = 0
    while match := _suffix_pattern().search(sentence, position):
        entity = _agency_at(sentence, match.start(), match.end())
        if entity is None:  # 组织部|门 is no name, 组织|部门 is: a shorter suffix inside may be
            position = match.start() + 1
            continue
        branch = _with_branch(sentence, entity)
        if branch is not None:
            found.extend(_each_of_a_pair(branch))
            found.extend(_conjoined_government(sentence, entity))
        position = match.end()
    kept = [entity for entity in without_overlaps(found, longest_first=True)
            if not names_a_local_self_government(entity.canonical)
            or _each_unit_as_partner(sentence, entity.start, entity.end)]  # 联合各村村委会
    listed = sorted([*kept, *_offices_listed_after(sentence, kept)], key=lambda entity: entity.start)
    return _with_the_compounds_scope(sentence, listed)


def _with_the_compounds_scope(sentence: str, entities: list[Entity]) -> list[Entity]:
    """A place's party committee and government written together (山阳县委县政府, 大理市委、市政府,
    原州区委和区政府) share the place: the government right after the committee, its level repeated
    and nothing or one list mark between, is that place's (山阳县人民政府, 大理市人民政府), as the
    stop-17 reading completes a compound's shared scope and the stop-30 adjudication a list's. A
    list that writes its scope once shares it too, whatever kind each body is (县司法局、民政局;
    镇司法所、中心学校; stop-33 adjudication): a later item with no scope and no proper noun of its
    own is a body of the same place, and so is one right after a federation that writes the
    place (洛江区妇联、文明办 -> 洛江区文明办; 省妇联、教育厅); a class under 各 reaches only
    leadership items (各乡镇卫生院、派出所: 派出所, stop-30 second wave)."""
    completed = list(entities)
    in_order = sorted(range(len(entities)), key=lambda index: entities[index].start)
    shared: dict[int, str] = {}  # the list's scope each completed item took
    for before, after in zip([None, *in_order], in_order, strict=False):
        item = entities[after]
        previous = None if before is None else completed[before]
        between = sentence[previous.end:item.start] if previous else ""
        if previous is None or (between and between not in LIST_MARKS):
            if (scope := _federation_heading_scope(sentence, item.start)) and _takes_the_lists_scope(item):
                completed[after] = replace(item, canonical=scope + item.canonical)
                shared[after] = scope  # 省妇联、教育厅: the federation heads the list
            continue
        compound = LEVEL_COMPOUND.fullmatch(previous.canonical + item.name)
        if compound and previous.role == "leadership" and compound.group("place"):
            place = compound.group("place").removesuffix(compound.group("level"))  # 平舆县|县委、县政府
            completed[after] = replace(item, canonical=place + item.canonical)
        elif (between and (scope := shared.get(before) or _list_scope(previous))
              and _takes_the_lists_scope(item)
              and (item.role == "leadership" or not sentence.endswith(EACH, 0, previous.start))):
            completed[after] = replace(item, canonical=scope + item.canonical)
            shared[after] = scope  # 县司法局、民政局、公安局: the scope runs down the list
    return completed


def _federation_heading_scope(sentence: str, item_start: int) -> str:
    """The place of a federation right before a list item (洛江区妇联、文明办 -> 洛江区; 省妇联、
    教育厅 -> 省): gazetteer places with their level, or a level word alone that opens the
    clause; '' where a pronoun's level (该县妇联、财政) or no place is written."""
    heading = FEDERATION_HEADING_BEFORE.search(sentence, 0, item_start)
    if heading is None:
        return ""
    start = end = heading.start()
    while piece := next((sentence[start - length:start] for length in range(min(MAX_PLACE, start), 1, -1)
                         if sentence[start - length:start] in _place_names()
                         and ENDS_IN_A_LEVEL.search(sentence, 0, start)), ""):
        start -= len(piece)  # 宜秀区|白泽湖乡: places from the largest down
    if start == end and start and sentence[start - 1] in LEVEL_CHARS and not (
            start > 1 and HAN_CHAR.match(sentence[start - 2])):
        start -= 1  # 市妇联、 opening the clause: the level alone
    return sentence[start:end]


def _offices_listed_after(sentence: str, entities: list[Entity]):
    """A short office (民生办, 平安办: two characters and 办) listed right after a body is an office
    of the same unit (镇司法所、民生办 -> 镇民生办, stop-33 adjudication), where the list goes on
    after it or a verb follows (…民生办等部门, …民生办开展); a noun after it makes it the
    office's people or a longer word (民生办主任, 街道办事处), not the office."""
    ends = {entity.end for entity in entities}
    starts = {entity.start for entity in entities}
    for match in LISTED_OFFICE.finditer(sentence):
        start, end = match.span(1)
        if match.start() not in ends or start in starts:
            continue
        following = default_tokenizer().tokens(sentence[end:end + MAX_AGENCY])
        if (end == len(sentence) or sentence[end] in LIST_MARKS + LIST_CLOSE + CLAUSE_MARKS
                or (following and _word_tags().get(following[0]) in VERB_TAGS)):
            ends.add(end)  # 镇司法所、民生办、平安办: the list runs on
            yield Entity("agency", match.group(1), match.group(1), start, end, "partner")


def _list_scope(entity: Entity) -> str:
    """The place a listed body writes before its name (县|司法局, 沿河县|关工委), or '' (城管, whose
    canonical 城市管理局 opens with no place; 农业农村, a sector whose last word ends in a level)."""
    written = _written(entity.name)
    end = _scope_end(written)
    scope = written[:end]
    if (end < len(written) and (_closes_a_word(written, end) or written[end:] in _bodies())
            and LISTED_SCOPE.fullmatch(scope)):  # 县总工会, jieba's one word, is 县|总工会
        return scope if entity.canonical.startswith(scope) else ""  # not 农业农村 nor 乡村|振兴局
    return ""


def _takes_the_lists_scope(entity: Entity) -> bool:
    """A listed body with no scope of its own (not 中国银行, nor 团县委, whose scope is inside) that
    is a standard body (民政局, 文明办) or holds no proper noun (女律师协会) names the kind of body
    the list's place has; a firm (…公司, …银行) is no place's body."""
    name = _written(entity.name)
    return (without_scope(entity.canonical) == entity.canonical and _scope_end(entity.canonical) == 0
            and not name.endswith(_cue_words("firm"))
            and (name in _bodies()
                 or not any(map(_is_proper_noun, default_tokenizer().tokens(name)))))


def _notice_issuers(sentence: str):
    """A place named bare as the issuer of the notice or plan the work follows (根据甲乙镇关于…的
    通知, 按照丙丁县《…方案》): its party committee and government frame the work, so it is a
    leadership body, listed as the text writes it (a gazetteer place with its level)."""
    for match in NOTICE_ISSUER.finditer(sentence):
        name = match.group(1)
        if name in _place_names() and LEVEL_WORD.search(name[-3:]):
            yield Entity("agency", name, name, match.start(1), match.end(1), "leadership")


def _listed_firms(sentence: str):
    """A firm's short name, a proper noun and a trade word (天津航空), listed with other partners
    after a partner word (联合甲公司、天津航空、乙学院共同成立): one body without a suffix."""
    if "、" not in sentence:
        return
    for match in _trade_item().finditer(sentence):
        start, end = match.span(1)
        before, _ = _clause_around(sentence, start, end)
        brand = default_tokenizer().tokens(sentence[start:match.start(2)])
        if (_partner_word().search(before) and PARTNER_LIST_BEFORE.search(before)
                and any(map(_is_proper_noun, brand))):
            yield Entity("agency", match.group(1), match.group(1), start, end, "partner")


def _acting_leadership(sentence: str):
    """Unscoped party committees and governments that act on the work: the subject of a verb of
    leading, supporting or funding opening its clause (党委政府高度重视, 由政府出资) or the body a
    report goes to (向党委政府作了汇报), or the body whose support the work has (在党委政府的大力支持下,
    not a wish for support to come), one entity per body (党委, 人民政府). Elsewhere such a body
    frames the work or is called on (围绕党委政府中心工作, 在党委领导下, 各级党委要重视) and names
    no one body (``_is_organisation``)."""
    for match in _acting_leadership_pattern().finditer(sentence):
        group = next(name for name in ("reported", "actor", "supporter") if match.group(name))
        if group == "supporter" and (WISHED_BEFORE.search(sentence, max(0, match.start() - WISH_WINDOW),
                                                          match.start())
                                     or WISHED_AFTER.search(sentence, match.end())):
            continue  # a wish for support to come (相信在党委政府的支持下…一定能够): no work supported
        bodies, start = match.group(group), match.start(group)
        for body in UNSCOPED_LEADERSHIP_BODY.finditer(bodies):
            yield Entity("agency", body.group(0), canonical_agency(body.group(0)), start + body.start(),
                         start + body.end(), "leadership", across_levels=bool(match.group("levels")))


@cache
def _acting_leadership_pattern() -> re.Pattern:
    acting, adverbs, reported = (_cue_alternation(kind)
                                 for kind in ("acting", "acting_adverb", "reported_to"))
    return re.compile(rf"向(?P<reported>{UNSCOPED_LEADERSHIP})(?:作|做|进行)?了?(?:专题|书面)?(?:{reported})"
                      rf"|(?:^|(?<=[{CLAUSE_MARKS}\s由]))(?P<levels>{ACROSS_LEVELS})?(?P<actor>{UNSCOPED_LEADERSHIP})"
                      rf"(?:{adverbs})*(?:{acting})"
                      rf"|在(?P<supporter>{UNSCOPED_LEADERSHIP})的(?:(?:{adverbs}|关心|关怀|重视|帮助)和?)*支持下")


@cache
def _trade_item() -> re.Pattern:
    trades = _cue_alternation("trade")
    return re.compile(rf"(?<=[、和及])([{HAN}]{{2,4}}?({trades}))(?=[、和及等,，。;；]|共同)")


def _numbered_schools(sentence: str):
    """Schools named by their scope and number (县一中, 市三中, 镇二小: the standard short form
    of 县第一中学, 镇第二小学), read where the number and 中/小 end a word (一中队 and 中小学 are
    other words) after a whole scope; visited and honoured schools are left out as any body."""
    for match in NUMBERED_SCHOOL.finditer(sentence):
        number_start, end = match.start(), match.end()
        if not _ends_a_word(sentence, end, number_start):
            continue
        start = _trim_non_name_words(sentence, left_edge(sentence, number_start, end), number_start)
        start = _after_actor(sentence, start, number_start, end)
        scope = sentence[start:number_start]
        if (not _is_scope(scope) or _counts_kinds(sentence, start)
                or _is_place_or_honoured(sentence, start, end) or _gives_an_honour(sentence, start, end)):
            continue
        canonical = f"{scope}第{match.group(1)}{SCHOOL_LEVELS[match.group(2)]}"
        yield Entity("agency", sentence[start:end], canonical, start, end, "partner")


def _democratic_party_committees(sentence: str):
    """A democratic party's committee of a place (民盟甲市委, 农工党乙市委会, 九三学社丙县委员会): the
    party's name opens it, so it is a partner body, not the place's party committee the walk from 委
    reads (乙市委); left out where any body would be (visited, honoured, only attending)."""
    for match in _democratic_party_committee().finditer(sentence):
        start, end = match.span()
        if (_is_place_or_honoured(sentence, start, end) or _gives_an_honour(sentence, start, end)
                or (_only_attends(sentence, end) and not _works_with(sentence, start, end))):
            continue
        yield Entity("agency", match.group(0), match.group(0), start, end, "partner")


@cache
def _democratic_party_committee() -> re.Pattern:
    parties = _cue_alternation("democratic_party")
    return re.compile(rf"(?:{parties})(?:[{HAN}]{{1,8}}?{PLACE_LEVEL})?委(?:员会|会)?")


def _is_democratic_party_body(name: str) -> bool:
    return name.startswith(_cue_words("democratic_party"))


def names_a_local_self_government(canonical: str) -> bool:
    """A residents' or villagers' committee named by no place of its own (居委会, 社区居委会,
    村委): the host of the reporting community or village federation, whose own work the page
    reports, or any community's (所在社区居委会盖章), never one body working with the federation.
    With its place's name (甲村村委会, 乙社区居委会) it is one body, left to the other rules."""
    committee = next((body for body in _cue_words("self_government") if canonical.endswith(body)), None)
    return committee is not None and canonical.removesuffix(committee) in ("", *LOCAL_LEVELS)


def _with_branch(sentence: str, entity: Entity) -> Entity | None:
    """A body and its branch written together are the branch's one name (甲乙学院丙丁分院,
    某银行某某支行): the branch's own name is short or masked, its suffix says it is a branch.
    None where the branch hosts a federation unit (…分局妇联), which is no partner."""
    bracketed = BRACKETED_BRANCH.match(sentence, entity.end)
    if bracketed and _names_a_branch_of(bracketed.group(1), entity.name):
        name = sentence[entity.start:bracketed.end()]  # 甲省妇女服务站(乙县站): one station's name
        return Entity("agency", name, canonical_agency(name), entity.start, bracketed.end(), entity.role)
    match = BRANCH_NAME.match(sentence, entity.end)
    if match is None or PERSON_AFTER.match(sentence, match.end()) or not _ends_a_word(sentence, match.end()):
        return entity
    if HOSTED_FEDERATION.match(sentence, match.end()):
        return None  # 甲市公安局乙分局|妇联: the branch hosts a federation unit, as a body does
    name = sentence[entity.start:match.end()]
    return Entity("agency", name, canonical_agency(name), entity.start, match.end(), entity.role)


def _names_a_branch_of(inner: str, name: str) -> bool:
    """Does a bracket after a body name one of its branches by place (服务站(遂溪站), 服务中心(冠县
    分中心), 银行(冠县支行))? The bracket is a gazetteer place and the body's own suffix, or a
    branch's suffix; an alias (人民医院(简称县医院)) or a note is no place."""
    if BRANCH_NAME.fullmatch(inner):
        return True
    shared = len(commonprefix([inner[::-1], name[::-1]]))
    place = inner[:len(inner) - shared].removesuffix(BRANCH_MARK)
    return shared > 0 and place in _place_names()


def _leadership_pair(name: str) -> tuple[str, str, str] | None:
    """The pair a scoped name ends in (镇党委政府, 各街道党工委办事处), None for any other name."""
    written = _written(name)
    return next((pair for pair in LEADERSHIP_PAIRS
                 if written.endswith(pair[0]) and len(written) > len(pair[0])), None)


def _each_of_a_pair(entity: Entity):
    """A scoped party committee and its government or office written as one word (镇党委政府,
    街道党工委办事处) are two bodies, each with the scope (镇党委, 镇人民政府), as the adjudication
    lists them; any other name as is."""
    pair = _leadership_pair(entity.name)
    if pair is None or not entity.name.endswith(pair[0]):
        yield entity
        return
    word, committee, second = pair
    split = entity.end - len(word) + len(committee)
    scope = entity.name[:len(entity.name) - len(word)]
    yield replace(entity, name=entity.name[:split - entity.start],
                  canonical=canonical_agency(scope + committee), end=split, role="leadership")
    yield replace(entity, name=entity.name[split - entity.start:], canonical=_joined(scope, second),
                  start=split, role="leadership")


def _conjoined_government(sentence: str, committee: Entity):
    """The government written bare after a scoped party committee (乡党委、政府), with the
    committee's scope: 乡人民政府."""
    mask = MASK_OPENING.match(committee.name)
    name = committee.name[mask.end():] if mask else committee.name
    scope = name[:_scope_end(name)]
    match = CONJOINED_GOVERNMENT.match(sentence, committee.end)
    if (committee.role != "leadership" or not scope or match is None
            or PERSON_AFTER.match(sentence, match.end()) or OUTLET_AFTER.match(sentence, match.end())
            or not _ends_a_word(sentence, match.end())):
        return
    canonical = (mask.group(0) if mask else "") + _joined(scope, GOVERNMENT)
    yield Entity("agency", match.group(1), canonical, match.start(1), match.end(1),
                 "leadership")


def one_name_per_body(report: list[list[Entity]]) -> list[list[Entity]]:
    """The agencies of one report (its sentences' entities) with one name per body: a body named
    once in full and once with its place dropped (江西省委宣传部, 省委宣传部) takes the fullest
    name the report gives, so it is one entry and relations use that name. A shorter name that
    two fuller names of different places end with (甲县民政局, 乙县民政局: 县民政局) stays. An
    unscoped party committee is the one level committee the report names (党委 beside 州委: 州委),
    as the stop-26 adjudication lists only the scoped names of bodies a report names both ways;
    a class over levels (全县各级党委政府) is no one committee and stays bare (stop-30 second wave,
    row 10)."""
    names = {entity.canonical for sentence in report for entity in sentence if entity.type == "agency"}
    fullest = {}
    for name in names:
        fuller = [other for other in names if other != name
                  and ((other.endswith(name) and _is_place_prefix(other[:-len(name)]))
                       or (name == PARTY_COMMITTEE and LEVEL_COMMITTEE.match(other)))]
        longest = max(fuller, key=len, default=None)
        if longest is not None and all(longest.endswith(other) for other in fuller):
            fullest[name] = longest
    if not fullest:
        return report
    return [[replace(entity, canonical=fullest.get(entity.canonical, entity.canonical))
             if entity.type == "agency" and not entity.across_levels else entity for entity in sentence]
            for sentence in report]


def without_the_author(report: list[list[Entity]], author: str | None) -> list[list[Entity]]:
    """The report's partners without its own author (``describe``'s organisation): a body does
    not partner itself. That is the author's body named with its scope cut or dropped (孙园镇妇儿工委
    writing 镇妇儿工委 or 妇儿工委) or with the units above it (甲区乙社区新时代文明实践站 for 乙社区新时代
    文明实践站) and, where the author is a community or village acting (甲社区),
    its own committee and service points (甲社区居委会, 甲社区新时代文明实践站), as
    ``names_a_community_facility`` says of a bare 社区 or 村. Leadership bodies stay: a framing
    phrase lists them even when the author is one (镇党委、政府 in the town's own report)."""
    if not author:
        return report
    own = _own_body_test(canonical_agency(author))
    return [[entity for entity in sentence
             if entity.type != "agency" or entity.role == "leadership" or not own(entity.canonical)]
            for sentence in report]


def _own_body_test(author: str):
    """Whether a partner's canonical name names ``author`` (canonical) or its own units: a
    community or village acting, or its federation (甲社区妇联: the host's 甲社区居委会)."""
    place = author[:_scope_end(author)]
    if place == author or FEDERATION.fullmatch(author[len(place):]):
        if not place.endswith(tuple(LOCAL_LEVELS)):  # a place acting, or its federation
            return (lambda canonical: False) if place == author else _named_as(author)

        def own(canonical: str) -> bool:  # the community's or village's own units
            committee = next((word for word in _cue_words("self_government") if canonical.endswith(word)), "")
            end = len(canonical) - len(committee) if committee else _scope_end(canonical)
            scope, body = canonical[:end], canonical[end:]
            return scope.endswith(place) and (bool(committee) or names_a_facility(body))
        return own
    return _named_as(author)


def _named_as(author: str):
    """Whether a partner's canonical name is ``author`` with its scope cut or with more parents."""
    body = without_scope(author)
    scope = author[:len(author) - len(body)]

    def own(canonical: str) -> bool:  # either written with its scope cut (镇妇儿工委) or with
        written = canonical[:len(canonical) - len(body)]  # more parents (甲市乙社区…站)
        return without_scope(canonical) == body and (scope.endswith(written)
                                                     or bool(scope) and written.endswith(scope))
    return own


def _is_place_prefix(text: str) -> bool:
    """A scope (杨浦区, 县) or a gazetteer name without its level (江西) written before a body."""
    return _is_scope(text) or (len(text) >= MIN_BODY and text in _place_names())


def canonical_agency(name: str) -> str:
    """One name per real body: the standard full name, with any scope written before it kept
    (and any mask a sample-text site put there: XX县人社局 -> XX县人力资源和社会保障局), the
    party's name dropped (中共甲县委 -> 甲县委) and a place's Youth League committee written out
    (共青团甲县委 -> 甲县共青团委员会)."""
    name = _written(name)
    mask = MASK_OPENING.match(name)
    if mask:
        return mask.group(0) + canonical_agency(name[mask.end():])
    party = PARTY_PREFIX.match(name)
    if party:
        return canonical_agency(name[party.end():])
    league = _league_scope(name)
    if league:
        return _joined(league, YOUTH_LEAGUE)
    bodies = _bodies()
    if name in bodies:
        return bodies[name][0]
    for suffix in _sector_suffixes():
        stem = name.removesuffix(suffix)
        if stem != name and (stem in bodies or _standard_split(stem)):
            return canonical_agency(stem)  # 教育线 -> 教育局, 县教育部门 -> 县教育局
    split = _standard_split(name)
    if split:
        return _joined(name[:split], bodies[name[split:]][0])
    return name


def without_scope(name: str) -> str:
    """The body without the scope written before it (县人力资源和社会保障局 -> 人力资源和社会
    保障局); the name itself when no scope opens it or too little is left to name one body
    (市委 stays 市委: 委 alone is no body)."""
    rest = name[_scope_end(name):]
    return rest if len(rest) >= MIN_SCOPED_BODY and rest != name else name


def _written(name: str) -> str:
    """The name without the quote marks and spaces a page put inside it (县 民政局)."""
    return WHITESPACE.sub("", QUOTE_CHARS.sub("", name))


def _standard_split(name: str) -> int:
    """Where a standard body starts behind a scope (县|农业农村局), a place written without its
    level word (大田|教育局: a gazetteer stem) or the party committee it is a department of
    (县委|编办), 0 if ``name`` is none."""
    for split in range(1, len(name)):
        if name[split:] in _bodies() and (_is_scope(name[:split]) or LEVEL_COMMITTEE.match(name[:split])
                                          or _is_place_stem(name[:split])):
            return split
    return 0


def _is_place_stem(text: str) -> bool:
    """A gazetteer name or stem of two or more characters that jieba reads as a proper noun
    (大田, 南开) or a rare word (平舆), and no common word (和平; 会同, a county's stem that is
    mostly the verb)."""
    frequency = lexicon.dictionary_freq().get(text, 0)
    return (len(text) >= MIN_BODY and text in _place_names() and frequency < COMMON_WORD
            and (_word_tags().get(text) in PROPER_NOUN_TAGS or frequency < RARE_WORD))


def _joined(scope: str, canonical: str) -> str:
    """Scope and canonical name without a level written twice (龙门街道 + 街道办事处)."""
    for overlap in range(min(len(scope), len(canonical)), 1, -1):
        if scope.endswith(canonical[:overlap]):
            return scope + canonical[overlap:]
    return scope + canonical


def agency_role(name: str) -> str:
    """``leadership`` for party committees and governments, ``partner`` for other bodies."""
    mask = MASK_OPENING.match(name)
    if mask:  # XX县委: the masked place is still a place
        return agency_role(name[mask.end():])
    if _league_scope(_written(name)) or _is_democratic_party_body(name):
        return "partner"
    if PARTY_CENTRE_NAME.fullmatch(name):
        return "leadership"
    canonical = canonical_agency(name)
    bodies = _bodies()
    name = _written(name)
    if name in bodies or _standard_split(name):
        return bodies[name[_standard_split(name):]][1]
    if LEVEL_COMMITTEE.match(name):
        return "leadership"
    for suffix, role in _suffix_roles().items():
        if canonical.endswith(suffix) or name.endswith(suffix):
            return role
    return "partner"


def _title_after(sentence: str, end: int) -> bool:
    """Is a person's title written right after the name (县委|副书记), also where a page's space
    cuts it (县委|副书 记, 院 长: a scan's or a layout's break inside the word)?"""
    if PERSON_AFTER.match(sentence, end):
        return True
    window = sentence[end:end + MAX_TITLE_WINDOW]
    return (not SCAN_SPACES.isdisjoint(window)
            and PERSON_AFTER.match(SPACE_INSIDE_A_WORD.sub("", window)) is not None)


def _agency_at(sentence: str, suffix_start: int, end: int) -> Entity | None:
    """The organisation name ending at ``end`` whose suffix starts at ``suffix_start``, if any."""
    if _in_common_word(sentence, suffix_start, end) or _is_passive_particle(sentence, suffix_start, end):
        return None  # 家庭, 全部, 到站: decided before the name's start is looked for
    members_act = bool(MEMBERS_DO_THE_WORK.match(sentence, end))
    leaders_act = bool(LEADERS_LEAD_A_TEAM.match(sentence, end)
                       or _unit_then(sentence, end, LEADERS_LEAD_A_TEAM)) or members_act
    official_serves = bool(OFFICIAL_SERVES.match(sentence, end))
    if ((_title_after(sentence, end) and not (leaders_act or official_serves))
            or not _ends_a_word(sentence, end, suffix_start)):
        return None  # 县委书记 is a person; 部署, 部分, 局面: the suffix is part of a word
    if OUTLET_AFTER.match(sentence, end) or TITLE_AFTER.match(sentence, end) or _in_title(sentence, end):
        return None  # 甲县人民政府网: the outlet; 乙局年度工作总结: a listed report's author
    meeting = MEETING_AFTER.match(sentence, end)
    if meeting and not _carries_out_its_meeting(sentence, suffix_start, meeting.end()):
        return None  # 市委十届十一次全会召开, 乙市人民政府新闻发布会: the meeting is named
    officials = _officials_list().match(sentence, end) or _unit_then(sentence, end, _officials_list())
    if (officials and not (leaders_act or official_serves)) or _unit_then(sentence, end, OUTLET_AFTER):
        return None  # 县委|统战部部长: an official's employer; 某日报|报业集团出版: the outlet
    start = _body_at_boundary(sentence, _name_start(sentence, suffix_start, end), suffix_start, end)
    plural = sentence.rfind(PLURAL_OF_PEOPLE, start, suffix_start)
    if plural >= 0:
        start = plural + 1  # 让同学们|学会: a plural of people closes a noun phrase no name holds
    start = _trim_non_name_words(sentence, start, suffix_start, end)
    while sentence[start:start + 1].isspace():  # a trim that stopped at a line break
        start += 1
    start = _after_leading_committee(sentence, start, suffix_start)
    start = _after_actor(sentence, start, suffix_start, end)
    start = _back_over_a_cut_place(sentence, start, suffix_start)
    label = APPOSITION_LABEL.match(sentence, start, suffix_start)
    if label and suffix_start - label.end() >= MIN_BODY:
        start = label.end()  # 共建单位|华夏银行: the kind of unit is a label before the name
    if _written(sentence[start:end]) not in _bodies():  # 团委 is one standard name, no place in it
        start += _unplaced_words_end(sentence[start:suffix_start])
    start = _youth_league_start(sentence, start, end)
    start = _start_of_a_proper_word(sentence, start)
    name = sentence[start:end]
    if (FEDERATION.search(_written(name)) or NOT_AN_AGENCY.search(name)
            or HOSTED_FEDERATION.match(sentence, end)  # 甲医院|妇委会: the host of a federation unit
            or FEDERATION_TERM.search(sentence, 0, start)  # 妇女联合会第三届|执行委员会: its own organ
            or BYLINE.fullmatch(sentence)
            or (_counts_kinds(sentence, start) and not _leadership_pair(name)
                and not _each_unit_as_partner(sentence, start, end))  # 各街道党工委办事处
            or _determiner_inside(sentence, start, suffix_start)
            or _departments_of_leadership(sentence, start, end)
            or COUNTED_AFTER.match(sentence, end)
            or _after_a_page_label(sentence, start, end)
            or _in_a_masthead_line(sentence, start, end)
            or _is_place_or_honoured(sentence, start, end) or _gives_an_honour(sentence, start, end)
            or _in_a_persons_own_affairs(sentence, start, end)
            or (_only_attends(sentence, end)
                and not _works_with(sentence, start, end, without=_guests_of(sentence, end)))
            or (_names_a_kind(name) and not _each_unit_as_partner(sentence, start, end))
            or _in_category_list(sentence, start, name)
            or (members_act and _clause_around(sentence, start, end)[0].strip())
            or (_cued_word().search(name) and not members_act and not _works_with(sentence, start, end))
            or _is_founded(sentence, start, end) or _is_described(sentence, start, end)
            or (_verb_before_suffix(sentence, start, suffix_start, end) and not _is_standard(name))
            or not (_is_organisation(name, end - suffix_start)
                    or _named_partner_without_scope(sentence, start, suffix_start, end))
            or not _names_one_body(sentence, start, suffix_start, end)
            or (meeting and agency_role(name) != "leadership")):
        return None  # 38个社区居委会: a count of units, not one partner
    repeated = REPEATED_LEVEL.match(sentence, start)
    if repeated and sentence[start - 1:start] == EACH:
        start, name = repeated.end(), sentence[repeated.end():end]  # 各村|村委会 lists 村委会
    mask = MASK_BEFORE.search(sentence, max(0, start - 3), start)
    if mask:
        start, name = mask.start(), mask.group(0) + name
    return Entity("agency", name, canonical_agency(name), start, end, agency_role(name))


def _is_passive_particle(sentence: str, suffix_start: int, end: int) -> bool:
    """由甲公司所提供, 被乙协会牵线所促成: 所 before a verb, after an agent that 由, 被 or 为 opens,
    is the particle of the passive, not an institute's suffix, where the agent is a whole body
    already (its suffix right before 所) or a body followed by what it did (牵头所组织). A body
    whose own name runs up to 所 (由县司法所牵头) keeps it."""
    if sentence[suffix_start:end] != PASSIVE_PARTICLE:
        return False
    marker = PASSIVE_AGENT_BEFORE.search(sentence, 0, suffix_start)
    words_after = default_tokenizer().tokens(sentence[end:end + WORD_WINDOW])
    if marker is None or not words_after or _word_tags().get(words_after[0]) not in VERB_TAGS:
        return False
    agent = sentence[marker.end():suffix_start]
    if agent.endswith(_suffixes()):
        return True
    last_suffix = max((match.end() for match in _suffix_pattern().finditer(agent)), default=0)
    return last_suffix > 0 and any(_word_tags().get(word) in VERB_TAGS
                                   for word in default_tokenizer().tokens(agent[last_suffix:]))


def _after_a_page_label(sentence: str, start: int, end: int) -> bool:
    """来源:|甲县融媒体中心, 主办单位:|乙县人民政府办公室: a page's label names its outlet or its
    site's owner. An event's role label that heads a list (协办单位:|丙银行、丁学校) credits the
    event's bodies: a masthead names one owner per role."""
    label = PAGE_LABEL_BEFORE.search(sentence, max(0, start - PAGE_LABEL_WINDOW), start)
    return label is not None and not (label.group("role") and sentence.startswith("、", end))


def _carries_out_its_meeting(sentence: str, suffix_start: int, meeting_end: int) -> bool:
    """Whether the clause carries out the meeting named after a body (学习贯彻|市委|十届十一次全会|
    精神): the work follows the body's lead, so the body is named, not only its meeting."""
    clause_start = max(0, suffix_start - MAX_CARRIED_OUT_CLAUSE)
    return bool(CARRYING_OUT_BEFORE.search(sentence, clause_start, suffix_start)
                and MEETING_SPIRIT_AFTER.match(sentence, meeting_end))


def _start_of_a_proper_word(sentence: str, start: int) -> int:
    """The start of a proper name or an idiom jieba reads across the name's start (联合国|儿童基金会,
    同济大学, 及时雨|志愿者协会): a partner word's characters (联合, 同, 及) inside it open no
    clause, so the name starts with the word, if two characters of it at least are the name's
    (联合社|事办 is a slip of jieba's). A place (和县) is left to the other rules."""
    position = 0
    for token in default_tokenizer().tokens(sentence):  # whitespace dropped: find each token
        position = sentence.find(token, position)
        if position >= start:
            return start
        if position + len(token) - start >= MIN_BODY and _word_tags().get(token) in PROPER_WORD_TAGS:
            return position
        position += len(token)
    return start


def _league_scope(name: str) -> str | None:
    """The place whose Youth League committee ``name`` is (共青团甲县委, 团州委 -> 甲县, 州), if it is
    one; 团 that opens a word with a place's first character (团结|县委) is no league, while a bare
    level after it is (团旗委, though 团旗 is a word)."""
    league = YOUTH_LEAGUE_COMMITTEE.fullmatch(name)
    if league is None or (not LEVEL_WORD.fullmatch(league.group(1))
                          and name[league.start(1) - 1:league.start(1) + 1] in _word_tags()):
        return None
    return league.group(1)


def _youth_league_start(sentence: str, start: int, end: int) -> int:
    """Where 团 stands right before a place's committee (团|州委, 团|甲县委员会), the name is the
    Youth League's committee in its short form, which the walk cut at the place; 团 that ends a
    word of its own (集团, 兵团, 艺术团) does not open it."""
    opening = start - len(YOUTH_LEAGUE_SHORT)
    if (opening < 0 or not sentence.startswith(YOUTH_LEAGUE_SHORT, opening)
            or not _league_scope(sentence[opening:end])):
        return start
    words = _word_tags()
    if any(sentence[opening - length:start] in words for length in range(1, MAX_WORD_BEFORE_LEAGUE + 1)
           if opening >= length):
        return start
    return opening


def _back_over_a_cut_place(sentence: str, start: int, suffix_start: int) -> int:
    """The start of a gazetteer place with its level word whose first characters the walk left
    behind (同|仁县人民医院, 和平|县人民医院, 联合同心|县民政局: 同, 和 and 与 also join two
    names). A single joining character before a bare level word stays outside (县妇联和|县民政局:
    和县 is a county too, but 和 joins the two bodies far more often), and so does a partner word
    or verb of two (联合|镇卫生院, 会同|县民政局: 联合镇 and 会同县 are places too)."""
    for cut in (2, 1):
        opening = start - cut
        word = sentence[opening:start]
        if (opening < 0 or not HAN_CHAR.match(sentence, opening)
                or (cut > 1 and (word in _inviting_words() or _word_tags().get(word) in VERB_TAGS))):
            continue
        for length in range(min(MAX_PLACE, suffix_start - opening), cut, -1):
            place = sentence[opening:opening + length]
            if (LEVEL_WORD.search(place[-1])  # a full name, not a stem (同仁, 和平)
                    and (cut > 1 or length - cut > 1) and place in _place_names()):
                return opening
    return start


def _named_partner_without_scope(sentence: str, start: int, suffix_start: int, end: int) -> bool:
    """A body with a weak suffix and no scope whose words hold a proper noun (天桥演艺中心: a
    name of its own), listed after a partner word with other bodies (联合甲局、天桥演艺中心等单位)."""
    before, _ = _clause_around(sentence, start, end)
    return (_suffix_strength().get(sentence[suffix_start:end]) == "weak"
            and any(map(_is_proper_noun, default_tokenizer().tokens(sentence[start:suffix_start])))
            and bool(PARTNER_LIST_BEFORE.search(before)) and _partner_word().search(before) is not None)


def _counts_kinds(sentence: str, start: int) -> bool:
    """A count or a category word before the name (38个|社区居委会, 各|村委会), or before the
    plural levels that open it (11个|县(市)区妇儿工委办, 各|县(市、区)民政局: a level with its
    alternatives in brackets names every place of those levels), counts units of a kind."""
    plural = PLURAL_LEVELS.search(sentence, max(0, start - MAX_PLURAL_LEVELS), start)
    opening = plural.start() if plural else start
    return bool(COUNTED_BEFORE.search(sentence, 0, opening)
                or _category_before().search(sentence, max(0, opening - MAX_CATEGORY), opening))


def _each_unit_as_partner(sentence: str, start: int, end: int) -> bool:
    """各 right before a level word that opens the name, or the first item of its list (各|乡镇司法所,
    各村|村委会, 各|村党支部、村委会), in a clause that ties the bodies to the work: a partner word
    before, 配合/参与 after, the bodies as the subject that carries out or acts on the work
    (全县各乡镇卫生院开展两癌筛查, 各乡镇党委高度重视) or leading it in a framing phrase
    (在各乡镇党委的领导下); as a place, audience or addressee (在|向|为各…) they are not."""
    listed = _category_list().search(sentence, max(0, start - MAX_AGENCY * 2), start)
    first = listed.start() + len(EACH) if listed and listed.group(0).startswith(EACH) else start
    opening = EACH_UNIT_BEFORE.search(sentence, max(0, first - MAX_CATEGORY), first)
    if opening is None or LEVEL_OPENING.match(sentence, first) is None:
        return False
    before = _clause_around(sentence, opening.start(), end)[0]
    return (_works_with(sentence, first, end) or COOPERATES_AFTER.match(sentence, end) is not None
            or (EACH_FRAMED_BEFORE.search(before) is not None and _leading_frame().match(sentence, end))
            or (EACH_SUBJECT_BEFORE.search(before) is not None and _carries_out().match(sentence, end)))


@cache
def _leading_frame() -> re.Pattern:
    """The rest of a framing phrase of leading or supporting (…的领导下, …的大力支持和指导下)."""
    adverbs = _cue_alternation("acting_adverb")
    return re.compile(rf"{EACH_LIST_REST}的(?:(?:{adverbs})*(?:{FRAMING_VERBS})[和与及、]?)+下")


@cache
def _carries_out() -> re.Pattern:
    """The rest of a clause whose subject the bodies are, with a verb of carrying out the work or
    acting on it (…开展两癌筛查, …为农村妇女开展…, …高度重视)."""
    adverbs = _cue_alternation("acting_adverb")
    acting = _cue_alternation("acting")
    served = r"(?:为[^,，。;；]{1,12}?)?"  # …为农村妇女|开展
    return re.compile(rf"{EACH_LIST_REST}(?:{adverbs})*{served}(?:{CARRY_OUT_VERBS}|{acting})")


def _determiner_inside(sentence: str, start: int, suffix_start: int) -> bool:
    """A determiner among the category words (各级, 各类, 其他: jieba tags them r) inside the
    words the walk took before the suffix (时刻铭记|各级|政府: jieba reads 时刻 and 铭记 as nouns)
    makes the body after it a kind, as it does right before a name (各级|政府)."""
    tags = _word_tags()
    return any(word in _cue_words("category") and tags.get(word) in FUNCTION_TAGS
               for word in default_tokenizer().tokens(sentence[start:suffix_start]))


def _departments_of_leadership(sentence: str, start: int, end: int) -> bool:
    """A sector word after a party committee or government, a category word between or not
    (政府|部门, 县政府|有关|部门, whether the walk took the sector word into the name or not), names
    that body's departments, a kind of body, as 有关部门 does: no one partner."""
    name = sentence[start:end]
    stem = next((name.removesuffix(suffix) for suffix in _sector_suffixes() if name.endswith(suffix)), "")
    stem = next((stem.removesuffix(word) for word in _cue_words("category") if stem.endswith(word)), stem)
    following = next((word for word in default_tokenizer().tokens(sentence[end:end + MAX_WORDS_AFTER_BODY])
                      if word not in _cue_words("category")), "")
    return (bool(stem) and agency_role(stem) == "leadership") or (
        following in _sector_suffixes() and agency_role(name) == "leadership")


def _is_founded(sentence: str, start: int, end: int) -> bool:
    """A unit named right after a verb of founding (联合建立…中心, 她创办的甲公司) or before its
    inauguration (…中心揭牌仪式) is what the work or a person set up."""
    before = sentence[max(0, start - MAX_FOUNDING):start].removesuffix("了").removesuffix("的")
    return before.endswith(_cue_words("founded")) or bool(FOUNDED_AFTER.match(sentence, end))


def _is_described(sentence: str, start: int, end: int) -> bool:
    """A body that opens its clause before a predicate of description (甲公司成立于2015年, 乙医院
    是一所二甲医院, 丙厂位于…, 丁协会是…的公益性组织) is introduced to the reader, not said to work
    with the federation; a role in the work after 的 (是此次义诊的承办单位) says it does."""
    before, following = _clause_around(sentence, start, end)
    if before.strip():
        return False
    kind = DESCRIBED_AS_A_KIND.match(following)
    return sentence.startswith(_cue_words("described"), end) or bool(
        kind and not PARTNER_ROLE.search(kind.group(1)))


def _in_common_word(sentence: str, suffix_start: int, end: int) -> bool:
    """A one-character suffix closing a two-character word of NOT_AN_AGENCY (家|庭, 全|部): the
    name, whatever its start, ends in that word or is the bare suffix, which names no body, so
    ``_agency_at`` would reject it; checked first, as such words are most of the suffixes found
    (a third of the finder's calls on the sample corpus)."""
    return (end - suffix_start == 1 and suffix_start > 0
            and bool(NOT_AN_AGENCY.fullmatch(sentence, suffix_start - 1, end))
            and not _bare_suffix_is_organisation(sentence[suffix_start]))


@cache
def _bare_suffix_is_organisation(suffix: str) -> bool:
    return _is_organisation(suffix, len(suffix))


def _in_title(sentence: str, end: int) -> bool:
    """Inside 《…》 a name is part of a document's or a paper's title (《甲县民政局关于…的通知》),
    not a body named as working with the federation."""
    return sentence.rfind(TITLE_OPEN, 0, end) > sentence.rfind(TITLE_CLOSE, 0, end)


def _names_one_body(sentence: str, start: int, suffix_start: int, end: int) -> bool:
    """家长学校, 妇女学校, 专业合作社: a suffix after common nouns names a kind of unit. One
    body is a standard body or a leadership body, or has a proper part: a scope (县, 甲乙市;
    a bare 社区 or 村 is any community's), a proper noun (jieba ns/nr/nz/nt: 宁波技师学院), or
    a word in its clause saying it works with the federation (会同甲乙艺校). A weak suffix of
    a facility (…服务中心, …服务站) needs that word even behind a scope."""
    name = sentence[start:end]
    if _is_standard(name) or agency_role(name) == "leadership" or LEVEL_COMMITTEE.match(name):
        return True
    if MASK_BEFORE.search(sentence, max(0, start - 3), start):
        return True  # xx服装厂: a sample-text site masked the proper part of one body's name
    if sentence[suffix_start:end] in _cue_words("registered"):
        return True  # 某某家政服务有限公司: only one registered company carries the name
    if sentence[suffix_start:end] in _cue_words("facility"):
        # 县妇女儿童服务中心: a place of service, a partner only if the clause says so or lists
        # it with a federation as the clause's holders (县妇联、甲乙服务站到丙镇召开座谈会)
        return (not names_a_community_facility(name)
                and (_works_with(sentence, start, end)
                     or LISTED_WITH_A_FEDERATION.search(sentence, 0, start) is not None))
    scope = name[:_scope_end(name)]
    if scope and scope not in LOCAL_LEVELS:
        return True
    return (any(map(_is_proper_noun, default_tokenizer().tokens(name)))
            or _works_with(sentence, start, end))


def _is_proper_noun(word: str) -> bool:
    """A proper part of a name (宁波, 玫琳凯, 龙华): jieba tags it a proper noun and it is rare, or
    a frequent place tag is a gazetteer name (北京, 广州). jieba's dictionary also tags common
    words so (文明 nr, 阳光 nr, 美丽 ns, 和平 nz), which would make any 文明实践中心 or 阳光协会
    one body."""
    tag = _word_tags().get(word)
    return tag in PROPER_NOUN_TAGS and (lexicon.dictionary_freq().get(word, 0) < COMMON_WORD
                                        or (tag == "ns" and word in _place_names()))


def _unplaced_words_end(body: str) -> int:
    """Where a name really starts when common words precede its level word (落实责任|街道党工委:
    责任 is no place). Read with jieba: if every word before a level word is a common word
    (frequent in jieba's dictionary, not tagged a proper noun) and together they are no
    gazetteer name or stem, the name starts at the level word; so does a verb or time word
    (协助 is rarer than 2000 but no place; one character may be a county: 易县, 滑县). A rare
    word (平舆, 大田) or a proper noun may be a place and stays. A level inside a word
    (城市管理局) is no level."""
    if body.startswith(tuple(word for word in _cue_words("scope") if len(word) > 1)):
        return 0  # 师市|文旅局: a scope word the tokenizer splits (师|市) opens the name
    tags, frequency = _word_tags(), lexicon.dictionary_freq()
    position = 0
    words = default_tokenizer().tokens(body)
    for index, word in enumerate(words):
        if index and LEVEL_WORD.match(word):  # 街道 | 县委, 镇政府: a word opening with a level
            before = words[:index]
            if all(tags.get(word) not in PROPER_NOUN_TAGS and word not in _cue_words("scope")
                   and (frequency.get(word, 0) >= COMMON_WORD
                        or (len(word) > 1 and tags.get(word) in NOT_A_NAME_START))
                   for word in before) \
                    and "".join(before) not in _place_names():
                return position
            return 0
        position += len(word)
    return 0


def _ends_a_word(sentence: str, end: int, suffix_start: int | None = None) -> bool:
    """Is ``end`` a word boundary for jieba in the few characters around it (银行为 -> 银行|为,
    but 部署 and 部分 run on)? A conjunction after the suffix ends the name even where jieba
    reads a word across it (计生协和团委: 协和 is a word, 和 joins two bodies), and so does one
    of its staff (事务所律师 is one word for jieba); 线上 and 线下 run on. The window opens
    no later than the suffix, so a long suffix is read whole (律师事务所|律师, not 务所律师). A title
    that repeats the suffix's last character ends it too (医院|院长, 协会|会长: jieba's one word)."""
    if sentence[end:end + 1] in CONJUNCTIONS or STAFF_AFTER.match(sentence, end):
        return True
    if end > 0 and sentence[end:end + 1] == sentence[end - 1] and _title_after(sentence, end):
        return True
    if ONLINE_OR_OFFLINE.match(sentence, end - 1):
        return False  # 组织|线上恳谈: the online talks the federation organises
    window_start = max(0, min(end - WORD_WINDOW, end if suffix_start is None else suffix_start))
    window = sentence[window_start:end + WORD_WINDOW]
    position = 0
    for word in default_tokenizer().tokens(window):
        position = window.index(word, position) + len(word)
        if window_start + position >= end:
            return window_start + position == end
    return True


def _verb_before_suffix(sentence: str, start: int, suffix_start: int, end: int) -> bool:
    """教育进学校: a one-character verb or measure word just before the suffix ends a phrase,
    not a body (教育局, whose 育 is part of 教育, 女企业家协会, whose 家 ends 企业家, and
    工作委员会办公室 are bodies). A bare party committee or government is the object of a verb
    word right before it (服务|党委, 希望|政府): no body's name holds a verb there, a scope or a
    unit does (县|党委, 机关|党委, 新疆生产建设兵团|党委)."""
    body = sentence[start:suffix_start]
    if sentence[suffix_start:end] in GENERIC_LEADERSHIP:
        before_pair = body.removesuffix(max((word for word in GENERIC_LEADERSHIP if body.endswith(word)),
                                             key=len, default=""))
        words = default_tokenizer().tokens(before_pair)  # 服务|党委|政府: the pair's first body too
        if words and _word_tags().get(words[-1]) in VERB_OBJECT_TAGS:
            return True
    if (len(body) < 2 or any(body[-n:] in _word_tags() for n in (2, 3, 4) if n <= len(body))
            or body.endswith(_suffixes())):
        return False  # 工作委员会|办公室: a body's suffix before another is part of the name
    if SHORT_OFFICE.search(sentence, 0, suffix_start + 1):
        return False  # 市法建|办: two characters that shorten a longer name, not words of a phrase
    return _word_tags().get(body[-1], "n") in ONE_CHARACTER_BREAKS


def _is_organisation(name: str, suffix_length: int) -> bool:
    """Does ``name`` follow the grammar: a standard body, a standard sector before a weak
    suffix, or a scope/body long enough for its suffix?"""
    name = _written(name)
    if DEICTIC_SCOPE.sub("", name) in GENERIC_LEADERSHIP:
        return False  # 党和政府, 在党委领导下, 配合当地党委: a leadership body without a scope is no one body
    if _is_standard(name) or LEVEL_COMMITTEE.match(name):
        return True
    suffix = name[-suffix_length:]
    before = name[:-suffix_length]
    if not HAN_CHAR.search(before):
        return False  # 60庭, 3所: a number before a suffix counts units, it names none
    if before[_scope_end(before):] in _cue_words("kind_only"):
        return False  # 专业协会, 冠县行业协会: the kind of body, no one body
    if suffix in _cue_words("sector_only"):  # 教育线, 县政法线; 一线 and 热线 are words
        return before in _bodies() or before[_scope_end(before):] in _bodies()
    if suffix in _cue_words("party_of"):  # 甲局党组织, 社区党组织; 企业党组织 is a kind
        return before.endswith(_suffixes()) or before in _bodies() or _is_scope(before)
    if _suffix_strength().get(suffix) == "strong":
        return len(before) >= MIN_BODY or _is_scope(before)
    if before in _bodies():
        return True  # 民政办, 林业站: a standard sector before an organ's suffix is that organ
    government = SCOPED_GOVERNMENT.match(before)
    if government and _is_scope(government.group(1)) and len(before) - government.end() >= MIN_BODY:
        return True  # 县政府|扶贫办, 湖南省人民政府|新闻办: an office of a scoped government
    scope_end = _scope_end(before)
    if scope_end > 0 and not _closes_a_word(before, scope_end):
        scope_end = _word_closing_scope_end(before, scope_end)  # 镇|市场监督管理所, not 镇市|场
    return (scope_end > 0 and len(before) - scope_end >= MIN_BODY) or _unit_of_a_placed_body(before)


def _unit_of_a_placed_body(text: str) -> bool:
    """县公安局|指挥中心: jieba reads a place's standard body as one word, so the place closes no
    word; a unit written after that body is the body's own, as 县|人社局|就业服务中心 is."""
    words = default_tokenizer().tokens(text)
    body = words[0] if words else ""
    scope_end = _scope_end(body)
    return 0 < scope_end < len(body) and body[scope_end:] in _bodies() and len(text) - len(body) >= MIN_BODY


def _word_closing_scope_end(text: str, longest: int) -> int:
    """The longest scope shorter than ``longest`` that opens ``text`` and ends where a word ends
    (镇市场监督管理: 镇, as 镇市 would cut 市场), 0 if none."""
    return next((end for end in range(longest - 1, 0, -1)
                 if _is_scope(text[:end]) and _closes_a_word(text, end)), 0)


def _closes_a_word(text: str, position: int) -> bool:
    """Does a jieba word of ``text`` end at ``position``? A level character inside a word
    (助力乡村|振兴开好局: 乡村振兴 is one word) closes no scope."""
    end = 0
    for word in default_tokenizer().tokens(text):
        end += len(word)
        if end >= position:
            return end == position
    return True


def _after_actor(sentence: str, start: int, suffix_start: int, end: int) -> int:
    """Where a scoped body starts behind the person, pronoun or verb the walk ran over (他代表|甲市委,
    书记乙丙代表|镇党委, 当好|区委, 毕业于|丁省医科大学): a word that
    cannot sit inside a name (a verb, preposition, pronoun or locative word for jieba, or a word
    jieba reads as a noun that is a verb before a body: 代表, on behalf of) is followed by a
    whole body with a scope of its own. The rightmost such word whose rest is a whole body wins;
    a word that is the stem of a place with the level after it (延长|县) opens the place, and a
    body jieba knows whole (中国医科大学) has its scope inside."""
    words = default_tokenizer().tokens(sentence[start:suffix_start])
    cuts, engaged, position = [], set(), start
    for word in words[:-1]:
        position += len(word)
        if (_cannot_sit_in_a_name(word) and not _opens_a_place(sentence, position - len(word), word)
                and (len(word) > 1 or (_word_tags().get(word) in FUNCTION_TAGS
                                       and not LEVEL_WORD.match(sentence, position)))):
            cuts.append(position)
            if word in _cue_words("partner_before"):
                engaged.add(position)
    for cut in reversed(cuts):
        if _is_scoped_body(sentence[cut:end], end - suffix_start) or (
                cut in engaged and _is_organisation(sentence[cut:end], end - suffix_start)):
            return cut  # 县妇联引入|阳光公益协会: a partner verb introduces a body of no scope
    return _at_first_place(sentence, start, suffix_start, end, words)


def _at_first_place(sentence: str, start: int, suffix_start: int, end: int, words: list[str]) -> int:
    """Where a gazetteer place with its level opens the body behind words that are no scope of
    it (特邀|南山县人民医院, 主动联系|南山县人社局: jieba tags 特邀 and 联系 as nouns, so no
    word class tells the verb). Words that end in a suffix name the parent body (中国人民银行|
    南山县支行) and the party's name is its own (中共|南山县委): both stay."""
    if sentence.endswith(BRANCH_SUFFIXES, start, end):
        return start  # 中国移动|临泉县分公司: a branch's name opens with its parent's
    parent = words[0] if words else ""
    if (sentence.endswith(COMPANY, start, end) and _word_tags().get(parent) in PARENT_TAGS
            and not FEDERATION.search(parent) and _opens_a_gazetteer_place(sentence, start + len(parent),
                                                                           suffix_start)):
        return start  # 国家电网|临泉县供电公司: a firm or brand (jieba nt, nz) before a place is the parent
    position = start
    for word in words[:-1]:
        position += len(word)
        before = sentence[start:position]
        if (_opens_a_gazetteer_place(sentence, position, suffix_start) and not _is_scope(before)
                and not before.endswith(_suffixes()) and not PARTY_PREFIX.fullmatch(before)
                and not MASK_BEFORE.search(before) and not YOUTH_LEAGUE_COMMITTEE.match(sentence, start, end)
                and _is_scoped_body(sentence[position:end], end - suffix_start)):
            return position
    return start


def _opens_a_gazetteer_place(sentence: str, position: int, limit: int) -> bool:
    """Does a gazetteer name with its level word (南山县, 沿江镇) start at ``position``?"""
    return any(LEVEL_WORD.search(sentence, end - 1, end) and sentence[position:end] in _place_names()
               for end in range(position + 2, min(limit, position + MAX_PLACE) + 1))


def _cannot_sit_in_a_name(word: str) -> bool:
    return word in _cue_words("behalf") or _word_tags().get(word) in ACTOR_OR_VERB_TAGS


def _opens_a_place(sentence: str, start: int, word: str) -> bool:
    """Is ``word`` the stem of a gazetteer place whose level word follows it (延长|县, 沿江|镇)?"""
    level = LEVEL_WORD.match(sentence, start + len(word))
    return level is not None and word + level.group(0) in _place_names()


def _is_scoped_body(name: str, suffix_length: int) -> bool:
    """A party committee of a level (瓦房店市委, 镇党委) or a body behind a scope that closes a
    word (丁省|医科大学)."""
    if LEVEL_COMMITTEE.match(name):
        return True
    scope_end = _scope_end(name)
    return (0 < scope_end <= len(name) - suffix_length and _is_organisation(name, suffix_length)
            and (_closes_a_word(name, scope_end) or name in _word_tags()))


def _after_leading_committee(sentence: str, start: int, suffix_start: int) -> int:
    """县委县政府 names two bodies: a committee followed by a scoped body starts a new name
    (but 市委宣传部, a department of the committee, stays one)."""
    for split in range(start + 2, suffix_start):
        if LEVEL_COMMITTEE.match(sentence[start:split]) and _scope_end(sentence[split:suffix_start]):
            return split
    return start


def names_a_whole_body(name: str) -> bool:
    """A complete body name on its own: a standard body (县人社局, 民政局) or a body behind
    its scope (甲县妇女儿童活动中心), not a bare suffix phrase."""
    return _is_standard(name) or (0 < _scope_end(name) < len(name)
                                  and _is_organisation(name, len(name) - _scope_end(name)))


def names_a_facility(name: str) -> bool:
    """A place of service (…活动中心, …服务站) rather than an organ (…协调小组, …办公室)."""
    return name.endswith(_cue_words("facility"))


def names_a_community_facility(name: str) -> bool:
    """A facility whose only scope is a bare 社区 or 村 (社区妇女就业服务站) is the community's
    own service point, whoever names it: a place, neither a partner nor a programme."""
    return name[:_scope_end(name)] in LOCAL_LEVELS and names_a_facility(name)


def _is_standard(name: str) -> bool:
    """A standard body, or one behind a scope (县教委, 临泉县人社局)."""
    written = _written(name)
    return (written in _bodies() or canonical_agency(name) != written
            or bool(_standard_split(written)))


def _trim_non_name_words(sentence: str, start: int, suffix_start: int, end: int | None = None) -> int:
    """Shed leading words that cannot open a name (a time word, verb or adverb the walk ran
    over: 今年协助|县民政局), read as the longest dictionary word there (解放日报 is a name, not
    解放 + 日报; a single character only as a preposition or verb: 请|…公司), and only while a
    body is left before the suffix (培华艺校: 培华 is no verb here) or what is left is a
    standard body (争得|党委); a standard name is never cut (关心下一代工作委员会), nor a place whose
    stem is a common word (平和|县, 沿江|镇: the gazetteer has it with its level; a verb that is
    also a stem, 联合|镇, still introduces the name). A partner or inviting word of the grammar is
    a verb whatever jieba's tag (特邀|县律师协会: jieba's dictionary has 特邀 as a person's name), and
    so is a word of visiting (参观|大连…公司: jieba tags 参观 a noun there)."""
    tags = _word_tags()
    while start < suffix_start:
        if end is not None and _written(sentence[start:end]) in _bodies():
            return start
        word = next((sentence[start:start + n] for n in (4, 3, 2)
                     if start + n <= suffix_start and sentence[start:start + n] in tags), None)
        if word is None and tags.get(sentence[start]) in ONE_CHARACTER_BREAKS:
            word = sentence[start]
        if (word is None or (tags[word] not in NOT_A_NAME_START and word not in _verbs_whatever_the_tag())
                or word in _cue_words("scope")
                or (tags[word] not in VERB_TAGS and _opens_a_place(sentence, start, word))
                or (suffix_start - start - len(word) < MIN_BODY
                    and (end is None or not _is_standard(sentence[start + len(word):end])))):
            return start
        start += len(word)
    return start


def _name_start(sentence: str, suffix_start: int, end: int) -> int:
    """``left_edge``, carried on over what lies inside an organisation name: a nominal verb
    (家庭文明建设指导中心: 建设 and 指导 name the body's work, they do not introduce it) and a
    place in parentheses (玫琳凯(中国)有限公司). A scope right of the word ends the walk there
    (指导县民政局)."""
    start = left_edge(sentence, suffix_start, end, MAX_AGENCY, MAX_AGENCY)
    conjoined = next((alias for alias in _conjoined_aliases() if sentence.endswith(alias, 0, end)), "")
    if end - len(conjoined) < start:  # 教育和体育局: the conjunction is inside a standard name
        start = left_edge(sentence, end - len(conjoined), end, MAX_AGENCY, MAX_AGENCY)
    while start > 0 and end - start < MAX_AGENCY:
        resume = _inner_word_start(sentence, start, suffix_start, end)
        if resume is None:
            return start
        walked = left_edge(sentence, resume, end, MAX_AGENCY, MAX_AGENCY)
        if walked == resume:
            return start  # nothing names the body left of the word: it introduced the name
        start = walked
    return start


def _body_at_boundary(sentence: str, start: int, suffix_start: int, end: int) -> int:
    """组织部门, 宣传部: where the walk stopped at once on a word that is itself the body (组织
    and 宣传 also introduce names), the name starts at that word."""
    boundary = LEFT_BOUNDARY.search(sentence, max(0, start - BOUNDARY_WINDOW), start)
    if start == suffix_start and boundary and _is_standard(sentence[boundary.start():end]):
        return boundary.start()
    return start


def _inner_word_start(sentence: str, start: int, suffix_start: int, end: int) -> int | None:
    """Where the walk may resume left of the word that stopped it, if that word belongs inside
    the name: a nominal verb (jieba tag vn) after another word, a verb right before the suffix
    after a noun (社会组织|联合会: the noun phrase's head), a one-character boundary that
    ends a longer word, a parenthesised place, a quoted programme name, a space a scan left
    before a short fragment, or a line break inside the sentence unless a scope or a whole
    standard body opens the line."""
    paren = PARENTHESISED.search(sentence, 0, start)
    if paren and (_is_scope(paren.group(1)) or _word_tags().get(paren.group(1)) == "ns"):
        return paren.start()
    quoted = QUOTED_BEFORE.search(sentence, max(0, start - MAX_QUOTED - 5), start)
    if quoted and _is_scope(sentence[left_edge(sentence, quoted.start(), start):quoted.start()]):
        return quoted.start()  # 甲县“双学双比”活动协调小组: a programme between scope and body
    if sentence[start - 1:start] in SCAN_SPACES and start >= 2 and NAME_CHAR.match(sentence[start - 2]):
        fragment = left_edge(sentence, start - 1, start - 1)
        scoped = _scope_end(sentence[start:suffix_start]) > 0
        if start - 1 - fragment <= MAX_SCAN_FRAGMENT and (
                not scoped or _is_place_prefix(sentence[fragment:start - 1])):
            return start - 1  # 县 民政局: a space a scan put inside a name; 张丽 县医院: two items
    if (sentence[start - 1:start] == LINE_BREAK and start >= 2 and NAME_CHAR.match(sentence[start - 2])
            and not _scope_end(sentence[start:suffix_start]) and not _is_standard(sentence[start:end])):
        return start - 1  # 县卫生健\n康委员会: a line cut inside a sentence is a wrap, not a boundary
    if _joins_two_sectors(sentence, start, suffix_start):
        return start - 1  # 文化和旅游广电体育局: 和 joins two sectors of one body
    boundary = LEFT_BOUNDARY.search(sentence, max(0, start - BOUNDARY_WINDOW), start)
    if boundary is None or sentence.startswith(_cue_words("scope"), start):
        return None
    word = boundary.group(0)
    resume = start - len(word)
    if (len(word) == 1 and resume > 0 and word not in CONJUNCTIONS
            and _word_tags().get(sentence[resume - 1:start], "p") not in NOT_A_NAME_START):
        return resume  # 信用合作联社: 用 ends the word 信用, it introduces nothing
    if len(word) == 1 and resume > 0 and _opens_a_noun(sentence, resume, suffix_start):
        return resume  # 县个体劳动者协会: 个 opens the noun 个体, it counts nothing
    if _word_tags().get(word) == "vn" and resume > 0 and NAME_CHAR.match(sentence[resume - 1]):
        return resume
    if (_word_tags().get(word) == "n" and sentence[start:suffix_start] in ("", SERVICE)
            and resume > 0 and NAME_CHAR.match(sentence[resume - 1])):
        return resume  # 家庭教育|指导|服务中心: a noun of the body's work (jieba tags 指导 n) heads it
    if start == suffix_start and len(word) > 1 and _after_a_noun(sentence, resume):
        return resume  # 社会组织|联合会: a verb between a noun and the suffix is the noun's head
    return None


def _opens_a_noun(sentence: str, position: int, limit: int) -> bool:
    """Does a common noun of jieba's dictionary (tag n, two to four characters, before
    ``limit``) start at ``position``? A one-character boundary (个, 为, 对) that opens one is part
    of the body's words (个体, 对外), as ``names.left_edge`` already reads a verb it opens."""
    return any(_word_tags().get(sentence[position:position + n]) == "n"
               for n in (4, 3, 2) if position + n <= limit)


def _after_a_noun(sentence: str, position: int) -> bool:
    """Does a common noun of two or more characters (jieba tag n) end at ``position``?"""
    return any(_word_tags().get(sentence[position - n:position]) == "n"
               for n in (4, 3, 2) if position >= n)


def _joins_two_sectors(sentence: str, start: int, suffix_start: int) -> bool:
    """Is the 和 or 与 left of ``start`` inside one body's name (甲县文化广电和旅游局, 自然资源和规划
    局, 妇女维权与信息服务站)? It is where the words before it name no body of their own (no suffix
    ends them, no federation) and the words after it open with no scope (县民政局与县教育局 are two)."""
    if sentence[start - 1:start] not in SECTOR_JOINERS or _scope_end(sentence[start:suffix_start]):
        return False
    piece = sentence[left_edge(sentence, start - 1, start - 1):start - 1]
    return (len(piece) >= MIN_BODY and not FEDERATION.search(piece)
            and not piece.endswith(_suffixes()) and piece not in _bodies())


def _clause_around(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The clause's text before a name and after it (a list's 、 does not end a clause)."""
    last_mark = UP_TO_CLAUSE_MARK.match(sentence, 0, start)
    clause_start = last_mark.end() if last_mark else 0
    after = CLAUSE_END.search(sentence, end)
    return sentence[clause_start:start], sentence[end:after.start() if after else None]


def clause_frame(sentence: str, start: int, end: int) -> str:
    """The frame of the clause around a found name, for counting a half's extras by it without
    reading its texts: ``partner word`` and the word (联合/会同 … , 与 …, … 承办), ``after 在`` (a
    在 before it in its clause: a venue or a frame), ``opens the clause`` (the body is its subject)
    or ``other``; then ``standard`` or ``other body`` (a lexicon body behind its scope or not)."""
    before, following = _clause_around(sentence, start, end)
    cue = (_word_cue(_partner_word(), before) or _joining_word_before().search(before)
           or _word_cue(_cues()["partner_after"], following))
    if cue:
        frame = f"partner word {cue.group(0)[:1] if cue.re is _joining_word_before() else cue.group(0)}"
    elif LOCATIVE in before:
        frame = "after 在"
    elif not before.strip():
        frame = "opens the clause"
    else:
        frame = "other"
    return f"{frame}, {'standard' if _is_standard(sentence[start:end]) else 'other body'}"


def _word_cue(cue: re.Pattern, text: str) -> re.Match | None:
    """The first match of ``cue`` in ``text`` that is a word of its own (jieba's words of the
    clause): 合作 inside 甲乙专业合作社 or 联合 inside 联合会 is no partner word."""
    if not cue.search(text):
        return None
    bounds, position = {0}, 0
    for token in default_tokenizer().tokens(text):
        position += len(token)
        bounds.add(position)
    return next((match for match in cue.finditer(text)
                 if match.start() in bounds and match.end() in bounds), None)


# A greeting on bodies' behalf (她代表甲市委、市政府向全市妇女致以节日的问候, 对大会召开表示祝贺,
# 热烈欢迎各位来宾; a pair written as one word, 市委市政府): the bodies greet through a speaker and
# do no work, never an agency (stop 29 of eval/dev). Acting on their behalf (代表县委看望慰问…,
# 送去慰问金) is no greeting and stays (stop 27).
GREETING_BEHALF_BEFORE = re.compile(r"代表(?:[^,，。;；:：!！?？]{0,30}(?:[、和及与]|委))?$")
GREETING_AFTER = re.compile(r"(?:[、和及与]?[^,，。;；:：!！?？]{0,30}?)?[,，]?\s?"
                            r"(?:[向对][^,，。;；:：!！?？]{0,30}?(?:致以|致|表示|转达)[^,，。;；:：!！?？]{0,8}?"
                            r"(?:问候|祝贺|祝福|敬意|慰问|感谢|谢意|欢迎)"
                            r"|(?:热烈|衷心|诚挚)?地?(?:欢迎|祝贺|感谢))")


def _is_place_or_honoured(sentence: str, start: int, end: int) -> bool:
    """A body named as where an activity happened (走进/参观 …, 到 … 开展, its hall), as a unit
    given a title or an honour (授予 … 称号, … 荣获, … 获 … 文明岗, 对 … 表彰) or a gift (为 …
    捐赠), as whom the work is done for (为 … 修建), as the audience of the work (为 … 师生), or
    as the federation's own department (内设 …), or where the federation sets up a branch (在 …
    建立妇联), is no partner. A sample site's
    mask before the name (到xx|服装厂就业) is part of it, so the words before are read before it."""
    mask = MASK_BEFORE.search(sentence, max(0, start - 3), start)
    start = mask.start() if mask else start
    before, following = _clause_around(sentence, start, end)
    if GREETING_BEHALF_BEFORE.search(before) and GREETING_AFTER.match(sentence, end):
        return True  # 代表甲市委、市政府向全市妇女致以问候: a greeting on their behalf
    cues = _cues()
    if sentence[start - len(before) - 1:start - len(before)] in LIST_INTRODUCERS:
        heading = sentence[:start - len(before)]  # 表彰先进集体:甲乙医院、…: a list under it
        if cues["title"].search(heading) or cues["honoured"].search(heading):
            return True
        before = sentence[:start]
    if cues["visit"].search(before) or cues["honour"].search(before) or cues["internal"].search(before):
        return True
    if _listed_with_places(sentence, start, end):
        return True  # 覆盖甲镇、乙镇和丙街道办: the office stands for its place in a list of places
    if _honour_before().search(before) or _employer_in_brackets(sentence, start, end):
        return True  # 一等奖|甲乙医院; 张丽(甲乙医院)、…: a prize winner, an honouree's unit
    if cues["title"].search(following) or ("在" in before and BRANCH_AFTER.match(sentence, end)):
        return True
    if (_receives_an_honour().search(following) or HONOURED_LIST_BEFORE.search(before)
            or (_conferred_on().search(before) and cues["conferred"].search(following))):
        return True  # 甲医院获全国巾帼文明岗, 对乙医院、丙行等5个单位进行表彰: an honoured unit
    if TOLD_BEFORE.search(before) and TOPIC_AFTER.match(following):
        return True  # 介绍了甲协会的基本情况: the body is what an account is about
    if _after_a_movement_word(sentence, start, before) and cues["held"].search(following):
        return True  # 到甲乙小学开展宣讲, 深入甲法院、乙检察院调研: where it happened
    if (_room().match(sentence, end) or sentence.endswith(_cue_words("room"), start, end)
            or _unit_then(sentence, end, _room())):
        return True  # 在镇政府会议室召开, 县委|党校|报告厅: the body's hall is where the meeting sat
    if before.endswith(MEMBER_BEFORE) and WORKED_AT.match(following):
        return True  # 在乙乡卫生院当过医生, 到丙厂就业: where someone worked, studied or was placed
    if QUOTED_STAFF_AFTER.fullmatch(following) and not _works_with(sentence, start, end):
        return True  # 甲医院医生张丽说：…: the speaker's workplace
    if _only_speaks(sentence, start, end):
        return True  # 甲医院医生张丽作交流发言: its people only speak at the meeting; 向甲局汇报 stays
    if LEFT_AFTER.match(following):
        return True  # 甲医院退休护士, 从乙厂下岗后, 丙院原院长: where a person worked before
    if (_venue_kind().match(following) or _unit_then(sentence, end, _venue_kind())
            or (before.endswith(AS_INSTRUMENT) and (_venue_kind_of().match(following)
                                                    or _unit_then(sentence, end, _venue_kind_of())))):
        return True  # 依托甲党校、乙站等阵地, 以丙中心为平台: the bodies are the work's venues or channels
    if _private_person_after(sentence, end):
        return True  # 甲局的魏某先生认领…, 乙社的施某资助…: a private person's employer
    if before.endswith(COPULA) and ONE_OF_ITS_PEOPLE.match(following):
        return True  # 她是甲银行的一名柜员: a person's workplace
    if before.endswith(ACCORDING_TO) and _source_after().match(following):
        return True  # 据甲局统计, 根据乙局数据显示: where the figures come from
    if before.endswith(BY_WAY_OF) and _honour_pattern(("examined",), before=False).match(following):
        return True  # 经甲局批准, 经乙院诊断: it approves or examines
    if (not before.strip() and PROFILE_BEFORE.search(sentence, 0, start - len(before))
            and PROFILE_POST.fullmatch(following)):
        return True  # 张丽，女，甲中学教师，…: a person's profile names her workplace
    if before.endswith(NOMINATING) and NOMINATED_FOR.match(following):
        return True  # 推荐甲医院妇产科申报全国巾帼文明岗: a unit put forward for an honour
    if FIGURES_SHOW.match(following) and not _works_with(sentence, start, end):
        return True  # 甲局发布的数据显示, 乙局统计表明: the figures cited are the body's
    if before.endswith(_cue_words("biography")):
        return True  # 毕业于甲大学, 就职于乙公司: a person's school or employer
    if before.endswith(LOCATIVE) and _premises_after(sentence, end):
        return True  # 在乙社区的排练室里, 在丙中学体育馆: where it happened
    if _a_clause_of_place(before, following):
        return True  # 在位于甲镇乙合作社的大棚里, …; 在丙村——丁公司, 举行…: where it happened
    if LANDMARK_AFTER.match(sentence, end):
        return True  # 在市政府北面的广场, 镇政府对面的公园: a landmark for the place
    place_phrase = _place_phrase_after_locative(before)
    if (place_phrase is not None and cues["held"].match(following)
            and (place_phrase or not _is_standard(sentence[start:end])
                 or agency_role(sentence[start:end]) == "leadership")):
        return True  # 在甲街道文体中心举办, 在该镇卫生院开展, 在乙镇人民政府召开: where it happened
    if place_phrase is not None and (_event_held_there().match(sentence, end)
                                     or _unit_then(sentence, end, _event_held_there())):
        return True  # 培训在甲医院开班, 活动在县委|党校举行: the event, its subject, only sat there
    if _is_destination(sentence, start, following):
        return True  # 组织妇女到镇卫生院, …: where they went
    if ((_visiting_group().match(sentence, end) or _unit_then(sentence, end, _visiting_group()))
            and not _works_with(sentence, start, end)):
        return True  # 甲局调研组到乙县调研, 丙县委组织部一行来我镇考察, 丁学会赴戊县调研: it only visits
    if _receives_visitors().match(following) or (before.endswith(RECEIVED) and RECEPTION.match(following)):
        return True  # 甲局接待了来访的考察团, 受到乙局的热情接待: it only hosts a visit
    if cues["place_after"].match(following) or before.endswith(_cue_words("distance")):
        return True  # 镇政府所在地, 县医院附近, 距县政府30公里: the body names a place
    if _members_come_from(sentence, start, end):
        return True  # 执委来自甲医院、乙银行等单位: where the members come from
    if _its_people_are_the_audience(sentence, start, end):
        return True  # 为甲中学的师生开展讲座, 乙公司的女职工踊跃报名: its people are the audience
    if (sentence[max(0, start - 2):start].endswith(_cue_words("recipient"))
            and cues["given"].search(following)):
        return True  # 为甲乙小学捐赠图书: who received
    return _done_for(before, following)  # 为甲小学修建儿童之家: whom the work is for


def _in_a_masthead_line(sentence: str, start: int, end: int) -> bool:
    """Does the name open a line without any clause mark, or an item of it after a space, with a
    masthead's role word after it or after a unit of it (甲县人民政府办公室主办, 乙宣传部主管  丙中心
    承办)? The line is the
    page's footer naming its owner; in the text a role word sits in a clause (由甲局主办，…)."""
    return ((MASTHEAD_ROLE_AFTER.match(sentence, end) is not None
             or _unit_then(sentence, end, MASTHEAD_ROLE_AFTER))  # 甲县人民政府|办公室主办
            and not CLAUSE_END.search(sentence)
            and (not sentence[:start].strip() or sentence[start - 1:start].isspace()))


def _in_a_persons_own_affairs(sentence: str, start: int, end: int) -> bool:
    """Does a third-person pronoun open the body's clause (她向甲法院提起诉讼, 她的儿子在乙中学读
    高三, 她和丈夫在丙行办理贷款)? A person is then its subject and the body is where she sues,
    studies, works or runs an errand, no partner, unless she speaks for the body (他代表县委…: the
    body acts) or a partner word in the clause says it works with the federation (她联合甲局…)."""
    before, _ = _clause_around(sentence, start, end)
    words = default_tokenizer().tokens(before.lstrip())
    return (len(words) > 1 and words[0] in PERSON_PRONOUNS and words[1] not in _cue_words("behalf")
            and not _works_with(sentence, start, end))


def _done_for(before: str, following: str) -> bool:
    """Does a benefactive preposition stand as its own word right before the name (为|甲小学, not
    成为 or 作为) while a verb opens what follows it (修建, 添置)? Then the name is whom the
    federation's work is done for, not a body that works with it."""
    words = default_tokenizer().tokens(before)
    after = default_tokenizer().tokens(following)
    return (bool(words) and words[-1] in _cue_words("benefactive") and bool(after)
            and _word_tags().get(after[0]) in VERB_TAGS)


def _only_speaks(sentence: str, start: int, end: int) -> bool:
    """Does the clause close on the speech, report or shared experience of the body's people (or
    of the list it opens) at a meeting, with no recipient word before it (向甲局汇报 reports to it)?"""
    before, following = _clause_around(sentence, start, end)
    return SPEECH_AFTER.fullmatch(following) is not None and not _conferred_on().search(before)


def _its_people_are_the_audience(sentence: str, start: int, end: int) -> bool:
    """Are the body's people written after it (甲中学|的师生, 甲局、乙院等单位的|200余名女职工) the
    ones the work is for (a recipient or mobilising word opens the name or its list: 为…, 组织…)
    or the ones who take part (…踊跃报名, …参加了比赛)? Then the body only says whose people
    they are, unless a partner word says it works with the federation (邀请甲小学的学生表演)."""
    people = _its_people().match(sentence, end)
    if people is None:
        return False
    if _people_opener().search(_clause_around(sentence, start, end)[0]):
        return True
    clause_end = CLAUSE_END.search(sentence, people.end())
    rest = sentence[people.end():clause_end.start() if clause_end else None]
    return _cues()["take_part"].search(rest) is not None and not _works_with(sentence, start, end)


def _members_come_from(sentence: str, start: int, end: int) -> bool:
    """Do members, trainees or delegates come from the body or the list it opens (执委来自甲医院、
    乙银行等单位, 学员分别来自…)? The body says where they work, as their employer does; staff
    who serve (来自甲医院的专家) are said so by other words, not by these people."""
    return _members_from().search(_clause_around(sentence, start, end)[0]) is not None


@cache
def _members_from() -> re.Pattern:
    members = _cue_alternation("members")
    return re.compile(rf"(?:{members})(?:分别|均|都|主要|大多)?来自(?:[^、,，。;；]{{2,{MAX_AGENCY}}}、)*$")


@cache
def _its_people() -> re.Pattern:
    """The rest of a list of bodies, then their people, counted or not (、乙院等单位的200余名女职工)."""
    suffixes = "|".join(map(re.escape, sorted(_suffix_strength(), key=len, reverse=True)))
    item = rf"、(?:(?![、和及与,，。;；])[{HAN}]){{0,{MAX_LIST_ITEM}}}?(?:{suffixes})"
    return re.compile(rf"(?:{item})*(?:等(?:单位|部门|机关))?的?{PEOPLE_COUNT}(?:{AUDIENCE_AFTER.pattern})")


@cache
def _inviting_words() -> frozenset[str]:
    return frozenset(_cue_words("partner_before") + _cue_words("attend_by"))


@cache
def _verbs_whatever_the_tag() -> frozenset[str]:
    """Partner, inviting and visiting words: verbs before a name whatever jieba tags them."""
    return _inviting_words() | frozenset(_cue_words("visit"))


@cache
def _source_after() -> re.Pattern:
    """A word of figures or an account right after a body, with its 的 (的统计数据, 介绍)."""
    return re.compile("的?(?:" + _cue_alternation("source") + ")")


@cache
def _conferred_on() -> re.Pattern:
    """A word that makes what follows the object or the recipient of a conferring verb later in
    the clause (对…进行表彰, 为…颁发牌匾, 向…授予称号), right before a name or before the list
    that ends in it: every item of the list is honoured, not the first alone. (A gift's list is
    left to its first item: read for every item it lost on the test half in stop 23.)"""
    words = "|".join(map(re.escape, _cue_words("object") + _cue_words("recipient")))
    return re.compile(rf"(?:{words})(?:[^、,，。;；]{{2,{MAX_AGENCY}}}、)*$")


@cache
def _receives_visitors() -> re.Pattern:
    """A verb of receiving guests after the body with a visiting group or guests as its object
    (热情接待了慰问团一行, 接待了来访的考察团); petitioners received (接待来访妇女) are served."""
    groups = _cue_alternation("delegation")
    return re.compile(rf"{RECEPTION.pattern}了?[^,，。;；!！?？]{{0,12}}?(?:{groups}|来宾|客人)")


@cache
def _visiting_group() -> re.Pattern:
    """A group of the body's people (调研组, 考察团, 一行) and, later in its clause, a verb of
    visiting or inspecting (调研, 考察, 检查), or a movement word right after the body and such a
    verb after the place it names (赴甲县调研, 到乙镇考察; a visit to people, 走访, may serve them):
    the body only sends visitors."""
    groups = _cue_alternation("delegation")
    verbs = _cue_alternation("inspect")
    inspecting = "|".join(map(re.escape, (verb for verb in _cue_words("inspect")
                                          if verb not in VISITS_TO_PEOPLE)))
    movements = "|".join(map(re.escape, (*_cue_words("at"), *ARRIVING)))
    return re.compile(rf"(?:{groups})[^,，。;；!！?？]*?(?:{verbs})"
                      rf"|(?:{movements})[^,，。;；!！?？]{{0,{MAX_VISITED_PLACE}}}?(?:{inspecting})")


@cache
def _people_opener() -> re.Pattern:
    """A recipient or mobilising word right before a name or before the list that ends in it."""
    words = "|".join(map(re.escape, _cue_words("recipient") + _cue_words("mobilise")))
    return re.compile(rf"(?:{words})(?:[^、,，。;；]{{2,{MAX_AGENCY}}}、)*$")


def _premises_after(sentence: str, end: int) -> bool:
    """Is a part of the body's premises written right after it (的多媒体教室, 门诊大厅, 体育馆,
    的车间里)?"""
    room = ROOM_OF.match(sentence, end) or INSIDE_OF.match(sentence, end)
    tags = _word_tags()
    return room is not None and not any(tags.get(word) in VERB_TAGS for word
                                        in default_tokenizer().tokens(room.group(0).removeprefix("的")))


def _after_a_movement_word(sentence: str, start: int, before: str) -> bool:
    """Does a movement word (到, 深入, 走进) open the name or the list the name ends (深入甲法院、
    乙检察院调研: every body listed is where people went, not the first alone)? A one-character
    word that ends a longer word (得到, 受到) is no movement."""
    listed = _movement_list().search(before)
    if listed is None:
        return False
    mover = start - len(before) + listed.start()
    return len(listed.group(1)) > 1 or mover == 0 or sentence[mover - 1:mover + 1] not in _word_tags()


@cache
def _movement_list() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(_cue_words("at"), key=len, reverse=True)))
    return re.compile(rf"({words})(?:[^、和及,，。;；]{{2,{MAX_AGENCY}}}[、和及])*$")


def _a_clause_of_place(before: str, following: str) -> bool:
    """Is the body's clause only 在 and a place: no verb or set phrase between 在 (or 在位于) and the
    body nor after it, and no frame word (下, 中, 时) in it (在甲镇乙合作社的几个大棚里, 在丙村——
    丁公司, 在甲中心、乙合作社等项目)? Then the body is where the next clause's work happens, as a
    room is (在…的支持下 frames the work; 在…开展 is read by the place phrase)."""
    index = before.rfind(LOCATIVE)
    if index < 0:
        return False
    between = before[index + len(LOCATIVE):].removeprefix(LOCATED_AT)
    if following.startswith("、") and LIST_CLOSE in following:  # the other items' own words
        following = following[following.rindex(LIST_CLOSE) + len(LIST_CLOSE):]
    words = default_tokenizer().tokens(between) + default_tokenizer().tokens(following)
    tags = _word_tags()
    return not any(tags.get(word) in PREDICATE_TAGS or FRAME_END.fullmatch(word) for word in words)


def _place_phrase_after_locative(before: str) -> str | None:
    """The place phrase between 在 and the name (该镇, 辖区内百年: a demonstrative, an area word,
    a modifier; empty right after 在), or None where the name is no object of 在: no 在 in the
    clause, or a verb, a body or a frame word between (在县委领导下|甲局: the 在 frames the work
    and the body after it acts). A standard body right after 在 hosting the work stays a partner
    (it usually co-runs it); one after a place phrase is the place (在该镇卫生院开展筛查)."""
    index = before.rfind(LOCATIVE)
    if index < 0:
        return None
    between = before[index + len(LOCATIVE):]
    if len(between) > MAX_PLACE_PHRASE or _suffix_pattern().search(between) or FRAME_END.search(between):
        return None
    tags = _word_tags()
    if any(tags.get(word) in ACTOR_OR_VERB_TAGS and tags.get(word) not in PLACE_PHRASE_TAGS
           for word in default_tokenizer().tokens(between)):
        return None
    return between


def _is_destination(sentence: str, start: int, following: str) -> bool:
    """A body right after a one-character movement word (到, 赴) that ends its clause (组织妇女
    到镇卫生院, 由…) is where people went; a word that ends in 到 (得到, 受到) is no movement."""
    mover = next((word for word in _cue_words("at") if sentence.endswith(word, 0, start)), None)
    return (mover is not None and len(mover) == 1 and not following
            and sentence[max(0, start - 2):start] not in _word_tags())


def _gives_an_honour(sentence: str, start: int, end: int) -> bool:
    """A body that confers an honour on the report's subject (被甲县民政局评为…, 荣获乙县人民
    政府颁发的…) or judges its work from above (得到甲局的充分肯定, 被乙厅推广): a receiving word
    before it and a conferring or judging verb after it, each in its clause and near it, past
    other givers listed with it; the giver works with no one here, unless a federation gives the
    honour with it (被省妇联、林业厅评为…: the joint giver runs the programme) or the clause says
    the judge also supports the work (得到甲局的支持和肯定). A site said to be a body's model site or
    base (该中心是甲厅…示范点, 该基地是乙局…实践基地) has the body as its designator; one the body
    builds with others (是甲局与乙会共建的…) does not."""
    before, following = _clause_around(sentence, start, end)
    if DESIGNATED_AS.search(before) and _designated_site().match(following):
        return True  # 该中心是省民政厅…示范点: the body designates the site
    if (_honour_pattern(("receiver", "judgement_receiver"), before=True).search(before)
            and _honour_pattern(("judged",), before=False).match(following)):
        return not _works_with(sentence, start, end)
    receiver = _honour_pattern(("receiver",), before=True).search(before)
    conferred = _honour_pattern(("conferred",), before=False).match(following)
    if receiver is None or conferred is None:
        return False
    givers = receiver.group(0) + following[:conferred.end()]
    return not FEDERATION.search(givers)  # 被省妇联、林业厅评为…: a joint giver runs the programme


@cache
def _designated_site() -> re.Pattern:
    """The rest of a clause naming the site a body designates (…大社区综合服务中心示范点, …实践基地)."""
    sites = sorted((*_cue_words("honoured"), *DESIGNATED_SITES), key=len, reverse=True)
    sites = "|".join(map(re.escape, sites))
    return re.compile(rf"[^,，。;；与和及同共]{{0,{MAX_DESIGNATION_GAP}}}?(?:{sites})(?=$|[,，。;；])")


@cache
def _honour_pattern(kinds: tuple[str, ...], before: bool) -> re.Pattern:
    words = "|".join(map(re.escape, sorted((word for kind in kinds for word in _cue_words(kind)),
                                           key=len, reverse=True)))
    gap = rf"[^,，。;；]{{0,{MAX_GIVER_GAP}}}?"
    return re.compile(rf"(?:{words}){gap}$" if before else rf"{gap}的?(?:{words})")


def _names_a_kind(name: str) -> bool:
    """我县农村党支部, 乡镇卫生院: a category word after the scope names a kind of unit, not one
    body (农村商业银行, a standard body, keeps its 农村), unless 各 made it partners (联合各乡镇卫生院)."""
    rest = name
    while rest and rest not in _bodies():
        if rest.startswith(_cue_words("category")):
            return True
        level = next((word for word in _cue_words("scope") if rest.startswith(word)), None)
        if level is None:
            return False
        rest = rest[len(level):]
    return False


def _works_with(sentence: str, start: int, end: int, without: tuple[str, ...] = ()) -> bool:
    """Is the body said to work with the federation (联合/会同/携手 … , … 承办)? Media, venues
    and teams (…日报, …纪念馆, …总队) are partners only then; otherwise they report or host.
    The partner words of the cue kinds ``without`` do not count (the guests' invitation:
    ``_guests_of``)."""
    before, following = _clause_around(sentence, start, end)
    return bool(_partner_word(without).search(before) or _joining_word_before().search(before)
                or _cues()["partner_after"].search(following))


@cache
def _joining_word_before() -> re.Pattern:
    """A one-character partner word (与, 同, 和, 由) right before the name or before the list
    that ends in it (县妇联和甲乙艺校, 与甲医院、乙医院): anywhere else in the clause it joins
    other words (组织妇女和儿童参加县图书馆的活动), so it says nothing about the body."""
    words = "".join(word for word in _cue_words("partner_before") if len(word) == 1)
    return re.compile(rf"[{words}](?:[^、]{{2,{MAX_AGENCY}}}、)*$")


def _listed_sectors(sentence: str):
    """司法、民政和教育等部门 -> 司法, 民政, 教育 as written, canonical 司法局, 民政局, 教育局
    (suffixed bodies are left to the grammar, which finds them anyway); so is a list a partner
    word opens (会同民政、残联开展…), where a bare sector cannot be a topic."""
    bodies = _bodies()
    # Both patterns start at every Han character; the words they need are checked first, as
    # most sentences name no list of sectors (a fifth of the finder's time went here).
    matches = [*(SECTOR_LIST.finditer(sentence) if SECTOR_HEADS.search(sentence) else ()),
               *(_partner_list().finditer(sentence) if "、" in sentence else ())]
    for match in matches:
        if (OFFICIAL_AFTER.match(sentence, match.end())
                or (_attendance_list().match(sentence, match.end())
                    and not _works_with(sentence, match.start(1), match.end(),
                                        without=_guests_of(sentence, match.end())))
                or re.match(
                rf"(?:、(?:部门|单位|机构))*的?{HOSTED_FEDERATION.pattern}", sentence[match.end():])
                or _its_people_are_the_audience(sentence, match.start(1), match.end())
                or _only_speaks(sentence, match.start(1), match.end())):
            continue  # 民政、人社等部门负责人: the officials' employers (or attending); …的妇联: hosts;
            # 甲院、乙院等单位的女职工参加: whose people take part; 甲局、乙局等单位汇报了工作情况
        if "、" not in match.group(1) and KIND_OF_INSTITUTION.fullmatch(sentence, match.end(1), match.end()):
            continue  # 组织机构, 教育机构: a kind of institution, no sector's body
        over_levels = False  # 各级公安、司法等部门: the sectors' bodies at every level, listed bare
        for part in SECTOR_PART.finditer(sentence, match.start(1), match.end(1)):
            # a part may have run left over the verb that introduces the list (结合民调)
            walked = left_edge(sentence, part.end(), part.end())
            if walked == part.end():  # 组织、宣传等部门: a sector that is also a boundary word,
                # with the scope before it (县委|组织部门), not the words before that (联合)
                boundary = LEFT_BOUNDARY.search(sentence, max(part.start(), part.end() - BOUNDARY_WINDOW),
                                                part.end())
                word_start = boundary.start() if boundary else part.start()
                walked = max(part.start(), left_edge(sentence, word_start, part.end()))
            start = max(part.start(), _trim_non_name_words(sentence, walked, part.end()))
            start = _after_inner_verb(sentence, start, part.end())
            name = sentence[start:part.end()]
            split = _standard_split(name)  # 县民政: a scope before the first sector
            over_levels = over_levels or ("、" in match.group(1) and part.start() == match.start(1)
                                          and ACROSS_LEVELS_BEFORE.search(sentence, 0, start) is not None)
            if ((name in bodies or split) and bodies[name[split:]][1] != "leadership"  # 政府|部门
                    and (over_levels or (
                        not _in_category_list(sentence, start, name)
                        and not _category_before().search(sentence, max(0, start - MAX_CATEGORY), start)))
                    and not _members_come_from(sentence, start, part.end())):
                # the name as written; its canonical names the body
                yield Entity("agency", name, canonical_agency(name), start, part.end(),
                             bodies[name[split:]][1])


def _after_inner_verb(sentence: str, start: int, end: int) -> int:
    """Where a listed body starts behind a verb the walk ran over (参赛选手来自|县税务局、…等单位:
    the scope pattern would read 参赛选手来自县 as a place): after the last word that cannot sit in
    a name and opens no place, if a standard body follows it."""
    position, cut = start, start
    for word in default_tokenizer().tokens(sentence[start:end])[:-1]:
        position += len(word)
        if (len(word) > 1 and _cannot_sit_in_a_name(word)
                and not _opens_a_place(sentence, position - len(word), word)
                and _is_standard(sentence[position:end])):
            cut = position
    return cut


def _scope_end(text: str) -> int:
    """Length of the scope that opens ``text`` (0 if none)."""
    match = _scope_pattern().match(text)
    return match.end() if match else 0


def _is_scope(text: str) -> bool:
    return bool(_scope_pattern().fullmatch(text))


def _word_tags() -> dict[str, str]:
    return lexicon.dictionary_tags()


@cache
def _place_names() -> frozenset[str]:
    """Names and stems of the gazetteer's divisions (平舆县, 平舆), read only when a name's
    scope is in doubt."""
    return frozenset(name for unit in read_units() for name in (unit.name, stem(unit.name)))


@cache
def _grammar() -> tuple[tuple[str, str, str], ...]:
    return tuple(row for row in lexicon.rows("agency_grammar.tsv") if len(row) == 3)


@cache
def _suffix_strength() -> dict[str, str]:
    return {value: kind for kind, value, _ in _grammar() if kind in ("strong", "weak")}


@cache
def _suffixes() -> tuple[str, ...]:
    """The grammar's suffixes as a tuple: one ``str.endswith`` call tests them all."""
    return tuple(_suffix_strength())


@cache
def _suffix_roles() -> dict[str, str]:
    """Suffix -> role, longest suffix first so 党工委 is read before 委."""
    pairs = [(value, role) for kind, value, role in _grammar() if kind in ("strong", "weak")]
    return dict(sorted(pairs, key=lambda pair: -len(pair[0])))


@cache
def _suffix_pattern() -> re.Pattern:
    suffixes = sorted(_suffix_strength(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, suffixes)))


@cache
def _scope_pattern() -> re.Pattern:
    """One or more scopes: scope words (国家, 属地, 县) or place names ending in a level."""
    words = sorted((value for kind, value, _ in _grammar() if kind == "scope"), key=len, reverse=True)
    scope_word = "|".join(map(re.escape, words))
    return re.compile(rf"(?:{scope_word}|[{HAN}]{{1,6}}?{PLACE_LEVEL})+")


@cache
def _partner_list() -> re.Pattern:
    """A list of two or more names right after a word saying they work with the federation,
    ending where the work or the clause does (会同民政、残联(等)开展…); a noun after 等 makes
    the items topics (依托文化、教育等资源). A verb of the work inside an item puts the list after
    it (联合开展送文化、卫生下乡: what is sent, not who sends)."""
    item = rf"(?:(?!等|{WORK_VERBS})[{HAN}]){{2,{MAX_LIST_ITEM}}}"
    return re.compile(rf"(?:{_partner_word().pattern})((?:{item}、)+{item}?)"
                      rf"(?=等?(?:共同|联合|一起|开展|举办|组织|[,，。;；]|(?:相关|有关|职能)?(?:部门|单位|机构)))")


def _in_category_list(sentence: str, start: int, name: str) -> bool:
    """A name without a scope of its own (a bare 村 or 社区 is none) after the first item of a
    list a category word opens (部分行政村、居委会; 各村党支部、村委会): the category word
    counts every bare item, so each is a kind of unit (有关部门、
    县民政局 names one body). A partner word after the category word ends its reach: 各级妇联
    联合卫健委、人社局 lists bodies the federations work with, not kinds."""
    if name[:_scope_end(name)] not in ("", *LOCAL_LEVELS):
        return False
    match = _category_list().search(sentence, max(0, start - MAX_AGENCY * 2), start)
    return (match is not None and not _partner_word().search(match.group(0))
            and not _each_unit_as_partner(sentence, start, start + len(name)))  # 各村党支部、村委会积极配合


@cache
def _partner_word(without: tuple[str, ...] = ()) -> re.Pattern:
    """A partner word of two or more characters (联合, 会同: one character may sit in a name),
    leaving out those of the cue kinds ``without`` (invite: 邀请)."""
    left_out = {word for kind in without for word in _cue_words(kind)}
    return re.compile("|".join(word for word in _cue_words("partner_before")
                               if len(word) > 1 and word not in left_out))


@cache
def _category_list() -> re.Pattern:
    """A category word, a list item and the items after it, up to a list mark."""
    category = _cue_alternation("category")
    return re.compile(rf"(?:{category})[{HAN}]{{1,{MAX_LIST_ITEM}}}(?:、[{HAN}]{{1,{MAX_LIST_ITEM}}})*、$")


@cache
def _category_before() -> re.Pattern:
    """A category word right before a name (各村委会, 全市各级法院): every unit of the kind."""
    return re.compile("(?:" + _cue_alternation("category") + ")$")


@cache
def _conjoined_aliases() -> tuple[str, ...]:
    """Standard names with a conjunction inside (人力资源和社会保障局), longest first."""
    return tuple(sorted((alias for alias in _bodies() if any(c in alias for c in CONJUNCTIONS)),
                        key=len, reverse=True))


@cache
def _cued_suffixes() -> tuple[str, ...]:
    """Suffixes of media, venues and teams: partners only when a cue says they work with us
    (a name ending in one is cued even where a shorter suffix matched: 融媒体|中心)."""
    return tuple(value for kind, value, _ in _grammar() if kind == "cued")


@cache
def _cued_word() -> re.Pattern:
    """A media, venue or team word anywhere in a name (宁夏日报报业集团: the paper's group is
    media too)."""
    return re.compile("|".join(map(re.escape, _cued_suffixes())))


def _unit_then(sentence: str, end: int, after: re.Pattern) -> bool:
    """Is a unit of the body written after it, then what ``after`` matches (县委|统战部部长,
    县委|办主任: an official's title; 某日报|报业集团出版: the outlet)? A list's joining word
    ends the unit, and a verb of two characters opens a clause, no unit (某工会|组织女工委委员)."""
    match = _unit_pattern(after).match(sentence, end)
    if match is None:
        return False
    first = default_tokenizer().tokens(match.group(0))[0]
    return len(first) < 2 or _word_tags().get(first) not in VERB_TAGS


@cache
def _officials_list() -> re.Pattern:
    """The rest of a list of bodies closed by their officials (甲局、乙局等部门负责人, 甲局、乙委
    相关负责同志, 甲局、乙社等机关干部): every item is an official's employer, as one body before
    its official is.
    The items after the name each end in a suffix, so a list of people (和妇女代表) is none, and
    a joining word 和 ends the list (甲局和乙会理事长: the official is the last body's only)."""
    suffixes = "|".join(map(re.escape, sorted(_suffix_strength(), key=len, reverse=True)))
    item = rf"、(?:(?![、和及与,，。;；])[{HAN}]){{0,{MAX_LIST_ITEM}}}?(?:{suffixes})"
    return re.compile(rf"(?:{item})*(?:等(?:相关|有关)?(?:部门|单位|机关|系统)?)?{OFFICIAL_AFTER.pattern}")


def _guests_of(sentence: str, end: int) -> tuple[str, ...]:
    """The cue kinds of partner words that say nothing of bodies invited to a meeting or a
    ceremony they only attend (邀请甲局、乙局等单位参加座谈会: guests, stop 16); invited to work
    (邀请甲医院参加义诊) they serve."""
    attending = (_attendance_list().match(sentence, end)
                 or _unit_pattern(_attendance_list()).match(sentence, end))  # 县委|宣传部出席
    return ("invite",) if attending and MEETING_ATTENDED.match(sentence, attending.end()) else ()


def _only_attends(sentence: str, end: int) -> bool:
    """Does the body ending at ``end``, or a unit of it (市委|宣传部莅临), head a list of bodies that
    only attend (甲局、乙局等单位派员参加)?"""
    return bool(_attendance_list().match(sentence, end) or _unit_then(sentence, end, _attendance_list()))


@cache
def _attendance_list() -> re.Pattern:
    """The rest of a list of bodies that only attend (甲局、乙局等单位派员参加, 丙委莅临, 丁院应邀
    出席, 在戊局工作人员的陪同下, 己局、庚协会以及妇女代表共计40余人参加, 辛局等领导参加; an item
    as long as any scoped name, joined by 及 or 和 or holding 和 in its name, 甲局、教育和体育局及乙委
    相关负责同志出席): a body whose people only attend, accompany or greet is no
    partner (stop 16), and one said to attend itself is the same, as the verb frame says nothing
    of work done with the federation (联合/会同 … say that)."""
    suffixes = "|".join(map(re.escape, sorted(_suffix_strength(), key=len, reverse=True)))
    item = rf"(?:、|以?及|和)(?:(?![、及与,，。;；])[{HAN}]){{0,{MAX_AGENCY}}}?(?:{suffixes})"
    ways = _cue_alternation("attend_by")
    verbs = _cue_alternation("attend")
    return re.compile(rf"(?:{item})*(?:{PEOPLE_TOTAL.pattern}|{ATTENDING_UNITS.pattern})"
                      rf"(?:{ways})*的?(?:{verbs})")


@cache
def _unit_pattern(after: re.Pattern) -> re.Pattern:
    units = (*_suffix_strength(), ASSOCIATION_BRANCH)
    suffixes = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    return re.compile(rf"(?:(?![和与及同、])[{HAN}]){{0,6}}?(?:{suffixes})(?:{after.pattern})")


@cache
def _sector_suffixes() -> tuple[str, ...]:
    """Suffixes naming a sector by its standard body (教育部门, 农业线)."""
    return tuple(value for kind, value, _ in _grammar() if kind == "sector")


@cache
def _cues() -> dict[str, re.Pattern]:
    """Words around a name that make it a place, an honoured unit or an own department."""
    kinds = ("visit", "honour", "honoured", "internal", "title", "held", "given", "conferred",
             "partner_before", "partner_after", "take_part", "place_after")
    return {kind: re.compile(_cue_alternation(kind)) for kind in kinds}


@cache
def _event_held_there() -> re.Pattern:
    """A held verb that ends the clause after the body, no object after it (…在甲医院开班, …在乙医院
    隆重举行了): the event is the clause's subject and the body says nothing of who runs it, so it is
    the venue whatever its kind; with an object (在乙医院举办讲座) the venue's own part is open."""
    held = _cues()["held"].pattern
    return re.compile(rf"(?:{MANNER_OF_HOLDING})?(?:{held})了?\s*(?=$|{CLAUSE_END.pattern})")


def _listed_with_places(sentence: str, start: int, end: int) -> bool:
    """A place's government or office listed right after bare places (甲镇、乙镇和丙街道办): the
    list names places (covered, visited), and the office its own place, not a body at work."""
    previous = LISTED_PLACE_BEFORE.search(sentence, max(0, start - MAX_PLACE - 1), start)
    return (previous is not None and previous.group(1) in _place_names()
            and agency_role(sentence[start:end]) == "leadership"
            and not LEVEL_COMMITTEE.match(_written(sentence[start:end])))


@cache
def _honour_before() -> re.Pattern:
    """A collective honour or prize right before the name (一等奖甲乙医院, 先进集体:丙中学): the
    unit that won it."""
    return re.compile("(?:" + _cue_alternation("honoured") + ")[:：]?$")


@cache
def _venue_kind() -> re.Pattern:
    """The rest of a list of bodies closed by 等 and a kind word of venues (、乙站等宣传阵地)."""
    kinds = _cue_alternation("venue_kind")
    return re.compile(rf"(?:、[^、,，。;；]{{2,{MAX_AGENCY}}}?)*等[{HAN}]{{0,4}}?(?:{kinds})")


@cache
def _venue_kind_of() -> re.Pattern:
    """为 and a kind word of venues after a body that 以 opens (以甲中心为阵地)."""
    return re.compile(rf"为[{HAN}]{{0,4}}?(?:{_cue_alternation('venue_kind')})")


def _private_person_after(sentence: str, end: int) -> bool:
    """Is the body written as a named person's unit, the person a private one: a courtesy title
    after the name (甲局的魏某先生) or a gift she makes (乙社的施某资助…, a surname opening the
    name, as 的大力资助 has none)? She acts for herself and the body is only her employer."""
    titled, giving = _private_person()
    if titled.match(sentence, end) or _unit_then(sentence, end, titled):
        return True  # 甲县委党校|的魏某先生: after a unit of the body too
    gift = giving.match(sentence, end) or _unit_pattern(giving).match(sentence, end)
    if gift is None:
        return False
    words = default_tokenizer().tokens(gift.group(1))
    return bool(words) and _word_tags().get(words[0]) in PERSON_NAME_TAGS


@cache
def _private_person() -> tuple[re.Pattern, re.Pattern]:
    """的 + a person's name + a courtesy title; 的 + names + a verb of giving."""
    titles = _cue_alternation("private_title")
    gifts = _cue_alternation("private_gift")
    name = rf"[{HAN}]{{{PERSON_NAME_LENGTH[0]},{PERSON_NAME_LENGTH[1]}}}"
    return (re.compile(rf"的{name}(?:{titles})"),
            re.compile(rf"的({name}?)(?:、{name}?)*(?:共同|联合|个人)?(?:{gifts})"))


def _employer_in_brackets(sentence: str, start: int, end: int) -> bool:
    """A name alone in brackets after a short list item (张丽(甲乙医院)、王芳(丙中学)): the unit
    of the person or team the item names, as in a list of honourees or delegates."""
    if sentence[start - 1:start] not in "(（" or sentence[end:end + 1] not in ")）" or start < 1:
        return False
    item = re.search(rf"(?:^|[、,，:：;；\s])([{HAN}]{{2,4}})$", sentence[:start - 1])
    after = sentence[end + 1:end + 2]
    return item is not None and (not after or after in "、,，。;；")


@cache
def _receives_an_honour() -> re.Pattern:
    """A receiving word, then a collective honour later in the clause (获全国巾帼文明岗, 被省妇联命名
    为省级巾帼文明岗), a holding word and a title (是全国巾帼文明岗), or a commendation received
    (…等3个集体受到表彰)."""
    receivers = _cue_alternation("receiver")
    holders = _cue_alternation("holder")
    honours = _cue_alternation("honoured")
    titles = "|".join(map(re.escape, (h for h in _cue_words("honoured") if not h.startswith(MODEL_SITE))))
    return re.compile(rf"(?:{receivers}).*?(?:{honours})|(?:{holders}).*?(?:{titles})"
                      r"|受到了?[^,，。;；]{0,8}?(?:表彰|表扬|嘉奖)")


@cache
def _room() -> re.Pattern:
    """A room, hall or building word (会议室, 大礼堂, 报告厅) that ends a name or follows it."""
    return re.compile("大?(?:" + _cue_alternation("room") + ")")


@cache
def _cue_words(kind: str) -> tuple[str, ...]:
    """The cue words of one kind, longest first."""
    return tuple(sorted((value for k, value, _ in _grammar() if k == kind), key=len, reverse=True))


def _cue_alternation(kind: str) -> str:
    """The cue words of one kind as a regex alternation, longest first (so the longest matches)."""
    return "|".join(map(re.escape, _cue_words(kind)))


@cache
def _bodies() -> dict[str, tuple[str, str]]:
    """alias -> (canonical full name, role), with the level forms of each government department:
    a department is a 局 in a city or county, a 厅 in a province and a 部 of the State Council
    (商务局, 商务厅, 商务部), so every 局 written in the lexicon also stands for its 厅 and 部,
    each its own body; its sector written bare in a list (林业、水利等部门) is the 局."""
    rows = {alias: (canonical, role) for alias, canonical, role in lexicon.rows("agency_bodies.tsv")}
    levels = {}
    for alias, (canonical, role) in rows.items():
        stem = alias.removesuffix(DEPARTMENT_LEVELS[0])
        if (stem != alias and canonical.endswith(DEPARTMENT_LEVELS[0]) and len(stem) >= MIN_BODY
                and not stem.endswith(BRANCH_MARK)):  # 公安分局: 公安分 is no sector
            levels.update({stem + level: (stem + level, role) for level in DEPARTMENT_LEVELS[1:]})
            levels[stem] = (canonical, role)
    return levels | rows
