"""Stop-29 third-round probes of the reporting body: short pages written for this test (no
report text), with real places of the gazetteer. The round read the dev reports where the tool
gave no author and the gold names one, sorted by where the gold's body is written.

Kept: a unit the text writes as the subject of a clause that runs the work after an opening
with no actor (a story's scene, its people: 在甲区，有这么一群姐妹… then 2021年,甲社区成立…
服务队, 同时,乙村以…为载体,引导妇女…) is the author, as written, at its level: the stop-29
adjudication's unit "the text says runs the work when the opening has no actor". 引导 joins
the verbs of organising work (a unit that guides women into work runs it). Near misses: a unit
named only as the scene or the home of the people (在甲村, 甲村的妇女) gives no author; a
federation that acts in the opening stays the author over a unit acting later.
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

from .conftest import known_because

PLACE_HOLDS_THE_EVENT = ("a place that holds an event of any kind stays the author where its federation "
                         "acts inside it or after it (随后, 会后): the stop-33 adjudication of the third "
                         "wave, rows 5 and 6; the tool's rule covers meetings only")

PROBES = [
    # a unit that runs the work after an opening with no actor
    ("runs the work", "巾帼志愿服务传递温暖",
     "在固原市原州区,有这么一群姐妹,常年如一日扎根社区、服务家庭,她们是丈夫的贤内助、孩子的好妈妈、热心肠的社区大妈,她们用女性独有的柔美、坚韧和包容,给孤独以温暖,给志愿服务以光明,她们有一个共同的名字:巾帼志愿者。她们的服务覆盖辖区十多个小区。\n2021年,原州区古雁街道康居社区成立"
     "巾帼志愿服务队,目前有骨干34名。\n服务队每周为老人义诊。", None, "康居社区", "village"),
    ("runs the work", "妇女创业的主力军",
     "姚王镇的妇女积极参与创业,成为创业队伍的主力军。\n殷菊华去年投资养鹅,年销售百万元。\n同时,"
     "泰兴市姚王镇以巾帼示范基地建设为载体,引导妇女参与创业,全镇涌现创业带头人10人。", None, "姚王镇",
     "township"),
    # near misses: the unit only the scene or the people's home; a federation acting first
    ("runs the work", "妇女创业的主力军",
     "姚王镇的妇女积极参与创业,成为创业队伍的主力军。\n殷菊华去年投资养鹅,年销售百万元。\n在姚王镇,"
     "像她这样的创业带头人有10人。", None, None, None),
    ("runs the work", "巾帼志愿服务传递温暖",
     "近日,原州区妇联组织巾帼志愿者走进社区,为老人义诊。\n2021年,原州区古雁街道康居社区成立"
     "巾帼志愿服务队,目前有骨干34名。", None, "原州区妇联", "county"),
    # a unit that runs the work after the opening, its federation named only through a post
    ("post only", "新街口街道获评巾帼文明岗",
     "这是全区唯一获此荣誉的街道,全市一共只有五个街道获此殊荣,这份荣誉凝聚着辖区上百名巾帼志愿者多年来默默无闻的付出,也见证了邻里守望、姐妹相助的温情,更激励着更多的居民加入到志愿服务的队伍中来。居民们纷纷点赞。\n日前,西城区新街口街道举行巾帼志愿服务队成立仪式,50名志愿者参加。\n"
     "“下一步,我们将继续拓宽服务。”新街口街道妇联主席王丽表示。", None, "新街口街道", "township"),
    # the federation acts after the event the street holds (随后): still the street's (a strict gap)
    known_because(PLACE_HOLDS_THE_EVENT, "post only", "新街口街道获评巾帼文明岗",
                  "这是全区唯一获此荣誉的街道,全市一共只有五个街道获此殊荣,这份荣誉凝聚着辖区上百名巾帼志愿者多年来默默无闻的付出,也见证了邻里守望、姐妹相助的温情,更激励着更多的居民加入到志愿服务的队伍中来。居民们纷纷点赞。\n日前,西城区新街口街道举行巾帼志愿服务队成立仪式,50名志愿者参加。\n"
                  "随后,新街口街道妇联组织志愿者为老人义诊。", None, "新街口街道",
                  "township"),
    # near miss: the opening names the federation as a joint organiser
    ("post only", "临港区3000名妇女将接受两癌筛查",
     "日前,临港区卫健局与区妇女联合会联合组织开展的两癌筛查项目启动。\n目前,临港区已完成筛查1400人。\n"
     "从2017年起,临港区启动该项工作。", None, "临港区妇联", "county"),
]
