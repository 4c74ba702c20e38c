"""Stop-32 probe audit of agencies: short sentences written for this test (no report text), each
with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

PROBES = {}

# Family one (stop 25, an official's institution that serves): a facility (…中心, …站, …所, …院)
# behind a scope whose staff, or which itself, opens the clause and gives a lecture, a training or
# a clinic serves the work and is listed, as an organ whose official serves is (县农业农村局农艺师
# …授课). Near misses stay out: the facility after 在 or 到 (where the lecture was held), one
# that only takes part, and a unit of a whole body (省人民医院|生殖医学中心: the hospital).
STAFF_SERVE = ("a scoped facility whose staff open the clause and give a lecture, training or clinic "
               "serves the work and is listed; the rule (agn32 73bf416) fixed one fresh32 miss but "
               "added an extra relation on fresh32 and an extra agency, partner and relation on the "
               "test half, so it was dropped")
PROBES["a_facility_whose_staff_serve_the_work"] = [
    known_because(STAFF_SERVE, "活动中，县农技中心农艺师王丽围绕小麦管理要点进行了专题授课。",
                  ["县农技中心"]),
    known_because(STAFF_SERVE, "冠县妇联举办培训会。冠县农业技术推广中心技术员为学员讲课。",
                  ["冠县农业技术推广中心"]),
    known_because(STAFF_SERVE, "长汀县妇联举办培训班，县林业技术推广站技术员为学员授课。",
                  ["县林业技术推广站"]),
    known_because(STAFF_SERVE, "县畜牧兽医中心高级兽医师李明为养殖户作了技术培训。", ["县畜牧兽医中心"]),
    known_because(STAFF_SERVE, "镇农业综合服务中心技术员为妇女讲课。", ["镇农业综合服务中心"]),
    known_because(STAFF_SERVE, "县综合检验检测所工作人员为大家开展食品安全讲座。", ["县综合检验检测所"]),
    known_because(STAFF_SERVE, "县农技中心为学员授课。", ["县农技中心"]),
    # near misses: the venue, a destination, taking part, a unit of a whole body
    ("在县妇女儿童活动中心举办家庭教育讲座。", []),
    ("县妇联在县农技中心为学员授课。", []),
    ("县妇联组织妇女到县农技中心听取授课。", []),
    ("学员们来到县农技中心参观学习。", []),
    ("县农技中心的专家们参加了培训。", []),
    ("省人民医院生殖医学中心主任方红为村民进行了义诊。", ["省人民医院"]),
    ("冠县人民医院体检中心医生为妇女开展义诊。", ["冠县人民医院"]),
]

# Family two (suffixes of media and teams, stop 16: partners only where they work with the
# federation): a radio station (…电台, …广播电台) is a medium as a TV station is, and a work team
# (…工作队; the standard 驻村工作队, which jieba cuts 驻|村) a team as a brigade is. A partner word
# lists them; reporting, a studio visited, a programme heard, a team's member attending, a
# workplace or a team that acts alone stay out.
MEDIA_TEAMS = ("a radio station (…电台) is a medium and a work team (…工作队, 驻村工作队) a team, "
               "listed with a partner word; the rule (agn32 72be65e) fixed one fresh32 miss but added "
               "an extra relation on fresh32, so it was dropped")
PROBES["a_radio_station_or_a_work_team_as_a_partner"] = [
    known_because(MEDIA_TEAMS, "南安市妇联携手市广播电台开展普法直播。", ["市广播电台"]),
    known_because(MEDIA_TEAMS, "冠县妇联联合冠县人民广播电台开设《女性之声》节目。", ["冠县人民广播电台"]),
    known_because(MEDIA_TEAMS, "长汀县妇联与县广播电台合作推出普法节目。", ["县广播电台"]),
    known_because(MEDIA_TEAMS, "山阳县妇联邀请市交通广播电台主持人主持晚会。", ["市交通广播电台"]),
    known_because(MEDIA_TEAMS, "县妇联联合驻村工作队为困难妇女送去慰问品。", ["驻村工作队"]),
    known_because(MEDIA_TEAMS, "驻村第一书记和驻村工作队针对她的情况采取帮扶措施。", ["驻村工作队"]),
    known_because(MEDIA_TEAMS, "长汀县妇联携手乡村振兴工作队开展入户走访。", ["乡村振兴工作队"]),
    known_because(MEDIA_TEAMS, "冠县妇联与帮扶工作队共同为留守儿童送去书包。", ["帮扶工作队"]),
    known_because(MEDIA_TEAMS, "镇妇联联合县乡村振兴驻村工作队开展培训。", ["县乡村振兴驻村工作队"]),
    # near misses: reporting, a studio, a programme heard, a member, a workplace, a bare team
    ("市广播电台报道了此次活动。", []),
    ("冠县妇联负责人走进市广播电台直播间。", []),
    ("妇女们收听县人民广播电台的节目。", []),
    ("驻村工作队队员参加了会议。", []),
    ("她被选派到驻村工作队工作。", []),
    ("工作队深入农户家中了解情况。", []),
]

# Family three, tried and dropped: a department written right after a federation (县妇联|组织部,
# 市妇联宣传部、|组织部) is the federation's own, also where a partner word follows in its clause;
# an item opening with a partner word (妇联联合|组织部、) is another body's. No figure of fresh32
# or dev32 moved, so the rule was not kept.
OWN_DEPARTMENT = ("a federation's own department written right after it (妇联|组织部) is no partner; "
                  "tried in stop 32 and dropped: no figure of fresh32 or dev32 moved")
PROBES["a_federation_department_after_the_federation"] = [
    known_because(OWN_DEPARTMENT, "冠县妇联组织部联合县司法局开展普法宣传。", ["县司法局"]),
    known_because(OWN_DEPARTMENT, "市妇联宣传部、组织部联合市教育局开展评选。", ["市教育局"]),
    known_because(OWN_DEPARTMENT, "南安市妇联组织部、宣传部联合市委宣传部开展宣讲。", ["市委宣传部"]),
    ("县妇联权益部联合县法院开展普法宣传。", ["县法院"]),
    ("市妇联组织部副部长吴秋菊出席。", []),
    # near misses: another body's departments after a partner word or a list mark
    ("县妇联、县委宣传部联合开展宣讲。", ["县委宣传部"]),
    ("县妇联和县委组织部、县委宣传部联合开展培训。", ["县委组织部", "县委宣传部"]),
    ("长汀县妇联携手县委统战部开展活动。", ["县委统战部"]),
]

# Family four, tried and dropped: a village's or community's two committees (村两委, 双委) are one
# leadership entry where they act in the work (stop-25 adjudication), and no agency where women
# are elected into them (进村“两委”, 两委换届选举) or the clause counts their make-up (两委中有女性).
# With 两委/双委 as a leadership suffix and those three frames left out, dev32 found both gold
# entries (agencies 360/67/48 -> 362/70/46) but took three more where the gold lists none (a
# pledge in a quote, an honour given at a ceremony, a share of women in them) and linked one to a
# figure: agencies F1 fell by 0.0004 and relations gained an extra, so it was not kept.
TWO_COMMITTEES = ("a village's two committees (村两委, 双委) acting in the work are one leadership entry; "
                  "tried in stop 32 and dropped: dev32 agencies +2 right, +3 extra, relations +1 extra")
PROBES["a_village_s_two_committees"] = [
    known_because(TWO_COMMITTEES, "村两委联合村妇联开展人居环境整治。", ["村两委"]),
    known_because(TWO_COMMITTEES, "在村两委的大力支持下，东街村妇联开展活动。", ["村两委"]),
    known_because(TWO_COMMITTEES, "柳林镇东街村双委高度重视妇女工作。", ["柳林镇东街村双委"]),
    known_because(TWO_COMMITTEES, "县妇联联合东街村两委开展宣传。", ["东街村两委"]),
    known_because(TWO_COMMITTEES, "冠县妇联会同各村两委开展排查。", ["村两委"]),
    # near misses: elected into, an election, a make-up, its cadres attending
    ("推进女性进村“两委”。", []),
    ("女性进村（社区）“两委”比例提高。", []),
    ("全县村两委换届选举中女性当选率提高。", []),
    ("全省100%的村“两委”中有女性。", []),
    ("确保“两委”成员中至少有一名女性。", []),
    ("柳林镇东街村“两委”干部参加活动。", []),
]

# Family five, tried and dropped: a facility inside a framing phrase of helping the work (在甲中心
# 的大力支持下 already lists it; 在乙中心的推荐下, 在丙所的指导下, 在各镇妇联、丁中心的联名推荐下)
# works with the federation as a partner word says. Counting 指导, 协助, 配合 and 推荐 (联名) in
# such a phrase moved no figure of fresh32 or dev32 (the fresh miss, an unscoped 农业服务中心
# after 各镇妇联、, needs 各's scope shared along the list too), so it was not kept.
HELPING_FRAME = ("a facility in a framing phrase of guiding or recommending (在…的指导下, …的联名推荐下) "
                 "works with the federation; tried in stop 32 and dropped: no figure moved")
PROBES["a_facility_in_a_framing_phrase_of_help"] = [
    ("在县农业技术推广中心的大力支持下，县妇联举办培训班。", ["县农业技术推广中心"]),
    known_because(HELPING_FRAME, "在镇农业服务中心的推荐下，县妇联命名10个巾帼示范基地。",
                  ["镇农业服务中心"]),
    known_because(HELPING_FRAME, "在县综合检验检测所的指导下，县妇联开展食品安全宣传。",
                  ["县综合检验检测所"]),
    known_because(HELPING_FRAME, "在各镇妇联、农业服务中心的联名推荐下，区妇联命名10个家庭农场。",
                  ["农业服务中心"]),
    # near misses: the venue, a room of it, its staff's help to women
    ("县妇联在县妇女儿童活动中心举办培训。", []),
    ("在县妇女儿童活动中心的二楼开展培训。", []),
]

# Family six, tried and dropped: a firm's or farm's premises after its name (…公司|车间内, …生产
# 车间里, …合作社|大棚内) open a scene, where the women work, as a hall after a body is a venue;
# a person's post after the premises word (车间主任) stays the firm's person. Room words for the
# premises moved no figure of fresh32 or dev32, so they were not kept.
PREMISES = ("a firm's premises after its name (…公司车间内, …合作社大棚里) make it a scene, no partner; "
            "tried in stop 32 and dropped: no figure moved")
PROBES["a_firm_s_premises_open_a_scene"] = [
    known_because(PREMISES, "冠县金源纺织有限公司车间内，女工们忙碌着。", []),
    known_because(PREMISES, "霍邱县金源服饰有限公司生产车间里，女工们正在赶制订单。", []),
    ("在冠县金源纺织有限公司的生产车间里，女工们正忙着缝制服装。", []),
    ("活动在冠县金源纺织有限公司会议室举行。", []),
    # near misses: the firm's manager serving, a partner word, a gift
    ("冠县金源纺织有限公司车间主任王丽为学员授课。", ["冠县金源纺织有限公司"]),
    ("县妇联联合冠县金源纺织有限公司开展技能培训。", ["冠县金源纺织有限公司"]),
    ("冠县金源纺织有限公司为困难妇女捐赠物资。", ["冠县金源纺织有限公司"]),
]
