"""Stop-32 probe audit of agencies: short sentences written for this test (no report text), each
with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {}

# Family one (stop 25, an official's institution that serves): a facility (…中心, …站, …所, …院)
# behind a scope whose staff, or which itself, opens the clause and gives a lecture, a training or
# a clinic serves the work and is listed, as an organ whose official serves is (县农业农村局农艺师
# …授课). Near misses stay out: the facility after 在 or 到 (where the lecture was held), one
# that only takes part, and a unit of a whole body (省人民医院|生殖医学中心: the hospital).
PROBES["a_facility_whose_staff_serve_the_work"] = [
    ("活动中，县农技中心农艺师王丽围绕小麦管理要点进行了专题授课。", ["县农技中心"]),
    ("冠县妇联举办培训会。冠县农业技术推广中心技术员为学员讲课。", ["冠县农业技术推广中心"]),
    ("长汀县妇联举办培训班，县林业技术推广站技术员为学员授课。", ["县林业技术推广站"]),
    ("县畜牧兽医中心高级兽医师李明为养殖户作了技术培训。", ["县畜牧兽医中心"]),
    ("镇农业综合服务中心技术员为妇女讲课。", ["镇农业综合服务中心"]),
    ("县综合检验检测所工作人员为大家开展食品安全讲座。", ["县综合检验检测所"]),
    ("县农技中心为学员授课。", ["县农技中心"]),
    # near misses: the venue, a destination, taking part, a unit of a whole body
    ("在县妇女儿童活动中心举办家庭教育讲座。", []),
    ("县妇联在县农技中心为学员授课。", []),
    ("县妇联组织妇女到县农技中心听取授课。", []),
    ("学员们来到县农技中心参观学习。", []),
    ("县农技中心的专家们参加了培训。", []),
    ("省人民医院生殖医学中心主任方红为村民进行了义诊。", ["省人民医院"]),
    ("冠县人民医院体检中心医生为妇女开展义诊。", ["冠县人民医院"]),
]
