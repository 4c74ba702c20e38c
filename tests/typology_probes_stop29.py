"""Probe audit of sentence types (stop 29): the aim a sentence's work serves (为深入学习贯彻……精神,
为贯彻落实……的要求) is the reason given, not the work told. Families tried and dropped keep their
probes as strict gaps: models held up (典型, 榜样, 先进事迹) inside the family or volunteer programme
a sentence names, which the written conventions type as that programme (as its honours are), while
models of any other field (巾帼创业先进事迹, 家政服务先进典型) stay ideology work; the pair 就业创业
(创业就业) written as one phrase, which names one line of work and should weigh as one of its words;
the federation's organisations at every level named as the body that acts (各级妇联组织开展……),
which say who does the work, not its topic; and a sentence whose cues tie two types, which devotes
itself to neither (the tie goes to the type listed first, ideology, also as evidence of what the
report covers).

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types":
models publicised whatever field they come from are ideology; the honours of the family and
volunteer programmes keep their type; the spirit of a meeting passed on weighs nothing), not by
the tool's output. A case checks one sentence's type (its index) or the types a report covers
("report": the types wanted, and those it must not cover). ``test_typology_structure_probes.py``
runs this table.
"""

from __future__ import annotations

from .conftest import known_because

PROGRAMME_MODELS_DROPPED = ("the models held up (典型, 榜样, 事迹) inside a family or volunteer "
                            "programme weigh for ideology, not for that programme; the stop-29 "
                            "programme types family for it (models inside a family programme) was "
                            "dropped: lost 2 right items on the test half")
ONE_LINE_OF_WORK_DROPPED = ("就业创业 / 创业就业 written as one phrase weigh as 就业 + 创业, twice "
                            "an economic word; the stop-29 programme types family for it (就业创业 "
                            "as one phrase) was dropped: lost 1 right item on the test half")
ACTING_BODY_DROPPED = ("dropped in stop 29: silencing 各级妇联组织 and 各基层妇联组织 (weight 0 in "
                       "typology.tsv) as the body that acts gained no report or sentence type on dev29 "
                       "(programme types 511/73/67 -> 510/72/68, 7 reports' sentence types churned "
                       "to a net 0)")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- the models of a family or volunteer programme weigh for that programme (dropped: gaps; the
    # volunteer case passes without the rule)
    known_because(PROGRAMME_MODELS_DROPPED, "programme models",
                  ["会宁县妇联持续推进美丽庭院创建。",
                   "县妇联及时总结美丽庭院创建典型,发挥先进典型示范引领作用。"],
                  "report", {"family"}, {"ideology"}),
    known_because(PROGRAMME_MODELS_DROPPED, "programme models",
                  ["岚皋县妇联组织妇女观看“最美家庭”先进事迹展,以最美家庭为榜样。"], 0, {"family"}, set()),
    known_because(PROGRAMME_MODELS_DROPPED, "programme models",
                  ["城固县妇联展示“五美庭院”示范户的先进事迹,鼓励妇女参与庭院创建。"], 0, {"family"}, set()),
    ("programme models",
     ["平利县妇联宣传优秀巾帼志愿者先进事迹,以志愿服务典型带动更多妇女参与志愿服务。"],
     0, {"volunteer"}, set()),
    # near misses: models of other fields, or models with no programme named, stay ideology
    ("programme models", ["镇原县妇联举办巾帼创业先进事迹报告会。"], 0, {"ideology"}, set()),
    ("programme models", ["旬阳市妇联宣传家政服务先进典型,带动妇女从事家政服务。"], 0, {"ideology"}, set()),
    ("programme models", ["庆城县妇联选树宣传一批巾帼先进典型。"], 0, {"ideology"}, set()),
    ("programme models", ["宁县妇联表彰先进,引导各村以先进典型为榜样。"], 0, {"ideology"}, set()),
    # --- the aim a sentence's work serves is no work of its own
    ("aim served",
     ["为深入学习贯彻党的二十大精神,会宁县妇联在各社区建立妇女维权服务站30个。",
      "维权站为妇女提供法律咨询。"],
     "report", {"rights"}, {"ideology"}),
    ("aim served", ["为贯彻落实男女平等基本国策的要求,平利县妇联开通妇女维权热线。"], 0, {"rights"}, set()),
    ("aim served", ["为认真贯彻落实省妇联会议精神,岚皋县妇联召开执委会议。"], 0, {"organisation"}, set()),
    # near misses: studying the spirit as the work told, or work of the same type after the aim
    ("aim served", ["镇原县妇联组织妇女学习贯彻党的二十大精神。"], 0, {"ideology"}, set()),
    ("aim served", ["旬阳市妇联把学习贯彻党的二十大精神作为首要政治任务。"], 0, {"ideology"}, set()),
    ("aim served", ["为深入学习贯彻党的二十大精神,庆城县妇联举办巾帼宣讲活动。"], 0, {"ideology"}, set()),
    # --- 就业创业 written as one phrase weighs as one programme word, not twice (dropped: the case
    # it decides is a strict gap; the others pass as they are)
    known_because(ONE_LINE_OF_WORK_DROPPED, "one line of work",
                  ["岚皋县城关镇社区开展家风故事分享,从家庭教育聊到女性就业创业。"], 0, {"family"}, set()),
    ("one line of work", ["会宁县妇联举办妇女就业创业培训班。"], 0, {"economic"}, set()),
    ("one line of work", ["平利县妇联推动妇女创业就业,发放创业担保贷款。"], 0, {"economic"}, set()),
    # near miss: the two words apart name two lines of work
    ("one line of work", ["旬阳市妇联开展家风宣讲,帮助妇女就业和创业。"], 0, {"economic"}, set()),
    # --- the federation's organisations named as the body that acts (dropped: a gap)
    known_because(ACTING_BODY_DROPPED, "acting body", ["会宁县各基层妇联组织开展庆“三八”活动。"], 0,
                  {"ideology"}, set()),
    ("acting body", ["岚皋县各级妇联组织开展反家暴宣传。"], 0, {"rights"}, set()),
    # near miss: the organisations' own work (换届) is organisation
    ("acting body", ["会宁县各级妇联组织完成换届。"], 0, {"organisation"}, set()),
    # --- a sentence whose cues tie two types is devoted to neither (dropped: a gap)
    # (stop 31: the day of the family, 国际家庭日, is now a family cue, so this sentence's cues no
    # longer tie and it passes; the tie rule itself stays dropped: leaving a sentence whose cues tie
    # two types out of the report's evidence removed 6 wrong report types on dev29 and 5 right ones)
    ("tied cues", ["平利县妇联举办家庭教育讲座。",
                   "会宁县妇联举办国际家庭日主题宣传活动,分发家风教育和男女平等宣传手册。"],
     "report", {"family"}, {"ideology"}),
]
