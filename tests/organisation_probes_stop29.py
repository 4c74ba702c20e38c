"""Stop-29 probes of the reporting body and its level: short pages written for this test (no
report text), with real places of the gazetteer, over the families the round read in the misses
of the dev reports added last (scored unseen before anyone read them). The order of evidence the
cascade follows: a labelled line (byline, 来源, 供稿), the headline's tag or a visit's host, then
the federation that does the work of the title and opening, then the one the whole text names
most; a federation named in passing (a higher one that announces an honour list, guides, or
visits through its officers) gives way to the one whose work the text tells.

Kept: a province's federation named by its level word alone in the opening (省妇联公布…名单) is
not the author where the whole text names a lower federation by its level word more often
(市妇联充分发挥… / 市妇联还… / 市妇联将…): it announced the list the unit's people entered, the
lower federation's own work is the report. Near misses: 记者从省妇联获悉 over a text that names
no lower federation alone, or only a class of them (各市妇联), or the province as often.
Kept: after the opening, a federation whose work the text tells (三市镇妇联采用先培训指导…) comes
before one named as often that only sends an officer (岳阳市妇联组织部部长王丽带队组织…: a
department head, 部长, is an officer, and 组织部 a department, not the verb 组织), as in the
opening already; a plan (下一步,乙镇妇联将联合…) is no work done. Near misses: the plan of a
federation named after the unit's own; a federation whose verb 组织 is one.
Kept: a class of federations as the first sentence's subject after a time phrase (近年来广西各级
妇联创新…, 今年以来江西各级妇联…) is the class as author as without one, and the federation of the
class's own place written in full (广西壮族自治区妇联 beside the stem 广西) singles out no member:
no one author, the class's places kept. Near miss: a member named by a place below the class's.
Kept: 兵团妇联 written alone names the one corps (新疆生产建设兵团), not a province's federation by
its level word: it is not completed with the province the text's places lie in. Near miss: the
autonomous region's own federation (自治区妇联) is.
Kept: after the opening, a bare 省妇联 that does no work there (its chair visits, 省妇联主席…调研;
its leadership, 在…省妇联的坚强领导下) is not completed with the province and does not win over a
lower federation the text names by its place (本期带你看看甲市妇联这五年): a superior named in
passing. Near misses: a 省妇联 that acts (省妇联还组建…, 省妇联开展…) beside a lower federation that
only speaks; a province's federation named by its place.
Kept: level words listed before one 妇联 (市、县妇联, 乡、村两级妇联, 省、市妇联) name the
federations of several levels, a class, never the last level's one federation. Near misses: a
unit holding its federations' meeting stays the unit; a federation that follows its superiors'
listed plans stays the author.
Dropped (strict gaps): after the opening, a federation named by its level word alone (镇妇联)
where the text also names a federation of that level by its place (明城镇妇联) should refer back
to it, rather than to a place of that level the opening names elsewhere (a slogan's 小城镇, a real
town's name read in a common noun); the rule for it lost a right item on the test half. Near miss
(passes): a bare 街道妇联 whose unit the opening names, beside a higher federation named by place.
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

from .conftest import known_because

SAME_LEVEL_NAMED_BY_PLACE = ("a bare level word after the opening (镇妇联) is completed with a place "
                             "of that level the opening names elsewhere (a slogan's 小城镇), not read "
                             "back to the federation of that level the text names by place "
                             "(明城镇妇联); the stop-29 organisation family for it (a bare level word "
                             "refers back) was dropped: lost 1 right item on the test half")

PROBES = [
    # a higher federation's honour list in the opening, the lower federation's work after it
    ("announcer", "桐乡市3户家庭入选浙江省“最美家庭”",
     "日前,省妇联公布2023年度浙江省“最美家庭”名单,桐乡市梧桐街道2户家庭上榜。\n近年来,市妇联充分发挥"
     "桥梁纽带作用,家庭文明建设成效明显。\n市妇联还组建家庭教育讲师团,深入村社宣讲50场。\n下一步,市妇联将"
     "继续深化最美家庭创建。", None, "桐乡市妇联", "county"),
    ("announcer", "平江县5户家庭入选湖南省“美丽庭院”",
     "日前,省妇联公布2023年度“美丽庭院”名单,平江县5户家庭上榜。\n2023年以来,县妇联充分发挥组织优势,"
     "美丽庭院创建成效明显。\n县妇联还组建巾帼宣讲队,县妇联将继续推进庭院建设。", None, "平江县妇联",
     "county"),
    ("announcer", "遵义市10户家庭获评贵州省“最美家庭”",
     "近日,省妇联公布2022年度“最美家庭”名单,遵义市10户家庭上榜。\n今年以来,市妇联始终把家庭文明建设"
     "作为重点。\n市妇联还选树典型100户,市妇联将继续推进。", None, "遵义市妇联", "city"),
    # (a giver of an honour was already passed over: 省妇联命名)
    ("announcer", "宜章县2名妇女获评湖南省“巾帼建功标兵”",
     "近日,省妇联命名一批巾帼建功标兵,宜章县2名妇女榜上有名。\n据悉,县妇联多年来重视妇女技能提升。\n"
     "县妇联举办技能培训20期,县妇联将持续推动妇女创业。", None, "宜章县妇联", "county"),
    # near misses: the province's own news, lower federations only a class or named less often
    ("announcer", "浙江省今年创建美丽庭院5万户",
     "记者从省妇联获悉,今年全省共创建美丽庭院5万户。\n各市妇联结合实际开展评选,各县妇联组织培训。", None,
     "浙江省妇联", "province"),
    ("announcer", "浙江省今年创建美丽庭院5万户",
     "记者从省妇联获悉,今年全省共创建美丽庭院5万户。\n据悉,省妇联将继续推进美丽庭院建设,县妇联配合开展"
     "评选。", None, "浙江省妇联", "province"),
    # a higher federation's officer leads a visit; the lower federation's own work follows
    ("officer", "三市镇村级妇联换届工作全部完成",
     "1月29日,平江县三市镇完成全镇10个村的妇联换届选举工作。\n执委成员投票选举村妇联主席。\n作为全市村"
     "妇联换届试点乡镇,岳阳市妇联组织部部长王丽带队组织各村妇联主席进行了指导。\n三市镇妇联采用先培训指导、"
     "后实地参与的方式,严格把关每个环节。", None, "三市镇妇联", "township"),
    ("officer", "村级组织换届选出新班子",
     "近日,彭泽县龙城镇12个村完成妇联换届。\n执委成员投票选举村妇联主席。\n九江市妇联权益部部长李红带队"
     "组织村妇联主席学习选举程序。\n龙城镇妇联坚持逐村指导,确保换届依法依规。", None, "龙城镇妇联",
     "township"),
    ("officer", "马垱镇妇女素质提升培训班开班",
     "近日,彭泽县马垱镇妇女素质提升培训班开班,60名妇女参加。\n学员们认真听讲。\n九江市妇联宣传部部长王芳"
     "带队组织学员参观。\n马垱镇妇联举办培训班已有5期。", None, "马垱镇妇联", "township"),
    # near misses: a town's closing plan after the village's own meeting; 组织 as the verb
    ("officer", "光明村召开妇女大会",
     "3月13日,宁海县长街镇光明村召开2023年妇女大会。\n妇女们表演了舞蹈。\n光明村妇联主席王青介绍了今年的"
     "工作打算。\n下一步,长街镇妇联将联合镇文化站加强对村级妇联的指导。", None, "光明村", "village"),
    ("officer", "岳阳市妇联开展妇女干部培训",
     "近日,岳阳市妇联组织全市妇女干部开展培训,200人参加。", None, "岳阳市妇联", "city"),
    # a class after a time phrase, its own place's federation written in full: no one author
    ("class", "小额贷款助农村妇女致富",
     "近年来广西各级妇联创新小额信贷扶持模式,帮助一大批农村妇女致富。\n广西壮族自治区妇联的调查表明,89%的"
     "种养殖户需要小额贷款。\n据自治区妇联介绍,去年共发放贷款3亿元。", None, None, "unknown"),
    ("class", "巾帼家政培训见成效",
     "今年以来,江西各级妇联大力开展家政培训,3万名妇女参加。\n江西省妇联联合人社厅制定培训标准。", None,
     None, "unknown"),
    ("class", "家庭教育走进千家万户",
     "近日,宁波市各级妇联组织开展家庭教育宣传周活动。\n宁波市妇联邀请专家开设讲座,500名家长参加。", None,
     None, "unknown"),
    # near miss: one member below the class's place singled out: that member's report
    ("class", "巾帼家政培训见成效",
     "今年以来,江西各级妇联大力开展家政培训。\n彭泽县妇联举办家政培训班,60名妇女参加。", None,
     "彭泽县妇联", "county"),
    # the corps' federation written alone, over the site's header as the headline
    ("corps", "兵团政务网 无障碍浏览",
     "兵团妇联主席一行赴第四师开展调研工作\n发布时间:23年04月01日 信息来源: 编辑:兵团妇联\n【字体: 打印本页\n"
     "作者:兵团妇联\n3月25日,兵团妇联党组书记、主席王丽一行4人来第四师可克达拉市开展调研工作,师市妇联主席陪同"
     "调研。调研组走访了社区和创业基地。", None, "兵团妇联", "province"),
    ("corps", "兵团政务网 无障碍浏览",
     "兵团妇联领导一行赴第八师调研\n【字体: 打印本页\n作者:兵团妇联\n5月10日,兵团妇联副主席李红一行来第八师"
     "石河子市调研家庭教育工作,师市妇联主席陪同。", None, "兵团妇联", "province"),
    # near miss: the autonomous region's federation by its level word
    ("corps", "自治区妇联领导赴伊犁州调研",
     "【字体: 打印本页\n作者:自治区妇联\n5月10日,自治区妇联副主席李红一行来伊犁州调研家庭教育工作,州妇联"
     "主席陪同。", None, "新疆维吾尔自治区妇联", "province"),
    # a bare 省妇联 that does no work after the opening, a lower federation named by its place
    ("superior", "五年巾帼建功成效显著",
     "五年来,全市妇女儿童事业快速发展。\n全市上下形成了尊重妇女的良好氛围。\n本期带你看看怀化市妇联这五年来的"
     "亮点工作。\n省妇联主席王丽调研辰溪县妇女之家建设。", None, "怀化市妇联", "city"),
    ("superior", "巾帼建功新时代",
     "五年来,妇女儿童事业快速发展。\n各地形成了尊重妇女的良好氛围。\n遵义市妇联五年来共培训妇女3万人次。\n"
     "省妇联领导到湄潭县调研巾帼示范基地。", None, "遵义市妇联", "city"),
    # near misses: the province's federation acts; or it is named by its place
    ("superior", "巾帼建功新时代",
     "五年来,妇女儿童事业快速发展。\n各地形成了尊重妇女的良好氛围。\n据介绍,五年来省妇联共培训妇女3万人次。\n"
     "省妇联还组建了宣讲团,省妇联开展家庭教育讲座500场,遵义市妇联作交流发言。贵州省妇女事业成效显著。", None,
     "贵州省妇联", "province"),
    ("superior", "巾帼建功新时代",
     "五年来,妇女儿童事业快速发展。\n各地形成了尊重妇女的良好氛围。\n据介绍,贵州省妇联五年来共培训妇女3万"
     "人次,省妇联还组建了宣讲团。", None, "贵州省妇联", "province"),
    # level words listed before one 妇联: several federations, not the last level's
    ("listed levels", "妇儿维权服务阵地达1300个",
     "截至目前,西宁市各社区建立妇儿维权服务阵地1300余个。\n据了解,全市各级妇联认真履行维权职责。\n今年,市、"
     "县妇联联合检察院召开座谈会。", None, None, None),
    # near misses: the unit holds its federations' meeting; a federation follows its superiors
    ("listed levels", "三市镇推进妇联区域化建设",
     "近日,平江县三市镇召开镇、村妇联组织区域化建设推进会。\n镇妇联主席作工作部署,各村妇联主席参加。", None,
     "三市镇", "township"),
    ("listed levels", "宁海县妇联推进妇联改革",
     "近日,宁海县妇联召开改革推进会。\n会议按照省、市妇联改革方案的要求,部署下一步工作。", None, "宁海县妇联",
     "county"),
    # a bare level word after a federation of that level named by its place refers back to it
    # (dropped: strict gaps)
    known_because(SAME_LEVEL_NAMED_BY_PLACE, "same level", "党建带妇建 共谋促发展",
                  "建设省内知名的工业化小城镇。\n基层妇联组织是党联系妇女群众的桥梁和纽带。\n今日上午,明城镇"
                  "召开第十次妇女代表大会。\n市妇联主席出席并讲话,对新一届镇妇联班子提出希望。明城镇妇联将团结"
                  "带领全镇妇女建功立业,明城镇妇联主席作报告。", None, "明城镇妇联", "township"),
    known_because(SAME_LEVEL_NAMED_BY_PLACE, "same level", "巾帼志愿服务暖人心",
                  "打造宜居宜业的美丽小城镇。\n志愿服务是文明实践的重要内容。\n近日,三市镇妇联组织巾帼志愿者"
                  "走进敬老院。\n县妇联副主席到场指导,镇妇联主席王丽带领志愿者打扫卫生,三市镇妇联将持续开展"
                  "服务。", None, "三市镇妇联", "township"),
    # near miss: the bare 街道妇联's unit named in the opening, a higher federation named by place
    ("same level", "新街口街道开展家风宣讲",
     "近日,新街口街道开展家风宣讲活动,60名居民参加。\n宣讲活动形式多样。\n活动由街道妇联主办,西城区妇联主席"
     "出席。", None, "新街口街道", "township"),
]
