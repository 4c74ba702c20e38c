"""The campaign acceptance experiment's parts on sentences written for these tests: the
features are general (the same columns whatever the name), the loose proposer offers what the
finders' exclusions drop, and the field is counted as the scorer counts it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

from womenfed import entities

TOOL = Path(__file__).resolve().parents[1] / "tools" / "campaigns_cv.py"
spec = importlib.util.spec_from_file_location("campaigns_cv", TOOL)
campaigns_cv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(campaigns_cv)


def _features(sentence: str, name: str, index: int = 5, n_sentences: int = 20) -> dict:
    start = sentence.index(name)
    end = start + len(name)
    if sentence[end:end + 1] == "”":  # a quoted finder's span holds the quote marks
        end += 1
        start -= 1
    return campaigns_cv.candidate_features(sentence, start, end, name, index, n_sentences)


def test_features_are_the_same_columns_for_any_name():
    one = _features("甲镇开展“春雨润心”活动。", "春雨润心")
    other = _features("乙村妇联实施科技创新巾帼行动", "科技创新巾帼行动", index=0)
    assert list(one) == list(other)
    assert all(isinstance(value, float) for value in [*one.values(), *other.values()])


def test_features_see_quotes_suffix_context_and_place():
    quoted = _features("甲镇开展“春雨润心”活动。", "春雨润心")
    assert quoted["quote_before"] == quoted["quote_after"] == 1.0
    assert quoted["named_before"] == 1.0  # 开展 launches it
    assert quoted["named_after"] == 1.0  # 活动 follows the quote
    assert quoted["no_suffix"] == 1.0 and quoted["title"] == 0.0
    suffixed = _features("乙村妇联实施科技创新巾帼行动", "科技创新巾帼行动", index=0)
    assert suffixed["quote_before"] == 0.0 and suffixed["title"] == 1.0
    assert suffixed["no_suffix"] == 0.0 and suffixed["heading_like"] == 1.0
    classes = campaigns_cv._suffix_classes()
    assert suffixed[f"suffix={classes.index('巾帼行动')}"] == 1.0  # the longest suffix wins
    numbered = _features("丙县推进“1+3”服务", "1+3")
    assert numbered["arabic_digit"] == numbered["inner_punctuation"] == 1.0
    assert numbered["han_share"] == 0.0


def test_loose_proposer_offers_what_the_exclusions_drop():
    sentence = "她笑着说“日子越过越好。”之后甲村开展巾帼护绿行动"
    kept = {e.name for e in entities.extract_entities(sentence) if e.type == "campaign"}
    loose = {e.name for _, e in campaigns_cv._loose_candidates(sentence)}
    assert "日子越过越好。" in loose and "日子越过越好。" not in kept  # quoted speech
    assert "巾帼护绿行动" in loose and "巾帼护绿行动" in kept


def test_field_counts_names_once_per_report_and_counts_unproposed_gold_as_missed():
    accepted = pd.DataFrame({"report_id": ["r1", "r1", "r1", "r2"],
                             "key": ["甲行动", "甲行动", "乙工程", "丙计划"]})
    gold = {"r1": {"甲行动", "丁课堂"}, "r2": {"丙计划"}, "r3": {"戊驿站"}}
    assert campaigns_cv.field_counts(accepted, gold, ["r1", "r2", "r3"]) == (2, 1, 2)
    precision, recall, f1 = campaigns_cv.prf(2, 1, 2)
    assert (round(precision, 3), recall, round(f1, 3)) == (0.667, 0.5, 0.571)


def test_without_the_texts_the_tool_says_so(monkeypatch, capsys):
    monkeypatch.delenv("WOMENFED_DEV_CORPUS", raising=False)
    assert campaigns_cv.main([]) == 3
    assert "WOMENFED_DEV_CORPUS" in capsys.readouterr().err
