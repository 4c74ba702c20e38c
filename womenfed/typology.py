"""Programme types of sentences and reports, from an editable keyword lexicon.

The eight types of docs/DESIGN.md are cued by keywords with weights in
``lexicon/typology.tsv`` and word patterns in ``lexicon/typology_patterns.tsv`` — transparent
and editable, so a researcher can see and change why a sentence was typed. A heading's type
holds for its section down to the next heading of the same or a higher level, and a sentence
leaves its section's topic only on a cue that names another programme. A report covers the
types that the sentences devoted to them (their own cues lead with the type) name with the
weight of one naming cue in all: a programme listed in passing does not count.
docs/CODEBOOK.md gives each type with positive and negative example sentences.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import ahocorasick

from . import lexicon, segment

TYPES = ("ideology", "economic", "family", "rights", "care", "health", "organisation",
         "volunteer")
# A sentence's own cues decide its type when they weigh one typical cue (weight 2) ...
MIN_SENTENCE_CUE = 2.0
# ... and take it out of its heading's topic only when they weigh one naming cue (weight 3)
# and at least twice what they give that topic.
NAMING_CUE = 3.0
# A sentence of a report in a section that names no programme at all (a meeting's attendance,
# a visit, the report's own framing) reports on the federation's own work.
REPORT_DEFAULT_TYPE = "organisation"
# The pattern cues of this type frame a sentence (在……领导下, 围绕中心, a meeting that sums up
# and plans): the federation on its own work, naming the year's programmes in passing; those
# of the other types name a programme (庆“三八”, 好婆婆, 培训妇女, 健身操) and are evidence of
# what a report covers like keyword cues (stop 16: on the development half Women's Day reports
# lost ideology, whose one cue is the festival's pattern).
FRAME_TYPE = "organisation"
# A report covers a type whose devoted sentences weigh one naming cue in all ...
MIN_REPORT_EVIDENCE = NAMING_CUE
# ... and more than that in a report mostly on the federation's own work (its congress, a
# founding, an election, a work meeting: FRAME_TYPE leads at least OWN_WORK_SHARE of the typed
# sentences). Such a report names programmes as the hopes voiced, the new members' backgrounds or
# the topics discussed (新增加了信息产业、新经济……的代表; 就发展难题、帮扶途径、儿童教育等开展了交流),
# not as work it tells of (stop 17: on the development half 4 reports took a type from one naming
# cue in such a report, none rightly; at a share of 0.5, 8 extras went and 6 right types with them).
OWN_WORK_SHARE = 0.6
# ... or, typed sentences without their texts, that leads this share of them.
MIN_REPORT_SHARE = 0.10
# A report also covers its main topic: the type that leads its typed sentences, when it types at
# least this share of them. A celebration or a visit is told mostly in narration that names no
# programme (the stage, the guests, the songs) and carries its type from one opening sentence;
# on the development half such reports lost their main type to the naming-cue rule.
MAIN_TOPIC_SHARE = 0.30
# Who attends, chairs or accompanies (……等百余人参加。 县委书记出席会议并讲话。 会议由副主席主持。),
# or judges and hosts (……志愿者和居民一起担任大众评审团, 作为嘉宾, 担任主持人: stop 25, their titles
# typed a cooking contest's report volunteer):
# the titles listed (妇联主席, 巾帼志愿者, 巾帼文明岗负责人) are the audience, not what the event
# is about, so such a sentence takes no cues of its own and goes on with its neighbours' topic.
# A sentence that also holds the event (开展, 举办, 召开 …) is about the event, not its audience.
# Hand-written from the grammar of news reports (the attendance verb closes the sentence, or a
# chair's or guest's verb follows 由/出席); no library tags it.
ATTENDANCE = re.compile(
    r"(?:出席|参加|参会|列席|陪同)了?(?:会议|大会|活动|仪式|座谈会|调研|开幕式|启动仪式)?[。!！]?$"
    r"|由[^。；;，,]{1,30}主持[。!！]?$|出席[^。；;，,]{0,12}并(?:讲话|致辞|作[^。；;，,]{0,4}讲话)"
    r"|(?:担任|作为|受邀成为)[^。；;，,]{0,6}(?:评委|嘉宾|评审|主持人)")
# Hopes and suggestions voiced (她希望村播妇联……争当乡村振兴“生力军”; 希望大家踊跃发言; 与会代表
# 提出一些建议和意见; 大家提出需求:……多举办健康讲座): what a speaker or a meeting wishes for, not
# work the report tells; like an attendance line such a sentence takes no cues of its own and
# goes on with its neighbours' topic (stop 25: a residents' council asking for health talks was
# typed, and with it the council's report, health). Only in the sentence's first clause, 希望 as a
# verb (not 充满希望, 希望的田野, 希望工程), 建议 opening it, and not the suggestions a body took up (采纳
# 代表提出的建议,为……: work follows). Its cues still count for the report's
# types: stop 24 found a speech's hopes name types the coders code. Hand-written from the grammar
# of news reports.
VOICED = re.compile(r"^(?:建议|[^，,。;；:：]{0,25}?(?:(?<![满的有着新])希望(?![与和的之所工小])"
                    r"|提出[^。；;]{0,12}(?<!的)(?:建议|需求|希望|意见)))")
# A picture's caption that names only the scene (活动现场, 图为座谈会现场。, 志愿活动现场): it shows the work
# the sentences before it tell, so like an attendance line it takes no cues of its own and goes on
# with its neighbours' topic (stop 33c). Hand-written from how pages caption pictures: a short line,
# no clause punctuation, ending in 现场.
CAPTION = re.compile(r"^(?:图为)?[^，,。；;:：！!？?]{0,12}现场[。.]?$")
# The quote marks a cue phrase may be cut by (clean.py has turned straight and corner quotes
# into “”; single quotes mark a quote inside a quote).
QUOTE_MARK = re.compile(r"[“”‘’]")
EVENT_HELD = re.compile(r"开展|举办|举行|召开|启动|组织")
# A visit or an inspection that lists what it saw or heard (参观……示范点、……基地; 对……、……进行了
# 调研; 听取了……、……情况): the programmes listed are the sites on a route, named in passing, so
# the sentence is no evidence of what its report covers (its own type stays). Hand-written from
# the grammar of news reports: a verb of visiting, then an enumeration within its clause.
VISITED = re.compile(r"(?:参观|观摩|考察|调研|视察|察看|听取)了?[^。；;，,]{0,30}[、和]")
# A sentence that carries no work of the report (an equal of VISITED for report coverage):
# the next step or the years ahead (下一步, 今后: a closing plan names the lines of work it means to
# take up, not work told; eval/dev/README.md, stop 16: a type from "the effects a closing sums up"
# is passing), or a site's navigation line (short items set apart by spaces and no punctuation:
# 首 页 新闻中心 政策法规 …). Its own type stays; it is no evidence of what the report covers.
# Hand-written from how closings and page menus are written.
NO_WORK = re.compile(r"下一步|今后"
                     r"|^(?:[^\s，,。；;！!？?:：]{1,6}\s+){3,}[^\s，,。；;！!？?:：]{1,6}$")
# The role women are praised to play in a field (是乡村振兴的“半边天”, 争当脱贫攻坚的主力军: a
# copula or 争当 + the field + a role noun): praise by speeches and summings-up of any topic, not
# work the sentence tells, so the field's cues weigh nothing (stop 25). Hand-written from the
# grammar of praise. (A list of fields after 在 … 中发挥作用 was tried as well and dropped: it lost
# a report type on the test half.)
ARENA = re.compile(
    r"(?:是|当|当好|争当|争做|做|成为)(?P<field>[^。；;，,:：、“”]{2,12}?)的?“?"
    r"(?:半边天|生力军|主力军|排头兵|娘子军|领头雁)")
# The year named by the Party's and the State's calendar (今年是全面贯彻落实党的二十大精神的开局之年,
# 2022年是“十四五”承上启下的关键一年, 也是建党100周年): the setting a speech or a summing-up opens
# with, not work the sentence tells, so the congress, the plan or the anniversary weighs nothing
# (stop 32b: such openings typed speeches and plans ideology, and their reports with them).
# Only a year marked by that calendar (a Party congress, the Party, a five-year plan period, the
# Republic, 小康, 改革开放): a year counted by a programme of the federation's own
# (今年是……“三八”维权周活动开展的第十二年, 是“春蕾计划”实施20周年) is work told. Hand-written from the
# grammar of such openings: a year (or a line opening with 年 whose digits the page lost), 是,
# the calendar's event, then the year's head (之年, 一年, 第N年, N周年), and the clauses 也是……
# that go on naming it.
CALENDAR_YEAR = re.compile(
    r"(?:今年|明年|去年|本年|\d{2,4}年|^\s*年)(?:既|也|又|更)?是(?P<calendar>[^。；;，,]{0,40}?"
    r"(?:党|新中国|建国|共和国|小康|改革开放|十[一二三四五六七八九]五"
    r"|(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大)"
    r"[^。；;，,]{0,40}?(?:之年|一年|第[一二三四五六七八九十\d]+年|\d+周年)"
    r"(?:[，,](?:也|又|更|同时|还)?是[^。；;，,]{2,40}?(?:之年|一年|第[一二三四五六七八九十\d]+年|\d+周年))*)")
# Where the people a sentence is about come from (代表来自……等行业和领域, 分别来自……等方面, 执委覆盖……等
# 行业, 来自家政企业、电商平台的优秀女性): a delegation's, a board's or the honoured women's
# background, not work the sentence tells, so the fields weigh nothing (stop 26: a congress's
# delegates typed economic and health). Hand-written from the grammar of such descriptions: a verb
# of coming from or spanning, the fields, then a head of fields (行业, 领域, 方面 …) or 的 + a word
# for the people (代表, 女性, 学员 …). Not 涵盖: what a training or a service covers (培训涵盖了心理
# 健康、法律常识等方面) is its content, work told. Work done by people from somewhere (来自县医院的专家
# 为妇女开展筛查) keeps its own words.
ORIGIN = re.compile(
    r"(?:来自|覆盖|分布在|分布于)了?(?P<field>[^。；;，,]{2,40}?)"
    r"(?:等?各?(?:行业|领域|方面|战线|界别|单位|部门|机关)|的(?=(?:优秀|青年|女性)?(?:代表|女性|妇女|姐妹|学员|选手|嘉宾|执委|委员)))")
# What a visit looks into and where it goes (了解……、……等情况, 听取了……、……工作开展情况, 对……、……等工作
# 进行了调研; ……一行先后来到……产业园、……图书馆、……基地): the works a party is shown or hears about
# and the places on its route are the visit's route, not work the sentence tells, so they weigh
# nothing and the visit is read by its own words (a visiting party's pattern cue in
# typology_patterns.tsv: stop 28, a delegation's visit to a park and a firm typed economic).
# The list may end in the work done (了解了……、……等方面开展的工作, ……以及开展的特色工作) and, after
# 对, hold one comma of its own before its enumeration (对“妇女之家”作用发挥,美丽庭院创建、……等工作
# 进行了调研), but no second 对: the work done before a check (对妇女开展培训,并对培训、……工作进行检查)
# keeps its words (stop 28b: open days and visits typed by the works they heard about).
# A work report's summing-up is read the same way (stop 33: 总结了……、……等方面所做的工作, 回顾了……、……等
# 方面取得的成绩, 汇报了……、……等工作开展情况): the year's lines of work it sums up are named in passing,
# and the sentence is the report given, the federation's own work (a township's work report typed
# economic by the poverty drive it listed first).
# A meeting's agenda is read the same way (stop 30): the works a meeting or a speaker deploys
# (会议部署安排了……、……等重点工作, 会上安排部署了……、……等几项工作, 对……、……等工作进行了部署, and
# with 就 and a verb of making, stop 32b: 就……、……等工作做了安排部署, 作出部署) are the
# year's lines of work named in passing, and the sentence is the meeting's (its pattern cues in
# typology_patterns.tsv), not a programme's: a work meeting listing every type typed a sentence
# and its report by the first works listed.
# Hand-written from the grammar of news reports on visits and meetings: a verb of looking into,
# an enumeration, then 情况 or the work done or the inspecting verb; or a visiting party, a verb
# of going, then the enumerated places up to the clause's end or the next verb; or a verb of
# deploying done (部署了, 安排部署了: not the noun of 按照……部署, which heads the work done after
# it), an enumeration, then the works or tasks it closes on.
INSPECTED = re.compile(
    r"(?:了解|听取|调研|考察|查看|察看|观摩|视察|总结|回顾|汇报|通报)了?"
    r"(?P<field>[^。；;，,]{2,80}?、[^。；;，,]{2,80}?)"
    r"(?:等?(?:相关|各项)?(?:工作)?(?:的)?(?:开展|进展|发展|建设|推进)?情况"
    r"|等?(?:方面)?(?:开展|所做|取得)的[^。；;，,]{0,4}(?:工作|成绩|成效|成果))"
    r"|(?:对|(?<![成造将])就(?![业是要在会能]))(?P<works>[^。；;，,对]{2,80}?(?:[，,][^。；;，,对]{2,80}?)?、[^。；;，,]{2,80}?)"
    r"等?(?:各项|相关|重点)?工作(?:进行|作出|做出|作|做)了?(?:实地|现场|安排)?(?:调研|督导|考察|检查|部署|安排)"
    r"|(?:部署|安排){1,2}了(?P<agenda>[^。；;]{2,80}?、[^。；;]{2,120})等?(?:[几各多]项|全年的?)?"
    r"(?:重点|重要|主要)?(?:工作|任务)"
    r"|(?:一行|代表团|调研组|考察团)[^。；;，,]{0,12}?(?:来到|走进|赴|前往|到)"
    r"(?P<sites>[^。；;，,]{2,60}?、[^。；;，,]{2,300}?)(?=等地|[。；;，,]|实地|开展|进行|调研|考察|参观)")
# The aim a sentence's work serves (为深入学习贯彻党的二十大精神, 为贯彻落实……“坚持男女平等基本国策”的要求,
# 为落实……部署): the policy or the spirit carried out is the reason given for the work, not the work
# the sentence tells, so its words weigh nothing and the work after it types the sentence (stop 29:
# two reports on a rights service and a work meeting typed ideology by the spirit they carried out).
# Hand-written from the grammar of news reports: 为 (not the end of 因为, 作为, 成为 …) + a verb of
# studying or carrying out, up to the end of its clause.
POLICY_AIM = re.compile(r"(?<![因作成认行称以])为了?(?:深入|认真|全面|进一步|扎实|更好地?)*"
                 r"(?P<aim>(?:学习|宣传|贯彻|落实|践行)[^。；;，,:：]{2,80})")
# Where an event is held (在县体育馆举办, 在电子商务产业园举行, 在县家政服务中心召开): the venue's
# name says where, not what is done there, so its words weigh nothing (stop 25: a dating party in
# a sports hall was health, an internet firms' federation's event in an e-commerce park economic).
# Hand-written from the grammar of news reports: 在 + a place ending in a venue head + the verb
# of holding the event.
VENUE = re.compile(r"(?<![现正存所实自内])在[^。；;，,、在]{2,24}?"
                   r"(?:馆|中心|广场|礼堂|产业园|园区|公园|会议室|大厦|酒店|宾馆|剧院|学校|党校)"
                   r"(?=(?:隆重|正式|成功|顺利)?(?:举办|举行|召开|开展|启动|开幕|揭牌))")
# A home named as the place where something is grown, raised or made (家庭农场, 庭院种植葡萄, 庭院养殖,
# 家庭作坊): a rural household's income work, not the family programme, so the home word weighs
# nothing and the production word types the sentence (stop 32: courtyard vegetable plots and
# family farms typed family, and with them their reports). Not the home-environment work itself
# (美丽庭院, 清洁庭院 as a whole name), nor planting flowers, grass or trees, which greens a home.
# Hand-written from the grammar of rural reports: a home word right before a production head.
HOME_PRODUCTION = re.compile(r"(?<!美丽)(?<!清洁)(?:家庭|庭院)"
                             r"(?=(?:农场|种植|养殖|种养|果蔬|蔬菜|菜园|大棚|作坊|工坊)(?![花草树绿]))")
# A home's courtyard after a word that ends in 家 (自家庭院, 我家庭院, 家家庭院, 农家庭院): the 家 closes
# that word, so the 家庭 the characters spell across the boundary is no family (stop 32: a
# courtyard-income slogan, 家家庭院出效益, typed family work by it). Hand-written from how these
# words join: a cue is read inside words, never across one's edge.
ACROSS_HOME = re.compile(r"(?<=[自我家农各咱你他她]家)(?=庭院)")
# Honours awarded (表彰了……巾帼文明岗, 荣获……女能手称号, 被评为……巾帼维权岗): the titles are models held
# up to women, ideology work whatever field the honoured come from (docs/CODEBOOK.md: 会议代全国妇联颁发
# …巾帼文明岗…证书 is no economic work), so the cues inside them weigh for ideology; the honours of the
# family and volunteer programmes (最美家庭, 巾帼志愿服务先进集体) are how those programmes run and keep
# their type (the development half's coders type them so). Hand-written from the grammar of awards: a verb
# of awarding, then the titles within its clause up to the last head of an honour (the heads of
# the codebook's honour titles: 红旗手, 标兵, 先进集体, 能手, 带头人, 文明岗, 称号 …).
AWARDED = re.compile(
    r"(?:表彰(?:奖励)?|荣获|获评|评为|授予|颁发)了?(?P<titles>[^。；;，,]{0,60}"
    r"(?:红旗手|红旗集体|标兵|先进集体|先进个人|先进工作者|能手|带头人|文明岗|维权岗|之星|称号|奖章))")
HONOUR_KEEPS = frozenset({"ideology", "family", "volunteer"})
# A title handed over at the event a sentence tells (为……颁发“最美种粮能手”证书): the ceremony is the
# work told, models held up, ideology by a naming cue even where the title's words name no field
# (stop 32: a grain grower's award opening a farming class left its report without ideology). A
# title someone won (荣获, 获评, 评为 ……称号) is news of their merit and keeps the words it has (the
# development half's coders type a village's or a cadre's award by its field).
HANDED_OVER = "颁发"
# Volunteers who carry out the work a sentence tells (社区志愿者走向街头,向母亲们送去康乃馨; 巾帼志愿者
# 为群众发放防诈骗宣传彩页; 组织巾帼志愿者为孩子们辅导作业): they are its agent, and the work decides the
# type, not the volunteers who do it nor the verb that organises, sends or musters them (stop-31
# adjudication of the third-wave rounds: volunteer work is the volunteering told, recruiting,
# signing up, training, swearing in or founding volunteers and teams, a team's standing service,
# service named only as volunteer service, patrols). Hand-written from the grammar of news
# reports: the volunteers (or their team) right before an adverb and a verb or preposition of
# doing, or credited with the work by their effort or help (通过广大志愿者的不懈努力,村容村貌焕然
# 一新; 在巾帼志愿者的帮助下: stop 32b, a clean-up's thanks typed its report volunteer), in a
# clause where no verb of recruiting, signing up, founding, training, swearing in or honouring
# takes them as its object (招募巾帼志愿者为老人服务, 讲师团志愿者向全市公开招募 are
# volunteer work). Inside a report only: such a sentence goes on with the programme told before
# it (classify_sentences) and gives its report no volunteer evidence (report_types); alone, or
# after volunteer work, it stays volunteer (巾帼志愿者为孤寡老人打扫卫生 is the volunteers' own service).
VOLUNTEER_AGENT = re.compile(
    r"(?:巾帼)?(?:志愿者|志愿服务队|志愿服务团队|志愿队|义工)(?:们|队伍)?"
    r"(?=(?:还|也|都|又|们|纷纷|积极|主动|耐心|热情|细心|现场|分别|先后)*"
    r"(?:为|向|给|对|从|走|深入|上门|入户|来到|进|到|宣传|发放|讲解|带来|开展|送|帮|陪|教|指导)"
    r"|的(?:不懈|共同|辛勤|热心|无私|悉心)?(?:努力|付出|帮助|协助))")
VOLUNTEERS_TAKEN = re.compile(r"招募|招收|组建|成立|培训|表彰|吸纳|注册|报名|宣誓|授旗")
# A clause of one sentence (between commas, semicolons, colons or stops): the unit a list of
# topics (below) is read in.
CLAUSE = re.compile(r"[^，,。；;：:！!？?]+")
# A clause that enumerates items (A、B、C …) naming this many programmes or more lists the
# federation's remit or a year's topics (在妇女发展、扶贫帮困、法律援助等方面; 内容涵盖纠纷调解、
# 政策宣传、结对帮扶等类别): each item is named in passing, so the list is no evidence of what its
# report covers — unless an event verb heads it (举办……招聘会、……见面会、……讲座): events held.
# Hand-written from the grammar of enumeration (items joined by the enumeration comma 、).
TOPIC_LIST_ITEMS = 3
TOPIC_LIST_TYPES = 3
# A list opened inside a sentence: its first item follows a colon or a comma (……希望:一是……).
LIST_OPENING = re.compile(r"[:：,，]\s*(?:一是|第一[,，、]|首先[,，])")
# The page after the article: a closing byline in brackets (（张三 李四）, （某镇妇联）; not a photo
# or video credit, …摄, 供图, 资料图片, 视频截图, which a page prints under a picture anywhere in
# the article: stop 25, a (资料图片) after the second paragraph made the rest of a sports meet a
# trailer) or a trailer heading (责任编辑, 免责声明, 新闻推荐, 频道推荐, 上一篇 …), or a site's copyright
# notice (版权声明, 凡本网注明……, 未经……授权不得转载: stop 26). What follows
# it — disclaimers, links to other news — is no part of the report: it goes on with the report's
# last topic and is no evidence of what the report covers. Hand-written from how news and
# government pages end.
TRAILER_OPENING = re.compile(
    r"^(?:[(（](?![^()（）]*(?:摄|供图|图片|资料图|视频|截图))[^()（）。,，;；!?！？]{1,30}[)）]$"
    r"|[(（]?(?:责任编辑|责编|免责声明|特别声明|新闻推荐|相关新闻|相关阅读|推荐阅读|频道推荐|热点推荐"
    r"|延伸阅读|相关链接|猜你喜欢|上一篇|下一篇|版权声明|版权所有))"
    r"|^(?:\d+[、.．])?(?:凡本(?:网|站|报)|本(?:网|站|稿件)[^。]{0,20}版权|未经[^。]{0,20}(?:授权|许可))")
# A list of links to other news, each a headline printed with the site it comes from glued to
# its end (……增收致富青海新闻网, ……需注意这些青海新闻网; ……人民网, ……客户端): two such lines in a row that
# end with the same site's name open the page after the article as a trailer heading does
# (stop 26: a related headline on a fruit industry made a rights report economic). Hand-written
# from how news portals print their link lists.
SITE_NAME = re.compile(r"[^\s，,。；;！!？?:：]{1,8}?(?:网|日报|晚报|客户端|在线)$")
SITE_NAME_LENGTH = 3
# A page's list of links to other news whose heading the cleaner has already taken away (相关新闻,
# 推荐阅读, 往期回顾 are boilerplate lines): at the foot of the page, after the article's last sentence
# of prose, two or more headlines in a row running to the end, each a short line with no clause
# punctuation and no item number (a dated link, ……宣传 2023-03-01, is one too). They open the page
# after the article as a trailer heading does (stop 27: the headlines of a federation's other news
# made its report cover their types). Hand-written from how portals print their link lists.
LINK_LINE = re.compile(r"^[^，,。；;：:！!？?]{4,40}$")
LINK_RUN = 2
# A picture's file name left on its own line where the page showed the picture (图片1.png,
# 微信图片_20230712110716.jpg, QQ截图20170505142607.png): the segmenter reads such a short line as a
# heading, but it states no topic and opens no section; the sentences after it go on under the
# heading before it (stop 31: a picture's name over a visit's second paragraph made the rest of
# the visit a section typed by its sum). Hand-written from how scraped pages keep images' names.
PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp)\s*$", re.I)
# How a sentence of prose ends (a page's menus, mastheads and link rows end with none of these).
PROSE_END = ("。", "！", "？", "!", "?", "”")


def classify(sentence: str, section: str = "") -> str | None:
    """The programme type of one sentence, or None when neither it nor its section has cues.

    Examples
    --------
    >>> classify("持续开展适龄妇女“两癌”免费筛查工作")
    'health'
    """
    return _best(_scores(sentence)) or (_best(_scores(section)) if section else None)


def classify_sentences(sentences: Sequence[tuple[str, str]],
                       levels: Sequence[int] | None = None) -> list[str]:
    """The programme type of each (text, section heading) of one report, in order.

    ``levels`` gives each sentence's heading level (``segment.Heading.level``: 1 a section,
    2 a subsection, 3 a run-in item, 0 a body sentence); without it no sentence is a heading and the section
    text stands for the heading. Reports state a
    programme in a heading or once in a sentence and go on with dates, places, counts and
    voices, so:

    - a heading's section runs to the next heading of the same or a higher level; the
      heading's own cues (MIN_SENTENCE_CUE) type it, else those of the heading line right
      above it that it continues (a lead printed as short lines; not a numbered item or a
      dateline), else its parent heading's type, else the cues summed over its section;
    - under a heading typed by its own cues, a sentence keeps that topic unless its own cues
      name another programme (NAMING_CUE, twice what they give the topic beyond the pattern
      cues they share with the heading): a passing cue (儿童 in a screening report, 培训 in a
      cadre section) does not override a section;
    - under a heading typed by its parent, a sentence takes its own cues when they weigh
      MIN_SENTENCE_CUE, else the parent's topic;
    - under a heading with no topic of its own or above it (a dateline, a rhetorical title),
      the cues summed over its section say little about any one sentence: a sentence takes its
      own cues, else continues its neighbours, and only then the summed type; when nothing in
      the section names a programme either (a photo caption, a lead broken into short lines
      read as headings), it goes on with the topic before its heading;
    - a run-in item of a list that a body sentence opens (……提出三点要求:一是……;二是……) keeps
      that sentence's topic unless it names another programme (as under a typed heading);
    - a sentence that only says who attends, chairs or accompanies (ATTENDANCE), or voices
      hopes and suggestions (VOICED), has no cues of its own: its titles are the audience, its
      programmes wishes, not the topic;
    - a sentence with none of these continues the typed sentence before it in its section,
      or, before the first, the one after it; a weak cue types only what nothing else does;
    - a sentence in a section where nothing names a programme reports on the federation's
      own work (REPORT_DEFAULT_TYPE, organisation): unlike ``classify`` of a sentence alone,
      every sentence of a report gets a type;
    - the page after the article (TRAILER_OPENING: a closing byline, 责任编辑, 新闻推荐 …)
      continues the article's last type.
    - a picture's file name read as a heading (PICTURE_FILE: 图片1.png) is no heading: the
      sentences after it stay under the heading before it.
    - a sentence typed volunteer only by volunteers who carry out its work (VOLUNTEER_AGENT:
      巾帼志愿者为群众发放宣传资料) goes on with the programme told before it in its section (the
      sentence before it, else its heading; under a heading typed only by its sentences summed,
      the topic before that heading), when that is another type.

    Examples
    --------
    >>> classify_sentences([("开展“两癌”免费筛查。", ""), ("共300人参加。", "")])
    ['health', 'health']
    """
    count = len(sentences)
    if levels is not None and len(levels) != count:
        raise ValueError(f"classify_sentences: {count} sentences but {len(levels)} levels")
    levels = [0 if PICTURE_FILE.search(text) else level
              for (text, _), level in zip(sentences, levels, strict=True)] \
        if levels is not None else [0] * count
    attending = [not level and (_only_attends(text) or bool(VOICED.match(text))
                                or bool(CAPTION.match(text)))
                 for (text, _), level in zip(sentences, levels, strict=True)]
    frames = [frozenset() if attends else _frames(text)
              for (text, _), attends in zip(sentences, attending, strict=True)]
    own = [{} if attends else _with_patterns(_keyword_scores(text), found)
           for (text, _), found, attends in zip(sentences, frames, attending, strict=True)]
    heads = [index for index in range(count) if levels[index]]
    section_types = _section_types(own, levels, heads, [text for text, _ in sentences])
    types: list[str | None] = [None] * count
    opened: list[tuple[int | None, str]] = []  # the heading (index, text) a sentence is under
    heading = None
    summed: dict[int, str | None] = {}  # sentences whose section's type is its cues summed
    section_cues: dict[str, tuple[frozenset[int], str | None]] = {}
    for index, (_, section) in enumerate(sentences):
        if levels[index]:
            heading = index
        intro = _list_intro(sentences, levels, index)
        if intro is not None and types[intro]:
            # an item of a list a sentence opened (……提出四点希望:一是……;二是……): it keeps the
            # sentence's topic unless it names another programme, as under a typed heading
            types[index] = _body_type(own[index], (types[intro], "heading"))
        elif heading is not None and section_types[heading][1] == "summed":
            types[index] = _decisive(own[index])
            summed[index] = section_types[heading][0]
        elif levels[index]:
            types[index] = section_types[index][0]
        elif heading is not None:
            types[index] = _body_type(own[index], section_types[heading],
                                      frames[index] & frames[heading])
        else:  # no heading sentence before it: its section text, if any, stands for one
            if section not in section_cues:  # read once per section, not once per sentence
                framed = _frames(section) if section else frozenset()
                section_cues[section] = framed, _decisive(
                    _with_patterns(_keyword_scores(section), framed)) if section else None
            framed, stated = section_cues[section]
            types[index] = _body_type(own[index], (stated, "heading" if stated else "parent"),
                                      frames[index] & framed)
        opened.append((heading, section))
    for index in range(1, count):
        if types[index] is None and opened[index - 1] == opened[index]:
            types[index] = types[index - 1]
    for index in range(count - 2, -1, -1):
        if types[index] is None and opened[index + 1] == opened[index]:
            types[index] = types[index + 1]
    for index, kind in summed.items():
        # A section where nothing names a programme under a heading that names none either
        # (a photo caption, a lead broken into short lines, 活动现场。, a bare 三是…) goes on
        # with the topic before its heading: such a line does not open a new topic.
        types[index] = types[index] or kind or (types[index - 1] if index else None)
    for index, (text, _) in enumerate(sentences):
        if types[index] == "volunteer" and not levels[index] and _carried(text):
            # volunteers carrying out the work of the programme told before them
            opener = opened[index][0]
            before = types[index - 1] if index and opened[index - 1] == opened[index] \
                and not levels[index - 1] else None
            context = before if before != "volunteer" else None
            if context is None and opener is not None:
                # a section typed by its sentences summed holds no topic the volunteers did not
                # give it: they go on with the topic before its heading
                context = section_types[opener][0] if section_types[opener][1] != "summed" \
                    else types[opener - 1] if opener else None
            types[index] = context if context and context != "volunteer" else types[index]
    out = [kind or _best(scores) or REPORT_DEFAULT_TYPE
           for kind, scores in zip(types, own, strict=True)]
    trailer = _trailer_start([text for text, _ in sentences])
    if 0 < trailer < count:
        out[trailer:] = [out[trailer - 1]] * (count - trailer)
    return out


def _only_attends(text: str) -> bool:
    """Whether a sentence only says who attends, chairs or accompanies (ATTENDANCE), holding
    no event of its own (EVENT_HELD)."""
    return bool(ATTENDANCE.search(text)) and not EVENT_HELD.search(text)


def _list_intro(sentences, levels, index: int) -> int | None:
    """The body sentence that opens the list whose run-in item ``index`` is: the nearest
    sentence before it that is no run-in item, when it ends with a colon or holds the list's
    first item itself (……提出四点希望:一是……;); else None."""
    if levels[index] != segment.RUN_IN_LEVEL:
        return None
    before = index - 1
    while before >= 0 and levels[before] == segment.RUN_IN_LEVEL:
        before -= 1
    if before < 0 or levels[before]:
        return None
    text = sentences[before][0].rstrip()
    return before if text.endswith((":", "：")) or LIST_OPENING.search(text) else None


def _trailer_start(texts: Sequence[str]) -> int:
    """Index of the first sentence of the page after the article (TRAILER_OPENING), or the
    number of sentences when the page has none. Only a line after a sentence of the article
    (one that ends as prose ends, PROSE_END) can open it: the same links (上一篇 下一篇, 相关新闻)
    head a page's chrome above its article, where the article has not yet begun (stop 25: a
    portal's 上一篇 下一篇 over the headline made a whole report a trailer)."""
    begun = False
    for index, text in enumerate(texts):
        if begun and (TRAILER_OPENING.match(text) or _links_from(texts, index)
                      or _links_to_end(texts, index)):
            return index
        begun = begun or text.rstrip().endswith(PROSE_END)
    return len(texts)


def _links_to_end(texts: Sequence[str], index: int) -> bool:
    """Whether the lines from ``index`` to the end of the page, LINK_RUN or more, are all
    headlines of links (LINK_LINE, no prose end, no item number)."""
    # (each line stripped only when it is read: the first line that is no link ends the test,
    # instead of every later line of the page being stripped for each line tried)
    return len(texts) - index >= LINK_RUN and all(
        LINK_LINE.match(line) and not line.endswith(PROSE_END)
        and not segment.ENUMERATOR_PREFIX.match(line) for line in map(str.strip, texts[index:]))


def _links_from(texts: Sequence[str], index: int) -> bool:
    """Whether the line ``index`` and the next one are links printed with one site's name
    (SITE_NAME) at their ends, where no prose ends them."""
    if index + 1 >= len(texts):
        return False
    lines = [line.rstrip() for line in texts[index:index + 2]]
    if lines[0].endswith(PROSE_END):
        return False  # (tested first: most lines are prose, and the rest costs more)
    shared = os.path.commonprefix([line[::-1] for line in lines])[::-1]
    return len(shared) >= SITE_NAME_LENGTH and all(map(SITE_NAME.search, lines)) \
        and SITE_NAME.search(shared) is not None


def _section_types(own: list[dict[str, float]], levels: list[int], heads: list[int],
                   texts: list[str]) -> dict[int, tuple[str | None, str]]:
    """(type, where it comes from) of each heading's section: "heading" (its own cues, or
    those of the heading line it continues), "parent" (the heading above it) or "summed"
    (the cues of its sentences added up)."""
    out: dict[int, tuple[str | None, str]] = {}
    top = min((levels[head] for head in heads), default=0)
    for position, head in enumerate(heads):
        kind = _decisive(own[head])
        if kind:
            # The page's title (the one heading of the top level, not numbered: a news item's
            # headline) states the report's topic loosely; its sentences say what each is
            # about, as under a heading typed by its parent (a lone 社区“妇女之家”让生活更幸福
            # over songs, child care and jobs). A numbered heading or one among siblings
            # (一、 二、) states its own section's topic.
            title = levels[head] == top and sum(levels[h] == top for h in heads) == 1 \
                and not segment.ENUMERATOR_PREFIX.match(texts[head])
            out[head] = (kind, "parent" if title else "heading")
            continue
        if position and heads[position - 1] == head - 1 and levels[head - 1] == levels[head] \
                and out[head - 1][0] and _continues_heading(texts[head]):
            # the next line of a heading printed over several lines (a lead broken into
            # short lines, a slogan and its subtitle): one heading, one topic
            out[head] = out[head - 1]
            continue
        parent = next((p for p in reversed(heads[:position]) if levels[p] < levels[head]), None)
        if parent is not None and out[parent][0]:
            out[head] = (out[parent][0], "parent")
            continue
        end = next((h for h in heads[position + 1:] if levels[h] <= levels[head]), len(levels))
        out[head] = (_decisive(_summed(own[head + 1:end])), "summed")
    return out


def _body_type(own: dict[str, float], section: tuple[str | None, str],
               shared: frozenset[int] = frozenset()) -> str | None:
    """A body sentence's type from its own cues and its section's (type, where it comes from).
    Against a heading's topic the sentence weighs the topic without the pattern cues it shares
    with the heading (``shared``): a frame repeated from the heading (庆“三八”) does not hold
    the topic against a programme the sentence names (a tug-of-war match that day is health
    work), while a frame of its own (总结……部署 under a meeting's heading) does."""
    topic, source = section
    best = _best(own)
    if source == "heading":
        held = own.get(topic, 0.0) - _with_patterns({}, shared).get(topic, 0.0)
        names_another = best is not None and best != topic and own[best] >= NAMING_CUE \
            and 2 * held <= own[best]
        return best if names_another else topic
    return _decisive(own) or topic


def report_type_shares(types: list[str | None]) -> dict[str, float]:
    """Share of each type among a report's typed sentences (types in the fixed order)."""
    counts = Counter(t for t in types if t)
    total = sum(counts.values())
    return {t: counts[t] / total for t in TYPES if counts[t]} if total else {}


def report_types(types: list[str | None], texts: Iterable[str] = (), *,
                 min_share: float = MIN_REPORT_SHARE,
                 min_evidence: float = MIN_REPORT_EVIDENCE) -> set[str]:
    """The types a report covers. With the sentence ``texts`` (aligned with ``types``): those
    whose devoted sentences — the sentences whose own programme cues lead with the type — add
    up to ``min_evidence`` (one naming cue, or two typical ones; more than that in a report
    mostly on the federation's own work, OWN_WORK_SHARE), and the report's main
    topic (MAIN_TOPIC_SHARE). A type a
    sentence takes from its heading or from the sentences around it, or names in passing among
    others, does not count: a report covers a programme it gives words of its own. Without
    texts: the types that lead at least ``min_share`` of the typed sentences."""
    texts = list(texts)
    shares = report_type_shares(types)
    if not texts:
        return {kind for kind, share in shares.items() if share >= min_share}
    if len(texts) != len(types):
        raise ValueError(f"report_types: {len(types)} types but {len(texts)} texts")
    evidence: dict[str, float] = defaultdict(float)
    for text, kind in zip(texts[:_trailer_start(texts)], types, strict=False):
        # volunteers re-typed by the work they carry out are no volunteer programme told
        own = _programme_scores(_without_agents(text) if kind != "volunteer" and _carried(text)
                                else text)
        best = _best(own)
        if best:
            evidence[best] += own[best]
    main = _best(shares)
    own_work = main == FRAME_TYPE and shares[main] >= OWN_WORK_SHARE
    covered = {kind for kind in TYPES if evidence[kind] > min_evidence
               or evidence[kind] == min_evidence and not own_work}
    if main and shares[main] >= MAIN_TOPIC_SHARE:
        covered.add(main)
    return covered


def _programme_scores(text: str) -> dict[str, float]:
    """The programme cues of a sentence as evidence of what its report covers: its keyword
    cues and the pattern cues that name a programme (a festival day, a family honour, women
    trained); none when a framing pattern (FRAME_TYPE) decides its type (a report summing up
    its work 在……领导下 lists the year's programmes in passing, its meetings name the topics
    they heard), nor when it lists the
    sites of a visit (VISITED) or carries no work (NO_WORK: a plan, a menu line); and without
    the clauses that list topics (a remit of several programmes named in passing)."""
    if _only_attends(text) or VISITED.search(text) or NO_WORK.search(text):
        return {}
    frames = _frames(text)
    framing = {index for index in frames if _pattern_cues()[index][0] == FRAME_TYPE}
    own = _with_patterns(_keyword_scores(_without_topic_lists(text)), frames - framing)
    return own if _best(_with_patterns(own, framing)) == _best(own) else {}


def _without_topic_lists(text: str) -> str:
    """``text`` with each clause that lists topics (TOPIC_LIST_ITEMS items or more, naming
    TOPIC_LIST_TYPES programmes or more, no event verb at its head) cut out."""
    if text.count("、") < TOPIC_LIST_ITEMS - 1:
        return text
    pieces, position = [], 0
    for clause in CLAUSE.finditer(text):
        items = clause.group(0).split("、")
        if len(items) < TOPIC_LIST_ITEMS or EVENT_HELD.search(items[0]):
            continue
        if len({_best(_keyword_scores(item)) for item in items} - {None}) >= TOPIC_LIST_TYPES:
            pieces.append(text[position:clause.start()])
            position = clause.end()
    return "".join(pieces) + text[position:] if pieces else text


def _scores(text: str) -> dict[str, float]:
    """The cue weights of ``text`` per type: its keyword cues and its pattern cues."""
    return _with_patterns(_keyword_scores(text), _frames(text))


def _keyword_scores(text: str) -> dict[str, float]:
    """Summed weights of the cue keywords present in ``text`` (each keyword once), added in
    a fixed order so that the sums are reproducible; the field of an ARENA, an ORIGIN, an
    INSPECTED or a POLICY_AIM, the calendar of a CALENDAR_YEAR, a VENUE and the home of a
    HOME_PRODUCTION weigh nothing, no cue is read across the word edge of an ACROSS_HOME, and
    the titles an AWARDED holds up weigh for ideology (a family or volunteer honour for its own type)."""
    scores: dict[str, float] = defaultdict(float)
    ranked = _ranked_cues()
    text = ACROSS_HOME.sub("，", HOME_PRODUCTION.sub("，", VENUE.sub("在，", text)))
    text = CALENDAR_YEAR.sub(_field_left_out, text)
    text = ORIGIN.sub(_field_left_out, ARENA.sub(_field_left_out, text))
    text = POLICY_AIM.sub(_field_left_out, INSPECTED.sub(_field_left_out, text))
    awards = list(AWARDED.finditer(text))
    titles = [award.group("titles") for award in awards]
    honours = set().union(*map(_outermost, titles))
    for rank in sorted(honours | _outermost(AWARDED.sub(_titles_left_out, text) if titles else text)):
        for kind, weight in ranked[rank][1]:
            scores[kind if rank not in honours or kind in HONOUR_KEEPS else "ideology"] += weight
    if any(award.group(0).startswith(HANDED_OVER) and not _outermost(award.group("titles"))
           for award in awards):
        scores["ideology"] += NAMING_CUE
    return scores


def _carried(text: str) -> bool:
    """Whether a sentence's volunteer cues lead only through volunteers who carry out its work
    (VOLUNTEER_AGENT): without them another type, or none, leads."""
    if "志愿" not in text and "义工" not in text:
        return False
    return _best(_scores(_without_agents(text))) != "volunteer" \
        and _best(_scores(text)) == "volunteer"


def _without_agents(text: str) -> str:
    """``text`` without the volunteers who carry out its work (VOLUNTEER_AGENT)."""
    return VOLUNTEER_AGENT.sub(_agent_left_out, text)


def _agent_left_out(agent: re.Match) -> str:
    """Volunteers who carry out the work (VOLUNTEER_AGENT) cut out (a comma in their place),
    unless their clause recruits, founds, trains, swears in or honours them (VOLUNTEERS_TAKEN)."""
    clause = next(clause.group(0) for clause in CLAUSE.finditer(agent.string)
                  if clause.start() <= agent.start() < clause.end())
    return agent.group(0) if VOLUNTEERS_TAKEN.search(clause) else "，"


def _titles_left_out(award: re.Match) -> str:
    """An AWARDED with its titles cut out (a comma in their place), read on their own."""
    return award.group(0).replace(award.group("titles"), "，", 1)


def _field_left_out(arena: re.Match) -> str:
    """An ARENA, an ORIGIN, an INSPECTED, a POLICY_AIM or a CALENDAR_YEAR with its field (the
    group that matched) cut out (a comma in its place: no cue spans the cut)."""
    return arena.group(0).replace(arena.group(arena.lastgroup), "，", 1)


def _frames(text: str) -> frozenset[int]:
    """Indices of the pattern cues (``_pattern_cues``) that ``text`` matches."""
    return frozenset([index for index, search in _cue_searches() if search(text)])


def _with_patterns(words: dict[str, float], frames: Iterable[int]) -> dict[str, float]:
    """Keyword weights ``words`` plus the weights of the pattern cues ``frames`` (a new dict,
    the cues added in their order)."""
    scores = defaultdict(float, words)
    cues = _pattern_cues()
    for index in sorted(frames):
        kind, _, weight = cues[index]
        scores[kind] += weight
    return scores


def _outermost(text: str) -> set[int]:
    """Ranks of the cue keywords found in ``text`` that no longer keyword found there holds
    (志愿服务队 counts once, not also as 志愿服务, 志愿 and 服务队): a programme named in a
    long phrase weighs what the phrase weighs, whatever shorter cues it is spelled with.
    Quote marks are read through (``_unquoted``): reports quote part of a phrase, an
    abbreviation or a name (“两癌”救助, 贫困母亲“两癌”, “三八”红旗手), and the phrase is still a cue."""
    text, quoted = _unquoted(text)
    found = {(end - back, -end - 1, rank) for end, (back, rank) in _cue_automaton().iter(text)}
    spans = sorted(found if not quoted else
                   {span for span in found if not _straddles(span[0], -span[1], quoted)})
    # One sweep by start, longer first: a span is held by another exactly when one before it
    # in this order reaches as far (a span's text decides its rank, so no two are equal).
    outermost, reach = set(), -1
    for _, negative_end, rank in spans:
        if -negative_end > reach:
            outermost.add(rank)
            reach = -negative_end
    return outermost


def _unquoted(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` without its quote marks, and the (start, end) of each quoted stretch in it
    (marks taken in pairs, opening and closing, as a page prints them)."""
    if "“" not in text and "‘" not in text:
        return text, ()
    pieces = QUOTE_MARK.split(text)
    marks, length = [], 0
    for piece in pieces[:-1]:  # a mark after each piece but the last
        length += len(piece)
        marks.append(length)
    return "".join(pieces), tuple(zip(marks[::2], marks[1::2], strict=False))


def _straddles(start: int, end: int, quoted: tuple[tuple[int, int], ...]) -> bool:
    """Whether the span [start, end) cuts through a quoted stretch (it holds neither all of it
    nor lies inside it): 组建 in “美丽楼组”建 joins the last character of a name to the next
    word, no cue."""
    return any(start < stop and end > begin and not (start <= begin and end >= stop)
               and not (begin <= start and end <= stop) for begin, stop in quoted)


@cache
def _cue_searches() -> tuple[tuple[int, Callable[[str], re.Match | None]], ...]:
    """Each pattern cue's index and bound ``search``, looked up once, not per sentence."""
    return tuple((index, pattern.search) for index, (_, pattern, _) in enumerate(_pattern_cues()))


@cache
def _pattern_cues() -> tuple[tuple[str, re.Pattern, float], ...]:
    """The cues that are word patterns (``lexicon/typology_patterns.tsv``): a frame such as
    在……领导下 has any body inside it, which no keyword list can spell out."""
    cues = []
    for kind, pattern, weight in lexicon.rows("typology_patterns.tsv"):
        if kind not in TYPES:
            raise ValueError(f"typology_patterns.tsv: unknown programme type {kind!r}")
        cues.append((kind, re.compile(pattern), float(weight)))
    return tuple(cues)


@cache
def _ranked_cues() -> tuple[tuple[str, tuple[tuple[str, float], ...]], ...]:
    """The cues in the order their weights are added: by first character, then lexicon order."""
    return tuple(sorted(_cues().items(), key=lambda cue: cue[0][0]))


@cache
def _cue_automaton() -> ahocorasick.Automaton:
    """All cue keywords in one Aho-Corasick automaton: one pass over a sentence finds every
    keyword in it, overlapping ones included (value: the keyword's length less one, which
    gives its start from the end the automaton reports, and its rank)."""
    automaton = ahocorasick.Automaton()
    for rank, (keyword, _) in enumerate(_ranked_cues()):
        automaton.add_word(keyword, (len(keyword) - 1, rank))
    automaton.make_automaton()
    return automaton


def _continues_heading(line: str) -> bool:
    """Whether a heading line right under another can be that heading's next line: not a
    numbered item of its own (1、 三是) and not a dateline or byline (their digits)."""
    return not (segment.ENUMERATOR_PREFIX.match(line) or re.search(r"\d", line))


def _summed(scores: Iterable[dict[str, float]]) -> dict[str, float]:
    """Cue weights of several sentences added up per type."""
    total: dict[str, float] = defaultdict(float)
    for own in scores:
        for kind, weight in own.items():
            total[kind] += weight
    return total


def _decisive(scores: dict[str, float]) -> str | None:
    """The leading type when its cues weigh one typical cue (MIN_SENTENCE_CUE), else None."""
    best = _best(scores)
    return best if best and scores[best] >= MIN_SENTENCE_CUE else None


def _best(scores: dict[str, float]) -> str | None:
    """The type with the highest positive score; on a tie, the one listed first in TYPES."""
    top = max(scores.values(), default=0.0)
    return next(t for t in TYPES if scores.get(t) == top) if top > 0 else None


@cache
def _cues() -> dict[str, tuple[tuple[str, float], ...]]:
    cues: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for kind, keyword, weight in lexicon.rows("typology.tsv"):
        if kind not in TYPES:
            raise ValueError(f"typology.tsv: unknown programme type {kind!r}")
        cues[keyword].append((kind, float(weight)))
    return {keyword: tuple(pairs) for keyword, pairs in cues.items()}
