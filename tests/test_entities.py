"""Campaigns and agencies scored against gold (canonical names, micro-averaged)."""

from __future__ import annotations

import re

import pytest

from womenfed.entities import canonical_name, extract_entities, finder_of, named_again

from .conftest import known_gap
from .extraction_gold import extracted


def test_campaign_f1(sample_evaluation):
    # canonical names, micro-averaged, by womenfed evaluate (agency names with 妇联 ignored)
    # measured 0.85 (P 0.94, R 0.79); the sample gold codes bases, loans and training courses
    # as campaigns, which docs/CODEBOOK.md does not
    assert sample_evaluation.totals["campaigns"]["f1"] >= 0.80


def test_agency_f1(sample_evaluation):
    assert sample_evaluation.totals["agencies"]["f1"] >= 0.85  # measured 0.94 (P 1.00, R 0.88)


def test_every_entity_span_holds_its_name():
    for rows in extracted().values():
        for row in rows:
            for entity in row["entities"]:
                span = re.sub(r"[“”‘’]", "", row["text"][entity.start:entity.end])
                assert entity.name in span or span in entity.name, (entity, span)


def test_aliases_merge_and_patterns_generalise():
    assert canonical_name("agency", "人社") == canonical_name("agency", "人社局") == \
        canonical_name("agency", "人力资源和社会保障局")
    sentence = "会同县民政局、团县委开展“守护花开”关爱行动,评选出五好家庭12户"
    found = {(e.type, e.canonical) for e in extract_entities(sentence)}
    assert canonical_name("agency", "团县委") != canonical_name("agency", "团市委")  # two bodies
    assert {("agency", "县民政局"), ("agency", canonical_name("agency", "团县委")),
            ("campaign", "守护花开关爱行动"), ("campaign", "五好家庭")} <= found
    assert not extract_entities("坚持把群众的“急难愁盼”放在心上,打通“最后一公里”")


@pytest.mark.parametrize("name, canonical", [
    ("黑龙江省巾帼科技助农助企服务团", "巾帼科技助农助企服务团"),  # a province's team
    ("邓州市巾帼科技星火工程", "巾帼科技星火工程"),  # a county-level city's programme
    ("湖南省长沙市三八红旗集体", "三八红旗集体"),  # units in a chain, then the honour
    ("长沙市妇联", "长沙市妇联"),  # no own name of three characters left: kept
    ("幸福乡村行动", "幸福乡村行动"),  # a township's name may open a word: not cut
    ("甲县巾帼创业行动", "甲县巾帼创业行动"),  # a masked unit is no gazetteer name
])
def test_a_county_or_higher_unit_opening_a_campaign_is_dropped(name, canonical):
    assert canonical_name("campaign", name) == canonical


@pytest.mark.parametrize("sentence, name", [
    ("举办全省红色家书诵读比赛", "红色家书诵读比赛"),
    ("开展一场场创业创新技能大赛", "创业创新技能大赛"),
    ("荣获全国巾帼文明岗称号", "巾帼文明岗"),  # honours are named without their level (gold)
])
def test_scope_words_and_counted_phrases_end_a_name_on_its_left(sentence, name):
    assert name in {e.name for e in extract_entities(sentence) if e.type == "campaign"}


@pytest.mark.parametrize("sentence, name, rule", [
    ("县妇联联合人社局开展“春风行动”招聘会", "春风行动", "quoted_campaigns"),
    ("她被评为全国三八红旗手", "三八红旗手", "honours"),
    ("全镇实施母亲素质提升工程", "母亲素质提升工程", "suffixed_campaigns"),
    ("全镇实施母亲素质提升工程", "春风行动", None),
])
def test_the_rule_that_found_a_campaign_is_named(sentence, name, rule):
    assert finder_of(sentence, "campaign", name) == rule


@pytest.mark.parametrize("sentence", [
    # a service point named by a bare 社区 or 村 is the community's own place, no programme
    "依托社区妇女就业服务站为居民介绍工作",
    "癸村建起村巾帼志愿服务站,8名志愿者轮流值守",
])
def test_a_community_service_point_is_no_campaign(sentence):
    assert [e.name for e in extract_entities(sentence) if e.type == "campaign"] == []


def test_a_named_service_point_stays_a_campaign():
    # the trade's station the federation promotes, named by more than the community
    assert "巾帼家政服务站" in [e.name for e in extract_entities("推广巾帼家政服务站建设")
                                 if e.type == "campaign"]


def test_a_parenthesised_alternative_leaves_any_campaign_name():
    """进社区(乡村): the alternative place gone into is no part of the programme's name."""
    found = {e.canonical for e in extract_entities("今年镇妇联启动巾帼家政进社区(乡村)活动。")
             if e.type == "campaign"}
    assert found == {"巾帼家政进社区"}
    assert canonical_name("campaign", "“书香进村(居)”行动") == "书香进村行动"
    # a name without an alternative keeps every character
    assert canonical_name("campaign", "巾帼家政进社区") == "巾帼家政进社区"


@pytest.mark.parametrize("sentence, names", [
    # a word of the action's own between the quote and its head belongs to the name
    ("村妇联开展“守望相伴”关爱行动", ["守望相伴关爱行动"]),
    ("市妇联启动“暖心就业”服务行动,举办招聘会", ["暖心就业服务行动"]),
    ("县里深入开展“千村万户”宣讲行动", ["千村万户宣讲行动"]),
    ("镇妇联实施“清风润家”家庭助廉工程", ["清风润家家庭助廉工程"]),
    # a quoted two-part name too
    ("社区响应“净楼道、美庭院”美丽行动", ["净楼道、美庭院美丽行动"]),
    ("社区开展“净楼道、美庭院”活动", ["净楼道、美庭院"]),
    # not past a count (a bundle), a conjunction, 工作 (a document) or a function word
    ("全面落实“巾帼先锋”五大行动", ["巾帼先锋"]),
    ("制定“暖心就业”工作计划", ["暖心就业"]),
    ("围绕“美丽乡村”和振兴行动开展宣传", []),
])
def test_quoted_name_keeps_the_words_of_its_action(sentence, names):
    assert {e.canonical for e in extract_entities(sentence) if e.type == "campaign"} == set(names)


def test_an_honour_drops_its_round_of_creating():
    """文明家庭创建 is the honour given by a round of creating, as …评选 is by one of selecting."""
    assert canonical_name("campaign", "“五好文明家庭创建”") == "五好文明家庭"
    assert {e.canonical for e in extract_entities("不断深化“平安家庭创建”活动")
            if e.type == "campaign"} == {"平安家庭"}
    # no honour before it: the round stays in the name
    assert canonical_name("campaign", "“巾帼示范村创建”") == "巾帼示范村创建"


@pytest.mark.parametrize("sentence, names", [
    # a run closed by 等经验 / 等做法: models learnt from, as 学习“X”经验
    ("推广“睦邻小院”、“红色楼道”等经验", []),
    ("总结“睦邻小院”“红色楼道”等做法", []),
    # a programme word after the closer still names them
    ("举办“睦邻小院”“红色楼道”等经验交流活动", ["睦邻小院", "红色楼道"]),
    ("推广“睦邻小院”、“红色楼道”等活动", ["睦邻小院", "红色楼道"]),
])
def test_a_run_of_quotes_closed_by_experience_names_models(sentence, names):
    assert {e.canonical for e in extract_entities(sentence) if e.type == "campaign"} == set(names)


@pytest.mark.parametrize("sentence, names", [
    # a model village is a unit a programme designates, no place's epithet
    ("全县创建“巾帼创业示范村”10个", ["巾帼创业示范村"]),
    ("培育100个“清风润家”示范村", ["清风润家示范村"]),
    # named after an honour, the villages model the honour
    ("选树50个“美丽庭院”示范村", ["美丽庭院"]),
    # an epithet of a place stays none
    ("打造“巾帼创业一条街”", []),
])
def test_a_model_village_is_named_by_its_programme(sentence, names):
    assert {e.canonical for e in extract_entities(sentence) if e.type == "campaign"} == set(names)


@pytest.mark.parametrize("sentence, names", [
    ("县妇联开展科技服务大篷车进村(社区)活动", ["科技服务大篷车进村"]),
    ("干部进村入户开展走访活动", []),
    ("志愿者走进村开展义诊活动", []),
])
def test_into_a_village_is_a_place_gone_into(sentence, names):
    assert {e.canonical for e in extract_entities(sentence) if e.type == "campaign"} == set(names)


@pytest.mark.parametrize("sentence, names", [
    # a conjunction may join the last item of an enumeration under a counted head
    ("大力实施绿色种植、巾帼电商和家庭书香三项工程", ["绿色种植", "巾帼电商", "家庭书香"]),
    ("深化科技培训、家政帮扶及巾帼护河三大行动", ["科技培训", "家政帮扶", "巾帼护河"]),
    # two items joined only by the conjunction are no enumeration the rule reads
    ("实施绿色种植和家庭书香两项工程", []),
    # 和谐 is no conjunction
    ("实施绿色种植、家庭和谐三项工程", ["绿色种植", "家庭和谐"]),
])
def test_an_enumeration_may_join_its_last_item(sentence, names):
    assert {e.canonical for e in extract_entities(sentence) if e.type == "campaign"} == set(names)


def test_a_whole_scope_ends_a_campaign_name_but_not_a_national_body():
    sentence = "联合全国总工会实施全国巾帼家政服务行动"
    found = {(e.type, e.canonical) for e in extract_entities(sentence)}
    assert ("campaign", "巾帼家政服务行动") in found
    assert ("agency", "全国总工会") in found


@pytest.mark.parametrize("sentences, repeated", [
    # a campaign the report named is read again where a sentence repeats its name, quoted or not
    (["县妇联在全县开展“巾帼夜校”培训。", "截至年底,全县共有“巾帼夜校”46所,参训妇女达2300人。"],
     [[], ["巾帼夜校"]]),
    (["市妇联开展“巾帼家美”创建活动。", "全年评选县级巾帼家美40个,其中8个村获评省级巾帼家美。"],
     [[], ["巾帼家美", "巾帼家美"]]),
    # an unquoted 巾帼…示范村 is found in its own sentence (stop 32b): no repeat to add
    (["市妇联开展“巾帼示范村”创建活动。", "全年评选县级巾帼示范村40个,其中8个村获评省级巾帼示范村。"],
     [[], []]),
    (["省妇联打造“陇原妹”家政品牌。", "近年来累计输出“陇原妹”三万余人。"], [[], ["陇原妹"]]),
    # a repeat inside a longer name already found stays part of it
    (["县妇联在全县开展“巾帼夜校”培训。", "启动“巾帼夜校提升”工程,培训妇女800人。"], [[], []]),
    # a repeat inside a longer quote that no finder reads is read as the campaign again, though the
    # quote names something else (an honour); skipping such repeats lost relations on the dev
    # half (-1) and the test half (-3 right, -5 wrong) in stop 26
    known_gap(["县妇联组建“暖心妈妈”志愿服务队。", "服务队获评全省首届巾帼志愿服务“十佳暖心妈妈”集体。"],
              [[], []],
              reason="a repeat inside a longer quote no finder reads"),
    (["县妇联组建“暖心妈妈”志愿服务队。", "今年“暖心妈妈”结对儿童300名。"], [[], ["暖心妈妈"]]),
    # a word no sentence of the report gives as a campaign is not one
    (["县妇联举办巾帼夜校培训班。", "全县共有巾帼夜校46所。"], [[], []]),
])
def test_a_report_names_its_campaigns_again(sentences, repeated):
    report = [extract_entities(sentence) for sentence in sentences]
    found = named_again(sentences, report)
    assert [[e.canonical for e in sentence if e not in before]
            for sentence, before in zip(found, report, strict=True)] == repeated
