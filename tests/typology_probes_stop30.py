"""Probe audit of programme types (stop 30): a meeting's agenda (会议部署安排了……、……等重点工作, 会上安排
部署了……、……等几项工作, 对……、……等工作进行了部署) names the year's lines of work in passing, as the works a
visit hears about do: the sentence is the meeting's, and its report covers no type from the list.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types": a
meeting's own work is organisation; a type named in passing among others does not count), not by
the tool's output. A case checks one sentence's type (its index) or the types a report covers
("report": the types wanted, and those it must not cover). ``test_typology_structure_probes.py``
runs this table.

A family tried and dropped keeps its probes as strict gaps: a leader's instructions (……强调/要求,各级妇联
要……), which set tasks as a closing plan does and so name the lines of work in passing.
"""

from __future__ import annotations

from .conftest import known_because

INSTRUCTIONS_DROPPED = ("dropped in stop 30: leaving a sentence of a speaker's instructions (强调/要求/指出 "
                        "+ 要 within its clause) out of its report's evidence, as a closing plan is, "
                        "removed 2 wrong report types on dev30 and 7 right ones (522/80/71 -> 515/78/78): "
                        "the development half's coders code the lines of work a leader's speech sets")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- the works a meeting deploys are its agenda, not work told
    ("agenda", ["会宁县妇联召开2024年工作会议。",
                "会议部署安排了全年的关爱留守儿童、妇女维权、家庭教育等重点工作。"],
     1, {"organisation"}, set()),
    ("agenda", ["会上,平利县妇联主席安排部署了“两癌”筛查、巾帼志愿服务,婚姻家庭辅导等几项工作。"],
     0, {"organisation"}, set()),
    ("agenda", ["岚皋县妇联召开执委会议。",
                "会议对“两癌”免费筛查、孕产妇健康讲座等工作进行了安排部署。",
                "与会执委结合实际进行了交流。"],
     "report", {"organisation"}, {"health"}),
    # near misses: work done after 按照……部署 keeps its words, and a deployed single work is no list
    ("agenda", ["按照省妇联部署,城固县妇联开展了“两癌”免费筛查、乳腺健康讲座等工作。"],
     0, {"health"}, set()),
    ("agenda", ["会上,县妇联部署了“两癌”免费筛查工作,共为800名妇女进行检查。",
                "检查结果将及时反馈给每位妇女。"],
     "report", {"health"}, set()),
    # the work a meeting heard of being done keeps its words when not listed as its agenda
    ("agenda", ["会宁县妇联举办家政服务技能培训班,50名妇女参加培训。"],
     0, {"economic"}, set()),
    # --- a leader's instructions set tasks, not work told (dropped: a gap)
    known_because(INSTRUCTIONS_DROPPED, "instructions",
                  ["平利县妇联开展“两癌”免费筛查。", "共为800名妇女进行了检查。",
                   "县妇联主席强调,各级妇联要持续做好困境儿童关爱帮扶工作。"],
                  "report", {"health"}, {"care"}),
    # near miss: the work the report tells keeps its type when a speaker names it too
    ("instructions", ["平利县妇联开展“两癌”免费筛查。",
                      "县妇联主席强调,要把“两癌”筛查工作做实做细。"],
     "report", {"health"}, set()),
]
