"""Quantities scored against the gold annotations, and the numeral grammar on its own."""

from __future__ import annotations

from collections import defaultdict

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from womenfed.clean import clean_text
from womenfed.quantities import extract_quantities, without_link_rows, without_things_named_before
from womenfed.segment import segment

from .conftest import RAW_DIR, load_gold

GOLD = load_gold()
T2S = opencc.OpenCC("t2s")


def _extracted(stem):
    cleaned = clean_text((RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8"))
    for sentence in segment(cleaned.text).sentences:
        for quantity in extract_quantities(sentence.text):
            yield sentence, quantity, cleaned


def _gold_kind(item: dict) -> str:
    """The gold kind under issue 10's convention: the gold files predate ``person_times`` and
    file 人次 under people; the gold files themselves are left as annotated."""
    return "person_times" if item["unit"] == "人次" else item["kind"]


SCORES = {"tp": 0, "fp": 0, "fn": 0, "approx": 0, "value": 0, "kind": 0}
for stem, gold in GOLD.items():
    found: dict[str, list] = defaultdict(list)
    for _, quantity, _ in _extracted(stem):
        found[quantity.text].append(quantity)
    wanted: dict[str, list] = defaultdict(list)
    for item in gold["quantities"]:
        wanted[T2S.convert(item["raw"])].append(item)
    for text in set(found) | set(wanted):
        pairs = list(zip(found[text], wanted[text], strict=False))
        SCORES["tp"] += len(pairs)
        SCORES["fp"] += len(found[text]) - len(pairs)
        SCORES["fn"] += len(wanted[text]) - len(pairs)
        for got, want in pairs:
            SCORES["approx"] += got.approx == want["approx"]
            SCORES["value"] += got.value == want["value"] and got.value_max == want.get("value_max")
            SCORES["kind"] += got.kind == _gold_kind(want)


def test_precision_recall_and_approximation_against_gold():
    tp = SCORES["tp"]
    assert tp / (tp + SCORES["fp"]) >= 0.95  # measured 1.00
    # measured 0.98: the gold keeps two durations (两天, 16天) that issue 10 rules out
    assert tp / (tp + SCORES["fn"]) >= 0.95
    assert SCORES["approx"] / tp >= 0.98  # measured 1.00
    assert SCORES["value"] / tp >= 0.98  # measured 1.00
    assert SCORES["kind"] / tp >= 0.95  # measured 0.98


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_excluded_numbers_are_never_extracted(stem):
    raw = (RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    for sentence, quantity, cleaned in _extracted(stem):
        raw_start, raw_end = cleaned.raw_span(sentence.start + quantity.start,
                                              sentence.start + quantity.end)
        for excluded in GOLD[stem]["excluded_numbers"]:
            span = (excluded["offset"], excluded["offset"] + len(excluded["raw"]))
            assert not (raw_start < span[1] and span[0] < raw_end), (quantity.text, excluded)
        assert T2S.convert(raw[raw_start:raw_end]).startswith(quantity.text[0])


@pytest.mark.parametrize("sentence, expected", [
    ("共惠及三十一万五千人", ("三十一万五千人", 315000, None, "人", False, "people")),
    ("近百名失学儿童", ("近百名", 100, None, "名", True, "people")),
    ("覆盖妇女群众1.5万余人", ("1.5万余人", 15000, None, "人", True, "people")),
    ("争取贷款0.8亿元", ("0.8亿元", 80_000_000, None, "元", False, "money_cny")),
    ("提供685万元贷款", ("685万元", 6_850_000, None, "元", False, "money_cny")),
    ("每人每天可挣30-50元", ("30-50元", 30, 50, "元", False, "money_cny")),
    ("接种率已达69%", ("69%", 69, None, "%", False, "percent")),
    ("救助金额达29万", ("29万", 290_000, None, "", False, "money_cny")),  # (no 元 written)
    ("参与家庭达500余户", ("500余户", 500, None, "户", True, "households")),
    ("超过300人参加", ("超过300人", 300, None, "人", True, "people")),
    ("募集善款十余万元", ("十余万元", 100_000, None, "元", True, "money_cny")),
    ("帮扶 300 名妇女", ("300 名", 300, None, "名", False, "people")),
    ("培训妇女1,200人次", ("1,200人次", 1200, None, "人次", False, "person_times")),
    ("逾千名志愿者参与", ("逾千名", 1000, None, "名", True, "people")),
    ("帮扶困难妇女500人以上", ("500人以上", 500, None, "人", True, "people")),
    # a multiple is a figure of its own
    ("会员人数比三年前增加近5倍", ("近5倍", 5, None, "倍", True, "other")),
    ("合作社产值翻了两倍", ("两倍", 2, None, "倍", False, "other")),
    # a range whose low end repeats its measure word
    ("每户补贴1万元至3万元", ("1万元至3万元", 10_000, 30_000, "元", False, "money_cny")),
    ("学费500元-800元不等", ("500元-800元", 500, 800, "元", False, "money_cny")),
])
def test_numeral_grammar(sentence, expected):
    (quantity,) = extract_quantities(sentence)
    assert (quantity.text, quantity.value, quantity.value_max, quantity.unit, quantity.approx,
            quantity.kind) == expected
    assert sentence[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("sentence", [
    "2019年3月,活动启动", "6月19日讯", "9-14岁女童接种疫苗", "拨打12338妇女维权热线",
    "实施巾帼建功“六大行动”", "统筹推进“两个规划”实施", "学习党的二十大精神", "走进千家万户",
    "组建一支队伍", "举办第十三届运动会", "开展“五进活动”", "开辟一条街", "区15中学成立书屋",
    "坚持两个标准不动摇", "参加“99公益日”活动", "联系电话0536-8198101", "年满 18 岁",
    "2022年 5 月", "二〇二二年", "首届家庭文化节", "评出前3名", "开展1对1帮扶", "历时2个多小时",
    "为期3个月", "落实三孩生育政策", "编制十四五规划", "一户一档", "进行为期两天的培训",
    "效果十分明显", "庆祝三八节", "欢度五一节", "占三分之一", "爱看二人转", "数百名群众参加",
    "几十名志愿者", "上午9时30分开始", "以百倍的热情投入工作", "收获事半功倍的效果",
    "举办两人三足趣味赛", "开展三人两腿接力",
])
def test_not_quantities(sentence):
    assert extract_quantities(sentence) == []


def test_two_numerals_that_each_measure_are_two_counts():
    # (two numerals each before one character name a game; here each character measures)
    found = extract_quantities("组织两名干部三次走访困难家庭")
    assert [(q.text, q.value) for q in found] == [("两名", 2), ("三次", 3)]


@pytest.mark.parametrize("sentence, expected", [
    # a large bare number takes its kind from the clause: goods raised are worth yuan (unit
    # '', no measure word written) ...
    ("爱心人士募集助学物资2.5亿", ("2.5亿", 250000000, "", "money_cny")),
    ("全年筹集帮扶物资价值80万", ("80万", 800000, "", "money_cny")),
    ("募集巾帼志愿者3万", ("3万", 30000, "", "people")),  # (persons raised stay persons)
    # ... and the views a report states are views, with no measure word
    ("家庭教育微课播放量超过3万", ("超过3万", 30000, "", "other")),
    ("线上直播点击量达1.6万", ("1.6万", 16000, "", "other")),
])
def test_units_a_clause_implies_for_large_bare_numbers(sentence, expected):
    found = extract_quantities(sentence)
    assert [(q.text, q.value, q.unit, q.kind) for q in found] == [expected]


@pytest.mark.parametrize("sentence", [
    "阅读量:1.2万", "浏览量 3万", "点击量达1200",
])
def test_page_view_counters_and_small_bare_numbers_stay_out(sentence):
    assert extract_quantities(sentence) == []


@pytest.mark.parametrize("sentence, counted", [
    # places, sides or levels that act together: a way of working, no count ...
    ("三县四地联动开展巾帼直播带货", []), ("两地互动举办联谊活动", []), ("三方协作调解家庭纠纷", []),
    ("县乡村三级联动化解矛盾", []),
    # ... while the places visited or covered stay counted, and 地市 is one measure word
    ("调研组走访了三地,慰问妇女50人", ["三地", "50人"]),
    ("全区7地市新增巾帼示范基地15个", ["7地市", "15个"]),
])
def test_places_acting_together_and_prefectures(sentence, counted):
    found = extract_quantities(sentence)
    assert [q.text for q in found] == counted
    if counted and counted[0] == "7地市":
        assert (found[0].unit, found[0].kind) == ("地市", "organisations")


@pytest.mark.parametrize("sentence, counted", [
    # the page's own counters and its pager are chrome, whatever they are labelled ...
    ("本站访问人数:35120", []),
    ("浏览人次:908", []), ("在线人数:12", []), ("12人已赞", []),
    ("共36条记录 首页 上一页 下一页 尾页", []),
    ("共14条记录", []),
    ("本页共10条 首页 下一页", []), ("每页显示20条", []), ("访客:1200", []),
    # ... while a head count and records the work produced stay counts
    ("参加人数达1200", ["1200"]),
    ("建立妇女儿童档案300份,整理走访记录120条", ["300份", "120条"]),
    ("收集意见建议56条记录在册", ["56条"]),
    ("直播在线300余人参与互动", ["300余人"]),
    ("开通维权热线12条,接听来电300余次", ["12条", "300余次"]),
    ("妇女之家全年接待访客1200人次", ["1200人次"]), ("每户发放宣传页2份", ["2份"]),
    ("本次共发放宣传页2000余份", ["2000余份"]),
])
def test_page_counters_and_pagers(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # an age or a range of ages after the measure word describes the persons counted ...
    ("共有43名20岁至45岁的农村妇女报名参加培训", ["43名"]),
    ("为36名0—6岁留守儿童送去图书", ["36名"]),
    ("三名十八岁的女大学生加入志愿服务队", ["三名"]),
    ("慰问了25位80周岁以上的老人", ["25位"]),
    # ... while a number right after a measure word is otherwise a pairing or a duration
    ("结成1对1帮扶对子", []),
    ("开展为期3个月的培训", []),
])
def test_a_count_followed_by_an_age(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # a small Chinese numeral before an abstract head names a set of themes, lines or tasks ...
    ("围绕三个主题开展宣讲", []),
    ("今年为群众办好十件实事", []),
    ("重点抓好两条主线", []),
    ("河南某县实施四项工程助力乡村建设", []),
    ("重点做好三项工作,创新三种模式,打造两个品牌", []),
    ("发放三种资料,建成两个服务中心", ["三种", "两个"]),
    # ... unless a noun of counted things follows the abstract noun, which it only qualifies
    ("策划了六项主题活动", ["六项"]),
    ("三项活动共开展50场", ["三项", "50场"]),
    ("建成3个基地", ["3个"]),
    # a small Chinese numeral after a verb of dividing says how a group is organised ...
    ("志愿者分成三个小组清扫街道", []),
    ("学员分为四组参加比赛", []),
    # ... while a count of units the work produced stays (Arabic numerals count)
    ("全村划分为12个网格", ["12个"]),
    # a numeral and measure word alone after a list of as many items sum it up
    ("把学员分为上午班和下午班两种,方便参加", []),
    ("走访了东村、西村两处,了解妇女需求", []),
    # ... but a list with a different count, or a noun after the measure word, is counted
    ("培训了妇女和儿童三百人,效果很好", ["三百人"]),
    ("组织四个志愿小组开展活动", ["四个"]),
    # a bound of the counted set is its criterion, whether or not a verb comes before the count
    ("每场参与人数200人以上的大型活动12场", ["12场"]),
    ("年收入5万元以上的家庭达到40户", ["40户"]),
    ("帮扶困难妇女200人以上,发放物资", ["200人以上"]),
    # the numbers that spell out a formula of numbers name its parts
    ("推行“1+3+N”服务模式,即1个服务中心、3个服务站和N个服务点", []),
    ("构建1+5工作体系:一个总队、五个分队", []),
    # ... numbers that are not its parts, in order, are counts
    ("深化“1+3+N”模式,建成妇女之家120个", ["120个"]),
    ("打造“1+N”品牌,建成1个中心和20个站点", ["20个"]),
])
def test_numbers_naming_a_set_or_a_division(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # a bare 百, 千 or 万 of persons a verb of mobilising governs is the crowd moved ...
    ("镇妇联动员千名妇女参与环境整治", ["千名"]),
    ("县里组织万名群众观看文艺演出", ["万名"]),
    # ... not a slogan where the persons go or serve right after their noun, nor an honour
    ("组织百名巾帼宣讲员进村入户", []),
    ("启动千名妈妈护万家行动", []),
    ("开展寻找百名最美妇女主任活动", []),
    # ... and without such a verb a bare magnitude stays vague
    ("千名志愿者的心愿", []),
])
def test_crowds_mobilised(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # 届 in digits after a verb of holding counts the editions held ...
    ("县妇联已连续举办6届巾帼健身运动会", ["6届"]),
    ("镇里举办了3届农家厨艺大赛", ["3届"]),
    # ... elsewhere it is the term of a body or an ordinal
    ("区妇联召开十二届三次执委会议", []),
    ("参加第7届妇女代表大会", []),
    ("她担任过2届村妇联执委", []),
    ("召开三届妇女代表大会", []),
])
def test_editions_held_and_terms(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentences, counted", [
    # a small Chinese numeral before a noun that closed a list of as many items names them again
    (["东城街道、西城街道、南城街道联合举办活动", "三个街道妇联主席出席"], [[], []]),
    (["县妇联主席李红和种植大户王芳作为代表参会。", "两位代表表示,一定不负重托"], [[], []]),
    # ... a list of another length, or of another noun, leaves the count alone
    (["东村、西村举办培训", "三个村的妇女参加"], [[], ["三个"]]),
    (["培训妇女和儿童", "两名妇女获奖"], [[], ["两名"]]),
    # ... and so does an Arabic numeral
    (["东村、西村举办培训", "2个村的妇女参加"], [[], ["2个"]]),
])
def test_counts_of_things_named_before(sentences, counted):
    found = without_things_named_before(sentences, [extract_quantities(s) for s in sentences])
    assert [[q.text for q in quantities] for quantities in found] == counted


ARTICLE = "某镇妇联开展巾帼志愿服务\n本月,镇妇联组织志愿者走访困难家庭35户。\n"


@pytest.mark.parametrize("trailer, counted", [
    # the rows of a list of links under the article: a bullet and a headline, or a headline
    # between date stamps or bare bullets; their counts are other stories'
    ("频道推荐\n- 某市举办12场家庭教育讲座\n- 某县表彰80户文明家庭\n", []),
    ("推荐阅读\n-\n某市举办12场家庭教育讲座\n[2025-03-01] -\n某县表彰80户文明家庭\n[2025-02-27] -\n",
     []),
    # ... not a sentence of the body after a date stamp, nor a headline under a plain date line
    ("[2025-03-01]\n镇妇联还为20名留守儿童送去学习用品。\n", ["20名"]),
    ("镇妇联举办3场法律讲座\n2025-03-01\n", ["3场"]),
])
def test_counts_in_rows_of_links_to_other_pages(trailer, counted):
    sentences = [s.text for s in segment(clean_text(ARTICLE + trailer).text).sentences]
    found = without_link_rows(sentences, without_things_named_before(
        sentences, [extract_quantities(s) for s in sentences]))
    assert [q.text for quantities in found for q in quantities] == ["35户", *counted]


def test_indicator_names_what_is_counted():
    (quantity,) = extract_quantities("共开展特色宣讲128场次")
    assert quantity.indicator == "特色宣讲"
    (quantity,) = extract_quantities("为2000余名女性求职者牵线搭桥")
    assert quantity.indicator.startswith("女性求职者")


def test_people_and_person_times_are_different_kinds():
    kinds = {q.text: q.kind for q in extract_quantities("培训妇女300人,共计900人次")}
    assert kinds == {"300人": "people", "900人次": "person_times"}


@pytest.mark.parametrize("sentence, expected", [
    ("镇妇联今年组织了六项读书活动", ("六项", "events")),  # 项 of activities counts them as 场 does
    ("全区共开展24项志愿服务活动", ("24项", "events")),
    ("围绕家风建设开展四项宣传活动", ("四项", "events")),  # a verbal noun opens the phrase
    ("年内完成31项重点指标", ("31项", "items")),
    ("共获得各级荣誉9项", ("9项", "items")),
    ("每季度推进2-3项帮扶项目", ("2-3项", "items")),
    ("制作巾帼人物访谈专栏18期", ("18期", "items")),  # issues of a column
    ("组织妇女专干集中轮训12期", ("12期", "events")),
    ("开设家教直播栏目7期", ("7期", "items")),
    ("举办创业培训班7期", ("7期", "events")),
    ("全乡9个村妇代会改建为妇联", ("9个", "organisations")),  # 个 of the body, not of its members
    # ... and of the bodies whose persons it names (eval/dev/README: 17个乡(镇)区、办妇联主席)
    ("4个村妇代会主任参加了培训", ("4个", "organisations")),
    ("评选出15个巾帼优品参加展销", ("15个", "items")),  # goods, as 产品 and 商品
    # kinds counted in 种 take the kind of what is counted (stop 29 of eval/dev): goods are items,
    # the varieties a farm grows other, as a herd held
    ("推出特色农产品12种", ("12种", "items")),
    ("合作社主要种植食用菌、蔬菜,种类有20种以上", ("20种以上", "other")),
])
def test_kind_follows_the_counted_noun(sentence, expected):
    assert [(q.text, q.kind) for q in extract_quantities(sentence)] == [expected]


@pytest.mark.parametrize("sentence, counted", [
    ("交流会上,30余村妇联主席作了发言", [("30余", 30.0, "", "people")]),
    ("当天有200多巾帼志愿者走上街头", [("200多", 200.0, "", "people")]),
    ("这20余年妇女工作变化很大", []),  # a span: 年 is the measure word
    ("2022年妇女主席参加了培训", []),  # a bare year before persons
    ("3.妇女主席要带头参加培训", []),  # a list mark
    ("50余户家庭参加", [("50余户", 50.0, "户", "households")]),
])
def test_an_estimate_right_before_persons_counts_them(sentence, counted):
    assert [(q.text, q.value, q.unit, q.kind) for q in extract_quantities(sentence)] == counted


NUMBERISH = ("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几点余多近约上超"
             "人名次户元块毛角分成%‰个之-~至 .,0123456789妇女的第届")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=NUMBERISH, max_size=16))
def test_any_run_of_numerals_and_units_reads_without_error(text):
    """Malformed numerals (八亿〇, 亿拾柒) are refused, never raised: cn2an rejects them."""
    for quantity in extract_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.value == quantity.value  # not NaN


@pytest.mark.parametrize("sentence, counted", [
    # a numeral after a list closed by 等 restates the items named, the last one joined by 和 ...
    ("会议审议了财务报告、章程修改和人事任免等三项议程", []),
    ("大会听取了工作报告和监督报告等两项议程", []),
    # ... while one beyond the items named counts more than the list
    ("开展了宣讲、义诊和培训等五项活动", ["五项"]),
    ("会议审议了财务报告、章程修改和人事任免等四项议程", ["四项"]),
])
def test_a_count_after_a_list_closed_by_deng(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # a length that places or sizes something, or names a race, measures no work ...
    ("她们住在海拔3500多米的牧区", []),
    ("活动站距离镇政府约15公里", []),
    ("巾帼服务点设在村委会以北2公里处", []),
    ("姐妹们合作完成一幅20米长的剪纸", []),
    ("运动会设女子200米短跑等项目", []),
    # ... so does the length of one route or walk (stop 29 of eval/dev) ...
    ("组织妇女开展8公里健步走", []),
    ("活动全程4公里,沿途设置6个打卡点", ["6个"]),
    # ... while lengths the work built stay counts
    ("新建巾帼示范路4公里", ["4公里"]),
    ("修通3公里路", ["3公里"]),
])
def test_lengths_that_place_or_size_things(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # hours are the sum of hours of work where a label states it ...
    ("巾帼志愿者服务时长累计达5600个小时", [("5600个小时", 5600, "小时", "other")]),
    ("全年志愿服务时数2.3万小时", [("2.3万小时", 23000, "小时", "other")]),
    # ... and a duration everywhere else
    ("专家讲授了3个小时", []), ("开通24小时心理咨询热线", []), ("每次活动约2小时", []),
])
def test_hours_of_work_and_durations(sentence, counted):
    found = extract_quantities(sentence)
    assert [(q.text, q.value, q.unit, q.kind) for q in found] == counted


@pytest.mark.parametrize("sentence, counted", [
    # 次 right after a body's name and before a congress is the congress's ordinal ...
    ("落实好市妇女九次代表大会部署的任务", []),
    ("学习贯彻区十二次党代会精神", []),
    # ... and a count of congresses or meetings after a verb or an adverb
    ("今年县妇联召开两次执委会", ["两次"]),
    ("先后4次全委会研究妇女工作", ["4次"]),
])
def test_the_ordinal_of_a_congress_without_di(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # 个 before 亿 is spoken: the numeral and 亿 make one number, 个 counts nothing ...
    ("今年投入帮扶资金5个亿", [("5个亿", 500000000, "")]),  # (money, no 元 written)
    ("计划发放总量不低于30个亿", [("30个亿", 3000000000, "")]),  # (speech's sum, no money word)
    # ... while 个 before 亿元 counts things of that class
    ("全省培育4个亿元村", [("4个", 4, "个")]),
])
def test_ge_before_yi(sentence, counted):
    assert [(q.text, q.value, q.unit) for q in extract_quantities(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    # a bare 千 or 万 of persons a verb of leading moves is the crowd's size ...
    ("小额贷款引领万名农村妇女增收致富", ["万名"]),
    ("女能人带领千名妇女增收致富", ["千名"]),
    # ... unless the persons' own deed toward others follows (a slogan's name)
    ("引领百名巾帼进万家", []),
    ("开展千名妇女学技能活动", []),  # (no verb of leading or mobilising)
])
def test_a_round_crowd_that_a_verb_of_leading_moves(sentence, counted):
    assert [q.text for q in extract_quantities(sentence)] == counted
