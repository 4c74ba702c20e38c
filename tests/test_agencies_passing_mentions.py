"""Bodies named in passing, in clauses with no partner word (stop 23 probe audit): where people
work, study, were placed or stay, whose people the work is for, where figures come from, a body
described. Sentences written for each frame, not report text; each frame has a negative that
keeps a partner (a partner word, a body hosting the work, its staff serving)."""

from __future__ import annotations

import pytest

from womenfed.entities import extract_entities

from .conftest import probe_cases


def _agencies(sentence: str) -> list[str]:
    return [entity.canonical for entity in extract_entities(sentence) if entity.type == "agency"]


# Families dropped in stop 23 because they lost on the test half's totals: known gaps.
DROPPED = pytest.mark.xfail(strict=True, reason="rule dropped in stop 23: lost on the test half")

# Each frame's sentences, named by what the frame says about the body (the test ids).
FRAMES = {
    "a_persons_workplace_or_school_is_no_partner": [
        # a verb of a person's place in the body right after it: workplace, school, employer, hospital
        ("她在县第一中学读书时就开始参加志愿服务", []),
        ("丈夫常年在县建筑公司务工", []),
        ("帮助20名妇女到县服装有限公司就业", []),
        ("将12名困难妇女推荐到县家政服务有限公司上岗", []),
        ("她的孩子在县实验小学上学", []),
        ("村里的留守儿童大多在镇中心小学就读", []),
        ("在县医院住院的困难妇女得到了救助", []),
        ("她曾在县供销社工作多年", []),
        ("她于2010年进入县纺织有限公司工作", []),
        ("协商剩余劳动力转移到xx服装厂就业", []),  # a sample site's mask is part of the name
        ("在县民政局登记注册的社会组织达30家", []),
        ("在县人民医院分娩的产妇可领取爱心包", []),
        ("她在县税务局挂职锻炼", []),
        # 是 … 的 + one of its people: a person's workplace
        ("张大姐是县农商银行的一名柜员", []),
        ("李某是城关镇卫生院的护士", []),
        # the body hosting or doing the work stays a partner
        ("县妇联在县人民医院开展两癌筛查", ["县人民医院"]),
        ("县妇联联合县人社局开展就业培训", ["县人力资源和社会保障局"]),
        ("县妇联与县人民医院工作人员一起走进社区", ["县人民医院"]),
        ("在县人民医院工作人员的帮助下完成登记", ["县人民医院"]),
        ("这是县人民医院的第三次义诊", ["县人民医院"]),
    ],
    "a_body_whose_people_are_the_audience_is_no_partner": [
        # the body's people after it, the work for them or they take part: whose people they are
        ("为县人民医院的女职工开展心理健康讲座", []),
        ("为县实验中学的师生上了一堂安全课", []),
        ("县纺织有限公司的女职工踊跃报名", []),
        ("县第一中学的学生在家长陪同下参加活动", []),
        ("活动吸引了县直机关、县人民医院等单位的200余名女职工参加", []),
        ("县人民医院、县中医院等单位的女职工代表参加了比赛", []),
        # a partner word, or the body's staff serving, keeps it a partner
        ("邀请县实验小学的学生表演节目", ["县实验小学"]),
        ("县人民医院的医生为妇女免费义诊", ["县人民医院"]),
        ("县人民医院、县中医院等单位的专家参加义诊", ["县人民医院", "县中医院"]),
        ("联合县实验中学为学生家长开展讲座", ["县实验中学"]),
    ],
    "a_source_of_figures_is_no_partner": [
        # 据 and a word of figures or an account after the body: the source of what is cited
        ("据县统计局数据显示全县有妇女12万人", []),
        ("据县民政局统计，全县有留守儿童3000余名", []),
        ("根据县人社局的调查，返乡妇女逐年增多", []),
        ("据县人民医院介绍，筛查已覆盖全县", []),
        # the issuer of a notice the work follows, and a body after 据 doing the work, stay listed
        ("根据县委宣传部《关于开展家风建设的通知》要求开展活动", ["县委宣传部"]),
        ("根据县委提出的要求开展宣讲", ["县委"]),
        ("县统计局联合县妇联开展妇女发展状况调查", ["县统计局"]),
    ],
    "a_body_described_or_founded_by_a_person_is_no_partner": [
        # a body opening its clause before a description, or founded by the person told about
        ("县人民医院是一所二级甲等综合医院", []),
        ("县农商银行成立于2005年", []),
        ("阜阳市美丽服饰有限公司位于城关镇工业园区", []),
        ("她创办的阜阳市美丽服饰有限公司吸纳了30名妇女就业", []),
        # a body that acts, or a description after a partner word, stays
        ("县人民医院为妇女开展免费筛查", ["县人民医院"]),
        ("县妇联与成立于2005年的县农商银行签订协议", ["县农村商业银行"]),
        ("县人民医院是此次义诊的承办单位", ["县人民医院"]),
    ],
    "a_body_before_its_premises_is_the_venue": [
        # 在 before a body and a part of its premises after it, with or without 的: the venue
        ("在县人民医院门诊大厅设立宣传台", []),
        ("在县第一中学体育馆举办亲子运动会", []),
        ("活动在城关镇中心小学操场举行", []),
        ("培训在县职业技术学校的多媒体教室进行", []),
        # a verb before the room makes it the work's object; a body hosting the work stays
        ("在县人民医院设立母婴室", ["县人民医院"]),
        ("在县人民医院开展现场义诊", ["县人民医院"]),
    ],
    "the_units_members_come_from_are_no_partners": [
        # members, trainees or delegates who come from bodies: the bodies are where they work
        ("县妇联执委来自县人民医院、县农商银行等单位", []),
        ("参训学员分别来自县人民医院、县中医院等单位", []),
        # staff who serve, or bodies that give, after 来自 stay partners
        ("来自县人民医院的专家为妇女义诊", ["县人民医院"]),
        ("来自县司法局、县教育局等单位的帮扶资金共计20万元", ["县司法局", "县教育局"]),
    ],
    "no_name_runs_over_a_plural_of_people": [
        # a plural of people (们) closes a noun phrase: no name runs over it (同学们|学会 is no 学会)
        ("让同学们学会客观理性地看待自己的情感", []),
        ("姐妹们协会成立了", []),
        # a body after the people is still read
        ("同学们与县青少年活动中心一起开展研学", ["县青少年活动中心"]),
        ("我们联合县人社局开展招聘", ["县人力资源和社会保障局"]),
    ],
    "an_inviting_word_opens_no_name": [
        # an inviting word opens no name, whatever jieba's tag (its dictionary reads 特邀 as a name)
        ("特邀县律师协会的律师开展法律咨询", ["县律师协会"]),
        ("特聘县人民医院专家为学员授课", ["县人民医院"]),
        ("诚邀县律师协会律师开展咨询", ["县律师协会"]),
    ],
    "a_place_is_not_cut_after_a_joining_character": [
        # a gazetteer place whose first characters are a joining word keeps them
        ("同仁县人民医院开展义诊", ["同仁县人民医院"]),
        ("和平县人民医院派出医生参加义诊", ["和平县人民医院"]),
        ("联合同心县民政局开展排查", ["同心县民政局"]),
        # a joining character before a bare level word, or a partner word of two, stays outside
        ("县妇联和县民政局联合开展", ["县民政局"]),
        ("县妇联会同县民政局开展排查", ["县民政局"]),
        ("联合镇卫生院开展两癌筛查", ["镇卫生院"]),
    ],
    "a_list_of_recipients_receives": [
        # every body of a list after a recipient word receives the gift or the report
        pytest.param("为城关镇中心小学、县第二小学捐赠图书", [], marks=DROPPED),
        pytest.param("向县儿童福利院和县特殊教育学校赠送学习用品", [], marks=DROPPED),
        pytest.param("县妇联向县委、县政府专题汇报妇女工作", [], marks=DROPPED),
        # a list after a partner word, or a body after 向 that is asked to act, stays
        ("联合县人民医院、县中医院为妇女捐赠药品", ["县人民医院", "县中医院"]),
        ("向县人社局推荐优秀女性", ["县人力资源和社会保障局"]),
    ],
    "a_body_named_as_a_place_is_no_partner": [
        # a place word after the body, or a distance word before it: the body names a place
        ("镇政府所在地设有妇女之家", []),
        ("村委会距离镇政府5公里", []),
        ("在县人民医院附近设立咨询台", []),
        # a body that acts or supports stays
        ("得益于县人民医院的支持", ["县人民医院"]),
        ("县人民医院的医生在附近社区开展义诊", ["县人民医院"]),
    ],
    "a_facility_relied_on_is_a_platform": [
        # a facility, venue or medium relied on is the platform the work runs from
        pytest.param("依托县妇女儿童活动中心开展培训", [], marks=DROPPED),
        pytest.param("依托县图书馆开展亲子阅读", [], marks=DROPPED),
        pytest.param("依托县融媒体中心开展宣传", [], marks=DROPPED),
        # an organ or a school relied on, or a facility after another partner word, stays
        ("依托县人社局开展技能培训", ["县人力资源和社会保障局"]),
        ("依托县职业技术学校开展培训", ["县职业技术学校"]),
        ("联合县图书馆开展亲子阅读", ["县图书馆"]),
        ("联合县妇女儿童活动中心开展培训", ["县妇女儿童活动中心"]),
    ],
    "bodies_invited_to_a_meeting_are_guests": [
        # bodies invited to a meeting or ceremony they only attend are guests (stop 16)
        ("邀请县人社局、县民政局等单位参加座谈会", []),
        ("邀请县人社局参加了妇女创业座谈会", []),
        ("邀请县委宣传部出席启动仪式", []),
        # invited to work they serve; a partner word of working together keeps them
        ("邀请县人民医院参加义诊", ["县人民医院"]),
        ("邀请县委宣传部参加义诊", ["县委宣传部"]),
        ("联合县人社局、县民政局等单位参加座谈会", ["县人力资源和社会保障局", "县民政局"]),
    ],
}


@pytest.mark.parametrize("sentence, expected", list(probe_cases(FRAMES)))
def test_a_body_named_in_passing(sentence, expected):
    assert _agencies(sentence) == expected
