"""Stop-31 second-round probe audit of agencies: short sentences written for this test (no report
text), each with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Family one: an official named by the title of her body (院长,
主任, 会长, 董事长, 局长) who serves the work, the clause going on to a lecture, a talk on a theme or
a clinic, names the body as its staff do (stop 25: "a title naming the institution of one who
serves the work does"), in a list of such people too and where the title repeats the suffix's last
character (医院|院长, 协会|会长: one word for jieba). Its near misses stay out: the official who
only attends, greets, speaks or is quoted, an honoured official, a former post.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {
    "an_official_who_serves_names_her_body": [
        ("长汀县人民医院院长张丽为妇女义诊。", ["长汀县人民医院"]),
        ("邀请霍邱县中医院副院长王某为学员授课。", ["霍邱县中医院"]),
        ("霍邱县妇女草编协会会长王某为参会妇女作了题为《指尖经济》的报告。", ["霍邱县妇女草编协会"]),
        ("长汀县锦泰纺织有限公司董事长王某以“家庭”为题分享经验。", ["长汀县锦泰纺织有限公司"]),
        ("冠县职业中专校长李某为学员讲课。", ["冠县职业中专"]),
        ("南安市律师协会会长陈某作专题报告。", ["南安市律师协会"]),
        ("山阳县人民医院妇产科主任张某、山阳县中医院内科主任王某为村民进行了义诊。",
         ["山阳县中医院", "山阳县人民医院"]),
        # near misses: attends, greets, speaks, is quoted, is honoured, a former post
        ("长汀县人民医院院长张某出席会议。", []),
        ("南安市律师协会会长陈某致辞。", []),
        ("霍邱县民政局局长王某作工作报告。", []),
        ("长汀县人民医院院长张丽说：义诊很重要。", []),
        ("长汀县锦泰纺织有限公司董事长王某获评三八红旗手。", []),
        ("冠县职业中专原校长李某为学员讲课。", []),
    ],
}
