"""Stop-31 second-round probes of the reporting body and its level: short pages written for this
test (no report text), with real places of the gazetteer.

A 'small town' (特色小镇) is a park named by its trade or theme (电商小镇, 基金小镇, 丝绸小镇), not a
township: its federation is written with the whole name (电商小镇妇联, not the 商小镇 that a
personal-name reading of 小镇 cut out of it), placed as a town is (the county and city the text
names above it), and sits outside the hierarchy, its level unknown (the stop-23 reading of
units the 2023 codes do not list; stop-31 batch 36). Near misses: a town the codes list whose
name ends in 小镇 (中小镇) stays a township; a federation that works in a small town, or takes
women to one, stays the author at its own level.

A body named only in brackets closing the last line with no label (…深受欢迎。(甲镇人民政府)) is an
unlabelled credit and decides nothing (stop-31 batch 36, stops 25 and 26): the federation or unit
the opening makes act stays the author. Near misses: a credit labelled 供稿 (甲镇人民政府 (供稿), 供稿:
甲镇政府) is the supplier's byline and still signs the report.

Dropped (strict gaps): a unit written as the first of its kind before a quoted room or work
(甲县首个“妇女儿童之家”在乙村成立, the stop-31 batch-39 convention) owns it. Letting 首个/首家/第一个
and the units above stand around the unit passed the probes below but moved no report: the one
dev report of the kind writes the province by its stem (西藏山南市…), which the parent pattern does
not read, and its copy spaces the quote off. Near misses (pass): the plain quoted case; a federation
that founds the room stays the author.
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

from .conftest import known_because

FIRST_OF_KIND = ("a unit written as the first of its kind (首个, 首家, 第一个) before a quoted room it "
                 "founds owns it; the rule moved no report (the one dev case writes its province by "
                 "its stem) and was dropped")

PROBES = [
    # a small town's federation: the whole name, level unknown
    ("small town", "电商小镇妇联开展直播培训",
     "近日,电商小镇妇联举办直播带货培训,50名妇女参加。", None, "电商小镇妇联", "unknown"),
    ("small town", "直播培训进园区",
     "近日,莆田市城厢区电商小镇妇联举办直播带货培训,50名妇女参加。", None, "电商小镇妇联", "unknown"),
    ("small town", "梦想小镇妇联举办创业沙龙",
     "近日,杭州市余杭区梦想小镇妇联举办女性创业沙龙,50名女性创业者参加。", None, "梦想小镇妇联",
     "unknown"),
    ("small town", "基金小镇妇联举办金融讲座",
     "近日,上城区基金小镇妇联举办金融知识讲座,80名妇女参加。", None, "基金小镇妇联", "unknown"),
    ("small town", "丝绸小镇妇联举办插花活动",
     "近日,吴江区丝绸小镇妇联举办插花活动,30名妇女参加。", None, "丝绸小镇妇联", "unknown"),
    ("small town", "茶香小镇妇联开展采茶培训",
     "近日,新昌县茶香小镇妇联开展采茶技能培训,60名妇女参加。", None, "茶香小镇妇联", "unknown"),
    # near misses: a listed town whose name ends in 小镇; a federation working in a small town
    ("small town", "中小镇妇联举办插花活动",
     "近日,中小镇妇联举办插花活动,30名妇女参加。", None, "中小镇妇联", "township"),
    ("small town", "城厢区妇联开展直播培训",
     "近日,城厢区妇联在电商小镇举办直播带货培训,50名妇女参加。", None, "城厢区妇联", "county"),
    ("small town", "永中街道妇联组织参观",
     "近日,永中街道妇联组织妇女到特色小镇参观学习,30名妇女参加。", None, "永中街道妇联", "township"),
    ("small town", "北白象镇妇联举办插花活动",
     "近日,北白象镇妇联举办插花活动,30名妇女参加。", None, "北白象镇妇联", "township"),
    # an unlabelled closing credit decides nothing
    ("closing credit", "谢庄镇妇联开展防诈骗宣传",
     "近日,谢庄镇妇联联合各村妇联开展防诈骗宣传,发放资料500份。群众纷纷表示受益匪浅。(谢庄镇人民政府)", None,
     "谢庄镇妇联", "township"),
    ("closing credit", "北白象镇妇联举办插花活动",
     "3月8日,北白象镇妇联举办插花活动,30名妇女参加。大家度过了一个有意义的节日。(北白象镇政府)", None,
     "北白象镇妇联", "township"),
    ("closing credit", "永中街道妇联开展家风宣讲",
     "近日,永中街道妇联在社区广场开展家风宣讲,100余名居民参加。(永中街道办事处)", None, "永中街道妇联",
     "township"),
    ("closing credit", "临洮县妇联开展编织培训",
     "近日,临洮县妇联举办编织技能培训,60名妇女参加。学员们纷纷表示收获很大。(临洮县人民政府)", None,
     "临洮县妇联", "county"),
    ("closing credit", "洮阳镇开展巾帼宣讲",
     "近日,洮阳镇举办巾帼宣讲活动,200余名妇女参加。活动深受欢迎。(临洮县人民政府)", None, "洮阳镇",
     "township"),
    # near misses: a labelled credit is the supplier's byline
    ("closing credit", "谢庄镇妇联开展防诈骗宣传",
     "近日,谢庄镇妇联开展防诈骗宣传,发放资料500份。\n谢庄镇人民政府 (供稿)", None, "谢庄镇人民政府",
     "township"),
    ("closing credit", "北白象镇妇联举办插花活动",
     "3月8日,北白象镇妇联举办插花活动,30名妇女参加。\n供稿:北白象镇人民政府", None, "北白象镇人民政府",
     "township"),
    # a unit's first room of its kind (dropped: strict gaps)
    known_because(FIRST_OF_KIND, "first of kind", "成立",
                  "日前,曲松县首个“妇女儿童之家”在曲松镇下洛村成立并投用。", None, "曲松县", "county"),
    known_because(FIRST_OF_KIND, "first of kind", "成立",
                  "日前,山南市曲松县首个“妇女儿童之家”在曲松镇下洛村成立并投用。", None, "曲松县", "county"),
    known_because(FIRST_OF_KIND, "first of kind", "揭牌",
                  "近日,临洮县首家“巾帼创业孵化基地”在洮阳镇揭牌。", None, "临洮县", "county"),
    known_because(FIRST_OF_KIND, "first of kind", "揭牌",
                  "近日,定西市临洮县第一个“妇女微家”在洮阳镇挂牌成立。", None, "临洮县", "county"),
    known_because(FIRST_OF_KIND, "first of kind", "揭牌",
                  "近日,乐清市首家“妇女微家”在北白象镇挂牌成立。", None, "乐清市", "county"),
    # near misses: the plain quoted case; a federation founding the room
    ("first of kind", "成立", "日前,曲松县“妇女儿童之家”在曲松镇下洛村成立并投用。", None, "曲松县",
     "county"),
    ("first of kind", "揭牌", "近日,临洮县妇联在洮阳镇建成首个“妇女微家”。", None, "临洮县妇联", "county"),
]
