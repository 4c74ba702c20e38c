"""Probe audit of programme types (stop 31, third round): the volunteer convention settled in the
stop-31 adjudication of the third-wave rounds (eval/dev/README.md; docs/CODEBOOK.md, the volunteer
row). Volunteers organised, sent or mustered to carry out another programme's work do that work:
the work types the sentence and the report (组织巾帼志愿者为孩子们辅导作业 is care), and the verb that
organises them makes no volunteer work by itself. Volunteer work is the volunteering told:
recruiting, signing up, training, swearing in or founding volunteers and teams, service named only
as volunteer service, patrols, a volunteer day as the main topic.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions, not by the tool's output. A case
checks one sentence's type (its index) or the types a report covers ("report": the types wanted,
and those it must not cover). ``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- volunteers organised, sent or mustered for the work of the programme told before them
    ("volunteers_organised", ["宜宾市翠屏区妇联开展关爱困境儿童活动。",
                              "动员巾帼志愿者为孩子们送去学习用品。"],
     1, {"care"}, set()),
    ("volunteers_organised", ["遵义市汇川区妇联开展“两癌”免费筛查。",
                              "组织志愿者为妇女讲解检查流程。"],
     1, {"health"}, set()),
    ("volunteers_organised", ["潍坊市奎文区妇联开展反家暴法律宣传活动。",
                              "发动巾帼志愿者向群众发放宣传资料。"],
     1, {"rights"}, set()),
    ("volunteers_organised", ["绵阳市涪城区妇联举办家庭教育讲座。",
                              "号召志愿者们为家长发放家庭教育读本。"],
     1, {"family"}, set()),
    ("volunteers_organised", ["株洲市芦淞区妇联开展电商技能培训。",
                              "带领巾帼志愿者深入各村向妇女讲解网店运营。"],
     1, {"economic"}, set()),
    ("volunteers_organised", ["南平市延平区妇联开展走访慰问困难妇女活动。",
                              "派出巾帼志愿者上门为困难妇女打扫卫生。"],
     1, {"care"}, set()),
    # ... and the report covers that work, no volunteer programme
    ("volunteers_organised_report", ["宜宾市翠屏区妇联开展关爱困境儿童活动。",
                                     "动员巾帼志愿者为孩子们送去学习用品。"],
     "report", {"care"}, {"volunteer"}),
    ("volunteers_organised_report", ["潍坊市奎文区妇联开展反家暴法律宣传活动。",
                                     "发动巾帼志愿者向群众发放宣传资料。"],
     "report", {"rights"}, {"volunteer"}),
    ("volunteers_organised_report", ["株洲市芦淞区妇联开展电商技能培训。",
                                     "带领巾帼志愿者深入各村向妇女讲解网店运营。"],
     "report", {"economic"}, {"volunteer"}),
    ("volunteers_organised_report", ["南平市延平区妇联开展巾帼志愿者关爱留守儿童活动。",
                                     "志愿者们为孩子们辅导作业。"],
     "report", {"care"}, {"volunteer"}),
    # near misses: the volunteering itself told stays volunteer work, in the sentence and the report
    ("volunteering_told", ["潍坊市奎文区妇联开展反家暴法律宣传活动。",
                           "组织巾帼志愿者参加治安巡逻。"],
     1, {"volunteer"}, set()),
    ("volunteering_told", ["宜宾市翠屏区妇联开展关爱困境儿童活动。",
                           "组织巾帼志愿者开展志愿服务。"],
     1, {"volunteer"}, set()),
    ("volunteering_told", ["遵义市汇川区妇联开展“两癌”免费筛查。",
                           "新招募的巾帼志愿者为群众讲解防癌知识。"],
     1, {"volunteer"}, set()),
    ("volunteering_told", ["绵阳市涪城区妇联举办家庭教育讲座。",
                           "成立巾帼志愿服务队为家长答疑。"],
     1, {"volunteer"}, set()),
    ("volunteering_told", ["株洲市芦淞区妇联开展关爱空巢老人活动。",
                           "培训巾帼志愿者为老人提供服务。"],
     1, {"volunteer"}, set()),
    ("volunteering_told", ["组织巾帼志愿者为孩子们辅导作业。"], 0, {"volunteer"}, set()),
    ("volunteering_told_report", ["潍坊市奎文区妇联开展反家暴法律宣传活动。",
                                  "组织巾帼志愿者参加治安巡逻。"],
     "report", {"rights", "volunteer"}, set()),
    ("volunteering_told_report", ["南平市延平区妇联开展学雷锋志愿服务日活动。",
                                  "巾帼志愿者为居民义务理发。"],
     "report", {"volunteer"}, set()),
    # --- volunteers carrying out the work under a heading that names no programme (a section typed
    # by its sentences summed): they go on with the topic before the heading
    ("summed_section", ["丽水市妇联举办母亲节主题活动。", "开展母亲节寄语活动。", ("送您一朵花。", 1),
                        "社区志愿者走上街头,向环卫女工送去康乃馨。"], 3, {"family"}, set()),
    ("summed_section", ["衢州市柯城区妇联开展“两癌”免费筛查。", ("暖心服务。", 1),
                        "志愿者们耐心为妇女讲解检查流程。"], 2, {"health"}, set()),
    ("summed_section", ["荆门市妇联举办家庭教育讲座。", ("爱心传递。", 1),
                        "巾帼志愿者为家长发放家庭教育读本。"], 2, {"family"}, set()),
    ("summed_section", ["桂林市妇联开展电商技能培训。", ("走村入户。", 1),
                        "巾帼志愿者深入各村向妇女讲解网店运营。"], 2, {"economic"}, set()),
    ("summed_section", ["赣州市妇联开展暑期关爱留守儿童活动。", ("陪伴成长。", 1),
                        "巾帼志愿者还为孩子们辅导作业。"], 2, {"care"}, set()),
    ("summed_section_report", ["丽水市妇联举办母亲节主题活动。", "开展母亲节寄语活动。", ("送您一朵花。", 1),
                               "社区志愿者走上街头,向环卫女工送去康乃馨。"],
     "report", {"family"}, {"volunteer"}),
    # near misses: nothing told before the heading, or a heading that names volunteering
    ("summed_section", [("活动现场。", 1), "巾帼志愿者还为孩子们辅导作业。"],
     1, {"volunteer"}, set()),
    ("summed_section", [("一、志愿服务暖人心", 1), "志愿者们为环卫工人送上清凉饮品。"],
     1, {"volunteer"}, set()),
]
