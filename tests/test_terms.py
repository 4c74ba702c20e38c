"""Term statistics computed from tables, checked by hand on a toy corpus."""

from __future__ import annotations

import math

import pandas as pd

from womenfed import terms
from womenfed.tokenize import Tokenizer

TOY = pd.DataFrame({"report_id": ["a", "a", "b", "c"], "term": ["妇联", "巾帼", "妇联", "巾帼"],
                    "count": [2, 1, 1, 3]})


def test_df_tfidf_and_rank_by_hand():
    scored = terms.corpus_terms(TOY).set_index(["report_id", "term"])
    idf = math.log((1 + 3) / (1 + 2)) + 1  # both terms are in 2 of 3 documents
    assert scored.loc[("a", "妇联"), "df"] == 2
    assert math.isclose(scored.loc[("a", "妇联"), "tfidf"], 2 / 3 * idf, rel_tol=1e-9)
    assert math.isclose(scored.loc[("c", "巾帼"), "tfidf"], 1.0 * idf, rel_tol=1e-9)
    assert scored.loc[("a", "妇联"), "rank"] == 1 and scored.loc[("a", "巾帼"), "rank"] == 2


def test_top_keywords_and_trends():
    scored = terms.corpus_terms(TOY)
    assert list(terms.top_keywords(scored, n=1)["term"]) == ["妇联", "妇联", "巾帼"]
    reports = pd.DataFrame({"report_id": ["a", "b", "c"], "period": ["2019", "2019", "2020"]})
    trends = terms.term_trends(scored, reports, by="period")
    assert trends.set_index(["period", "term"]).loc[("2019", "妇联"), "count"] == 3


def test_kwic_finds_every_sentence_with_variants_and_quotes_its_source():
    sentences = pd.DataFrame({
        "report_id": ["a", "a", "b"], "sentence_id": [0, 1, 0],
        "text": ["开展两癌免费检查9人。", "组织培训。", "完成两癌筛查200人。"],
        "raw_start": [0, 12, 0], "raw_end": [11, 17, 11]})
    reports = pd.DataFrame({"report_id": ["a", "b"], "source": ["济源网", "齐鲁网"],
                            "date": [None, "2023-06-19"], "period": ["2019", "2023"],
                            "organisation": ["甲妇联", "乙妇联"]})
    found = terms.kwic("两癌筛查", sentences, reports, Tokenizer())
    assert list(found["report_id"]) == ["a", "b"]
    assert list(found["source"]) == ["济源网", "齐鲁网"]
    assert found.iloc[0]["keyword"] == "两癌免费检查" and found.iloc[0]["left"] == "开展"


def test_cooccurrence_counts_shared_sentences_in_a_stable_order():
    sentences = pd.DataFrame({"text": ["巾帼志愿者关爱留守儿童", "巾帼志愿者看望留守儿童",
                                       "留守儿童"]})
    pairs = terms.cooccurrence(sentences, Tokenizer(), min_count=2)
    assert pairs.iloc[0].to_dict() == {"term_a": "巾帼志愿者", "term_b": "留守儿童",
                                       "sentences": 2}


def test_term_counts_rows():
    rows = terms.term_counts("r", ["两癌检查", "两癌筛查"], Tokenizer())
    assert rows == [{"report_id": "r", "term": "两癌筛查", "count": 2}]


def test_outputs_do_not_depend_on_input_row_order():
    shuffled = TOY.sample(frac=1.0, random_state=7).reset_index(drop=True)
    pd.testing.assert_frame_equal(terms.corpus_terms(shuffled), terms.corpus_terms(TOY))
