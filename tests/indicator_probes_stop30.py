"""Stop-30 probes of findings indicators (issue 10): invented sentences over the families of
Chinese grammar the dev-half judgements name, each with the indicators the conventions
(eval/dev/README.md, "Indicator judgements") call quotable, and near-misses that must not
change. Families: listed items share the modifier of the first item where they share its head
(shared: “美丽庭院”示范村、示范户; 村妇联主席、副主席、执委); the holders of an honour closed by
荣誉称号 are named by it (honour); a clause that is a noun and its count keeps the programme
opening the sentence for the clauses after it (carried); a sum's noun jieba tags a verb closes
the phrase after a count and its 的 (sum); persons trained right after a count of training
sessions are named by those sessions (served); persons no noun names, only a deed after the
count, are those who did it (deed). Run by test_indicator_probes.py; cases the tool still
fails are strict expected failures, with why."""

from __future__ import annotations

from .conftest import known_because as known

GAPS = {  # why the strict known gaps fail, by family
    "honour": "items of a list of honours before the one 称号 that closes it (甲“最美家庭”,乙…称号)",
    "deed": "a subject before the verb that draws the persons (展演吸引2000余人观看)",
}

# (sentence, the count as written, the quotable indicators)
PROBES = [
    # --- shared: the first item's modifier names the later items that share its head ---
    ("全州共选树“美丽庭院”示范村30个、示范巷90个、示范户1200户。", "1200户", ("选树的美丽庭院示范户",)),
    ("共选树40个“美丽庭院”示范村、120个示范巷、2000户示范户。", "120个", ("选树的美丽庭院示范巷",)),
    ("全县建立葡萄示范乡3个、示范村12个、示范户150户。", "12个", ("建立的葡萄示范村",)),
    ("通过换届,榆中县共选举产生村妇联主席23名,副主席46名,执委190名。", "46名",
     ("选举产生的村妇联副主席",)),
    ("通过换届,榆中县共选举产生村妇联主席23名,副主席46名,执委190名。", "190名",
     ("选举产生的村妇联执委",)),
    ("城关区各社区共选举产生社区妇联主席30名,副主席(含兼职副主席)60名。", "60名",
     ("选举产生的社区妇联副主席",)),
    ("乡镇设妇联主席1人,副主席2人。", "2人", ("乡镇设妇联副主席",)),
    ("表彰全市城乡妇女岗位建功先进集体30个、先进个人85名。", "85名", ("表彰的城乡妇女岗位建功先进个人",)),
    # near-misses: items with a modifier or a head of their own, a first item with no modifier
    ("创建市级文明岗2个、省级文明岗1个。", "1个", ("创建的省级文明岗",)),
    ("评选出文明家庭30户、书香家庭20户。", "20户", ("评选出的书香家庭",)),
    ("新建妇女之家20个、儿童之家15个。", "15个", ("新建儿童之家",)),
    ("选出妇女代表45人,执委21人。", "21人", ("选出的执委",)),
    ("全县建立示范村12个、示范户150户。", "150户", ("建立的示范户",)),
    # --- honour: 授予 + the honoured + a title closed by 荣誉称号 names those who got it ---
    ("大会授予王芳等15名女性“巾帼建功标兵”荣誉称号。", "15名", ("获巾帼建功标兵荣誉称号的女性",)),
    ("省妇联授予20名女性“最美湘女”荣誉称号。", "20名", ("获最美湘女荣誉称号的女性",)),
    ("市妇联授予20名女性“三八红旗手”称号。", "20名", ("获三八红旗手称号的女性",)),
    ("授予市图书馆等8个单位“巾帼文明岗”荣誉称号。", "8个", ("获巾帼文明岗荣誉称号的单位",)),
    # near-misses: a title with no holder after 授予, an honoured noun of its own
    ("12名女性获得荣誉称号。", "12名", ("获得荣誉称号的女性",)),
    ("表彰获奖者30名。", "30名", ("表彰的获奖者",)),
    known(GAPS["honour"],
          "授予刘敏等50户家庭“最美家庭”,张红等30名女性“最美创业”荣誉称号。", "50户",
          ("获最美家庭称号的家庭", "获最美家庭荣誉称号的家庭")),
    # --- carried: a noun-and-count clause (宣讲300场) has no subject: the programme holds on ---
    ("深入实施“巾帼脱贫”行动,宣讲2000多场次,动员妇女10万人次。", "10万人次", ("巾帼脱贫行动动员妇女",)),
    ("深入实施“巾帼脱贫”行动,宣讲2000多场次,动员妇女10万人次。", "2000多场次", ("巾帼脱贫行动宣讲",)),
    ("大力实施“春蕾计划”,宣讲300场,资助贫困女童500名。", "500名", ("春蕾计划资助贫困女童",)),
    # near-misses: a clause with its own subject, an opening with no programme head
    ("大力实施“巾帼关爱”行动,宣讲300场,全县500名妇女参加了活动。", "500名", ("参加了活动的妇女",)),
    ("实施乡村振兴战略,宣讲300场,培训农村妇女3000人次。", "3000人次", ("培训农村妇女",)),
    # --- sum: after a count and its 的, 收入 (tagged a verb) heads the phrase ---
    ("合作社去年实现了80万元的经济收入。", "80万元", ("经济收入", "实现的经济收入")),
    ("刺绣为她带来了3万余元的经济收入。", "3万余元", ("经济收入", "带来的经济收入")),
    # near-misses: a verb after the noun is its predicate, a verbal noun alone
    ("发放500元的补贴到位。", "500元", ("发放补贴", "发放的补贴")),
    ("全县累计完成300万元的投入。", "300万元", ("投入", "完成的投入")),
    # --- served: 举办…培训班N期, + 培训 + persons: those the sessions trained ---
    ("依托“巧手”家政公司开办月嫂、育婴师培训班6期,培训待业妇女240人。", "240人",
     ("月嫂、育婴师培训班培训待业妇女",)),
    ("举办家政培训班12期,共培训农村妇女600人次。", "600人次", ("家政培训班培训农村妇女",)),
    ("举办电商培训3期,培训返乡女大学生120人。", "120人", ("电商培训返乡女大学生",)),
    # near-misses: another deed than the sessions' own, the audience, a lone verb
    ("举办家政培训班12期,慰问困难妇女60人。", "60人", ("慰问困难妇女",)),
    ("开展讲座30场,受益群众800余人。", "800余人", ("受益群众",)),
    ("举办培训班3期,培训200人次。", "200人次", ("培训班培训",)),
    # --- deed: 吸引 + a count of persons + a verb: those who did it, not a bare verb ---
    ("拉萨市妇联开展普法宣传,吸引800余人次参与。", "800余人次", ("参与的人员",)),
    # near-misses: a noun after the count, a verb with no deed after the count
    ("推选出17名选手参赛。", "17名", ("推选出的选手参赛", "参赛的选手")),
    ("服务600人次。", "600人次", ("服务",)),
    known(GAPS["deed"],
          "广场舞展演吸引2000余人观看。", "2000余人", ("观看广场舞展演的人员", "观看的人员")),
]
