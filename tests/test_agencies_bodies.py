"""One body or a kind of unit, a place or a common word, a partner or an outlet: the patterns
that decide whether an organisation name found by the grammar names one partner. Sentences
written for each pattern (not report text); the places are gazetteer names."""

from __future__ import annotations

import pytest

from womenfed.agencies import find_agencies, without_scope


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(e.name, e.canonical) for e in find_agencies(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a suffix after common nouns names a kind of unit, not one body
    ("全镇开办妇女学校三期", []),
    ("各村普遍建立了社区学校", []),
    ("召开执行委员会全体会议", []),
    # a proper noun makes one body of the same grammar
    ("合肥工业大学的教授现场授课", [("合肥工业大学", "合肥工业大学")]),
    # so does a scope, and a partner word in the clause
    ("临泉县律师协会派出律师坐班", [("临泉县律师协会", "临泉县律师协会")]),
    ("会同艺术学校开设手工编织班", [("艺术学校", "艺术学校")]),
])
def test_a_kind_of_unit_is_no_body(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a facility suffix after a body that is no standard one: a place of service ...
    ("县妇女儿童服务中心建成投用", []),
    # ... unless the clause says it works with the federation
    ("县妇联依托县妇女儿童服务中心开展培训", [("县妇女儿童服务中心", "县妇女儿童服务中心")]),
    # organs (局, 办) and standard facilities need no such word
    ("县乡村振兴局落实帮扶资金", [("县乡村振兴局", "县乡村振兴局")]),
    ("镇卫生院为妇女免费体检", [("镇卫生院", "镇卫生院")]),
])
def test_a_facility_is_a_partner_only_with_a_partner_word(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # common words before a level word are no place: the name starts at the level
    ("夯实基础街道党工委牵头推进", [("街道党工委", "街道党工委")]),
    # a gazetteer place that jieba tags a common noun stays (平舆 is a county)
    ("联合平舆县人社局开展招聘", [("平舆县人社局", "平舆县人力资源和社会保障局")]),
    # a rare word before a village level may be the village's name and stays
    ("东风村村委会组织妇女参加", [("东风村村委会", "东风村村民委员会")]),
    # a level inside a word is no level
    ("联合城市管理局开展整治", [("城市管理局", "城市管理局")]),
])
def test_the_left_edge_of_a_scope(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "来源：临泉县人民政府网",
    "信息来源: 临泉县民政局",
    "临泉县人民政府门户网站",
    "临泉县卫生健康委员会公众号推送了讲座预告",
])
def test_outlets_and_page_labels_name_no_partner(sentence):
    assert _found(sentence) == []


def test_a_body_with_net_in_its_own_name_stays():
    # 网信办 is a body of its own; 网格员 are the bureau's staff, not its website
    assert _found("县妇联联合县委网信办开展网络安全宣传") == [
        ("县委网信办", "县委网络安全和信息化委员会办公室")]
    assert _found("县民政局网格员上门走访") == [("县民政局", "县民政局")]


def test_standard_sectors_listed_before_departments():
    assert _found("会同民政、信访、农业农村等部门化解矛盾") == [
        ("民政", "民政局"), ("信访", "信访局"), ("农业农村", "农业农村局")]
    assert _found("发改、编办等部门共同研究") == [
        ("发改", "发展和改革委员会"), ("编办", "机构编制委员会办公室")]


@pytest.mark.parametrize("name, bare", [
    ("县人力资源和社会保障局", "人力资源和社会保障局"),
    ("临泉县民政局", "民政局"),
    ("镇计划生育办公室", "计划生育办公室"),
    ("市委", "市委"),  # 委 alone is no body
    ("东风村镇银行", "东风村镇银行"),  # 银行 alone could be any bank
    ("民政局", "民政局"),
])
def test_without_scope(name, bare):
    assert without_scope(name) == bare


@pytest.mark.parametrize("sentence, expected", [
    # a category word counts every bare item of its list: kinds of unit
    ("部分乡镇卫生院、派出所积极参与", []),
    # ... but 各 before a level lists every item where the clause makes them partners (stop 31, row 6)
    ("各乡镇卫生院、派出所积极参与", [("乡镇卫生院", "乡镇卫生院"), ("派出所", "派出所")]),
    ("部分行政村、居委会、企事业单位的代表参加培训", []),
    # a scoped item after it is one body
    ("有关部门、县民政局共同研究", [("县民政局", "县民政局")]),
])
def test_a_category_word_counts_every_bare_item_of_its_list(sentence, expected):
    assert _found(sentence) == expected


def test_the_offices_of_a_committee_and_a_government():
    # short and full forms of one office share a canonical name, with the scope kept
    assert _found("县委办、县政府办联合印发方案") == [
        ("县委办", "县委办公室"), ("县政府办", "县人民政府办公室")]
    assert _found("县委办公室牵头") == [("县委办公室", "县委办公室")]
    assert _found("镇党委办牵头") == [("镇党委办", "镇党委办公室")]


def test_a_number_before_a_suffix_names_no_body():
    # a scan's space between a count and the next word: 60 and 庭 are no court
    assert _found("走访困难户近 60 庭,其余转交") == []
    # a space a scan put inside a real name does not make it standard or not
    assert _found("联合县 民政局开展走访") == [("县 民政局", "县民政局")]


def test_a_quoted_programme_inside_a_body_name():
    assert _found("成立由副县长任组长的临泉县“春蕾计划”工作领导小组") == [
        ("临泉县“春蕾计划”工作领导小组", "临泉县春蕾计划工作领导小组")]


@pytest.mark.parametrize("sentence, expected", [
    # standard bodies of the mass organisations and departments, by their short forms
    ("联合青联开展青年女性联谊活动", ("青联", "青年联合会")),
    ("少工委与县妇联共同举办六一活动", ("少工委", "少先队工作委员会")),
    ("联合残工委走访残疾妇女", ("残工委", "残疾人工作委员会")),
    ("县供销社帮助妇女销售农产品", ("县供销社", "县供销合作社")),
    ("联合县体育局举办广场舞比赛", ("县体育局", "县体育局")),
])
def test_more_standard_bodies_by_their_short_forms(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # the office that works for the women and children's committee is the committee itself
    ("联合平舆县妇儿工委办开展督导", [("平舆县妇儿工委办", "平舆县妇女儿童工作委员会")]),
    ("联合县妇女儿童工作委员会办公室开展督导", [("县妇女儿童工作委员会办公室", "县妇女儿童工作委员会")]),
    ("联合县妇儿工委开展督导", [("县妇儿工委", "县妇女儿童工作委员会")]),
    # other committees' offices stay bodies of their own
    ("联合县委网信办开展宣传", [("县委网信办", "县委网络安全和信息化委员会办公室")]),
])
def test_the_office_of_the_womens_and_childrens_committee_is_the_committee(sentence, expected):
    assert _found(sentence) == expected
