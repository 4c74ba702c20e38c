"""Stop-32 probe audit of one-sentence relations: which count in a clause is a named work's
outcome. A clause that mobilises people to take part in work (组织…N名…参加/进行…) counts
participants; a name standing between the two words only tells where the people come from (a
home, a team, a drive whose members or model households they are), so their count would be no
result of it, as the stop-20 convention reads people named by the drive they come from: tried and
dropped (a strict gap: it lost a right link on an unread fresh set). Work named after the verb of
taking part takes them, and a name the clause runs keeps its results. A clause that
opens with a distributive (每户, 每个: each of the units counted before it) goes on telling the
named work's results, as one opening with 人均 does. The party an official leads (率, 带领) on a
visit to look and learn (…共30余人到我县观摩) is the officials' visit, as 领导一行8人 is. A family tried
and dropped keeps its probes as strict gaps. Sentences written for this test (no report text),
over places of several provinces; each case lists every link of its sentence, names in their
canonical forms. ``test_relation_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

MOBILISED_FROM = (
    "people a clause mobilises to take part (组织“A”30名队员进行培训) take none of their count for the "
    "name between the two verbs; kept by the round (dev32 and fresh32b two extras fewer) but it "
    "lost one right link on fresh32c, batches 47-49's dev reports no rule writer had read, so the "
    "lead dropped it")

MIXED_AUDIENCE = (
    "a count of attendants whose list holds people other than officials (妇联主席、妇女骨干等70余人"
    "参加会议) is read as the event's participants (stop-20: only attending officials are "
    "audience); tried at stop 32: fresh32 relations +2 right, +2 extras, dev32 +9 extras and no "
    "gain (dev gold leaves mixed lists of officials, award holders, volunteers and 妇女群众 as "
    "audience), so dropped")

UNNAMED_PARTNERS_COUNTED = (
    "a count written right after a word of co-operation, its scope at most between (联合5家爱心"
    "企业, 会同县直12个部门), counts the partners themselves, named or not (the convention's 联合…"
    "等五个单位); tried at stop 32: no change on fresh32, fresh32b or dev32 (no such count there; "
    "a wider reading that let 与 and any three characters stand between lost 3 dev32 links: "
    "与北疆20个…妇联结成对子, 联合表彰了30个…), so not kept for want of a gain")

EVENT_VERB_AFTER_A_MODIFIER = (
    "a clause that opens with the verb the event's words hold after a modifier (举办“A”技能培训班"
    "4期,培训妇女320人次) tells whom the same event served, as a verb repeated right after the "
    "name does; tried at stop 32 (the clause's first word, a verb of two characters or more, "
    "found in the six characters after the name before its count): no change on fresh32, "
    "fresh32b or dev32, so not kept for want of a gain")

PROBES = {
    # people mobilised to take part: a name before the verb of taking part tells where they
    # come from and takes none of their count
    "people_mobilised_from_a_named_work": [
        known_because(MOBILISED_FROM, "开封市妇联组织“红玫瑰志愿服务队”30名队员进行急救培训。", set()),
        known_because(MOBILISED_FROM, "组织“美丽庭院”示范户代表40余人参加观摩学习。", set()),
        known_because(MOBILISED_FROM,
                      "兰考县妇联邀请律师开设普法讲座,组织“巾帼志愿服务队”60余名队员和“美丽庭院”示范户20户进行学习。",
                      set()),
        known_because(MOBILISED_FROM, "动员“清河姐妹志愿服务队”200余名志愿者参与环境整治。", set()),
        known_because(MOBILISED_FROM, "选派“双学双比”女能手15名参加省级实用技术培训。", set()),
        known_because(MOBILISED_FROM, "宜昌市妇联带领“美丽庭院”示范户30户参加现场观摩。", set()),
    ],
    # near misses: work named after the verb of taking part, and work the clause runs, keep
    # their counts
    "named_work_keeps_its_participants": [
        ("组织200名妇女参加“春风行动”招聘会。", {("春风行动", "200名")}),
        ("县妇联组织开展“巾帼家美”宣讲活动,参与群众300余人。", {("巾帼家美", "300余人")}),
        # (a quoted team of generic words names no work: no pair, stop-33 wave-1 row 20)
        ("组织“巾帼宣讲团”成员开展宣讲50场。", set()),
        ("洛阳市妇联开展“最美家庭”评选,评出最美家庭30户。", {("最美家庭", "30户")}),
        ("组织3名巾帼电商参加“巾帼电商大赛”。", {("巾帼电商大赛", "3名")}),
    ],
    # a clause that opens with a distributive (每户, 每个, 每人: each of the units just counted)
    # tells what each of them got or did: the named work's result, as 人均 does
    "a_per_unit_figure_goes_on_with_the_work": [
        ("县妇联表彰“最美家庭”20户,每户奖励慰问金500元。", {("最美家庭", "20户"), ("最美家庭", "500元")}),
        ("实施“春蕾计划”资助困难女童100名,每人发放助学金1000元。",
         {("春蕾计划", "100名"), ("春蕾计划", "1000元")}),
        ("新建“儿童之家”12个,每个配备图书500册。", {("儿童之家", "12个"), ("儿童之家", "500册")}),
        ("许昌市妇联评选“美丽庭院”示范户30户,每户奖励300元。",
         {("美丽庭院", "30户"), ("美丽庭院", "300元")}),
        ("开展“巾帼家美”宣讲活动20场,每场参与群众80余人。",
         {("巾帼家美", "20场"), ("巾帼家美", "80余人")}),
        # near miss: a time word (每月) tells how often, not each unit counted
        ("表彰“最美家庭”20户,每月开展宣讲一次。", {("最美家庭", "20户")}),
    ],
    # the party an official leads on a visit to look and learn: its size is the officials'
    # visit (as 领导一行8人), no result of the drive or event that names its people
    "a_visiting_party_is_no_outcome": [
        ("9月5日,盟妇联主席率参加全盟“巾帼脱贫行动”观摩会的各旗县妇联主席、企业家代表共计30余人到我县观摩"
         "庭院经济建设情况。", set()),
        ("市妇联副主席带领参加“美丽庭院”现场会的各县区妇联负责人和示范户代表40余人到兰考县观摩。", set()),
        ("省妇联主席率“巾帼建功”调研组成员20余人赴商丘市调研。", set()),
        ("周口市妇联主席带领参加“巾帼家美”培训班的学员60余人到项城市参观学习。", set()),
        ("县妇联主席率“美丽庭院”示范户代表25人前往浙江安吉考察学习。", set()),
        # near misses: a party led to serve runs the work named after it; no leader, no visit
        ("县妇联主席带领巾帼志愿者30余人到敬老院开展“巾帼暖夕阳”志愿服务活动。",
         {("巾帼暖夕阳", "30余人")}),
        ("参加“巾帼创业”培训班的学员300余人结业。", {("巾帼创业", "300余人")}),
        ("县妇联主席带领“巾帼宣讲团”深入12个村开展宣讲。", set()),  # stop-33 wave-1 row 20
    ],
    # the event's verb repeated after a modifier (dropped: no gain, see the reason)
    "the_event_verb_repeated_after_a_modifier": [
        known_because(EVENT_VERB_AFTER_A_MODIFIER,
                      "镇妇联举办“巾帼致富”技能培训班4期,培训妇女320人次。",
                      {("巾帼致富", "4期"), ("巾帼致富", "320人次")}),
        known_because(EVENT_VERB_AFTER_A_MODIFIER,
                      "开展“巾帼电商”直播培训8场,培训妇女600人次。",
                      {("巾帼电商", "8场"), ("巾帼电商", "600人次")}),
        known_because(EVENT_VERB_AFTER_A_MODIFIER,
                      "县妇联举办“巾帼家政”免费培训班6期,培训学员300人。",
                      {("巾帼家政", "6期"), ("巾帼家政", "300人")}),
        known_because(EVENT_VERB_AFTER_A_MODIFIER,
                      "开展“巾帼普法”入户宣讲活动20场,宣讲群众3000人次。",
                      {("巾帼普法", "20场"), ("巾帼普法", "3000人次")}),
        known_because(EVENT_VERB_AFTER_A_MODIFIER,
                      "商丘市妇联开展“母亲健康”巡回义诊活动12场,义诊群众1500人次。",
                      {("母亲健康", "12场"), ("母亲健康", "1500人次")}),
        # near misses: the verb right after the name already goes on; other work stops the run
        ("县妇联举办“巾帼家政”培训班6期,培训学员300人。", {("巾帼家政", "6期"), ("巾帼家政", "300人")}),
        ("开展“巾帼家美”宣讲活动12场,举办培训8期。", {("巾帼家美", "12场")}),
    ],
    # the partners counted right after the word of co-operation (dropped: no gain, see the reason)
    "unnamed_partners_counted": [
        known_because(UNNAMED_PARTNERS_COUNTED,
                      "联合5家爱心企业开展“爱心妈妈”结对活动,结对留守儿童200名。",
                      {("爱心妈妈", "200名")}),
        known_because(UNNAMED_PARTNERS_COUNTED,
                      "联合县直12个部门开展“春风行动”,提供就业岗位800个。", {("春风行动", "800个")}),
        known_because(UNNAMED_PARTNERS_COUNTED,
                      "会同6家医院开展“两癌筛查”,筛查妇女3000人。", {("两癌筛查", "3000人")}),
        known_because(UNNAMED_PARTNERS_COUNTED,
                      "携手3家律师事务所开展“巾帼普法”活动,开展讲座20场。", {("巾帼普法", "20场")}),
        known_because(UNNAMED_PARTNERS_COUNTED,
                      "联合全市20余家爱心企业开展“春蕾计划”助学活动,资助女童150名。",
                      {("春蕾计划", "150名")}),
        # near misses: the joint work's own count, the villages that take part
        ("市妇联与市林业局联合表彰了30个“村在绿中”活动先进单位。",
         {("村在绿中", "市林业局"), ("村在绿中", "30个"), ("市林业局", "30个")}),
        ("组织12个村开展“美丽庭院”评比,评出示范户60户。", {("美丽庭院", "12个"), ("美丽庭院", "60户")}),
    ],
    # a list of attendants that also counts others than officials (dropped: see the reason)
    "a_mixed_list_of_attendants_takes_part": [
        known_because(MIXED_AUDIENCE,
                      "由信阳市妇联主办的“巾帼普法乡村行”培训会在光山县召开,各乡镇妇联主席、妇女骨干、"
                      "致富带头人等80余人参加会议。", {("巾帼普法乡村行", "80余人")}),
        known_because(MIXED_AUDIENCE,
                      "南阳市妇联开展“巾帼家美”宣讲活动,县直单位女干部、社区妇女群众及巾帼志愿者共150人参加。",
                      {("巾帼家美", "150人")}),
        # near misses: officials only stay audience
        ("县妇联举办“最美家庭”表彰大会,县委书记、县妇联主席等领导共60人出席。", set()),
        ("开展“春蕾计划”启动仪式,市妇联主席、副主席及各县区妇联负责同志30余人参加仪式。", set()),
    ],
}
