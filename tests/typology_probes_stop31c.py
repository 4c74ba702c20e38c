"""Probe audit of programme types (stop 31, second round, read from the fresh sets' errors):
volunteers who carry out the work of the programme a report tells (社区志愿者走上街头,向……送去康乃馨
after a Mother's Day event; 巾帼志愿者为群众发放宣传资料 at a legal-publicity event) do that
programme's work, not volunteer work (docs/CODEBOOK.md, the volunteer row: volunteer work is the
volunteering told, recruiting, training or founding volunteers; volunteers organised or sent to
carry out another programme's work do that work, stop-31 adjudication of the third-wave rounds).

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions, not by the tool's output. A case
checks one sentence's type (its index) or the types a report covers ("report": the types wanted,
and those it must not cover). ``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- volunteers as the agent of the work the report tells: the programme told before them
    ("volunteer_agent", ["衢州市柯城区妇联开展反家暴法律宣传活动。", "巾帼志愿者为过往群众发放宣传资料。"],
     1, {"rights"}, set()),
    ("volunteer_agent", ["丽水市妇联举办母亲节主题活动。", "社区志愿者走上街头,向环卫女工送去康乃馨。"],
     1, {"family"}, set()),
    ("volunteer_agent", ["六安市金安区妇联开展“两癌”免费筛查。", "志愿者们耐心为妇女讲解检查流程。"],
     1, {"health"}, set()),
    ("volunteer_agent", ["赣州市妇联开展暑期关爱留守儿童活动。", "巾帼志愿者还为孩子们辅导作业。"],
     1, {"care"}, set()),
    ("volunteer_agent", ["荆门市妇联举办家庭教育讲座。", "志愿者们为家长发放了家庭教育读本。"],
     1, {"family"}, set()),
    ("volunteer_agent", ["桂林市妇联开展电商技能培训。", "巾帼志愿者深入各村向妇女讲解网店运营。"],
     1, {"economic"}, set()),
    # ... and they are no volunteer programme the report covers (the stop-31 convention)
    ("volunteer_report", ["衢州市柯城区妇联开展反家暴法律宣传活动。", "巾帼志愿者为过往群众发放宣传资料。"],
     "report", {"rights"}, {"volunteer"}),
    ("volunteer_report", ["丽水市妇联举办母亲节主题活动。", "社区志愿者走上街头,向环卫女工送去康乃馨。"],
     "report", {"family"}, {"volunteer"}),
    ("volunteer_report", ["六安市金安区妇联开展“两癌”免费筛查。", "志愿者们耐心为妇女讲解检查流程。"],
     "report", {"health"}, {"volunteer"}),
    ("volunteer_report", ["赣州市妇联开展暑期关爱留守儿童活动。", "巾帼志愿者还为孩子们辅导作业。"],
     "report", {"care"}, {"volunteer"}),
    ("volunteer_report", ["桂林市妇联开展电商技能培训。", "巾帼志愿者深入各村向妇女讲解网店运营。"],
     "report", {"economic"}, {"volunteer"}),
    ("volunteer_report", ["遂宁市妇联开展反家暴法律宣传活动。", "现场招募巾帼志愿者50名。"],
     "report", {"rights", "volunteer"}, set()),
    ("volunteer_report", ["铜仁市妇联开展关爱留守儿童活动。", "组织巾帼志愿者为孩子们辅导作业。"],
     "report", {"care"}, {"volunteer"}),
    ("volunteer_report", ["志愿者们为环卫工人送上清凉饮品。"], "report", {"volunteer"}, set()),
    # near misses: volunteers recruited or founded are the volunteer work; alone,
    # after volunteer work or under a volunteer heading, the volunteers' service stays volunteer
    ("volunteer_agent", ["遂宁市妇联开展反家暴法律宣传活动。", "现场招募巾帼志愿者50名。"],
     1, {"volunteer"}, set()),
    ("volunteer_agent", ["安顺市妇联开展关爱留守儿童活动。", "活动中成立了巾帼志愿服务队。"],
     1, {"volunteer"}, set()),
    ("volunteer_agent", ["铜仁市妇联开展关爱留守儿童活动。", "组织巾帼志愿者为孩子们辅导作业。"],
     1, {"care"}, set()),
    ("volunteer_agent", ["平凉市妇联开展家庭教育宣传周活动。", "讲师团志愿者向全市公开招募。"],
     1, {"volunteer"}, set()),
    ("volunteer_agent", ["志愿者们为环卫工人送上清凉饮品。"], 0, {"volunteer"}, set()),
    ("volunteer_agent", ["平凉市妇联举办巾帼志愿服务项目大赛。", "志愿者们为评委讲解了项目内容。"],
     1, {"volunteer"}, set()),
    ("volunteer_agent", [("一、壮大巾帼志愿服务队伍", 1), "平凉市新注册巾帼志愿者300名。",
                         "志愿者们还为留守儿童辅导功课。"], 2, {"volunteer"}, set()),
]
