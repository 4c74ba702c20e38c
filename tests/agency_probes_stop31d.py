"""Stop-31 third-round probe audit of agencies: short sentences written for this test (no report
text), each with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {}

# Family one (stop-31 second-wave adjudication, row 6): 各 + one level word + one kind of body is
# listed once, 各 dropped, wherever the clause ties the bodies to the reported work, also when they
# carry it out as its subject (全县各乡镇卫生院开展两癌筛查) or lead or support it in a framing phrase
# (在各乡镇党委的领导下). Near misses stay out: the bodies as the place (在各乡镇卫生院开展), the
# addressee (向各…发出通知), the recipients (为各…赠送), a visit's destination (深入各…), classes
# over levels (各级) and a kind after 各 with no level word (各有关部门).
PROBES["each_unit_of_a_level_tied_to_the_work"] = [
    ("在各乡镇党委的领导下，冠县妇联开展两癌筛查。", ["乡镇党委"]),
    ("在各街道党工委的关心和指导下，城关区妇联举办家庭教育讲座。", ["街道党工委"]),
    ("在全县各乡镇党委的大力支持下，霍邱县妇联开展巾帼家美积分超市建设。", ["乡镇党委"]),
    ("全县各乡镇卫生院开展两癌筛查，长汀县妇联做好组织发动。", ["乡镇卫生院"]),
    ("各乡镇派出所积极开展反家暴宣传，山阳县妇联全程参与。", ["乡镇派出所"]),
    ("全市各社区居委会组织妇女参加南安市妇联的技能培训。", ["社区居民委员会"]),
    ("各乡镇卫生院为农村妇女开展免费两癌检查。", ["乡镇卫生院"]),
    # near misses: the place, the addressee, the recipients, a destination, over levels, no level
    ("平舆县妇联在各乡镇卫生院开展两癌筛查。", []),
    ("冠县妇联向各乡镇党委发出通知。", []),
    ("长汀县妇联为各村委会赠送图书。", []),
    ("霍邱县妇联深入各乡镇卫生院调研。", []),
    ("在各级党委的领导下，山阳县妇联开展走访。", []),
    ("在各有关部门的支持下，南安市妇联开展宣传。", []),
]
