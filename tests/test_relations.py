"""One-sentence relations: recall of the gold campaign-agency-outcome links."""

from __future__ import annotations

import opencc

from womenfed.entities import canonical_name

from .conftest import load_gold
from .extraction_gold import extracted

T2S = opencc.OpenCC("t2s")


def test_recall_of_gold_one_sentence_relations():
    found = total = 0
    for stem, gold in load_gold().items():
        pairs = {(r.source, r.target) for row in extracted()[stem] for r in row["relations"]}
        for relation in gold["relations"]:
            total += 1
            campaign = canonical_name("campaign", relation["campaign"])
            agency_ok = relation.get("agency") is None or \
                (campaign, canonical_name("agency", relation["agency"])) in pairs
            outcome_ok = relation.get("outcome") is None or \
                (campaign, T2S.convert(relation["outcome"])) in pairs
            found += agency_ok and outcome_ok
    assert found / total >= 0.70  # measured 0.78


def test_relations_stay_inside_their_sentence():
    for rows in extracted().values():
        for row in rows:
            names = {e.canonical for e in row["entities"]} | {q.text for q in row["quantities"]}
            for relation in row["relations"]:
                assert relation.source in names and relation.target in names
