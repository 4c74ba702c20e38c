"""Stop-31 probe audit of agencies: short sentences written for this test (no report text), each
with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Family one: a list of bare sectors closed by 等部门 after 各级
(各级公安、司法等部门积极参与) names the sectors' bodies at every level; like a class of
leadership bodies over levels (各级党委政府, stop-21 sweep), each is listed bare where the clause
ties it to the reported work (the list as subject, after a partner word, as the giver of support),
not in background narrative (stop-31 campaigns and periods adjudication, row 12). Its near misses stay
out: one sector or 政府部门 after 各级 (a kind), another category word before the list (各村,
有关, 部分), the officials of the bodies who only attend, delegates. Places are real ones of
the gazetteer. Family two: the standard bureaus of the farming and resource sectors (畜牧(兽医)局,
水务局, 水产局, 农机局, 粮食局) and 档案局 are standard bodies of the lexicon, so their bare sectors in
a list before 等部门 are bodies too (农业、林业、畜牧等部门); the same sector words as trades
(发展畜牧、水产等产业), a person's workplace and an official who attends stay out.
``test_agencies_probes.py`` runs this table."""

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
    "standard_bureaus_of_farming_and_resources": [
        ("农业、科技、林业、畜牧等部门为集中培训免费提供师资。",
         ["农业农村局", "科学技术局", "林业局", "畜牧局"]),
        ("在畜牧、水产等部门的支持下，冠县妇联举办养殖技能培训。", ["畜牧局", "水产局"]),
        ("山阳县妇联会同水务、林业等部门开展护河行动。", ["水务局", "林业局"]),
        ("霍邱县妇联联合农机、畜牧兽医等部门举办农机操作培训。", ["农业机械管理局", "畜牧兽医局"]),
        ("南安市妇联联合档案、文旅等部门举办家风家训展。", ["档案局", "文化和旅游局"]),
        ("长汀县妇联联合长汀县畜牧局举办养殖培训班。", ["长汀县畜牧局"]),
        ("冠县妇联联合县粮食局开展爱粮节粮宣传。", ["县粮食和物资储备局"]),
        # near misses: trades, output, a workplace, an official who attends
        ("发展畜牧、水产等产业。", []),
        ("全县畜牧、粮食产量稳步增长。", []),
        ("她在县畜牧局工作了二十年。", []),
        ("县畜牧局局长张某出席会议。", []),
    ],
}
