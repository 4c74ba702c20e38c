"""Third stop-32 probe audit of agencies: short sentences written for this test (no report text),
each with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {}

# Family one (the passive's particle 所): 由, 被 or 为 opens an agent and 所 before a verb closes
# it (由甲公司所提供, 为乙总会所募集, 由丙局牵头所组织, 由丁会牵线所促成); the 所 is grammar, not an
# institute's suffix, so the body is the agent's own name. Near misses keep their 所: an institute
# whose name runs up to it (由县司法所牵头, 由镇新时代文明实践所牵头, 县公安局城关派出所), one
# after no passive agent (联合县司法所开展), a 所 no verb follows.
PROBES["the_passive_particle_after_a_body"] = [
    ("妇女们的就业岗位由冠县金源纺织有限公司所提供。", ["冠县金源纺织有限公司"]),
    ("这笔善款为长汀县慈善总会所募集。", ["长汀县慈善总会"]),
    ("此次培训由县人社局牵头所组织，共有50名妇女参加。", ["县人社局"]),
    ("这些订单由南安市女企业家协会牵线搭桥所促成。", ["南安市女企业家协会"]),
    ("这些岗位是由山阳县巾帼家政服务有限公司所提供的。", ["山阳县巾帼家政服务有限公司"]),
    ("为县人民医院所承担的筛查任务已全部完成。", ["县人民医院"]),
    ("由冠县妇联和县人社局共同所举办的培训班开班。", ["县人社局"]),
    # near misses: an institute's own name up to 所, no passive agent, no verb after 所
    ("由县司法所牵头，县妇联配合开展调解工作。", ["县司法所"]),
    ("由镇新时代文明实践所牵头开展宣传。", ["镇新时代文明实践所"]),
    ("由县公安局城关派出所牵头开展排查。", ["县公安局城关派出所"]),
    ("县妇联联合县司法所开展普法宣传。", ["县司法所"]),
    ("县妇联联合镇派出所开展宣传。", ["镇派出所"]),
    ("由长汀县妇联联合县律师事务所为妇女提供法律咨询。", ["县律师事务所"]),
]

# Family two (a list that writes its scope once shares it, stops 16, 17 and the stop-30
# adjudication's list reading): a later item with the same head as the scoped item before it
# (…局、…局; …协会、…协会), no scope and no proper noun of its own, is a body of the same place,
# down the whole list (县司法局、民政局、公安局). Near misses keep their bare name: bodies of two
# kinds (镇司法所、中心学校, 县委宣传部、文明办), a national brand (中国银行), an item with its scope
# inside (团县委), a firm after a hospital, an item after a clause mark, a sector that ends in a
# level character (农业农村).
PROBES["a_list_shares_its_scope"] = [
    ("县妇联联合县司法局、民政局、公安局开展排查。", ["县司法局", "县民政局", "县公安局"]),
    ("长汀县妇联同市女法官协会、女检察官协会、女律师协会联合开展巡讲。",
     ["市女法官协会", "市女检察官协会", "市女律师协会"]),
    ("冠县妇联会同县司法、民政、公安等部门开展联合排查。", ["县司法局", "县民政局", "县公安局"]),
    ("南安市妇联联合南安市教育局、人社局开展培训。", ["南安市教育局", "南安市人社局"]),
    ("山阳县妇联联合山阳县人民医院、中医院开展义诊。", ["山阳县人民医院", "山阳县中医院"]),
    ("镇妇联联合镇派出所和司法所开展宣传。", ["镇派出所", "镇司法所"]),
    # near misses: two kinds of body, a national brand, a scope inside, a clause mark between
    # stop-33 adjudication (rounds' questions, row 13): a list's scope reaches items of every kind
    ("镇妇联联合镇司法所、中心学校等部门开展宣传。", ["镇司法所", "镇中心学校"]),
    ("县妇联联合县委宣传部、文明办开展评选。", ["县委宣传部", "文明办"]),
    ("县妇联联合县人民医院、中国银行开展义诊。", ["县人民医院", "中国银行"]),
    ("县妇联联合县教育局、团县委开展活动。", ["县教育局", "团县委"]),
    ("县妇联联合县人民医院，民政局为困难妇女送去慰问。", ["县人民医院", "民政局"]),
    ("县妇联联合中国银行冠县支行、县人民医院开展活动。", ["中国银行冠县支行", "县人民医院"]),
    ("县妇联联合县人民医院和平安保险公司开展活动。", ["县人民医院", "平安保险公司"]),
    ("县妇联与人社、农业农村、商务等部门联合举办培训。", ["人社局", "农业农村局", "商务局"]),
]
