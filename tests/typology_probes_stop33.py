"""Probe audit of programme types (stop 33, read from the fresh33 set's errors): a work report's
summing-up (总结了……、……等方面所做的工作, 回顾了……、……等方面取得的成绩, 汇报了……、……等工作开展情况)
names the year's lines of work in passing, as a meeting's agenda does (stop 30): the works listed
weigh nothing and the sentence is the report given, the federation's own work.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types":
at the federation's own work meeting, a list of tasks of two types or more is the meeting's
organisation of its lines of work, the listed types passing for the report), not by the tool's
output. A case checks one sentence's type (its index) or the types a report covers ("report":
the types wanted, and those it must not cover). ``test_typology_structure_probes.py`` runs this
table.
"""

from __future__ import annotations

from .conftest import known_because

PATTERN_IN_LIST = ("a pattern cue (妇女……培训, women trained) is read in the whole sentence, not in the "
                   "sentence without the works a summing-up, a visit or an agenda lists: the listed "
                   "works' keywords weigh nothing, their patterns still do (as for 听取了……情况)")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- a work report summing up the year's lines of work: named in passing
    ("summed_up",
     ["3月8日,会宁县妇联召开2024年工作会议。",
      "县妇联主席总结了2023年在巾帼创业就业、“两癌”筛查、家庭教育等方面所做的工作。"],
     "report", {"organisation"}, {"economic", "health", "family"}),
    ("summed_up",
     ["澄江镇妇联召开第二次执委会议。",
      "会上,镇妇联主席回顾了一年来在关爱留守儿童、反家暴宣传等方面取得的成绩。"],
     "report", {"organisation"}, {"care", "rights"}),
    ("summed_up",
     ["宁城县妇联召开全体干部会议。", "各部室负责人汇报了“春蕾计划”、巾帼志愿服务等工作开展情况。"],
     "report", {"organisation"}, {"care", "volunteer"}),
    ("summed_up",
     ["林西县妇联召开党组会议。", "党组书记通报了上半年巾帼创业、“最美家庭”评选等工作开展情况。"],
     1, {"organisation"}, set()),
    known_because(PATTERN_IN_LIST, "summed_up",
                  ["林西县妇联召开党组会议。",
                   "党组书记通报了上半年妇女技能培训、“最美家庭”评选等工作开展情况。"],
                  1, {"organisation"}, set()),
    ("summed_up",
     ["随后,乡妇联主席作工作报告,总结了全乡妇女投身乡村振兴、维护妇女儿童权益等方面所做的工作,"
      "并安排部署了下一年的工作。"],
     0, {"organisation"}, set()),
    ("summed_up",
     ["扎兰屯市妇联召开年度总结会。", "会上回顾了一年来在“两癌”救助、妇女创业贷款等方面取得的成效。"],
     "report", {"organisation"}, {"health", "economic"}),
    # near misses: an experience summed up and spread, or one work's lessons drawn, is that work
    ("summed_up", ["县妇联总结推广巾帼创业、家庭教育等典型经验。"], 0, {"economic", "family"}, set()),
    ("summed_up", ["镇妇联总结了开展“两癌”免费筛查工作的经验。"], 0, {"health"}, set()),
    ("summed_up", ["县妇联为妇女开展“两癌”筛查、妇科检查等服务。"], 0, {"health"}, set()),
]
