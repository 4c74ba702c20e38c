"""Programme types of sentences and reports, from an editable keyword lexicon.

The eight types of docs/DESIGN.md are cued by keywords with weights in
``lexicon/typology.tsv`` — transparent and editable, so a researcher can see and change why
a sentence was typed. A sentence without cues takes its section heading's type.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache

from . import lexicon

TYPES = ("ideology", "economic", "family", "rights", "care", "health", "organisation",
         "volunteer")
# A report "emphasises" a type that holds at least this share of its typed sentences.
MIN_REPORT_SHARE = 0.03


def classify(sentence: str, section: str = "") -> str | None:
    """The programme type of one sentence, or None when neither it nor its section has cues.

    Examples
    --------
    >>> classify("持续开展适龄妇女“两癌”免费筛查工作")
    'health'
    """
    return _best(_scores(sentence)) or (_best(_scores(section)) if section else None)


def report_type_shares(types: list[str | None]) -> dict[str, float]:
    """Share of each type among a report's typed sentences (types in the fixed order)."""
    counts = Counter(t for t in types if t)
    total = sum(counts.values())
    return {t: counts[t] / total for t in TYPES if counts[t]} if total else {}


def report_types(types: list[str | None], min_share: float = MIN_REPORT_SHARE) -> set[str]:
    """The types a report emphasises: those holding at least ``min_share`` of its sentences."""
    return {t for t, share in report_type_shares(types).items() if share >= min_share}


def _scores(text: str) -> dict[str, float]:
    """Summed weights of the cue keywords present in ``text`` (each keyword once)."""
    scores: dict[str, float] = defaultdict(float)
    by_first = _cues_by_first_character()
    for first in sorted(set(text) & by_first.keys()):  # a fixed order: sums are reproducible
        for keyword, pairs in by_first[first]:
            if keyword in text:
                for kind, weight in pairs:
                    scores[kind] += weight
    return scores


@cache
def _cues_by_first_character() -> dict[str, tuple]:
    """Cues grouped by their first character: a sentence is checked only for the keywords that
    can start with one of its characters."""
    groups: dict[str, list] = defaultdict(list)
    for keyword, pairs in _cues().items():
        groups[keyword[0]].append((keyword, pairs))
    return {first: tuple(group) for first, group in groups.items()}


def _best(scores: dict[str, float]) -> str | None:
    if not scores:
        return None
    return max(TYPES, key=lambda t: (scores.get(t, 0.0), -TYPES.index(t))) \
        if max(scores.values()) > 0 else None


@cache
def _cues() -> dict[str, tuple[tuple[str, float], ...]]:
    cues: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for kind, keyword, weight in lexicon.rows("typology.tsv"):
        if kind not in TYPES:
            raise ValueError(f"typology.tsv: unknown programme type {kind!r}")
        cues[keyword].append((kind, float(weight)))
    return {keyword: tuple(pairs) for keyword, pairs in cues.items()}
