"""The cleaner against the gold annotations, plus properties that hold for any input."""

from __future__ import annotations

import difflib
import re

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from womenfed.clean import DOUBLED_PUNCTUATION, clean_text, script_of
from womenfed.quantities import extract_quantities

from .conftest import GOLD_DIR, RAW_DIR, load_gold

GOLD = load_gold()
T2S = opencc.OpenCC("t2s")
PINYIN_ANNOTATION = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
RAW = {stem: (RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8") for stem in GOLD}
CLEANED = {stem: clean_text(raw) for stem, raw in RAW.items()}


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_no_pinyin_traditional_or_doubled_punctuation_left(stem):
    text = CLEANED[stem].text
    assert not PINYIN_ANNOTATION.search(text)
    assert T2S.convert(text) == text
    assert not DOUBLED_PUNCTUATION.search(text)


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_boilerplate_captions_and_page_markers_are_gone(stem):
    gold, text = GOLD[stem], CLEANED[stem].text
    lines = set(text.split("\n"))
    for line in gold["boilerplate_lines"] + gold.get("caption_lines", []):
        simple = T2S.convert(line).strip()
        assert simple not in lines, line
    for span in gold.get("boilerplate_spans", []):
        assert T2S.convert(span["raw"]).strip() not in text, span["raw"]
    assert not re.search(r"^\d{1,3}、", text, re.M) or not gold.get("page_markers")
    for marker in gold.get("page_markers", []):
        removed = [e for e in CLEANED[stem].edits if e.rule == "join_page_fragments"
                   and e.raw_start <= marker["offset"] < e.raw_end]
        assert removed, marker


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_cleaned_text_matches_the_reference(stem):
    reference = (GOLD_DIR / "clean" / f"{stem}.txt").read_text(encoding="utf-8")
    ratio = difflib.SequenceMatcher(None, CLEANED[stem].text, reference, autojunk=False).ratio()
    assert ratio >= 0.98


def test_every_gold_garble_is_flagged_or_repaired():
    n = 0
    for stem, gold in GOLD.items():
        cleaned = CLEANED[stem]
        for span in gold["garbled_spans"]:
            for offset in span["offsets"]:
                n += 1
                hits = [g for g in cleaned.garbles if g.raw_start < offset + len(span["raw"])
                        and offset < g.raw_end]
                assert hits, (stem, span["raw"], offset)
                for hit in hits:
                    if hit.repaired is not None:  # a repair must be the right character(s)
                        assert T2S.convert(hit.repaired) in span["stands_for"]
                for hit in hits:
                    if hit.repaired is None:
                        assert hit.text not in cleaned.text
    assert n == 8


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_edits_and_offsets_point_into_the_raw_text(stem):
    cleaned, raw = CLEANED[stem], RAW[stem]
    for edit in cleaned.edits:
        assert raw[edit.raw_start:edit.raw_end] == edit.before
    assert len(cleaned.raw_starts) == len(cleaned.raw_ends) == len(cleaned.text)
    assert all(0 <= s < e <= len(raw) for s, e in zip(cleaned.raw_starts, cleaned.raw_ends, strict=True))
    assert cleaned.raw_starts == sorted(cleaned.raw_starts)


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_each_cleaned_line_re_cleans_from_its_raw_span(stem):
    cleaned = CLEANED[stem]
    pos = 0
    for line in cleaned.text.split("\n"):
        raw_start, raw_end = cleaned.raw_span(pos, pos + len(line))
        pos += len(line) + 1
        context_edits = [e for e in cleaned.edits if raw_start <= e.raw_start < raw_end
                         and e.rule in ("join_page_fragments", "strip_inline_boilerplate")]
        if context_edits:  # page cuts and datelines are recognised from their context
            continue
        assert clean_text(cleaned.raw[raw_start:raw_end]).text == line


def test_examples():
    assert clean_text("婦聯(lián)開展活動,,惠及群眾,。").text == "妇联开展活动,惠及群众。"
    assert clean_text("基層?jì)D女").text == "基层妇女"
    assert clean_text("培訓(xùn)(庭院花藝)(社區(qū))").text == "培训(庭院花艺)(社区)"
    assert clean_text("ＡＢＣ１２３，“引号”").text == "ABC123,“引号”"
    assert script_of("婦聯開展活動") == "traditional" and script_of("妇联") == "simplified"
    assert clean_text("婦聯開展活動").script() == "traditional" == script_of("婦聯開展活動")


def test_a_short_numbered_list_is_not_taken_for_pages():
    text = "工作要点\n1、加强学习。\n2、服务群众。\n3、维护权益。"
    assert clean_text(text).text == text


def test_pages_are_rejoined_across_cuts():
    page = "区妇联开展各类活动,帮助妇女就业增收,取得了良好的效果和社会反响," * 6
    raw = f"1、{page}为开展妇联\n2、工作打下基础。{page}\n3、{page}观看开幕式\n4、。为了纪念"
    text = clean_text(raw).text
    assert "为开展妇联工作打下基础" in text and "观看开幕式。为了纪念" in text
    assert not re.search(r"\d、", text)


NOISY = st.lists(st.sampled_from([
    "婦聯(lián)", "區(qū)", ",。", ",,", "?jì)D", "?!翱椗眰冋f", "1、", "\n", " ", "来源:某网", "“", '"',
    "２０１９年", "开展活动", "700余人", "。", "(庭院)", "\x00", "?", "\ufffd", "最新文档", "- 标题",
]), max_size=40).map("".join)


# Characters of every noise rule, mixed at random: page markers, wraps, garbles, pinyin.
NOISE_ALPHABET = st.text(alphabet="婦聯(lián)區(qū)?,。、;\n 0123456789一二三、妇联开展活动"
                                  "㐀濡囪仈缁勭粐锟斤拷-—第页", max_size=120)


@settings(max_examples=1000, deadline=None, derandomize=True)  # the same examples in every CI run
@given(st.one_of(st.text(max_size=200), NOISY, NOISE_ALPHABET))
def test_cleaning_never_raises_is_idempotent_and_maps_into_the_raw_text(raw):
    cleaned = clean_text(raw)
    assert clean_text(cleaned.text).text == cleaned.text
    assert all(0 <= s <= e <= len(raw) for s, e in zip(cleaned.raw_starts, cleaned.raw_ends, strict=True))
    for edit in cleaned.edits:
        assert raw[edit.raw_start:edit.raw_end] == edit.before


PARAGRAPH = ("今年以来,县妇联紧紧围绕县委县政府中心工作,团结带领全县广大妇女积极投身乡村振兴,在家庭文明"
             "建设、妇女创业就业、儿童关爱保护等方面取得了明显成效。全年共举办各类培训班32期,培训妇女"
             "1860人次,带动就业620人。")


@pytest.mark.parametrize("width", [18, 24, 30])
def test_hard_wrapped_lines_are_rejoined_and_headings_kept(width):
    wrapped = "\n".join(PARAGRAPH[i:i + width] for i in range(0, len(PARAGRAPH), width))
    cleaned = clean_text(f"县妇联2022年工作总结\n一、加强思想引领\n{wrapped}\n二、维护妇女权益")
    assert cleaned.text.split("\n") == ["县妇联2022年工作总结", "一、加强思想引领", PARAGRAPH,
                                        "二、维护妇女权益"]


@pytest.mark.parametrize("page_number", ["- 2 -", "— 2 —", "第2页 共5页", "第 2 页"])
def test_page_number_lines_go_and_the_cut_paragraph_is_rejoined(page_number):
    raw = f"一、加强思想引领\n{PARAGRAPH[:60]}\n{page_number}\n{PARAGRAPH[60:]}"
    assert clean_text(raw).text == f"一、加强思想引领\n{PARAGRAPH}"


def test_utf8_read_as_gbk_is_repaired_when_exact_and_flagged_otherwise():
    exact = "本次" + "妇联组织".encode().decode("gbk") + "活动。"
    cleaned = clean_text(exact)
    assert cleaned.text == "本次妇联组织活动。"
    assert [g.repaired for g in cleaned.garbles] == ["妇联组织"]
    lossy = "县妇联" + "全区妇联组织开展两癌筛查活动".encode().decode("gbk", errors="replace")
    cleaned = clean_text(lossy + "。")
    assert cleaned.text == "县妇联。" and all(g.repaired is None for g in cleaned.garbles)


@pytest.mark.parametrize("text", ["他叫李瑾璇,在鄞州区邗江镇工作。", "藏族同胞扎西顿珠和卓玛。",
                                  "《诗经》有云:窈窕淑女,君子好逑。"])
def test_rare_but_real_characters_are_not_garbles(text):
    assert clean_text(text).text == text


def test_lost_text_placeholders_are_flagged():
    cleaned = clean_text("开展活动锟斤拷锟斤拷惠及群众。")
    assert cleaned.text == "开展活动惠及群众。"
    assert [(g.text, g.repaired) for g in cleaned.garbles] == [("锟斤拷锟斤拷", None)]


def test_document_sharing_cards_and_read_more_prompts_are_furniture():
    raw = ("县妇联2019年工作总结\n文档页数：5 页\n下载积分：800\n上传时间：2021-05-12\n"
           "还剩3页未读，继续阅读\n免费在线预览全文\n" + PARAGRAPH)
    assert clean_text(raw).text == f"县妇联2019年工作总结\n{PARAGRAPH}"


def test_invisible_format_characters_are_removed_by_a_named_rule():
    """Zero-width spaces split numbers and a bidi override hides text order: a report pasted
    from a web editor lost every quantity to them."""
    raw = "区妇联\u200b开展培训\u200b3\u200b场,惠及\u202e妇女2\u200b00人,发放\u2060资料1\u00ad50份。"
    cleaned = clean_text(raw)
    assert cleaned.text == "区妇联开展培训3场,惠及妇女200人,发放资料150份。"
    assert [q.text for q in extract_quantities(cleaned.text)] == ["3场", "200人", "150份"]
    removed = [e for e in cleaned.edits if e.rule == "strip_format_characters"]
    assert [e.before for e in removed] == ["\u200b", "\u200b", "\u200b", "\u202e", "\u200b",
                                           "\u2060", "\u00ad"]
    assert all(raw[e.raw_start:e.raw_end] == e.before and e.after == "" for e in removed)
