"""Page styles the seeds do not show: a county government site (GBK HTML with menus,
breadcrumbs, toolbars and a footer), a WeChat article (pipe-separated credits, follow
prompts, a list of past posts) and a converted newspaper page from another province (glued
pinyin, a timestamp-and-source line, the original headline, an inline byline). Written by hand
in the shape of such pages, to check that the boilerplate rules describe kinds of furniture
rather than the seeds' strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from womenfed.audit import analyse
from womenfed.entities import extract_entities

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "styles"


@pytest.fixture(scope="module")
def county():
    return analyse(FIXTURES / "county-site-gbk.html")


@pytest.fixture(scope="module")
def wechat():
    return analyse(FIXTURES / "wechat-article.txt")


@pytest.fixture(scope="module")
def newspaper():
    return analyse(FIXTURES / "converter-newspaper.txt")


def test_site_furniture_is_removed(county, wechat, newspaper):
    text = "\n".join(page.cleaned.text for page in (county, wechat, newspaper))
    for furniture in ("首页 |", "当前位置", "【打印】", "字体", "分享到", "主办单位", "ICP备",
                      "联系电话", "点击蓝字", "编辑 |", "审核 |", "往期回顾", "● ", "二维码",
                      "投稿邮箱", "10:25:36", "原标题", "记者", "责任编辑", "扫一扫"):
        assert furniture not in text, furniture
    assert "带动就业620人" in county.cleaned.text  # the body survives


def test_metadata_of_other_page_styles(county, wechat):
    assert county.document.encoding == "gb18030"
    assert (county.metadata.title, county.metadata.source, county.metadata.date) == (
        "石门县妇联2022年工作总结", "石门县妇联", "2023-01-12")
    assert county.metadata.period == "2022"  # the title's year, not the plans for 2023
    assert (county.metadata.organisation, county.metadata.admin_level) == ("石门县妇联", "county")
    assert wechat.metadata.title.startswith("“巾帼家美积分超市”")
    assert wechat.metadata.source == "铜梁区妇联"
    assert (wechat.metadata.organisation, wechat.metadata.county) == ("铜梁区妇联", "铜梁区")


def test_converted_newspaper_page(newspaper):
    meta = newspaper.metadata
    assert (meta.source, meta.date, meta.period, meta.authors) == (
        "张掖日报", "2021-09-18", "2021", ["王晓燕", "刘芳"])
    assert (meta.organisation, meta.province, meta.county) == ("临泽县妇联", "甘肃省", "临泽县")
    assert newspaper.cleaned.text.split("\n")[1].startswith("今年以来,临泽县妇联联合县人社局")


def test_quoted_speech_and_metaphors_are_no_campaigns():
    for sentence in ("“以前家里乱糟糟的,现在大家都比着干净。”村民说。", "让农村妇女端上“金饭碗”"):
        assert not [e for e in extract_entities(sentence) if e.type == "campaign"]
    named = extract_entities("开展“巾帼助力,爱心助考”活动")
    assert [e.name for e in named] == ["巾帼助力,爱心助考"]
