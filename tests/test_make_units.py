"""The measure-word generator on small made-up dictionaries in the layout of its two sources,
and the shipped lists it made."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

from womenfed import lexicon
from womenfed.quantities import extract_quantities

TOOL = Path(__file__).resolve().parents[1] / "tools" / "make_units.py"
spec = importlib.util.spec_from_file_location("make_units", TOOL)
make_units = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_units)

CEDICT = """\
# CC-CEDICT
#! date=2023-11-07T06:42:16Z
樹 树 [shu4] /tree/CL:棵[ke1]/
草 草 [cao3] /grass/CL:棵[ke1],株[zhu1]/
菜 菜 [cai4] /vegetable/CL:棵[ke1]/
棵 棵 [ke1] /classifier for trees, cabbages, plants etc/
房子 房子 [fang2 zi5] /house/CL:間|间[jian1],棟|栋[dong4]/
屋 屋 [wu1] /room/CL:間|间[jian1]/
臥室 卧室 [wo4 shi4] /bedroom/CL:間|间[jian1]/
間 间 [jian1] /classifier for rooms/
路 路 [lu4] /road/CL:條|条[tiao2],道[dao4]/
門 门 [men2] /door/CL:道[dao4]/
牆 墙 [qiang2] /wall/CL:道[dao4]/
道 道 [dao4] /classifier for long thin things/
批 批 [pi1] /to criticize/classifier for batches, lots, military flights/
公里 公里 [gong1 li3] /kilometer/
吨 吨 [dun1] /ton (loanword)/
儀表 仪表 [yi2 biao3] /meter (i.e. measuring instrument)/
天 天 [tian1] /day/sky/
"""
JIEBA = "棵 826 q\n间 23632 f\n批 5299 q\n公里 13083 q\n吨 5810 m\n仪表 613 n\n天 35979 q\n"


def _rows(tmp_path: Path, hand: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    cedict = tmp_path / "cedict.txt.gz"
    with gzip.open(cedict, "wt", encoding="utf-8") as handle:
        handle.write(CEDICT)
    (tmp_path / "dict.txt").write_text(JIEBA, encoding="utf-8")
    assert make_units.cedict_date(cedict) == "2023-11-07"
    rows = make_units.measure_words(make_units.read_cedict(cedict),
                                    make_units.read_jieba(tmp_path / "dict.txt"), set(hand))
    return {word: (kind, evidence) for word, kind, evidence in rows}


def test_classifiers_units_and_what_stays_out(tmp_path):
    rows = _rows(tmp_path)
    assert rows["棵"] == ("items", "CL: of 3 nouns")  # named by three nouns: a classifier
    assert rows["间"][0] == "other"  # rooms are places
    assert rows["批"][0] == "events"  # glossed a classifier and tagged q: batches
    assert rows["公里"] == ("other", "unit: kilometer")
    assert rows["吨"][0] == "other"  # "ton (loanword)": the aside is no other sense
    assert "株" not in rows and "栋" not in rows  # named by one noun only
    assert "道" not in rows  # named by three nouns, but excluded by hand
    assert "仪表" not in rows  # "meter" the gauge: jieba tags it a noun
    assert "天" not in rows  # a duration is no measure word


def test_hand_rows_are_left_to_units_tsv(tmp_path):
    assert "棵" not in _rows(tmp_path, hand={"棵"})


def test_kind_follows_the_gloss():
    assert make_units.kind_of(["classifier for families or businesses"]) == "households"
    assert make_units.kind_of(["classifier for batches, items, cases (medical or legal)"]) == "items"
    assert make_units.kind_of(["classifier for buildings, mountains"]) == "noun"
    assert make_units.kind_of(["variant of 群[qun2]", "group", "crowd"]) == "organisations"


def test_shipped_lists_keep_durations_and_exclusions_out():
    kinds = lexicon.measure_words()
    allowed = {"people", "person_times", "events", "households", "organisations", "items",
               "money_cny", "percent", "other", "noun"}
    assert set(kinds.values()) <= allowed
    for word in ("天", "周", "月", "年", "分钟", *make_units.EXCLUDED):
        assert word not in kinds, word
    # (小时 is listed for the sum of hours of work after its label, and refused as a duration)
    assert extract_quantities("培训2小时") == extract_quantities("讲了3个小时") == []
    assert {"亩", "公里", "平方米", "吨", "公斤", "斤", "升", "棵", "株", "笔", "批"} <= set(kinds)
    assert kinds["人"] == "people"  # a hand row wins over the dictionaries
