"""Stop-28 probe audit of agencies: short pages written for this test (no report text), over three
families of the dev28 errors (eval/dev/README.md "Settled ..."). A clause that is only 在 and a
place (在位于…的大棚里, 在…示范村——…公司, 在…等项目, with no verb and no frame word 下/中/时 in
it) names where the next clause's work happens: the body there is a venue, not a partner, while
在…的指导下 frames the work and the body acts. A village's or community's two committees (村两委,
甲村双委, 村“两委”: one leadership body where it acts, none where women are elected into it, stop
25) are still not read: the family was tried and dropped (dev28 gained three, val28 lost one
extra agency and one extra relation), so its pages stay as strict gaps. Places are real ones of
the gazetteer. A body's people in the plural or its member units opening the clause (…的成员们,
…成员单位) do the work as the body, so it is listed. ``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

TWO_COMMITTEES = ("a village's two committees (村两委, 双委) are no suffix of the grammar: tried as a "
                  "leadership body in stop 28 and dropped, as val28 lost an extra agency")

PROPER_NAME_AS_VERBS = ("a troupe whose proper name jieba reads as verbs (凯建|炫|动) is cut at the walk, so "
                        "its volunteers' work does not list it")

PROBES = {
    # a clause of 在 and a place: the body is where the work of the next clause happens
    "a_clause_of_zai_and_a_place": [
        ("近日，在位于霍邱县城关镇的绿源种植专业合作社的几个大棚里，妇女们正在采摘草莓。", []),
        ("市妇联在全国巾帼示范村——凤庆县金鼎农业开发有限公司，举行巾帼基地揭牌仪式。", []),
        ("在富顺县巾帼电商中心、富顺县绿源种植专业合作社等妇女创业项目，调研组详细了解发展情况。", []),
        ("在桐城市人民医院，医生为妇女免费义诊。", []),
        # near misses: a frame word (下, 中) or a verb in the clause: the body acts or hosts
        ("在平舆县民政局的指导下，县妇联开展困境儿童关爱。", ["平舆县民政局"]),
        ("在县妇联和县人社局的共同努力下，200名妇女实现就业。", ["县人社局"]),
        ("在五常市教育局的大力支持和帮助中，活动顺利开展。", ["五常市教育局"]),
        ("县妇联在县人社局的支持下开展培训。", ["县人社局"]),
        ("县妇联联合五常市农业农村局在五常市体育馆举办招聘会。", ["五常市农业农村局"]),
        ("县妇联在长汀县人社局开展招聘会。", ["长汀县人社局"]),
    ],
    # a body's people in the plural or its member units open the clause and do the work: the
    # body acts (as its leaders leading a team do); after other words they are someone's members
    "its_members_do_the_work": [
        ("霍邱县女科技工作者协会的成员们为农户讲解科学施肥技术。", ["霍邱县女科技工作者协会"]),
        ("县妇联牵头，五常市妇儿工委成员单位在广场摆摊设点，宣传男女平等基本国策。", ["五常市妇儿工委"]),
        ("在大坪村的草莓大棚里，平舆县农业技术协会的会员们手把手教妇女们修剪枝条。", ["平舆县农业技术协会"]),
        known_because(PROPER_NAME_AS_VERBS, "凯建炫动歌舞团的志愿者们到凤庆县敬老院慰问演出。",
                      ["凯建炫动歌舞团"]),
        # near misses: the members of a body someone else mobilises, honours or lists
        ("县妇联组织县人社局的志愿者们参加活动。", []),
        ("县妇联表彰了县人民医院的志愿者们。", []),
        ("县人社局、县民政局等成员单位负责同志与会。", []),
        ("县人民医院的成员们出席了会议。", []),
    ],
    # a village's two committees: one leadership body where it acts; none where women are
    # elected into it or it holds its election
    "a_villages_two_committees": [
        known_because(TWO_COMMITTEES, "村“两委”为评选出的模范家庭颁发荣誉证书。", ["村两委"]),
        known_because(TWO_COMMITTEES, "在乐亭县政协、爱心企业、大坪村双委的助力下，县妇联开展普法活动。",
                      ["乐亭县政协", "大坪村双委"]),
        known_because(TWO_COMMITTEES, "这是乡党委、乡政府和村两委共同的愿望。",
                      ["乡党委", "乡人民政府", "村两委"]),
        ("县妇联开展培训，推进女性进村“两委”。", []),
        ("全县实现了村(社区)“两委”中100%有女性。", []),
        ("镇妇联部署村“两委”换届中的妇女参选工作。", []),
        ("她当选为村两委委员。", []),
    ],
}
