"""Stop-31 second-round probe audit of agencies: short sentences written for this test (no report
text), each with the agencies a coder following the written conventions gives (docs/ANNOTATION.md,
eval/dev/README.md "Settled ..."). Family one: an official named by the title of her body (院长,
主任, 会长, 董事长, 局长) who serves the work, the clause going on to a lecture, a talk on a theme or
a clinic, names the body as its staff do (stop 25: "a title naming the institution of one who
serves the work does"), in a list of such people too and where the title repeats the suffix's last
character (医院|院长, 协会|会长: one word for jieba). Its near misses stay out: the official who
only attends, greets, speaks or is quoted, an honoured official, a former post.
Families two (各 before a level, made partners) and three (a greeting on bodies' behalf) are
described before their tables.
``test_agencies_probes.py`` runs these tables."""

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

# Family two (stop-31 adjudication of the writer's-probe questions, row 6): 各 before one level word
# and one kind of body names that kind's body in every unit of the level; where the clause makes
# them partners (a partner word before, or 配合/参与 after) they are listed once, 各 dropped, as
# written, and so is every bare item of a list 各 opens. Near misses stay out: classes over levels
# (各级), a kind after 各 with no level word (各有关部门, 各成员单位), another category word (部分, 有关),
# the units' people (各村委会主任). Leading the work in a framing phrase (在各乡镇党委的领导下) ties them
# to it (stop-31 second-wave adjudication, row 6): listed, in agency_probes_stop31d.py.
PROBES["each_unit_of_a_level_made_partners"] = [
    ("冠县妇联联合冠县司法局及各乡镇司法所开展普法宣传。", ["乡镇司法所", "冠县司法局"]),
    ("长汀县妇联会同各乡镇卫生院开展两癌筛查。", ["乡镇卫生院"]),
    ("霍邱县妇联携手各社区居委会开展家庭教育讲座。", ["社区居民委员会"]),
    ("山阳县妇联联合各村村委会开展人居环境整治。", ["村民委员会"]),
    ("各乡镇派出所积极配合南安市妇联开展反家暴宣传。", ["乡镇派出所"]),
    ("各村党支部、村委会积极参与巾帼家美积分超市建设。", ["村党支部", "村民委员会"]),
    ("平舆县妇联联合县民政局、各乡镇民政所开展困境儿童排查。", ["乡镇民政所", "县民政局"]),
    # near misses: over levels, no level word, another category word, people
    ("长汀县妇联联合各级法院开展普法宣传。", []),
    ("冠县妇联联合各有关部门开展宣传。", []),
    ("霍邱县妇联联合各成员单位开展宣传。", []),
    ("部分村委会积极参与环境整治。", []),
    ("各村委会主任参加培训。", []),
    ("在各乡镇党委的领导下，山阳县妇联开展走访。", ["乡镇党委"]),
]

# Family three: a greeting on bodies' behalf (代表…) names no agency (stop 29) in more frames than
# 向…致以问候: 对…表示祝贺, 表示热烈欢迎, a verb of greeting right after the bodies (热烈欢迎, 衷心感谢),
# and a committee with its government written as one word (市委市政府). Near misses stay: acting on
# their behalf (看望慰问, 送上慰问金), and a partner the federation thanks or works with.
PROBES["a_greeting_on_bodies_behalf"] = [
    ("省委书记张某致辞，代表省委、省人大常委会、省政府、省政协向出席会议的各位代表表示热烈欢迎。", []),
    ("长汀县县长代表长汀县委长汀县政府对大会的召开表示热烈祝贺。", []),
    ("冠县县长代表冠县人民政府热烈欢迎各位来宾。", []),
    ("霍邱县委书记代表霍邱县委、霍邱县人民政府衷心感谢全县妇女的辛勤付出。", []),
    ("山阳县县长代表山阳县委、县政府对受表彰的妇女表示祝贺。", []),
    # near misses: acting on their behalf, a partner thanked or working with the federation
    ("县委副书记代表县委、县政府看望慰问困难妇女。", ["县人民政府", "县委"]),
    ("张某代表长汀县民政局向困难妇女送上慰问金。", ["长汀县民政局"]),
    ("县妇联联合县民政局对困难妇女表示慰问并送上慰问金。", ["县民政局"]),
    ("县妇联感谢县民政局的大力支持。", ["县民政局"]),
]
