"""Probe audit of sentence types (stop 33, second wave, read from the confusion of sentence types on
fresh33 and dev33): disaster relief (抗震救灾, 抗旱救灾, 防汛救灾; the people and the places a disaster
hit, 受灾群众, 灾区; a drought or a flood faced; the rebuilding after it) is help given to people in a
plight, care work (docs/CODEBOOK.md: an appeal to join 抗震救灾 is that work), whether the federation
or the volunteers it calls do it; a cue of a lower weight, so that work of another programme done
after a disaster (a training for jobs) keeps its type, and disaster prevention taught to all
(防灾减灾, a fire drill) is no relief.
And an award named only by its form (评选表彰) is no topic: a heading 三是开展评选表彰活动 takes the
type of the titles awarded under it (a family or volunteer honour keeps its type, docs/CODEBOOK.md),
while titles held up as models (三八红旗手, …之星) stay ideology.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types"),
not by the tool's output. A case checks one sentence's type (its index) or the types a report
covers ("report": the types wanted, and those it must not cover). ``test_typology_structure_probes.py``
runs this table.

Looked at and dropped: a talk named only by its form (宣讲 as a typical ideology cue: 听宣讲, 宣讲结束后)
after the talk's topic was told, which should go on with that topic; 宣讲 lowered to a leaning cue
(1) gained three sentences of dev33 and lost four (the coders type a 宣讲 of a family drive,
开展“美丽庭院”宣讲活动, ideology), fresh33 unchanged. Its probe stays a strict gap.
"""

from __future__ import annotations

from .conftest import known_because

TALK_FORM_DROPPED = ("dropped in stop 33b: 宣讲 as a leaning cue (1) instead of a typical one (2) went "
                     "2784 -> 2783 on dev33 sentence types (a 宣讲 of a family drive is ideology in the "
                     "gold), fresh33 unchanged")

OWN_HONOUR_DROPPED = ("tried in the stop-33 third wave (align33): the titles an AWARDED verb of winning "
                      "(荣获, 获评, 被…评为, 被…授予) gives a federation opening its clause weigh "
                      "organisation, "
                      "not ideology (a family or volunteer honour keeping its type); dev33 sentence types "
                      "2785 -> 2787 but programme types 629/114/92 -> 628/114/93 (0e6ab2d08f44 loses family: "
                      "one more organisation sentence makes the report mostly the federation's own work, "
                      "OWN_WORK_SHARE), fresh33 unchanged, so dropped")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- the author federation's own honours record its standing: organisation (stop-33 wave-1 row 9)
    known_because(OWN_HONOUR_DROPPED, "own_honour",
                  ["威海市妇联被全国妇联评为全国三八红旗集体。"], 0, {"organisation"}, set()),
    known_because(OWN_HONOUR_DROPPED, "own_honour",
                  ["近年来,鹤壁市妇联先后荣获全国巾帼建功先进集体、全省妇联系统先进单位等荣誉。"], 0,
                  {"organisation"}, set()),
    known_because(OWN_HONOUR_DROPPED, "own_honour",
                  ["泾县妇联连续两年获评全国三八红旗集体。"], 0, {"organisation"}, set()),
    known_because(OWN_HONOUR_DROPPED, "own_honour",
                  ["2023年,肥东县妇联被省妇联授予全省三八红旗集体称号。"], 0, {"organisation"}, set()),
    known_because(OWN_HONOUR_DROPPED, "own_honour",
                  ["本会先后荣获全国巾帼建功标兵岗、省三八红旗集体等荣誉。"], 0, {"organisation"}, set()),
    # --- near-misses: honours the federation confers, or others win, stay models held up
    ("own_honour", ["会上,县妇联表彰了20名三八红旗手和10个三八红旗集体。"], 0, {"ideology"}, set()),
    ("own_honour", ["张桂梅被全国妇联评为全国三八红旗手。"], 0, {"ideology"}, set()),
    ("own_honour", ["县妇联主席李红荣获全国三八红旗手称号。"], 0, {"ideology"}, set()),
    # --- disaster relief: care work, in headlines, leads, appeals and results with numbers
    ("disaster_relief",
     ["会理市妇联:防汛救灾,巾帼在行动", "连日来,市妇联组织妇女干部深入安置点,为受灾群众送去米面油。"],
     0, {"care"}, set()),
    ("disaster_relief",
     ["会理市妇联:防汛救灾,巾帼在行动", "连日来,市妇联组织妇女干部深入安置点,为受灾群众送去米面油。"],
     "report", {"care"}, set()),
    ("disaster_relief",
     ["暴雨过后,永修县妇联第一时间向灾区妇女儿童捐赠生活物资500份。"],
     0, {"care"}, set()),
    ("disaster_relief",
     ["面对持续旱情,镇妇联联合镇应急办为山区群众送水30吨。"],
     0, {"care"}, set()),
    ("disaster_relief",
     ["县妇联号召全县妇女干部投身抗洪一线,帮助群众转移安置。"],
     0, {"care"}, set()),
    ("disaster_relief",
     ["今年入夏以来,定西市安定区遭遇严重旱灾。", "区妇联动员各级妇联组织募集抗旱物资。"],
     "report", {"care"}, set()),
    ("disaster_relief",
     ["芦山县妇联召开会议,安排部署灾后妇女儿童关爱服务。"],
     0, {"care"}, set()),
    # --- near-misses: other work after a disaster, prevention taught to all
    ("disaster_relief",
     ["灾后,县妇联举办家政技能培训班,帮助妇女重新就业。"],
     0, {"economic"}, set()),
    ("disaster_relief",
     ["彭州市妇联举办防灾减灾知识讲座,普及地震逃生技能。"],
     "report", set(), {"care"}),
    ("disaster_relief",
     ["社区妇联组织居民开展消防演练,防范火灾事故。"],
     "report", set(), {"care"}),
    # --- an award named only by its form (评选表彰) heads a section: the titles awarded under it
    # type it (a family or volunteer honour keeps its type), the form alone is no topic
    ("award_form",
     ["汉阴县妇联多措并举推进家风建设", ("三是开展评选表彰活动。", 3),
      "各村评选表彰了“好婆婆”“好媳妇”40名。"],
     1, {"family"}, set()),
    ("award_form", [("二、开展评选表彰", 1), "全县评选表彰“最美家庭”100户。"], 0, {"family"}, set()),
    ("award_form",
     ["石泉县妇联2023年工作总结", ("四是做好评选表彰。", 3),
      "表彰优秀巾帼志愿者50名、巾帼志愿服务先进集体10个。"],
     1, {"volunteer"}, set()),
    ("award_form",
     ["镇坪县妇联2023年工作总结", ("(三)深化评选表彰", 2), "全县推选“五好家庭”30户、“好邻居”20户。"],
     1, {"family"}, set()),
    ("award_form",
     ["白河县妇联2023年工作总结", ("第四,抓好评选表彰。", 3), "年内表彰优秀母亲20名。"],
     1, {"family"}, set()),
    # near-misses: titles held up as models, a title of another field, an award told alone
    ("award_form",
     ["宁陕县妇联2023年工作总结", ("三是进行评选表彰活动。", 3),
      "评选表彰“三八红旗手”20名、“巾帼建功标兵”10名。"],
     1, {"ideology"}, set()),
    ("award_form",
     ["紫阳县妇联2023年工作总结", ("三是开展评选表彰。", 3), "表彰“巾帼创业之星”15名。"],
     2, {"ideology"}, set()),
    ("award_form", ["岚皋县妇联召开评选表彰大会。"], 0, {"ideology"}, set()),
    ("award_form", ["平利县妇联开展评选表彰活动。"], 0, {"ideology"}, set()),
    # --- dropped: a talk named only by its form goes on with the talk's topic
    known_because(TALK_FORM_DROPPED, "talk_form",
                  ["乐都区妇联开展普法宣讲活动。", "前来听宣讲的妇女们席地而坐,认真听讲。"],
                  1, {"rights"}, set()),
    ("talk_form", ["白河县妇联开展母亲节宣讲活动,向居民介绍母亲节的由来,倡导孝老爱亲。"],
     0, {"family"}, set()),
]
