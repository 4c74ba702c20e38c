"""Stop-28 probes of the reporting body and its level: short pages written for this test (no
report text), with real places of the gazetteer, over the families the stop-28 round read in
dev28's misses. Kept: a report in the first person of its unit that names the class of its own
federations (我州各级妇联组织, 我县各级妇联) is that unit's federation's, at its level, over a
federation of another level the text names in passing (按省妇联要求, 经市妇联推荐) or with no other
federation named (县妇联, the stop-28 adjudication); the class without the first person stays no
one body. Dropped, kept as strict gaps: a page with no author
whose opening names places but no unit acting in them has the level ``unknown`` (dev28 gained,
val28 lost one county report whose author the tool misses). Each case: kind, title, body, url,
organisation, level, as ``test_organisation_probes25.py`` runs them."""

from __future__ import annotations

from .conftest import known_because

NULL_AUTHOR_PLACES_ONLY = ("no author and no unit acting in the opening, yet the level of the first "
                           "place named is given: the stop-28 fix gained on dev28 but lost a county "
                           "report of val28 whose author the tool does not find (its level right only "
                           "by the place), so it was dropped")

PROBES = [
    # the first person's own class of federations: the writer's unit's federation
    ("self_class", "寻找“最美家庭”活动阶段工作汇报",
     "今年以来,我县各级妇联组织以“妇女之家”为平台,广泛开展寻找“最美家庭”活动。按省妇联要求,宜章县"
     "共推荐最美家庭10户,全部推荐到省参加评选。", None, "宜章县妇联", "county"),
    ("self_class", "全市“巾帼建功”活动情况汇报",
     "一年来,我市各级妇联围绕中心工作,组织妇女参加技能培训2万人次。经省妇联推荐,黄冈市3户家庭获评"
     "全国最美家庭。", None, "黄冈市妇联", "city"),
    ("self_class", "全州妇女儿童工作综述",
     "五年来,我州各级妇联组织团结带领全州妇女建功立业。恩施州共建立妇女之家2000个。按照湖北省妇联的部署,"
     "全州开展家庭教育宣传周活动。", None, "恩施州妇联", "city"),
    # near misses: the first person's own federation named alone, as before
    ("self_class", "2022年工作总结",
     "今年以来,我县妇联紧紧围绕县委中心工作,组织妇女参加培训1200人次。按省妇联要求,宜章县推荐最美家庭"
     "10户。", None, "宜章县妇联", "county"),
    # (a class with no first person, its province's federation named in passing: no one body)
    ("self_class", "湖南省各级妇联开展家庭教育宣传周活动",
     "家庭教育宣传周期间,湖南省各级妇联组织开展形式多样的宣传活动,惠及家庭10万户。", None, None,
     "unknown"),
    # a first-person class with no other federation named: the narrator's unit's federation all
    # the same, the level word with 妇联 (stop 28 adjudication of eval/dev)
    ("self_class", "我县妇女工作取得新成效",
     "今年以来,我县各级妇联组织围绕县委中心工作,积极开展巾帼建功活动,各乡镇妇联共举办培训班30期。",
     None, "县妇联", "county"),
    # no author, places only: the level is unknown (dropped: see the reason)
    known_because(NULL_AUTHOR_PLACES_ONLY, "null_level", "茶园里的好日子",
                  "在湄潭县天城镇的茶园里,一群妇女正忙着采茶。她们说,现在的日子越过越好。", None, None,
                  "unknown"),
    known_because(NULL_AUTHOR_PLACES_ONLY, "null_level", "拉萨的巾帼志愿者",
                  "在拉萨市的一家敬老院里,几位志愿者正在为老人理发、打扫卫生。老人们笑得合不拢嘴。", None,
                  None, "unknown"),
    # (near miss: a unit that acts in the opening keeps its level, as written)
    ("null_level", "武山县举办妇女创业培训",
     "近日,武山县举办妇女创业培训班,60名妇女参加。", None, "武山县", "county"),
]
