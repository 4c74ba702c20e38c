"""Probe audit of programme types (stop 31, read from the fresh val31 set's errors): a study tour
or a research visit named as such (赴……考察交流, 观摩学习, ……主题教育专题调研) is the federation's own
work, whatever theme it is named after.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types": a
party of visitors going to see work is organisation, the works it looks into weigh nothing, work
done on the visit keeps its own type), not by the tool's output. A case checks one sentence's type
(its index) or the types a report covers ("report": the types wanted, and those it must not
cover). ``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- a study tour or a research visit named as such
    ("study_tour", [("宁德市妇联开展“学思想、强党性”主题教育专题调研", 1)], 0, {"organisation"}, set()),
    ("study_tour", [("贵港市妇联赴南宁市开展“学思想、强党性”主题教育专题调研", 1)],
     0, {"organisation"}, set()),
    ("study_tour", ["广安市妇联赴华蓥市开展党史学习教育专题调研。"], 0, {"organisation"}, set()),
    ("study_tour", ["省妇联“不忘初心、牢记使命”主题教育调研组一行来到三明市。"],
     0, {"organisation"}, set()),
    ("study_tour", ["安康市妇联理论学习调研组赴汉阴县开展调研。"], 0, {"organisation"}, set()),
    ("study_tour", [("聊城市妇联开展“我为群众办实事”主题教育专题调研", 1),
                    "6月3日,市妇联副主席带领调研组先后来到东昌府区、临清市。",
                    "调研组与基层妇女代表座谈交流。"],
     "report", {"organisation"}, {"ideology"}),
    # near misses: work done on the visit keeps its type; a programme researched by name keeps it;
    # women studying together is no study tour
    ("study_tour", ["县妇联主席一行赴大坪村走访困境儿童家庭,为孩子们送去慰问金和学习用品。"],
     0, {"care"}, set()),
    ("study_tour", ["省妇联调研“乡村振兴巾帼行动”开展情况。"], 0, {"economic"}, set()),
    ("study_tour", ["社区组织妇女学习交流家庭教育经验。"], 0, {"family"}, set()),
]
