"""Probe audit of sentence types (stop 28, second round): cleaning up where families live told by
its morphemes (环境卫生……整治, 清洁家园, 打扫庭院, 卫生家庭) is the home-environment work of the family
programme; and the works a visit looks into are no work the sentence tells also when their list
holds a comma of its own (对……作用发挥,……、……等工作进行了调研) or ends in the work done
(了解了……、……等方面开展的工作, 听取了……情况、……以及开展的特色工作). A family tried and dropped
kept its probes as strict gaps: the 爱心妈妈 who pair with children in need named alone, which
the development half's coders type as the care work they are paired for (followed since stop 29).

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types":
greening and the clean-up of homes and villages are family work; a visit's route and the works
it hears about are no work; the organisation type holds the federation's own inspections and
exchanges), not by the tool's output. A case checks one sentence's type (its index) or the types
a report covers ("report": the types wanted, and those it must not cover).
``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- 爱心妈妈 named alone goes on as the care work they are paired for (care 2, volunteer 1
    # in typology.tsv since stop 29, which settled the type: care)
    ("love mothers", ["平利县妇联开展“爱心妈妈”结对关爱留守儿童活动。", "爱心妈妈们为孩子们送上了新年礼物。"],
     "report", {"care"}, {"volunteer"}),
    ("love mothers", ["爱心妈妈们为孩子们送上了新年礼物。"], 0, {"care"}, set()),
    ("love mothers", ["平利县妇联开展“爱心妈妈”结对关爱留守儿童活动。", "爱心妈妈们为孩子们送上了新年礼物。"],
     1, {"care"}, set()),
    ("love mothers", ["平利县妇联为困境儿童和爱心妈妈举办亲子游园活动。"], 0, {"care"}, set()),
    # near misses: the volunteering itself named keeps its type
    ("love mothers", ["岚皋县巾帼志愿服务队的爱心妈妈们走进社区开展志愿服务。"], 0, {"volunteer"}, set()),
    ("love mothers", ["安塞区妇联开展“爱心妈妈”志愿服务培训。"], 0, {"volunteer"}, set()),
    # --- cleaning up where families live: family work, like 人居环境 and 环境整治
    ("clean-up", ["榆中县妇联启动环境卫生集中整治活动。", "副县长出席启动仪式。"],
     "report", {"family"}, {"ideology"}),
    ("clean-up", ["岚皋县妇联开展“清洁家园、清洁村庄”巾帼行动。"], 0, {"family"}, set()),
    ("clean-up", ["临洮县妇女们动手打扫庭院,整理房前屋后。"], 0, {"family"}, set()),
    ("clean-up", ["平利县妇联开展“卫生家庭”评选活动。"], 0, {"family"}, set()),
    ("clean-up", ["铜仁市妇联开展“清洁家园”活动。", "妇女们打扫庭院卫生。"], 1, {"family"}, set()),
    # near misses: patriotic hygiene and a clinic are health; the federation's own ways of work
    # tidied up (整治机关作风) are organisation
    ("clean-up", ["泾源县妇联开展爱国卫生月宣传活动。"], 0, {"health"}, set()),
    ("clean-up", ["凤庆县妇联联合县卫生院开展“两癌”筛查。"], 0, {"health"}, set()),
    ("clean-up", ["会宁县妇联整治机关作风,完善档案管理。"], 0, {"organisation"}, set()),
    # --- the works a visit looks into, their list across one comma or ending in the work done
    ("works looked into",
     ["安康市妇联主席一行到平利县各镇对“妇女之家”阵地建设,美丽庭院创建、巾帼创业等工作进行了实地调研。"],
     0, {"organisation"}, set()),
    ("works looked into",
     ["彭阳县妇联执委参观了固原市妇联机关,了解了市妇联在妇女创业、妇女维权、家庭教育等方面开展的工作。"],
     0, {"organisation"}, set()),
    ("works looked into",
     ["座谈会上,普洱市妇联主席听取了凤庆县妇联关于家庭教育指导中心建设工作情况、“妇女之家”建设以及开展的"
      "特色工作。", "普洱市妇联主席对凤庆县妇联的工作给予了肯定。"],
     "report", {"organisation"}, {"family"}),
    # near misses: work done before the checking keeps its words (the list checked starts at the
    # last 对), what learners learn is no work of the federation, and work done told without a
    # visit keeps its type
    ("works looked into", ["石阡县妇联对贫困妇女开展技能培训,并对培训、就业等工作进行检查。"],
     0, {"economic"}, set()),
    ("works looked into", ["学员们了解了电商直播、网店运营等方面的知识。"], 0, {"economic"}, set()),
    ("works looked into", ["罗甸县妇联在妇女创业就业方面开展的工作成效明显。"], 0, {"economic"}, set()),
]
