"""Second stop-32 probe audit of agencies: short sentences written for this test (no report text),
each with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

INNER_PARTNER_WORD = ("a partner word inside a name (妇女联合会, 合作社) is no partner word; the rule "
                      "(agn32b 20e30db) removed two dev32 extras but lost one right agency, partner and "
                      "relation on the test half, so it was dropped")
STATIONED_TROOPS = ("troops named by their station (驻永部队) are one body listed with a partner word; "
                    "the rule (agn32b ba02de3) needs the dropped inner-partner-word rule to add no "
                    "extra, so it was dropped with it")

PROBES = {}

# Family one (a volunteer's or person's employer is no agency, stop 27 batch 22; an institution
# counts only where its people serve as that institution's): a body written as a named person's
# unit, the person a private one by a courtesy title (甲局的魏某先生, 乙公司的王某女士) or by a gift
# she makes under her bare name (丙社的施某资助…), is her employer. Near misses stay listed: staff
# named by their post who serve (医生, 工作人员), the body's own gift, a partner word, a framing
# phrase of help (的大力资助下), a gift of the body's people or funds.
PROBES["a_private_person_named_with_her_unit"] = [
    ("永安市卫生局的魏大森先生认领了一名春蕾女童。", []),
    ("冠县金源纺织有限公司的王丽女士资助两名女童。", []),
    ("南安市青年旅行社的施晓菲资助一名女童。", []),
    ("冠县建设银行的张建国、李红共同捐款5000元。", []),
    ("山阳县供电公司的刘洋先生为春蕾女童送去书包。", []),
    ("长汀县邮政局的陈芳女士是一名爱心妈妈。", []),
    ("县委党校的王丽女士资助一名女童。", []),
    ("县委党校的施晓菲资助一名女童。", []),
    # near misses: staff who serve, the body gives, a partner word, a framing phrase, its funds
    ("长汀县人民医院的李明医生为妇女义诊。", ["长汀县人民医院"]),
    ("县司法局的工作人员为妇女讲解法律知识。", ["县司法局"]),
    ("冠县金源纺织有限公司为困难妇女捐赠物资。", ["冠县金源纺织有限公司"]),
    ("县妇联联合南安市青年旅行社开展资助活动。", ["南安市青年旅行社"]),
    ("在县教育局的大力资助下，县妇联开展活动。", ["县教育局"]),
    ("县慈善总会资助20名贫困女童。", ["县慈善总会"]),
    ("县红十字会的善款资助了30名女童。", ["县红十字会"]),
]

# The same family's campaign side: a firm or organ named with a programme word in it (甲乙管架
# 工程有限公司, 丙工程队, 丁计划处) is a body whether or not it is listed as a partner, so its
# programme word opens no campaign; a programme after its sponsor's name stays one.
CAMPAIGN_PROBES = [
    ("永安市屹立管架工程有限公司的雄国添先生资助三名女童。", []),
    ("冠县建筑工程有限公司的王丽女士捐款5000元。", []),
    ("长汀县水利工程队的李明为女童送去书包。", []),
    ("山阳县路桥工程集团的刘洋先生认领一名女童。", []),
    ("县妇联实施巾帼建功工程，开展春蕾计划。", ["巾帼建功工程", "春蕾计划"]),
    ("县妇联联合冠县建设局实施美丽庭院工程。", ["美丽庭院工程"]),
]

# Family two (a body named only as a place is no partner, stops 21, 25): a body with a locative
# right after it (建在甲协会里, 设在乙医院内), after 在 or a verb ending in it (建在, 设在), is where
# something is set up or held, as one with a room after it is (在甲医院的病房里); the list mark
# after the locative ends that item, so the next item's verb (…里、建在…) does not make it act.
# Near misses stay listed: a partner word before another 在 phrase, a federation of a body (内设).
PROBES["a_body_with_a_locative_after_it_is_a_place"] = [
    ("把妇女组织建在产业链上、建在行业协会里、建在合作经济组织中。", []),
    ("把妇女之家建在县个体劳动者协会里、建在冠县金源纺织有限公司内、建在专业合作社上。", []),
    ("将巾帼驿站设在长汀县人民医院内、设在县图书馆里，方便妇女。", []),
    ("把妇女微家建在南安市电商协会里、建在快递网点上。", []),
    ("把维权站点设在县司法局里、设在镇综治中心内。", []),
    ("在县人民医院内开展义诊。", []),
    # near misses: a partner word, a partner besides the place, the body's own inner unit
    ("县妇联联合县卫健委在县人民医院内开展两癌筛查。", ["县卫生健康委员会"]),
    ("县妇联联合县司法局开展普法宣传，在县司法局内设立维权站。", ["县司法局"]),
    ("县工商联内设妇女委员会。", ["县工商业联合会"]),
    ("县妇联与县总工会在县内开展评选活动。", ["县总工会"]),
]

# Family three (a body named only as a place is no partner, stops 21, 25): a list of bodies closed
# by 等 and a kind word of the places or means the work uses (依托甲党校、乙站等阵地, 利用丙馆等宣传
# 平台, 丁公司等培训场所), or a body that 以 … 为 makes one (以戊中心为阵地), names the work's venues
# or channels, even after 依托 or 利用. Near misses stay listed: a list closed by 等单位 after a
# partner word, a bare 依托 with no kind word, 以 … 为依托, a platform the bodies build.
PROBES["a_list_closed_by_a_kind_of_venue"] = [
    ("利用党校、女性素质提升大讲堂、远程教育网络等阵地，对妇女进行培训。", []),
    ("依托县委党校、新时代文明实践站等阵地，开展巾帼宣讲。", []),
    ("依托镇综合文化站、农家书屋等载体，开展读书活动。", []),
    ("以柳林镇综合文化站为阵地，开展家庭教育讲座。", []),
    ("以县委党校为阵地开展培训。", []),
    ("充分利用县融媒体中心、县图书馆等宣传平台，广泛宣传。", []),
    ("依托冠县金源纺织有限公司、县职业中专等培训场所，开展技能培训。", []),
    # near misses: 等单位 after a partner word, 依托 alone, 以…为依托, a platform built together
    ("县妇联联合县人社局、县就业服务中心等单位开展招聘会。", ["县人力资源和社会保障局", "县就业服务中心"]),
    ("依托县委党校开展培训。", ["县委党校"]),
    ("县妇联以县人民医院为依托开展两癌筛查。", ["县人民医院"]),
    ("县妇联和县教育局搭建家庭教育平台。", ["县教育局"]),
]

# Family five (a kind of unit is no one body, stop 27 batch 25 and the category words): a body
# whose only word before a strong suffix, after its scope or none, says what kind of body it is
# (专业协会, 行业协会, 冠县专业合作社) names the kind, as in a list of the forms women's groups take,
# not a partner. Near misses stay listed: a name with its own words before the kind word (家政
# 行业协会, 农民专业合作社, 巾帼种植专业合作社) or after it (专业技术人员协会, 行业协会商会).
PROBES["a_kind_word_alone_before_the_suffix"] = [
    ("以妇女为主体的合作经济组织、专业协会，引导妇女走产业化道路。", []),
    ("把妇女组织建在行业协会。", []),
    ("县妇联发挥专业协会作用，开展技能培训。", []),
    ("县妇联依托专业合作社开展培训。", []),
    ("冠县专业合作社为妇女提供岗位。", []),
    # near misses: the name's own words before or after the kind word
    ("县妇联联合家政行业协会开展培训。", ["家政行业协会"]),
    ("县妇联联合县家政服务行业协会开展培训。", ["县家政服务行业协会"]),
    ("县妇联联合柳林镇巾帼种植专业合作社开展培训。", ["柳林镇巾帼种植专业合作社"]),
    ("县妇联联合冠县农民专业合作社开展培训。", ["冠县农民专业合作社"]),
    ("县妇联联合县专业技术人员协会开展培训。", ["县专业技术人员协会"]),
    ("县妇联联合县行业协会商会开展培训。", ["县行业协会商会"]),
]

# Family six, kept on the branch and dropped by the lead on the test half (media, venues and troupes
# are partners only where a partner word says they work with
# the federation, stop 16): a partner word that opens a name's suffix (妇女联合会, 工商业联合会,
# 残疾人联合会, 信用合作联社) is the name, no partner word, so a venue visited, a troupe watched or
# a library gone to in the clause of a body written in full stays out (and so does the bad cut
# 妇女参观县博物馆 the false partner word let through). Near misses stay listed: a partner word of
# its own (联合, 携手, 合作, 共同) beside the full name.
PROBES["a_partner_word_inside_a_name_is_no_partner_word"] = [
    known_because(INNER_PARTNER_WORD, "长汀县妇女联合会组织妇女参观县博物馆。", []),
    known_because(INNER_PARTNER_WORD, "县工商业联合会组织女企业家参观县纪念馆。", ["县工商业联合会"]),
    known_because(INNER_PARTNER_WORD, "冠县妇女联合会组织巾帼志愿者观看县艺术团的演出。", []),
    known_because(INNER_PARTNER_WORD, "山阳县残疾人联合会组织残疾妇女到县图书馆阅读。",
                  ["山阳县残疾人联合会"]),
    known_because(INNER_PARTNER_WORD, "县农村信用合作联社组织女职工参观县纪念馆。", ["县农村信用合作联社"]),
    # near misses: a partner word of its own beside the full name
    ("长汀县妇女联合会联合县图书馆举办亲子阅读活动。", ["县图书馆"]),
    ("县妇联联合县工商业联合会开展活动。", ["县工商业联合会"]),
    ("县妇女联合会携手县融媒体中心开展直播带货。", ["县融媒体中心"]),
    ("冠县妇女联合会、县融媒体中心共同举办直播活动。", ["县融媒体中心"]),
    ("县妇联与县融媒体中心合作推出专栏。", ["县融媒体中心"]),
]

# Family seven, dropped with family six (teams and units of the armed forces are partners
# where they work with the federation, stop 16): troops named by their station, 驻 and the
# place's one-character short form before 部队 (驻永部队, 驻冠部队), are one body, read as the armed
# police's 中队 and 支队 are: a partner word, a gift or their support lists them. Near misses
# stay out: a visit to them, a husband's service there, thanks to their people, a bare
# 某部队.
PROBES["troops_named_by_their_station"] = [
    known_because(STATIONED_TROOPS, "共有百余个单位、驻永部队和300多名热心人士加入资助行列。", ["驻永部队"]),
    known_because(STATIONED_TROOPS, "县妇联联合驻冠部队开展拥军慰问。", ["驻冠部队"]),
    known_because(STATIONED_TROOPS, "县妇联携手驻汀部队开展联谊活动。", ["驻汀部队"]),
    known_because(STATIONED_TROOPS, "驻汀部队官兵为留守儿童捐赠书包。", ["驻汀部队"]),
    known_because(STATIONED_TROOPS, "1998年我受驻永部队的资助完成学业。", ["驻永部队"]),
    # near misses: a visit, a husband's service, thanks to its people, no name
    ("县妇联到驻冠部队慰问官兵。", []),
    ("县妇联走访慰问驻地部队。", []),
    ("她的丈夫在驻藏部队服役。", []),
    ("荔城区妇女联合会向驻荔部队的军嫂代表表示感谢。", []),
    ("县妇联联合某部队开展联谊活动。", []),
]

# Family eight, tried and dropped (a list that writes a unit's scope once shares it, stop 16, stop
# 30 batch 34): an office with a weak suffix and no scope (民生办, 网格办, 平安办) listed after a
# partner word behind a scoped body, its list closed by 等部门, is a department of that unit, one
# body, as a proper noun in it already makes one (天桥演艺中心), completed with the scope the list
# writes once (区宣传办、农社局 -> 区农社局). Near misses stay out: the departments' officials, a
# list closed by 等单位 or by nothing, an office alone. The rule (agn32b 3c7ed10) found one
# fresh32b and one dev32 miss, but each variant lost a relation: completed, fresh32b's gold writes
# the office bare (民生办, a question filed); bare, dev32's gold completes it (区农社局).
UNSCOPED_OFFICE = ("an unscoped office in a partner list closed by 等部门 is a department, scope completed; "
                   "tried in stop 32 (agn32b 3c7ed10) and dropped: +1 agency on fresh32b and dev32, "
                   "but one relation lost on one set whichever way the name is written")
PROBES["an_unscoped_office_in_a_list_of_departments"] = [
    # stop 33 (agency_probes_stop33b.py): an office listed after one unit's body takes its scope,
    # as the stop-33 adjudication (rounds' questions, row 13) reads such lists; these now pass
    ("肥东县陈集镇妇联联合镇新时代文明实践所、民生办等部门开展宣传活动。",
     ["镇新时代文明实践所", "镇民生办"]),
    ("镇妇联联合镇司法所、民生办等部门开展宣传。", ["镇司法所", "镇民生办"]),
    ("街道妇联联合街道派出所、网格办等部门开展排查。", ["街道派出所", "街道网格办"]),
    ("镇妇联联合镇派出所、平安办等相关部门开展反诈宣传。", ["镇派出所", "镇平安办"]),
    ("镇妇联联合镇派出所、护路办等部门开展宣传。", ["镇派出所", "镇护路办"]),
    known_because(UNSCOPED_OFFICE, "西区妇联联动区宣传办、农社局等部门开展启动仪式。",
                  ["区宣传办", "区农社局"]),
    # near misses: the officials, no 等部门, an office alone
    ("镇司法所、民生办等部门负责人参加会议。", []),
    # stop-33 adjudication (rounds' questions, row 13): an office listed after one unit's body
    # is that unit's, whatever closes the list (agency_probes_stop33b.py)
    ("镇妇联联合镇司法所、民生办等单位开展宣传。", ["镇司法所", "镇民生办"]),
    ("镇妇联联合镇司法所、民生办开展宣传。", ["镇司法所", "镇民生办"]),
    ("镇妇联联合民生办开展宣传。", []),
]

# Family four, tried and dropped (the audience's or participants' workplace is no partner, stop 24
# onwards): a list of bodies closed by 等 and any kind word of its items (等学校, 等医院, 等企业),
# then their people who are the work's audience or take part (的师生参加, 的女职工踊跃报名), says
# whose people they are, for the last item as for the first (等单位 alone is read). Near misses stay
# listed: a partner word (联合, 邀请) before the list, its staff who serve (的专家为妇女义诊).
# Letting any kind word of up to four characters close the list in ``_its_people`` moved no figure
# of fresh32b, fresh32 or dev32, so it was not kept.
KIND_BEFORE_PEOPLE = ("a list closed by 等 and any kind word (等学校, 等企业) before its people who are "
                      "the audience or take part names their workplaces; tried in stop 32 (agn32b) and "
                      "dropped: no figure of fresh32b, fresh32 or dev32 moved")
PROBES["a_list_closed_by_a_kind_word_before_its_people"] = [
    known_because(KIND_BEFORE_PEOPLE, "活动吸引了县第一中学、县实验小学等学校的师生参加。", []),
    known_because(KIND_BEFORE_PEOPLE, "县妇联为县实验小学、柳林镇中心小学等学校的500余名学生开展安全教育。",
                  []),
    known_because(KIND_BEFORE_PEOPLE, "县人民医院、县中医院等医院的100余名女职工参加了比赛。", []),
    known_because(KIND_BEFORE_PEOPLE, "冠县金源纺织有限公司、县农商银行等企业的女职工踊跃报名。", []),
    known_because(KIND_BEFORE_PEOPLE, "县妇联组织县实验小学、县第二中学等学校的家长参加讲座。", []),
    ("县妇联组织县教育局、县卫健委等单位的女干部参加培训。", []),
    # near misses: a partner word, an invitation, staff who serve
    ("县妇联联合县实验小学、县第二中学等学校开展家庭教育讲座。", ["县实验小学", "县第二中学"]),
    ("县妇联邀请县实验小学、县第二中学等学校的学生表演节目。", ["县实验小学", "县第二中学"]),
    ("县人民医院、县中医院等医院的专家为妇女义诊。", ["县中医院", "县人民医院"]),
    ("县妇联联合县教育局等部门的工作人员开展排查。", ["县教育局"]),
]
