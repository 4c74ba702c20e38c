"""Quantities scored against the gold annotations, and the numeral grammar on its own."""

from __future__ import annotations

from collections import defaultdict

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from womenfed.clean import clean_text
from womenfed.quantities import extract_quantities
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
    ("救助金额达29万", ("29万", 290_000, None, "元", False, "money_cny")),
    ("参与家庭达500余户", ("500余户", 500, None, "户", True, "households")),
    ("超过300人参加", ("超过300人", 300, None, "人", True, "people")),
    ("募集善款十余万元", ("十余万元", 100_000, None, "元", True, "money_cny")),
    ("帮扶 300 名妇女", ("300 名", 300, None, "名", False, "people")),
    ("培训妇女1,200人次", ("1,200人次", 1200, None, "人次", False, "person_times")),
    ("逾千名志愿者参与", ("逾千名", 1000, None, "名", True, "people")),
    ("帮扶困难妇女500人以上", ("500人", 500, None, "人", True, "people")),
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
    "几十名志愿者", "上午9时30分开始",
])
def test_not_quantities(sentence):
    assert extract_quantities(sentence) == []


def test_indicator_names_what_is_counted():
    (quantity,) = extract_quantities("共开展特色宣讲128场次")
    assert quantity.indicator == "特色宣讲"
    (quantity,) = extract_quantities("为2000余名女性求职者牵线搭桥")
    assert quantity.indicator.startswith("女性求职者")


@pytest.mark.parametrize("sentence, text, indicator, kind", [
    ("在全区28个镇街推广积分超市", "28个", "镇街", "organisations"),
    ("为23名患病妇女申请救助资金46万元", "23名", "患病妇女", "people"),
    ("为23名患病妇女申请救助资金46万元", "46万元", "患病妇女申请救助资金", "money_cny"),
    ("12338妇女维权热线接听来电210个", "210个", "妇女维权热线接听来电", "items"),
    ("认定巾帼现代农业示范基地2个、巾帼文明岗5个", "2个", "巾帼现代农业示范基地",
     "organisations"),
    ("认定巾帼现代农业示范基地2个、巾帼文明岗5个", "5个", "巾帼文明岗", "organisations"),
    ("设立“妇女维权站”15个", "15个", "妇女维权站", "organisations"),
    ("成立200余人的“爱心妈妈”志愿服务队", "200余人", "爱心妈妈志愿服务队", "people"),
    ("推选出“好婆婆”“好媳妇”等97人", "97人", "好婆婆、好媳妇等", "people"),
    # a blank a scan left before 、 cuts the list there, and no item is left empty
    ("表彰了优秀志愿者、好家长 、文明家庭、书香家庭等25人", "25人", "文明家庭、书香家庭等", "people"),
    # a negation qualifies the counted noun and stays in the indicator
    ("本月排查出不清洁家庭0.8万余户", "0.8万余户", "不清洁家庭", "households"),
    ("登记未就业妇女300余人", "300余人", "未就业妇女", "people"),
    # each number counts the noun right after it, not the one before
    ("服务队下设22支分队480余名巾帼志愿者", "22支", "分队", "organisations"),
    ("服务队下设22支分队480余名巾帼志愿者", "480余名", "巾帼志愿者", "people"),
    # a pivot verb's object is counted together with what it then did
    ("今年帮助286名妇女实现就业", "286名", "实现就业的妇女", "people"),
    ("带动500余名农村妇女增收致富", "500余名", "增收致富的农村妇女", "people"),
    # villages and other places are never people, even when people follow
    ("全县2110个村配备了妇女小组长", "2110个", "村", "organisations"),
    # whole words: no indicator ends or starts inside a word
    ("累计受教育人数3.2万人次", "3.2万人次", "受教育人数", "person_times"),
    # (and what the counted did right after the number says which of them are counted)
    ("共有留守儿童1200余名得到关爱", "1200余名", "得到关爱的留守儿童", "people"),
    ("表彰优秀妇女代表120名", "120名", "优秀妇女代表", "people"),
    # the subject and the reporting verb before the counted phrase are not counted
    ("截至目前,某镇妇联共开展普法活动42次", "42次", "普法活动", "events"),
    # ... but a verb that says which ones are counted stays (issue 10: 参与, 征集, 新增 …)
    ("今年已累计参与婚姻调解300余对", "300余对", "参与婚姻调解", "households"),
    ("各村排查出困难家庭56户", "56户", "困难家庭", "households"),
    # the kind of 个 follows the counted noun, before or after the number, a gloss skipped
    ("举办文艺汇演,30个精彩节目为群众送上祝福", "30个", "精彩节目", "items"),
    ("建成巾帼创业基地(示范点)45个", "45个", "巾帼创业基地", "organisations"),
    ("服务网点延伸到7个县(区)", "7个", "县", "organisations"),
    ("表彰三八红旗集体15个", "15个", "三八红旗集体", "organisations"),
    ("征集家风故事短视频300多个", "300多个", "征集家风故事短视频", "items"),
    # a count right after another shares its noun; a word jieba split stays whole
    ("县妇联组织4次260多人次的妇女技能培训", "4次", "妇女技能培训", "events"),
    ("推选的60余种巾帼好品进入展销会", "60余种", "巾帼好品", "items"),
    # 期 after a publication counts issues
    ("编发《女性之声》简报二十期", "二十期", "女性之声简报", "items"),
    # 万 before persons counts persons, and what those persons did says which are counted
    ("全县8万多农村妇女参与评选", "8万多", "参与评选的农村妇女", "people"),
])
def test_indicator_is_the_counted_noun_phrase(sentence, text, indicator, kind):
    (found,) = [q for q in extract_quantities(sentence) if q.text == text]
    assert (found.indicator, found.kind) == (indicator, kind)


def test_people_and_person_times_are_different_kinds():
    kinds = {q.text: q.kind for q in extract_quantities("培训妇女300人,共计900人次")}
    assert kinds == {"300人": "people", "900人次": "person_times"}


NUMBERISH = ("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟几点余多近约上超"
             "人名次户元块毛角分成%‰个之-~至 .,0123456789妇女的第届")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=NUMBERISH, max_size=16))
def test_any_run_of_numerals_and_units_reads_without_error(text):
    """Malformed numerals (八亿〇, 亿拾柒) are refused, never raised: cn2an rejects them."""
    for quantity in extract_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.value == quantity.value  # not NaN
