"""Page chrome that mirrors leave in a report's text: markup printed as text, a site header
above the breadcrumb, link lists and keyword banners, a forum's anti-copy watermark. Left in
the body, it reads as words and hides reposts (eval/reposts: a mirror's spam banner and tags
kept a copy below the repost thresholds). Every text here is written for the test."""

from __future__ import annotations

import pytest

from womenfed.clean import clean_text
from womenfed.reposts import COPY_SIMILARITY, ReportBody, find_reposts

TITLE = "甲乙县妇联开展巾帼家政培训"
BODY = ("5月以来,县妇联联合县人社局在8个乡镇举办巾帼家政培训班12期,培训农村妇女560人次,"
        "其中320人取得育婴员证书并实现就业。\n"
        "县妇联还组织家政企业与学员现场对接,签订就业意向协议180份,帮助妇女在家门口增收。")


def _edits(cleaned, rule: str) -> list[str]:
    return [edit.before for edit in cleaned.edits if edit.rule == rule]


def test_markup_printed_as_text_is_removed_and_references_decoded():
    raw = ('<div class="article">\n<p>区妇联开展培训3场,惠及妇女&nbsp;200人,妇联&amp;团委共建。</p>\n'
           '• <span id="k2"></span>\n![](http://img.example.org/a.jpg)\n</div>')
    cleaned = clean_text(raw)
    assert cleaned.text == "区妇联开展培训3场,惠及妇女 200人,妇联&团委共建。"
    removed = _edits(cleaned, "strip_markup")
    assert '<p>' in removed and '• <span id="k2"></span>\n' in removed  # a line of markup goes whole
    for edit in cleaned.edits:
        assert raw[edit.raw_start:edit.raw_end] == edit.before


def test_escaped_markup_is_decoded_then_removed():
    assert clean_text("县妇联&lt;br/&gt;召开执委会议。").text == "县妇联召开执委会议。"


@pytest.mark.parametrize("text", ["未满<5岁的儿童和《<反家庭暴力法>解读》,a<b时不计。",
                                  "比例由12%提高到>30%。", "AT&T公司捐赠物资。"])
def test_text_that_only_looks_like_markup_stays(text):
    assert clean_text(text).text == text


def test_the_site_header_above_a_breadcrumb_is_removed():
    raw = ("甲乙县政务服务网\n首页  新闻  政务公开  办事服务\n"
           "免费小说全集在线阅读,最新影视下载大全,手机游戏排行榜\n"
           f"您所在的位置: 首页 > 部门动态 > 正文\n{TITLE}\n{BODY}")
    cleaned = clean_text(raw)
    assert cleaned.text == f"{TITLE}\n{BODY}"
    assert _edits(cleaned, "strip_boilerplate_header") == [raw[:raw.index(TITLE)]]


def test_a_breadcrumb_split_over_lines_is_removed_with_its_parts():
    raw = f"当前位置:\n甲乙县妇联> 工作动态\n> 正文\n{TITLE}\n{BODY}"
    assert clean_text(raw).text == f"{TITLE}\n{BODY}"


def test_prose_above_a_breadcrumb_is_not_a_header():
    raw = f"编者按:这是一篇来稿。\n您现在的位置: 首页 > 正文\n{TITLE}\n{BODY}"
    assert clean_text(raw).text.startswith("编者按:这是一篇来稿。\n" + TITLE)


@pytest.mark.parametrize("banner", ["热门标签:家庭教育 | 妇女维权 | 乡村振兴 | 巾帼建功",
                                    "免费小说阅读网_最新电影下载_手机游戏大全_高清壁纸图库",
                                    "9号影院在线-免费追剧网-高清电影网-最新电视剧"])
def test_link_lists_and_keyword_banners_are_removed(banner):
    assert clean_text(f"{banner}\n{TITLE}\n{BODY}").text == f"{TITLE}\n{BODY}"


@pytest.mark.parametrize("line", ["巾帼心向党,奋进新征程,建功新时代", "妇联-团委联合开展活动",
                                  "2023-05-12 召开会议"])
def test_slogans_pairs_and_dates_are_not_link_lists(line):
    assert clean_text(f"{line}\n{BODY}").text.startswith(line)


def test_a_forum_watermark_is_removed_and_the_sentence_it_is_glued_to_kept():
    raw = ("* H2 m7 t; R- |% k\n. ^3 W, Q# v+ e( J\n"
           "2 d6 G% T8 ?4 n- ]1 x9 5月以来,县妇联举办培训班12期。\n"
           "县妇联还组织现场对接。% q/ M4 B! y. {7 z签订协议180份。")
    assert clean_text(raw).text == "5月以来,县妇联举办培训班12期。\n县妇联还组织现场对接。签订协议180份。"


@pytest.mark.parametrize("text", ["编号 1 2 3 4 5 6 7 8 的村。", "代表 A B C D E F G 八人。",
                                  "公式 x + y = z , a - b = c 成立。"])
def test_numbers_initials_and_formulas_are_not_a_watermark(text):
    assert clean_text(text).text == text


def test_a_mirror_wrapped_in_chrome_is_a_copy_of_the_report():
    mirror = ('<xmp id="q1">\n免费小说阅读网_最新电影下载_手机游戏大全_高清壁纸图库\n'
              '<div class="nav"><a href="/">首页</a></div>\n'
              '• <u id="q1"></u>\n您所在的位置: 首页 > 基层动态 > 正文\n'
              f'{TITLE}\n* H2 m7 t; R- |% k\n{BODY.replace("。", "。&nbsp;")}\n</div>')
    bodies = [ReportBody(name, clean_text(text).text, None, f"{name}.txt")
              for name, text in (("own", f"{TITLE}\n{BODY}"), ("mirror", mirror))]
    (link,) = find_reposts(bodies).to_dict("records")
    assert link["repost_kind"] == "copy" and link["repost_similarity"] >= COPY_SIMILARITY


def test_a_menu_the_page_repeats_is_removed_and_a_list_printed_once_kept():
    menu = "首页  新闻动态 | 政务公开 | 办事服务"
    names = "获奖个人:\n张小红 李晓梅 王芳芳 赵丽"
    cleaned = clean_text(f"{menu}\n{TITLE}\n{BODY}\n{names}\n{menu}")
    assert cleaned.text == f"{TITLE}\n{BODY}\n{names}"
    assert _edits(cleaned, "strip_repeated_menus") == [f"{menu}\n", menu]


def test_a_repeated_title_is_not_a_menu():
    title = "凝心聚力 锐意进取 团结带领全县妇女建功新时代"
    assert clean_text(f"{title}\n{BODY}\n{title}").text.count(title) == 2


@pytest.mark.parametrize("header", ["相关链接", "相關鏈結:", "相关连结", "相关报道", "热点文章",
                                    "更多新闻>>", "本栏目其他文章", "相關資訊"])
def test_a_block_of_other_pages_titles_is_removed_in_either_script(header):
    items = "· 某市妇联举办十场家庭教育讲座\n· 某县建成二十个妇女之家"
    assert clean_text(f"{TITLE}\n{BODY}\n{header}\n{items}").text.rstrip() == f"{TITLE}\n{BODY}"


@pytest.mark.parametrize("line", ["相关链接已发布在妇联网站上,欢迎查看。", "相关报道称,培训效果良好。"])
def test_a_sentence_about_links_or_reports_is_not_a_header(line):
    assert line in clean_text(f"{TITLE}\n{BODY}\n{line}").text


def test_a_report_section_with_a_numbered_list_is_kept():
    section = "工作动态\n1. 县妇联举办家政培训班3期"
    assert section in clean_text(f"{TITLE}\n{BODY}\n{section}").text


@pytest.mark.parametrize("line", ["上一篇:某县妇联培训300名妇女", "下一条:某市表彰50户最美家庭"])
def test_links_to_the_previous_and_next_page_are_removed(line):
    assert clean_text(f"{TITLE}\n{BODY}\n{line}").text.rstrip() == f"{TITLE}\n{BODY}"


@pytest.mark.parametrize("prompt", ["点击右上角发送给微信好友", "请使用浏览器的分享功能分享到朋友圈"])
def test_a_share_widgets_prompt_is_removed_above_the_title(prompt):
    cleaned = clean_text(f"{prompt}\n{TITLE}\n{BODY}")
    assert cleaned.text.startswith(TITLE)  # the headline is the title, not the widget


def test_a_report_sentence_that_names_a_browser_stays():
    sentence = "县妇联指导老年妇女使用手机浏览器查询办事指南,参加培训120人次。"
    assert clean_text(sentence).text == sentence
