"""Chinese numbers in their common forms, scored on a hand-written test set (tests/data/numbers.tsv).

Each sentence runs the way a report does (clean, segment, extract), so pinyin glued to a
numeral and line breaks left by scans are part of the test. A found quantity is a true positive
when its text, value, upper value and unit all match an expected one in the same sentence.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from womenfed.clean import clean_text
from womenfed.quantities import extract_quantities
from womenfed.segment import segment

NUMBERS = Path(__file__).parent / "data" / "numbers.tsv"
TITLE = "妇联工作总结"


def _cases() -> dict[str, list[tuple]]:
    """Sentence -> its expected quantities as (text, value, value_max, unit, approx, kind)."""
    lines = [line for line in NUMBERS.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    cases: dict[str, list[tuple]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        expected = cases.setdefault(row["sentence"].replace("\\n", "\n"), [])
        if row["raw"]:
            expected.append((row["raw"], float(row["value"]),
                             float(row["value_max"]) if row["value_max"] else None,
                             row["unit"], row["approx"] == "true", row["kind"]))
    return cases


def _found(sentence: str) -> list[tuple]:
    """Quantities of the sentence as the body of a report (under a title line, so that the
    segmenter does not read the sentence itself as a headline)."""
    cleaned = clean_text(f"{TITLE}\n{sentence}").text
    return [(q.text, q.value, q.value_max, q.unit, q.approx, q.kind)
            for part in segment(cleaned).sentences[1:] for q in extract_quantities(part.text)]


CASES = _cases()


def _score() -> tuple[Counter, list]:
    counts, misses = Counter(), []
    for sentence, expected in CASES.items():
        found = _found(sentence)
        key = lambda q: (q[0], round(q[1], 6), q[2] and round(q[2], 6), q[3])  # noqa: E731
        wanted = Counter(map(key, expected))
        matched = wanted & Counter(map(key, found))
        counts["tp"] += sum(matched.values())
        counts["fp"] += len(found) - sum(matched.values())
        counts["fn"] += len(expected) - sum(matched.values())
        for got in found:
            want = next((w for w in expected if key(w) == key(got)), None)
            if want is not None:
                counts["approx"] += got[4] == want[4]
                counts["kind"] += got[5] == want[5]
        if Counter(map(key, found)) != wanted:
            misses.append((sentence, found, expected))
    return counts, misses


def test_numbers_set_is_large_enough():
    negatives = [s for s, expected in CASES.items() if not expected]
    assert sum(map(len, CASES.values())) >= 150
    assert len(negatives) >= 30


def test_numbers_f1_approx_and_kind():
    counts, misses = _score()
    precision = counts["tp"] / (counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95, (precision, recall, misses)
    assert counts["approx"] / counts["tp"] >= 0.95
    assert counts["kind"] / counts["tp"] >= 0.95


@pytest.mark.parametrize("sentence", [s for s, expected in CASES.items() if not expected])
def test_negatives_yield_nothing(sentence):
    assert _found(sentence) == []
