"""Stop 33 probes of the campaign finder, written from the errors of fresh33 and the shapes of
quoted and suffixed strings the dev gold does not code: each family varies the pattern over other
places of the gazetteer, other bodies and other frames, with near-misses that must stay
unchanged. Expected readings by docs/CODEBOOK.md and eval/dev/README.md; every sentence is
written for this test (no report text). ``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

from .conftest import known_because

GENERIC_TEAM_RETRIED = ("a quoted team of only generic words for women and volunteers before a head of "
                        "generic work (“巾帼志愿队”, “巾帼志愿者宣传服务队”): fresh33 shows it twice "
                        "(both extras) and dev33 once; a narrower form of the stop-28 rule (only "
                        "巾帼/妇女/女子/志愿 + 服务/宣传/宣讲 + 队/团) gained fresh33 33/7/2 -> 33/5/2 and "
                        "dev33 798/107/121 -> 798/106/121 at stop 33, but it covers the case the dropped "
                        "stop-28 rule lost on the test half (“巾帼宣讲团”) and stop-32 relation probes "
                        "link that team, so it was not kept: a question for the adjudicator")

# (sentence, campaigns): a quoted team named only by generic words for women and volunteers and a
# team head of generic work (服务, 宣传, 宣讲 + 队/团) is named by what it is, as the unquoted
# 巾帼志愿服务队 is (strict gaps: see GENERIC_TEAM_RETRIED); a word of its own (清洁, 家政, 帮帮, a
# brand before the team words) keeps it
PROBES = [
    known_because(GENERIC_TEAM_RETRIED, "灵武市妇联组建“巾帼志愿队”,深入各村开展环境整治", []),
    known_because(GENERIC_TEAM_RETRIED, "西吉县各村成立“巾帼宣讲团”,宣讲党的政策", []),
    known_because(GENERIC_TEAM_RETRIED, "红寺堡区妇联组织“妇女志愿服务队”走访慰问留守儿童", []),
    known_because(GENERIC_TEAM_RETRIED, "永宁县妇联号召“巾帼志愿服务队”队员参与防汛", []),
    known_because(GENERIC_TEAM_RETRIED, "贺兰县妇联组织“女子宣传队”和“巾帼志愿者服务队”开展普法宣传", []),
    known_because(GENERIC_TEAM_RETRIED, "隆德县妇联依托“巾帼宣讲队”开展理论宣讲", []),
    known_because(GENERIC_TEAM_RETRIED, "盐池县妇联组织“巾帼志愿者宣传服务队”深入社区开展咨询服务", []),
    # near-misses: a word of its own, a brand before the team words, the people alone
    ("中宁县妇联组建“巾帼清洁队”,定期清扫公共区域", ["巾帼清洁队"]),
    ("海原县成立“红玫瑰巾帼志愿服务队”", ["红玫瑰巾帼志愿服务队"]),
    ("泾源县组建“石榴籽”宣讲队", ["石榴籽"]),
    ("彭阳县组建“姐妹帮帮团”", ["姐妹帮帮团"]),
    ("西吉县妇联组建“巾帼家政服务队”", ["巾帼家政服务队"]),
    ("原州区组建“妈妈环保团”巾帼志愿者队伍", ["妈妈环保团"]),
    ("组建“巾帼宣讲员”服务队", ["巾帼宣讲员"]),
    ("组建“巾帼志愿者”队伍", []),
    ("穿上“文秀志愿者”红马甲", ["文秀志愿者"]),
]
