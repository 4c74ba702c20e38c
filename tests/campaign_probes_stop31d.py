"""Stop 31 third-round probes of the campaign finder, written from the errors of new31b and new31c
(fresh dev reports) and the stop-31 adjudication of the campaigns rounds' questions: each family
varies the pattern over other places of the gazetteer, other bodies and other frames, with
near-misses that must stay unchanged. Expected readings by docs/CODEBOOK.md and
eval/dev/README.md; every sentence is written for this test (no report text).
``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

# (sentence, campaigns): 专项 after a quote marks the government's drive only where the quote itself
# names a task of governing (a crackdown, …整治); a quote on the federation's own topic keeps its
# name, 专项 and a kind of work after it dropped; a quote holding a whole drive named by its task
# is that drive, no campaign (stop-31 adjudication of the campaigns rounds, rows 1 and 3)
PROBES = [
    ("赣州市妇联开展“平安家庭 幸福童年”专项宣传行动", ["平安家庭幸福童年"]),
    ("临沂市妇联启动“护苗成长”专项服务行动", ["护苗成长"]),
    ("大理市妇联组织“家庭安全 预防溺水”专项宣传行动,发放资料500份", ["家庭安全预防溺水"]),
    ("凯里市妇联实施“春蕾护航”专项救助计划", ["春蕾护航"]),
    ("柳州市妇联开展“护花”专项行动", ["护花"]),
    # near-misses: a quote that names a crackdown or a task, a task after the quote, a whole
    # quoted drive: the government's, none; the federation's mark keeps its share
    ("文昌市妇联参与“扫黄打非”专项行动", []),
    ("琼海市妇联配合开展“扫黑除恶”专项宣传行动", []),
    ("万宁市妇联参与“禁毒”专项宣传行动", []),
    ("儋州市妇联开展“化解矛盾 维护稳定”专项治理行动", []),
    ("澄迈县妇联助力“农村人居环境整治行动”", []),
    ("定安县妇联参与“城乡环境综合治理工程”", []),
    ("屯昌县妇联实施“巾帼环境整治行动”", ["巾帼环境整治行动"]),
    ("陵水县妇联开展“巾帼维权”专项行动", ["巾帼维权"]),
]
