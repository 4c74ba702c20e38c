"""Stop-31 probe audit of agencies: short sentences written for this test (no report text), each
with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Family one: a list of bare sectors closed by 等部门 after 各级
(各级公安、司法等部门积极参与) names the sectors' bodies at every level; like a class of
leadership bodies over levels (各级党委政府, stop-21 sweep), each is listed bare, in any frame
(the list as subject, after a partner word, as the giver of support). Its near misses stay
out: one sector or 政府部门 after 各级 (a kind), another category word before the list (各村,
有关, 部分), the officials of the bodies who only attend, delegates. Places are real ones of
the gazetteer. ``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {
    "sectors_listed_over_levels": [
        ("全省各级公安、司法、民政等部门积极参与反家暴宣传。", ["公安局", "司法局", "民政局"]),
        ("长汀县妇联联合各级法院、检察院等部门开展普法宣传。", ["人民法院", "人民检察院"]),
        ("活动得到各级教育、卫健等部门的大力支持。", ["教育局", "卫健委"]),
        ("全市各级人社、农业农村等部门为农村妇女提供技能培训。", ["人社局", "农业农村局"]),
        ("霍邱县各级信访、综治等部门共同参与矛盾纠纷排查。", ["信访局", "综治中心"]),
        ("山阳县妇联积极配合各级民政、司法等部门开展困境儿童排查。", ["民政局", "司法局"]),
        # near misses: a kind, officials who attend, another category word, delegates
        ("全市各级法院审结婚姻家庭案件。", []),
        ("各级政府部门要关心妇女发展。", []),
        ("各级法院、检察院、公安等部门负责人出席会议。", []),
        ("各村民政、司法等部门积极参与。", []),
        ("有关民政、司法等部门参加会议。", []),
        ("各级人大女代表、政协女委员参加座谈。", []),
    ],
}
