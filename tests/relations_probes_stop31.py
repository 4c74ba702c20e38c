"""Stop-31 probe audit of quantities and relations, from the errors of a fresh set (val31) that no
rule writer had read. Sentences written for this test (no report text), over real places of the
gazetteer in several provinces; each quantities case lists every count of its text, each relations
case every link of its sentence. ``test_quantity_probes.py`` and ``test_relation_probes.py`` run
these tables.

Quantities: a count of places (两地, 三地) names again the places a list earlier in its sentence
named (赴芜湖市、马鞍山市考察,学习两地经验: the two visited), wherever it stands, as 昆明市、大理州两地
does right after its list (stop 28 of eval/dev: a count restating a closed list). Places the
sentence does not name (赴省外两地), a list of another length, and digits before 地 stay counts."""

from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


QUANTITY_PROBES = {
    # a count of places after a list of as many places, in a later clause or before a noun
    "places_named_before_are_not_counted_again": [
        ("县妇联一行前往赣州市和吉安市考察,两地妇联介绍了巾帼创业经验。", []),
        ("代表团走访了桂林市、柳州市、北海市,深入了解三地妇女儿童之家建设情况。", []),
        ("市妇联带队赴芜湖市、马鞍山市开展考察交流,重点学习两地巾帼家政建设经验。", []),
        ("考察组先后赴绍兴市、湖州市,对两地的经验进行了总结。", []),
        ("县妇联组织妇女骨干赴遵义市、毕节市学习,两地共培训妇女300人。",
         [q("300人", 300, "人", "people")]),
        ("郑州市与洛阳市妇联签订合作协议,两地将轮流举办巾帼创业大赛。", []),
    ],
    # near misses: places the sentence does not list, a list of another length, digits
    "places_not_listed_before_stay_counts": [
        ("县妇联组织妇女骨干赴省外三地考察学习巾帼家政经验。", [q("三地", 3, "地", "other")]),
        ("考察组先后走访绍兴市、湖州市、嘉兴市,又赴省外两地学习。", [q("两地", 2, "地", "other")]),
    ],
}
