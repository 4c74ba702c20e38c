"""Stop-28 (third round) probe audit of agencies: short pages written for this test (no report
text) on the stop-28 adjudications' leadership conventions (eval/dev/README.md, "Settled in the
stop-28 adjudication of batch 26's questions"). Where the author is a place itself, at any level
(a county, a city, a street, a township), or one of its leadership organs (甲镇人民政府), that
place's own party committee and government are the author, not agencies, whatever they do: named
with the place, by its level word alone (县委, 街道党工委) or with no scope. A body of another level
(省委 over a city, 区委 over a street) still frames the work, and where the author is a federation
its place's bodies that lead it are listed. A leadership body is listed where the work carries out
its meeting (学习贯彻 its plenum's spirit, 落实 its working conference's deployment: "Settled in
the stop-28 adjudication of batch 27's questions"), not where the meeting is only named, attended
or preached, nor for another body's meeting. Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table. The rule written for a place author's own bodies
removed ten dev extras but lost three right agencies and a link on the test half's totals, so it
was not merged and those five cases are strict gaps."""

from __future__ import annotations

from .conftest import known_because

OWN_LEADERSHIP = ("a place author's own party committee and government are the author, not agencies "
                  "(stop-28 adjudication); the stop-28 rule for it lost three right agencies and a "
                  "relation on the test half's totals and was dropped")

PROBES = {
    # a place author: its own party committee and government are the author
    "a_place_authors_own_leadership": [
        known_because(OWN_LEADERSHIP,
                      "五常市举办巾帼创业培训班。在市委、市政府的坚强领导下，全市妇女积极投身乡村振兴。", []),
        known_because(OWN_LEADERSHIP,
                      "长汀县开展“三八”维权周活动。中共长汀县委、长汀县人民政府给予大力支持。", []),
        known_because(OWN_LEADERSHIP,
                      "景山街道开展“邻里守望”活动。景山街道党工委、办事处高度重视，"
                      "街道党工委书记出席并讲话。", []),
        known_because(OWN_LEADERSHIP,
                      "东华门街道办事处组织巾帼志愿者开展环境整治。在街道党工委的领导下，"
                      "志愿者清理楼道杂物。", []),
        known_because(OWN_LEADERSHIP,
                      "平舆县召开全县妇女工作会议。会上，县委、县政府表彰了10名三八红旗手。", []),
        # near misses: a body of a higher level frames the place's work; a federation author's
        # leading bodies are listed
        ("五常市开展巾帼志愿服务活动。在省委、省政府的坚强领导下，全市妇女积极投身乡村振兴。",
         ["省委", "省人民政府"]),
        ("景山街道开展“邻里守望”活动。在区委、区政府的坚强领导下，街道妇联带领妇女参与社区治理。",
         ["区委", "区人民政府"]),
        ("交道口街道妇联开展“邻里守望”活动。在街道党工委、办事处的领导下，街道妇联带领妇女参与社区治理。",
         ["街道党工委", "街道办事处"]),
        ("霍邱县妇联召开执委会议。在县委、县政府的坚强领导下，县妇联团结带领全县妇女建功立业。",
         ["县委", "县人民政府"]),
    ],
    # the work carries out a leadership body's meeting: the body is listed
    "carrying_out_a_leadership_meeting": [
        ("五常市妇联召开执委会议，深入学习贯彻党的二十大和市委十届十一次全会精神，部署全年工作。", ["市委"]),
        ("霍邱县妇联召开执委会议，会议学习传达了县委十五届三次全会精神，安排部署了全年工作。", ["县委"]),
        ("长汀县妇联认真落实县委党的群团工作会议部署，推进妇联改革。", ["县委"]),
        # near misses: the meeting only held, attended or preached; another body's meeting
        ("市委十届十一次全会召开后，五常市妇联组织执委收看。", []),
        ("霍邱县妇联主席出席县委十五届三次全会。", []),
        ("霍邱县妇联组织巾帼宣讲团深入村组宣讲县委十五届三次全会精神。", []),
        ("平舆县妇联学习贯彻县人社局工作会议精神。", []),
        ("平舆县妇联学习贯彻省妇联十三届三次执委会议精神。", []),
    ],
}
