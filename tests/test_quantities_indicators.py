"""Indicators a policy writer can quote (issue 10, item 5) and quantities a scan cut at a line
end (item 4). Every sentence is written for this test; none is copied from a report."""

from __future__ import annotations

import pytest

from womenfed.clean import Draft, clean_text, join_split_quantities
from womenfed.quantities import extract_quantities, uncertain_indicator
from womenfed.segment import segment


def _by_text(sentence: str) -> dict[str, tuple[str, str]]:
    return {q.text: (q.indicator, q.kind) for q in extract_quantities(sentence)}


@pytest.mark.parametrize("sentence, text, indicator, kind", [
    # 分别 pairs the listed nouns with the listed numbers, in order
    ("参赛的男选手和女选手分别为15人和42人。", "42人", "女选手", "people"),
    ("社区的老党员和新党员分别有8名和21名。", "8名", "社区的老党员", "people"),
    # ... but not when a noun follows 分别: the numbers count that noun
    ("城区和乡镇分别建成儿童之家14个、27个。", "27个", "建成儿童之家", "organisations"),
    # a part of a total named by a rank or a distinguishing word takes the total's noun
    ("全县评出文明家庭75户,其中县级18户。", "18户", "评出的县级文明家庭", "households"),
    ("共表彰巾帼文明岗26个,其中省级6个。", "6个", "表彰的省级巾帼文明岗", "organisations"),
    # ... a part that names its own noun keeps it
    ("共有执委31人,其中副主任4人。", "4人", "副主任", "people"),
    # ... with what the total's persons did, which the part did too
    ("今年有12名女干部提拔到领导岗位,其中乡镇妇联主席5名。", "5名", "提拔到领导岗位的乡镇妇联主席",
     "people"),
    ("共有80名巾帼志愿者参加培训,其中大学生30名。", "30名", "参加培训的大学生", "people"),
    # ... but not a deed of things, nor a total that did nothing
    ("全县共有执委120人,其中女企业家35人。", "35人", "女企业家", "people"),
    # a count right after another shares the noun before both
    ("全镇共培训返乡妇女3期96人。", "96人", "培训返乡妇女", "people"),
    # a verb alone before the number is no counted noun: the words after the number are
    ("今年新建19处打卡地。", "19处", "新建打卡地", "other"),
    # 处 counts places, or the bodies a known noun names
    ("全镇共建成3处妇女之家。", "3处", "建成的妇女之家", "organisations"),
    # a number after a list closed by 等 counts the list: its items, 等 and the noun after it,
    # with the verb before the list that defines the counted set (stop 25)
    ("全乡有种桑、养蚕等专业合作社13个。", "13个", "种桑、养蚕等专业合作社", "organisations"),
    ("今年共评选出“好邻居”“好儿女”“文明家庭”等85人。", "85人", "评选出的好邻居、好儿女、文明家庭等",
     "people"),
    ("开展“家庭教育进校园”“手工编织培训进乡村”等活动23场次。", "23场次",
     "家庭教育进校园、手工编织培训进乡村等活动", "events"),
    # ... and so does a total in a clause of its own after the list (a list total across a comma)
    ("表彰了优秀女教师、巾帼标兵等,共计120名。", "120名", "表彰的优秀女教师、巾帼标兵等", "people"),
    ("共设立儿童之家、妇女之家、调解室等,合计46个。", "46个", "设立儿童之家、妇女之家、调解室等",
     "organisations"),
    # ... and so does a number ending a clause that a tally word opens
    # (persons named with what they did after the number: all the listed did it)
    ("共邀请农技专家、巾帼能手和女企业家80余人授课。", "80余人", "授课的农技专家、巾帼能手和女企业家",
     "people"),
    # ... a long list keeps its first item, 等 and the noun (a quoted name's blank is no break)
    ("组织普法宣传进村、“清正家风 廉洁齐家”主题讲座、家风故事会等活动30余场。", "30余场",
     "普法宣传进村等活动", "events"),
    # an adverbial adjective ends the phrase after the number
    ("217名网格员正式上岗服务。", "217名", "网格员", "people"),
    # a noun the dictionary tags as a time word still belongs to the phrase
    ("共有4千余名单身青年报名。", "4千余名", "报名的单身青年", "people"),
    # a one-character "outcome" after a pivot verb is no outcome (a sentence cut short)
    ("组织33名农村妇女能", "33名", "农村妇女", "people"),
    # a verb that says which of the nouns are counted stays: an increment, coverage, a gift,
    # collecting, a service whose recipients are counted
    ("今年新建妇女微家17个。", "17个", "新建妇女微家", "organisations"),
    ("服务范围覆盖9个街道。", "9个", "覆盖街道", "organisations"),
    ("向受灾群众捐赠11万元现金。", "11万元", "捐赠现金", "money_cny"),
    ("共征集到260多篇家书。", "260多篇", "征集到家书", "items"),
    ("妇女之家再增加40个。", "40个", "妇女之家再增加", "organisations"),
    # ... but reporting verbs go (开展, 发放)
    ("全年发放维权手册900份。", "900份", "发放维权手册", "items"),
    # a number that opens its clause is the subject of what follows: that says who is counted
    ("已有58名学员完成培训。", "58名", "完成培训的学员", "people"),
    ("7个项目入选省级、市级示范名单。", "7个", "入选省级、市级示范名单的项目", "items"),
    # ... for bodies any deed, as for persons (stop 22: a bare 社区 read as a stock)
    ("全县41个社区配备了专职干部。", "41个", "配备了专职干部的社区", "organisations"),
    # a total after a list counts the whole list
    ("妇女代表、执委和志愿者共86人参加。", "86人", "参加的妇女代表、执委和志愿者", "people"),
    ("妇女代表、执委和志愿者共86人。", "86人", "妇女代表、执委和志愿者", "people"),
    # ... a long list gives its first item and 等, never the last item alone
    ("各镇妇联主席、村妇联主席、执委、巾帼志愿者代表、致富女能手代表等共计210人出席。", "210人",
     "出席的妇联主席等", "people"),
    ("各镇妇联主席、村妇联主席、执委、巾帼志愿者代表、致富女能手代表等共计210人。", "210人",
     "妇联主席等", "people"),
    # ... and where even its first item is long, the persons the deed names
    ("县妇联班子成员及机关全体干部和各乡镇妇联主席、社区妇女之家负责人等90余人参加了会议。",
     "90余人", "参加了会议的人员", "people"),
    # ... the list opens after the last reporting verb before its last item
    ("走进甲村、乙村、丙社区开展政策宣讲会、亲子阅读会等活动12场。", "12场",
     "政策宣讲会、亲子阅读会等活动", "events"),
    # ... a deed followed by another number counts that number's noun: the persons keep the words
    # before it when they end on a noun
    ("推荐女能手、织娘等200余人次参加省内外展销、培训等活动9期。", "200余人次",
     "参加省内外展销、培训等活动的女能手、织娘等", "person_times"),
    # a quoted name after the number is one noun, not the words it is made of
    ("建成12个“妈妈驿站”。", "12个", "建成的妈妈驿站", "organisations"),
    # nouns listed after one number share it
    ("共有96名女企业家和女律师参加。", "96名", "参加的女企业家和女律师", "people"),
    # a short list closed by 等 before the number names some of the counted
    ("成员有市妇联和市总工会等8家单位。", "8家", "市妇联和市总工会等单位", "organisations"),
    # ... unless they did something, which names the set instead (stop 22)
    ("市妇联和市总工会等8家单位联合发文。", "8家", "联合发文的单位", "organisations"),
    # a one-character distinguishing word is not cut from its noun in a long phrase
    ("其中女律师占全市执业律师总数的31%。", "31%", "女律师占全市执业律师总数的比例", "percent"),
    # 家 counts families when the counted noun is a family
    ("结对帮扶单亲家庭45家。", "45家", "结对帮扶单亲家庭", "households"),
    ("入驻孵化园的女性创业企业31家。", "31家", "入驻孵化园的女性创业企业", "organisations"),
    # a verb before a list of counted things holds for each of them
    ("新增省级巾帼文明岗4个、国家级巾帼文明岗2个。", "2个", "新增国家级巾帼文明岗", "organisations"),
    ("为山区学校捐赠6万元图书和3万元的文具。", "3万元", "捐赠文具", "money_cny"),
    # persons named before the number and what they did after it
    ("全区机关干部2800余人观看了专题片。", "2800余人", "观看了专题片的机关干部", "people"),
    # a time word and 已有 before a number still open the clause
    ("目前已有17名学员考取证书。", "17名", "考取证书的学员", "people"),
    # the object of a verb, and what it then did (推选…参加会议)
    ("推选18名妇女代表出席省妇代会。", "18名", "出席省妇代会的妇女代表", "people"),
    # 由 + persons + verb + 的 + thing: the persons did the verb to the thing
    ("由52名女企业家参加的沙龙。", "52名", "参加沙龙的女企业家", "people"),
    # a share is of those that do what follows
    ("全乡75%的村都建起了妇女之家。", "75%", "都建起了妇女之家的村", "percent"),
    # a list of nouns is not cut inside its first item
    ("为留守儿童提供心理健康辅导和课业辅导服务26场。", "26场", "提供心理健康辅导和课业辅导服务", "events"),
    # a parenthetical gloss after the number is an aside
    ("县里设立了三个普法(宣传)小组。", "三个", "设立的普法小组", "organisations"),
    # a verb of reaching stays before the places it counts; places do no outcome
    ("宣讲团走进14个乡镇(街道)开展宣讲。", "14个", "走进乡镇街道", "organisations"),
    # a set phrase ending in a reporting verb goes like the verb
    ("全县深入开展家风讲座53场。", "53场", "家风讲座", "events"),
    ("在全区28个镇街推广积分超市", "28个", "镇街", "organisations"),
    ("为23名患病妇女申请救助资金46万元", "23名", "为其申请救助资金的患病妇女", "people"),
    ("为23名患病妇女申请救助资金46万元", "46万元", "患病妇女申请救助资金", "money_cny"),
    ("12338妇女维权热线接听来电210个", "210个", "妇女维权热线接听来电", "items"),
    ("认定巾帼现代农业示范基地2个、巾帼文明岗5个", "2个", "认定巾帼现代农业示范基地",
     "organisations"),
    ("认定巾帼现代农业示范基地2个、巾帼文明岗5个", "5个", "认定巾帼文明岗", "organisations"),
    ("设立“妇女维权站”15个", "15个", "设立妇女维权站", "organisations"),
    ("成立200余人的“爱心妈妈”志愿服务队", "200余人", "爱心妈妈志愿服务队", "people"),
    ("推选出“好婆婆”“好媳妇”等97人", "97人", "推选出的好婆婆、好媳妇等", "people"),
    # a blank a scan left before 、 cuts the list there, and no item is left empty
    ("表彰了优秀志愿者、好家长 、文明家庭、书香家庭等25人", "25人", "文明家庭、书香家庭等", "people"),
    # a negation qualifies the counted noun and stays in the indicator
    ("本月排查出不清洁家庭0.8万余户", "0.8万余户", "不清洁家庭", "households"),
    ("登记未就业妇女300余人", "300余人", "未就业妇女", "people"),
    # each number counts the noun right after it, not the one before
    ("服务队下设22支分队480余名巾帼志愿者", "22支", "分队", "organisations"),
    ("服务队下设22支分队480余名巾帼志愿者", "480余名", "巾帼志愿者", "people"),
    # a pivot verb's object is counted together with what it then did
    ("今年帮助286名妇女实现就业", "286名", "帮助实现就业的妇女", "people"),
    ("带动500余名农村妇女增收致富", "500余名", "带动增收致富的农村妇女", "people"),
    # villages and other places are never people, even when people follow
    ("全县2110个村配备了妇女小组长", "2110个", "配备了妇女小组长的村", "organisations"),
    # whole words: no indicator ends or starts inside a word
    ("累计受教育人数3.2万人次", "3.2万人次", "受教育人数", "person_times"),
    # (and what the counted did right after the number says which of them are counted)
    ("共有留守儿童1200余名得到关爱", "1200余名", "得到关爱的留守儿童", "people"),
    ("表彰优秀妇女代表120名", "120名", "表彰的优秀妇女代表", "people"),
    # the subject and the reporting verb before the counted phrase are not counted
    ("截至目前,某镇妇联共开展普法活动42次", "42次", "普法活动", "events"),
    # ... but a verb that says which ones are counted stays (issue 10: 参与, 征集, 新增 …)
    ("今年已累计参与婚姻调解300余对", "300余对", "参与婚姻调解", "households"),
    ("各村排查出困难家庭56户", "56户", "困难家庭", "households"),
    # the kind of 个 follows the counted noun, before or after the number, a gloss skipped
    ("举办文艺汇演,30个精彩节目为群众送上祝福", "30个", "精彩节目", "items"),
    ("建成巾帼创业基地(示范点)45个", "45个", "建成巾帼创业基地", "organisations"),
    ("服务网点延伸到7个县(区)", "7个", "县区", "organisations"),
    ("表彰三八红旗集体15个", "15个", "表彰的三八红旗集体", "organisations"),
    ("征集家风故事短视频300多个", "300多个", "征集家风故事短视频", "items"),
    # a count right after another shares its noun; a word jieba split stays whole
    ("县妇联组织4次260多人次的妇女技能培训", "4次", "妇女技能培训", "events"),
    ("推选的60余种巾帼好品进入展销会", "60余种", "推选的巾帼好品", "items"),
    # a short relative clause opening the clause of the number says which are counted
    ("今年新建的5个儿童之家已投入使用。", "5个", "新建的儿童之家", "organisations"),
    # 期 after a publication counts issues
    ("编发《女性之声》简报二十期", "二十期", "女性之声简报", "items"),
    # 万 before persons counts persons, and what those persons did says which are counted
    ("全县8万多农村妇女参与评选", "8万多", "参与评选的农村妇女", "people"),
    # a relative clause closed by 的 between the number and its noun defines the counted set
    ("现场抽取了25名来自机关和企业的女职工作答。", "25名", "来自机关和企业的女职工", "people"),
    ("先在6个有意愿的社区开展宣讲。", "6个", "有意愿的社区", "organisations"),
    # a clause without a verb of its own, counting the same kind, continues the set verb before
    ("去年新建村级妇女之家24个,“亲子小屋”活动阵地9处。", "9处", "新建亲子小屋活动阵地",
     "organisations"),
    # ... but not a clause of another kind
    ("新建儿童之家6个,经费8万元。", "8万元", "经费", "money_cny"),
    # families act as persons do: what they did right after the number says which are counted
    ("今年有4户农民家庭参与评选。", "4户", "参与评选的农民家庭", "households"),
    # a share of a set named before a locative counts those of the set that do what follows
    ("全镇村妇联执委中65%参加过电商培训。", "65%", "参加过电商培训的村妇联执委", "percent"),
    # a bare head count right after a count of sessions counts those who attended them
    ("举办插花培训班3期(参加人数70人),茶艺培训班2期(参加人数45人)。", "45人",
     "茶艺培训班参加人数", "people"),
    ("开展亲子阅读会14期,参加人数达520人次。", "520人次", "亲子阅读会参加人数",
     "person_times"),
    # a long phrase keeps its head noun and loses its first modifiers
    ("会上表彰了40位社区家庭教育志愿服务优秀个人代表。", "40位", "表彰的志愿服务优秀个人代表", "people"),
    # the double object of an honour counts those who got the title
    ("大会授予李某等15名女性市巾帼建功标兵称号。", "15名", "获市巾帼建功标兵称号的女性", "people"),
    ("授予市图书馆等8个单位市巾帼文明岗称号。", "8个", "获市巾帼文明岗称号的单位", "organisations"),
    # an amount between a noun and 的 is the value of that noun for the noun after 的
    ("全村有年纯收入过20万元的养殖户6户。", "20万元", "养殖户年纯收入", "money_cny"),
    ("全村有年纯收入过20万元的养殖户6户。", "6户", "养殖户", "households"),
    # ... an amount after a verb is the worth of what follows
    ("为留守儿童发放了2.4万元的学习用品。", "2.4万元", "发放学习用品", "money_cny"),
    # those whom the counted events served, named by 对/向, stay before the events
    ("街道妇联对社区网格员开展法律培训5期。", "5期", "社区网格员法律培训", "events"),
    ("今年向新手妈妈开展育儿讲座9场。", "9场", "新手妈妈育儿讲座", "events"),
    # a verbless clause continues the one-character verb before it and the words before that
    ("每个社区设网格长1人,副网格长2人。", "2人", "每个社区设副网格长", "people"),
    # ... but not a verb of two characters inside a noun phrase, nor a clause with its own verb
    ("全年接待来访41人次,电话咨询17人次。", "17人次", "电话咨询", "person_times"),
    # a list closed by 等 whose total follows later in the clause keeps each item whole
    ("共办电商、家政和月嫂等技能培训班4期,共95人次参加。", "95人次",
     "电商、家政和月嫂等技能培训班", "person_times"),
    # what is left of a date before the counted phrase is no part of it
    ("2021年首批巾帼创业贷款贴息资金36万元已拨付。", "36万元", "首批巾帼创业贷款贴息资金",
     "money_cny"),
    ("4月份全乡共举办家政培训班6期。", "6期", "家政培训班", "events"),
    # a known noun after a noun is the head of the phrase, even where it is a reporting verb
    # too (组织), and a set phrase between nouns modifies the noun after it
    ("联合9家女性社会组织和爱心企业开展帮扶。", "9家", "女性社会组织和爱心企业", "organisations"),
    ("共有45名健身操队员参加比赛。", "45名", "参加比赛的健身操队员", "people"),
    # persons written in one word with their deed (妇女创业) are cut from it after a pivot
    # verb, also one whose object opens with a scope
    ("带动周边村镇260余名妇女创业就业。", "260余名", "带动创业就业的妇女", "people"),
    # the persons a service is for (为/给) are those it was done for ("for whom": 为其)
    ("为17名困难母亲申请到临时救助。", "17名", "为其申请到临时救助的困难母亲", "people"),
    ("给30名留守儿童送去学习用品。", "30名", "为其送去学习用品的留守儿童", "people"),
    # a long deed after a pivot verb keeps its last verb and the head of its object
    ("推荐4名女农技员参加省农业农村厅举办的高素质农民培训。", "4名", "参加农民培训的女农技员",
     "people"),
    # a number right after a list of bare nouns totals the list, without a tally word too
    ("评选出文明家庭、书香家庭、绿色家庭90户。", "90户", "评选出的文明家庭、书香家庭、绿色家庭",
     "households"),
    # ... but each item with its own number keeps it (and the verb that selected them all, a
    # whole word: 评选出 was cut 评选/出 before the module's verbs were words of its segmenter)
    ("评选出文明家庭30户、书香家庭20户。", "20户", "评选出的书香家庭", "households"),
    # 个 counts a body named by the grammar of organisation names (…联合会, …合作社)
    # persons counted after a clause ending on their deed are named by it
    ("全年培训妇女900名,实现稳定就业620人。", "620人", "稳定就业的人员", "people"),
    ("带动留守妇女就业3500人。", "3500人", "带动就业的留守妇女", "people"),
    # ... but a lone verb leaves open who was counted (those served or those serving)
    ("今年以来,共服务1200人次。", "1200人次", "服务", "person_times"),
    # ... unless a count of sessions right before names whom it served (stop 26)
    ("开展活动30场,服务1200人次。", "1200人次", "活动服务", "person_times"),
    # a share written 甲占乙的 + percent is the share of 甲 in 乙, never 乙 alone
    ("全县女村官占村干部总数的31.5%。", "31.5%", "女村官占村干部总数的比例", "percent"),
    # ... and of the count before it when its clause opens with 占
    ("全乡外出务工妇女1200人,占外出务工人员的46%。", "46%", "外出务工妇女占外出务工人员的比例",
     "percent"),
    # ... but a share named as such keeps its words
    ("女干部占干部总数的比例达到41%。", "41%", "女干部占干部总数的比例", "percent"),
    # a modifier closed by 的 that names no countable thing qualifies the head after it
    ("晚会上12个精彩的节目轮番上演。", "12个", "精彩的节目", "items"),
    ("全镇共评出40户不同类型的文明家庭。", "40户", "评出的不同类型的文明家庭", "households"),
    # ... but a countable noun before 的 is what is counted
    ("共有5个村的妇联完成换届。", "5个", "村", "organisations"),
    # (新 before a verb is an increment, which stays)
    ("全区新成立11个社区女性社团联合会。", "11个", "新成立社区女性社团联合会", "organisations"),
    ("全年新扶持返乡女青年1200名。", "1200名", "新扶持返乡女青年", "people"),
    ("今年新招募巾帼志愿者300名。", "300名", "新招募巾帼志愿者", "people"),
    # ... but 新 before a noun is part of the noun
    ("全县培训新农人450名。", "450名", "培训新农人", "people"),
    # persons right after a count of things that are no persons are the people of those things
    ("全县15支巾帼志愿服务队420人参与了宣讲。", "420人", "参与了宣讲的巾帼志愿服务队人员",
     "people"),
    ("动员9个社区60名网格员参与。", "60名", "网格员", "people"),
    # after an existential 有 the counted things are those that do what follows, and a set
    # phrase opened by a verb is a verb phrase (达到目标)
    ("今年有16个村达到目标要求。", "16个", "达到目标要求的村", "organisations"),
    # a verbal noun between the counted noun and a verb opens what the counted did
    ("全县有3个村发展成为示范村。", "3个", "发展成为示范村的村", "organisations"),
    # a blank typeset inside or after quote marks is no break of the counted phrase
    ("共组建 40 支“ 红袖标 ” 志愿服务队。", "40 支", "组建的红袖标志愿服务队", "organisations"),
    # a verb between a quoted name and a noun of things modifies that noun, the head
    ("创建20个“巾帼建功”示范基地。", "20个", "创建的巾帼建功示范基地", "organisations"),
    # ... but a reporting verb after the name opens what the counted did
    ("共有10个“妇女之家”开展活动。", "10个", "开展活动的妇女之家", "organisations"),
    # a lane (巷) is a settlement, as a village is
    ("创建美丽示范巷12个。", "12个", "创建的美丽示范巷", "organisations"),
    # a footnote mark of a copied encyclopaedia page is an aside, as a gloss is
    ("全市有村妇联[2]208个。", "208个", "村妇联", "organisations"),
    # the head of a compound is its last noun: a noun of persons before it only modifies it
    ("共发放“儿童爱心包”300个。", "300个", "发放儿童爱心包", "items"),
    ("全县培育巾帼电商65个。", "65个", "培育的巾帼电商", "organisations"),
    # a count whose noun is the subject of its clause after places or a list of examples keeps
    # what the counted did when that defines the set (an award, a nomination, taking part)
    ("东河镇、西岭乡4个单位荣获“平安家庭创建先进单位”称号。", "4个",
     "荣获平安家庭创建先进单位称号的单位", "organisations"),
    ("张秀英家庭等12户家庭获得“文明家庭”提名。", "12户", "获得文明家庭提名的家庭",
     "households"),
    ("市文联、县图书馆8位同志作了经验交流。", "8位", "作了经验交流的同志", "people"),
    ("7件剪纸作品在全省民间艺术展中获奖。", "7件", "在全省民间艺术展中获奖的剪纸作品", "items"),
    ("李兰芳家庭等共15户家庭荣获第三届“书香家庭”。", "15户", "荣获第三届书香家庭的家庭",
     "households"),
    # (what a subject received names it too, and an adverb may stand before the count)
    ("甲村代表队、乙村代表队等4个单位获得优秀组织奖。", "4个", "获得优秀组织奖的单位",
     "organisations"),
    ("全省仅3个社区获此殊荣。", "3个", "获此殊荣的社区", "organisations"),
    # ... a known noun of one character before a verb of one is a word jieba did not know
    ("全县有26个巾帼优品入选省级名录。", "26个", "入选省级名录的巾帼优品", "items"),
    # (a time opening the clause is no verb; a list in the deed is read to its 等; subjects
    # joined by 和 share the deed)
    ("两年来全市有6个集体和15名个人被授予“巾帼建功标兵”、“三八红旗手”、“最美家庭”、“岗位能手”、"
     "“优秀志愿者”等荣誉称号。", "15名", "被授予巾帼建功标兵等荣誉称号的个人", "people"),
    ("全县有5个村和12户家庭获评示范。", "5个", "获评示范的村", "organisations"),
    ("建成20个妇女之家和15个儿童之家。", "20个", "建成的妇女之家", "organisations"),
    # ... but not when a verb or preposition before them makes them its object
    ("会上对王大姐、刘嫂等40名热心群众进行表彰。", "40名", "王大姐、刘嫂等热心群众", "people"),
    ("随后来到新华村等五个示范点观摩学习。", "五个", "新华村等示范点", "organisations"),
    # ... and bodies by whatever they did (stop 22), the places before them going
    ("城东、城西两个街道9个妇女之家开展活动。", "9个", "开展活动的妇女之家", "organisations"),
    # a count governed by a verb of selection, creation or aid keeps the verb (round 12, second
    # part): the count never reads as a stock
    ("此次换届共选出妇女代表45人,执委21人。", "45人", "选出的妇女代表", "people"),
    ("今年街道共组建了9支巾帼宣讲队。", "9支", "组建的巾帼宣讲队", "organisations"),
    ("全县共帮扶120名困难妇女。", "120名", "帮扶的困难妇女", "people"),
    ("该镇共选举产生村妇联主席12名。", "12名", "选举产生的村妇联主席", "people"),
    ("县里选树8户示范户。", "8户", "选树的示范户", "households"),
    # ... and for the items listed or the verbless clauses after it
    ("此次换届共选出妇女代表45人,执委21人。", "21人", "选出的执委", "people"),
    ("大会表彰先进集体12个、优秀个人40名。", "40名", "表彰的优秀个人", "people"),
    # (with the modifier of the first item where the items share its head: stop 30)
    ("全州共选树 20 个“ 美丽庭院” 示范村、80 个示范巷、900 户示范户。", "900 户",
     "选树的美丽庭院示范户", "households"),
    ("该镇共选举产生村妇联主席12名,副主席(含兼职副主席)24名。", "24名", "选举产生的村妇联副主席",
     "people"),
    # ... but not when the count qualifies a noun after it (a genitive or a relative clause)
    ("该村成立了40多名妇女参加的腰鼓队。", "40多名", "妇女", "people"),
    ("镇妇联选出6户家庭的好家风故事进行宣讲。", "6户", "家庭", "households"),
    ("当月成立200余人的护河志愿服务队。", "200余人", "护河志愿服务队", "people"),
    # ... nor when no such verb governs the count
    ("全镇有妇女代表45人。", "45人", "妇女代表", "people"),
    # a result the counted reached names them, whatever they are
    ("全镇有16个村完成妇联换届。", "16个", "完成妇联换届的村", "organisations"),
    ("全县12个社区实现妇女之家全覆盖。", "12个", "实现妇女之家全覆盖的社区", "organisations"),
    # ... a set phrase ending on such a verb opens the predicate, no modifier of the noun after it
    ("全镇20个村妇联顺利完成换届选举工作。", "20个", "顺利完成换届选举工作的村妇联", "organisations"),
    # ... and what bodies merely did (stop 22: judged, a bare 社区 reads as a stock)
    ("全县12个社区开展了读书活动。", "12个", "开展了读书活动的社区", "organisations"),
    # a count in brackets right after a count measures the same things by another unit
    ("全年举办讲座12个(30场),服务800人次。", "30场", "讲座", "events"),
    # ... while one after another noun names its own (参加人数)
    ("全年举办讲座12个,参加人数300人。", "300人", "讲座参加人数", "people"),
    # a level word's bracketed alternatives are part of the counted noun (no aside)
    ("在全省9个县(市、区)中,甲县排名第一。", "9个", "县市区", "organisations"),
    ("全市有乡(镇)妇联36个、村(居)妇代会520个。", "520个", "村居妇代会", "organisations"),
    # ... while an aside of other words goes, and so does a determiner's level (各市 is one word)
    ("成立工作领导(协调)小组3个。", "3个", "成立的工作领导小组", "organisations"),
    ("各市(州)妇联主席共30人参加。", "30人", "参加的各市妇联主席", "people"),
    # a quoted name longer than one that hides a number is still one noun
    ("会上表彰了12个“城乡妇女岗位建功活动先进集体代表单位”。", "12个",
     "表彰的城乡妇女岗位建功活动先进集体代表单位", "organisations"),
    # an age between the measure word and the noun is a modifier of the noun: the noun and
    # what the persons did are read after it
    ("共有120多名40至60周岁的农村妇女接受了体检。", "120多名", "接受了体检的40至60周岁的农村妇女",
     "people"),
    ("组织20名8至12岁的孩子参加夏令营。", "20名", "参加夏令营的8至12岁的孩子", "people"),
    ("慰问了8名70岁以上的老党员。", "8名", "慰问70岁以上的老党员", "people"),
    # ... also when a scan spaced it
    ("为 35 名 6—12 岁留守儿童送去书包。", "35 名", "为其送去书包的6—12岁留守儿童", "people"),
    # an adverb before the number modifies its verb, not the counted noun
    ("全乡妇女手工编织收入就达86万元。", "86万元", "妇女手工编织收入", "money_cny"),
    # a headless relative clause before 有 + count names persons by what they do ...
    ("村里外出务工的就有520人。", "520人", "村里外出务工的人员", "people"),
    # ... a negation is no adverb that goes
    ("村里未就业的有30人。", "30人", "村里未就业的人员", "people"),
    # ... and the set named before a locative 中 is what they are of
    ("56家企业中成立女职工委员会的有31家。", "31家", "成立女职工委员会的企业", "organisations"),
    ("在全县留守妇女中,实现就业的有120人。", "120人", "实现就业的留守妇女", "people"),
    ("1200个村中860个已经建立妇女之家。", "860个", "已经建立妇女之家的村", "organisations"),
    # ... while the total before 中 is the set alone, and an occasion's 中 names no set
    ("1200个村中860个已经建立妇女之家。", "1200个", "村", "organisations"),
    ("活动中,共发放资料200份。", "200份", "发放资料", "items"),
    # a verb that opens the noun before continues to the next clause only as a whole word
    # (培训 of 培训班 is none)
    ("共举办各类培训班60余期,读书会12次。", "12次", "读书会", "events"),
    ("培训妇女2000人次,村干部300人次。", "300人次", "培训村干部", "person_times"),
    # the verb that governs the noun before the number says which of the nouns are counted
    ("全镇已转移农村富余劳动力2860人。", "2860人", "转移农村富余劳动力", "people"),
    ("今年协调社会资金1200万元。", "1200万元", "协调社会资金", "money_cny"),
    # ... not a reporting verb, nor a pivot verb (its object does what follows)
    ("共举办培训班16期。", "16期", "培训班", "events"),
    ("今年带动妇女300人。", "300人", "妇女", "people"),
    # a verb between a count of persons and their noun, when a verb follows the noun, says
    # which persons are counted (返乡, 挂职): the verb after the noun is what they did
    ("全镇有120名返乡妇女参加培训。", "120名", "参加培训的返乡妇女", "people"),
    ("全县1名挂职副主席来自省直单位。", "1名", "来自省直单位的挂职副主席", "people"),
    # ... a verb before persons that end the clause governs them, and a verb before no noun of
    # persons is what the counted did
    ("共有30人担任志愿者。", "30人", "担任志愿者的人员", "people"),
    ("全村有84人外出打工。", "84人", "外出打工的全村人员", "people"),
    # a head count of a place that is the clause's subject counts its people
    ("甲村民小组共有86户312人。", "312人", "甲村民小组人员", "people"),
    ("全村共1200多人。", "1200多人", "全村人员", "people"),
    # ... not of persons named before the number
    ("全镇机关干部120人参加了培训。", "120人", "参加了培训的机关干部", "people"),
    # persons no noun names are named by what they did (人员, "persons") ...
    ("共开展3场宣讲,500余人参加。", "500余人", "参加的人员", "people"),
    ("全区有 2600 人受益。", "2600 人", "受益的人员", "people"),
    # ... or by the total's noun when they are a part of it (其中)
    ("全县44名贫困母亲获救助,其中37人获全国妇联“两癌”救助。", "37人", "获全国妇联两癌救助的贫困母亲",
     "people"),
    ("共有执委31人,其中4人来自企业。", "4人", "来自企业的执委", "people"),
    # ... not a count that names no deed either
    ("共120人,其中女性80人。", "80人", "女性", "people"),
    # 为 ("for") before a scope and the count: the persons are whom the service is for
    ("为辖区60名困难妇女送去米面油。", "60名", "为其送去米面油的困难妇女", "people"),
    # ... not 为 before a noun of persons that the count follows (their own deed)
    ("为妇女30名提供岗位。", "30名", "提供岗位的妇女", "people"),
    # an ordinal before the noun names its term or rank: a modifier of the noun
    ("大会选举产生15名第二届执委会委员。", "15名", "选举产生的第二届执委会委员", "people"),
    ("共有6名第三届理事会理事参加会议。", "6名", "参加会议的第三届理事会理事", "people"),
    # a four-character set phrase that ends the clause after persons is what they did
    ("全镇各界妇女200多人齐聚一堂。", "200多人", "齐聚一堂的各界妇女", "people"),
    # ... not a name of persons followed by what they did (which names them, round 16)
    ("组织3名巾帼电商参加直播节。", "3名", "参加直播节的巾帼电商", "people"),
    # the verbs the indicator reads are whole words (获批 is no 获 + 批…), and a conjunction
    # opens no noun phrase
    ("向省妇联申报并获批巾帼创业项目6个。", "6个", "申报并获批巾帼创业项目", "items"),
    # a verb that governs the count names it with 的, also when no noun comes before the number
    ("各村评选出“最美庭院”12户。", "12户", "评选出的最美庭院", "households"),
    # a change over a base (比乙增加 + percent) is the growth of the count before it
    ("全县女村干部达到860人,比上届增加了12.5%。", "12.5%", "女村干部比上届增加", "percent"),
    ("女性创业人数比上年增长了18%。", "18%", "女性创业人数比上年增长", "percent"),
    # ... 比 inside a word is no comparison
    ("参加比赛的妇女增长了30%。", "30%", "参加比赛的妇女增长了", "percent"),
    # a criterion with its bound before the counted noun stays whole (no 以上的 alone)
    ("年收入10万元以上的家庭有30户。", "30户", "10万元以上的家庭", "households"),
    # ... a long one is cut to its noun, never inside a word
    ("服务队单次参与人数达500人以上的大型志愿服务活动20余场次。", "20余场次", "大型志愿服务活动",
     "events"),
    # a verb alone before a list is no item of it
    ("扶持、创办种植、养殖等巾帼基地36个。", "36个", "创办种植、养殖等巾帼基地", "organisations"),
    # a set phrase ending in a known noun closes what the persons did (竞赛活动 is tagged l)
    ("县妇联组织600余名家长参加“亲子共读”竞赛活动。", "600余名", "参加竞赛活动的家长", "people"),
    # a compound verb whose head is a verb of the counted set keeps it (走访慰问 is a 慰问)
    ("春节前走访慰问25名困难妇女。", "25名", "走访慰问困难妇女", "people"),
    # the verb that governs the count's noun phrase names the counted set (round 16):
    # two verbs joined, the first of which selects (表彰奖励), hold for the next item too
    ("镇党委表彰奖励了8名巾帼标兵和3个先进集体。", "8名", "表彰奖励的巾帼标兵", "people"),
    ("镇党委表彰奖励了8名巾帼标兵和3个先进集体。", "3个", "表彰奖励的先进集体", "organisations"),
    # ... verbs joined by 并 in a relative clause, by the last one when it selects
    ("在读书活动中推荐并最终评选出的12户书香家庭受到表彰。", "12户", "评选出的书香家庭", "households"),
    # ... a verb of adding members, making or building
    ("执委会上增补了6名执委。", "6名", "增补执委", "people"),
    ("县妇联向各村选派42名女干部。", "42名", "选派的女干部", "people"),
    ("今年全乡建设15个儿童之家。", "15个", "建设的儿童之家", "organisations"),
    # a relative clause of a title names the counted by the title, without its place and year
    ("大会为荣获全市2023年度“巾帼建功标兵”称号的9名女职工颁奖。", "9名",
     "荣获巾帼建功标兵称号的女职工", "people"),
    ("区妇联为被评为“绿色家庭”的25户家庭授牌。", "25户", "被评为绿色家庭的家庭", "households"),
    # the persons or bodies a service is for (为/对, before a scope): "for whom" or "to whom"
    ("志愿者们对辖区内36名独居老人提供上门服务。", "36名", "对其提供上门服务的独居老人", "people"),
    ("市妇联为全市6个巾帼示范基地授牌。", "6个", "为其授牌的巾帼示范基地", "organisations"),
    # ... and the bodies or families a pivot verb moves do what follows (an ordinal of an edition
    # counts nothing)
    ("县妇联推荐4家女性企业参加第五届农博会。", "4家", "参加第五届农博会的女性企业", "organisations"),
    ("扶持30户困难家庭脱贫致富。", "30户", "扶持脱贫致富的困难家庭", "households"),
    # (a verb of one character after a verb is its complement; a list closed by 等 in a long
    # object is named by the head after 等)
    ("为85户低保家庭送去米面油等节日慰问品。", "85户", "为其送去节日慰问品的低保家庭", "households"),
    # a count after a modifier closed by 的 that opens its clause is its subject: its deed names it
    ("城关村的40多名妇女报名参加家政培训。", "40多名", "报名参加家政培训的妇女", "people"),
    # negatives: no verb that governs, no service for them, or the count is an object
    ("全村共有妇女小组12个。", "12个", "妇女小组", "organisations"),
    ("深入8个乡镇开展宣讲。", "8个", "深入乡镇", "organisations"),
    ("组织开展巾帼志愿者结对20名留守儿童。", "20名", "结对留守儿童", "people"),
    ("对全县9个乡镇的妇联工作进行考核。", "9个", "乡镇", "organisations"),
    # (a relative clause after a preposition opens after it, 新 before its verb an increment)
    ("县妇联为获奖的15名女职工颁发证书。", "15名", "获奖的女职工", "people"),
    ("为新当选的30名执委举办培训班。", "30名", "新当选的执委", "people"),
    ("表彰了获得“最美家庭”称号的15户家庭。", "15户", "获得最美家庭称号的家庭", "households"),
    # an ordinal of a term inside the counted phrase is a modifier, and the verb between it and
    # a body's noun part of the body's name (a long phrase keeps its head)
    ("大会选举产生了25名区妇联第五届执行委员会委员。", "25名", "选举产生的第五届执行委员会委员",
     "people"),
    # ... not an ordinal of times before what the persons did
    ("组织30名女工第二次参加技能比赛。", "30名", "女工", "people"),
    # 分别 pairs the shares of one subject with the sets listed after 占, and the growths after
    # them with those shares, in order
    ("女干部分别占乡镇干部、村干部的32%、41%,比去年分别增长了3%、5%。", "41%",
     "女干部占村干部的比例", "percent"),
    ("女干部分别占乡镇干部、村干部的32%、41%,比去年分别增长了3%、5%。", "3%",
     "女干部占乡镇干部的比例比去年增长", "percent"),
    ("女干部分别占乡镇干部、村干部的32%、41%,比去年分别增长了3%、5%。", "5%",
     "女干部占村干部的比例比去年增长", "percent"),
    # ... an amount after 分别 and a verb is what each of the counted set got (不等: a range of
    # values), never the total
    ("全镇45名返乡妇女分别获得了1万元至5万元不等的创业贷款。", "1万元至5万元",
     "每名返乡妇女获得的创业贷款", "money_cny"),
    ("为12户困难家庭分别送去800元慰问金。", "800元", "为每户困难家庭送去的慰问金", "money_cny"),
    # ... not an amount after a verb without 分别
    ("全镇共发放创业贷款90万元。", "90万元", "发放创业贷款", "money_cny"),
    # a tally adverb between a doer and the verb before the number: the verb's object is
    # counted (the doer goes), and an existential between an owner and its noun goes alone
    ("培训中心已累计培训家政服务员860人次。", "860人次", "培训家政服务员", "person_times"),
    ("县妇联公众号已有关注用户3200人。", "3200人", "县妇联公众号关注用户", "people"),
    ("座谈会上累计筹集爱心款5600元。", "5600元", "筹集爱心款", "money_cny"),
    # ... an existential that opens the clause stays (a stock, said as one)
    ("全镇已有妇女之家12个。", "12个", "已有妇女之家", "organisations"),
    # a date in the clause before the number is no earlier count: the verb still governs
    ("2023年全县共评选出书香家庭30户。", "30户", "评选出的书香家庭", "households"),
    ("2020年以来共建立妇女微家120个。", "120个", "建立的妇女微家", "organisations"),
    # ... while a count before it is one (培训妇女2期120人: both count the phrase before the first)
    ("全镇共培训返乡妇女3期96人。", "3期", "培训返乡妇女", "events"),
    # persons counted after a verb alone are those it names: its object standing before it, or
    # the persons' noun of the clause before
    ("全镇完成志愿者招募登记860人。", "860人", "招募登记的志愿者", "people"),
    ("全体会议应到执委41名,请假3名,实到38名。", "3名", "请假的执委", "people"),
    ("全体会议应到执委41名,请假3名,实到38名。", "38名", "实到的执委", "people"),
    # ... not a verb with its own modal (将筹集投入), nor persons after a count of another kind
    ("县妇联还将筹集投入300万元。", "300万元", "筹集投入", "money_cny"),
    ("举办培训班5期,参训320人。", "320人", "参训", "people"),
    # a verb that makes or selects before a list the number closes governs the count
    ("街道组建了舞蹈、合唱、太极等6支巾帼志愿服务队。", "6支", "组建的舞蹈、合唱、太极等巾帼志愿服务队",
     "organisations"),
    # (a closed list of as many teams is restated by its count, no count: stop 29 of eval/dev;
    # a list left open by 等 and a count beyond the kinds named, 四支 after three, stay counts)
    ("全乡成立维权、助老等三支巾帼志愿者队伍。", "三支", "成立的维权、助老等巾帼志愿者队伍", "organisations"),
    ("全乡成立维权、助老、环保四支巾帼志愿者队伍。", "四支", "成立的巾帼志愿者队伍", "organisations"),
    # ... of persons, any transitive verb selects them (round 17: 邀请 says who are counted)
    ("共邀请农技专家、女企业家和致富能手45人。", "45人", "邀请的农技专家、女企业家和致富能手",
     "people"),
    # ... not a verb that reports only
    ("全县共有农技专家、女企业家和致富能手45人。", "45人", "农技专家、女企业家和致富能手", "people"),
    # ... nor a verb inside a name of the list, when a verb of its own follows the list
    ("由阳光文化发展有限公司、红星服饰有限公司带动12家手工坊。", "12家", "手工坊", "organisations"),
    # a share's deed after the number reads through a level word's bracketed alternatives and
    # ends before a 的 that opens the counted head its clause qualifies
    ("全县乡镇(街道)妇联主席95%进入乡镇(街道)党委班子。", "95%",
     "进入乡镇街道党委班子的乡镇街道妇联主席", "percent"),
    ("实现了村妇联主席100%进村两委的三个百分百目标。", "100%", "进村两委的村妇联主席", "percent"),
    # (an adverb between persons and their deed: 返乡 still modifies the persons)
    ("全镇45名返乡妇女共获得创业贷款。", "45名", "共获得创业贷款的返乡妇女", "people"),
])
def test_indicator_patterns(sentence, text, indicator, kind):
    assert _by_text(sentence)[text] == (indicator, kind)


@pytest.mark.parametrize("sentence, text", [
    ("两个村分别获得5万元和8万元扶持资金。", "5万元"),  # the noun follows the second amount
    ("30名妇女分别参加了3期培训。", "3期"),             # what each did, no amount each got
])
def test_no_per_member_amount_without_a_noun_of_its_own(sentence, text):
    assert not _by_text(sentence)[text][0].startswith("每")


@pytest.mark.parametrize("spaced, text", [
    ("今年为困难母亲发放救助金 8.6 万元。", "8.6 万元"),
    ("举办义诊活动30场,受益群众达 5千余人次。", "5千余人次"),
    ("开展家庭教育讲座 12 期。", "12 期"),
])
def test_a_blank_beside_the_number_changes_no_indicator(spaced, text):
    # a scan's blank next to a number is no word: the indicator is the unspaced sentence's
    unspaced = _by_text(spaced.replace(" ", ""))[text.replace(" ", "")]
    assert unspaced[0] and _by_text(spaced)[text] == unspaced


@pytest.mark.parametrize("indicator, uncertain", [
    ("", True), ("户", True),
    ("随机抽取", True),            # a verb: no counted noun
    ("女职工占职工总数的", True),    # ends on a particle
    ("返乡创业妇女", False),
    ("实现就业的妇女", False),
    ("达标率", False),
    ("文明家庭、书香家庭等", False),   # a list closed by 等 ends on its last item
    ("巾帼文明岗等", True),            # a long list named by one item: check what it holds
    ("参加培训的巾帼文明岗等", False),  # ... unless what they did names the set
    ("巾帼文明岗等单位", False),        # ... or the noun after 等
    ("五好家庭", False),              # a digit of a title opens no cut word
    ("万名妇训练", True),              # a magnitude opens it, a bound morpheme inside: scrambled
    ("余丽萍", True),                  # 余 of 300余 taken into a name
])
def test_uncertain_indicator(indicator, uncertain):
    assert uncertain_indicator(indicator) is uncertain


def _quantities_of_body(body: str) -> list[tuple[str, float]]:
    cleaned = clean_text("妇联工作总结\n" + body).text
    return [(q.text, q.value) for sentence in segment(cleaned).sentences[1:]
            for q in extract_quantities(sentence.text)]


@pytest.mark.parametrize("body, expected", [
    ("全年受理群众来信近\n万件。", [("近万件", 10000.0)]),
    ("为返乡女大学生发放贴息贷款4.7\n万元。", [("4.7万元", 47000.0)]),
    ("开展文明实践活动三百\n余场次。", [("三百余场次", 300.0)]),
    ("全区妇女之家接待来访群众1\n350人次。", [("1350人次", 1350.0)]),
    ("全市共有612\n名女性参评。", [("612名", 612.0)]),
    # (the line ends on the number's 余 or 多: the backward scan reads them as number characters)
    ("今年共培训留守妇女1000余\n人。", [("1000余人", 1000.0)]),
    ("为困难儿童送去学习用品两百多\n套。", [("两百多套", 200.0)]),
])
def test_a_quantity_cut_at_a_line_end_is_rejoined(body, expected):
    assert _quantities_of_body(body) == expected


@pytest.mark.parametrize("body", [
    "报告见附件\n3\n份材料清单。",            # a number alone on its line is an item number
    "会议要求各单位认真落实。\n二、帮扶工作",  # a sentence end before the break
    "全年走访困难家庭\n三户人家的事例。",      # the break follows no number
])
def test_a_line_break_is_kept_where_no_quantity_spans_it(body):
    draft = Draft(body)
    join_split_quantities(draft)
    assert draft.text == body


def test_an_ordinal_rejoined_stays_an_ordinal():
    assert _quantities_of_body("妇联的工作在第三\n节中说明。") == []


@pytest.mark.parametrize("sentence, expected", [
    # thousands typeset with a blank (the groups after the first are of three digits)
    ("全年共接待群众来访2 350人次。", [("2 350人次", 2350.0, "人次")]),
    ("共收集家庭教育案例1 200余个,发放手册12 000册。",
     [("1 200余个", 1200.0, "个"), ("12 000册", 12000.0, "册")]),
    # a measure word + 次 counts times of what the measure word counts
    ("入户走访困难家庭418户次,刊发稿件96篇次。", [("418户次", 418.0, "户次"),
                                               ("96篇次", 96.0, "篇次")]),
    # ... a blank between two numbers that are not one number stays a break
    ("为 35 名留守儿童建立档案。", [("35 名", 35.0, "名")]),
    # a small numeral before a quoted formula head names a set, it counts nothing
    ("全面落实三项“暖心工程”,推进两个“巾帼行动”。", []),
    # a duration counted in 个 is no count (个月, 个小时, 个年头)
    ("妇女学校已办了12个年头。", []),
])
def test_number_forms(sentence, expected):
    assert [(q.text, q.value, q.unit) for q in extract_quantities(sentence)] == expected


@pytest.mark.parametrize("sentence, text, indicator", [
    # an average per head right after a count of persons is theirs (人均 of the persons before)
    ("今年扶持600名妇女开办农家乐,人均增收3000元。", "3000元", "扶持开办农家乐的妇女人均增收"),
    ("带动200余名妇女实现就业,年人均收入2万余元。", "2万余元", "带动实现就业的妇女年人均收入"),
    # ... and an average per family of families counted before it
    ("指导50户家庭种植中药材,户均增收8000元。", "8000元", "种植中药材的家庭户均增收"),
    # ... but not an average that names its own set, nor one across a sentence break
    ("全镇共有外出务工人员500人,全村人均收入9000元。", "9000元", "全村人均收入"),
    ("全年培训妇女300人;人均增收800元。", "800元", "人均增收"),
    # ... nor one of persons counted by a clause of another number between
    ("培训妇女120人,发放资金5万元,人均增收600元。", "600元", "人均增收"),
    # ... nor a per-head average after a count of things
    ("新建基地12个,人均增收700元。", "700元", "人均增收"),
    # ... nor after persons whose indicator does not end on their noun (a cut deed)
    ("累计扶持800名妇女发展了养殖业,年人均增收900元。", "900元", "年人均增收"),
    # an amount each person or family got (distributive 每) says so, else it reads as a total
    ("对困难妇女每人发放2000元慰问金。", "2000元", "每人发放的慰问金"),
    ("全乡60户低保家庭获每户800元的补贴。", "800元", "每户补贴"),
    # ... but not a 每 of another clause, nor a total after it
    ("每户家庭都有帮扶干部,共发放补贴5万元。", "5万元", "发放补贴"),
    # the verb that moves a sum names which money is counted (obtained, asked for, granted)
    ("合作社获得资金30万元。", "30万元", "获得资金"),
    ("10万名妇女依托80亿元创业贷款实现梦想。", "80亿元", "依托的创业贷款"),
    # ... but not an existential, nor a verb of a result reached, nor a sum after its subject
    ("全县有救助资金30万元。", "30万元", "救助资金"),
    ("项目资金达到110万元。", "110万元", "项目资金"),
    # a verb right before a count of persons selects them: it stays, as a relative clause
    ("县妇联召集40名村妇联主席。", "40名", "召集的村妇联主席"),
    ("调研组还访谈了6位女企业家。", "6位", "访谈的女企业家"),
    ("社区邀请12户家庭。", "12户", "邀请的家庭"),
    # ... a verb of the services whose recipients are counted keeps its own form
    ("慰问36名困难母亲。", "36名", "慰问困难母亲"),
    # ... but no reporting or existential verb, nor a count of things
    ("全镇有15名巾帼志愿者。", "15名", "巾帼志愿者"),
    ("活动中共开展5场讲座。", "5场", "讲座"),
    ("妇联干部约谈12名当事人。", "12名", "当事人"),
    # ... and before a list of persons a total closes (a list total after it)
    ("县妇联召集村妇联主席、妇女代表共60人。", "60人", "召集的村妇联主席、妇女代表"),
    ("共邀请农技专家、巾帼能手和女企业家80余人,开展讲座12场。", "80余人",
     "邀请的农技专家、巾帼能手和女企业家"),
    # ... but not an existential, nor a verb jieba finds inside a noun after a conjunction
    ("全县有村妇联主席、执委共300人。", "300人", "村妇联主席、执委"),
    ("困难妇女和环卫工、商户共30余名妇女群众参加活动。", "30余名", "参加活动的妇女群众"),
    # a list the number closes is read to its 等, though the words after 等 fill the last
    # words an indicator keeps
    ("举办家政服务、电商直播、手工编织等各类实用技能培训班5期。", "5期",
     "家政服务、电商直播、手工编织等各类实用技能培训班"),
    # a reporting verb that acts on its object stays with it, before or after the number
    ("镇妇联入户发放宣传手册800余份。", "800余份", "发放宣传手册"),
    ("全年共化解家庭矛盾纠纷120件。", "120件", "化解家庭矛盾纠纷"),
    ("招聘会推出就业岗位300个。", "300个", "推出就业岗位"),
    ("县妇联发放1200份宣传手册。", "1200份", "发放的宣传手册"),
    ("社区妇联选取5个小区。", "5个", "选取的小区"),
    # ... but not one that only says a thing was held or had
    ("全县举办培训班12期。", "12期", "培训班"),
    ("县妇联下设12个乡镇妇联。", "12个", "乡镇妇联"),
    # (来自 names the units by who comes from them: stop-25 convention)
    ("志愿者来自8个街道。", "8个", "志愿者来自的街道"),
    ("全县现有12个妇女之家。", "12个", "妇女之家"),
    # bodies that are the subject of their clause are named by what they did, as persons are
    ("全区13个社区开展了邻里守望活动。", "13个", "开展了邻里守望活动的社区"),
    ("全镇8个村妇联组建了舞蹈队。", "8个", "组建了舞蹈队的村妇联"),
    # ... but not by a deed 的 closes as a relative clause of another noun
    ("镇里2个合作社改联的工作已完成。", "2个", "合作社"),
    # a count inside the deed is of its object: the deed names the set without that number
    ("全县30名妇女获得了20万元贷款。", "30名", "获得了贷款的妇女"),
    ("12名执委组成3个小组。", "12名", "组成小组的执委"),
    # ... but not an idiom, an ordinal, a rate per head or a list of counts
    ("20名代表齐聚一堂。", "20名", "齐聚一堂的代表"),
    ("8户家庭荣获第二届最美家庭称号。", "8户", "荣获第二届最美家庭称号的家庭"),
    ("60名妇女每人获得2000元补贴。", "60名", "妇女"),
    ("培训了15名妇女、8名村医及6名教师。", "15名", "培训妇女"),
    # a level jieba cuts from its division's name (自治区|级) stays with the noun it modifies
    ("全区已有47个自治区级巾帼示范基地。", "47个", "自治区级巾帼示范基地"),
    # ... and goes with its division when a long phrase loses its first words
    ("桂林新增6个自治区级乡村振兴巾帼示范基地。", "6个", "新增乡村振兴巾帼示范基地"),
    # ... while a level jieba knows is one word (县级), and 两级 counts nothing
    ("评出县级文明家庭20户。", "20户", "评出的县级文明家庭"),
    # office holders in verbless clauses after a clause naming a body are that body's
    ("选举产生了县妇女第八届委员会,主任1人,副主任4人。", "4人", "县妇女第八届委员会副主任"),
    ("各行政村设村妇代会,主任1人。", "1人", "村妇代会主任"),
    # ... not after a clause that names no body, nor a title after a verb
    ("全县有妇女干部100名,主任12人。", "12人", "主任"),
    ("县里成立了协会,推选主任1人。", "1人", "推选主任"),
    # 将/把 before a count fronts the object of the verb after it: that verb names the set
    ("并将100篇优秀作品汇编成册。", "100篇", "汇编成册的优秀作品"),
    ("把30名妇女送到培训基地。", "30名", "送到培训基地的妇女"),
    ("中心将2000张贺卡寄给在外务工的姐妹。", "2000张", "寄给在外务工的姐妹的贺卡"),
    # ... but not 将 of the future before a verb
    ("今年将培训500名妇女。", "500名", "培训妇女"),
    # a long scene 在… before the deed goes, or its list is named by its first item and 等
    ("帮助3000名妇女在家政服务业实现就业。", "3000名", "帮助实现就业的妇女"),
    ("全省有2万名巾帼家政员在北京、上海、广州等地从事家政服务。", "2万名",
     "在北京等地从事家政服务的巾帼家政员"),
    # ... but what the pivot's object only holds there is none of its doing
    ("组织30名妇女在县城举办手工艺品展销会。", "30名", "妇女"),
])
def test_the_indicator_keeps_what_defines_the_counted_set(sentence, text, indicator):
    assert _by_text(sentence)[text][0] == indicator
