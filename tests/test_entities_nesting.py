"""Agency names inside a campaign's name (sentences written for the pattern, not report text)."""

from __future__ import annotations

import pytest

from womenfed.entities import extract_entities


def _typed(sentence: str) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in extract_entities(sentence)]


@pytest.mark.parametrize("sentence, agency", [
    ("今年推出“甲乙县人社局·巾帼创业贷”扶持女性创业", "甲乙县人社局"),   # place + standard body
    ("开展“乙县司法局法律进家庭”宣传周活动", "乙县司法局"),
    ("实施“卫健委两癌关爱”项目", "卫健委"),                         # a standard short form
])
def test_a_whole_agency_name_inside_a_campaign_is_kept(sentence, agency):
    found = extract_entities(sentence)
    campaigns = [e for e in found if e.type == "campaign"]
    agencies = [e for e in found if e.type == "agency"]
    assert len(campaigns) == 1 and [e.name for e in agencies] == [agency]
    assert campaigns[0].start <= agencies[0].start and agencies[0].end <= campaigns[0].end


@pytest.mark.parametrize("sentence", [
    "开展“巾帼建功”活动",              # nothing inside names a body
    "开展“全部门联动”行动",            # 部门 inside a word is no body
    "组织“社区学校进家庭”活动",        # a kind of unit, not one body
])
def test_no_agency_is_made_up_inside_a_campaign(sentence):
    assert [t for t, _ in _typed(sentence)] == ["campaign"]


def test_outside_a_campaign_mentions_still_do_not_overlap():
    sentence = "联合丙县司法局开展“法律进万家”活动"
    found = extract_entities(sentence)
    assert _typed(sentence) == [("agency", "丙县司法局"), ("campaign", "法律进万家")]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_a_body_named_after_its_quoted_campaign_keeps_both():
    found = _typed("成立由副县长任组长的东山县“巾帼建功”活动领导小组")
    assert ("agency", "东山县“巾帼建功”活动领导小组") in found and ("campaign", "巾帼建功") in found


def test_a_venue_named_after_a_quoted_campaign_is_no_body():
    found = _typed("由社区开设的甲乙社区“妇女之家”活动中心启用")
    assert [name for kind, name in found if kind == "agency"] == []
