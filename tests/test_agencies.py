"""The organisation-name grammar on sentences written for each pattern (not report text)."""

from __future__ import annotations

import pytest

from womenfed.agencies import (
    agency_role,
    canonical_agency,
    find_agencies,
    one_name_per_body,
    without_the_author,
)
from womenfed.entities import extract_entities
from womenfed.names import Entity

from .agencies_probes_stop28c import OWN_LEADERSHIP
from .conftest import known_because


def _names(sentence: str) -> list[str]:
    return [e.name for e in find_agencies(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # scope + body + suffix, with a standard body behind a place name
    ("甲乙县妇联携手甲乙县民政局走访困难家庭", ["甲乙县民政局"]),
    # strong suffixes need no scope
    ("丙丁基金会捐赠图书三百册", ["丙丁基金会"]),
    ("东风村镇银行为女性创业者放款", ["东风村镇银行"]),
    ("省巾帼志愿者协会派出讲师", ["省巾帼志愿者协会"]),
    ("联合当地法院开展以案说法", ["当地法院"]),
    # standard bodies and their short forms without a scope
    ("邀请卫计委专家讲解孕期保健", ["卫计委"]),
    ("计生协与团委共同举办青春讲座", ["计生协", "团委"]),
    ("综治中心受理家庭纠纷", ["综治中心"]),
    # a department of a party committee stays one body
    ("县委宣传部指导拍摄家风短片", ["县委宣传部"]),
    # two leadership bodies written together are two
    ("在县委县政府的关心下", ["县委", "县政府"]),
    # a walk over a leading verb sheds it
    ("走访乙县人社局了解政策", ["乙县人社局"]),
    # a body whose help the clause names (在…的助力下) works with the federation
    ("在甲乙公益协会的助力下开展义卖", ["甲乙公益协会"]),
    # a bank's managing branch joins its name
    ("在甲乙银行丙丁管理行的支持下发放贷款", ["甲乙银行丙丁管理行"]),
    # a university by the standard short form of its field
    ("邀请甲乙农大、丙丁师大的专家授课", ["甲乙农大", "丙丁师大"]),
    # a label for a kind of unit before a name is no part of it
    ("邀请了来自共建单位甲乙银行的工作人员担任评委", ["甲乙银行"]),
    ("联合爱心企业丙丁食品有限公司捐赠物资", ["丙丁食品有限公司"]),
    ("联合县企业家协会开展培训", ["县企业家协会"]),
    # a joining word that opens a place name with the scope after it still joins (和|县)
    ("县妇联和县教委联合开展竞赛", ["县教委"]),
])
def test_names_follow_the_grammar(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "全部干部参加了培训",          # 部 ends 全部 and 干部
    "按照县委统一部署推进工作",    # 部 opens 部署: only 县委 is a body
    "围绕中心工作开展宣传",        # 中心工作 is no body
    "党和政府的温暖送到家门口",    # a leadership word without a scope is no one body
    "全镇38个社区居委会都有妇女之家",  # a count of units is not a partner
    "开展法治教育进学校活动",      # 教育进学校 is a phrase, not a school
    "县委书记出席会议",            # a person's title
])
def test_words_that_only_look_like_bodies_are_left_out(sentence):
    found = _names(sentence)
    assert all(name not in ("全部", "干部", "中心", "政府", "社区居委会", "教育进学校")
               for name in found), found
    if "县委" in sentence and "部署" not in sentence:
        assert found == []


def test_county_committee_before_a_deployment_is_still_found():
    assert _names("按照县委统一部署推进工作") == ["县委"]


def test_bare_sectors_in_a_list_become_one_agency_each():
    entities = find_agencies("会同公安、民政和教育等部门开展排查")
    assert [e.name for e in entities] == ["公安", "民政", "教育"]
    assert [e.canonical for e in entities] == ["公安局", "民政局", "教育局"]


@pytest.mark.parametrize("sentence, expected", [
    # a scope before the first listed sector stays with it and is shared down the list (stop 32c)
    ("会同县民政、教育、卫健等部门开展排查", [("县民政", "县民政局"), ("教育", "县教育局"),
                                           ("卫健", "县卫生健康委员会")]),
    # a list that ends in 部门 without 等
    ("县妇联与民政、司法部门联合调解", [("民政", "民政局"), ("司法部门", "司法局")]),
    # a standard name with a conjunction inside is one body
    ("县妇联联合县教育和体育局开展家访", [("县教育和体育局", "县教育局")]),
    # a list a partner word opens: bare sectors are bodies there ...
    ("会同民政、残联开展入户走访", [("民政", "民政局"), ("残联", "残疾人联合会")]),
    # ... a long official name is one body
    ("联合甲乙县人民政府妇女儿童工作委员会办公室发文",
     [("甲乙县人民政府妇女儿童工作委员会办公室", "甲乙县人民政府妇女儿童工作委员会办公室")]),
])
def test_listed_and_conjoined_names(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


def test_bare_sectors_as_topics_are_no_bodies():
    assert _names("开展教育、卫生、农业等技能培训") == []


def test_a_list_under_a_plain_heading_is_kept():
    assert _names("会议邀请了:县民政局、县教育局") == ["县民政局", "县教育局"]


def test_a_listed_sector_after_an_introducing_verb():
    assert _names("结合司法等相关部门化解矛盾") == ["司法"]


def test_short_forms_share_one_canonical_name_and_keep_their_place():
    assert canonical_agency("卫计委") == canonical_agency("卫健委") == \
        canonical_agency("卫生健康委员会")
    assert canonical_agency("人社局") == canonical_agency("人力资源和社会保障局")
    assert canonical_agency("甲县人社局") != canonical_agency("乙县人社局")
    assert canonical_agency("甲县人社局") == canonical_agency("甲县人力资源和社会保障局")
    assert canonical_agency("团县委") != canonical_agency("团市委")


@pytest.mark.parametrize("name, role", [
    ("县委", "leadership"), ("区政府", "leadership"), ("镇党委", "leadership"),
    ("街道党工委", "leadership"), ("团县委", "partner"), ("县民政局", "partner"),
    ("县委组织部", "partner"), ("村镇银行", "partner"),
])
def test_leadership_bodies_are_tagged(name, role):
    assert agency_role(name) == role


def test_rare_characters_stay_inside_a_name():
    # U+3659 (CJK Extension A) in a township's name
    assert _names("\u3659头镇卫生院开展两癌筛查") == ["\u3659头镇卫生院"]


@pytest.mark.parametrize("sentence, expected", [
    ("3月8日县政府召开表彰会", ["县政府"]),             # a date ends a name on its left
    ("二〇一九年市政府出台意见", ["市政府"]),
    ("在街道工委、办事处的领导下", ["街道工委", "办事处"]),  # working committee; bare 办事处
    ("县妇联和县教委等十家单位联合发文", ["县教委"]),      # 县教 is no word, 教委 is a body
    ("省妇女联合会与省总工会共同表彰", ["省总工会"]),     # the federation itself is no partner
    ("会同科协、成校、农技等部门举办培训", ["科协", "成校", "农技"]),
])
def test_more_patterns_of_names(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a nominal verb (建设, 管理) inside a name does not end it on the left
    ("依托甲乙社区家庭文明建设指导中心开展讲座", ["甲乙社区家庭文明建设指导中心"]),
    ("3月5日市家庭文化建设促进会召开年会", ["市家庭文化建设促进会"]),
    # ... but a scope right of such a word starts the name
    ("加强管理县民政局下属机构", ["县民政局"]),
    # a place in parentheses stays inside a company's name
    ("联合丙丁(中国)有限公司开展捐助", ["丙丁(中国)有限公司"]),
    # a verb-tagged word that is the whole body is kept (培华 is tagged v by jieba)
    ("会同培华艺校举办手工培训", ["培华艺校"]),
    # the longest dictionary word decides: 解放日报 is a name, not 解放 + 日报
    ("联合解放日报报业集团主办论坛", ["解放日报报业集团"]),
    # a suffix that ends another suffix is part of the name (委员会 + 办公室)
    ("由市妇女儿童工作委员会办公室主办", ["市妇女儿童工作委员会办公室"]),
    # a one-character boundary that ends a longer word (信用) does not cut the name
    ("联合县农村信用合作联社推出贴息贷款", ["县农村信用合作联社"]),
    # a conjunction ends a name even where jieba reads a word across it (协和)
    ("计生协和团委共同组织青春讲座", ["计生协", "团委"]),
    # a sector named by its standard body and 线
    ("镇妇联与农业线联合举办技术培训", ["农业线"]),
    # a nominal verb right of which no scope word follows stays inside (建设银行)
    ("携手中国建设银行甲县支行发放贷款", ["中国建设银行甲县支行"]),
    # a space a scan put inside a name; the canonical name drops it
    ("联合县 民政局开展走访", ["县 民政局"]),
])
def test_names_inside_and_around_organisation_names(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "代表团走进甲乙科技有限公司了解女性创业情况",   # a place visited
    "组织妇女到丙丁农业科技有限公司参观学习",       # 到 … 参观: a venue
    "建成儿童友好医院1个、儿童友好学校10个",        # counts of units, written after
    "为甲乙小学捐赠图书五百册",                     # 为 … 捐赠: a recipient
    "授予甲乙医院妇产科等十个单位三八红旗集体称号",  # an honoured unit
    "甲乙县第一人民医院荣获全国巾帼文明岗",         # an honoured unit
    "表彰先进集体:丙县人民医院、丙县第一中学",      # a list under an honour heading
    "全国三八红旗集体:甲县人民医院妇产科、乙县公安局",  # a list under an honour's name
    "县妇联内设办公室、宣传部和权益部",             # the federation's own departments
    "我县农村党支部完成换届",                       # a kind of unit, not one body
    "县人大常委会副主任出席会议",                   # an official's title, not a partner
    "各级人大女代表、政协女委员参加座谈",           # delegates, not bodies
    "甲乙日报、甲乙电视台等媒体进行了报道",         # media reporting are no partners
    "建设1000个家庭教育指导中心",                   # a count of units
    "她曾在丙丁乡卫生院当过护士",                   # 在 … 当过: a workplace, not a partner
    "甲市公安局乙分局妇联表演了合唱",               # a branch hosting a federation unit
    "县委常委、县人武部政委出席会议",               # a political commissar, a person
    "代表县妇女联合会第三届执行委员会作报告",       # the federation's own organ of a term
    "邀请甲乙省营养学会第五届理事会监事张老师出席",  # a council member's title who attends
    "丙丁基金会理事李某出席",                       # a board member's title
    "代表来自教育、卫健和农业等各个单位、部门的妇联组织",  # sectors hosting federation units
])
def test_places_honoured_units_and_kinds_are_no_partners(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # media, venues and teams are partners when the clause says they work with the federation
    ("由甲乙晚报承办女性与新闻研讨会", ["甲乙晚报"]),
    ("联动甲乙烈士陵园打造红色路线", ["甲乙烈士陵园"]),
    ("现场,甲乙志愿者总队提供心理咨询", ["甲乙志愿者总队"]),
    # a body that hosts an activity with 在 is kept: it usually co-runs it
    ("在镇新时代文明实践站组织开展结对帮扶", ["镇新时代文明实践站"]),
])
def test_cued_suffixes_need_a_partner_word(sentence, expected):
    assert _names(sentence) == expected


def test_standard_bodies_behind_a_scope_are_standard():
    # 农业农村局's canonical name equals its alias; the scope still makes it a standard body
    assert _names("联合县农业农村局、县人社局开展技能培训") == ["县农业农村局", "县人社局"]
    assert canonical_agency("龙门街道办事处") == "龙门街道办事处"  # no level written twice
    assert canonical_agency("农业线") == canonical_agency("农业局")
    assert canonical_agency("县 民政局") == canonical_agency("县民政局")


@pytest.mark.parametrize("sentence, expected", [
    # a bare government joined to a scoped party committee is that place's government
    ("丙乡妇联在丙乡党委、政府的支持下办好实事", [("丙乡党委", "丙乡党委"), ("政府", "丙乡人民政府")]),
    ("戊州党委和政府高度重视儿童工作", [("戊州党委", "戊州党委"), ("政府", "戊州人民政府")]),
    # written together the pair is two bodies as well (stop-17 adjudication)
    ("在镇党委政府的关心下建起妇女之家", [("镇党委", "镇党委"), ("政府", "镇人民政府")]),
    # 领导下 is the leadership construction, 领导 alone a person; the list's second item takes the
    # first item's place (stop-30 adjudication, row 1)
    ("在己县县委、县政府领导下推进工作", [("己县县委", "己县县委"), ("县政府", "己县人民政府")]),
])
def test_a_government_conjoined_to_a_party_committee(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected
    assert all(e.role == "leadership" for e in find_agencies(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # 党组织 after a body's name or a scope is that body's party organisation, a leadership body
    ("以壬县林业工作部门党组织为引领", [("壬县林业工作部门党组织", "leadership")]),
    ("癸镇卫生院党组织带领职工参加义诊", [("癸镇卫生院党组织", "leadership")]),
    ("社区党组织牵头开展议事", [("社区党组织", "leadership")]),
    # after a common noun or a category word it names a kind of unit
    ("非公企业党组织覆盖率达到九成", []),
    ("全县各级党组织积极参与", []),
    ("加强基层党组织建设", []),
])
def test_a_bodys_party_organisation_is_a_leadership_body(sentence, expected):
    assert [(e.name, e.role) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # a modifier of the official's post (专职, 兼职, 名誉) keeps the body the official's employer
    "壬癸开发区管理局党委专职副书记李某表示",
    "壬县民政局兼职副局长出席",
    "癸县慈善协会名誉会长出席活动",
])
def test_an_officials_post_with_its_modifier_names_the_employer(sentence):
    assert find_agencies(sentence) == []


@pytest.mark.parametrize("sentence", [
    "党委、政府的温暖送到妇女身边",      # no scope: no one body
    "镇党委、政府领导到场慰问",          # officials, not a body
    "乙县县委、政府网发布通知",          # an outlet
])
def test_no_government_without_a_scope_or_as_a_title(sentence):
    assert "政府" not in _names(sentence)


def test_a_standing_committee_is_a_body_and_its_member_a_person():
    assert _names("6月5日,甲乙县委常委会专题研究妇女工作") == ["甲乙县委常委会"]
    assert _names("甲乙县委常委到会讲话") == []


def test_masked_names_keep_their_mask():
    # sample-text sites mask place and proper names with x, X or ×
    assert _names("镇妇联联合xx镇司法所和XX丁丁律师事务所开展普法") == ["xx镇司法所", "XX丁丁律师事务所"]
    assert _names("联合Box县民政局开展活动") == ["县民政局"]  # a latin word is no mask


@pytest.mark.parametrize("sentence, expected", [
    ("努力争取党委和群众的认可", []),               # a verb before a bare 党委 leaves no body
    ("认真贯彻乙县妇儿工委的部署", ["乙县妇儿工委"]),  # an idiom opens no name
    ("欢迎访问丙区政府门户网", []),                 # the portal is an outlet
])
def test_left_words_and_outlets_are_shed(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # party departments by their short forms, also where the short form is a verb (组织, 宣传)
    ("会同组织、宣传、统战等部门开展调研", [("组织", "组织部"), ("宣传", "宣传部"), ("统战", "统战部")]),
    ("积极向组织部门推荐优秀女干部", [("组织部门", "组织部")]),
])
def test_party_departments_by_their_short_forms(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence", ["组织部署全年工作", "组织部分妇女参加培训", "宣传部署要求"])
def test_the_verbs_alone_are_no_department(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("3.甲乙县中医院年度妇委会工作总结 4.丙区教育局", ["丙区教育局"]),   # a listed report's author
    ("戊己县民政局2021年工作计划", []),
    ("联合丙区人社局总结创业经验", ["丙区人社局"]),                   # 总结 as a verb: a partner
])
def test_the_author_of_a_listed_report_title_is_no_partner(sentence, expected):
    assert _names(sentence) == expected


def test_sector_short_forms_and_cadre_schools():
    found = find_agencies("会同住建、城管、市场监管等部门,邀请省妇干校教师授课")
    assert [(e.name, e.canonical) for e in found] == [
        ("住建", "住房和城乡建设局"), ("城管", "城市管理局"), ("市场监管", "市场监督管理局"),
        ("省妇干校", "省妇女干部学校")]


@pytest.mark.parametrize("sentence, expected", [
    # one department at three levels: 局 (county), 厅 (province), 部 (State Council)
    ("会同商务厅和文化和旅游部开展调研", [("商务厅", "商务厅"), ("文化和旅游部", "文化和旅游部")]),
    ("人力资源社会保障部印发就业通知", [("人力资源社会保障部", "人力资源社会保障部")]),
    # the highest court and the State Council are scopes of their bodies
    ("最高人民检察院发布指导案例", [("最高人民检察院", "最高人民检察院")]),
    ("国务院办公厅转发意见", [("国务院办公厅", "国务院办公厅")]),
    # a department behind the party committee it belongs to
    ("丙县委编办核定编制", [("丙县委编办", "丙县委机构编制委员会办公室")]),
    # a standard name that opens with a common word keeps it (团 is no word before a place)
    ("团县委联合开展青春课堂", [("团县委", "县共青团委员会")]),
])
def test_bodies_at_every_level(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a registered company or firm is one body whatever common words name its trade
    ("鑫源家政服务有限公司吸纳妇女就业", ["鑫源家政服务有限公司"]),
    # the staff written after a body end its name, even where jieba reads one word across
    ("邀请诚信律师事务所律师解答咨询", ["诚信律师事务所"]),
    ("县职业中专开设育婴师课程", ["县职业中专"]),
])
def test_registered_names_and_their_staff(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "在鑫源服装有限公司、红星电子有限公司分别建立了妇联",   # a list where branches were set up
    "在宏达科技有限公司,成立了妇委会",
])
def test_where_the_federation_sets_up_a_branch_is_no_partner(sentence):
    assert _names(sentence) == []


def test_a_partner_before_a_branch_built_elsewhere_stays():
    assert _names("在县委组织部的支持下，在非公企业建立妇联") == ["县委组织部"]


@pytest.mark.parametrize("sentence, expected", [
    # a mask a sample-text site put over a place stays, the body behind it is read as usual
    ("联合XX县人社局开展培训", [("XX县人社局", "XX县人力资源和社会保障局", "partner")]),
    ("在ＸＸ镇党委、政府的领导下", [("ＸＸ镇党委", "ＸＸ镇党委", "leadership"),
                                 ("政府", "ＸＸ镇人民政府", "leadership")]),
    # a masked proper part makes one body of a suffix after common nouns (服装厂)
    ("联合xx服装厂开展技能培训", [("xx服装厂", "xx服装厂", "partner")]),
])
def test_masked_names(sentence, expected):
    assert [(e.name, e.canonical, e.role) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("请来xx师范学院xx分院的教师授课", ["xx师范学院xx分院"]),
    ("联合县农业银行城关支行发放贷款", ["县农业银行城关支行"]),
    ("县人民医院东院分院派出医生", ["县人民医院东院分院"]),
])
def test_a_body_and_its_branch_are_one_name(sentence, expected):
    assert _names(sentence) == expected


def test_a_factory_needs_a_proper_part():
    assert _names("联合县红星服装厂开展技能培训") == ["县红星服装厂"]
    assert _names("建成服装厂两家") == []  # a kind of unit, counted


def test_bodies_listed_before_a_kind_of_organisation():
    assert _names("加强与工会、共青团等群团组织的联系") == ["工会", "共青团"]
    assert _names("民政、教育组织开展排查") == []  # 组织 without 等 is the verb


@pytest.mark.parametrize("sentence, expected", [
    # a time word and a verb before a scoped body are no place (协助 is rarer than 2000)
    ("今年协助县民政局开展困境儿童排查", ["县民政局"]),
    ("去年督促县人民医院落实筛查任务", ["县人民医院"]),
    ("今年借助县总工会的阵地开展培训", ["县总工会"]),
    # ... nor before an unscoped one
    ("今年联手鑫源服装有限公司开设车间", ["鑫源服装有限公司"]),
    # a one-character place before its level stays (己县 is a county)
    ("在己县县委领导下推进工作", ["己县县委"]),
])
def test_time_words_and_verbs_before_a_name_are_shed(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # 和 joins two sectors inside one bureau's name ...
    ("联合丙县自然资源和规划局开展培训", ["丙县自然资源和规划局"]),
    ("丁县文化广电和旅游局送戏下乡", ["丁县文化广电和旅游局"]),
    # ... but not two bodies, nor a scoped body after it
    ("县民政局和教育局联合开展", ["县民政局", "教育局"]),
    ("县委和县政府高度重视", ["县委", "县政府"]),
])
def test_a_conjunction_inside_one_bureau(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("中共丙县县委组织部举办培训", [("中共丙县县委组织部", "丙县县委组织部", "partner")]),
    ("在中共丁县委的领导下", [("中共丁县委", "丁县委", "leadership")]),
    ("共青团丙县委联合开展活动", [("共青团丙县委", "丙县共青团委员会", "partner")]),
])
def test_party_and_youth_league_prefixes(sentence, expected):
    assert [(e.name, e.canonical, e.role) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a sector written bare in a list is its bureau, for every bureau of the lexicon
    ("联合农业、林业、水利等部门开展培训", [("农业", "农业农村局"), ("林业", "林业局"), ("水利", "水利局")]),
    # a partner word's list ends where the work does, without a noun after 等
    ("会同信访、税务等开展走访", [("信访", "信访局"), ("税务", "税务局")]),
])
def test_listed_sectors_of_every_bureau(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "依托文化、教育等资源开展活动",    # 等 + a noun: the items are topics
    "会同民政、教育等方面的力量",
    "联合开展文化、教育等活动",        # the partner word introduces the activity, not a list
])
def test_topics_after_a_partner_word_are_no_bodies(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # 家 ends the word 企业家 here, it is no measure word before the suffix
    ("联合丙县女企业家协会开展结对帮扶", ["丙县女企业家协会"]),
    # a research institute inside an academy is one body
    ("会同省社会科学院社会学研究所开展调研", ["省社会科学院社会学研究所"]),
])
def test_words_before_a_suffix_read_whole(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence", ["深入研究所面临的问题", "研究所长期关注"])
def test_a_research_verb_is_no_institute(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize("sentence", [
    "有关村委会积极配合入户走访",      # units of a kind, not one body (各 + a level: stop 31, row 6)
    "全市各级法院审结婚姻家庭案件",
    "所有派出所设立家暴警情专岗",
])
def test_a_category_word_before_a_body_names_a_kind(sentence):
    assert _names(sentence) == []


def test_a_name_ending_in_a_cued_suffix_is_cued_whatever_suffix_matched():
    assert _names("丙县融媒体中心全程报道了比赛") == []       # the outlet reporting it
    assert _names("联合丙县融媒体中心开展直播带货") == ["丙县融媒体中心"]


@pytest.mark.parametrize("sentence, expected", [
    # a township's offices and stations are named by their sector alone
    ("联合民政办、农技站开展走访", ["民政办", "农技站"]),
    ("林业站、水利站共同参与植树", ["林业站", "水利站"]),
])
def test_a_sector_before_an_organ_suffix(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence", ["以文化站点为阵地", "建设文化中心广场", "把教育局面打开"])
def test_a_sector_inside_other_words_is_no_organ(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("认真贯彻《丙县民政局关于做好困境儿童保障工作的通知》精神", []),   # inside a title
    ("县委宣传部《关于开展文明家庭创建的通知》下发后", ["县委宣传部"]),  # the issuer outside it
])
def test_names_inside_a_document_title_are_no_mentions(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # bodies whose standard short name carries no organ suffix
    ("在丙县人大、丙县政协的关心下", ["丙县人大", "丙县政协"]),
    ("联合共青团中央开展助学", ["共青团中央"]),
    # ... and their members are persons
    ("丙县人大代表视察妇女儿童工作", []),
    ("共青团员积极参与", []),
])
def test_bodies_without_an_organ_suffix(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a line cut inside a sentence is a wrap inside the name ...
    ("联合丙县卫生健\n康委员会开展筛查", [("丙县卫生健\n康委员会", "丙县卫生健康委员会")]),
    ("会同县民政局、县教\n育局开展走访", [("县民政局", "县民政局"), ("县教\n育局", "县教育局")]),
    # ... unless the line opens with a scope or a whole standard body
    ("一、部门联动\n县民政局积极配合", [("县民政局", "县民政局")]),
    ("加强协作\n民政局积极配合", [("民政局", "民政局")]),
])
def test_a_line_break_inside_a_sentence(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


def test_the_federation_spaced_out_by_a_scan_is_still_the_federation():
    assert all("妇" not in e.name for e in find_agencies("县 妇 联 联 合 县 司 法 局 开 展 宣 传"))


@pytest.mark.parametrize("sentence, expected", [
    ("深入丙县第一中学开展法治宣讲", []),            # where the activity was held
    ("深入丙县民政局了解救助政策", ["丙县民政局"]),   # no activity held there
])
def test_going_into_a_place_to_hold_an_activity(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a unit of the body and a person's title after it: the body is an official's employer
    ("丁县委常委、丁县委政法委书记王某出席", []),
    ("戊市委秘书长、市委办公室主任李某讲话", []),
    ("己区政府办副主任赵某主持会议", []),
    # ... but a list's joining word ends the unit, so the first body stays a partner
    ("联合丁县民政局和县残联理事长共同走访", ["丁县民政局"]),
    # ... and a verb after the body opens a clause of its work, no unit of it
    ("丁县总工会组织女工委委员外出学习", ["丁县总工会"]),
])
def test_officials_employers_are_no_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a person's title with a modifier after the body: the body only employs a participant
    ("乙镇卫生院女性干部、丙县中学妇女代表参加了座谈", []),
    ("甲乙农业科技有限公司总经理孙某作交流发言", []),
    ("丁县民政局分管领导和丁县教育局负责人出席", []),
    ("联合丙县人民医院为妇女义诊", ["丙县人民医院"]),
])
def test_participants_employers_are_no_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("本刊由湖南日报报业集团出版发行", []),          # the publisher on a masthead
    ("刊号:CN00-0000 江城晚报传媒集团承印", []),
    ("联合湖南日报报业集团开展寻找最美家庭", ["湖南日报报业集团"]),  # a partner word: media in
])
def test_publishers_and_media_groups_need_a_partner_word(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a unit the work founds or inaugurates is its outcome
    ("区妇联与区民政局联合建立城南区妇女维权服务中心", ["区民政局"]),
    ("乙县婚姻家庭调解委员会揭牌仪式在县城举行", []),
    ("丙县巾帼志愿者协会正式成立揭牌", []),
    # ... a body that founds something stays
    ("丙县总工会成立了女职工委员会", ["丙县总工会"]),
])
def test_founded_and_inaugurated_units_are_outcomes(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place written without its level word before a standard body is its scope
    ("平舆人社局开展技能培训", [("平舆人社局", "平舆人力资源和社会保障局")]),
    ("大田教育局组织健步走", [("大田教育局", "大田教育局")]),
])
def test_a_place_stem_before_a_standard_body(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body conferring an honour on the report's subject gives it, it works with no one
    ("该社区被丁市民政局评为和谐社区", []),
    ("她荣获戊县人民政府颁发的三八红旗手奖章", []),
    ("这个家庭获得己区委、区政府表彰", []),
    # ... while a body honouring together with the federation co-runs the work, also when
    # the two are listed as givers (stop-16 adjudication: joint givers of an honour)
    ("区妇联联合丁市民政局表彰了一批好婆婆", ["丁市民政局"]),
    ("该社区被丁市民政局、市妇联评为和谐社区", ["丁市民政局"]),
    ("丙村被省妇联、省林业厅和绿化委办公室评为先进集体", ["省林业厅", "绿化委办公室"]),
    ("获得戊县人民医院的大力支持", ["戊县人民医院"]),
])
def test_honour_givers_are_no_partners(sentence, expected):
    assert _names(sentence) == expected

@pytest.mark.parametrize("sentence, expected", [
    # 认定为 confers a title like 评为: the units it lists are honoured, not partners ...
    ("被认定为省级巾帼示范基地的是丙丁农业发展有限公司、戊己种植专业合作社", []),
    # ... while the same firm joined by a partner word works with the federation
    ("县妇联联合丙丁农业发展有限公司开展技能培训", ["丙丁农业发展有限公司"]),
])
def test_units_recognised_with_a_title_are_no_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a category word counts the items of its own list (各 before a level lists them: row 6) ...
    ("部分村委会、居委会积极参与", []),
    # ... a partner word after it ends its reach: the list after that names partners
    ("各级妇联会同民政局、司法局等部门开展排查", ["民政局", "司法局"]),
])
def test_a_partner_word_ends_a_categorys_reach(sentence, expected):
    assert _names(sentence) == expected


def test_health_institutions_by_their_short_forms():
    found = find_agencies("丁县疾控中心和县结防所的医生开展义诊")
    assert [e.canonical for e in found] == ["丁县疾病预防控制中心", "县结核病防治所"]


@pytest.mark.parametrize("sentence, expected", [
    # a one-character partner word elsewhere in the clause joins other words, not the body
    ("组织妇女和儿童参加丙丁图书馆的读书活动", []),
    ("留守儿童与家长在丙丁纪念馆听讲解", []),
    # right before the name, or before the list that ends in it, it joins the body to the work
    ("县妇联和丙丁图书馆联合举办读书会", ["丙丁图书馆"]),
    ("县妇联与甲乙艺校、丙丁艺校合作开设培训班", ["甲乙艺校", "丙丁艺校"]),
])
def test_a_one_character_partner_word_works_only_next_to_the_name(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # common words jieba's dictionary tags as proper nouns (阳光 nr, 美丽 ns) name no one body
    ("阳光女子协会组织会员参加活动", []),
    ("美丽家园促进会倡导垃圾分类", []),
    # a rare proper noun or a gazetteer place does
    ("宁波巧手协会组织会员参加活动", ["宁波巧手协会"]),
    ("北京阳光家园协会捐赠图书", ["北京阳光家园协会"]),
])
def test_a_proper_part_is_a_rare_proper_noun_or_a_place(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a room or hall of a body, after its name or ending it, is where a meeting sat
    ("在丙镇政府会议室召开妇女干部会议", []),
    ("在丁县人民政府大礼堂举行表彰大会", []),
    ("在丁县委党校报告厅举办培训班", []),    # a unit of the body, then its hall
    ("在丁县委党校举办女干部培训班", ["丁县委党校"]),  # the school itself hosts the course
])
def test_a_bodys_hall_is_a_venue(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body's people after it, with a recipient or mobilising word before: the audience
    ("为甲乙县第一中学师生开展安全教育讲座", []),
    ("为丙县人民医院女职工开展心理健康讲座", []),
    ("组织丁县实验中学学生参观展览", []),
    # inviting its people makes the body a partner
    ("邀请丙县人民医院医生开展义诊", ["丙县人民医院"]),
])
def test_a_bodys_people_as_audience(sentence, expected):
    assert _names(sentence) == expected


def test_a_village_level_body_after_a_category_list_is_a_kind():
    assert _names("部分村党支部、村委会积极配合做好走访") == []
    assert _names("各村党支部、村委会积极配合做好走访") == ["村党支部", "村委会"]  # stop 31, row 6
    assert _names("联合甲乙村村委会开展环境整治") == ["甲乙村村委会"]


@pytest.mark.parametrize("sentence, expected", [
    # a receiving word, then a collective honour, after the body: an honoured unit
    ("丙县民政局获得全省三八红旗集体", []),
    ("丁县人民医院妇产科护理团队获全国三八红旗集体荣誉", []),
    ("丙丁县人民医院被省妇联命名为省级巾帼文明岗", []),
    # the object of a conferring verb later in its clause
    ("对丙县人民医院等5个单位进行了表彰", []),
    # a receiving word without an honour keeps the partner
    ("丙县民政局获得上级资金支持后联合开展救助", ["丙县民政局"]),
])
def test_honoured_units_are_no_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a page label names the page's furniture, not a partner
    ("(供稿单位:戊县司法局)", []),
    ("主办单位:戊县人民政府办公室", []),
    ("来源:戊县民政局", []),
    ("本网法律顾问:戊县甲乙律师事务所 张律师", []),  # the site's legal counsel in its footer
    # a byline: the author's verb after the name, with or without a space
    ("戊县民政局 供稿", []),
    ("(戊县司法局供稿)", []),
    # the same body in the report's own words is a partner
    ("联合戊县司法局开展普法宣传", ["戊县司法局"]),
])
def test_page_labels_and_bylines_name_no_partner(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list of bodies closed by their officials: each is an official's employer
    ("己县民政局、己县人社局等部门负责人参加会议", []),
    ("己县教育局、己县卫健委相关负责同志参加座谈", []),
    ("民政、人社、卫健等部门分管领导出席", []),
    # a list closed by a verb of joint work, or by people who are no officials, stays
    ("己县民政局、己县人社局等部门联合开展招聘会", ["己县民政局", "己县人社局"]),
    ("联合己县民政局和妇女代表开展走访", ["己县民政局"]),
])
def test_a_list_of_bodies_closed_by_their_officials(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the federation's own units in offices, firms and schools are the federation
    ("庚县直机关妇工委开展读书活动", []),
    ("庚县直机关妇女工作委员会组织女干部参加培训", []),
    ("甲乙公司妇委会联合庚县民政局开展走访", ["庚县民政局"]),  # the firm only hosts it
    ("庚县人民医院妇委会组织义诊", []),
    # a trade union's women's committee and the government's committee are other bodies
    ("庚县总工会女职工委员会联合县妇联开展维权宣传", ["庚县总工会女职工委员会"]),
    ("县妇联联合庚县妇女儿童工作委员会开展执法检查", ["庚县妇女儿童工作委员会"]),
])
def test_the_federations_own_units_are_no_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name alone in brackets as a sentence of its own is the page's byline
    ("(辛县民政局)", []),
    ("（辛乡人民政府）", []),
    # a bracketed name inside a sentence is still a name
    ("辛县民政局(辛县老龄办)联合开展敬老活动", ["辛县民政局", "辛县老龄办"]),
])
def test_a_bracketed_byline_is_the_pages_author(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a category word before a listed sector counts every body of the kind
    ("组织妇女参加各级政府部门举办的培训", []),
    ("积极配合有关民政、司法等部门开展工作", []),
    # but 各级 before a list of sectors names their bodies over levels, listed bare (stop 31)
    ("积极配合各级民政、司法等部门开展工作", ["民政", "司法"]),
    # without it, each sector is one body
    ("联合民政、司法等部门开展普法宣传", ["民政", "司法"]),
])
def test_a_category_word_before_listed_sectors_names_a_kind(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the host of the federations counted, before a closing bracket, is no partner
    ("全县有乡(街道办事处)妇联组织12个", []),
    ("全县有乡镇(街道)妇联12个,辛县民政局给予支持", ["辛县民政局"]),
])
def test_the_host_of_a_federation_behind_a_bracket(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a service point whose only scope is a bare 社区 or 村 is the community's own
    ("依托社区妇女之家服务站,为居民提供咨询", []),
    ("联合村妇女儿童服务中心开展亲子活动", []),
    # behind a place's scope, a partner word still makes it a partner
    ("联合辛县妇女儿童服务中心开展亲子活动", ["辛县妇女儿童服务中心"]),
])
def test_a_bare_community_facility_is_the_communitys_own(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a level character inside a word (乡村振兴, 城市化) closes no scope: no name is cut from it
    ("努力助力乡村振兴开好局", []),
    ("推动城市化进程开新局", []),
    # a scope that ends a word still opens a name
    ("联合辛县农技站开展培训", ["辛县农技站"]),
])
def test_a_scope_ends_where_a_word_ends(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, canonical", [
    # the standard offices of a township government, by their short forms
    ("镇妇联联合社事办开展普法宣传", ["社会事务办公室"]),
    ("镇妇联会同镇经发办开展招聘", ["镇经济发展办公室"]),
])
def test_township_offices_by_their_short_forms(sentence, canonical):
    assert [e.canonical for e in find_agencies(sentence)] == canonical


@pytest.mark.parametrize("sentence, expected", [
    # a body right after 在 with one of its rooms after 的 is where the work happened
    ("演出在壬县民政局的排练室里进行", []),
    ("在壬县总工会的活动室内召开座谈会", []),
    # a facility that is no standard body, right after 在 and before the activity: the venue
    ("县妇联联合县总工会在壬街道文化服务中心举办讲座", ["县总工会"]),
    # the leadership frame after 在 stays, and so does a standard body hosting the work
    ("在壬县委的正确领导下开展工作", ["壬县委"]),
    ("联合壬县民政局在壬县人民医院开展义诊", ["壬县民政局", "壬县人民医院"]),
])
def test_a_body_named_as_where_the_work_happened(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place phrase (a demonstrative, an area word, a modifier) between 在 and the body, then
    # the activity: the body is where it happened, a standard body too
    ("癸镇妇联在该镇卫生院开展免费体检", []),
    ("街道在辖区内百年壬癸纺织厂举办开放日活动", []),
    # any body that is no standard one, right after 在 and before the activity, is the venue
    ("县妇联在壬癸服装有限公司举办技能培训", []),
    # a frame or a body between 在 and the name: 在 governs something else
    ("在县委的领导下,壬癸服装有限公司开展技能培训", ["县委", "壬癸服装有限公司"]),
    ("县妇联联合壬癸服装有限公司开展技能培训", ["壬癸服装有限公司"]),
    ("在该镇卫生院的支持下开展体检", ["镇卫生院"]),
    # a body after 到 that ends its clause is where people went; 得到 and 受到 are no movement
    ("组织妇女到镇卫生院,由医生进行检查", []),
    ("得到县民政局,县人社局的大力支持", ["县民政局", "县人社局"]),
])
def test_a_body_after_a_place_phrase_or_a_movement_is_a_place(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a speaker and 代表 (on behalf of) before the bodies: the names start after the verb
    ("她代表南岭市委、市政府看望慰问困难妇女", ["南岭市委", "市政府"]),
    ("镇党委书记王明代表镇党委、政府为三八红旗手颁奖", ["镇党委", "政府"]),
    ("他代表东坡街道党工委走访慰问辖区困难妇女", ["东坡街道党工委"]),
    # ... but bodies on whose behalf a speaker greets do no work: none (stop 29 of eval/dev)
    ("她代表南岭市委、市政府向全市妇女致以问候", []),
    ("镇党委书记王明代表镇党委、政府向妇女同胞致以祝贺", []),
    ("他代表东坡街道党工委,向辖区妇女致以节日问候", []),
    # a verb or adverb the walk ran over before a party committee of a level
    ("各级妇联要当好县委的好帮手", ["县委"]),
    # 代表 inside a name, and a verb inside a name behind its scope, stay in it
    ("县妇联联合县人民代表大会常务委员会开展调研", ["县人民代表大会常务委员会"]),
    ("县妇联联合县关心下一代工作委员会开展活动", ["县关心下一代工作委员会"]),
    ("县妇联联合北川市保护妇女儿童权益协会开展活动", ["北川市保护妇女儿童权益协会"]),
    # a verb that is a place's stem before its level word opens the place
    ("县妇联联合延长县民政局开展活动", ["延长县民政局"]),
])
def test_a_name_starts_after_its_speaker_and_verb(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a person's school or employer after 毕业于 / 就职于 is no partner
    ("她毕业于东方师范大学,现在村里任教", []),
    ("她就职于南山县人民医院,业余参加志愿服务", []),
    # the same body working with the federation is one
    ("县妇联与东方师范大学签订合作协议", ["东方师范大学"]),
])
def test_a_persons_school_or_employer_in_a_biography(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place whose stem is a common word (沿江 is a locative word) keeps its stem
    ("集市联动沿江镇中心卫生院开展义诊", ["沿江镇中心卫生院"]),
    # a partner verb that is also a place's stem (联合镇) still introduces the name
    ("县妇联联合镇司法所开展普法宣传", ["镇司法所"]),
    # a scope ends where a word ends: 镇|市场监督管理所, not 镇市|场
    ("县妇联联合镇市场监督管理所开展检查", ["镇市场监督管理所"]),
    ("县妇联推动市场主体发展壮大", []),
])
def test_a_place_stem_and_a_scope_end_where_words_end(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list closed by 等机关 and its officials names the officials' employers
    ("学员有来自县信访局、县残联、县供销社等机关干部,也有基层妇女代表", []),
    # the same list working with the federation names partners
    ("县妇联联合县信访局、县残联、县供销社等机关开展活动", ["县信访局", "县残联", "县供销社"]),
])
def test_a_list_closed_by_its_officials_behind_a_unit_word(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # standard short forms that end in no suffix of their own are found and named in full
    ("县妇联联合中国妇基会开展助学活动", [("中国妇基会", "中国妇女发展基金会")]),
    ("县妇联协调县农行为女性发放创业贷款", [("县农行", "县中国农业银行")]),
    ("县妇联联合县慈善会开展救助", [("县慈善会", "县慈善总会")]),
    # the same characters inside longer words name no body
    ("县妇联开展创建行动", []),
    ("引导妇女从事务农行业", []),
    ("县妇联召开慈善会议", []),
])
def test_standard_short_forms_without_a_suffix(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count or a category word before levels written with their alternatives in brackets
    # counts the bodies of every such place: a kind of unit, no partner
    ("全省9个县(市)区民政局完成了编制落实", []),
    ("各县(市、区)人社局要高度重视女性就业", []),
    ("各乡镇(街道)司法所积极配合调解", ["乡镇(街道)司法所"]),  # 各 before levels, made partners (row 6)
    # a place in brackets inside a registered name, and one scoped body, stay partners
    ("县妇联联合玫琳凯(中国)有限公司开展活动", ["玫琳凯(中国)有限公司"]),
    ("县妇联联合县民政局开展走访", ["县民政局"]),
])
def test_a_count_before_plural_levels_names_a_kind(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # 线 names a sector only after a standard sector, with its scope kept
    ("县妇联联合县教育线开展家访", [("县教育线", "县教育局")]),
    ("县妇联联合县人民医院一线医护人员开展义诊", [("县人民医院", "县人民医院")]),
    # a sector that is also a boundary word keeps its scope and not the verb before it
    ("县妇联联合县委组织部门开展培训", [("县委组织部门", "县委组织部")]),
    ("县妇联联合县教育部门开展家访", [("县教育部门", "县教育局")]),
])
def test_sector_suffixes_after_a_standard_sector(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # words jieba tags as nouns (经, 特邀, 联系) before a gazetteer place and its level: the
    # body starts at the place
    ("经平舆县民政局协调成立家庭教育研究会", ["平舆县民政局"]),
    ("主动联系平舆县人社局争取培训指标", ["平舆县人社局"]),
    # a parent body, the party's name, the Youth League and a higher place stay in the name
    ("县妇联联合中国人民银行平舆县支行开展宣传", ["中国人民银行平舆县支行"]),
    ("县妇联联合中共平舆县委宣传部开展宣传", ["中共平舆县委宣传部"]),
    ("县妇联联合共青团平舆县委开展活动", ["共青团平舆县委"]),
    ("县妇联联合河南省平舆县民政局开展活动", ["河南省平舆县民政局"]),
])
def test_a_name_starts_at_its_place(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body's session or press conference after its name names the meeting
    ("市委十届十一次全会召开后,县妇联组织收看", []),
    ("县妇联主席列席县委第十四届五次全体会议", []),
    ("从平舆县人民政府新闻发布会获悉,活动将于下月举行", []),
    # …unless the work carries out a leadership body's meeting (its spirit, its deployment):
    # the phrase ties the work to the body (the stop-28 adjudication of batch 27's questions)
    ("会议传达学习了市委十届十一次全会精神", ["市委"]),
    ("会议传达了县委第十四届五次全体会议精神", ["县委"]),
    ("认真落实县委党的群团工作会议部署", ["县委"]),
    # the body itself, framing or working with the federation, is still named
    ("在县委的领导下开展工作", ["县委"]),
    ("县妇联联合县民政局召开会议", ["县民政局"]),
])
def test_a_bodys_session_names_the_meeting(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a direction before 部 names a part of a place, not a department
    ("组织女经理人参加全国中西部地区企业女经理人培训", []),
    ("全省东部地区的妇女创业率较高", []),
    ("县妇联联合县委宣传部、县人武部开展活动", ["县委宣传部", "县人武部"]),
])
def test_a_direction_before_bu_is_a_region(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb right before the suffix after a noun is the head of a noun phrase in the name
    ("项目由平舆县女性社会组织联合会实施", ["平舆县女性社会组织联合会"]),
    ("县妇联联合县社会组织促进会开展活动", ["县社会组织促进会"]),
    # a verb after no noun still introduces what follows
    ("县妇联积极组织协会会员参加活动", []),
])
def test_a_verb_heading_a_noun_phrase_in_a_name(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a zone's management committee by its short form, a party committee's newer department
    ("县妇联联合高新区管委会开展招聘", [("高新区管委会", "高新区管理委员会")]),
    ("县妇联联合县委社会工作部开展活动", [("县委社会工作部", "县委社会工作部")]),
    # counted, they are kinds of unit
    ("全市66个管委会参加评比", []),
])
def test_management_committees_and_newer_departments(sentence, expected):
    assert [(e.name, e.canonical) for e in find_agencies(sentence)] == expected


def test_a_zones_management_committee_is_its_government():
    # a development zone's 管委会 governs the zone, as a street office governs a street
    assert agency_role("高新区管委会") == agency_role("街道办事处") == "leadership"
    assert agency_role("县委社会工作部") == "partner"


@pytest.mark.parametrize("sentence, expected", [
    # the party centre at the head of a chain of level committees in a framing phrase
    ("会议要求贯彻中央和省委、县委的决策部署", ["中央", "省委", "县委"]),
    ("认真落实党中央关于家庭工作的部署", ["党中央"]),
    # a list item that shares its scope with the item before is completed by it
    ("紧紧围绕城关镇党委、政府提出的目标", ["城关镇党委", "政府"]),
])
def test_framing_leadership_chains(sentence, expected):
    found = find_agencies(sentence)
    assert [e.name for e in found] == expected
    assert all(e.role == "leadership" for e in found)


def test_a_completed_list_item_takes_the_shared_scope():
    canonicals = [e.canonical for e in find_agencies("紧紧围绕城关镇党委、政府提出的目标")]
    assert canonicals == ["城关镇党委", "城关镇人民政府"]


@pytest.mark.parametrize("sentence", [
    "中央财政下拨专项资金",          # 中央 as the scope of a budget
    "争取中央和地方资金支持",        # no level committee after it
    "中国共产党中央委员会印发通知",  # the full name is read by its suffix, not as 党中央
])
def test_a_bare_centre_is_no_leadership_body(sentence):
    assert "中央" not in _names(sentence) and "党中央" not in _names(sentence)


def test_the_party_centre_is_leadership():
    assert agency_role("中央") == agency_role("党中央") == "leadership"


def _report_canonicals(*sentences: str) -> list[str]:
    report = one_name_per_body([extract_entities(sentence) for sentence in sentences])
    return [e.canonical for sentence in report for e in sentence if e.type == "agency"]


@pytest.mark.parametrize("sentences, expected", [
    # one body named in full and with its place dropped is one body, under the fullest name
    (("江西省委宣传部联合省文明办发起评选", "省委宣传部派员协助颁奖"),
     ["江西省委宣传部", "省精神文明建设办公室", "江西省委宣传部"]),
    (("城关镇人民政府出资建设活动室", "镇人民政府联合开展义诊"),
     ["城关镇人民政府", "城关镇人民政府"]),
    # two places' bodies that a shorter name fits both leave the shorter name alone
    (("甲乙县民政局和丙丁县民政局联合开展排查", "县民政局派员协助"),
     ["甲乙县民政局", "丙丁县民政局", "县民政局"]),
])
def test_one_name_per_body_in_a_report(sentences, expected):
    assert _report_canonicals(*sentences) == expected


def test_a_prefix_that_is_no_place_keeps_two_bodies_apart():
    report = [[Entity("agency", "师市文化和旅游局", "师市文化和旅游局", 0, 8)],
              [Entity("agency", "市文化和旅游局", "市文化和旅游局", 0, 7)]]
    assert [e.canonical for sentence in one_name_per_body(report) for e in sentence] == [
        "师市文化和旅游局", "市文化和旅游局"]


@pytest.mark.parametrize("sentence, expected", [
    # a unit's own women's committee is the federation's side, like its 妇联
    ("甲县水利局妇委会组织巾帼志愿者清理河道", []),
    # a budget named as the source of money is no body that acts ...
    ("县财政列支托幼经费二十万元", []),
    # ... while the finance bureau said to act is a partner
    ("县财政局联合县妇联发放创业补贴", ["县财政局"]),
])
def test_the_federations_own_side_and_budgets(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a residents' or villagers' committee named by no place of its own is the host of the
    # community's federation or any community's: never one partner
    ("申请表须经所在社区居委会盖章后上交", []),
    ("活动暂借居委会的会议场地举行", []),
    ("村委为参赛妇女准备了奖品", []),
    ("街道妇联联合社区居委会、乙县司法局开展普法", ["乙县司法局"]),
    # with its place's own name, or a masked one, it is one body
    ("丙丁村村委会联合镇妇联开展环境整治", ["丙丁村村委会"]),
    ("联合XX社区居委会开展义诊", ["XX社区居委会"]),
    # the community's other bodies are not its self-government
    ("联合社区团委开展青春讲座", ["社区团委"]),
])
def test_a_local_self_government_without_its_place_is_no_partner(sentence, expected):
    assert _names(sentence) == expected


def _partners_without(author: str | None, *sentences: str) -> list[str]:
    report = one_name_per_body([find_agencies(sentence) for sentence in sentences])
    return [e.name for sentence in without_the_author(report, author) for e in sentence]


@pytest.mark.parametrize("author, sentences, expected", [
    # the author's body with its place cut or dropped is the author itself
    ("甲乙镇妇儿工委", ("在县妇儿工委的指导下,我镇妇儿工委召开专题会议",), ["县妇儿工委"]),
    ("甲乙镇妇儿工委", ("妇儿工委联合镇司法所开展普法",), ["镇司法所"]),
    # the author's body written with the units above it is the author itself
    ("丙丁社区新时代文明实践站", ("甲乙区丙丁社区新时代文明实践站联合社区团委开展宣讲",), ["社区团委"]),
    # another place's body of the same kind is a partner, above or below the author's place
    ("甲乙县人社局", ("甲乙县人社局联合丙丁县人社局举办招聘会",), ["丙丁县人社局"]),
    ("甲乙县人社局", ("甲乙县人社局联合甲乙县丙丁镇人社局举办招聘会",), ["甲乙县丙丁镇人社局"]),
    # a community acting: its own service point and committee are the author's own units
    ("丙丁社区", ("丙丁社区新时代文明实践站联合社区团委开展宣讲",), ["社区团委"]),
    ("丙丁社区", ("丙丁社区居委会联合乙县司法局开展普法",), ["乙县司法局"]),
    # another community's station stays a partner, and a town's hospital is no unit of the town
    ("丙丁社区", ("联合戊己社区新时代文明实践站开展宣讲",), ["戊己社区新时代文明实践站"]),
    ("甲乙镇", ("甲乙镇联合甲乙镇卫生院开展义诊",), ["甲乙镇卫生院"]),
    # a place author's (or its government's) own party committee and government are the author
    # (the stop-28 adjudication; a strict gap: the rule lost on the test half); a federation
    # author's leading bodies stay, as do a higher level's
    known_because(OWN_LEADERSHIP, "甲乙镇人民政府", ("在镇党委、政府的领导下开展工作",), []),
    known_because(OWN_LEADERSHIP, "甲乙镇", ("在县委和镇党委的领导下开展工作",), ["县委"]),
    ("甲乙镇妇联", ("在镇党委、政府的领导下开展工作",), ["镇党委", "政府"]),
    # no author: nothing is dropped
    (None, ("在县妇儿工委的指导下,我镇妇儿工委召开专题会议",), ["县妇儿工委", "镇妇儿工委"]),
    (None, ("丙丁社区新时代文明实践站联合社区团委开展宣讲",), ["丙丁社区新时代文明实践站", "社区团委"]),
])
def test_the_author_is_no_partner_of_its_own_report(author, sentences, expected):
    assert _partners_without(author, *sentences) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an office written after its scoped government is that office, not the government
    ("甲乙省人民政府新闻办举行发布会", [("甲乙省人民政府新闻办", "partner")]),
    ("联合县政府扶贫办开展入户走访", [("县政府扶贫办", "partner")]),
    # the government alone, or with a meeting, a person or a room after it, stays the government
    ("在县委县政府的关心下", [("县委", "leadership"), ("县政府", "leadership")]),
    ("县政府领导出席活动", []),
    ("在镇政府会议室召开座谈会", []),
    # its compound is a venue, no office (县政府|大院)
    ("县政府大院里开展义诊", []),
])
def test_an_office_of_a_scoped_government(sentence, expected):
    assert [(e.name, e.role) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # one bare sector before 机构 or 单位 is a kind of institution, not the sector's bureau
    ("健全组织机构，配齐妇联干部", []),
    ("引导教育机构开设家长课堂", []),
    # before 部门, or as items of a list, sectors still name their bodies
    ("主动配合民政部门走访困难妇女", ["民政部门"]),
    ("会同司法、卫健等单位开展宣传", ["司法", "卫健"]),
    ("联合教育、文旅机构开展研学", ["教育", "文旅"]),
])
def test_one_sector_before_an_institution_word_is_a_kind(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a listed body starts behind the verb the walk ran over, not at the scope pattern's reach
    ("得到乙县税务局、乙县公安局等单位的大力支持", ["乙县税务局", "乙县公安局"]),
    ("协调丙县民政局、丙县教育局等部门参与", ["丙县民政局", "丙县教育局"]),
    # the units contestants or trainees come from are where they work, no partners (stop 23)
    ("获奖选手来自乙县税务局、乙县公安局等单位", []),
    ("本次培训学员来自丙县民政局、丙县教育局等部门", []),
    ("联合丁县司法局、丁县卫健局等部门开展普法", ["丁县司法局", "丁县卫健局"]),
])
def test_a_listed_body_starts_after_a_verb_inside_the_list(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a prize or collective honour before or after the name: the unit that won it
    ("歌咏比赛中，平舆县人民医院、平舆县第一中学获得优秀组织奖", []),
    ("评选结果：一等奖平舆县人民医院，二等奖平舆县第一中学", []),
    ("比赛中平舆县人民医院获一等奖", []),
    # a name alone in brackets after a short list item: an honouree's or delegate's unit
    ("三八红旗手：陈红(平舆县人民医院)、周敏(平舆县第一中学)", []),
    # a partner word, a support or a declared short form keeps the body a partner
    ("联合平舆县人民医院开展义诊，平舆县第一中学提供场地", ["平舆县人民医院", "平舆县第一中学"]),
    ("县妇联联合县妇幼保健院(以下简称妇幼院)开展筛查", ["县妇幼保健院"]),
    ("活动得到了平舆县民政局的奖励资金支持", ["平舆县民政局"]),
])
def test_prize_winners_and_honourees_units_are_no_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # 师市 (a division and its city as one body) is a scope the tokenizer splits into 师|市
    ("联合师市民政局开展走访", ["师市民政局"]),
    # common words before a level word still do not open the name
    ("落实责任街道党工委", ["街道党工委"]),
    # a body's official site, with its unit between (…唯一官方中文网), is the page's outlet
    ("甲乙网——中国外文局亚太传播中心唯一官方中文网", []),
    ("平舆县人民政府官方网站", []),
])
def test_scope_words_and_official_sites(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place named bare as the issuer of the notice the work follows frames it (stop 17)
    ("根据孙园镇关于开展家庭教育宣传周活动的通知，镇妇联组织各村开展宣传", [("孙园镇", "leadership")]),
    ("按照平舆县《关于开展“最美家庭”评选的实施方案》，县妇联组织评选", [("平舆县", "leadership")]),
    # a federation's notice names no leadership body; a place that does something else is no issuer
    ("根据县妇联关于开展活动的通知，各村开展活动", []),
    ("按照平舆县的实际情况，县妇联调整了计划", []),
])
def test_a_place_issuing_the_notice_the_work_follows(sentence, expected):
    assert [(e.name, e.role) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quoted programme between scope and body, with the spaces a scan left inside the quotes
    ("州妇联联合州“ 访惠聚” 办公室开展走访", ["州“ 访惠聚” 办公室"]),
    ("县妇联联合县“双学双比”活动协调小组开展培训", ["县“双学双比”活动协调小组"]),
])
def test_a_quoted_programme_inside_a_name_with_scan_spaces(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a scoped party committee and government written as one word are two bodies (stop 17)
    ("在沿江镇党委政府的领导下，镇妇联开展工作",
     [("沿江镇党委", "沿江镇党委"), ("沿江镇人民政府", "政府")]),
    # without a scope the pair names no one body
    ("在党委政府的领导下开展工作", []),
])
def test_a_committee_and_government_written_together_are_two(sentence, expected):
    assert [(e.canonical, e.name) for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the leaders of a body who lead the teams of the work: the body acts (stop 17)
    ("由区委区政府领导和区妇联领导带队，把奖牌送到获奖者家中", ["区委", "区人民政府"]),
    # one official's title, or leaders who only attend, still name a person
    ("县委书记陈明带队到乡镇调研", []),
    ("区委区政府领导出席颁奖仪式", []),
])
def test_leaders_who_lead_the_teams_list_their_body(sentence, expected):
    assert [e.canonical for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a street's committee and office written as one word, after a quantifier, are two (stop 17)
    ("围绕区委区政府、各街道党工委办事处的中心工作，积极作为",
     ["区委", "区人民政府", "街道党工委", "街道办事处"]),
    # 各 + a level + one kind leading the work in a framing phrase is listed (stop 31, row 6)
    ("在各乡镇党委的领导下开展工作", ["乡镇党委"]),
])
def test_a_street_committee_and_office_written_together_are_two(sentence, expected):
    assert [e.canonical for e in find_agencies(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a byline in brackets after the body (… (供稿)) is the page's author
    ("沿江镇人民政府 (供稿)", []),
    ("平舆县民政局（供稿）", []),
    # a place's office listed after bare places stands for its place
    ("此次义诊覆盖沿江镇、古城镇和新开街道办，惠及妇女千余人", []),
    # a party committee after a place, or a partner after one, is still read
    ("联合沿江镇、平舆县民政局开展活动", ["平舆县民政局"]),
    ("县妇联联合平舆县民政局（以下简称民政局）开展活动", ["平舆县民政局"]),
])
def test_bylines_in_brackets_and_offices_listed_among_places(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a weak suffix after a proper noun and no scope, listed with other bodies after a partner word
    ("联合平舆县体育局、长城影剧院等单位共同举办", ["平舆县体育局", "长城影剧院"]),
    # alone after the partner word, or without a proper noun, it is left out as before
    ("联合长城影剧院共同举办", []),
    ("联合平舆县体育局、党群服务中心等单位共同举办", ["平舆县体育局"]),
])
def test_a_named_body_without_scope_listed_with_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a firm's short name (proper noun + trade word) listed with partners after a partner word
    ("联合平舆县民政局、天津航空、长城影剧院等单位共同举办", ["平舆县民政局", "天津航空", "长城影剧院"]),
    # a trade word after common words, or a list of trades, names no firm
    ("联合平舆县民政局、民用航空、家政服务等开展活动", ["平舆县民政局"]),
    ("大力发展家政、物业、传媒等行业", []),
])
def test_a_firms_short_name_listed_with_partners(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # bodies, or the people they sent, that only attend are no partners (stop 16)
    ("平舆县民政局、平舆县司法局等单位派员参加了此次活动", []),
    ("平舆县人民医院、平舆县中医院等5个单位的代表应邀出席", []),
    ("平舆县委宣传部、平舆县文明办莅临现场", []),
    ("平舆县法院、平舆县检察院有关负责人参加座谈", []),
    ("民政、司法等部门派员参加", []),
    # the same verb after a partner word: the body works with the federation
    ("县妇联联合平舆县司法局参加普法宣传活动", ["平舆县司法局"]),
    ("联合民政、司法等部门参加宣传活动", ["民政", "司法"]),
    # a body that acts is still listed
    ("平舆县人民医院派出专家开展义诊", ["平舆县人民医院"]),
])
def test_bodies_that_only_attend(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the short form of an office: a level, two characters shortening its task, 办; a verb among
    # the two (建 of 法建) is no phrase's verb
    ("省妇联、省法建办、省司法厅联合出台文件", ["省法建办", "省司法厅"]),
    ("县妇联联合县法建办开展普法", ["县法建办"]),
    # a longer phrase before 办 stays a phrase: the verb ends it
    ("推动教育进学办", []),
])
def test_short_forms_of_offices(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a firm's officers (董事, 总裁, 总监, 创始人, 合伙人) after its name: the firm is a person's
    # employer, as a government official's post makes the body one
    ("壬癸科技有限公司董事张某等出席活动", []),
    ("壬癸文化传媒有限公司总监李某到场致辞", []),
    ("壬癸律师事务所合伙人王某参加座谈", []),
    # its board (董事会) acting, or a partner word, keeps the firm
    ("壬癸科技有限公司董事会决定捐款", ["壬癸科技有限公司"]),
    ("联合壬癸科技有限公司开展培训", ["壬癸科技有限公司"]),
])
def test_a_firms_officer_names_a_persons_employer(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb of the work between the partner word and a list of bare sectors: the list is what
    # the work sends, not who does it
    ("与甲乙商会联合开展送文化、卫生、科技到丙村;", ["甲乙商会"]),
    ("县妇联联合举办送教育、卫生、科技进社区。", []),
    # a list of bare sectors right after the partner word names the bodies
    ("联合民政、卫生、司法开展送温暖活动", ["民政", "卫生", "司法"]),
])
def test_a_list_after_a_verb_of_the_work_is_no_partner(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body whose situation or experience an account tells is that account's topic
    ("主席介绍了县妇联及市女企业家协会的基本情况", []),
    ("会上听取了丙丁商会的工作经验", []),
    # a body that tells it, or whose situation no account tells, stays
    ("丙丁商会介绍了本会的基本情况", ["丙丁商会"]),
    ("联合甲乙女企业家协会的会员开展帮扶", ["甲乙女企业家协会"]),
])
def test_the_topic_of_an_account_is_no_partner(sentence, expected):
    assert _names(sentence) == expected
