"""Sentence clustering: obvious clusters are found, k is the silhouette's argmax, ARI on typed rows."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from womenfed import clusters

TOPICS = {
    "health": ["两癌筛查", "体检", "医院", "健康", "医生", "疾病"],
    "economic": ["就业", "创业", "贷款", "电商", "培训班", "致富"],
    "rights": ["维权", "普法", "调解", "法律", "律师", "纠纷"],
}


def synthetic_sentences(untyped_every: int = 0) -> pd.DataFrame:
    """Ten sentences per topic, each four of its topic's six words; every ``untyped_every``-th
    sentence left without a programme type, and one heading too short to cluster."""
    rows = []
    for topic, words in TOPICS.items():
        for number, chosen in enumerate(itertools.islice(itertools.combinations(words, 4), 10)):
            untyped = untyped_every and number % untyped_every == 0
            rows.append({"report_id": topic, "sentence_id": number, "text": "，".join(chosen) + "。",
                         "programme_type": None if untyped else topic})
    rows.append({"report_id": "heading", "sentence_id": 0, "text": "工作总结",
                 "programme_type": None})
    return pd.DataFrame(rows)


def test_obvious_clusters_are_found_and_match_the_types():
    result = clusters.cluster_sentences(synthetic_sentences(), k_range=range(2, 7))
    assert result.k == 3
    assert result.ari == pytest.approx(1.0)
    assert result.n_sentences == 31 and result.n_clustered == 30
    by_topic = result.sentences.groupby("report_id")["cluster"].nunique()
    assert by_topic.to_dict() == {"economic": 1, "health": 1, "rights": 1}
    for cluster, terms in result.top_terms.items():
        topic = result.sentences.loc[result.sentences["cluster"] == cluster, "report_id"].iloc[0]
        assert set(terms[:3]) <= set(TOPICS[topic])
    assert result.confusion.to_numpy().sum() == result.n_typed == 30
    assert (result.confusion.to_numpy() > 0).sum() == 3


def test_chosen_k_is_the_argmax_of_the_reported_scores(sample_corpus):
    result = clusters.cluster_sentences(sample_corpus.sentences)
    assert result.scores["k"].tolist() == list(clusters.K_RANGE)
    best = result.scores.loc[result.scores["silhouette"].idxmax()]
    assert result.k == best["k"] and result.silhouette == best["silhouette"]
    assert sorted(result.sentences["cluster"].unique()) == list(range(result.k))
    sizes = result.sentences["cluster"].value_counts().sort_index().tolist()
    assert sizes == sorted(sizes, reverse=True)


def test_ari_uses_only_the_typed_sentences():
    result = clusters.cluster_sentences(synthetic_sentences(untyped_every=3), k_range=range(2, 7))
    typed = result.sentences[result.sentences["programme_type"].notna()]
    assert result.n_typed == len(typed) == 18
    assert result.ari == pytest.approx(adjusted_rand_score(typed["programme_type"], typed["cluster"]))
    assert result.ari == pytest.approx(1.0)
    with_untyped = adjusted_rand_score(result.sentences["programme_type"].fillna("none"),
                                       result.sentences["cluster"])
    assert with_untyped < 0.9


def test_clustering_is_deterministic(sample_corpus):
    first = clusters.cluster_sentences(sample_corpus.sentences)
    second = clusters.cluster_sentences(sample_corpus.sentences.copy())
    pd.testing.assert_frame_equal(first.sentences, second.sentences)
    pd.testing.assert_frame_equal(first.scores, second.scores)
    pd.testing.assert_frame_equal(first.confusion, second.confusion)
    assert (first.k, first.ari, first.top_terms) == (second.k, second.ari, second.top_terms)


def test_too_few_sentences_is_a_clear_error():
    with pytest.raises(ValueError, match="too few sentences"):
        clusters.cluster_sentences(synthetic_sentences().head(2), k_range=range(2, 7))
