"""Stop 32 probes of the campaign finder, written from the errors of fresh32 (fresh dev reports of
batches 42-43): each family varies the pattern over other places of the gazetteer, other bodies
and other frames, with near-misses that must stay unchanged. Expected readings by
docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test (no report text).
``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

# (sentence, campaigns): a title that names women or families written before 证书, 奖牌, 称号 is
# the federation's honour whatever verb hands it over (颁发, 送上, 发放), as after 荣获; a title
# other bodies give (no woman or family named) stays out, and so does a vocational certificate of
# the domestic-service trade (家政 is no family)
PROBES = [
    ("宝鸡市妇联为种粮大户颁发“巾帼种粮能手”证书", ["巾帼种粮能手"]),
    ("渭南市妇联为她颁发“陕西省巾帼最美种粮能手”证书", ["巾帼最美种粮能手"]),
    ("眉县妇联向合作社理事长颁发“巾帼致富带头人”奖牌", ["巾帼致富带头人"]),
    ("岐山县妇联为5户家庭送上“文明家庭”牌匾和证书", ["文明家庭"]),
    ("凤翔区妇联为她颁发“巧手媳妇”证书", ["巧手媳妇"]),
    ("千阳县妇联为获奖家庭颁发“最美家庭”荣誉证书", ["最美家庭"]),
    # near-misses: other bodies' titles, a course's certificate, a trade's certificate
    ("麟游县妇联为获奖者颁发“优秀志愿者”证书", []),
    ("陇县妇联为她颁发“优秀共产党员”证书", []),
    ("太白县妇联为学员颁发“结业”证书", []),
    ("扶风县妇联为学员颁发“家政服务员”证书", []),
    ("她荣获“家政服务员”证书", []),
    ("凤县妇联为她颁发“最美种粮能手”证书", []),
    ("县人社局为学员颁发“育婴师”资格证书", []),
]

# (sentence, campaigns): a quote that 围绕, 就 or 针对 opens and a verb of giving a talk closes is
# what the talk is about, whatever its length (a technique, key points, a law's part); an honour or
# a programme named by its head keeps its name, and so does a theme run as activities
PROBES += [
    ("扶风县农技中心农艺师围绕“玉米病虫害防治技术”进行专题授课", []),
    ("眉县妇联邀请律师围绕“民法典婚姻家庭编”进行宣讲", []),
    ("岐山县妇联邀请专家就“家庭教育促进法”作解读", []),
    ("周至县果业中心讲师针对“果树冬季修剪要点”开展讲座", []),
    ("蓝田县妇联邀请心理老师围绕“青春期亲子沟通技巧”进行了讲解", []),
    # near-misses: an honour, a programme by its head, activities under a theme
    ("户县妇联围绕“最美家庭”开展宣讲", ["最美家庭"]),
    ("长安区妇联围绕“春蕾计划”进行宣讲", ["春蕾计划"]),
    ("临潼区妇联围绕“巾帼心向党”开展系列活动", ["巾帼心向党"]),
    ("高陵区妇联开展“美丽庭院”专题授课", ["美丽庭院"]),
]
