"""Stop-33 probe audit of agencies: short sentences written for this test (no report text), each
with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

PROBES = {}

# Family one (与 inside a name): 与, as 和 does, may join two sectors of one body's work (妇女维权
# 与信息服务站, 婚姻与家庭咨询服务中心, 人力资源与社会保障局); the words before it name no body of
# their own and the words after it open with no scope. Near misses stay two bodies or none: a
# scope after 与 (县妇联与县民政局), a federation or a suffixed body before it, people before it.
PROBES["a_conjunction_inside_one_name"] = [
    ("遂溪县妇联联合县妇女维权与信息服务站开展座谈会。", ["县妇女维权与信息服务站"]),
    ("冠县妇联联合县人力资源与社会保障局开展招聘会。", ["县人力资源与社会保障局"]),
    ("城关区妇联联合区婚姻与家庭咨询服务中心开展调解。", ["区婚姻与家庭咨询服务中心"]),
    ("海淀区妇联邀请区妇女儿童与家庭服务中心社工授课。", ["区妇女儿童与家庭服务中心"]),
    ("冠县妇联联合县社会工作与志愿服务中心开展讲座。", ["县社会工作与志愿服务中心"]),
    ("遂溪县妇联联合县文化与旅游局开展座谈会。", ["县文化与旅游局"]),
    # near misses: two scoped bodies, a federation before 与, people before it, no body at all
    ("县妇联与县民政局开展走访。", ["县民政局"]),
    ("县妇联联合县司法局与县法院开展普法。", ["县司法局", "县人民法院"]),
    ("县妇联与县社会工作服务中心开展讲座。", ["县社会工作服务中心"]),
    ("镇妇联与社区服务中心共同开展活动。", []),
    ("张丽与志愿服务中心的同志一起走访。", []),
    ("组织妇女与儿童到县图书馆参观。", []),
]

# Family two (a branch in brackets): a body's branch by place written in brackets after it (服务站
# (遂溪站), 指导中心(南安分中心), 银行(冠县支行)) is part of the one name, as a branch written without
# brackets is (甲银行乙支行). The bracket holds a gazetteer place and the body's own suffix (分 may
# come between) or a branch's suffix. Near misses keep the body alone: an alias or short form in
# brackets, a place alone, a grade or a note, another kind of body.
PROBES["a_branch_in_brackets_after_its_body"] = [
    ("冠县妇联联合中国农业银行(冠县支行)开展讲座。", ["中国农业银行(冠县支行)"]),
    ("冠县妇联联合省妇女维权与信息服务站(冠县站)开展讲座。", ["省妇女维权与信息服务站(冠县站)"]),
    ("冠县妇联联合市妇女儿童服务中心(冠县分中心)开展讲座。", ["市妇女儿童服务中心(冠县分中心)"]),
    ("南安市妇联携手泉州市家庭教育指导中心（南安分中心）开展亲子共读。",
     ["泉州市家庭教育指导中心(南安分中心)"]),
    ("长汀县妇联联合省法律援助服务站(长汀站)开展普法。", ["省法律援助服务站(长汀站)"]),
    # near misses: a short form, a place alone, a grade
    ("冠县妇联联合县人民医院（简称县医院）开展义诊。", ["县人民医院", "县医院"]),
    ("冠县妇联联合县司法局(冠县)开展普法。", ["县司法局"]),
    ("冠县妇联联合冠县人民医院(三级)开展义诊。", ["冠县人民医院"]),
]

# Family three (a facility listed with the federation): a place of service (…服务站, …服务中心,
# …卫生院) needs a partner word in its clause; a list that opens its clause with a federation (县妇联、
# 甲站…) names the clause's holders, so a facility listed there holds the work with it, as one after
# 县妇联和 does. Near misses stay out: the list after 在 or 到 (where the work was), its people
# attending or only their officials taking part.
PROBES["a_facility_listed_with_the_federation"] = [
    ("遂溪县妇联、县法律援助服务站到杨柑镇召开座谈会。", ["县法律援助服务站"]),
    ("长汀县妇联、县婚姻家庭咨询服务站为群众调解纠纷。", ["县婚姻家庭咨询服务站"]),
    ("冠县妇联、县社会工作服务中心联合开展关爱活动。", ["县社会工作服务中心"]),
    ("今年以来,南安市妇联、市司法局、市家庭教育指导服务中心走进社区开展讲座。",
     ["市司法局", "市家庭教育指导服务中心"]),
    ("城关区妇联、区妇女儿童服务站共同开展入户走访。", ["区妇女儿童服务站"]),
    ("遂溪县妇联、广东省妇女维权与信息服务站(遂溪站)到杨柑镇召开座谈会。",
     ["广东省妇女维权与信息服务站(遂溪站)"]),
    ("镇妇联、镇卫生院为妇女开展义诊。", ["镇卫生院"]),
    # near misses: a venue, a destination, officials or staff attending
    ("在县妇联、县妇女儿童活动中心举办培训班。", []),
    ("组织妇女到县妇联、县妇女儿童活动中心参观学习。", []),
    ("县妇联、县妇女儿童服务中心负责人参加了会议。", []),
    ("城关区妇联、区社会工作服务站的工作人员参加了培训。", []),
]

# Family four (a masthead line of a site and its owner): a line of a site's name (…网, …日报,
# …电视台) and one body's whole name set apart by a space, nothing else, is the page's masthead
# naming the site's owner or sponsor, no partner, in either order. Near misses keep the body: a
# dateline or a headline after the site's name (甲网讯 …联合…, 甲网 …联合…开展…), a site cited in a
# clause (据甲网报道,…).
PROBES["a_masthead_line_of_a_site_and_its_owner"] = [
    ("中国访谈网 中国经济报刊协会", []),
    ("湛江新闻网 湛江市委宣传部", []),
    ("长汀县人民政府网 长汀县人民政府办公室", []),
    ("海淀区政务网 海淀区民政局", []),
    ("中国经济报刊协会 中国访谈网", []),
    ("南安日报 南安市文学艺术界联合会", []),
    # near misses: a dateline, a headline, a cited site
    ("冠县新闻网讯 县妇联联合县人社局开展招聘会。", ["县人社局"]),
    ("冠县新闻网 县妇联联合县人社局开展招聘会", ["县人社局"]),
    ("据冠县新闻网报道,县妇联联合县人社局开展招聘会。", ["县人社局"]),
    ("湛江市妇联联合湛江市委宣传部开展巾帼宣讲。", ["湛江市委宣传部"]),
]

# Family five (中央 at the head of bare levels): a bare 中央 names the party centre at the head of
# a chain of level committees (中央和省委、市委); a chain of bare levels (中央、省、市) before the
# deployment, spirit or demands they issue ties the work to the centre too, while the bare levels
# name no body (stop 27). Near misses stay empty: 中央 as the level of a budget or of media, or of
# leaders, with no issued deployment after the chain.
PROBES["the_centre_heading_a_chain_of_bare_levels"] = [
    ("紧扣中央、省、市工作部署,认真落实县委具体工作安排。", ["中央", "县委"]),
    ("围绕中央、省、市、县工作部署,扎实推进妇女工作。", ["中央"]),
    ("按照中央和省、市部署要求,县妇联开展走访。", ["中央"]),
    ("认真落实中央、省和市委党的群团工作会议部署。", ["中央", "市委"]),
    ("全面落实中央和省、市、县党的群团工作会议精神。", ["中央"]),
    ("深入学习贯彻中央、省、区决策部署,扎实开展工作。", ["中央"]),
    # near misses: a budget's, media's or leaders' level
    ("争取中央、省、市资金支持。", []),
    ("中央、省、市媒体进行了报道。", []),
    ("中央、省、市各级领导高度重视。", []),
    ("中央和省市主流媒体纷纷报道。", []),
]

# Family six, dropped (a body described by what it has): a body opening its clause before 现有, 共有,
# 拥有 or 建筑面积 (甲中学共有学生3000人, 乙公司拥有女职工500余人) is introduced to the reader, as
# one before 成立于 or 位于 is, and does no work with the federation. Near misses keep the body: a
# partner word in the clause, a body that gives (发放) what it has.
DESCRIBED_BY_WHAT_IT_HAS = ("a body opening its clause before 现有/共有/拥有/建筑面积 is described, not a "
                            "partner; the lexicon rule (described 现有, 共有, 拥有, 建筑面积) moved neither "
                            "fresh33 nor dev33, so it was dropped")
PROBES["a_body_described_by_what_it_has"] = [
    known_because(DESCRIBED_BY_WHAT_IT_HAS, "县第一中学共有学生3000人。", []),
    known_because(DESCRIBED_BY_WHAT_IT_HAS, "冠县巧手编织专业合作社现有社员120人,带动周边妇女就业。", []),
    known_because(DESCRIBED_BY_WHAT_IT_HAS, "长汀县某某纺织有限公司拥有女职工500余人。", []),
    known_because(DESCRIBED_BY_WHAT_IT_HAS, "南安市某某家政服务有限公司现有家政服务员80名。", []),
    known_because(DESCRIBED_BY_WHAT_IT_HAS, "县第一中学共有300名学生参加了讲座。", []),
    # near misses: described already, a partner word, a body that gives
    ("县福利院现有儿童50名,其中女童30名。", []),
    ("县妇女儿童活动中心建筑面积3000平方米。", []),
    ("县妇联联合冠县巧手编织专业合作社开展培训。", ["冠县巧手编织专业合作社"]),
    ("县民政局共发放救助金20万元。", ["县民政局"]),
]
